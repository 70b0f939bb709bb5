package geo

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Source files read by Compile, relative to the shared folder.
const (
	srcCities       = "data/gazetteer/geonames/cities15000.txt"
	srcCountryInfo  = "data/gazetteer/geonames/countryInfo.tsv"
	srcRegionInfo   = "data/gazetteer/geonames/regionInfo.tsv"
	srcCountryTr    = "data/gazetteer/geonames/country_translations.json"
	srcNamesFmt     = "data/gazetteer/geonames/libgeonames-names-%s.tsv"
	srcNEPlaces     = "data/gazetteer/natural-earth/ne_10m_populated_places.json"
	srcNEAdmin1     = "data/gazetteer/natural-earth/ne_10m_admin_1_label_points.json"
	srcNECountries  = "data/gazetteer/natural-earth/ne_50m_admin_0_countries.json"
	srcISO1         = "data/gazetteer/iso-codes/iso_3166-1.json"
	srcISO1Fmt      = "data/gazetteer/iso-codes/iso_3166-1.%s.tsv"
	srcISO2         = "data/gazetteer/iso-codes/iso_3166-2.json"
	srcISO2FR       = "data/gazetteer/iso-codes/iso_3166-2.fr.tsv"
	srcStopwordsFmt = "data/lexicon/stopwords/stopwords-%s.txt"
	srcLefff        = "data/lexicon/lefff/lefff-3.4.mlex"
)

// srcTreebankFmt are the treebanks whose lower-case words mark place names
// that are also common words.
var srcTreebankFmt = map[string]string{
	"fr": "data/ud/fr-sequoia/fr_sequoia-ud-train.conllu",
	"en": "data/ud/en-ewt/en_ewt-ud-train.conllu",
}

// Compile builds the gazetteer from the shared data folder (../shared) and
// writes it, compressed, to w. It reads GeoNames cities15000, countryInfo,
// admin-1 codes, country translations and the French, Arabic and English
// names of libgeonames; Natural Earth populated places, admin-1 label
// points and country polygons (for country centre points); iso-codes
// ISO 3166-1 and 3166-2 names in French and Arabic; and, to flag place
// names that are also common words, the French Sequoia and English EWT
// treebanks, the Lefff's common nouns and adjectives, and the stopword
// lists.
func Compile(sharedDir string, w io.Writer) error {
	c := &compiler{
		dir:       sharedDir,
		byGeoname: make(map[int]*rawEntry),
		admin1:    make(map[string]*rawEntry),
		countries: make(map[string]*rawEntry),
		iso3to2:   make(map[string]string),
	}
	steps := []struct {
		name string
		fn   func() error
	}{
		{"countries", c.readCountries},
		{"country translations", c.readCountryTranslations},
		{"iso 3166-1", c.readISO1},
		{"country centres", c.readCountryShapes},
		{"admin-1", c.readAdmin1},
		{"iso 3166-2", c.readISO2},
		{"cities", c.readCities},
		{"libgeonames names", c.readLibNames},
		{"natural earth places", c.readNEPlaces},
		{"natural earth admin-1", c.readNEAdmin1},
		{"common words", c.readCommonWords},
	}
	for _, s := range steps {
		if err := s.fn(); err != nil {
			return fmt.Errorf("geo: compile %s: %w", s.name, err)
		}
	}
	c.fillAdmin1Points()
	for _, e := range c.entries {
		e.names = dedupeNames(e.names, nil)
		e.alts = dedupeNames(e.alts, e.names)
	}
	return encode(w, c.entries, c.common)
}

type compiler struct {
	dir       string
	entries   []*rawEntry
	byGeoname map[int]*rawEntry
	admin1    map[string]*rawEntry // "US.CA"
	countries map[string]*rawEntry // ISO2
	iso3to2   map[string]string
	common    map[string][]string // lang → keys
}

func (c *compiler) path(rel string) string { return filepath.Join(c.dir, filepath.FromSlash(rel)) }

func (c *compiler) addEntry(e *rawEntry) {
	c.entries = append(c.entries, e)
	if e.GeonameID > 0 {
		c.byGeoname[e.GeonameID] = e
	}
}

