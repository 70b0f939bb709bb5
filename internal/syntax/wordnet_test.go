package syntax

import (
	"os"
	"slices"
	"strings"
	"testing"
)

func TestParseWordNetData(t *testing.T) {
	// Synset lines written for this test in the data.* layout: offset,
	// lexicographer file, type, word count (hex), word and lex_id pairs,
	// pointers, and for verbs the frames ("+ frame word").
	data := "  1 licence text\n" +
		"00001 03 n 03 Osgiliath 0 fallen_city 0 ruin 0 000 | a city\n" +
		"00002 00 s 02 stalwart(a) 0 brave 0 000 | firm\n" +
		"00003 35 v 02 besiege 0 beset 0 001 @ 00004 v 0000 02 + 08 00 + 26 02 | surround\n"
	got, err := parseWordNetData(strings.NewReader(data), "data.test")
	if err != nil {
		t.Fatal(err)
	}
	trans, clause := frameClasses[8], frameClasses[26]
	want := []wnWord{{"Osgiliath", 0}, {"ruin", 0}, {"stalwart", 0}, {"brave", 0}, {"besiege", trans}, {"beset", trans | clause}}
	if !slices.Equal(got.words, want) {
		t.Errorf("got %v, want %v", got.words, want)
	}
	if got.lexfiles["00001"] != 3 || got.lexfiles["00003"] != 35 {
		t.Errorf("lexicographer files %v", got.lexfiles)
	}
	for _, bad := range []string{"00001 03 n\n", "00001 03 n zz a 0\n", "00001 03 n 05 a 0\n"} {
		if _, err := parseWordNetData(strings.NewReader(bad), "data.bad"); err == nil || !strings.Contains(err.Error(), "data.bad:1") {
			t.Errorf("%q: err = %v, want one naming data.bad:1", bad, err)
		}
	}
}

func TestParseWordNetIndex(t *testing.T) {
	index := "  1 licence\nwarden n 2 1 @ 2 1 00002 00001\nMinas_Tirith n 1 0 1 0 00001\nbroken\nkeep n x\n"
	got, err := parseWordNetIndex(strings.NewReader(index), "index.noun", map[string]uint8{"00001": 3, "00002": 18})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got["warden"] != 19 {
		t.Errorf("got %v, want warden: 19 (1 + the file of its first sense)", got)
	}
}

