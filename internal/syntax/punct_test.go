package syntax

import (
	"fmt"
	"strings"
	"testing"
)

// tree builds Annotated words from "form/UPOS/head" items.
func tree(t *testing.T, spec string) []Annotated {
	t.Helper()
	var out []Annotated
	for item := range strings.FieldsSeq(spec) {
		parts := strings.Split(item, "/")
		var h int
		if _, err := fmt.Sscan(parts[2], &h); err != nil || len(parts) != 3 {
			t.Fatalf("bad item %q", item)
		}
		rel := "dep"
		if h == 0 {
			rel = "root"
		}
		out = append(out, Annotated{Form: parts[0], UPOS: parts[1], Head: h, Deprel: rel})
	}
	return out
}

func heads(out []Annotated) string {
	var b strings.Builder
	for i, a := range out {
		if i > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprint(&b, a.Head)
	}
	return b.String()
}

func TestFixPunct(t *testing.T) {
	tests := []struct {
		name, spec, want string
	}{
		// the final stop on the root, the comma on the phrase before it
		// when the one after is its head ("Yesterday , he left .")
		{"final and comma", "Yesterday/NOUN/4 ,/PUNCT/3 he/PRON/4 left/VERB/0 ./PUNCT/1", "4 1 4 0 4"},
		// a comma before a conjunct hangs on the conjunct, the lower of
		// the two sides ("apples , pears and plums")
		{"coordination", "apples/NOUN/0 ,/PUNCT/1 pears/NOUN/1 and/CCONJ/5 plums/NOUN/1", "0 3 1 5 1"},
		// brackets on the head of what they enclose
		{"brackets", "the/DET/2 report/NOUN/0 (/PUNCT/1 final/ADJ/5 version/NOUN/2 )/PUNCT/1", "2 0 5 5 2 5"},
		// quotes around a clause, the stop inside them on the root
		{"quotes", `he/PRON/2 said/VERB/0 "/PUNCT/2 go/VERB/2 "/PUNCT/2 ./PUNCT/2`, "2 0 4 2 4 2"},
		// a word the parser hung on a mark goes to the mark's head; the
		// dash then hangs on it, the lower side
		{"word on a mark", "Hi/INTJ/3 ,/PUNCT/3 John/PROPN/0 -/PUNCT/3 thanks/NOUN/4", "3 1 0 5 3"},
		// marks in a row share their neighbours
		{"marks in a row", "wow/INTJ/0 !/PUNCT/1 !/PUNCT/1 !/PUNCT/1", "0 1 1 1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := tree(t, tc.spec)
			fixPunct(out)
			if got := heads(out); got != tc.want {
				t.Errorf("heads %s, want %s", got, tc.want)
			}
			for _, a := range out {
				if a.UPOS == "PUNCT" && a.Head != 0 && a.Deprel != "punct" {
					t.Errorf("%s: relation %q", a.Form, a.Deprel)
				}
			}
		})
	}
}

// TestFixPunctLeavesBadTrees checks that a parse with a mark as its root,
// a cycle or a head out of range is returned as it came.
func TestFixPunctLeavesBadTrees(t *testing.T) {
	for _, spec := range []string{
		"./PUNCT/0 a/NOUN/1 ,/PUNCT/2",
		"a/NOUN/2 b/NOUN/1 ,/PUNCT/1",
		"a/NOUN/0 ,/PUNCT/9",
	} {
		out := tree(t, spec)
		before := heads(out)
		fixPunct(out)
		if got := heads(out); got != before {
			t.Errorf("%s: heads %s, want them unchanged (%s)", spec, got, before)
		}
	}
}

// TestFixPunctLinear checks the walks up on a long chain with a mark
// after every word: each word is climbed through from one side only.
func TestFixPunctLinear(t *testing.T) {
	const n = 5000
	out := make([]Annotated, 0, 2*n)
	for i := range n {
		h := 2*i - 1 // each word on the word before it
		if i == 0 {
			h = 0
		}
		out = append(out, Annotated{Form: "w", UPOS: "NOUN", Head: h}, Annotated{Form: ",", UPOS: "PUNCT", Head: 1})
	}
	fixPunct(out)
	for i := 1; i < len(out); i += 2 {
		// each comma on the word after it, which hangs inside the phrase
		// of the word before; the last, with nothing after it, on the
		// top of the chain
		want := i + 2
		if i == len(out)-1 {
			want = 1
		}
		if out[i].Head != want {
			t.Fatalf("comma %d on %d, want %d", i+1, out[i].Head, want)
		}
	}
}

// TestFixPunctUnclosed checks a sentence of opening brackets that never
// close, and quotes around long stretches: each is looked at once.
func TestFixPunctUnclosed(t *testing.T) {
	const n = 5000
	out := []Annotated{{Form: "w", UPOS: "NOUN", Head: 0}}
	for range n {
		out = append(out, Annotated{Form: "(", UPOS: "PUNCT", Head: 1}, Annotated{Form: `"`, UPOS: "PUNCT", Head: 1},
			Annotated{Form: "w", UPOS: "NOUN", Head: 1})
	}
	fixPunct(out)
	for i, a := range out {
		if a.Head < 0 || a.Head > len(out) {
			t.Fatalf("word %d: head %d", i+1, a.Head)
		}
	}
}

func FuzzFixPunct(f *testing.F) {
	f.Add([]byte{0, 1, 2, 1, 3, 2})
	f.Add([]byte{1, 0, 0, 3, 4, 255})
	f.Fuzz(func(t *testing.T, data []byte) {
		// pairs of bytes: the word's kind (mark or word, and which form)
		// and its head
		forms := []string{"a", ",", "(", ")", `"`, ".", "b", "'"}
		out := make([]Annotated, len(data)/2)
		for i := range out {
			form := forms[int(data[2*i])%len(forms)]
			upos := "NOUN"
			if form != "a" && form != "b" {
				upos = "PUNCT"
			}
			out[i] = Annotated{Form: form, UPOS: upos, Head: int(data[2*i+1]) % (len(out) + 2)}
		}
		fixPunct(out)
		for i, a := range out {
			if a.Head < 0 || a.Head > len(out)+1 {
				t.Fatalf("word %d: head %d out of range", i+1, a.Head)
			}
		}
	})
}
