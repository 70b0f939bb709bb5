package syntax

import (
	"bytes"
	"compress/gzip"
	"io"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/vigie-events/vigie/internal/conllu"
	"github.com/vigie-events/vigie/internal/segment"
	"github.com/vigie-events/vigie/internal/testshared"
	syntaxmodels "github.com/vigie-events/vigie/models/syntax"
)

func TestShape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Paris", "Xxx"}, {"1984", "dd"}, {"McDonald's", "XxXxx'x"}, {"l'", "x'"}, {"É.-U.", "X.-X."}, {"", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := shape(tc.in); got != tc.want {
				t.Errorf("shape(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestAffixes(t *testing.T) {
	tests := []struct {
		in       string
		k        int
		pre, suf string
	}{
		{"été", 2, "ét", "té"}, {"a", 3, "a", "a"}, {"", 2, "", ""}, {"chanté", 1, "c", "é"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if p, s := prefix(tc.in, tc.k), suffix(tc.in, tc.k); p != tc.pre || s != tc.suf {
				t.Errorf("got %q %q, want %q %q", p, s, tc.pre, tc.suf)
			}
		})
	}
}

func TestEditScript(t *testing.T) {
	tests := []struct{ form, lemma string }{
		{"chantaient", "chanter"}, {"went", "go"}, {"cats", "cat"}, {"été", "être"}, {"a", "avoir"}, {"x", "x"},
	}
	for _, tc := range tests {
		t.Run(tc.form, func(t *testing.T) {
			s, a := editScript(tc.form, tc.lemma)
			if got := applyEdit(tc.form, s, a); got != tc.lemma {
				t.Errorf("round trip gives %q", got)
			}
		})
	}
}

func TestLemmatizer(t *testing.T) {
	c := newLemmaCounts()
	for _, p := range [][3]string{
		{"chantait", "VERB", "chanter"}, {"dansait", "VERB", "danser"}, {"parlait", "VERB", "parler"},
		{"chats", "NOUN", "chat"}, {"chiens", "NOUN", "chien"}, {"Paris", "PROPN", "Paris"}, {"est", "AUX", "être"},
	} {
		c.add(p[0], p[1], p[2])
	}
	l := c.build()
	tests := []struct{ form, upos, want string }{
		{"aimait", "VERB", "aimer"}, {"loups", "NOUN", "loup"}, {"Est", "AUX", "être"}, {"Lyon", "PROPN", "Lyon"},
	}
	for _, tc := range tests {
		t.Run(tc.form, func(t *testing.T) {
			if got := l.lemma(tc.form, lower(tc.form), tc.upos, nil); got != tc.want {
				t.Errorf("lemma(%s, %s) = %q, want %q", tc.form, tc.upos, got, tc.want)
			}
		})
	}
}

func lower(s string) string {
	var m Model
	toks := make([]token, 1)
	m.prepare([]string{s}, toks)
	return toks[0].lower
}

func TestTableRoundTrip(t *testing.T) {
	tt := newTrainTable(8, 5)
	r := rand.New(rand.NewPCG(1, 2))
	var now float32 = 1
	for i := 0; i < 2000; i++ {
		fs := []uint64{r.Uint64(), r.Uint64(), r.Uint64()}
		tt.update(fs, r.IntN(5), float32(r.IntN(3)-1), now)
		now++
	}
	ct := tt.compact(now, 0)
	var buf bytes.Buffer
	if err := ct.writeTo(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := readTable(&reader{b: buf.Bytes()})
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 100; i++ {
		fs := []uint64{r.Uint64(), r.Uint64()}
		a, b := make([]float32, 5), make([]float32, 5)
		ct.score(fs, a)
		back.score(fs, b)
		for c := range a {
			if a[c] != b[c] {
				t.Fatalf("scores differ: %v %v", a, b)
			}
		}
	}
}

// The dynamic oracle, followed without errors, must rebuild any
// projective tree exactly.
func TestOracleProjective(t *testing.T) {
	tests := []struct {
		name  string
		heads []int
	}{
		{"chain", []int{2, 3, 0}},
		{"right", []int{0, 1, 2, 3}},
		{"mixed", []int{2, 0, 4, 2, 2, 7, 5}},
		{"single", []int{0}},
		{"flat", []int{3, 3, 0, 3, 3}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n := len(tc.heads)
			gold := append(append([]int{-1}, tc.heads...), -1)
			var s state
			s.reset(make([]token, n))
			for steps := 0; !s.terminal(); steps++ {
				if steps > 4*n {
					t.Fatal("no progress")
				}
				best, bc := -1, 1<<30
				for tr := 0; tr < nTrans; tr++ {
					if s.legal(tr) {
						if c := s.cost(tr, gold); c < bc {
							best, bc = tr, c
						}
					}
				}
				if bc != 0 {
					t.Fatalf("step %d: minimum cost %d on a projective tree", steps, bc)
				}
				s.apply(best, 0)
			}
			for i, h := range tc.heads {
				if s.head[i+1] != h {
					t.Errorf("word %d: head %d, want %d", i+1, s.head[i+1], h)
				}
			}
		})
	}
}

