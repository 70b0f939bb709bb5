package segment

import (
	"flag"
	"fmt"
	"strings"
	"testing"
	"unicode"

	"github.com/vigie-events/vigie/internal/conllu"
	"github.com/vigie-events/vigie/internal/testshared"
)

var (
	tuneFlag   = flag.Bool("tune", false, "evaluate on the train and dev files instead of test")
	errorsFlag = flag.Int("errors", 0, "log up to this many token and sentence errors per treebank")
)

// treebank is one UD file to score, with floors just under what the rules
// and boundary models measured (F1, in percent). A zero floor is not
// checked. The rules were tuned, and the boundary and contraction models
// trained, on the train and dev files (-tune; see also TestBoundaryTune); the floors are on
// test files.
//
//	go test ./internal/segment -run TestTreebanks -v            # the table
//	go test ./internal/segment -run TestTreebanks -v -errors=50 # and errors
type treebank struct {
	name, file, lang     string
	tokens, words, sents float64
}

var testTreebanks = []treebank{
	{"fr-sequoia", "data/ud/fr-sequoia/fr_sequoia-ud-test.conllu", "fr", 99.85, 99.7, 88.8},
	{"fr-gsd", "data/ud/fr-gsd/fr_gsd-ud-test.conllu", "fr", 99.75, 99.5, 95.5},
	{"fr-pud", "data/ud/fr-pud/fr_pud-ud-test.conllu", "fr", 99.85, 99.65, 98.0},
	{"en-ewt", "data/ud/en-ewt/en_ewt-ud-test.conllu", "en", 99.35, 99.15, 89.0},
	{"en-pud", "data/ud/en-pud/en_pud-ud-test.conllu", "en", 99.5, 99.85, 99.2},
}

var tuneTreebanks = []treebank{
	{"fr-sequoia-train", "data/ud/fr-sequoia/fr_sequoia-ud-train.conllu", "fr", 0, 0, 0},
	{"fr-sequoia-dev", "data/ud/fr-sequoia/fr_sequoia-ud-dev.conllu", "fr", 0, 0, 0},
	{"fr-gsd-dev", "data/ud/fr-gsd/fr_gsd-ud-dev.conllu", "fr", 0, 0, 0},
	{"en-ewt-train", "data/ud/en-ewt/en_ewt-ud-train.conllu", "en", 0, 0, 0},
	{"en-ewt-dev", "data/ud/en-ewt/en_ewt-ud-dev.conllu", "en", 0, 0, 0},
}

// rawText joins the # text lines of a treebank as the CoNLL 2018 shared
// task made its raw input (see joinRaw).
func rawText(gold []*conllu.Sentence) string {
	text, _ := joinRaw(gold)
	return text
}

// toCoNLLU writes segmented sentences as CoNLL-U sentences with flat trees
// (every word attached to the first), enough for the evaluation.
func toCoNLLU(sents []Sentence) []*conllu.Sentence {
	out := make([]*conllu.Sentence, 0, len(sents))
	for _, s := range sents {
		cs := &conllu.Sentence{}
		for _, t := range s.Tokens {
			forms := []string{t.Text}
			if t.Words != nil {
				forms = forms[:0]
				for _, w := range t.Words {
					forms = append(forms, w.Form)
				}
				first := len(cs.Words) + 1
				cs.Multi = append(cs.Multi, conllu.MultiToken{First: first, Last: first + len(forms) - 1, Form: t.Text, Misc: "_"})
			}
			for _, f := range forms {
				id := len(cs.Words) + 1
				head := 1
				if id == 1 {
					head = 0
				}
				cs.Words = append(cs.Words, conllu.Word{ID: id, Form: f, Lemma: "_", UPOS: "_", XPOS: "_", Feats: "_", Head: head, Deprel: "dep", Deps: "_", Misc: "_"})
			}
		}
		out = append(out, cs)
	}
	return out
}

