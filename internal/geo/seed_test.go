package geo

import (
	"encoding/json"
	"os"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/testshared"
)

// seedGold is the part of ../shared/gold/seed.gold.json this package checks.
type seedGold struct {
	Entities []struct {
		Type      string   `json:"type"`
		Name      string   `json:"name"`
		Mentions  []string `json:"mentions"`
		GeonameID int      `json:"geonameid"`
		Country   string   `json:"country"`
		Region    bool     `json:"region"`
	} `json:"entities"`
	Events []struct {
		ID       string   `json:"id"`
		Sentence string   `json:"sentence"`
		Source   []string `json:"source"`
		Target   []string `json:"target"`
		Place    *string  `json:"place"`
	} `json:"events"`
}

func readSeed(t *testing.T) (string, seedGold) {
	t.Helper()
	textPath := testshared.Path(t, "seed/000_23f9d90b709144ca.txt")
	goldPath := testshared.Path(t, "gold/seed.gold.json")
	b, err := os.ReadFile(textPath)
	if err != nil {
		t.Fatal(err)
	}
	gb, err := os.ReadFile(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	var gold seedGold
	if err := json.Unmarshal(gb, &gold); err != nil {
		t.Fatal(err)
	}
	return string(b), gold
}

// wordOccurrences returns the spans where w stands as whole words in text.
func wordOccurrences(text, w string) []doc.Span {
	var out []doc.Span
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return out
		}
		s, e := i+j, i+j+len(w)
		r0, _ := utf8.DecodeLastRuneInString(text[:s])
		r1, _ := utf8.DecodeRuneInString(text[e:])
		if (s == 0 || !unicode.IsLetter(r0)) && (e == len(text) || !unicode.IsLetter(r1)) {
			out = append(out, doc.Span{Start: s, End: e})
		}
		i = e
	}
}

// TestSeedPlaces checks every place of the seed's gold annotation: each
// mention of each LOC entity is found at its offsets and resolved right.
func TestSeedPlaces(t *testing.T) {
	text, gold := readSeed(t)
	g := mustDefault(t)
	places := g.Geocode(text, Context{Lang: "fr"})
	at := map[doc.Span]*Place{}
	for i := range places {
		at[places[i].Span] = &places[i]
	}
	// spans of all gold place mentions, so that "Afrique" inside "Afrique
	// du Nord" is not checked on its own
	var all []doc.Span
	for _, e := range gold.Entities {
		if e.Type == "LOC" {
			for _, m := range e.Mentions {
				all = append(all, wordOccurrences(text, m)...)
			}
		}
	}
	inside := func(s doc.Span) bool {
		for _, o := range all {
			if o != s && o.Start <= s.Start && s.End <= o.End {
				return true
			}
		}
		return false
	}
	checked := 0
	for _, e := range gold.Entities {
		if e.Type != "LOC" {
			continue
		}
		for _, m := range e.Mentions {
			occ := wordOccurrences(text, m)
			if len(occ) == 0 {
				t.Errorf("%s: mention %q not in the seed text", e.Name, m)
			}
			for _, sp := range occ {
				if inside(sp) {
					continue
				}
				checked++
				p := at[sp]
				switch {
				case p == nil:
					t.Errorf("%s %v: not found", m, sp)
				case e.Region && p.Kind != KindRegion:
					t.Errorf("%s %v: got %s %s, want a region", m, sp, p.ID, p.Kind)
				case e.GeonameID != 0 && p.GeonameID != e.GeonameID:
					t.Errorf("%s %v: got geonameid %d, want %d", m, sp, p.GeonameID, e.GeonameID)
				case e.Country != "" && p.Country != e.Country:
					t.Errorf("%s %v: got country %s, want %s", m, sp, p.Country, e.Country)
				default:
					t.Logf("ok %-16s %v → %s %s (%s %s)", m, sp, p.ID, p.Name, p.Kind, p.Country)
				}
			}
		}
	}
	if checked < 20 {
		t.Errorf("checked %d place mentions, want the seed's 20 or more", checked)
	}
}

// seedTriggers names the word of each gold event's clause that the event
// coder would give as its trigger.
var seedTriggers = map[string]string{
	"e1": "rendre", "e2": "voyages", "e3": "rendra", "e4": "visite", "e5": "entretenir",
	"e6": "reçu", "e7": "discuté", "e8": "vanté", "e9": "déclaré",
}

// TestSeedEventPlaces checks the place of every gold event: where the gold
// gives one, EventPlace finds it in the clause (or, for a sentence that
// names none, in the previous event of the paragraph); where the gold has
// none, EventPlace falls back with a kind that says so.
func TestSeedEventPlaces(t *testing.T) {
	text, gold := readSeed(t)
	g := mustDefault(t)
	places := g.Geocode(text, Context{Lang: "fr"})
	byName := map[string]int{}
	for _, e := range gold.Entities {
		if e.Type == "LOC" && e.GeonameID != 0 {
			byName[e.Name] = e.GeonameID
		}
	}
	type ev struct {
		id, trigger    string
		clause, trig   doc.Span
		place          *string
		target, source string
	}
	var evs []ev
	for _, e := range gold.Events {
		i := strings.Index(text, e.Sentence)
		if i < 0 {
			t.Fatalf("%s: sentence not in the seed text", e.ID)
		}
		w := seedTriggers[e.ID]
		j := strings.Index(e.Sentence, w)
		if w == "" || j < 0 {
			t.Fatalf("%s: no trigger %q", e.ID, w)
		}
		evs = append(evs, ev{
			id: e.ID, clause: doc.Span{Start: i, End: i + len(e.Sentence)},
			trig:  doc.Span{Start: i + j, End: i + j + len(w)},
			place: e.Place, target: e.Target[0], source: e.Source[0],
		})
	}
	sort.SliceStable(evs, func(a, b int) bool { return evs[a].clause.Start < evs[b].clause.Start })
	var prev *Place
	prevPara := -1
	for _, e := range evs {
		para := strings.Count(text[:e.clause.Start], "\n\n")
		if para != prevPara {
			prev = nil
		}
		got := g.EventPlace(text, e.clause, e.trig, places, Fallback{Previous: prev, Target: e.target[:3], Source: e.source[:3]})
		t.Logf("%s: %s %s %s", e.id, got.Kind, got.Place.Name, got.Place.Text)
		if e.place == nil {
			if got.Kind == PlaceAction || got.Kind == PlacePrevious {
				t.Errorf("%s: got %s place %s, want no stated place", e.id, got.Kind, got.Place.Name)
			}
		} else {
			want := byName[*e.place]
			if got.Kind != PlaceAction && got.Kind != PlacePrevious || got.Place.GeonameID != want {
				t.Errorf("%s: got %s place %s (%d), want %s (%d)", e.id, got.Kind, got.Place.Name, got.Place.GeonameID, *e.place, want)
			}
		}
		if got.Kind == PlaceAction {
			p := got.Place
			prev = &p
		}
		prevPara = para
	}
}
