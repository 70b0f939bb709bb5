package event

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/vigie-events/vigie/internal/doc"
)

// tw is a test word: form, lemma, UPOS, feats, head (1-based, 0 root),
// relation.
type tw struct {
	form, lemma, upos, feats string
	head                     int
	rel                      string
}

// sentence builds a parsed sentence from test words; actors are given as
// word ranges [from, to] (1-based, inclusive) with their codes.
func sentence(lang string, ws []tw, actors map[[2]int]string) *Sentence {
	var b strings.Builder
	s := &Sentence{Lang: lang}
	for _, w := range ws {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		start := b.Len()
		b.WriteString(w.form)
		s.Words = append(s.Words, Word{Form: w.form, Lemma: w.lemma, UPOS: w.upos, Feats: w.feats, Head: w.head - 1, Deprel: w.rel,
			Span: doc.Span{Start: start, End: b.Len()}})
	}
	s.Text = b.String()
	s.Span = doc.Span{Start: 0, End: len(s.Text)}
	for r, code := range actors {
		sp := doc.Span{Start: s.Words[r[0]-1].Span.Start, End: s.Words[r[1]-1].Span.End}
		s.Actors = append(s.Actors, Mention{Span: sp, Text: s.Text[sp.Start:sp.End], Code: code})
	}
	sortMentions(s.Actors)
	return s
}

