package geo

import "testing"

func TestFIPS(t *testing.T) {
	if _, err := fipsTable(); err != nil {
		t.Fatalf("embedded data/fips.tsv: %v", err)
	}
	for iso3, want := range map[string]string{
		"MAR": "MO", "TUN": "TS", "DZA": "AG", "USA": "US", "FRA": "FR", "DEU": "GM", "GBR": "UK", "ISR": "IS", "": "", "ZZZ": "",
	} {
		if got := FIPS(iso3); got != want {
			t.Errorf("FIPS(%q) = %q, want %q", iso3, got, want)
		}
	}
}

func TestParseFIPSErrors(t *testing.T) {
	for _, bad := range []string{"MAR MO\n", "MA\tMO\n", "MAR\tMOR\n"} {
		if _, err := parseFIPS(bad); err == nil {
			t.Errorf("parseFIPS(%q): no error", bad)
		}
	}
}
