package coref

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/vigie-events/vigie/internal/segment"
	"github.com/vigie-events/vigie/internal/testshared"
)

// synthetic writes a French article about n invented persons, each
// introduced with a title, met by another, then named by surname,
// pronoun, description and plural summary.
func synthetic(n int) string {
	first := []string{"Karim", "Jean", "Amina", "Paul", "Leila", "Omar", "Claire", "Yves"}
	syl := []string{"ba", "ro", "mi", "ta", "lu", "ne", "so", "di", "ka", "ve"}
	countries := []string{"tunisien", "marocain", "algérien", "malien", "français"}
	var b strings.Builder
	name := func(i int) (string, string) {
		s := strings.ToUpper(syl[i%10][:1]) + syl[i%10][1:] + syl[(i/10)%10] + syl[(i/100)%10] + "i"
		return first[i%len(first)] + " " + s, s
	}
	for i := 0; i < n; i++ {
		full, sur := name(i)
		other, _ := name((i + 1) % n)
		c := countries[i%len(countries)]
		fmt.Fprintf(&b, "Le ministre %s de la Défense %s a reçu le président %s à la capitale. ", c, full, other)
		fmt.Fprintf(&b, "Ils ont discuté de la sécurité régionale. Selon %s, il faut agir vite. ", sur)
		fmt.Fprintf(&b, "Il a ajouté que les deux responsables se reverraient. Le ministre %s de la Défense a quitté la salle.\n\n", c)
	}
	return b.String()
}

func BenchmarkResolve(b *testing.B) {
	cases := []struct {
		name, text string
	}{
		{"synthetic-300-persons", synthetic(300)},
	}
	if p := testshared.Dir(); p != "" {
		if t, err := os.ReadFile(p + "/seed/000_23f9d90b709144ca.txt"); err == nil {
			cases = append([]struct{ name, text string }{{"seed", string(t)}}, cases...)
		}
	}
	for _, c := range cases {
		in := input(b, c.text, "fr", day)
		toks := 0
		for _, s := range in.Sentences {
			toks += len(s.Tokens)
		}
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(c.text)))
			for b.Loop() {
				Resolve(in)
			}
			b.ReportMetric(float64(toks)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
		})
	}
}

// TestLinear checks that Resolve's time grows linearly: 64 times the
// persons may take at most 512 times as long (quadratic work: 4,096
// times), with three tries since the machine may be busy. Speed itself is
// measured by the benchmarks.
func TestLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	measure := func(n int) time.Duration {
		in := input(t, synthetic(n), "fr", day)
		best := time.Duration(1 << 62)
		for range 3 {
			start := time.Now()
			Resolve(in)
			best = min(best, time.Since(start))
		}
		return best
	}
	var small, large time.Duration
	for try := 0; try < 3; try++ {
		small, large = measure(10), measure(640)
		if large <= 512*small {
			break
		}
	}
	t.Logf("10 persons: %v, 640 persons: %v (×%.1f)", small, large, float64(large)/float64(small))
	if large > 512*small {
		t.Errorf("64× the persons took %.0f× the time", float64(large)/float64(small))
	}
}

// BenchmarkStage measures the whole entities stage on the seed article:
// segment, recognise, code and resolve.
func BenchmarkStage(b *testing.B) {
	p := testshared.Dir()
	if p == "" {
		b.Skip("no shared folder")
	}
	t, err := os.ReadFile(p + "/seed/000_23f9d90b709144ca.txt")
	if err != nil {
		b.Skip(err)
	}
	text := string(t)
	m, k := models(b)
	toks := len(segment.Tokens(text, "fr"))
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		sents := segment.Segment(text, "fr")
		Resolve(Input{Text: text, Lang: "fr", Date: day, Sentences: sents, Mentions: m.Find(text, "fr", sents), Knowledge: k})
	}
	b.ReportMetric(float64(toks)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
