package geo

import (
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
)

// GDELT's geography columns give countries as FIPS 10-4 codes ("MO" for
// Morocco, "TS" for Tunisia, "AG" for Algeria), not as the ISO codes vigie
// uses everywhere else. data/fips.tsv maps ISO 3166-1 alpha-3 codes to
// them; CompileFIPS derives it from GeoNames countryInfo.

//go:embed data/fips.tsv
var fipsTSV string

// fipsTable parses the embedded table once; TestFIPS checks that it parses.
var fipsTable = sync.OnceValues(func() (map[string]string, error) { return parseFIPS(fipsTSV) })

// FIPS returns the FIPS 10-4 code of the country with ISO 3166-1 alpha-3
// code iso3, or "" when the country has none (Kosovo has XK in neither).
func FIPS(iso3 string) string {
	m, _ := fipsTable()
	return m[iso3]
}

func parseFIPS(text string) (map[string]string, error) {
	m := make(map[string]string, 256)
	for n, line := range strings.Split(text, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		iso3, fips, ok := strings.Cut(line, "\t")
		if !ok || len(iso3) != 3 || len(fips) != 2 {
			return nil, fmt.Errorf("line %d: want ISO3<TAB>FIPS, got %q", n+1, line)
		}
		m[iso3] = fips
	}
	return m, nil
}

// CompileFIPS writes data/fips.tsv from the shared data folder: the ISO
// alpha-3 and FIPS 10-4 columns of GeoNames countryInfo, in ISO order.
func CompileFIPS(sharedDir string, w io.Writer) error {
	c := &compiler{dir: sharedDir}
	var rows []string
	err := c.eachTSV(srcCountryInfo, func(f []string) error {
		if len(f) < 4 {
			return fmt.Errorf("%d fields", len(f))
		}
		if len(f[1]) == 3 && len(f[3]) == 2 {
			rows = append(rows, f[1]+"\t"+f[3])
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("geo: compile FIPS codes: %w", err)
	}
	slices.Sort(rows)
	_, err = fmt.Fprintf(w, "# ISO 3166-1 alpha-3 to FIPS 10-4 country codes, for GDELT's geography\n"+
		"# columns. Derived by 'vigie train gazetteer' from GeoNames countryInfo\n"+
		"# (https://www.geonames.org/, CC BY 4.0).\n%s\n", strings.Join(rows, "\n"))
	return err
}
