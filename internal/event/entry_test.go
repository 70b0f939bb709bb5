package event

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"
)

func TestParseEntry(t *testing.T) {
	tests := []struct {
		in   string
		want Entry
		err  string
	}{
		{
			in: "se rendre | verb | src=nsubj tgt=obl:à,en,au,aux | 042 | place",
			want: Entry{Lemma: "rendre", Reflexive: true, POS: POSVerb, Code: "042", Place: true,
				Source: []Slot{{Rel: "nsubj"}}, Target: []Slot{{Rel: "obl", Preps: []string{"à", "en", "au", "aux"}}}},
		},
		{
			in: "s'entretenir | verb | src=nsubj tgt=obl:avec | 040 | sym",
			want: Entry{Lemma: "entretenir", Reflexive: true, POS: POSVerb, Code: "040", Mutual: true,
				Source: []Slot{{Rel: "nsubj"}}, Target: []Slot{{Rel: "obl", Preps: []string{"avec"}}}},
		},
		{
			in: "visite | noun | src=nmod:de/nmod:poss/amod tgt=nmod:en | 042",
			want: Entry{Lemma: "visite", POS: POSNoun, Code: "042",
				Source: []Slot{{Rel: "nmod", Preps: []string{"de"}}, {Rel: "nmod:poss"}, {Rel: "amod"}},
				Target: []Slot{{Rel: "nmod", Preps: []string{"en"}}}},
		},
		{
			in: "signer | verb | src=nsubj obj~accord,traité xcomp:à | 057 | mod=future conf=low",
			want: Entry{Lemma: "signer", POS: POSVerb, Code: "057", Modality: "future", Weak: true,
				Source: []Slot{{Rel: "nsubj"}},
				Fixed: []Fixed{{Slot: Slot{Rel: "obj"}, Lemmas: []string{"accord", "traité"}},
					{Slot: Slot{Rel: "xcomp", Preps: []string{"à"}}}}},
		},
		{in: "x | verb | src=nsubj", err: "want 4 or 5"},
		{in: "x | adv | src=nsubj | 010", err: "part of speech"},
		{in: "ready | adj | src=nsubj xcomp:to | 030",
			want: Entry{Lemma: "ready", POS: POSAdj, Code: "030", Source: []Slot{{Rel: "nsubj"}},
				Fixed: []Fixed{{Slot: Slot{Rel: "xcomp", Preps: []string{"to"}}}}}},
		{in: "X | verb | src=nsubj | 010", err: "not lower case"},
		{in: "hold talks | verb | src=nsubj | 010", err: "one word"},
		{in: " | verb | src=nsubj | 010", err: "empty lemma"},
		{in: "se visite | noun | src=nsubj | 010", err: "reflexive noun"},
		{in: "x | verb | obj~a | 010", err: "no src= or tgt="},
		{in: "x | verb | src=subj | 010", err: "unknown slot"},
		{in: "x | verb | src=obl: | 010", err: "bad preposition"},
		{in: "x | verb | who=nsubj | 010", err: "unknown role"},
		{in: "x | verb | src=nsubj obj~ | 010", err: "empty lemma"},
		{in: "x | verb | src=nsubj | 999", err: "unknown CAMEO code"},
		{in: "x | verb | src=nsubj | 010 | loud", err: "unknown hint"},
		{in: "x | verb | src=nsubj | 010 | mod=maybe", err: "modality"},
		{in: "x | verb | src=nsubj | 010 | place", err: "place without"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			e, err := ParseEntry(tc.in)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("err = %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(e, tc.want) {
				t.Errorf("have %+v\nwant %+v", e, tc.want)
			}
		})
	}
}

func TestReadEntriesErrors(t *testing.T) {
	in := strings.Join([]string{
		"# comment",
		"déclarer | verb | src=nsubj | 010", // 2: before @lang
		"@lang fr",
		"déclarer | verb | src=nsubj | 010  # ok",
		"déclarer | verb | src=nsubj | 9999", // 5
		"@lang French",                       // 6
		"annoncer | verb | src=nsubj | 010",  // 7: no language
	}, "\n")
	es, err := ReadEntries("fr.txt", strings.NewReader(in))
	var el ErrorList
	if !errors.As(err, &el) {
		t.Fatalf("err = %v", err)
	}
	var lines []int
	for _, e := range el {
		lines = append(lines, e.Line)
	}
	if !equalInts(lines, []int{2, 5, 6, 7}) {
		t.Errorf("error lines %v (%v)", lines, err)
	}
	if len(es) != 1 || es[0].Lang != "fr" || es[0].File != "fr.txt" || es[0].Line != 4 {
		t.Errorf("entries %+v", es)
	}
}