func TestDecodeGarbage(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
	}{
		{"empty", nil},
		{"text", []byte("hello")},
		{"magic only", []byte(magic)},
		{"magic and junk", append([]byte(magic), 0xff, 0xff, 0xff, 0x01, 0x02)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := decodeBytes(tc.in); err == nil {
				t.Error("want an error")
			}
			var buf bytes.Buffer
			zw := gzip.NewWriter(&buf)
			zw.Write(tc.in)
			zw.Close()
			if _, err := Decode(&buf); err == nil {
				t.Error("want an error")
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(magic + "\x02fr\x00\x00"))
	if data, err := syntaxmodels.FS.ReadFile("en.bin.gz"); err == nil {
		if zr, err := gzip.NewReader(bytes.NewReader(data)); err == nil {
			if raw, err := io.ReadAll(zr); err == nil && len(raw) > 4096 {
				f.Add(raw[:4096])
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := decodeBytes(data)
		if err == nil {
			m.Annotate([]string{"Le", "chat", "dort", "."})
		}
	})
}

func load(t testing.TB, lang string) *Model {
	t.Helper()
	m, err := Load(lang)
	if err != nil {
		t.Fatalf("Load(%s): %v", lang, err)
	}
	return m
}

func TestAnnotate(t *testing.T) {
	tests := []struct {
		lang  string
		words []string
		root  string
		subj  string
	}{
		{"en", []string{"The", "minister", "visited", "the", "border", "town", "yesterday", "."}, "visited", "minister"},
		{"fr", []string{"Le", "ministre", "a", "visité", "la", "ville", "frontalière", "hier", "."}, "visité", "ministre"},
		// News sentences the English model reads as noun phrases, mended
		// after parsing (repairVerblessRoot, repairLeadingAdjRoot).
		{"en", strings.Fields("Azerbaijani troops shelled Armenian positions ."), "shelled", "troops"},
		{"en", strings.Fields("Russia on Monday rejected Ukrainian allegations that its forces had shelled a hospital ."), "rejected", "Russia"},
		{"en", strings.Fields("French President Emmanuel Macron paid tribute on Wednesday to Ukrainian soldiers ."), "paid", "Emmanuel"},
		{"en", strings.Fields("Hezbollah fired rockets at northern Israel ."), "fired", "Hezbollah"},
		{"en", strings.Fields("Jordanian intelligence shared information with Israel about planned attacks ."), "shared", "intelligence"},
	}
	for _, tc := range tests {
		t.Run(tc.lang+" "+tc.root, func(t *testing.T) {
			ann := load(t, tc.lang).Annotate(tc.words)
			if len(ann) != len(tc.words) {
				t.Fatalf("got %d words", len(ann))
			}
			root := -1
			for i, a := range ann {
				if a.Head == 0 {
					if root >= 0 {
						t.Errorf("two roots: %+v", ann)
					}
					root = i
				}
				if a.Head < 0 || a.Head > len(ann) {
					t.Errorf("word %d: head %d out of range", i+1, a.Head)
				}
			}
			if root < 0 || ann[root].Form != tc.root {
				t.Fatalf("root %d in %+v", root, ann)
			}
			found := false
			for _, a := range ann {
				if a.Form == tc.subj && a.Deprel == "nsubj" && a.Head == root+1 {
					found = true
				}
			}
			if !found {
				t.Errorf("no nsubj %q of the root: %+v", tc.subj, ann)
			}
		})
	}
}

func TestRepairPossessiveSubject(t *testing.T) {
	// "Chancellor Scholz 's visit was dominated": two subjects, the first
	// the possessor of the second.
	out := []Annotated{
		{Form: "Chancellor", UPOS: "PROPN", Head: 6, Deprel: "nsubj:pass"},
		{Form: "Scholz", UPOS: "PROPN", Head: 1, Deprel: "flat"},
		{Form: "'s", UPOS: "PART", Head: 2, Deprel: "case"},
		{Form: "visit", UPOS: "NOUN", Head: 6, Deprel: "nsubj:pass"},
		{Form: "was", UPOS: "AUX", Head: 6, Deprel: "aux:pass"},
		{Form: "dominated", UPOS: "VERB", Head: 0, Deprel: "root"},
	}
	repairPossessiveSubject(out)
	if out[0].Head != 4 || out[0].Deprel != "nmod:poss" || out[3].Head != 6 || out[3].Deprel != "nsubj:pass" {
		t.Errorf("got %+v", out)
	}
	// Two subjects without a possessive between them stay as they are.
	out = []Annotated{
		{Form: "Egypt", UPOS: "PROPN", Head: 3, Deprel: "nsubj"},
		{Form: "Qatar", UPOS: "PROPN", Head: 3, Deprel: "nsubj"},
		{Form: "met", UPOS: "VERB", Head: 0, Deprel: "root"},
	}
	repairPossessiveSubject(out)
	if out[0].Deprel != "nsubj" || out[1].Deprel != "nsubj" {
		t.Errorf("got %+v", out)
	}
}

func TestNominalVerbs(t *testing.T) {
	// "Scholz 's visit was dominated by trade": visit tagged VERB, parsed
	// as the subject.
	out := []Annotated{
		{Form: "Scholz", UPOS: "PROPN", Head: 3, Deprel: "nmod:poss"},
		{Form: "'s", UPOS: "PART", Head: 1, Deprel: "case"},
		{Form: "visit", UPOS: "VERB", Feats: "Mood=Ind|VerbForm=Fin", Head: 5, Deprel: "nsubj:pass"},
		{Form: "was", UPOS: "AUX", Head: 5, Deprel: "aux:pass"},
		{Form: "dominated", UPOS: "VERB", Feats: "Tense=Past|VerbForm=Part", Head: 0, Deprel: "root"},
		{Form: "talks", UPOS: "VERB", Head: 5, Deprel: "obl"},
		{Form: "ending", UPOS: "VERB", Feats: "VerbForm=Ger", Head: 5, Deprel: "obl"},
		{Form: "talks", UPOS: "NOUN", Head: 6, Deprel: "nsubj"},
	}
	nominalVerbs(out)
	var got []string
	for _, a := range out {
		got = append(got, a.UPOS)
	}
	// "talks" with a subject of its own is a verb; the gerund stays.
	if want := "PROPN PART NOUN AUX VERB VERB VERB NOUN"; strings.Join(got, " ") != want {
		t.Errorf("got %v, want %s", got, want)
	}
}

func TestAnnotateEdgeCases(t *testing.T) {
	m := load(t, "fr")
	for _, words := range [][]string{nil, {""}, {"\x00\xff"}, {".", ".", "."}} {
		ann := m.Annotate(words)
		if len(ann) != len(words) {
			t.Errorf("%q: got %d words", words, len(ann))
		}
	}
}

// Floors sit just under the scores measured on the test sets (see
// EXPERIMENTS.md), with gold tokens and from raw text, where the scores
// also carry the segmenter's errors (0: not checked); raise them when the
// models improve. One evaluation gives both.
var floors = []struct {
	lang, treebank, file string
	upos, las            float64 // gold tokens
	rawUPOS, rawLAS      float64
}{
	{"fr", "fr-sequoia", "data/ud/fr-sequoia/fr_sequoia-ud-test.conllu", 98.3, 87.4, 98.0, 86.4},
	{"fr", "fr-gsd", "data/ud/fr-gsd/fr_gsd-ud-test.conllu", 96.6, 82.7, 96.2, 82.0},
	{"fr", "fr-pud", "data/ud/fr-pud/fr_pud-ud-test.conllu", 96.2, 83.9, 95.9, 83.4},
	{"en", "en-ewt", "data/ud/en-ewt/en_ewt-ud-test.conllu", 95.8, 84.0, 95.1, 82.0},
	{"en", "en-pud", "data/ud/en-pud/en_pud-ud-test.conllu", 95.9, 80.8, 95.8, 80.8},
}

func TestModelFloors(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	for _, f := range floors {
		t.Run(f.treebank, func(t *testing.T) {
			p := testshared.Path(t, f.file)
			rep, err := Evaluate(load(t, f.lang), p, segmenter)
			if err != nil {
				t.Fatal(err)
			}
			g, r := rep.Gold, rep.Raw
			t.Logf("%s: UPOS %.2f UFeats %.2f Lemma %.2f UAS %.2f LAS %.2f", f.treebank, g.UPOS, g.UFeats, g.Lemma, g.UAS, g.LAS)
			t.Logf("%s raw: Tokens %.2f Sentences %.2f Words %.2f UPOS %.2f UFeats %.2f Lemma %.2f UAS %.2f LAS %.2f",
				f.treebank, r.Tokens, r.Sentences, r.Words, r.UPOS, r.UFeats, r.Lemma, r.UAS, r.LAS)
			if g.UPOS < f.upos || g.LAS < f.las {
				t.Errorf("gold tokens: UPOS %.2f LAS %.2f under the floors %.2f %.2f", g.UPOS, g.LAS, f.upos, f.las)
			}
			if r.UPOS < f.rawUPOS || r.LAS < f.rawLAS {
				t.Errorf("raw text: UPOS %.2f LAS %.2f under the floors %.2f %.2f", r.UPOS, r.LAS, f.rawUPOS, f.rawLAS)
			}
		})
	}
}

func segmenter(text, lang string) [][]SegToken {
	var out [][]SegToken
	for _, s := range segment.Segment(text, lang) {
		toks := make([]SegToken, 0, len(s.Tokens))
		for _, t := range s.Tokens {
			st := SegToken{Text: t.Text}
			for _, w := range t.Words {
				st.Words = append(st.Words, w.Form)
			}
			toks = append(toks, st)
		}
		out = append(out, toks)
	}
	return out
}

func benchSentences(b *testing.B, file string) ([][]string, int) {
	p := testshared.Path(b, file)
	ss, err := conllu.ReadFile(p)
	if err != nil {
		b.Fatal(err)
	}
	var out [][]string
	n := 0
	for _, s := range ss {
		out = append(out, wordsOf(s))
		n += len(s.Words)
	}
	return out, n
}

func benchAnnotate(b *testing.B, lang, file string) {
	benchAnnotateModel(b, load(b, lang), file)
}

func benchAnnotateModel(b *testing.B, m *Model, file string) {
	sents, n := benchSentences(b, file)
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		for _, s := range sents {
			m.Annotate(s)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	if cpu := cpuTime() - cpu0; cpu > 0 {
		// with GOMAXPROCS=1 this is the throughput of one core, even on a busy machine
		b.ReportMetric(float64(n)*float64(b.N)/cpu.Seconds(), "tokens/cpu-s")
	}
}

func BenchmarkAnnotateFR(b *testing.B) {
	benchAnnotate(b, "fr", filepath.Join("data/ud/fr-sequoia", "fr_sequoia-ud-dev.conllu"))
}

func BenchmarkAnnotateEN(b *testing.B) {
	benchAnnotate(b, "en", filepath.Join("data/ud/en-ewt", "en_ewt-ud-dev.conllu"))
}

func benchLoad(b *testing.B, lang string) {
	data, err := syntaxmodels.FS.ReadFile(lang + ".bin.gz")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		if _, err := Decode(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
	}
}

func BenchmarkLoadFR(b *testing.B) { benchLoad(b, "fr") }
func BenchmarkLoadEN(b *testing.B) { benchLoad(b, "en") }

func FuzzAnnotate(f *testing.F) {
	f.Add("Le ministre a visité la ville .")
	f.Add("The minister visited Paris .")
	f.Add("\xff \x00 ... 42")
	f.Add("soooo prettty , i recieved it Recieved")
	f.Add("Haftar s' est pour sa part rendu pour sa part au Caire de son côté")
	f.Add("x pour sa part y")
	f.Add("Xi met with President Ursula von der Leyen and Charles de Gaulle de la Vega von")
	f.Add("Gondor a imposé le 14 décembre 2020 des sanctions lundi 22 février à Minas son homologue")
	f.Add("The Gondor , which rejects talks , imposed sanctions on Rohan on Monday , state media reported")
	fr, err := Load("fr")
	if err != nil {
		f.Skip(err)
	}
	en, err := Load("en")
	if err != nil {
		f.Skip(err)
	}
	fr3, en3 := fr.WithBeam(3), en.WithBeam(3)
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Split(s, " ")
		for _, m := range []*Model{fr, en, fr3, en3} {
			checkTree(t, m.Annotate(words))
		}
	})
}

// The tables' in-memory layout must keep every weight: re-encoding a
// decoded embedded model gives back its bytes, and scores equal a plain
// sum over the buckets' entries.
func TestTableLayout(t *testing.T) {
	for _, lang := range []string{"fr", "en"} {
		data, err := syntaxmodels.FS.ReadFile(lang + ".bin.gz")
		if err != nil {
			t.Fatal(err)
		}
		raw := gunzip(t, data)
		m, err := decodeBytes(raw)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := m.Encode(&buf); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(gunzip(t, buf.Bytes()), raw) {
			t.Errorf("%s: re-encoded model differs", lang)
		}
		r := rand.New(rand.NewPCG(3, 4))
		for _, s := range []scorer{m.tagger, m.tagger2, m.morphW, m.parser.trans} {
			tb, ok := s.(*table)
			if !ok || tb.nnz() == 0 {
				continue // no second tagger
			}
			off, cls, val := tb.sparse()
			mask := uint64(1)<<tb.bits - 1
			for i := 0; i < 200; i++ {
				fs := make([]uint64, 1+r.IntN(300))
				want := make([]int32, tb.classes)
				for j := range fs {
					fs[j] = r.Uint64()
					if j%2 == 1 { // a non-empty bucket
						for off[fs[j]&mask] == off[fs[j]&mask+1] {
							fs[j] = r.Uint64()
						}
					}
					b := fs[j] & mask
					for e := off[b]; e < off[b+1]; e++ {
						want[cls[e]] += int32(val[e])
					}
				}
				got := make([]float32, tb.classes)
				tb.score(fs, got)
				for c := range got {
					if got[c] != float32(want[c]) {
						t.Fatalf("%s: class %d: score %v, want %d", lang, c, got[c], want[c])
					}
				}
			}
		}
	}
}

// readTable must reject runs it cannot lay out: repeated buckets, empty
// runs and runs longer than the class count.
func TestReadTableCorrupt(t *testing.T) {
	table := func(gaps, runs []byte) []byte {
		b := []byte{4, 5, 0, 0, 0x80, 0x3f} // 16 buckets, 5 classes, scale 1
		nnz := 0
		for _, k := range runs {
			nnz += int(k)
		}
		b = append(b, byte(nnz), byte(len(gaps)))
		b = append(b, gaps...)
		b = append(b, runs...)
		b = append(b, make([]byte, 3*nnz)...) // classes 0, weights 0
		return b
	}
	if _, err := readTable(&reader{b: table([]byte{1, 2}, []byte{2, 1})}); err != nil {
		t.Fatalf("valid table: %v", err)
	}
	for name, b := range map[string][]byte{
		"repeated bucket": table([]byte{1, 0}, []byte{2, 1}),
		"past the end":    table([]byte{1, 16}, []byte{2, 1}),
		"empty run":       table([]byte{1, 2}, []byte{0, 1}),
		"long run":        table([]byte{1, 2}, []byte{6, 1}),
	} {
		if _, err := readTable(&reader{b: b}); err == nil {
			t.Errorf("%s: want an error", name)
		}
	}
}

func gunzip(t *testing.T, data []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// The subject a past-tense verb read as an adjective keeps ("Jordanian
// intelligence shared information": "intelligence" nsubj of "shared",
// "shared" amod of the root "information") makes the verb the root.
func TestRepairSubjectOnTheVerb(t *testing.T) {
	out := []Annotated{
		{Form: "Jordanian", UPOS: "ADJ", Head: 2, Deprel: "amod"},
		{Form: "intelligence", UPOS: "NOUN", Head: 3, Deprel: "nsubj"},
		{Form: "shared", UPOS: "VERB", Feats: "Tense=Past|VerbForm=Part", Head: 4, Deprel: "amod"},
		{Form: "information", UPOS: "NOUN", Head: 0, Deprel: "root"},
		{Form: "with", UPOS: "ADP", Head: 6, Deprel: "case"},
		{Form: "Israel", UPOS: "PROPN", Head: 4, Deprel: "nmod"},
		{Form: ".", UPOS: "PUNCT", Head: 4, Deprel: "punct"},
	}
	repairVerblessRoot(out)
	checkArcs(t, out, []arc{{2, "amod"}, {3, "nsubj"}, {0, "root"}, {3, "obj"}, {6, "case"}, {4, "nmod"}, {3, "punct"}})
}

// TestRepairModalAdjective: a verb read as an adjective after a modal
// ("will free … prisoners") becomes the verb; a predicate adjective
// ("would be free") does not.
func TestRepairModalAdjective(t *testing.T) {
	out := []Annotated{
		{Form: "Eriador", UPOS: "PROPN", Head: 3, Deprel: "nsubj"},
		{Form: "will", UPOS: "AUX", Head: 3, Deprel: "aux"},
		{Form: "free", UPOS: "ADJ", Head: 6, Deprel: "amod"},
		{Form: "200", UPOS: "NUM", Head: 6, Deprel: "nummod"},
		{Form: "Gondorian", UPOS: "ADJ", Head: 6, Deprel: "amod"},
		{Form: "prisoners", UPOS: "NOUN", Head: 0, Deprel: "root"},
		{Form: ".", UPOS: "PUNCT", Head: 6, Deprel: "punct"},
	}
	repairModalAdjective(out)
	checkArcs(t, out, []arc{{3, "nsubj"}, {3, "aux"}, {0, "root"}, {6, "nummod"}, {6, "amod"}, {3, "obj"}, {3, "punct"}})
	if out[2].UPOS != "VERB" || out[2].Lemma != "free" {
		t.Errorf("free: %s %q", out[2].UPOS, out[2].Lemma)
	}
	pred := []Annotated{
		{Form: "elections", UPOS: "NOUN", Head: 4, Deprel: "nsubj"},
		{Form: "would", UPOS: "AUX", Head: 4, Deprel: "aux"},
		{Form: "be", UPOS: "AUX", Head: 4, Deprel: "cop"},
		{Form: "free", UPOS: "ADJ", Head: 0, Deprel: "root"},
	}
	repairModalAdjective(pred)
	if pred[3].UPOS != "ADJ" || pred[3].Deprel != "root" {
		t.Errorf("predicate free: %+v", pred[3])
	}
}

// arc is a word's head and relation, for the repair tests.
type arc struct {
	head int
	rel  string
}

func checkArcs(t *testing.T, out []Annotated, want []arc) {
	t.Helper()
	for i, w := range want {
		if out[i].Head != w.head || out[i].Deprel != w.rel {
			t.Errorf("%s: %d %s, want %d %s", out[i].Form, out[i].Head, out[i].Deprel, w.head, w.rel)
		}
	}
}

// TestRepairFiniteModifier: a finite verb hung on its object as amod, its
// subject as compound, becomes the clause's verb.
func TestRepairFiniteModifier(t *testing.T) {
	out := []Annotated{
		{Form: "Eriador", UPOS: "PROPN", Head: 3, Deprel: "compound"},
		{Form: "fired", UPOS: "VERB", Feats: "Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Pass", Head: 3, Deprel: "amod"},
		{Form: "rockets", UPOS: "NOUN", Head: 9, Deprel: "ccomp"},
		{Form: "at", UPOS: "ADP", Head: 5, Deprel: "case"},
		{Form: "Gondor", UPOS: "PROPN", Head: 3, Deprel: "nmod"},
		{Form: ",", UPOS: "PUNCT", Head: 3, Deprel: "punct"},
		{Form: "the", UPOS: "DET", Head: 8, Deprel: "det"},
		{Form: "army", UPOS: "NOUN", Head: 9, Deprel: "nsubj"},
		{Form: "said", UPOS: "VERB", Head: 0, Deprel: "root"},
	}
	repairFiniteModifier(out)
	checkArcs(t, out, []arc{{2, "nsubj"}, {9, "ccomp"}, {2, "obj"}, {5, "case"}, {2, "obl"}, {2, "punct"}, {8, "det"}, {9, "nsubj"}, {0, "root"}})
	// "the fired employees": no finite verb, no repair.
	np := []Annotated{
		{Form: "the", UPOS: "DET", Head: 3, Deprel: "det"},
		{Form: "fired", UPOS: "VERB", Feats: "Tense=Past|VerbForm=Part", Head: 3, Deprel: "amod"},
		{Form: "employees", UPOS: "NOUN", Head: 0, Deprel: "root"},
	}
	repairFiniteModifier(np)
	checkArcs(t, np, []arc{{3, "det"}, {3, "amod"}, {0, "root"}})
}

// TestIncise: "pour sa part" inside a clause is read apart and hung on
// the verb.
func TestIncise(t *testing.T) {
	if got := incise(strings.Fields("Haftar s' est pour sa part rendu au Caire .")); got != 3 {
		t.Errorf("incise = %d, want 3", got)
	}
	if got := incise(strings.Fields("Pour sa part , Haftar s' est rendu au Caire .")); got != -1 {
		t.Errorf("sentence-initial incise = %d, want -1", got)
	}
	words := strings.Fields("Gondor a pour sa part reçu Arnor")
	a := []Annotated{
		{Form: "Gondor", UPOS: "PROPN", Head: 3, Deprel: "nsubj"},
		{Form: "a", UPOS: "AUX", Head: 3, Deprel: "aux:tense"},
		{Form: "reçu", UPOS: "VERB", Head: 0, Deprel: "root"},
		{Form: "Arnor", UPOS: "PROPN", Head: 3, Deprel: "obj"},
	}
	out := reinsertIncise(a, words, 2)
	checkArcs(t, out, []arc{{6, "nsubj"}, {6, "aux:tense"}, {5, "case"}, {5, "det"}, {6, "obl:mod"}, {0, "root"}, {6, "obj"}})
}

// TestVerbLemmaKnown: a verb WordNet knows as written keeps its form as
// lemma when the edit scripts made an unknown word of it ("halt", not
// "hal").
func TestVerbLemmaKnown(t *testing.T) {
	got := load(t, "en").Annotate(strings.Fields("They urged Gondor to halt its offensive ."))
	if got[4].Lemma != "halt" {
		t.Errorf("lemma of halt = %q", got[4].Lemma)
	}
}

// TestNameParticles: the particles of "Ursula von der Leyen" are read
// apart and hung on the name; "Rio de Janeiro" keeps its "de" when the
// tagger read it as a name's word, and lower-case words around a particle
// make it none.
func TestNameParticles(t *testing.T) {
	keep := nameParticles(strings.Fields("Eriador met Ursula von der Leyen and Charles de Gaulle ."))
	want := []bool{true, true, true, false, false, true, true, true, false, true, true}
	if !slices.Equal(keep, want) {
		t.Errorf("nameParticles = %v, want %v", keep, want)
	}
	if keep := nameParticles(strings.Fields("the price of von Trapp")); keep != nil {
		t.Errorf("no capitalised word before: %v, want nil", keep)
	}
	words := strings.Fields("Gondor met Ursula von der Leyen")
	a := []Annotated{
		{Form: "Gondor", UPOS: "PROPN", Head: 2, Deprel: "nsubj"},
		{Form: "met", UPOS: "VERB", Head: 0, Deprel: "root"},
		{Form: "Ursula", UPOS: "PROPN", Head: 2, Deprel: "obj"},
		{Form: "Leyen", UPOS: "PROPN", Head: 3, Deprel: "flat"},
	}
	out := reinsertParticles(a, words, []bool{true, true, true, false, false, true})
	checkArcs(t, out, []arc{{2, "nsubj"}, {0, "root"}, {2, "obj"}, {3, "flat"}, {3, "flat"}, {3, "flat"}})
	got := load(t, "en").Annotate(strings.Fields("Xi met with European Commission President Ursula von der Leyen in Beijing ."))
	if got[6].Head != 2 || !strings.HasPrefix(got[6].Deprel, "obl") {
		t.Errorf("Ursula: head %d %s, want an oblique of met", got[6].Head, got[6].Deprel)
	}
	for _, i := range []int{7, 8, 9} {
		if got[i].Head != 7 || got[i].Deprel != "flat" {
			t.Errorf("%s: head %d %s, want flat of Ursula", got[i].Form, got[i].Head, got[i].Deprel)
		}
	}
}

// TestRepairs checks the parse repairs of Annotate on hand-made parses:
// each mends the parse it is for and leaves the look-alike alone.
func TestRepairs(t *testing.T) {
	tests := []struct {
		name   string
		repair func([]Annotated)
		in     []Annotated
		want   []arc
		verb   int    // a word (1-based) the repair makes a verb, 0 for none
		lemma  string // its lemma
	}{
		{`"fired tear gas, stun grenades and rubber bullets at protesters" (stun read as a verb)`, repairListVerb, []Annotated{
			{Form: "police", UPOS: "NOUN", Head: 2, Deprel: "nsubj"},
			{Form: "fired", UPOS: "VERB", Feats: "Mood=Ind|Tense=Past|VerbForm=Fin", Head: 0, Deprel: "root"},
			{Form: "gas", UPOS: "NOUN", Head: 2, Deprel: "obj"},
			{Form: ",", UPOS: "PUNCT", Head: 5, Deprel: "punct"},
			{Form: "stun", UPOS: "VERB", Feats: "VerbForm=Fin", Head: 2, Deprel: "conj"},
			{Form: "grenades", UPOS: "NOUN", Head: 9, Deprel: "compound"},
			{Form: "and", UPOS: "CCONJ", Head: 9, Deprel: "cc"},
			{Form: "rubber", UPOS: "NOUN", Head: 9, Deprel: "compound"},
			{Form: "bullets", UPOS: "NOUN", Head: 5, Deprel: "obj"},
			{Form: "at", UPOS: "ADP", Head: 11, Deprel: "case"},
			{Form: "protesters", UPOS: "NOUN", Head: 5, Deprel: "obl"},
		}, []arc{{2, "nsubj"}, {0, "root"}, {2, "obj"}, {6, "punct"}, {6, "compound"}, {3, "conj"}, {9, "cc"}, {9, "compound"}, {3, "conj"}, {11, "case"}, {2, "obl"}}, 0, ""},
		{`"the ELN group agreed in Havana on a ceasefire" (no object, no other verb)`, repairNounRootParticiple, []Annotated{
			{Form: "government", UPOS: "NOUN", Head: 0, Deprel: "root"},
			{Form: "and", UPOS: "CCONJ", Head: 3, Deprel: "cc"},
			{Form: "group", UPOS: "NOUN", Head: 1, Deprel: "conj"},
			{Form: "agreed", UPOS: "VERB", Feats: "Tense=Past|VerbForm=Part", Head: 3, Deprel: "acl"},
			{Form: "on", UPOS: "ADP", Head: 6, Deprel: "case"},
			{Form: "ceasefire", UPOS: "NOUN", Head: 3, Deprel: "nmod"},
		}, []arc{{4, "nsubj"}, {3, "cc"}, {1, "conj"}, {0, "root"}, {6, "case"}, {4, "obl"}}, 0, ""},
		{`"ordered the ambassador to leave the country and demanded" (a past conjunct of the infinitive)`, repairFiniteConjOfInfinitive, []Annotated{
			{Form: "junta", UPOS: "NOUN", Head: 2, Deprel: "nsubj"},
			{Form: "ordered", UPOS: "VERB", Feats: "Mood=Ind|Tense=Past|VerbForm=Fin", Head: 0, Deprel: "root"},
			{Form: "ambassador", UPOS: "NOUN", Head: 2, Deprel: "obj"},
			{Form: "to", UPOS: "PART", Head: 5, Deprel: "mark"},
			{Form: "leave", UPOS: "VERB", Feats: "VerbForm=Inf", Head: 2, Deprel: "xcomp"},
			{Form: "and", UPOS: "CCONJ", Head: 7, Deprel: "cc"},
			{Form: "demanded", UPOS: "VERB", Feats: "Mood=Ind|Tense=Past|VerbForm=Fin", Head: 5, Deprel: "conj"},
		}, []arc{{2, "nsubj"}, {0, "root"}, {2, "obj"}, {5, "mark"}, {2, "xcomp"}, {7, "cc"}, {2, "conj"}}, 0, ""},
		{`"recalled its ambassador after Spanish Prime Minister Pedro Sanchez backed" (the name's head after "after")`, repairSubordinatorAsPreposition, []Annotated{
			{Form: "Algeria", UPOS: "PROPN", Head: 2, Deprel: "nsubj"},
			{Form: "recalled", UPOS: "VERB", Feats: "Mood=Ind|Tense=Past|VerbForm=Fin", Head: 0, Deprel: "root"},
			{Form: "after", UPOS: "ADP", Head: 5, Deprel: "case"},
			{Form: "Minister", UPOS: "PROPN", Head: 5, Deprel: "nmod:desc"},
			{Form: "Pedro", UPOS: "PROPN", Head: 2, Deprel: "obl"},
			{Form: "Sanchez", UPOS: "PROPN", Head: 5, Deprel: "flat"},
			{Form: "backed", UPOS: "VERB", Feats: "Mood=Ind|Tense=Past|VerbForm=Fin", Head: 2, Deprel: "advcl"},
		}, []arc{{2, "nsubj"}, {0, "root"}, {7, "mark"}, {5, "nmod:desc"}, {7, "nsubj"}, {5, "flat"}, {2, "advcl"}}, 0, ""},
		{`"Hundreds of thousands of Lebanese rallied in Beirut against Syria" (a count as root, the verb under the counted noun)`, repairNounRootParticiple, []Annotated{
			{Form: "Hundreds", UPOS: "NOUN", Head: 0, Deprel: "root"},
			{Form: "of", UPOS: "ADP", Head: 3, Deprel: "case"},
			{Form: "thousands", UPOS: "NOUN", Head: 1, Deprel: "nmod"},
			{Form: "of", UPOS: "ADP", Head: 5, Deprel: "case"},
			{Form: "Lebanese", UPOS: "NOUN", Head: 6, Deprel: "nsubj"},
			{Form: "rallied", UPOS: "VERB", Feats: "Mood=Ind|Tense=Past|VerbForm=Fin", Head: 3, Deprel: "acl"},
			{Form: "in", UPOS: "ADP", Head: 8, Deprel: "case"},
			{Form: "Beirut", UPOS: "PROPN", Head: 6, Deprel: "obl"},
			{Form: "against", UPOS: "ADP", Head: 10, Deprel: "case"},
			{Form: "Syria", UPOS: "PROPN", Head: 1, Deprel: "nmod"},
			{Form: ".", UPOS: "PUNCT", Head: 1, Deprel: "punct"},
		}, []arc{{6, "nsubj"}, {3, "case"}, {1, "nmod"}, {5, "case"}, {3, "nmod"}, {0, "root"}, {8, "case"}, {6, "obl"}, {10, "case"}, {6, "obl"}, {6, "punct"}}, 0, ""},
		{`"Thousands of people killed in the war were buried" (another finite verb: no repair)`, repairNounRootParticiple, []Annotated{
			{Form: "Thousands", UPOS: "NOUN", Head: 0, Deprel: "root"},
			{Form: "of", UPOS: "ADP", Head: 3, Deprel: "case"},
			{Form: "people", UPOS: "NOUN", Head: 1, Deprel: "nmod"},
			{Form: "killed", UPOS: "VERB", Feats: "Tense=Past|VerbForm=Part", Head: 3, Deprel: "acl"},
			{Form: "were", UPOS: "AUX", Feats: "Mood=Ind|Tense=Past|VerbForm=Fin", Head: 6, Deprel: "aux:pass"},
			{Form: "buried", UPOS: "VERB", Feats: "Tense=Past|VerbForm=Part", Head: 1, Deprel: "acl"},
		}, []arc{{0, "root"}, {3, "case"}, {1, "nmod"}, {3, "acl"}, {6, "aux:pass"}, {1, "acl"}}, 0, ""},
		{`"The United States, Germany and other donors suspended funding" (the verb a participle of the list's last noun)`, repairNounRootParticiple, []Annotated{
			{Form: "States", UPOS: "PROPN", Head: 0, Deprel: "root"},
			{Form: ",", UPOS: "PUNCT", Head: 3, Deprel: "punct"},
			{Form: "Germany", UPOS: "PROPN", Head: 1, Deprel: "appos"},
			{Form: "and", UPOS: "CCONJ", Head: 5, Deprel: "cc"},
			{Form: "donors", UPOS: "NOUN", Head: 3, Deprel: "conj"},
			{Form: "suspended", UPOS: "VERB", Feats: "Tense=Past|VerbForm=Part", Head: 5, Deprel: "acl"},
			{Form: "funding", UPOS: "NOUN", Head: 6, Deprel: "obj"},
			{Form: ".", UPOS: "PUNCT", Head: 1, Deprel: "punct"},
		}, []arc{{6, "nsubj"}, {3, "punct"}, {1, "appos"}, {5, "cc"}, {3, "conj"}, {0, "root"}, {6, "obj"}, {6, "punct"}}, 0, ""},
		{`"une attaque sans précédent contre le sud" ("contre" on the adjective)`, repairAgainstOnAdjective, []Annotated{
			{Form: "attaque", UPOS: "NOUN", Head: 0, Deprel: "root"},
			{Form: "sans", UPOS: "ADP", Head: 3, Deprel: "case"},
			{Form: "précédent", UPOS: "ADJ", Head: 1, Deprel: "amod"},
			{Form: "contre", UPOS: "ADP", Head: 5, Deprel: "case"},
			{Form: "sud", UPOS: "NOUN", Head: 3, Deprel: "obl:mod"},
		}, []arc{{0, "root"}, {3, "case"}, {1, "amod"}, {5, "case"}, {1, "nmod"}}, 0, ""},
		{`"a mené sur la bande de Gaza des frappes" (the object on the name)`, repairPartitiveOnName, []Annotated{
			{Form: "mené", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: "sur", UPOS: "ADP", Head: 3, Deprel: "case"},
			{Form: "bande", UPOS: "NOUN", Head: 1, Deprel: "obl:mod"},
			{Form: "de", UPOS: "ADP", Head: 5, Deprel: "case"},
			{Form: "Gaza", UPOS: "PROPN", Head: 3, Deprel: "nmod"},
			{Form: "de", UPOS: "ADP", Head: 8, Deprel: "case"},
			{Form: "les", UPOS: "DET", Head: 8, Deprel: "det"},
			{Form: "frappes", UPOS: "NOUN", Head: 5, Deprel: "nmod"},
		}, []arc{{0, "root"}, {3, "case"}, {1, "obl:mod"}, {5, "case"}, {3, "nmod"}, {8, "det"}, {8, "det"}, {1, "obj"}}, 0, ""},
		{`"le président de la France des Lumières" (a name's own complement: no object to give)`, repairPartitiveOnName, []Annotated{
			{Form: "a", UPOS: "AUX", Head: 2, Deprel: "aux"},
			{Form: "salué", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: "président", UPOS: "NOUN", Head: 2, Deprel: "obj"},
			{Form: "de", UPOS: "ADP", Head: 5, Deprel: "case"},
			{Form: "France", UPOS: "PROPN", Head: 3, Deprel: "nmod"},
			{Form: "de", UPOS: "ADP", Head: 8, Deprel: "case"},
			{Form: "les", UPOS: "DET", Head: 8, Deprel: "det"},
			{Form: "Lumières", UPOS: "NOUN", Head: 5, Deprel: "nmod"},
		}, []arc{{2, "aux"}, {0, "root"}, {2, "obj"}, {5, "case"}, {3, "nmod"}, {8, "case"}, {8, "det"}, {5, "nmod"}}, 0, ""},
		{`"tuant au moins 121 personnes" (the counted object read as an oblique)`, repairAtLeastObject, []Annotated{
			{Form: "tuant", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: "à", UPOS: "ADP", Head: 5, Deprel: "advmod"},
			{Form: "le", UPOS: "DET", Head: 2, Deprel: "fixed"},
			{Form: "moins", UPOS: "ADV", Head: 2, Deprel: "fixed"},
			{Form: "personnes", UPOS: "NOUN", Head: 1, Deprel: "obl:arg"},
		}, []arc{{0, "root"}, {5, "advmod"}, {2, "fixed"}, {2, "fixed"}, {1, "obj"}}, 0, ""},
		{`"condamné le 25 décembre 2009 à onze ans" (the year read as the count)`, repairYearCount, []Annotated{
			{Form: "condamné", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: "décembre", UPOS: "NOUN", Head: 1, Deprel: "obl:mod"},
			{Form: "2009", UPOS: "NUM", Head: 6, Deprel: "nummod"},
			{Form: "à", UPOS: "ADP", Head: 5, Deprel: "case"},
			{Form: "onze", UPOS: "NUM", Head: 3, Deprel: "nmod"},
			{Form: "ans", UPOS: "NOUN", Head: 1, Deprel: "obj"},
		}, []arc{{0, "root"}, {1, "obl:mod"}, {2, "nmod"}, {6, "case"}, {6, "nummod"}, {1, "obl:arg"}}, 0, ""},
		{`"a relâché le 24 novembre 2023 vingt-quatre otages" (the count on the year)`, repairDateCount, []Annotated{
			{Form: "relâché", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: "24", UPOS: "NUM", Head: 1, Deprel: "obl:mod"},
			{Form: "novembre", UPOS: "NOUN", Head: 2, Deprel: "nmod"},
			{Form: "2023", UPOS: "NUM", Head: 3, Deprel: "nmod"},
			{Form: "vingt-quatre", UPOS: "NUM", Head: 4, Deprel: "nmod"},
			{Form: "otages", UPOS: "NOUN", Head: 1, Deprel: "xcomp"},
		}, []arc{{0, "root"}, {1, "obl:mod"}, {2, "nmod"}, {3, "nmod"}, {6, "nummod"}, {1, "obj"}}, 0, ""},
		{`"a libéré le 24 novembre 2023 24 otages" (a verb with an object keeps it)`, repairDateCount, []Annotated{
			{Form: "libéré", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: "novembre", UPOS: "NOUN", Head: 1, Deprel: "obl:mod"},
			{Form: "2023", UPOS: "NUM", Head: 2, Deprel: "nmod"},
			{Form: "vingt", UPOS: "NUM", Head: 3, Deprel: "nmod"},
			{Form: "otages", UPOS: "NOUN", Head: 1, Deprel: "xcomp"},
			{Form: "Hamas", UPOS: "PROPN", Head: 1, Deprel: "obj"},
		}, []arc{{0, "root"}, {1, "obl:mod"}, {2, "nmod"}, {3, "nmod"}, {1, "xcomp"}, {1, "obj"}}, 0, ""},
		{`"a condamné X à deux ans, et Y a exigé" (the object read as a subject of the next clause)`, repairClauseSubjects, []Annotated{
			{Form: "tribunal", UPOS: "NOUN", Head: 3, Deprel: "nsubj"},
			{Form: "a", UPOS: "AUX", Head: 3, Deprel: "aux:tense"},
			{Form: "condamné", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: "l'", UPOS: "DET", Head: 5, Deprel: "det"},
			{Form: "opposant", UPOS: "NOUN", Head: 13, Deprel: "nsubj"},
			{Form: "à", UPOS: "ADP", Head: 7, Deprel: "case"},
			{Form: "ans", UPOS: "NOUN", Head: 5, Deprel: "nmod"},
			{Form: ",", UPOS: "PUNCT", Head: 13, Deprel: "punct"},
			{Form: "et", UPOS: "CCONJ", Head: 11, Deprel: "cc"},
			{Form: "le", UPOS: "DET", Head: 11, Deprel: "det"},
			{Form: "ministre", UPOS: "NOUN", Head: 5, Deprel: "conj"},
			{Form: "a", UPOS: "AUX", Head: 13, Deprel: "aux:tense"},
			{Form: "exigé", UPOS: "VERB", Head: 3, Deprel: "parataxis"},
		}, []arc{{3, "nsubj"}, {3, "aux:tense"}, {0, "root"}, {5, "det"}, {3, "obj"}, {7, "case"}, {5, "nmod"}, {13, "punct"}, {13, "cc"}, {11, "det"}, {13, "nsubj"}, {13, "aux:tense"}, {3, "conj"}}, 0, ""},
		{`"ont signé, sous l'égide de l'Égypte, un accord" (the object read as a conjunct of the phrase)`, repairLateObject, []Annotated{
			{Form: "signé", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: ",", UPOS: "PUNCT", Head: 5, Deprel: "punct"},
			{Form: "sous", UPOS: "ADP", Head: 5, Deprel: "case"},
			{Form: "l'", UPOS: "DET", Head: 5, Deprel: "det"},
			{Form: "égide", Lemma: "égide", UPOS: "NOUN", Head: 1, Deprel: "obl:mod"},
			{Form: "de", UPOS: "ADP", Head: 7, Deprel: "case"},
			{Form: "Égypte", UPOS: "PROPN", Head: 5, Deprel: "nmod"},
			{Form: ",", UPOS: "PUNCT", Head: 10, Deprel: "punct"},
			{Form: "un", UPOS: "DET", Head: 10, Deprel: "det"},
			{Form: "accord", Lemma: "accord", UPOS: "NOUN", Head: 5, Deprel: "conj"},
		}, []arc{{0, "root"}, {5, "punct"}, {5, "case"}, {5, "det"}, {1, "obl:mod"}, {7, "case"}, {5, "nmod"}, {10, "punct"}, {10, "det"}, {1, "obj"}}, 0, ""},
		{`"réside à Bamako, une ville du Mali" (a place in apposition stays)`, repairLateObject, []Annotated{
			{Form: "réside", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: "à", UPOS: "ADP", Head: 3, Deprel: "case"},
			{Form: "Bamako", UPOS: "PROPN", Head: 1, Deprel: "obl:mod"},
			{Form: ",", UPOS: "PUNCT", Head: 6, Deprel: "punct"},
			{Form: "une", UPOS: "DET", Head: 6, Deprel: "det"},
			{Form: "ville", Lemma: "ville", UPOS: "NOUN", Head: 3, Deprel: "appos"},
		}, []arc{{0, "root"}, {3, "case"}, {1, "obl:mod"}, {6, "punct"}, {6, "det"}, {3, "appos"}}, 0, ""},
		{`"a décrété l'état d'urgence, après des nuits où des voitures ont été incendiées" (the object read as a second subject)`, repairClauseSubjects, []Annotated{
			{Form: "décrété", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: "l'", UPOS: "DET", Head: 3, Deprel: "det"},
			{Form: "état", UPOS: "NOUN", Head: 8, Deprel: "nsubj:pass"},
			{Form: ",", UPOS: "PUNCT", Head: 5, Deprel: "punct"},
			{Form: "nuits", UPOS: "NOUN", Head: 8, Deprel: "nsubj:pass"},
			{Form: "ont", UPOS: "AUX", Head: 8, Deprel: "aux:tense"},
			{Form: "été", UPOS: "AUX", Head: 8, Deprel: "aux:pass"},
			{Form: "incendiées", UPOS: "VERB", Head: 1, Deprel: "advcl"},
		}, []arc{{0, "root"}, {3, "det"}, {1, "obj"}, {5, "punct"}, {8, "nsubj:pass"}, {8, "aux:tense"}, {8, "aux:pass"}, {1, "advcl"}}, 0, ""},
		{`"ont réclamé place Tahrir, au Caire, le départ" (the object read as a bare oblique)`, repairBareOblObject, []Annotated{
			{Form: "réclamé", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: "place", UPOS: "NOUN", Head: 1, Deprel: "obl:mod"},
			{Form: ",", UPOS: "PUNCT", Head: 5, Deprel: "punct"},
			{Form: "le", UPOS: "DET", Head: 5, Deprel: "det"},
			{Form: "départ", Lemma: "départ", UPOS: "NOUN", Head: 1, Deprel: "obl:mod"},
		}, []arc{{0, "root"}, {1, "obl:mod"}, {5, "punct"}, {5, "det"}, {1, "obj"}}, 0, ""},
		{`"a démissionné, le lendemain" (a time stays an oblique)`, repairBareOblObject, []Annotated{
			{Form: "démissionné", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: ",", UPOS: "PUNCT", Head: 4, Deprel: "punct"},
			{Form: "le", UPOS: "DET", Head: 4, Deprel: "det"},
			{Form: "lendemain", Lemma: "lendemain", UPOS: "NOUN", Head: 1, Deprel: "obl:mod"},
		}, []arc{{0, "root"}, {4, "punct"}, {4, "det"}, {1, "obl:mod"}}, 0, ""},
		{`"a placé en résidence surveillée le président" (the object under the participle)`, repairObjectUnderParticiple, []Annotated{
			{Form: "placé", Lemma: "placer", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: "en", UPOS: "ADP", Head: 3, Deprel: "case"},
			{Form: "résidence", UPOS: "NOUN", Head: 1, Deprel: "obl:mod"},
			{Form: "surveillée", UPOS: "VERB", Feats: "Tense=Past|VerbForm=Part|Voice=Pass", Head: 3, Deprel: "acl"},
			{Form: "le", UPOS: "DET", Head: 6, Deprel: "det"},
			{Form: "président", UPOS: "NOUN", Head: 4, Deprel: "xcomp"},
			{Form: "15", UPOS: "NUM", Head: 4, Deprel: "obl:mod"},
		}, []arc{{0, "root"}, {3, "case"}, {1, "obl:mod"}, {3, "acl"}, {6, "det"}, {1, "obj"}, {1, "obl:mod"}}, 0, ""},
		{`"a rompu le lendemain ses relations" (the object on "lendemain")`, repairFrenchDate, []Annotated{
			{Form: "rompu", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: "le", UPOS: "DET", Head: 3, Deprel: "det"},
			{Form: "lendemain", UPOS: "NOUN", Head: 1, Deprel: "obj"},
			{Form: "ses", UPOS: "DET", Head: 5, Deprel: "det"},
			{Form: "relations", UPOS: "NOUN", Head: 3, Deprel: "nmod"},
		}, []arc{{0, "root"}, {3, "det"}, {1, "obl:mod"}, {5, "det"}, {1, "obj"}}, 0, ""},
		{`"ont mené dans la nuit du 11 au 12 janvier des frappes" (the object on a night's date)`, repairFrenchDate, []Annotated{
			{Form: "mené", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: "nuit", UPOS: "NOUN", Head: 1, Deprel: "obl:mod"},
			{Form: "de", UPOS: "ADP", Head: 4, Deprel: "case"},
			{Form: "11", UPOS: "NUM", Head: 2, Deprel: "nmod"},
			{Form: "à", UPOS: "ADP", Head: 7, Deprel: "case"},
			{Form: "le", UPOS: "DET", Head: 7, Deprel: "det"},
			{Form: "12", UPOS: "NUM", Head: 4, Deprel: "obl:arg"},
			{Form: "janvier", UPOS: "NOUN", Head: 7, Deprel: "nmod"},
			{Form: "de", UPOS: "ADP", Head: 11, Deprel: "case"},
			{Form: "les", UPOS: "DET", Head: 11, Deprel: "det"},
			{Form: "frappes", UPOS: "NOUN", Head: 8, Deprel: "nmod"},
		}, []arc{{0, "root"}, {1, "obl:mod"}, {4, "case"}, {2, "nmod"}, {7, "case"}, {7, "det"}, {4, "obl:arg"}, {7, "nmod"}, {11, "case"}, {11, "det"}, {1, "obj"}}, 0, ""},
		{`"Le président X, le chancelier Y et le président Z se sont rendus" (the first item cut off)`, repairListSubject, []Annotated{
			{Form: "Le", UPOS: "DET", Head: 2, Deprel: "det"},
			{Form: "président", UPOS: "NOUN", Head: 9, Deprel: "obl:mod"},
			{Form: "Macron", UPOS: "PROPN", Head: 2, Deprel: "nmod"},
			{Form: ",", UPOS: "PUNCT", Head: 2, Deprel: "punct"},
			{Form: "le", UPOS: "DET", Head: 6, Deprel: "det"},
			{Form: "chancelier", UPOS: "NOUN", Head: 9, Deprel: "nsubj"},
			{Form: "et", UPOS: "CCONJ", Head: 8, Deprel: "cc"},
			{Form: "Draghi", UPOS: "PROPN", Head: 6, Deprel: "conj"},
			{Form: "rendus", UPOS: "VERB", Head: 0, Deprel: "root"},
		}, []arc{{2, "det"}, {9, "nsubj"}, {2, "nmod"}, {6, "punct"}, {6, "det"}, {2, "conj"}, {8, "cc"}, {2, "conj"}, {0, "root"}}, 0, ""},
		{`"declared the ambassador persona non grata" (an object of the noun)`, repairObjOfNoun, []Annotated{
			{Form: "declared", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: "ambassador", UPOS: "NOUN", Head: 1, Deprel: "obj"},
			{Form: "Kang", UPOS: "PROPN", Head: 2, Deprel: "obj"},
			{Form: "grata", UPOS: "NOUN", Head: 2, Deprel: "obj"},
		}, []arc{{0, "root"}, {1, "obj"}, {2, "appos"}, {1, "xcomp"}}, 0, ""},
		{`"to return to talks" (talks read as an infinitive)`, repairInfinitiveNoun, []Annotated{
			{Form: "urged", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: "to", UPOS: "PART", Head: 3, Deprel: "mark"},
			{Form: "return", UPOS: "VERB", Lemma: "return", Feats: "VerbForm=Inf", Head: 1, Deprel: "xcomp"},
			{Form: "to", UPOS: "PART", Head: 5, Deprel: "mark"},
			{Form: "talks", UPOS: "VERB", Lemma: "talk", Feats: "VerbForm=Inf", Head: 3, Deprel: "advcl"},
		}, []arc{{0, "root"}, {3, "mark"}, {1, "xcomp"}, {5, "case"}, {3, "obl"}}, 0, ""},
		{`"a extradé Salah Abdeslam vers la France" (the destination hung on the name)`, repairNameNmod, []Annotated{
			{Form: "Bruxelles", UPOS: "PROPN", Head: 3, Deprel: "nsubj"},
			{Form: "a", UPOS: "AUX", Head: 3, Deprel: "aux:tense"},
			{Form: "extradé", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: "Salah", UPOS: "PROPN", Head: 3, Deprel: "obj"},
			{Form: "Abdeslam", UPOS: "PROPN", Head: 4, Deprel: "flat:name"},
			{Form: "vers", UPOS: "ADP", Head: 8, Deprel: "case"},
			{Form: "la", UPOS: "DET", Head: 8, Deprel: "det"},
			{Form: "France", UPOS: "PROPN", Head: 4, Deprel: "nmod"},
		}, []arc{{3, "nsubj"}, {3, "aux:tense"}, {0, "root"}, {3, "obj"}, {4, "flat:name"}, {8, "case"}, {8, "det"}, {3, "obl"}}, 0, ""},
		{`"met Juan Carlos of Spain": "of" stays`, repairNameNmod, []Annotated{
			{Form: "met", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: "Juan", UPOS: "PROPN", Head: 1, Deprel: "obj"},
			{Form: "Carlos", UPOS: "PROPN", Head: 2, Deprel: "flat"},
			{Form: "of", UPOS: "ADP", Head: 5, Deprel: "case"},
			{Form: "Spain", UPOS: "PROPN", Head: 2, Deprel: "nmod"},
		}, []arc{{0, "root"}, {1, "obj"}, {2, "flat"}, {5, "case"}, {2, "nmod"}}, 0, ""},
		{`"said it would free" (free hung on the modal)`, repairModalHeadAdjective, []Annotated{
			{Form: "Eriador", UPOS: "PROPN", Head: 2, Deprel: "nsubj"},
			{Form: "said", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: "it", UPOS: "PRON", Head: 2, Deprel: "obj"},
			{Form: "would", UPOS: "AUX", Head: 2, Deprel: "aux"},
			{Form: "free", UPOS: "ADJ", Head: 4, Deprel: "amod"},
			{Form: "three", UPOS: "NUM", Head: 7, Deprel: "nummod"},
			{Form: "prisoners", UPOS: "NOUN", Head: 5, Deprel: "obl"},
			{Form: ".", UPOS: "PUNCT", Head: 2, Deprel: "punct"},
		}, []arc{{2, "nsubj"}, {0, "root"}, {5, "nsubj"}, {5, "aux"}, {2, "ccomp"}, {7, "nummod"}, {5, "obj"}, {2, "punct"}}, 5, "free"},
		{`"would be free": no adjective on the modal`, repairModalHeadAdjective, []Annotated{
			{Form: "it", UPOS: "PRON", Head: 4, Deprel: "nsubj"},
			{Form: "would", UPOS: "AUX", Head: 4, Deprel: "aux"},
			{Form: "be", UPOS: "AUX", Head: 4, Deprel: "cop"},
			{Form: "free", UPOS: "ADJ", Head: 0, Deprel: "root"},
		}, []arc{{4, "nsubj"}, {4, "aux"}, {4, "cop"}, {0, "root"}}, 0, ""},
		{`two subjects joined by "and"`, repairDoubleSubject, []Annotated{
			{Form: "The", UPOS: "DET", Head: 2, Deprel: "det"},
			{Form: "army", UPOS: "NOUN", Head: 6, Deprel: "nsubj"},
			{Form: "and", UPOS: "CCONJ", Head: 6, Deprel: "cc"},
			{Form: "the", UPOS: "DET", Head: 5, Deprel: "det"},
			{Form: "rebels", UPOS: "NOUN", Head: 6, Deprel: "nsubj"},
			{Form: "met", UPOS: "VERB", Head: 0, Deprel: "root"},
		}, []arc{{2, "det"}, {6, "nsubj"}, {5, "cc"}, {5, "det"}, {2, "conj"}, {0, "root"}}, 0, ""},
		{"one subject", repairDoubleSubject, []Annotated{
			{Form: "army", UPOS: "NOUN", Head: 2, Deprel: "nsubj"},
			{Form: "said", UPOS: "VERB", Head: 0, Deprel: "root"},
		}, []arc{{2, "nsubj"}, {0, "root"}}, 0, ""},
		{`"after Eriador attacked Gondor"`, repairSubordinatorAsPreposition, []Annotated{
			{Form: "Prices", UPOS: "NOUN", Head: 2, Deprel: "nsubj"},
			{Form: "rose", UPOS: "VERB", Feats: "Mood=Ind|Tense=Past|VerbForm=Fin", Head: 0, Deprel: "root"},
			{Form: "after", UPOS: "ADP", Head: 4, Deprel: "case"},
			{Form: "Eriador", UPOS: "PROPN", Head: 2, Deprel: "obl"},
			{Form: "attacked", UPOS: "VERB", Feats: "Mood=Ind|Tense=Past|VerbForm=Fin", Head: 2, Deprel: "advcl"},
			{Form: "Gondor", UPOS: "PROPN", Head: 5, Deprel: "obj"},
		}, []arc{{2, "nsubj"}, {0, "root"}, {5, "mark"}, {5, "nsubj"}, {2, "advcl"}, {5, "obj"}}, 0, ""},
		{`"talks after the war ended"`, repairSubordinatorAsPreposition, []Annotated{
			{Form: "talks", UPOS: "NOUN", Head: 0, Deprel: "root"},
			{Form: "after", UPOS: "SCONJ", Head: 5, Deprel: "mark"},
			{Form: "the", UPOS: "DET", Head: 4, Deprel: "det"},
			{Form: "war", UPOS: "NOUN", Head: 5, Deprel: "nsubj"},
			{Form: "ended", UPOS: "VERB", Feats: "Mood=Ind|Tense=Past|VerbForm=Fin", Head: 1, Deprel: "acl"},
		}, []arc{{0, "root"}, {5, "mark"}, {4, "det"}, {5, "nsubj"}, {1, "acl"}}, 0, ""},
		{`"a dénoncé X et appelé Y"`, repairParticipleConj, []Annotated{
			{Form: "Gondor", UPOS: "PROPN", Head: 3, Deprel: "nsubj"},
			{Form: "a", UPOS: "AUX", Head: 3, Deprel: "aux:tense"},
			{Form: "dénoncé", UPOS: "VERB", Feats: "Tense=Past|VerbForm=Part", Head: 0, Deprel: "root"},
			{Form: "allégations", UPOS: "NOUN", Head: 3, Deprel: "obj"},
			{Form: "et", UPOS: "CCONJ", Head: 6, Deprel: "cc"},
			{Form: "appelé", UPOS: "VERB", Feats: "Tense=Past|VerbForm=Part|Voice=Pass", Head: 4, Deprel: "conj"},
			{Form: "Arnor", UPOS: "PROPN", Head: 6, Deprel: "xcomp"},
		}, []arc{{3, "nsubj"}, {3, "aux:tense"}, {0, "root"}, {3, "obj"}, {6, "cc"}, {3, "conj"}, {6, "obj"}}, 0, ""},
		{`"des soldats tués et blessés"`, repairParticipleConj, []Annotated{
			{Form: "a", UPOS: "VERB", Feats: "VerbForm=Fin", Head: 0, Deprel: "root"},
			{Form: "soldats", UPOS: "NOUN", Head: 1, Deprel: "obj"},
			{Form: "et", UPOS: "CCONJ", Head: 4, Deprel: "cc"},
			{Form: "blessés", UPOS: "VERB", Feats: "VerbForm=Part", Head: 2, Deprel: "conj"},
		}, []arc{{0, "root"}, {1, "obj"}, {4, "cc"}, {2, "conj"}}, 0, ""},
		{`"the two sides last met"`, repairLastAdverb, []Annotated{
			{Form: "The", UPOS: "DET", Head: 3, Deprel: "det"},
			{Form: "two", UPOS: "NUM", Head: 3, Deprel: "nummod"},
			{Form: "sides", UPOS: "NOUN", Head: 0, Deprel: "root"},
			{Form: "last", UPOS: "ADJ", Head: 3, Deprel: "amod"},
			{Form: "met", UPOS: "VERB", Feats: "Mood=Ind|Tense=Past|VerbForm=Fin", Head: 4, Deprel: "advcl"},
			{Form: ".", UPOS: "PUNCT", Head: 3, Deprel: "punct"},
		}, []arc{{3, "det"}, {3, "nummod"}, {5, "nsubj"}, {5, "advmod"}, {0, "root"}, {5, "punct"}}, 0, ""},
		{`"planned, financed and equipped"`, repairParticipleList, []Annotated{
			{Form: "having", UPOS: "VERB", Feats: "VerbForm=Part", Head: 0, Deprel: "root"},
			{Form: "planned", UPOS: "VERB", Feats: "Tense=Past|VerbForm=Part", Head: 1, Deprel: "xcomp"},
			{Form: ",", UPOS: "PUNCT", Head: 4, Deprel: "punct"},
			{Form: "financed", UPOS: "VERB", Feats: "Tense=Past|VerbForm=Part", Head: 2, Deprel: "xcomp"},
		}, []arc{{0, "root"}, {1, "xcomp"}, {4, "punct"}, {2, "conj"}}, 0, ""},
		{`"…, security sources said"`, repairTrailingSpeech, []Annotated{
			{Form: "Fighters", UPOS: "NOUN", Head: 2, Deprel: "nsubj"},
			{Form: "killed", UPOS: "VERB", Lemma: "kill", Feats: "Mood=Ind|Tense=Past|VerbForm=Fin", Head: 0, Deprel: "root"},
			{Form: "soldiers", UPOS: "NOUN", Head: 9, Deprel: "nsubj"},
			{Form: "in", UPOS: "ADP", Head: 5, Deprel: "case"},
			{Form: "Arnor", UPOS: "PROPN", Head: 3, Deprel: "nmod"},
			{Form: ",", UPOS: "PUNCT", Head: 8, Deprel: "punct"},
			{Form: "security", UPOS: "NOUN", Head: 8, Deprel: "compound"},
			{Form: "sources", UPOS: "NOUN", Head: 5, Deprel: "appos"},
			{Form: "said", UPOS: "VERB", Lemma: "say", Feats: "Mood=Ind|Tense=Past|VerbForm=Fin", Head: 2, Deprel: "ccomp"},
		}, []arc{{2, "nsubj"}, {0, "root"}, {2, "obj"}, {5, "case"}, {3, "nmod"}, {9, "punct"}, {8, "compound"}, {9, "nsubj"}, {2, "parataxis"}}, 0, ""},
		{`"Gondor, qui soutient…, a appelé Arnor"`, repairNounRoot, []Annotated{
			{Form: "Gondor", UPOS: "PROPN", Head: 0, Deprel: "root"},
			{Form: ",", UPOS: "PUNCT", Head: 4, Deprel: "punct"},
			{Form: "qui", UPOS: "PRON", Head: 4, Deprel: "nsubj"},
			{Form: "soutient", UPOS: "VERB", Feats: "VerbForm=Fin", Head: 1, Deprel: "acl:relcl"},
			{Form: ",", UPOS: "PUNCT", Head: 7, Deprel: "punct"},
			{Form: "a", UPOS: "AUX", Head: 7, Deprel: "aux:tense"},
			{Form: "appelé", UPOS: "VERB", Feats: "VerbForm=Part", Head: 1, Deprel: "parataxis"},
			{Form: "Arnor", UPOS: "PROPN", Head: 7, Deprel: "obj"},
			{Form: ".", UPOS: "PUNCT", Head: 1, Deprel: "punct"},
		}, []arc{{7, "nsubj"}, {4, "punct"}, {4, "nsubj"}, {1, "acl:relcl"}, {7, "punct"}, {7, "aux:tense"}, {0, "root"}, {7, "obj"}, {7, "punct"}}, 0, ""},
		{`"RSF drones struck", "drones" read as a verb`, repairPluralNounVerb, []Annotated{
			{Form: "RSF", UPOS: "PROPN", Head: 2, Deprel: "nsubj"},
			{Form: "drones", Lemma: "drone", UPOS: "VERB", Feats: "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", Head: 0, Deprel: "root"},
			{Form: "struck", Lemma: "strike", UPOS: "VERB", Feats: "Tense=Past|VerbForm=Part", Head: 2, Deprel: "xcomp"},
			{Form: "Gondor", UPOS: "PROPN", Head: 3, Deprel: "obj"},
			{Form: ".", UPOS: "PUNCT", Head: 2, Deprel: "punct"},
		}, []arc{{2, "compound"}, {3, "nsubj"}, {0, "root"}, {3, "obj"}, {3, "punct"}}, 0, ""},
		{`"Trump says he won": no past verb on it`, repairPluralNounVerb, []Annotated{
			{Form: "Trump", UPOS: "PROPN", Head: 2, Deprel: "nsubj"},
			{Form: "says", Lemma: "say", UPOS: "VERB", Feats: "Mood=Ind|Tense=Pres|VerbForm=Fin", Head: 0, Deprel: "root"},
			{Form: "he", UPOS: "PRON", Head: 4, Deprel: "nsubj"},
			{Form: "won", Lemma: "win", UPOS: "VERB", Feats: "Tense=Past|VerbForm=Fin", Head: 2, Deprel: "ccomp"},
		}, []arc{{2, "nsubj"}, {0, "root"}, {4, "nsubj"}, {2, "ccomp"}}, 0, ""},
		{`"imposed sanctions on Eriador on Monday": obliques of the object`, repairNominalObl, []Annotated{
			{Form: "Gondor", UPOS: "PROPN", Head: 2, Deprel: "nsubj"},
			{Form: "imposed", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: "sanctions", UPOS: "NOUN", Head: 2, Deprel: "obj"},
			{Form: "on", UPOS: "ADP", Head: 5, Deprel: "case"},
			{Form: "Eriador", UPOS: "PROPN", Head: 3, Deprel: "obl"},
			{Form: "of", UPOS: "ADP", Head: 7, Deprel: "case"},
			{Form: "Rohan", UPOS: "PROPN", Head: 3, Deprel: "nmod"},
		}, []arc{{2, "nsubj"}, {0, "root"}, {2, "obj"}, {5, "case"}, {2, "obl"}, {7, "case"}, {3, "nmod"}}, 0, ""},
		{`"The United States, which…, imposed sanctions": the clause ends at the comma`, repairRelativeThenVerb, []Annotated{
			{Form: "Gondor", UPOS: "PROPN", Head: 0, Deprel: "root"},
			{Form: ",", UPOS: "PUNCT", Head: 4, Deprel: "punct"},
			{Form: "which", UPOS: "PRON", Head: 4, Deprel: "nsubj"},
			{Form: "rejects", UPOS: "VERB", Head: 1, Deprel: "acl:relcl"},
			{Form: "talks", UPOS: "NOUN", Head: 4, Deprel: "obj"},
			{Form: ",", UPOS: "PUNCT", Head: 7, Deprel: "punct"},
			{Form: "imposed", UPOS: "VERB", Feats: "Tense=Past|VerbForm=Part", Head: 8, Deprel: "amod"},
			{Form: "sanctions", UPOS: "NOUN", Head: 4, Deprel: "conj"},
			{Form: "on", UPOS: "ADP", Head: 10, Deprel: "case"},
			{Form: "Eriador", UPOS: "PROPN", Head: 8, Deprel: "nmod"},
			{Form: ".", UPOS: "PUNCT", Head: 1, Deprel: "punct"},
		}, []arc{{7, "nsubj"}, {4, "punct"}, {4, "nsubj"}, {1, "acl:relcl"}, {4, "obj"}, {7, "punct"}, {0, "root"}, {7, "obj"}, {10, "case"}, {7, "obl"}, {7, "punct"}}, 7, ""},
		{`"received Arnorian President Elessar": the nationality starts the object`, repairAdjectiveObject, []Annotated{
			{Form: "Denethor", UPOS: "PROPN", Head: 2, Deprel: "nsubj"},
			{Form: "received", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: "Arnorian", UPOS: "ADJ", Head: 2, Deprel: "xcomp"},
			{Form: "President", UPOS: "PROPN", Head: 5, Deprel: "nmod:desc"},
			{Form: "Elessar", UPOS: "PROPN", Head: 3, Deprel: "obl"},
			{Form: ".", UPOS: "PUNCT", Head: 2, Deprel: "punct"},
		}, []arc{{2, "nsubj"}, {0, "root"}, {5, "amod"}, {5, "nmod:desc"}, {2, "obj"}, {2, "punct"}}, 0, ""},
		{`"sentenced former President Elessar to ten years": "former" starts the object, the term is the verb's`, repairAdjectiveObject, []Annotated{
			{Form: "sentenced", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: "former", UPOS: "ADJ", Head: 1, Deprel: "xcomp"},
			{Form: "President", UPOS: "PROPN", Head: 4, Deprel: "nmod:desc"},
			{Form: "Elessar", UPOS: "PROPN", Head: 2, Deprel: "obj"},
			{Form: "to", UPOS: "ADP", Head: 7, Deprel: "case"},
			{Form: "ten", UPOS: "NUM", Head: 7, Deprel: "nummod"},
			{Form: "years", UPOS: "NOUN", Head: 2, Deprel: "obl"},
		}, []arc{{0, "root"}, {4, "amod"}, {4, "nmod:desc"}, {1, "obj"}, {7, "case"}, {7, "nummod"}, {1, "obl"}}, 0, ""},
		{`"Fighting erupted in Minas Tirith": the gerund root is the verb's subject`, repairLeadingGerund, []Annotated{
			{Form: "Fighting", Lemma: "fight", UPOS: "VERB", Feats: "VerbForm=Ger", Head: 0, Deprel: "root"},
			{Form: "erupted", UPOS: "VERB", Feats: "Tense=Past|VerbForm=Part|Voice=Pass", Head: 1, Deprel: "xcomp"},
			{Form: "in", UPOS: "ADP", Head: 4, Deprel: "case"},
			{Form: "Tirith", UPOS: "PROPN", Head: 2, Deprel: "obl"},
			{Form: ".", UPOS: "PUNCT", Head: 1, Deprel: "punct"},
		}, []arc{{2, "nsubj"}, {0, "root"}, {4, "case"}, {2, "obl"}, {2, "punct"}}, 0, ""},
		{`"Fighting corruption remains a priority": a gerund with an object stays`, repairLeadingGerund, []Annotated{
			{Form: "Fighting", UPOS: "VERB", Feats: "VerbForm=Ger", Head: 0, Deprel: "root"},
			{Form: "remains", UPOS: "VERB", Head: 1, Deprel: "ccomp"},
			{Form: "corruption", UPOS: "NOUN", Head: 1, Deprel: "obj"},
		}, []arc{{0, "root"}, {1, "ccomp"}, {1, "obj"}}, 0, ""},
		{`"broke off diplomatic relations with Gondor": the object read as a bare adverbial`, repairUnmarkedObject, []Annotated{
			{Form: "broke", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: "off", UPOS: "ADP", Head: 1, Deprel: "compound:prt"},
			{Form: "diplomatic", UPOS: "ADJ", Head: 4, Deprel: "amod"},
			{Form: "relations", Lemma: "relation", UPOS: "NOUN", Head: 1, Deprel: "obl:unmarked"},
			{Form: "two", UPOS: "NUM", Head: 6, Deprel: "nummod"},
			{Form: "days", Lemma: "day", UPOS: "NOUN", Head: 7, Deprel: "obl:unmarked"},
			{Form: "later", UPOS: "ADV", Head: 1, Deprel: "advmod"},
		}, []arc{{0, "root"}, {1, "compound:prt"}, {4, "amod"}, {1, "obj"}, {6, "nummod"}, {7, "obl:unmarked"}, {1, "advmod"}}, 0, ""},
		{`"help secure new investment": a lower-case adjective stays`, repairAdjectiveObject, []Annotated{
			{Form: "help", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: "secure", UPOS: "ADJ", Head: 1, Deprel: "xcomp"},
			{Form: "investment", UPOS: "NOUN", Head: 2, Deprel: "obj"},
		}, []arc{{0, "root"}, {1, "xcomp"}, {2, "obj"}}, 0, ""},
		{`"kidnapped a Gondorian national": the object read as an adjective`, repairArticleAdjective, []Annotated{
			{Form: "kidnapped", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: "a", UPOS: "DET", Head: 4, Deprel: "det"},
			{Form: "Gondorian", UPOS: "ADJ", Head: 4, Deprel: "amod"},
			{Form: "national", Lemma: "National", UPOS: "ADJ", Head: 1, Deprel: "xcomp"},
		}, []arc{{0, "root"}, {4, "det"}, {4, "amod"}, {1, "obj"}}, 0, ""},
		{`"considered the most mortal": a definite superlative stays`, repairArticleAdjective, []Annotated{
			{Form: "considered", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: "the", UPOS: "DET", Head: 3, Deprel: "det"},
			{Form: "mortal", UPOS: "ADJ", Head: 1, Deprel: "xcomp"},
		}, []arc{{0, "root"}, {3, "det"}, {1, "xcomp"}}, 0, ""},
		{`"paid tribute to soldiers killed in the war": a reduced relative`, repairReducedRelative, []Annotated{
			{Form: "paid", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: "tribute", UPOS: "NOUN", Head: 1, Deprel: "obj"},
			{Form: "to", UPOS: "ADP", Head: 4, Deprel: "case"},
			{Form: "soldiers", UPOS: "NOUN", Head: 1, Deprel: "obl"},
			{Form: "killed", UPOS: "VERB", Feats: "Tense=Past|VerbForm=Fin|Voice=Pass", Head: 1, Deprel: "xcomp"},
		}, []arc{{0, "root"}, {1, "obj"}, {4, "case"}, {1, "obl"}, {4, "acl"}}, 0, ""},
		{`"found the soldiers killed": a predicate of the object stays`, repairReducedRelative, []Annotated{
			{Form: "found", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: "soldiers", UPOS: "NOUN", Head: 1, Deprel: "obj"},
			{Form: "killed", UPOS: "VERB", Feats: "Tense=Past|VerbForm=Part|Voice=Pass", Head: 1, Deprel: "xcomp"},
		}, []arc{{0, "root"}, {1, "obj"}, {1, "xcomp"}}, 0, ""},
		{`"along its border with Gondor": the neighbour is the border's`, repairBorderWith, []Annotated{
			{Form: "deployed", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: "troops", UPOS: "NOUN", Head: 1, Deprel: "obj"},
			{Form: "along", UPOS: "ADP", Head: 4, Deprel: "case"},
			{Form: "border", Lemma: "border", UPOS: "NOUN", Head: 2, Deprel: "nmod"},
			{Form: "with", UPOS: "ADP", Head: 6, Deprel: "case"},
			{Form: "Gondor", UPOS: "PROPN", Head: 1, Deprel: "obl"},
		}, []arc{{0, "root"}, {1, "obj"}, {4, "case"}, {2, "nmod"}, {6, "case"}, {4, "nmod"}}, 0, ""},
		{`"beheaded 50 people in the province, state media reported"`, repairTrailingSpeechObject, []Annotated{
			{Form: "Orcs", UPOS: "NOUN", Head: 2, Deprel: "nsubj"},
			{Form: "beheaded", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: "people", UPOS: "NOUN", Head: 6, Deprel: "obj"},
			{Form: ",", UPOS: "PUNCT", Head: 6, Deprel: "punct"},
			{Form: "media", UPOS: "NOUN", Head: 6, Deprel: "nsubj"},
			{Form: "reported", Lemma: "report", UPOS: "VERB", Head: 2, Deprel: "parataxis"},
		}, []arc{{2, "nsubj"}, {0, "root"}, {2, "obj"}, {6, "punct"}, {6, "nsubj"}, {2, "parataxis"}}, 0, ""},
		{`"Gondor's military detained…": the subject read as an adjective`, repairAdjectiveSubject, []Annotated{
			{Form: "Gondor", UPOS: "PROPN", Head: 3, Deprel: "nmod:poss"},
			{Form: "military", UPOS: "ADJ", Head: 3, Deprel: "amod"},
			{Form: "detained", UPOS: "VERB", Feats: "Tense=Past|VerbForm=Part", Head: 0, Deprel: "root"},
			{Form: "Elessar", UPOS: "PROPN", Head: 3, Deprel: "obj"},
		}, []arc{{2, "nmod:poss"}, {3, "nsubj"}, {0, "root"}, {3, "obj"}}, 0, ""},
		{`"troops exchanged fire": the verb read as the root noun's participle`, repairNounRootParticiple, []Annotated{
			{Form: "troops", UPOS: "NOUN", Head: 0, Deprel: "root"},
			{Form: "exchanged", UPOS: "VERB", Feats: "Tense=Past|VerbForm=Part", Head: 1, Deprel: "acl"},
			{Form: "fire", UPOS: "NOUN", Head: 2, Deprel: "obj"},
			{Form: ".", UPOS: "PUNCT", Head: 1, Deprel: "punct"},
		}, []arc{{2, "nsubj"}, {0, "root"}, {2, "obj"}, {2, "punct"}}, 0, ""},
		{`"a imposé le 14 décembre 2020 des sanctions à X": the object hung on the date`, repairFrenchDate, []Annotated{
			{Form: "Gondor", UPOS: "PROPN", Head: 3, Deprel: "nsubj"},
			{Form: "a", UPOS: "AUX", Head: 3, Deprel: "aux:tense"},
			{Form: "imposé", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: "le", UPOS: "DET", Head: 5, Deprel: "det"},
			{Form: "14", UPOS: "NUM", Head: 3, Deprel: "obl:mod"},
			{Form: "décembre", UPOS: "NOUN", Head: 5, Deprel: "nmod"},
			{Form: "2020", UPOS: "NUM", Head: 6, Deprel: "nmod"},
			{Form: "de", UPOS: "ADP", Head: 10, Deprel: "case"},
			{Form: "les", UPOS: "DET", Head: 10, Deprel: "det"},
			{Form: "sanctions", UPOS: "NOUN", Head: 5, Deprel: "nmod"},
			{Form: "à", UPOS: "ADP", Head: 12, Deprel: "case"},
			{Form: "Rohan", UPOS: "PROPN", Head: 10, Deprel: "nmod"},
		}, []arc{{3, "nsubj"}, {3, "aux:tense"}, {0, "root"}, {5, "det"}, {3, "obl:mod"}, {5, "nmod"}, {6, "nmod"}, {10, "case"}, {10, "det"}, {3, "obj"}, {12, "case"}, {10, "nmod"}}, 0, ""},
		{`"s'est inquiétée mardi des manœuvres": a reflexive verb's complement`, repairFrenchDate, []Annotated{
			{Form: "Gondor", UPOS: "PROPN", Head: 4, Deprel: "nsubj"},
			{Form: "s'", UPOS: "PRON", Head: 4, Deprel: "expl:pv"},
			{Form: "est", UPOS: "AUX", Head: 4, Deprel: "aux:tense"},
			{Form: "inquiétée", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: "mardi", UPOS: "NOUN", Head: 4, Deprel: "obl:mod"},
			{Form: "de", UPOS: "ADP", Head: 8, Deprel: "case"},
			{Form: "les", UPOS: "DET", Head: 8, Deprel: "det"},
			{Form: "manœuvres", UPOS: "NOUN", Head: 5, Deprel: "nmod"},
		}, []arc{{4, "nsubj"}, {4, "expl:pv"}, {4, "aux:tense"}, {0, "root"}, {4, "obl:mod"}, {8, "case"}, {8, "det"}, {4, "obl"}}, 0, ""},
		{`"banned X, Y and 57 other apps": the last object read as the verb's conjunct`, repairNounConjOfVerb, []Annotated{
			{Form: "Gondor", UPOS: "PROPN", Head: 2, Deprel: "nsubj"},
			{Form: "banned", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: "Palantir", UPOS: "PROPN", Head: 2, Deprel: "obj"},
			{Form: "and", UPOS: "CCONJ", Head: 5, Deprel: "cc"},
			{Form: "apps", UPOS: "NOUN", Head: 2, Deprel: "conj"},
		}, []arc{{2, "nsubj"}, {0, "root"}, {2, "obj"}, {5, "cc"}, {3, "conj"}}, 0, ""},
		{`"a reçu lundi à Minas Tirith son homologue": the object hung on the place`, repairObjOnNoun, []Annotated{
			{Form: "reçu", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: "à", UPOS: "ADP", Head: 3, Deprel: "case"},
			{Form: "Minas", UPOS: "PROPN", Head: 1, Deprel: "obl"},
			{Form: "homologue", UPOS: "NOUN", Head: 3, Deprel: "obj"},
		}, []arc{{0, "root"}, {3, "case"}, {1, "obl"}, {1, "obj"}}, 0, ""},
		{`"said on Tuesday that Elessar would visit": the reported clause`, repairSaidOnDayThat, []Annotated{
			{Form: "Gondor", UPOS: "PROPN", Head: 2, Deprel: "nsubj"},
			{Form: "said", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: "on", UPOS: "ADP", Head: 4, Deprel: "case"},
			{Form: "Tuesday", UPOS: "PROPN", Head: 2, Deprel: "obl"},
			{Form: "that", UPOS: "PRON", Head: 8, Deprel: "obj"},
			{Form: "Elessar", UPOS: "PROPN", Head: 8, Deprel: "nsubj"},
			{Form: "would", UPOS: "AUX", Head: 8, Deprel: "aux"},
			{Form: "visit", UPOS: "VERB", Head: 4, Deprel: "acl:relcl"},
			{Form: "Arnor", UPOS: "PROPN", Head: 8, Deprel: "obj"},
		}, []arc{{2, "nsubj"}, {0, "root"}, {4, "case"}, {2, "obl"}, {8, "mark"}, {8, "nsubj"}, {8, "aux"}, {2, "ccomp"}, {8, "obj"}}, 0, ""},
		{`"the day that changed Gondor": a relative clause stays`, repairSaidOnDayThat, []Annotated{
			{Form: "remembered", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: "Tuesday", UPOS: "PROPN", Head: 1, Deprel: "obj"},
			{Form: "that", UPOS: "PRON", Head: 4, Deprel: "nsubj"},
			{Form: "changed", UPOS: "VERB", Head: 2, Deprel: "acl:relcl"},
			{Form: "Gondor", UPOS: "PROPN", Head: 4, Deprel: "obj"},
		}, []arc{{0, "root"}, {1, "obj"}, {4, "nsubj"}, {2, "acl:relcl"}, {4, "obj"}}, 0, ""},
		{`"Gondor, which rejects armed talks": a modifier inside the clause stays`, repairRelativeThenVerb, []Annotated{
			{Form: "Gondor", UPOS: "PROPN", Head: 0, Deprel: "root"},
			{Form: ",", UPOS: "PUNCT", Head: 4, Deprel: "punct"},
			{Form: "which", UPOS: "PRON", Head: 4, Deprel: "nsubj"},
			{Form: "rejects", UPOS: "VERB", Head: 1, Deprel: "acl:relcl"},
			{Form: "armed", UPOS: "VERB", Feats: "Tense=Past|VerbForm=Part", Head: 6, Deprel: "amod"},
			{Form: "talks", UPOS: "NOUN", Head: 4, Deprel: "obj"},
		}, []arc{{0, "root"}, {4, "punct"}, {4, "nsubj"}, {1, "acl:relcl"}, {6, "amod"}, {4, "obj"}}, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.repair(tt.in)
			checkArcs(t, tt.in, tt.want)
			if tt.verb > 0 && (tt.in[tt.verb-1].UPOS != "VERB" || tt.in[tt.verb-1].Lemma != tt.lemma) {
				t.Errorf("word %d: %s %q, want VERB %q", tt.verb, tt.in[tt.verb-1].UPOS, tt.in[tt.verb-1].Lemma, tt.lemma)
			}
		})
	}
}
