package timex

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/vigie-events/vigie/internal/doc"
)

// evalFloor is just under the accuracy the test set gives; raise it when
// the grammar improves.
const evalFloor = 0.99

// defaultRef is the publication date of the test set: a Monday.
var defaultRef = time.Date(2020, 9, 28, 0, 0, 0, 0, time.UTC)

// evalCase is one line of testdata/timex.txt.
type evalCase struct {
	line  int
	lang  string
	tense Tense
	ref   time.Time
	text  string
	want  []wantExpr
}

type wantExpr struct {
	span              doc.Span
	text, value, gran string
}

// readCases reads the test set: "lang tense [ref] | sentence", with the
// expressions marked [[text|value|granularity]].
func readCases(t testing.TB, path string) []evalCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []evalCase
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		head, sent, ok := strings.Cut(line, " | ")
		if !ok {
			t.Fatalf("%s:%d: no ' | '", path, n)
		}
		fields := strings.Fields(head)
		if len(fields) < 2 || len(fields) > 3 {
			t.Fatalf("%s:%d: want 'lang tense [ref]', got %q", path, n, head)
		}
		c := evalCase{line: n, lang: fields[0], ref: defaultRef}
		if c.tense, ok = ParseTense(fields[1]); !ok {
			t.Fatalf("%s:%d: tense %q", path, n, fields[1])
		}
		if len(fields) == 3 {
			if c.ref, err = time.Parse(time.DateOnly, fields[2]); err != nil {
				t.Fatalf("%s:%d: %v", path, n, err)
			}
		}
		var b strings.Builder
		for {
			i := strings.Index(sent, "[[")
			if i < 0 {
				b.WriteString(sent)
				break
			}
			j := strings.Index(sent[i:], "]]")
			if j < 0 {
				t.Fatalf("%s:%d: unclosed [[", path, n)
			}
			parts := strings.Split(sent[i+2:i+j], "|")
			if len(parts) != 3 {
				t.Fatalf("%s:%d: want [[text|value|granularity]], got %q", path, n, sent[i:i+j+2])
			}
			b.WriteString(sent[:i])
			start := b.Len()
			b.WriteString(parts[0])
			c.want = append(c.want, wantExpr{span: doc.Span{Start: start, End: b.Len()}, text: parts[0], value: parts[1], gran: parts[2]})
			sent = sent[i+j+2:]
		}
		c.text = b.String()
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cases
}

// formatValue writes a value at its granularity, "-" when there is none.
func formatValue(e Expr) string {
	if e.Value.IsZero() {
		return "-"
	}
	switch e.Granularity {
	case GranYear, GranDecade:
		return e.Value.Format("2006")
	case GranMonth:
		return e.Value.Format("2006-01")
	case GranHour, GranMinute:
		return e.Value.Format("2006-01-02T15:04")
	}
	return e.Value.Format(time.DateOnly)
}

// resolveSentence resolves the expressions of a sentence with the tense of
// its verb, and the anchors again from their resolved bases.
func resolveSentence(exprs []Expr, tense Tense, ref time.Time) []Expr {
	out := make([]Expr, len(exprs))
	for i, e := range exprs {
		out[i] = Resolve(e, tense, ref)
	}
	for i, e := range out {
		if e.Kind == KindAnchor && !e.Value.IsZero() {
			for _, b := range out {
				if b.Span == e.Base {
					out[i] = ResolveAnchor(e, b)
				}
			}
		}
	}
	return out
}

// evaluate scores the test set: an expected expression counts when one
// is found with the same span, value and granularity; an expression found
// where none is expected counts against.
func evaluate(t testing.TB, cases []evalCase) (correct, total int, misses []string) {
	for _, c := range cases {
		got := resolveSentence(Find(c.text, c.lang, c.ref), c.tense, c.ref)
		used := make([]bool, len(got))
		for _, w := range c.want {
			total++
			k := -1
			for i, g := range got {
				if g.Span == w.span {
					k = i
				}
			}
			if k < 0 {
				misses = append(misses, fmt.Sprintf("line %d: missed %q (%s %s) in %q; found %s", c.line, w.text, w.value, w.gran, c.text, describe(got)))
				continue
			}
			used[k] = true
			if v := formatValue(got[k]); v != w.value || got[k].Granularity != w.gran {
				misses = append(misses, fmt.Sprintf("line %d: %q is %s %s, want %s %s", c.line, w.text, v, got[k].Granularity, w.value, w.gran))
				continue
			}
			correct++
		}
		for i, g := range got {
			if !used[i] {
				total++
				misses = append(misses, fmt.Sprintf("line %d: spurious %q (%s %s %s) in %q", c.line, g.Text, g.Kind, formatValue(g), g.Granularity, c.text))
			}
		}
	}
	return correct, total, misses
}

func describe(es []Expr) string {
	if len(es) == 0 {
		return "nothing"
	}
	var parts []string
	for _, e := range es {
		parts = append(parts, fmt.Sprintf("%q %s %s", e.Text, formatValue(e), e.Granularity))
	}
	return strings.Join(parts, ", ")
}

func TestEvaluation(t *testing.T) {
	cases := readCases(t, "testdata/timex.txt")
	want := 0
	for _, c := range cases {
		want += len(c.want)
	}
	if want < 100 {
		t.Errorf("the test set has %d expressions; it needs at least 100", want)
	}
	correct, total, misses := evaluate(t, cases)
	for _, m := range misses {
		t.Log(m)
	}
	acc := float64(correct) / float64(total)
	t.Logf("accuracy %.4f: %d of %d (%d expected expressions, %d sentences)", acc, correct, total, want, len(cases))
	if acc < evalFloor {
		t.Errorf("accuracy %.4f is under the floor %.4f", acc, evalFloor)
	}
}