// TestEmbeddedDictionaries checks vigie's own dictionaries: they load with
// no error, hold at least 400 entries per language, cover all 20 CAMEO
// roots in each language, and have no duplicate lines.
func TestEmbeddedDictionaries(t *testing.T) {
	es, err := ReadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	perLang := map[string]int{}
	perRoot := map[string]map[string]int{}
	seen := map[string]string{}
	for _, e := range es {
		perLang[e.Lang]++
		if perRoot[e.Lang] == nil {
			perRoot[e.Lang] = map[string]int{}
		}
		perRoot[e.Lang][RootOf(e.Code)]++
		key := e.Lang + " " + e.String()
		if prev, dup := seen[key]; dup {
			t.Errorf("%s:%d: duplicate of %s", e.File, e.Line, prev)
		}
		seen[key] = fmt.Sprintf("%s:%d", e.File, e.Line)
		// Each entry round-trips.
		back, err := ParseEntry(e.String())
		if err != nil {
			t.Errorf("%s:%d: %q does not parse back: %v", e.File, e.Line, e.String(), err)
			continue
		}
		back.Lang, back.File, back.Line = e.Lang, e.File, e.Line
		if !reflect.DeepEqual(back, e) {
			t.Errorf("%s:%d: round trip changes the entry", e.File, e.Line)
		}
	}
	for _, lang := range []string{"fr", "en"} {
		if perLang[lang] < 400 {
			t.Errorf("%s: %d entries, want at least 400", lang, perLang[lang])
		}
		var roots []string
		for r := 1; r <= 20; r++ {
			root := fmt.Sprintf("%02d", r)
			n := perRoot[lang][root]
			if n == 0 {
				t.Errorf("%s: no entry for CAMEO root %s", lang, root)
			}
			roots = append(roots, fmt.Sprintf("%s:%d", root, n))
		}
		t.Logf("%s: %d entries; per root %s", lang, perLang[lang], strings.Join(roots, " "))
	}
}

