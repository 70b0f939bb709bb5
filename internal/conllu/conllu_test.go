package conllu

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"

	"github.com/vigie-events/vigie/internal/testshared"
)

const sample = `# newdoc id = d1
# newpar
# sent_id = s1
# text = Il va au marché.
# translator = test
1	Il	il	PRON	_	Number=Sing|Person=3	2	nsubj	_	_
2	va	aller	VERB	_	Mood=Ind|Tense=Pres	0	root	_	_
3-4	au	_	_	_	_	_	_	_	_
3	à	à	ADP	_	_	5	case	_	_
4	le	le	DET	_	Definite=Def	5	det	_	_
4.1	x	x	X	_	_	_	_	_	_
5	marché	marché	NOUN	_	_	2	obl	_	SpaceAfter=No
6	.	.	PUNCT	_	_	2	punct	_	_

# sent_id = s2
# text = Oui.
1	Oui	oui	INTJ	_	_	0	root	_	SpaceAfter=No
2	.	.	PUNCT	_	_	1	punct	_	_
`

func TestRead(t *testing.T) {
	ss, err := ReadAll(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != 2 {
		t.Fatalf("got %d sentences, want 2", len(ss))
	}
	s := ss[0]
	if !s.NewDoc || s.DocID != "d1" || !s.NewPar || s.ID != "s1" || s.Text != "Il va au marché." {
		t.Errorf("metadata: %+v", s)
	}
	if len(s.Comments) != 1 || s.Comments[0] != "# translator = test" {
		t.Errorf("comments: %q", s.Comments)
	}
	if len(s.Words) != 6 || len(s.Multi) != 1 || s.Multi[0] != (MultiToken{First: 3, Last: 4, Form: "au", Misc: "_"}) {
		t.Fatalf("words %d multi %+v", len(s.Words), s.Multi)
	}
	toks := s.Tokens()
	var forms []string
	for _, tk := range toks {
		forms = append(forms, tk.Form)
	}
	if got := strings.Join(forms, " "); got != "Il va au marché ." {
		t.Errorf("tokens %q", got)
	}
	if SpaceAfter(s.Words[4].Misc) || !SpaceAfter(s.Words[3].Misc) {
		t.Error("SpaceAfter")
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, in string
	}{
		{"columns", "1\ta\tb\n\n"},
		{"order", "2\ta\ta\tX\t_\t_\t0\troot\t_\t_\n\n"},
		{"head", "1\ta\ta\tX\t_\t_\t5\troot\t_\t_\n\n"},
		{"badhead", "1\ta\ta\tX\t_\t_\tx\troot\t_\t_\n\n"},
		{"range", "1-x\tab\t_\t_\t_\t_\t_\t_\t_\t_\n\n"},
		{"rangeEnd", "1\ta\ta\tX\t_\t_\t0\troot\t_\t_\n2-3\tbc\t_\t_\t_\t_\t_\t_\t_\t_\n\n"},
		{"comment", "1\ta\ta\tX\t_\t_\t0\troot\t_\t_\n# late\n\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadAll(strings.NewReader(tc.in))
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("got %v, want a ParseError", err)
			}
		})
	}
}

func roundTrip(t testing.TB, ss []*Sentence) []*Sentence {
	var buf bytes.Buffer
	w := NewWriter(&buf)
	for _, s := range ss {
		if err := w.Write(s); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	back, err := ReadAll(&buf)
	if err != nil {
		t.Fatalf("reading back: %v\n%s", err, buf.String())
	}
	return back
}

func TestRoundTrip(t *testing.T) {
	ss, err := ReadAll(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if back := roundTrip(t, ss); !reflect.DeepEqual(ss, back) {
		t.Errorf("round trip differs:\n%+v\n%+v", ss[0], back[0])
	}
}

func TestTreebankRoundTrip(t *testing.T) {
	p := testshared.Path(t, "data/ud/fr-sequoia/fr_sequoia-ud-dev.conllu")
	ss, err := ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if back := roundTrip(t, ss); !reflect.DeepEqual(ss, back) {
		t.Error("round trip differs")
	}
	r, err := Evaluate(ss, ss)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range Metrics {
		if s, _ := r.Get(m); s.F1() != 1 {
			t.Errorf("%s F1 = %v on identical files", m, s.F1())
		}
	}
}

func FuzzReadWrite(f *testing.F) {
	f.Add(sample)
	f.Add("1\ta\t_\t_\t_\t_\t_\t_\t_\t_\n")
	f.Add("# text = x\n1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n2\tb\t_\t_\t_\t_\t1\tdep\t_\t_\n\n")
	f.Fuzz(func(t *testing.T, in string) {
		r := NewReader(strings.NewReader(in))
		var ss []*Sentence
		for {
			s, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				return
			}
			ss = append(ss, s)
		}
		back := roundTrip(t, ss)
		if !reflect.DeepEqual(ss, back) && !(len(ss) == 0 && len(back) == 0) {
			t.Errorf("round trip differs for %q", in)
		}
		_, _ = Evaluate(ss, back)
	})
}

func BenchmarkRead(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadAll(strings.NewReader(sample)); err != nil {
			b.Fatal(err)
		}
	}
}

func TestRawText(t *testing.T) {
	in := "# newdoc id = d1\n# text = Il va.\n1\tIl\t_\t_\t_\t_\t0\troot\t_\t_\n2\tva\t_\t_\t_\t_\t1\tdep\t_\tSpaceAfter=No\n3\t.\t_\t_\t_\t_\t1\tpunct\t_\t_\n\n" +
		"1\tOui\t_\t_\t_\t_\t0\troot\t_\tSpaceAfter=No\n2\t.\t_\t_\t_\t_\t1\tpunct\t_\t_\n\n" +
		"# newpar\n# text = Non.\n1\tNon\t_\t_\t_\t_\t0\troot\t_\tSpaceAfter=No\n2\t.\t_\t_\t_\t_\t1\tpunct\t_\t_\n\n"
	gold, err := ReadAll(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	text, starts := RawText(gold)
	if want := "Il va. Oui.\n\nNon."; text != want {
		t.Errorf("text %q, want %q", text, want)
	}
	if fmt.Sprint(starts) != "[0 7 13]" {
		t.Errorf("starts %v, want [0 7 13]", starts)
	}
}