func sortMentions(ms []Mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Span.Start < ms[j-1].Span.Start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

func testCoder(t testing.TB) *Coder {
	lex, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return NewCoder(lex, CoderConfig{})
}

func TestCoder(t *testing.T) {
	c := testCoder(t)
	tests := []struct {
		name   string
		lang   string
		words  []tw
		actors map[[2]int]string
		want   []string // "SRC TGT CODE MODALITY"
	}{
		{"fr visite future", "fr", []tw{
			{"Le", "le", "DET", "", 2, "det"},
			{"ministre", "ministre", "NOUN", "", 3, "nsubj"},
			{"devrait", "devoir", "VERB", "Mood=Cnd|Tense=Pres|VerbForm=Fin", 0, "root"},
			{"se", "se", "PRON", "Reflex=Yes", 5, "expl:pv"},
			{"rendre", "rendre", "VERB", "VerbForm=Inf", 3, "xcomp"},
			{"au", "à", "ADP", "", 7, "case"},
			{"Sénégal", "Sénégal", "PROPN", "", 5, "obl:arg"},
		}, map[[2]int]string{{1, 2}: "FRAGOV", {7, 7}: "SEN"}, []string{"FRAGOV SEN 042 future"}},
		{"fr négation", "fr", []tw{
			{"Paris", "Paris", "PROPN", "", 4, "nsubj"},
			{"n'", "ne", "ADV", "", 4, "advmod"},
			{"a", "avoir", "AUX", "Tense=Pres|VerbForm=Fin", 4, "aux:tense"},
			{"condamné", "condamner", "VERB", "Tense=Past|VerbForm=Part", 0, "root"},
			{"pas", "pas", "ADV", "", 4, "advmod"},
			{"Moscou", "Moscou", "PROPN", "", 4, "obj"},
		}, map[[2]int]string{{1, 1}: "FRA", {6, 6}: "RUS"}, nil},
		{"en passive", "en", []tw{
			{"Tunisia", "Tunisia", "PROPN", "", 3, "nsubj:pass"},
			{"was", "be", "AUX", "Tense=Past", 3, "aux:pass"},
			{"praised", "praise", "VERB", "Tense=Past|VerbForm=Part|Voice=Pass", 0, "root"},
			{"by", "by", "ADP", "", 5, "case"},
			{"Algeria", "Algeria", "PROPN", "", 3, "obl:agent"},
		}, map[[2]int]string{{1, 1}: "TUN", {5, 5}: "DZA"}, []string{"DZA TUN 051 asserted"}},
		{"en compound target", "en", []tw{
			{"Egypt", "Egypt", "PROPN", "", 2, "nsubj"},
			{"met", "meet", "VERB", "Tense=Past|VerbForm=Fin", 0, "root"},
			{"Israel", "Israel", "PROPN", "", 2, "obj"},
			{"and", "and", "CCONJ", "", 5, "cc"},
			{"Jordan", "Jordan", "PROPN", "", 3, "conj"},
		}, map[[2]int]string{{1, 1}: "EGY", {3, 3}: "ISR", {5, 5}: "JOR"}, []string{"EGY ISR 040 asserted", "EGY JOR 040 asserted"}},
		{"fr question ouverte", "fr", []tw{
			{"Rabat", "Rabat", "PROPN", "", 4, "nsubj"},
			{"n'", "ne", "ADV", "", 4, "advmod"},
			{"a", "avoir", "AUX", "", 4, "aux:tense"},
			{"dit", "dire", "VERB", "Tense=Past|VerbForm=Part", 0, "root"},
			{"si", "si", "SCONJ", "", 7, "mark"},
			{"Madrid", "Madrid", "PROPN", "", 7, "nsubj"},
			{"recevrait", "recevoir", "VERB", "Mood=Cnd|VerbForm=Fin", 4, "ccomp"},
			{"Alger", "Alger", "PROPN", "", 7, "obj"},
		}, map[[2]int]string{{1, 1}: "MAR", {6, 6}: "ESP", {8, 8}: "DZA"}, nil},
		{"en reported", "en", []tw{
			{"Officials", "official", "NOUN", "", 2, "nsubj"},
			{"said", "say", "VERB", "Tense=Past|VerbForm=Fin", 0, "root"},
			{"Kenya", "Kenya", "PROPN", "", 4, "nsubj"},
			{"expelled", "expel", "VERB", "Tense=Past|VerbForm=Fin", 2, "ccomp"},
			{"Somalia's", "Somalia", "PROPN", "", 6, "nmod:poss"},
			{"envoy", "envoy", "NOUN", "", 4, "obj"},
		}, map[[2]int]string{{3, 3}: "KEN", {5, 6}: "SOMGOV"}, []string{"KEN SOMGOV 166 reported"}},
		{"en subject cut in two", "en", []tw{
			{"Kenya's", "Kenya", "PROPN", "", 2, "nmod:poss"},
			{"Deputy", "deputy", "NOUN", "", 5, "nsubj"},
			{"Minister", "Minister", "PROPN", "", 4, "compound"},
			{"Ruto", "Ruto", "PROPN", "", 5, "nsubj"},
			{"met", "meet", "VERB", "Tense=Past|VerbForm=Fin", 0, "root"},
			{"Uganda", "Uganda", "PROPN", "", 5, "obj"},
		}, map[[2]int]string{{1, 1}: "KEN", {3, 4}: "KENGOV", {6, 6}: "UGA"}, []string{"KENGOV UGA 040 asserted"}},
		{"fr objet pris pour un sujet de la relative", "fr", []tw{
			{"Le", "le", "DET", "", 2, "det"},
			{"ministre", "ministre", "NOUN", "", 9, "nsubj"},
			{"qui", "qui", "PRON", "", 5, "nsubj"},
			{"a", "avoir", "AUX", "", 5, "aux:tense"},
			{"rencontré", "rencontrer", "VERB", "Tense=Past|VerbForm=Part", 2, "acl:relcl"},
			{"lundi", "lundi", "NOUN", "", 5, "obl:mod"},
			{"Alger", "Alger", "PROPN", "", 5, "nsubj"},
			{"a", "avoir", "AUX", "", 9, "aux:tense"},
			{"condamné", "condamner", "VERB", "Tense=Past|VerbForm=Part", 0, "root"},
			{"Rabat", "Rabat", "PROPN", "", 9, "obj"},
		}, map[[2]int]string{{1, 2}: "QATGOV", {7, 7}: "DZA", {10, 10}: "MAR"}, []string{"QATGOV DZA 040 asserted", "QATGOV MAR 111 asserted"}},
		{"fr objet pris pour un sujet du verbe principal", "fr", []tw{
			{"Le", "le", "DET", "", 2, "det"},
			{"président", "président", "NOUN", "", 9, "nsubj"},
			{"qui", "qui", "PRON", "", 5, "nsubj"},
			{"a", "avoir", "AUX", "", 5, "aux:tense"},
			{"reçu", "recevoir", "VERB", "Tense=Past|VerbForm=Part", 2, "acl:relcl"},
			{"mardi", "mardi", "NOUN", "", 5, "obl:mod"},
			{"Alger", "Alger", "PROPN", "", 9, "nsubj"},
			{"a", "avoir", "AUX", "", 9, "aux:tense"},
			{"condamné", "condamner", "VERB", "Tense=Past|VerbForm=Part", 0, "root"},
			{"Rabat", "Rabat", "PROPN", "", 9, "obj"},
		}, map[[2]int]string{{1, 2}: "FRAGOV", {7, 7}: "DZA", {10, 10}: "MAR"}, []string{"FRAGOV DZA 043 asserted", "FRAGOV MAR 111 asserted", "DZA FRAGOV 042 asserted"}},
		{"fr objet pris pour une apposition du lieu", "fr", []tw{
			{"Macron", "Macron", "PROPN", "", 3, "nsubj"},
			{"a", "avoir", "AUX", "", 3, "aux:tense"},
			{"reçu", "recevoir", "VERB", "Tense=Past|VerbForm=Part", 0, "root"},
			{"à", "à", "ADP", "", 6, "case"},
			{"l'", "le", "DET", "", 6, "det"},
			{"Élysée", "Élysée", "PROPN", "", 3, "obl:arg"},
			{"son", "son", "DET", "Poss=Yes", 8, "det"},
			{"homologue", "homologue", "NOUN", "", 6, "appos"},
			{"ukrainien", "ukrainien", "ADJ", "", 8, "amod"},
		}, map[[2]int]string{{1, 1}: "FRAGOV", {7, 9}: "UKRGOV"}, []string{"FRAGOV UKRGOV 043 asserted", "UKRGOV FRAGOV 042 asserted"}},
		{"en partner under the phone", "en", []tw{
			{"Wang", "Wang", "PROPN", "", 2, "nsubj"},
			{"spoke", "speak", "VERB", "Tense=Past|VerbForm=Fin", 0, "root"},
			{"by", "by", "ADP", "", 4, "case"},
			{"phone", "phone", "NOUN", "", 2, "obl"},
			{"with", "with", "ADP", "", 6, "case"},
			{"Lavrov", "Lavrov", "PROPN", "", 4, "nmod"},
		}, map[[2]int]string{{1, 1}: "CHNGOV", {6, 6}: "RUSGOV"}, []string{"CHNGOV RUSGOV 041 asserted"}},
		{"en aid priced", "en", []tw{
			{"Germany", "Germany", "PROPN", "", 2, "nsubj"},
			{"pledged", "pledge", "VERB", "Tense=Past|VerbForm=Fin", 0, "root"},
			{"million", "million", "NUM", "", 4, "nummod"},
			{"euros", "euro", "NOUN", "", 2, "obj"},
			{"in", "in", "ADP", "", 7, "case"},
			{"military", "military", "ADJ", "", 7, "amod"},
			{"aid", "aid", "NOUN", "", 4, "nmod"},
			{"to", "to", "ADP", "", 9, "case"},
			{"Ukraine", "Ukraine", "PROPN", "", 2, "obl"},
		}, map[[2]int]string{{1, 1}: "DEU", {9, 9}: "UKR"}, []string{"DEU UKR 0332 asserted"}},
		{"fr visite à l'ordre du jour", "fr", []tw{
			{"Une", "un", "DET", "", 2, "det"},
			{"visite", "visite", "NOUN", "", 10, "nsubj"},
			{"du", "de", "ADP", "", 4, "case"},
			{"pape", "pape", "NOUN", "", 2, "nmod"},
			{"en", "en", "ADP", "", 6, "case"},
			{"Argentine", "Argentine", "PROPN", "", 2, "nmod"},
			{"est", "être", "AUX", "", 10, "cop"},
			{"à", "à", "ADP", "", 10, "case"},
			{"l'", "le", "DET", "", 10, "det"},
			{"ordre", "ordre", "NOUN", "", 0, "root"},
		}, map[[2]int]string{{4, 4}: "VATGOV", {6, 6}: "ARG"}, []string{"VATGOV ARG 042 asserted"}},
		{"fr visite éventuelle", "fr", []tw{
			{"Une", "un", "DET", "", 3, "det"},
			{"éventuelle", "éventuel", "ADJ", "", 3, "amod"},
			{"visite", "visite", "NOUN", "", 11, "nsubj"},
			{"du", "de", "ADP", "", 5, "case"},
			{"pape", "pape", "NOUN", "", 3, "nmod"},
			{"en", "en", "ADP", "", 7, "case"},
			{"Argentine", "Argentine", "PROPN", "", 3, "nmod"},
			{"est", "être", "AUX", "", 11, "cop"},
			{"à", "à", "ADP", "", 11, "case"},
			{"l'", "le", "DET", "", 11, "det"},
			{"ordre", "ordre", "NOUN", "", 0, "root"},
		}, map[[2]int]string{{5, 5}: "VATGOV", {7, 7}: "ARG"}, []string{"VATGOV ARG 042 hypothetical"}},
		{"fr visite qui n'est pas à l'ordre du jour", "fr", []tw{
			{"Une", "un", "DET", "", 3, "det"},
			{"éventuelle", "éventuel", "ADJ", "", 3, "amod"},
			{"visite", "visite", "NOUN", "", 13, "nsubj"},
			{"du", "de", "ADP", "", 5, "case"},
			{"pape", "pape", "NOUN", "", 3, "nmod"},
			{"en", "en", "ADP", "", 7, "case"},
			{"Argentine", "Argentine", "PROPN", "", 3, "nmod"},
			{"n'", "ne", "ADV", "", 13, "advmod"},
			{"est", "être", "AUX", "", 13, "cop"},
			{"pas", "pas", "ADV", "", 13, "advmod"},
			{"à", "à", "ADP", "", 13, "case"},
			{"l'", "le", "DET", "", 13, "det"},
			{"ordre", "ordre", "NOUN", "", 0, "root"},
		}, map[[2]int]string{{5, 5}: "VATGOV", {7, 7}: "ARG"}, nil},
		{"no verb", "fr", []tw{
			{"Maroc", "Maroc", "PROPN", "", 0, "root"},
			{"et", "et", "CCONJ", "", 3, "cc"},
			{"Tunisie", "Tunisie", "PROPN", "", 1, "conj"},
		}, map[[2]int]string{{1, 1}: "MAR", {3, 3}: "TUN"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := sentence(tt.lang, tt.words, tt.actors)
			var got []string
			for _, e := range c.Code(s) {
				got = append(got, e.Source.Code+" "+e.Target.Code+" "+e.Code+" "+string(e.Modality))
			}
			if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// chain builds a sentence of n words: actors joined by "et", quotes
// nested, or words without a verb.
func chain(kind string, n int) *Sentence {
	var ws []tw
	actors := map[[2]int]string{}
	switch kind {
	case "actors":
		ws = append(ws, tw{"Paris", "Paris", "PROPN", "", 2, "nsubj"}, tw{"condamne", "condamner", "VERB", "Tense=Pres", 0, "root"})
		for i := 0; i < n; i++ {
			h := 3
			rel := "conj"
			if i == 0 {
				h, rel = 2, "obj"
			}
			ws = append(ws, tw{"Mali", "Mali", "PROPN", "", h, rel})
			actors[[2]int{len(ws), len(ws)}] = fmt.Sprintf("A%04d", i)
		}
		actors[[2]int{1, 1}] = "FRA"
	case "quotes":
		for i := 0; i < n; i++ {
			ws = append(ws, tw{"«", "«", "PUNCT", "", 0, "root"})
			if i > 0 {
				ws[len(ws)-1].head, ws[len(ws)-1].rel = len(ws)-1, "punct"
			}
		}
		ws = append(ws, tw{"Rabat", "Rabat", "PROPN", "", len(ws) + 2, "nsubj"}, tw{"reçoit", "recevoir", "VERB", "", len(ws), "ccomp"},
			tw{"Madrid", "Madrid", "PROPN", "", len(ws) + 2, "obj"})
		actors[[2]int{n + 1, n + 1}] = "MAR"
		actors[[2]int{n + 3, n + 3}] = "ESP"
		for i := 0; i < n; i++ {
			ws = append(ws, tw{"»", "»", "PUNCT", "", 1, "punct"})
		}
	default:
		for i := 0; i < n; i++ {
			h := i
			if i == 0 {
				h = 0
			}
			ws = append(ws, tw{"Maroc", "Maroc", "PROPN", "", h, "nmod"})
			actors[[2]int{i + 1, i + 1}] = "MAR"
		}
		ws[0].rel = "root"
	}
	return sentence("fr", ws, actors)
}

// TestCoderLinear codes sentences with no verb, 300 actors and quotes
// nested 20 deep, and checks that 8 times the input takes well under 64
// times as long.
func TestCoderLinear(t *testing.T) {
	c := testCoder(t)
	for _, kind := range []string{"noverb", "actors", "quotes"} {
		t.Run(kind, func(t *testing.T) {
			small, big := 40, 320
			if kind == "quotes" {
				small, big = 20, 160
			}
			if kind == "actors" {
				small, big = 300, 2400
			}
			s1, s2 := chain(kind, small), chain(kind, big)
			measure := func(s *Sentence) time.Duration {
				best := time.Duration(1 << 62)
				for range 5 {
					t0 := time.Now()
					c.Code(s)
					best = min(best, time.Since(t0))
				}
				return best
			}
			n := len(c.Code(s1))
			if kind == "actors" && n != small {
				t.Errorf("300 actors: %d events, want %d", n, small)
			}
			d1, d2 := measure(s1), measure(s2)
			if d1 > 0 && d2 > 64*d1 && d2 > 20*time.Millisecond {
				t.Errorf("%s: %v for %d, %v for %d: not linear", kind, d1, small, d2, big)
			}
		})
	}
}

func FuzzCoder(f *testing.F) {
	f.Add("Le ministre devrait se rendre au Sénégal", []byte{2, 3, 0, 5, 3, 7, 5}, []byte{1, 2, 0, 4, 3, 5, 6})
	f.Add("Egypt met Israel and Jordan", []byte{2, 0, 2, 5, 3}, []byte{1, 0, 2, 3, 4})
	c := testCoder(f)
	rels := []string{"nsubj", "obj", "obl", "nmod", "conj", "xcomp", "advcl", "ccomp", "acl:relcl", "mark", "case", "aux", "aux:pass", "nsubj:pass", "advmod", "det", "expl:pv"}
	upos := []string{"VERB", "NOUN", "PROPN", "ADP", "PRON", "AUX", "ADV", "SCONJ"}
	f.Fuzz(func(t *testing.T, text string, heads, labels []byte) {
		fields := strings.Fields(text)
		if len(fields) > 200 {
			fields = fields[:200]
		}
		var ws []tw
		for i, w := range fields {
			var h, l byte
			if i < len(heads) {
				h = heads[i]
			}
			if i < len(labels) {
				l = labels[i]
			}
			ws = append(ws, tw{w, strings.ToLower(w), upos[int(l)%len(upos)], "Mood=Cnd|Tense=Fut", int(h) % (len(fields) + 2), rels[int(l)%len(rels)]})
		}
		actors := map[[2]int]string{}
		for i := range ws {
			if i%3 == 0 {
				actors[[2]int{i + 1, i + 1}] = "MAR"
			}
		}
		s := sentence("fr", ws, actors)
		for _, e := range c.Code(s) {
			if e.Code == "" {
				t.Errorf("event without a code: %+v", e)
			}
		}
	})
}

func BenchmarkCoder(b *testing.B) {
	c := testCoder(b)
	s := sentence("fr", []tw{
		{"Le", "le", "DET", "", 2, "det"},
		{"ministre", "ministre", "NOUN", "", 5, "nsubj"},
		{"tunisien", "tunisien", "ADJ", "", 2, "amod"},
		{",", ",", "PUNCT", "", 2, "punct"},
		{"devrait", "devoir", "VERB", "Mood=Cnd|Tense=Pres|VerbForm=Fin", 0, "root"},
		{"se", "se", "PRON", "Reflex=Yes", 7, "expl:pv"},
		{"rendre", "rendre", "VERB", "VerbForm=Inf", 5, "xcomp"},
		{"vendredi", "vendredi", "NOUN", "", 7, "obl:mod"},
		{"au", "à", "ADP", "", 10, "case"},
		{"Sénégal", "Sénégal", "PROPN", "", 7, "obl:arg"},
		{"pour", "pour", "ADP", "", 12, "mark"},
		{"discuter", "discuter", "VERB", "VerbForm=Inf", 7, "advcl"},
		{"avec", "avec", "ADP", "", 15, "case"},
		{"le", "le", "DET", "", 15, "det"},
		{"président", "président", "NOUN", "", 12, "obl:arg"},
		{"Macky", "Macky", "PROPN", "", 15, "appos"},
		{"Sall", "Sall", "PROPN", "", 16, "flat:name"},
		{"de", "de", "ADP", "", 20, "case"},
		{"la", "le", "DET", "", 20, "det"},
		{"coopération", "coopération", "NOUN", "", 12, "obl:arg"},
		{".", ".", "PUNCT", "", 5, "punct"},
	}, map[[2]int]string{{2, 3}: "TUNGOV", {10, 10}: "SEN", {15, 17}: "SENGOV"})
	if n := len(c.Code(s)); n != 2 {
		b.Fatalf("%d events, want 2", n)
	}
	b.ReportAllocs()
	for b.Loop() {
		c.Code(s)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}

func TestWithoutPlaces(t *testing.T) {
	a, b := Mention{Text: "Egypt"}, Mention{Text: "Kidal", Place: true}
	tests := []struct {
		in   []Mention
		want []string
	}{
		{nil, nil},
		{[]Mention{a}, []string{"Egypt"}},
		{[]Mention{b}, nil},
		{[]Mention{b, a, b}, []string{"Egypt"}},
		{[]Mention{a, b}, []string{"Egypt"}},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range withoutPlaces(tt.in) {
			got = append(got, m.Text)
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("withoutPlaces(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
	in := []Mention{a, b}
	withoutPlaces(in)
	if !in[1].Place {
		t.Error("withoutPlaces changed its input")
	}
}

// TestGuestVisits checks that a hosted visit adds the guest's visit the
// other way round, for guests that make visits of state only.
func TestGuestVisits(t *testing.T) {
	host := func(tgt string, place bool) Coded {
		return Coded{Source: Mention{Code: "KENGOV"}, Target: Mention{Code: tgt, Place: place}, Code: "043"}
	}
	tests := []struct {
		in   Coded
		want int
	}{
		{host("SOMGOV", false), 2},
		{host("SOM", false), 2},
		{host("IGOUNO", false), 2},
		{host("SDNREF", false), 1}, // "hosts Sudanese refugees"
		{host("SOM", true), 1},     // a place
		{host("", false), 1},
	}
	for _, tt := range tests {
		got := withGuestVisits([]Coded{tt.in})
		if len(got) != tt.want {
			t.Errorf("%s → %s: %d events, want %d", tt.in.Source.Code, tt.in.Target.Code, len(got), tt.want)
			continue
		}
		if tt.want == 2 && (got[1].Code != "042" || got[1].Source.Code != tt.in.Target.Code || !got[1].Guest) {
			t.Errorf("guest's visit %+v", got[1])
		}
	}
}
