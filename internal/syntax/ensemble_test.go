package syntax

import (
	"math"
	"math/rand/v2"
	"testing"
)

// A model averaged with itself is the same model; models of two languages
// do not average.
func TestAverageSelf(t *testing.T) {
	m, err := Load("en")
	if err != nil {
		t.Fatal(err)
	}
	avg, err := Average([]*Model{m, m}, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range [][]string{
		{"The", "minister", "met", "the", "ambassador", "in", "Tunis", "on", "Monday", "."},
		{"He", "said", "it", "would", "n't", "happen", "again", "!"},
	} {
		want, got := m.Annotate(s), avg.Annotate(s)
		for i := range want {
			if want[i] != got[i] {
				t.Errorf("%v: word %d: %+v, want %+v", s, i, got[i], want[i])
			}
		}
	}
	fr, err := Load("fr")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Average([]*Model{m, fr}, 0); err == nil {
		t.Error("English and French models averaged without an error")
	}
	if _, err := Average(nil, 0); err == nil {
		t.Error("no model averaged without an error")
	}
}

// The averaged table scores the mean of the tables' scaled scores, to the
// precision of its quantization.
func TestAverageTables(t *testing.T) {
	m, err := Load("en")
	if err != nil {
		t.Fatal(err)
	}
	a := m.tagger.(*table)
	b := m.tagger2.(*table)
	avg := averageTables([]*table{a, b}, 0)
	r := rand.New(rand.NewPCG(1, 2))
	for range 100 {
		fs := make([]uint64, 1+r.IntN(50))
		for j := range fs {
			fs[j] = r.Uint64()
		}
		sa, sb, sv := make([]float32, a.classes), make([]float32, a.classes), make([]float32, a.classes)
		a.score(fs, sa)
		b.score(fs, sb)
		avg.score(fs, sv)
		for c := range sv {
			want := (sa[c]*a.scale + sb[c]*b.scale) / 2
			got := sv[c] * avg.scale
			if d := math.Abs(float64(got - want)); d > float64(len(fs))*float64(avg.scale) {
				t.Fatalf("class %d: %v, want %v", c, got, want)
			}
		}
	}
}