// TestEmbeddedDictionaryWords checks words the French press uses for each
// kind of event, and their English equivalents.
func TestEmbeddedDictionaryWords(t *testing.T) {
	lex, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		lang, head, pos, code string
	}{
		{"fr", "se rendre", "verb", "042"}, {"fr", "visiter", "verb", "042"}, {"fr", "recevoir", "verb", "043"},
		{"fr", "accueillir", "verb", "043"}, {"fr", "s'entretenir", "verb", "040"}, {"fr", "rencontrer", "verb", "040"},
		{"fr", "discuter", "verb", "040"}, {"fr", "négocier", "verb", "046"}, {"fr", "consulter", "verb", "040"},
		{"fr", "visite", "noun", "042"}, {"fr", "entretien", "noun", "040"}, {"fr", "pourparlers", "noun", "046"},
		{"fr", "sommet", "noun", "040"}, {"fr", "déclarer", "verb", "010"}, {"fr", "annoncer", "verb", "010"},
		{"fr", "affirmer", "verb", "010"}, {"fr", "appeler", "verb", "020"}, {"fr", "exhorter", "verb", "020"},
		{"fr", "demander", "verb", "020"}, {"fr", "promettre", "verb", "030"}, {"fr", "s'engager", "verb", "030"},
		{"fr", "saluer", "verb", "051"}, {"fr", "vanter", "verb", "051"}, {"fr", "féliciter", "verb", "051"},
		{"fr", "soutenir", "verb", "051"}, {"fr", "signer", "verb", "057"}, {"fr", "coopérer", "verb", "050"},
		{"fr", "coopération", "noun", "060"}, {"fr", "aider", "verb", "070"}, {"fr", "livrer", "verb", "072"},
		{"fr", "libérer", "verb", "0841"}, {"fr", "lever", "verb", "085"}, {"fr", "céder", "verb", "080"},
		{"fr", "enquêter", "verb", "090"}, {"fr", "exiger", "verb", "100"}, {"fr", "réclamer", "verb", "100"},
		{"fr", "condamner", "verb", "111"}, {"fr", "dénoncer", "verb", "111"}, {"fr", "accuser", "verb", "112"},
		{"fr", "critiquer", "verb", "111"}, {"fr", "reprocher", "verb", "111"}, {"fr", "rejeter", "verb", "120"},
		{"fr", "refuser", "verb", "120"}, {"fr", "menacer", "verb", "130"}, {"fr", "avertir", "verb", "130"},
		{"fr", "ultimatum", "noun", "139"}, {"fr", "manifester", "verb", "141"}, {"fr", "protester", "verb", "140"},
		{"fr", "grève", "noun", "143"}, {"fr", "manifestation", "noun", "141"}, {"fr", "mobiliser", "verb", "154"},
		{"fr", "déployer", "verb", "154"}, {"fr", "rompre", "verb", "161"}, {"fr", "rappeler", "verb", "161"},
		{"fr", "expulser", "verb", "166"}, {"fr", "sanctionner", "verb", "163"}, {"fr", "suspendre", "verb", "160"},
		{"fr", "arrêter", "verb", "173"}, {"fr", "interpeller", "verb", "173"}, {"fr", "détenir", "verb", "173"},
		{"fr", "confisquer", "verb", "1711"}, {"fr", "saisir", "verb", "1711"}, {"fr", "attaquer", "verb", "190"},
		{"fr", "enlever", "verb", "181"}, {"fr", "assassiner", "verb", "186"}, {"fr", "tuer", "verb", "1823"},
		{"fr", "agresser", "verb", "182"}, {"fr", "bombarder", "verb", "195"}, {"fr", "combattre", "verb", "190"},
		{"fr", "bombardement", "noun", "195"}, {"fr", "offensive", "noun", "190"}, {"fr", "affrontement", "noun", "190"},
		{"fr", "tir", "noun", "193"}, {"fr", "massacre", "noun", "202"}, {"fr", "attentat", "noun", "180"},
		{"fr", "attentat-suicide", "noun", "1831"},
		{"en", "visit", "verb", "042"}, {"en", "meet", "verb", "040"}, {"en", "host", "verb", "043"},
		{"en", "hold", "verb", "040"}, {"en", "talks", "noun", "040"}, {"en", "sign", "verb", "057"},
		{"en", "accuse", "verb", "112"}, {"en", "condemn", "verb", "111"}, {"en", "arrest", "verb", "173"},
		{"en", "attack", "verb", "190"}, {"en", "strike", "noun", "195"}, {"en", "bomb", "verb", "183"},
		{"en", "protest", "verb", "140"}, {"en", "sanction", "verb", "163"}, {"en", "expel", "verb", "166"},
		{"en", "recall", "verb", "161"}, {"en", "threaten", "verb", "130"}, {"en", "urge", "verb", "020"},
		{"en", "call", "verb", "020"}, {"en", "praise", "verb", "051"},
	}
	for _, tc := range tests {
		t.Run(tc.lang+"/"+tc.head+"/"+tc.code, func(t *testing.T) {
			e, _ := ParseEntry(tc.head + " | " + tc.pos + " | src=nsubj | 010")
			var codes []string
			for _, c := range lex.Lookup(tc.lang, e.Lemma) {
				if c.Entry.Reflexive == e.Reflexive && c.POS.String() == tc.pos {
					if c.Code == tc.code {
						return
					}
					codes = append(codes, c.Code)
				}
			}
			sort.Strings(codes)
			t.Errorf("no %s entry %q with code %s; codes: %v", tc.lang, tc.head, tc.code, codes)
		})
	}
}

// FuzzParseEntry checks that ParseEntry never panics and that what it
// accepts round-trips.
func FuzzParseEntry(f *testing.F) {
	f.Add("se rendre | verb | src=nsubj tgt=obl:à,en,au,aux | 042 | place")
	f.Add("visite | noun | src=nmod:de/nmod:poss/amod tgt=nmod:en | 042")
	f.Add("signer | verb | src=nsubj obj~accord,traité xcomp:à | 057 | mod=future conf=low sym")
	f.Add("s’entretenir | verb | tgt=obl:avec | 040")
	f.Fuzz(func(t *testing.T, s string) {
		e, err := ParseEntry(s)
		if err != nil {
			return
		}
		back, err := ParseEntry(e.String())
		if err != nil {
			t.Fatalf("%q → %q: %v", s, e.String(), err)
		}
		if !reflect.DeepEqual(back, e) {
			t.Fatalf("%q → %q: %+v != %+v", s, e.String(), back, e)
		}
	})
}

// TestSelfHint checks that the hint self parses and is written back.
func TestSelfHint(t *testing.T) {
	e, err := ParseEntry("declare | verb | src=nsubj obj~curfew tgt=obl:in | 1723 | place self")
	if err != nil {
		t.Fatal(err)
	}
	if !e.Self || !e.Place {
		t.Fatalf("self %v place %v", e.Self, e.Place)
	}
	if got := e.String(); !strings.Contains(got, "place self") {
		t.Errorf("written back as %q", got)
	}
}
