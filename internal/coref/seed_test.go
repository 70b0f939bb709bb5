package coref

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vigie-events/vigie/internal/testshared"
)

type goldEntity struct {
	Type     string   `json:"type"`
	Name     string   `json:"name"`
	Mentions []string `json:"mentions"`
	Code     []string `json:"code"`
}

// sameWords compares mentions as the gold writes them: without a leading
// article ("L’AFP" is the mention "AFP"), case and apostrophes folded.
func sameWords(a, b string) bool {
	return lower(stripArticle(strings.TrimSpace(a))) == lower(stripArticle(strings.TrimSpace(b)))
}

// codeAllowed applies the gold's rule: a gold code accepts itself and its
// refinements (USA accepts USAGOVMIL).
func codeAllowed(code string, gold []string) bool {
	for _, g := range gold {
		if code != "" && strings.HasPrefix(code, g) {
			return true
		}
	}
	return false
}

// matchGold returns the entity of the gold's type whose mentions include
// every gold mention, or the one that includes most of them.
func matchGold(ents []Entity, g goldEntity) (best *Entity, all bool) {
	bestN := 0
	for i := range ents {
		e := &ents[i]
		if e.Type != g.Type {
			continue
		}
		n := 0
		for _, gm := range g.Mentions {
			if slices.ContainsFunc(e.Mentions, func(m Mention) bool { return sameWords(m.Text, gm) }) {
				n++
			}
		}
		if n > bestN {
			best, bestN = e, n
		}
	}
	return best, best != nil && bestN == len(g.Mentions)
}

// TestSeed scores the seed article against the gold: every person found
// with all its gold mentions and a code the gold allows, organisations at
// least 80%, and "Ils" and "les deux responsables" resolved to Hammouchi
// and Fischer.
func TestSeed(t *testing.T) {
	text, err := os.ReadFile(testshared.Path(t, "seed/000_23f9d90b709144ca.txt"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(testshared.Path(t, "gold/seed.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Document struct {
			Published string `json:"published"`
		} `json:"document"`
		Entities []goldEntity `json:"entities"`
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatal(err)
	}
	date, err := time.Parse(time.DateOnly, gold.Document.Published)
	if err != nil {
		t.Fatal(err)
	}
	ents := Resolve(input(t, string(text), "fr", date))

	var persons, personsCoded, personsGold, orgs, orgsGold int
	for _, g := range gold.Entities {
		if g.Type != "PER" && g.Type != "ORG" {
			continue
		}
		e, all := matchGold(ents, g)
		coded := e != nil && codeAllowed(e.Code, g.Code)
		switch g.Type {
		case "PER":
			personsGold++
			if all {
				persons++
			}
			if all && coded {
				personsCoded++
			}
			if !all || !coded {
				t.Errorf("person %s: entity %v, all mentions %v, code allowed %v", g.Name, describeEnt(e), all, coded)
			}
		case "ORG":
			orgsGold++
			if all && coded {
				orgs++
			} else {
				t.Logf("organisation %s: entity %v, all mentions %v, code allowed %v", g.Name, describeEnt(e), all, coded)
			}
		}
	}
	t.Logf("seed: persons %d/%d found with all gold mentions, %d/%d coded as the gold allows; organisations %d/%d",
		persons, personsGold, personsCoded, personsGold, orgs, orgsGold)
	if 5*orgs < 4*orgsGold {
		t.Errorf("organisations %d/%d, want at least 80%%", orgs, orgsGold)
	}

	want := []string{"Abdellatif Hammouchi", "David Fischer"}
	for _, s := range []string{"Ils", "les deux responsables"} {
		got, _ := referents(ents, s)
		if !slices.Equal(got, want) {
			t.Errorf("%q refers to %q, want %q", s, got, want)
		}
	}
	if t.Failed() {
		dump(t, ents)
	}
}

func describeEnt(e *Entity) string {
	if e == nil {
		return "none"
	}
	return e.ID + " " + e.Name + " " + e.Code
}
