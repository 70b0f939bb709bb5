package event

import (
	"fmt"
	"testing"

	"github.com/vigie-events/vigie/internal/testshared"
)

func TestLexicon(t *testing.T) {
	lex, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if lex.Count("fr") < 400 || lex.Count("en") < 400 {
		t.Errorf("counts fr %d, en %d", lex.Count("fr"), lex.Count("en"))
	}
	tests := []struct {
		lang, lemma string
		min         int
		reflexive   bool // some candidate is reflexive
	}{
		{"fr", "rendre", 3, true},
		{"fr", "Rendre", 3, true},
		{"fr", "VISITE", 1, false},
		{"fr", "entretenir", 1, true},
		{"en", "visit", 2, false},
		{"en", "strike", 5, false},
		{"fr", "nonexistent", 0, false},
		{"de", "besuchen", 0, false},
		{"fr", "", 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.lang+"/"+tc.lemma, func(t *testing.T) {
			cs := lex.Lookup(tc.lang, tc.lemma)
			if len(cs) < tc.min || (tc.min == 0 && len(cs) > 0) {
				t.Fatalf("%d candidates, want at least %d", len(cs), tc.min)
			}
			refl := false
			for _, c := range cs {
				if c.Entry == nil || c.Lang != tc.lang || c.Origin() == "" {
					t.Errorf("bad candidate %+v", c)
					continue
				}
				refl = refl || c.Entry.Reflexive
			}
			if refl != tc.reflexive {
				t.Errorf("reflexive = %v, want %v", refl, tc.reflexive)
			}
		})
	}
}

func TestLexiconVerbDict(t *testing.T) {
	d, _ := ReadVerbFile(testshared.Path(t, "data/eventdata/petrarch2/CAMEO.2.0.txt"))
	lex := NewLexicon()
	lex.AddVerbDict("en", d)
	if lex.Len() != d.Stats().Verbs {
		t.Errorf("Len %d, want %d verbs", lex.Len(), d.Stats().Verbs)
	}
	cs := lex.Lookup("en", "call")
	if len(cs) == 0 {
		t.Fatal("no candidate for call")
	}
	found := false
	for _, c := range cs {
		if c.Verb == nil || c.Block == nil || c.Dict != d {
			t.Fatalf("bad candidate %+v", c)
		}
		if c.Block.Meaning == "CANCEL" && c.Code == "160" {
			found = true
		}
	}
	if !found {
		t.Error("+CALL_OFF [160] not found under call")
	}
	if o := cs[0].Origin(); o == "" {
		t.Error("no origin")
	}
}

func ExampleLookup() {
	c, _ := Lookup("0311")
	fmt.Println(c.Name, c.Root, c.Quad, c.Goldstein)
	p, _ := PLOVER("042")
	fmt.Println(p.Event, p.Mode)
	// Output:
	// Express intent to cooperate economically 03 verbal cooperation 5.2
	// CONSULT visit
}

func ExampleLexicon_Lookup() {
	lex, _ := Default()
	for _, c := range lex.Lookup("fr", "rendre") {
		if c.Entry.Reflexive {
			fmt.Println(c.Entry.Head(), c.Code, c.Entry.Target[0])
		}
	}
	// Output:
	// se rendre 042 obl:à,en,au,aux,chez,dans
	// se rendre 0874 obl:à,au,aux
}

func BenchmarkLexiconLookup(b *testing.B) {
	lex, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	words := []string{"rendre", "visite", "accuser", "bombarder", "inconnu", "Recevoir"}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		lex.Lookup("fr", words[i%len(words)])
		i++
	}
}

func BenchmarkBuildDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		es, err := ReadEmbedded()
		if err != nil {
			b.Fatal(err)
		}
		NewLexicon().AddEntries(es)
	}
}
