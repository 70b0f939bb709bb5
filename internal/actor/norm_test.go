package actor

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // key@start-end
	}{
		{"accents and case", "États-Unis", []string{"etats@0-6", "unis@7-11"}},
		{"curly apostrophe", "l’AFP", []string{"l@0-1", "afp@4-7"}},
		{"straight apostrophe", "d'Esper", []string{"d@0-1", "esper@2-7"}},
		{"abbreviation", "the U.S. envoy", []string{"the@0-3", "us@4-8", "envoy@9-14"}},
		{"initial is not an abbreviation", "Mark T. Esper", []string{"mark@0-4", "t@5-6", "esper@8-13"}},
		{"diaeresis and ligature", "Al-Qaïda, Œuvre", []string{"al@0-2", "qaida@3-9", "oeuvre@11-17"}},
		{"digits", "COVID-19", []string{"covid@0-5", "19@6-8"}},
		{"invalid utf-8", "a\xffb", []string{"a@0-1", "b@2-3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, tok := range tokenize(tt.text, 0, len(tt.text), nil, nil, true) {
				got = append(got, tok.key+"@"+strconv.Itoa(tok.start)+"-"+strconv.Itoa(tok.end))
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("tokenize(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestTokenizeFlags(t *testing.T) {
	toks := tokenize("AFP Afp afp U.S.", 0, 16, nil, nil, true)
	want := []struct{ upper, capital bool }{{true, true}, {false, true}, {false, false}, {true, true}}
	for i, w := range want {
		if toks[i].upper != w.upper || toks[i].capital != w.capital {
			t.Errorf("token %d %q: upper=%v capital=%v, want %v %v", i, toks[i].key, toks[i].upper, toks[i].capital, w.upper, w.capital)
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Département d'État", "departement d etat"},
		{"Département d’État", "departement d etat"},
		{"  Mohammed   VI ", "mohammed vi"},
		{"Saïed", "saied"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"États-Unis", "U.S.A.", "l’AFP", "a\xffb", "A.B.C.D", "..", "x.y."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, tok := range tokenize(s, 0, len(s), nil, nil, true) {
			if tok.start < prev || tok.end <= tok.start || tok.end > len(s) {
				t.Fatalf("bad span %d-%d after %d in %q", tok.start, tok.end, prev, s)
			}
			if !utf8.ValidString(tok.key) || tok.key == "" {
				t.Fatalf("bad key %q", tok.key)
			}
			prev = tok.end
		}
	})
}