// eachTSV calls fn with the fields of every line of a tab-separated file,
// skipping comments.
func (c *compiler) eachTSV(rel string, fn func(f []string) error) error {
	fh, err := os.Open(c.path(rel))
	if err != nil {
		return err
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if t == "" || t[0] == '#' {
			continue
		}
		if err := fn(strings.Split(t, "\t")); err != nil {
			return fmt.Errorf("%s:%d: %w", rel, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", rel, err)
	}
	return nil
}

func (c *compiler) readJSON(rel string, v any) error {
	b, err := os.ReadFile(c.path(rel))
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", rel, err)
	}
	return nil
}

func (c *compiler) readCountries() error {
	return c.eachTSV(srcCountryInfo, func(f []string) error {
		if len(f) < 17 {
			return fmt.Errorf("%d fields", len(f))
		}
		id, err := strconv.Atoi(f[16])
		if err != nil {
			return fmt.Errorf("geonameid %q: %w", f[16], err)
		}
		pop, _ := strconv.ParseInt(f[7], 10, 64)
		e := &rawEntry{}
		e.ID = "gn:" + f[16]
		e.GeonameID = id
		e.Kind = KindCountry
		e.Feature = "PCL"
		e.Country = f[0]
		e.iso3 = f[1]
		e.Name = f[4]
		e.Population = pop
		e.names = []string{f[4]}
		c.countries[f[0]] = e
		c.iso3to2[f[1]] = f[0]
		c.addEntry(e)
		return nil
	})
}

func (c *compiler) readCountryTranslations() error {
	var tr map[string]map[string]string
	if err := c.readJSON(srcCountryTr, &tr); err != nil {
		return err
	}
	for id, names := range tr {
		n, err := strconv.Atoi(id)
		if err != nil {
			continue
		}
		e := c.byGeoname[n]
		if e == nil || e.Kind != KindCountry {
			continue
		}
		for _, lang := range []string{"fr", "en", "ar"} {
			if s := names[lang]; s != "" {
				e.names = append(e.names, s)
			}
		}
		if fr := names["fr"]; fr != "" {
			e.NameFR = fr
		}
	}
	return nil
}

func (c *compiler) readISO1() error {
	var doc struct {
		List []struct {
			Alpha2   string `json:"alpha_2"`
			Name     string `json:"name"`
			Official string `json:"official_name"`
			Common   string `json:"common_name"`
		} `json:"3166-1"`
	}
	if err := c.readJSON(srcISO1, &doc); err != nil {
		return err
	}
	tr := map[string]map[string]string{}
	for _, lang := range []string{"fr", "ar"} {
		m := map[string]string{}
		err := c.eachTSV(fmt.Sprintf(srcISO1Fmt, lang), func(f []string) error {
			if len(f) >= 2 {
				m[f[0]] = f[1]
			}
			return nil
		})
		if err != nil {
			return err
		}
		tr[lang] = m
	}
	for _, it := range doc.List {
		e := c.countries[it.Alpha2]
		if e == nil {
			continue
		}
		for _, n := range []string{it.Name, it.Official, it.Common} {
			if n == "" {
				continue
			}
			e.names = append(e.names, n)
			for _, lang := range []string{"fr", "ar"} {
				if t := tr[lang][n]; t != "" {
					e.names = append(e.names, t)
				}
			}
		}
		if e.NameFR == "" {
			e.NameFR = tr["fr"][it.Name]
		}
	}
	return nil
}

// readCountryShapes gives each country the centre of its largest polygon.
func (c *compiler) readCountryShapes() error {
	var fc struct {
		Features []struct {
			Properties map[string]any `json:"properties"`
			Geometry   struct {
				Type        string          `json:"type"`
				Coordinates json.RawMessage `json:"coordinates"`
			} `json:"geometry"`
		} `json:"features"`
	}
	if err := c.readJSON(srcNECountries, &fc); err != nil {
		return err
	}
	for _, f := range fc.Features {
		iso3, _ := f.Properties["ISO_A3_EH"].(string)
		iso2 := c.iso3to2[iso3]
		if iso2 == "" {
			iso2, _ = f.Properties["ISO_A2"].(string)
		}
		e := c.countries[iso2]
		if e == nil || e.Point {
			continue
		}
		var polys [][][][2]float64
		switch f.Geometry.Type {
		case "Polygon":
			var p [][][2]float64
			if json.Unmarshal(f.Geometry.Coordinates, &p) == nil {
				polys = append(polys, p)
			}
		case "MultiPolygon":
			_ = json.Unmarshal(f.Geometry.Coordinates, &polys)
		}
		best, bestArea := [2]float64{}, 0.0
		for _, p := range polys {
			if len(p) == 0 {
				continue
			}
			x, y, a := ringCentroid(p[0])
			if math.Abs(a) > bestArea {
				best, bestArea = [2]float64{x, y}, math.Abs(a)
			}
		}
		if bestArea > 0 {
			e.Lon, e.Lat, e.Point = best[0], best[1], true
		}
	}
	return nil
}

// ringCentroid returns the centroid and signed area of a closed ring of
// lon/lat points (the shoelace formula).
func ringCentroid(ring [][2]float64) (x, y, area float64) {
	for i := 0; i+1 < len(ring); i++ {
		x0, y0, x1, y1 := ring[i][0], ring[i][1], ring[i+1][0], ring[i+1][1]
		cross := x0*y1 - x1*y0
		area += cross
		x += (x0 + x1) * cross
		y += (y0 + y1) * cross
	}
	area /= 2
	if area == 0 {
		return 0, 0, 0
	}
	return x / (6 * area), y / (6 * area), area
}

func (c *compiler) readAdmin1() error {
	return c.eachTSV(srcRegionInfo, func(f []string) error {
		if len(f) < 4 {
			return fmt.Errorf("%d fields", len(f))
		}
		cc, code, ok := strings.Cut(f[0], ".")
		if !ok {
			return fmt.Errorf("code %q", f[0])
		}
		id, _ := strconv.Atoi(f[3])
		e := &rawEntry{}
		if id > 0 {
			e.ID = "gn:" + f[3]
		} else {
			e.ID = "gn1:" + f[0]
		}
		e.GeonameID = id
		e.Kind = KindAdmin1
		e.Feature = "ADM1"
		e.Country = cc
		e.Admin1 = code
		e.Name = f[1]
		e.names = []string{f[1], f[2]}
		if cc == "US" {
			e.Admin1ISO = code
		}
		c.admin1[f[0]] = e
		c.addEntry(e)
		return nil
	})
}

// readISO2 matches ISO 3166-2 top-level subdivisions to GeoNames admin-1
// entries by name, adding their ISO code and French names.
func (c *compiler) readISO2() error {
	var doc struct {
		List []struct {
			Code   string `json:"code"`
			Name   string `json:"name"`
			Parent string `json:"parent"`
		} `json:"3166-2"`
	}
	if err := c.readJSON(srcISO2, &doc); err != nil {
		return err
	}
	fr := map[string]string{}
	err := c.eachTSV(srcISO2FR, func(f []string) error {
		if len(f) >= 2 {
			fr[f[0]] = f[1]
		}
		return nil
	})
	if err != nil {
		return err
	}
	byName := map[string]*rawEntry{}
	for _, e := range c.entries {
		if e.Kind == KindAdmin1 {
			for _, n := range e.names {
				byName[e.Country+"|"+Normalize(n)] = e
			}
		}
	}
	for _, it := range doc.List {
		if it.Parent != "" {
			continue
		}
		cc, code, ok := strings.Cut(it.Code, "-")
		if !ok {
			continue
		}
		name, _, _ := strings.Cut(it.Name, " [")
		e := byName[cc+"|"+Normalize(name)]
		if e == nil {
			continue
		}
		if e.Admin1ISO == "" {
			e.Admin1ISO = code
		}
		if t := fr[it.Name]; t != "" {
			t, _, _ = strings.Cut(t, " [")
			e.names = append(e.names, t)
			if e.NameFR == "" {
				e.NameFR = t
			}
		}
	}
	return nil
}

func (c *compiler) readCities() error {
	return c.eachTSV(srcCities, func(f []string) error {
		if len(f) < 19 {
			return fmt.Errorf("%d fields", len(f))
		}
		id, err := strconv.Atoi(f[0])
		if err != nil {
			return fmt.Errorf("geonameid %q: %w", f[0], err)
		}
		lat, err1 := strconv.ParseFloat(f[4], 64)
		lon, err2 := strconv.ParseFloat(f[5], 64)
		if err1 != nil || err2 != nil {
			return fmt.Errorf("coordinates %q %q", f[4], f[5])
		}
		pop, _ := strconv.ParseInt(f[14], 10, 64)
		e := &rawEntry{}
		e.ID = "gn:" + f[0]
		e.GeonameID = id
		e.Kind = KindCity
		if f[7] == "PPLC" {
			e.Kind = KindCapital
		}
		e.Feature = f[7]
		e.Country = f[8]
		e.Admin1 = f[10]
		e.Lat, e.Lon, e.Point = lat, lon, true
		e.Population = pop
		e.Name = f[1]
		e.names = []string{f[1], f[2]}
		for a := range strings.SplitSeq(f[3], ",") {
			if keepAlt(a) {
				e.alts = append(e.alts, a)
			}
		}
		c.addEntry(e)
		return nil
	})
}

// keepAlt reports whether an alternate name is worth indexing: Latin or
// Arabic script, not an airport code, no digits.
func keepAlt(a string) bool {
	if a == "" || len(a) > 80 {
		return false
	}
	upper, letters := 0, 0
	for _, r := range a {
		switch {
		case r >= '0' && r <= '9':
			return false
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
			if !unicode.In(r, unicode.Latin, unicode.Arabic) {
				return false
			}
		}
	}
	if letters < 2 {
		return false
	}
	// IATA, ICAO and other codes: "ALV", "PAR"
	return !(upper == letters && letters <= 4 && utf8.RuneCountInString(a) == letters)
}

func (c *compiler) readLibNames() error {
	for _, lang := range []string{"fr", "en", "ar"} {
		err := c.eachTSV(fmt.Sprintf(srcNamesFmt, lang), func(f []string) error {
			if len(f) < 2 {
				return nil
			}
			id, err := strconv.Atoi(f[0])
			if err != nil {
				return nil
			}
			e := c.byGeoname[id]
			if e == nil {
				return nil
			}
			e.names = append(e.names, f[1])
			if lang == "fr" {
				if e.NameFR == "" {
					e.NameFR = f[1]
				}
				e.alts = append(e.alts, withoutArticle(f[1])...)
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

func (c *compiler) readNEPlaces() error {
	var fc struct {
		Features []struct {
			P struct {
				Name      string  `json:"NAME"`
				NameASCII string  `json:"NAMEASCII"`
				NameAlt   *string `json:"NAMEALT"`
				NameEN    *string `json:"NAME_EN"`
				NameFR    *string `json:"NAME_FR"`
				ISO2      string  `json:"ISO_A2"`
				Adm0A3    string  `json:"ADM0_A3"`
				Adm1      *string `json:"ADM1NAME"`
				Lat       float64 `json:"LATITUDE"`
				Lon       float64 `json:"LONGITUDE"`
				Pop       float64 `json:"POP_MAX"`
				Geoname   float64 `json:"GEONAMEID"`
				WOF       float64 `json:"wof_id"`
				FeatureCl string  `json:"FEATURECLA"`
			} `json:"properties"`
		} `json:"features"`
	}
	if err := c.readJSON(srcNEPlaces, &fc); err != nil {
		return err
	}
	admin1ByName := map[string]*rawEntry{}
	for _, e := range c.entries {
		if e.Kind == KindAdmin1 {
			for _, n := range e.names {
				admin1ByName[e.Country+"|"+Normalize(n)] = e
			}
		}
	}
	cityByKey := map[string][]*rawEntry{}
	for _, e := range c.entries {
		if e.Kind == KindCity || e.Kind == KindCapital {
			for _, n := range e.names {
				k := e.Country + "|" + Normalize(n)
				cityByKey[k] = append(cityByKey[k], e)
			}
		}
	}
	// near finds a GeoNames city of the same country and name close to a
	// Natural Earth place, which is then the same place.
	near := func(cc string, names []string, lat, lon float64) *rawEntry {
		for _, n := range names {
			for _, e := range cityByKey[cc+"|"+Normalize(n)] {
				if math.Abs(e.Lat-lat) < 0.3 && math.Abs(e.Lon-lon) < 0.3 {
					return e
				}
			}
		}
		return nil
	}
	str := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	for _, f := range fc.Features {
		p := f.P
		names := []string{p.Name, p.NameASCII, str(p.NameEN), str(p.NameFR)}
		for a := range strings.SplitSeq(str(p.NameAlt), "|") {
			names = append(names, a)
		}
		id := int(p.Geoname)
		if e := c.byGeoname[id]; id > 0 && e != nil {
			if e.Kind == KindCountry || e.Kind == KindAdmin1 {
				continue
			}
			e.names = append(e.names, names...)
			e.alts = append(e.alts, withoutArticle(str(p.NameFR))...)
			if e.NameFR == "" {
				e.NameFR = str(p.NameFR)
			}
			continue
		}
		cc := p.ISO2
		if c.countries[cc] == nil {
			cc = c.iso3to2[p.Adm0A3]
		}
		if cc == "" || p.Lat < -90 || p.Lat > 90 || p.Lon < -180 || p.Lon > 180 {
			continue
		}
		if e := near(cc, names, p.Lat, p.Lon); e != nil {
			e.names = append(e.names, names...)
			if e.NameFR == "" {
				e.NameFR = str(p.NameFR)
			}
			continue
		}
		e := &rawEntry{}
		switch {
		case id > 0:
			e.ID = "gn:" + strconv.Itoa(id)
			e.GeonameID = id
		case p.WOF > 0:
			e.ID = "ne:wof:" + strconv.FormatInt(int64(p.WOF), 10)
		default:
			continue
		}
		e.Kind = KindCity
		e.Feature = "PPL"
		if p.FeatureCl == "Admin-0 capital" {
			e.Kind = KindCapital
			e.Feature = "PPLC"
		} else if p.FeatureCl == "Admin-1 capital" {
			e.Feature = "PPLA"
		}
		e.Country = cc
		if a := admin1ByName[cc+"|"+Normalize(str(p.Adm1))]; a != nil {
			e.Admin1 = a.Admin1
		}
		e.Lat, e.Lon, e.Point = p.Lat, p.Lon, true
		e.Population = int64(p.Pop)
		e.Name = cmpOr(str(p.NameEN), p.Name)
		e.NameFR = str(p.NameFR)
		e.names = names
		c.addEntry(e)
	}
	return nil
}

// withoutArticle returns a French name without its leading article, as it
// reads after "au", "du", "à": "Le Caire" → "Caire", "Le Havre" → "Havre".
func withoutArticle(name string) []string {
	for _, a := range []string{"Le ", "La ", "Les ", "L'", "L’"} {
		if rest, ok := strings.CutPrefix(name, a); ok && rest != "" {
			return []string{rest}
		}
	}
	return nil
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// readNEAdmin1 gives admin-1 entries the label point of the Natural Earth
// division of the same name, and the Natural Earth name where GeoNames
// adds "State", "Region", "Province" or "Governorate" to it.
func (c *compiler) readNEAdmin1() error {
	var fc struct {
		Features []struct {
			P struct {
				Name string `json:"name"`
				ISO2 string `json:"iso_a2"`
			} `json:"properties"`
			Geometry struct {
				Coordinates []float64 `json:"coordinates"`
			} `json:"geometry"`
		} `json:"features"`
	}
	if err := c.readJSON(srcNEAdmin1, &fc); err != nil {
		return err
	}
	byName := map[string]*rawEntry{}
	for _, e := range c.entries {
		if e.Kind == KindAdmin1 {
			for _, n := range e.names {
				byName[e.Country+"|"+Normalize(n)] = e
			}
		}
	}
	countryNames := map[string]bool{}
	for _, e := range c.entries {
		if e.Kind == KindCountry {
			for _, n := range e.names {
				countryNames[Normalize(n)] = true
			}
		}
	}
	for _, f := range fc.Features {
		e := byName[f.P.ISO2+"|"+Normalize(f.P.Name)]
		if e == nil {
			// GeoNames "Borno State", Natural Earth "Borno": the short
			// name is the one news uses ("in Borno", "in Borno state"),
			// unless a country has it ("Niger")
			for _, suf := range []string{" State", " Region", " Province", " Governorate"} {
				if e = byName[f.P.ISO2+"|"+Normalize(f.P.Name+suf)]; e != nil {
					if !countryNames[Normalize(f.P.Name)] {
						e.names = append(e.names, f.P.Name)
					}
					break
				}
			}
		}
		if e == nil || e.Point || len(f.Geometry.Coordinates) != 2 {
			continue
		}
		e.Lon, e.Lat, e.Point = f.Geometry.Coordinates[0], f.Geometry.Coordinates[1], true
	}
	return nil
}

// fillAdmin1Points gives the admin-1 entries Natural Earth did not place
// the population-weighted mean of their cities, sums city populations into
// admin-1 populations, and links each country to its capital.
func (c *compiler) fillAdmin1Points() {
	type acc struct{ lat, lon, w float64 }
	sums := map[string]*acc{}
	pops := map[string]int64{}
	for _, e := range c.entries {
		if e.Kind != KindCity && e.Kind != KindCapital {
			continue
		}
		k := e.Country + "." + e.Admin1
		a := sums[k]
		if a == nil {
			a = &acc{}
			sums[k] = a
		}
		w := math.Max(float64(e.Population), 1)
		a.lat += e.Lat * w
		a.lon += e.Lon * w
		a.w += w
		pops[k] += e.Population
		if e.Kind == KindCapital {
			if ce := c.countries[e.Country]; ce != nil && (ce.capitalID == 0 || e.GeonameID > 0 && c.byGeoname[ce.capitalID].Population < e.Population) {
				ce.capitalID = e.GeonameID
			}
		}
	}
	for k, e := range c.admin1 {
		e.Population = pops[k]
		if a := sums[k]; !e.Point && a != nil && a.w > 0 {
			e.Lat, e.Lon, e.Point = a.lat/a.w, a.lon/a.w, true
		}
	}
	for _, e := range c.countries {
		if !e.Point {
			if cap := c.byGeoname[e.capitalID]; cap != nil {
				e.Lat, e.Lon, e.Point = cap.Lat, cap.Lon, true
			}
		}
	}
}

// readCommonWords lists, for French and English, the single-word place
// keys that are also common words: forms written in lower case at least
// twice in the language's Universal Dependencies training treebank (other
// than proper nouns), and the language's stopwords.
func (c *compiler) readCommonWords() error {
	keys := map[string]bool{}
	for _, e := range c.entries {
		if e.Kind == KindCountry {
			continue
		}
		for _, names := range [][]string{e.names, e.alts} {
			for _, n := range names {
				if k := Normalize(n); k != "" && !strings.Contains(k, " ") {
					keys[k] = true
				}
			}
		}
	}
	c.common = map[string][]string{}
	for _, lang := range []string{"fr", "en"} {
		counts := map[string]int{}
		err := c.eachTSV(srcTreebankFmt[lang], func(f []string) error {
			if len(f) < 4 || f[3] == "PROPN" || f[1] == "" {
				return nil
			}
			r, _ := utf8.DecodeRuneInString(f[1])
			if !unicode.IsLower(r) {
				return nil
			}
			if k := Normalize(f[1]); keys[k] {
				counts[k]++
			}
			return nil
		})
		if err != nil {
			return err
		}
		found := map[string]bool{}
		for k, n := range counts {
			if n >= 2 {
				found[k] = true
			}
		}
		if lang == "fr" {
			// the Lefff's common nouns and adjectives: "orange", "santé"
			err := c.eachTSV(srcLefff, func(f []string) error {
				if len(f) < 2 || (f[1] != "nc" && f[1] != "adj") {
					return nil
				}
				if k := Normalize(f[0]); keys[k] && f[0] != "" && !unicode.IsUpper([]rune(f[0])[0]) {
					found[k] = true
				}
				return nil
			})
			if err != nil {
				return err
			}
		}
		err = c.eachTSV(fmt.Sprintf(srcStopwordsFmt, lang), func(f []string) error {
			if k := Normalize(f[0]); keys[k] {
				found[k] = true
			}
			return nil
		})
		if err != nil {
			return err
		}
		for k := range found {
			c.common[lang] = append(c.common[lang], k)
		}
		slices.Sort(c.common[lang])
	}
	return nil
}

// dedupeNames keeps the first name of each key, dropping keys in seen.
func dedupeNames(names, seen []string) []string {
	keys := make(map[string]bool, len(names)+len(seen))
	for _, s := range seen {
		keys[Normalize(s)] = true
	}
	out := names[:0]
	for _, n := range names {
		n = cleanField(n)
		k := Normalize(n)
		if k == "" || keys[k] || len(n) > MaxNameLen {
			continue
		}
		keys[k] = true
		out = append(out, n)
	}
	return out
}
