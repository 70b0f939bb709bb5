package geo

import (
	"fmt"
	"strings"
)

// eachLine calls fn with the tab-separated fields of each non-comment line.
func eachLine(name, text string, fn func(f []string) error) error {
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		if err := fn(strings.Split(line, "\t")); err != nil {
			return fmt.Errorf("geo: %s:%d: %w", name, n+1, err)
		}
	}
	return nil
}

func splitNames(s string) []string {
	var out []string
	for n := range strings.SplitSeq(s, "|") {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// addCountryTable reads data/countries.tsv: preferred French names, extra
// names, French adjectives (with their derived forms) and English
// adjectives and demonyms.
func (g *Gazetteer) addCountryTable(text string) error {
	return eachLine("countries.tsv", text, func(f []string) error {
		if len(f) != 5 {
			return fmt.Errorf("%d fields, want 5", len(f))
		}
		i, ok := g.countries[f[0]]
		if !ok {
			return fmt.Errorf("unknown country %q", f[0])
		}
		if f[1] != "" {
			g.entries[i].NameFR = f[1]
			g.addName(f[1], i, 0)
		}
		for _, n := range splitNames(f[2]) {
			g.addName(n, i, 0)
		}
		for _, a := range splitNames(f[3]) {
			for _, form := range frenchForms(a) {
				g.addName(form, i, refDemonym)
			}
		}
		for _, a := range splitNames(f[4]) {
			g.addName(a, i, refDemonym)
		}
		return nil
	})
}

// frenchForms returns the four forms of a French adjective written as
// "masculine" or "masculine/feminine".
func frenchForms(s string) []string {
	m, f, ok := strings.Cut(s, "/")
	if !ok {
		switch {
		case strings.HasSuffix(m, "e"):
			f = m
		case strings.HasSuffix(m, "en"):
			f = m + "ne"
		default:
			f = m + "e"
		}
	}
	plural := func(w string) string {
		if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") {
			return w
		}
		return w + "s"
	}
	return []string{m, f, plural(m), plural(f)}
}

// addAliases reads data/aliases.tsv: extra names of entries by id.
func (g *Gazetteer) addAliases(text string) error {
	byID := make(map[string]int32, 16)
	err := eachLine("aliases.tsv", text, func(f []string) error {
		if len(f) != 2 {
			return fmt.Errorf("%d fields, want 2", len(f))
		}
		byID[f[0]] = -1
		return nil
	})
	if err != nil {
		return err
	}
	for i := range g.entries {
		if _, ok := byID[g.entries[i].ID]; ok {
			byID[g.entries[i].ID] = int32(i)
		}
	}
	return eachLine("aliases.tsv", text, func(f []string) error {
		i := byID[f[0]]
		if i < 0 {
			return fmt.Errorf("unknown id %q", f[0])
		}
		for _, n := range splitNames(f[1]) {
			g.addName(n, i, 0)
		}
		return nil
	})
}

// addRegions reads data/regions.tsv.
func (g *Gazetteer) addRegions(text string) error {
	return eachLine("regions.tsv", text, func(f []string) error {
		if len(f) != 5 {
			return fmt.Errorf("%d fields, want 5", len(f))
		}
		var e entry
		e.ID = "region:" + f[0]
		e.Kind = KindRegion
		e.Name = f[1]
		e.NameFR = f[2]
		e.capital = -1
		for m := range strings.FieldsSeq(f[4]) {
			c, ok := g.countries[m]
			if !ok {
				return fmt.Errorf("region %s: unknown member %q", f[0], m)
			}
			e.Members = append(e.Members, m)
			e.Population += g.entries[c].Population
		}
		idx := g.add(e)
		g.addName(f[1], idx, 0)
		g.addName(f[2], idx, 0)
		for _, n := range splitNames(f[3]) {
			g.addName(n, idx, 0)
		}
		return nil
	})
}

// usAbbrev are the AP-style abbreviations of US states that follow a city
// name ("Albany, N.Y.", "Long Beach, Calif."), keyed as Normalize writes
// them, with the state's postal code.
var usAbbrev = map[string]string{
	"ala": "AL", "ariz": "AZ", "ark": "AR", "calif": "CA", "cal": "CA", "colo": "CO", "conn": "CT",
	"del": "DE", "fla": "FL", "ga": "GA", "ill": "IL", "ind": "IN", "kan": "KS", "kans": "KS",
	"ky": "KY", "la": "LA", "md": "MD", "mass": "MA", "mich": "MI", "minn": "MN", "miss": "MS",
	"mo": "MO", "mont": "MT", "neb": "NE", "nebr": "NE", "nev": "NV", "nh": "NH", "nj": "NJ",
	"nm": "NM", "ny": "NY", "nc": "NC", "nd": "ND", "okla": "OK", "ore": "OR", "pa": "PA",
	"penn": "PA", "ri": "RI", "sc": "SC", "sd": "SD", "tenn": "TN", "tex": "TX", "vt": "VT",
	"va": "VA", "wash": "WA", "wva": "WV", "w va": "WV", "wis": "WI", "wisc": "WI", "wyo": "WY",
	"dc": "DC",
}

// finish builds the qualifier index: the codes and names that may follow a
// city after a comma to say where it is ("Long Beach, CA", "Paris, Texas",
// "Tripoli, Lebanon").
func (g *Gazetteer) finish() {
	for i := range g.entries {
		e := &g.entries[i]
		switch e.Kind {
		case KindAdmin1:
			if e.Admin1ISO != "" {
				k := strings.ToLower(e.Admin1ISO)
				g.qualifier[k] = append(g.qualifier[k], int32(i))
			}
		case KindCountry:
			for _, code := range []string{e.Country, e.iso3} {
				if code != "" {
					k := strings.ToLower(code)
					g.qualifier[k] = append(g.qualifier[k], int32(i))
				}
			}
		}
	}
	for k, code := range usAbbrev {
		if i, ok := g.admin1["US."+code]; ok {
			g.qualifier[k] = append(g.qualifier[k], i)
		}
	}
	if g.maxWords > maxKeyWords {
		g.maxWords = maxKeyWords
	}
}

// maxKeyWords bounds the words FindPlaces tries at one position.
const maxKeyWords = 10

// qualifierEntries returns the admin-1 and country entries a qualifier
// written after a comma may name.
func (g *Gazetteer) qualifierEntries(key string) []int32 {
	out := append([]int32(nil), g.qualifier[key]...)
	var buf [1]ref
	for _, r := range g.refs(key, &buf) {
		if r&refDemonym != 0 {
			continue
		}
		switch g.entries[r.index()].Kind {
		case KindAdmin1, KindCountry:
			out = append(out, int32(r.index()))
		}
	}
	return out
}