func TestParseWordNetCounts(t *testing.T) {
	counts := "march%2:38:00:: 1 8\nmarch%1:04:00:: 1 2\nwarden%1:18:00:: 1 5\nrare%3:00:00:: 1 1\nbroken line\n"
	got := map[string]uint64{}
	if err := parseWordNetCounts(strings.NewReader(counts), "cntlist.rev", func(form string, bit int) { got[form] |= 1 << bit }); err != nil {
		t.Fatal(err)
	}
	want := map[string]uint64{"march": 1 << wnMostVerb, "warden": 1 << wnMostNoun}
	if len(got) != len(want) || got["march"] != want["march"] || got["warden"] != want["warden"] {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestRegularForms(t *testing.T) {
	tests := []struct {
		f    func(string) []string
		in   string
		want []string
	}{
		{func(w string) []string { return []string{regularS(w)} }, "church", []string{"churches"}},
		{func(w string) []string { return []string{regularS(w)} }, "army", []string{"armies"}},
		{func(w string) []string { return []string{regularS(w)} }, "day", []string{"days"}},
		{regularEd, "stop", []string{"stoped", "stopped"}},
		{regularEd, "deploy", []string{"deployed"}},
		{regularEd, "carry", []string{"carried"}},
		{regularEd, "seize", []string{"seized"}},
		{regularIng, "die", []string{"dying"}},
		{regularIng, "seize", []string{"seizing"}},
		{regularIng, "see", []string{"seeing"}},
		{regularEr, "big", []string{"biger", "bigest", "bigger", "biggest"}},
		{regularEr, "easy", []string{"easier", "easiest"}},
		{regularEd, "", nil},
	}
	for _, tt := range tests {
		if got := tt.f(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestReadWordNet reads the installed WordNet (Debian's wordnet-base),
// which `vigie train syntax` needs for the English model; it is not shared
// data, so the test skips where the package is missing.
func TestReadWordNet(t *testing.T) {
	if _, err := os.Stat(DefaultWordNetDir); err != nil {
		t.Skipf("no WordNet at %s (Debian package wordnet-base): %v", DefaultWordNetDir, err)
	}
	l, err := readWordNet(DefaultWordNetDir)
	if err != nil {
		t.Fatal(err)
	}
	for form, bits := range map[string][]int{
		"paris":       {wnProper},
		"ran":         {wnPast},
		"running":     {wnNoun, wnAdj, wnGerund},
		"misdirected": {wnPast},
		"houses":      {wnPlural, wnThird},
		"said":        {wnPast, wnFrames + 1, wnFrames + 3}, // transitive, that-clause (irregular)
		"wanted":      {wnPast, wnFrames + 4},               // infinitive
		"monday":      {wnSense + 3, wnSense + 4},           // 1 + noun.time (28) = 29
	} {
		i := l.lookup(form)
		if i < 0 {
			t.Errorf("%q not in the lexicon", form)
			continue
		}
		for _, b := range bits {
			if l.masks[i]&(1<<b) == 0 {
				t.Errorf("%q: mask %b lacks bit %d", form, l.masks[i], b)
			}
		}
	}
	if l.lookup("the") >= 0 {
		t.Error(`"the" is in the lexicon`)
	}
	if _, err := readWordNet(t.TempDir()); err == nil || !strings.Contains(err.Error(), "data.noun") {
		t.Errorf("empty folder: err = %v, want one naming data.noun", err)
	}
}

func FuzzParseWordNet(f *testing.F) {
	f.Add("00001 03 n 02 a 0 b(p) 0 000 | x\n")
	f.Add("run%2:38:00:: 1 8\n")
	f.Add("went go\n")
	f.Add("warden n 2 1 @ 2 1 00002 00001\n")
	f.Fuzz(func(t *testing.T, data string) {
		parseWordNetData(strings.NewReader(data), "data")
		parseWordNetCounts(strings.NewReader(data), "counts", func(string, int) {})
		parseWordNetExceptions(strings.NewReader(data), "exc", func(string, string) {})
		parseWordNetIndex(strings.NewReader(data), "index", map[string]uint8{"00001": 3})
	})
}

func TestWordNetLemma(t *testing.T) {
	lb := &lexBuilder{forms: map[string]*lexInfo{
		"shell": {mask: 1<<wnVerb | 1<<wnNoun}, "use": {mask: 1 << wnVerb}, "bus": {mask: 1 << wnNoun},
		"stop": {mask: 1 << wnVerb}, "rally": {mask: 1 << wnVerb},
	}}
	lex, err := decodeLexicon(&reader{b: lb.encode(nil)})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ lower, upos, rule, want string }{
		{"shelled", "VERB", "shel", "shell"},
		{"used", "VERB", "us", "use"},
		{"buses", "NOUN", "buse", "bus"},
		{"stopped", "VERB", "stop", "stop"},      // the rule was right
		{"rallied", "VERB", "rallie", "rally"},   // y for ie
		{"zorbed", "VERB", "zorb", "zorb"},       // unknown to WordNet: the rule stands
		{"shelled", "ADJ", "shelled", "shelled"}, // other parts of speech untouched
	} {
		if got := wordnetLemma(lex, tt.lower, tt.upos, tt.rule); got != tt.want {
			t.Errorf("wordnetLemma(%q, %s, %q) = %q, want %q", tt.lower, tt.upos, tt.rule, got, tt.want)
		}
	}
	if got := wordnetLemma(nil, "shelled", "VERB", "shel"); got != "shel" {
		t.Errorf("no lexicon: got %q", got)
	}
}
