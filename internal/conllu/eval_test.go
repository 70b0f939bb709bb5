package conllu

import (
	"errors"
	"math"
	"strings"
	"testing"
)

// Hand-made cases, one word per line: "FORM UPOS HEAD DEPREL", a token
// spanning several words written "a|b|c" after "=FORM", a blank line
// between sentences.
func parse(t *testing.T, src string) []*Sentence {
	t.Helper()
	var b strings.Builder
	for _, block := range strings.Split(strings.TrimSpace(src), "\n\n") {
		id := 0
		for _, line := range strings.Split(block, "\n") {
			f := strings.Fields(line)
			if f[0][0] == '=' {
				n := len(strings.Split(f[1], "|"))
				b.WriteString(strings.Join([]string{itoa(id+1) + "-" + itoa(id+n), f[0][1:], "_", "_", "_", "_", "_", "_", "_", "_"}, "\t") + "\n")
				continue
			}
			id++
			b.WriteString(strings.Join([]string{itoa(id), f[0], strings.ToLower(f[0]), f[1], "_", "_", f[2], f[3], "_", "_"}, "\t") + "\n")
		}
		b.WriteString("\n")
	}
	ss, err := ReadAll(strings.NewReader(b.String()))
	if err != nil {
		t.Fatalf("%v\n%s", err, b.String())
	}
	return ss
}

func itoa(i int) string {
	const d = "0123456789"
	if i < 10 {
		return d[i : i+1]
	}
	return itoa(i/10) + d[i%10:i%10+1]
}

const goldSimple = `
Bob NOUN 2 nsubj
eats VERB 0 root
apples NOUN 2 obj

They PRON 2 nsubj
sleep VERB 0 root
`

func TestEvaluate(t *testing.T) {
	type want struct{ tokens, sentences, words, upos, uas, las float64 }
	tests := []struct {
		name, gold, sys string
		want            want
	}{
		{"perfect", goldSimple, goldSimple, want{1, 1, 1, 1, 1, 1}},
		{"wrong label", goldSimple, strings.Replace(goldSimple, "apples NOUN 2 obj", "apples NOUN 2 iobj", 1),
			want{1, 1, 1, 1, 1, 0.8}},
		{"subtype ignored", goldSimple, strings.Replace(goldSimple, "apples NOUN 2 obj", "apples NOUN 2 obj:x", 1),
			want{1, 1, 1, 1, 1, 1}},
		{
			// gold "cannot" = can + not in one token; the system splits the text into two tokens
			"split token",
			"=cannot can|not\ncan AUX 3 aux\nnot PART 3 advmod\ngo VERB 0 root",
			"can AUX 3 aux\nnot PART 3 advmod\ngo VERB 0 root",
			// tokens: gold {cannot, go}, system {can, not, go}: 1 correct -> 2/5
			want{2.0 / 5, 1, 1, 1, 1, 1},
		},
		{
			// gold has "New" "York" as two tokens, the system one token "NewYork"
			"merged token",
			"New PROPN 2 compound\nYork PROPN 0 root",
			"NewYork PROPN 0 root",
			want{0, 1, 0, 0, 0, 0},
		},
		{
			"missing sentence boundary", goldSimple,
			"Bob NOUN 2 nsubj\neats VERB 0 root\napples NOUN 2 obj\nThey PRON 5 nsubj\nsleep VERB 2 parataxis",
			// sentences: 0 of 2 gold, 1 system; words all aligned; "sleep" head wrong
			want{1, 0, 1, 1, 0.8, 0.8},
		},
		{
			"multiword both sides", "=au à|le\nà ADP 3 case\nle DET 3 det\nmarché NOUN 0 root",
			"=au à|le\nà ADP 3 case\nle DET 3 det\nmarché NOUN 0 root",
			want{1, 1, 1, 1, 1, 1},
		},
		{
			"multiword wrong split", "=au à|le\nà ADP 3 case\nle DET 3 det\nmarché NOUN 0 root",
			"=au au\nau ADP 2 case\nmarché NOUN 0 root",
			// words: gold 3, system 2, aligned only marché -> 2/5
			want{1, 1, 2.0 / 5, 2.0 / 5, 2.0 / 5, 2.0 / 5},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Evaluate(parse(t, tc.gold), parse(t, tc.sys))
			if err != nil {
				t.Fatal(err)
			}
			got := want{r.Tokens.F1(), r.Sentences.F1(), r.Words.F1(), r.UPOS.F1(), r.UAS.F1(), r.LAS.F1()}
			for i, pair := range [][2]float64{{got.tokens, tc.want.tokens}, {got.sentences, tc.want.sentences},
				{got.words, tc.want.words}, {got.upos, tc.want.upos}, {got.uas, tc.want.uas}, {got.las, tc.want.las}} {
				if math.Abs(pair[0]-pair[1]) > 1e-9 {
					t.Errorf("metric %d (tokens, sentences, words, upos, uas, las): got %.4f want %.4f\n%s", i, pair[0], pair[1], r)
				}
			}
		})
	}
}

func TestEvaluateMismatch(t *testing.T) {
	_, err := Evaluate(parse(t, goldSimple), parse(t, "Bob NOUN 0 root"))
	if !errors.Is(err, ErrTextMismatch) {
		t.Fatalf("got %v, want ErrTextMismatch", err)
	}
}

func TestEvaluateBadTree(t *testing.T) {
	_, err := Evaluate(parse(t, goldSimple), parse(t, "Bob NOUN 2 nsubj\neats VERB 1 root\napples NOUN 2 obj\n\nThey PRON 2 nsubj\nsleep VERB 0 root"))
	if err == nil {
		t.Fatal("want an error for a sentence without root")
	}
}
