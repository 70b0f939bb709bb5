package geo

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vigie-events/vigie/internal/doc"
)

// goldMention is one [[words|expect]] of testdata/places.tsv.
type goldMention struct {
	span   doc.Span
	text   string
	expect string // CC, CC:kind, gn:ID, region:ID or "-"
	gov    int    // +1 must be a government, -1 must not, 0 either
}

type goldCase struct {
	line      int
	lang      string
	countries []string
	text      string
	mentions  []goldMention
}

// readPlaceCases parses a test set in the format of testdata/places.tsv.
func readPlaceCases(t testing.TB, file string) []goldCase {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var cases []goldCase
	for n, line := range strings.Split(string(b), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			t.Fatalf("%s:%d: %d fields", file, n+1, len(f))
		}
		c := goldCase{line: n + 1, lang: f[0]}
		if f[1] != "" {
			c.countries = strings.Split(f[1], ",")
		}
		var sb strings.Builder
		rest := f[2]
		for {
			i := strings.Index(rest, "[[")
			if i < 0 {
				sb.WriteString(rest)
				break
			}
			sb.WriteString(rest[:i])
			j := strings.Index(rest[i:], "]]")
			if j < 0 {
				t.Fatalf("%s:%d: unclosed [[", file, n+1)
			}
			words, expect, ok := strings.Cut(rest[i+2:i+j], "|")
			if !ok {
				t.Fatalf("%s:%d: no | in %q", file, n+1, rest[i:i+j])
			}
			m := goldMention{text: words, expect: expect}
			if e, flag, ok := strings.Cut(expect, "!"); ok {
				m.expect = e
				switch flag {
				case "gov":
					m.gov = 1
				case "nogov":
					m.gov = -1
				default:
					t.Fatalf("%s:%d: flag %q", file, n+1, flag)
				}
			}
			m.span = doc.Span{Start: sb.Len(), End: sb.Len() + len(words)}
			sb.WriteString(words)
			c.mentions = append(c.mentions, m)
			rest = rest[i+j+2:]
		}
		c.text = sb.String()
		cases = append(cases, c)
	}
	return cases
}

// check reports whether a place meets a gold expectation, and why not.
func (m goldMention) check(p *Place) (bool, string) {
	if m.expect == "-" {
		if p == nil || !p.Resolved() {
			return true, ""
		}
		return false, fmt.Sprintf("found %s %s (%s %s), want no place", p.ID, p.Name, p.Kind, p.Country)
	}
	if p == nil || !p.Resolved() {
		return false, "not found"
	}
	got := fmt.Sprintf("%s %s (%s %s/%s)", p.ID, p.Name, p.Kind, p.Country, p.Admin1)
	ok := false
	switch {
	case strings.HasPrefix(m.expect, "gn:"), strings.HasPrefix(m.expect, "region:"):
		ok = p.ID == m.expect
	default:
		cc, kind, hasKind := strings.Cut(m.expect, ":")
		ok = p.Country == cc && (!hasKind || p.Kind.String() == kind)
	}
	if !ok {
		return false, "got " + got
	}
	if m.gov == 1 && !p.Government {
		return false, "got " + got + " not flagged as government"
	}
	if m.gov == -1 && p.Government {
		return false, "got " + got + " flagged as government"
	}
	return true, ""
}

type evalResult struct {
	total, right int
	misses       []string
	extras       []string
}

func (r evalResult) accuracy() float64 {
	if r.total == 0 {
		return 0
	}
	return float64(r.right) / float64(r.total)
}

// evalPlaces runs the geocoder over the test set. With find, places are
// found by FindPlaces (spans must match exactly); otherwise the gold spans
// are given to Resolve.
func evalPlaces(t testing.TB, g *Gazetteer, file string, find bool) evalResult {
	var r evalResult
	name := filepath.Base(file)
	for _, c := range readPlaceCases(t, file) {
		ctx := Context{Lang: c.lang, Text: c.text, Countries: c.countries}
		var places []Place
		if find {
			places = g.Geocode(c.text, ctx)
		} else {
			var ms []Mention
			for _, m := range c.mentions {
				if m.expect != "-" {
					ms = append(ms, Mention{Text: m.text, Span: m.span})
				}
			}
			places = g.Resolve(ms, ctx)
		}
		used := make([]bool, len(places))
		for _, m := range c.mentions {
			if !find && m.expect == "-" {
				continue
			}
			r.total++
			var got *Place
			for i := range places {
				p := &places[i]
				if p.Span.Start < m.span.End && m.span.Start < p.Span.End {
					used[i] = true
					if got == nil || p.Span == m.span {
						got = p
					}
				}
			}
			if got != nil && m.expect != "-" && got.Span != m.span {
				r.misses = append(r.misses, fmt.Sprintf("%s:%d %q: found %q instead", name, c.line, m.text, got.Text))
				continue
			}
			if ok, why := m.check(got); ok {
				r.right++
			} else {
				r.misses = append(r.misses, fmt.Sprintf("%s:%d %q want %s: %s", name, c.line, m.text, m.expect, why))
			}
		}
		for i, p := range places {
			if !used[i] && p.Resolved() {
				r.extras = append(r.extras, fmt.Sprintf("%s:%d %q → %s %s (%s %s)", name, c.line, p.Text, p.ID, p.Name, p.Kind, p.Country))
			}
		}
	}
	return r
}

// Accuracy floors, just under what the geocoder reaches. places.tsv was
// used to tune the rules; places_heldout.tsv was written afterwards and
// never tuned on.
func TestPlacesAccuracy(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []struct {
		name  string
		file  string
		find  bool
		floor float64
		min   int
	}{
		{"dev/find+resolve", "testdata/places.tsv", true, 0.99, 200},
		{"dev/resolve", "testdata/places.tsv", false, 0.99, 200},
		{"heldout/find+resolve", "testdata/places_heldout.tsv", true, 0.97, 100},
		{"heldout/resolve", "testdata/places_heldout.tsv", false, 0.98, 100},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := evalPlaces(t, g, tc.file, tc.find)
			t.Logf("%s: %d/%d = %.1f%%", tc.name, r.right, r.total, 100*r.accuracy())
			for _, m := range r.misses {
				t.Logf("miss: %s", m)
			}
			for _, e := range r.extras {
				t.Logf("extra: %s", e)
			}
			if r.total < tc.min {
				t.Errorf("test set has %d mentions, want at least %d", r.total, tc.min)
			}
			if a := r.accuracy(); a < tc.floor {
				t.Errorf("accuracy %.4f below floor %.2f", a, tc.floor)
			}
		})
	}
}

func mustDefault(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return g
}