func TestTreebanks(t *testing.T) {
	if testing.Short() {
		t.Skip("treebank evaluation in -short mode")
	}
	banks := testTreebanks
	if *tuneFlag {
		banks = tuneTreebanks
	}
	var table strings.Builder
	fmt.Fprintf(&table, "\n%-18s %9s %9s %9s %9s\n", "treebank", "tokens", "words", "sentences", "gold sent")
	for _, tb := range banks {
		t.Run(tb.name, func(t *testing.T) {
			gold, err := conllu.ReadFile(testshared.Path(t, tb.file))
			if err != nil {
				t.Fatal(err)
			}
			text := rawText(gold)
			sents := Segment(text, tb.lang)
			res, err := conllu.Evaluate(gold, toCoNLLU(sents))
			if err != nil {
				t.Fatal(err)
			}
			tok, words, sent := 100*res.Tokens.F1(), 100*res.Words.F1(), 100*res.Sentences.F1()
			fmt.Fprintf(&table, "%-18s %9.2f %9.2f %9.2f %9d\n", tb.name, tok, words, sent, len(gold))
			for _, c := range []struct {
				name       string
				got, floor float64
			}{{"tokens", tok, tb.tokens}, {"words", words, tb.words}, {"sentences", sent, tb.sents}} {
				if c.got < c.floor {
					t.Errorf("%s %s F1 %.2f, below the floor %.2f", tb.name, c.name, c.got, c.floor)
				}
			}
			if *errorsFlag > 0 {
				logErrors(t, text, gold, sents, *errorsFlag)
			}
		})
	}
	t.Log(table.String())
}

// logErrors logs tokens and sentence boundaries that differ from gold, with
// their context, for tuning the rules.
func logErrors(t *testing.T, text string, gold []*conllu.Sentence, sents []Sentence, max int) {
	// Character offsets (whitespace removed) of gold and system boundaries.
	goldTok := map[int]bool{}  // token starts
	goldSent := map[int]bool{} // sentence starts
	goldMulti := map[int]string{}
	pos := 0
	for _, s := range gold {
		goldSent[pos] = true
		for _, tk := range s.Tokens() {
			goldTok[pos] = true
			if tk.Multi {
				var f []string
				for w := tk.First; w <= tk.Last; w++ {
					f = append(f, s.Words[w].Form)
				}
				goldMulti[pos] = strings.Join(f, " ")
			}
			pos += nonSpaceLen(tk.Form)
		}
	}
	// Map system tokens onto the same offsets.
	sysTok := map[int]bool{}
	sysSent := map[int]bool{}
	byteAt := map[int]int{} // char offset → byte offset in text
	pos = 0
	sysMulti := map[int]string{}
	for _, s := range sents {
		sysSent[pos] = true
		for _, tk := range s.Tokens {
			sysTok[pos] = true
			if tk.Words != nil {
				var f []string
				for _, w := range tk.Words {
					f = append(f, w.Form)
				}
				sysMulti[pos] = strings.Join(f, " ")
			}
			byteAt[pos] = tk.Span.Start
			pos += nonSpaceLen(tk.Text)
		}
	}
	// Rebuild a char → byte map for the whole text.
	charByte := make([]int, 0, len(text))
	for i, r := range text {
		if !unicode.IsSpace(r) {
			charByte = append(charByte, i)
		}
	}
	show := func(c int) string {
		if c >= len(charByte) {
			return "<end>"
		}
		b := charByte[c]
		lo, hi := max0(b-40), min(len(text), b+40)
		return strings.ReplaceAll(text[lo:b]+"⟦"+text[b:hi], "\n", "¶")
	}
	nt, ns, nw := 0, 0, 0
	for c := 0; c <= len(charByte); c++ {
		if goldTok[c] && sysTok[c] && !strings.EqualFold(goldMulti[c], sysMulti[c]) && nw < max {
			nw++
			t.Logf("words gold=%q sys=%q: %s", goldMulti[c], sysMulti[c], show(c))
		}
		if goldTok[c] != sysTok[c] && nt < max {
			nt++
			t.Logf("token start gold=%v sys=%v: %s", goldTok[c], sysTok[c], show(c))
		}
		if goldSent[c] != sysSent[c] && ns < max {
			ns++
			t.Logf("SENT start gold=%v sys=%v: %s", goldSent[c], sysSent[c], show(c))
		}
	}
}

func nonSpaceLen(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}

func max0(x int) int {
	if x < 0 {
		return 0
	}
	return x
}
