package syntax

import (
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vigie-events/vigie/internal/conllu"
	"github.com/vigie-events/vigie/internal/testshared"
)

// checkTree fails unless heads form one tree over the words: heads in
// range, one root, no cycle.
func checkTree(t *testing.T, ann []Annotated) {
	t.Helper()
	roots := 0
	for i, a := range ann {
		if a.Head < 0 || a.Head > len(ann) || a.Head == i+1 {
			t.Fatalf("word %d: head %d", i+1, a.Head)
		}
		if a.Head == 0 {
			roots++
		}
		seen := 0
		for h := a.Head; h != 0; h = ann[h-1].Head {
			if seen++; seen > len(ann) {
				t.Fatalf("word %d: cycle", i+1)
			}
		}
	}
	if len(ann) > 0 && roots != 1 {
		t.Fatalf("%d roots", roots)
	}
}

func TestBeamTrees(t *testing.T) {
	sents := []string{
		"",
		"Yes",
		"The minister said on Monday that talks with Algeria would resume .",
		"Sudan 's army-led government accepted mediation by Saudi Arabia .",
		"i think its a good idea but your going to need a permit lol",
		"Le ministre tunisien de la Défense a reçu son homologue américain à Tunis .",
		strings.Repeat("word , ", 200) + "end .", // over beamMaxWords: greedy
	}
	for _, lang := range []string{"en", "fr"} {
		m := load(t, lang)
		for _, w := range []int{1, 2, 3, 16, 100} {
			bm := m.WithBeam(w)
			for _, s := range sents {
				checkTree(t, bm.Annotate(strings.Fields(s)))
			}
		}
	}
}

// A sentence longer than beamMaxWords is parsed greedily, whatever the
// width; shorter ones may differ.
func TestBeamLongSentenceGreedy(t *testing.T) {
	m := load(t, "en")
	words := strings.Fields(strings.Repeat("the officials met and said that the talks went well , ", 30))
	if len(words) <= beamMaxWords {
		t.Fatalf("%d words", len(words))
	}
	g, b := m.WithBeam(1).Annotate(words), m.WithBeam(4).Annotate(words)
	for i := range g {
		if g[i].Head != b[i].Head || g[i].Deprel != b[i].Deprel {
			t.Fatalf("word %d: greedy %d %s, beam %d %s", i+1, g[i].Head, g[i].Deprel, b[i].Head, b[i].Deprel)
		}
	}
}

func TestWithBeamLeavesModel(t *testing.T) {
	m := load(t, "en")
	if got := m.Beam(); got != DefaultBeam("en") {
		t.Fatalf("Beam() = %d, want %d", got, DefaultBeam("en"))
	}
	for _, c := range []struct{ in, want int }{{-3, 1}, {0, 1}, {1, 1}, {2, 2}, {3, 3}, {1000, maxBeam}} {
		if got := m.WithBeam(c.in).Beam(); got != c.want {
			t.Errorf("WithBeam(%d).Beam() = %d, want %d", c.in, got, c.want)
		}
	}
	if got := m.Beam(); got != DefaultBeam("en") {
		t.Fatalf("after WithBeam: Beam() = %d", got)
	}
	if fr := load(t, "fr"); fr.Beam() != 1 {
		t.Fatalf("fr Beam() = %d", fr.Beam())
	}
}

// The beam earns its cost on EWT dev (gold tokens): E26 measured 82.92
// greedy, 83.24 with a beam of two and 83.87 with three.
func TestBeamDev(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	gold, err := conllu.ReadFile(testshared.Path(t, "data/ud/en-ewt/en_ewt-ud-dev.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	m := load(t, "en")
	las := map[int]float64{}
	for _, w := range []int{1, 2, 3} {
		r, err := evalGoldTokens(m.WithBeam(w), gold)
		if err != nil {
			t.Fatal(err)
		}
		las[w] = scoresOf(r).LAS
		t.Logf("beam %d: EWT dev LAS %.2f", w, las[w])
	}
	if las[2] < las[1]+0.2 || las[3] < las[2]+0.4 {
		t.Errorf("beam gains under the floors: %v", las)
	}
}

func TestFastExp(t *testing.T) {
	worst := 0.0
	for x := float32(-79.9); x <= 0; x += 0.0137 {
		got, want := float64(fastExp(x)), math.Exp(float64(x))
		worst = max(worst, math.Abs(got-want)/want)
	}
	if worst > 3e-4 {
		t.Errorf("relative error %g", worst)
	}
	if fastExp(-200) != 0 || fastExp(0) != 1 {
		t.Errorf("fastExp(-200) = %g, fastExp(0) = %g", fastExp(-200), fastExp(0))
	}
}

// BenchmarkAnnotateENGreedy is BenchmarkAnnotateEN without the beam: their
// ratio is the beam's cost.
func BenchmarkAnnotateENGreedy(b *testing.B) {
	benchAnnotateModel(b, load(b, "en").WithBeam(1), filepath.Join("data/ud/en-ewt", "en_ewt-ud-dev.conllu"))
}

// BenchmarkAnnotateENBeam3 is the widest beam `vigie parse --beam` is
// documented for.
func BenchmarkAnnotateENBeam3(b *testing.B) {
	benchAnnotateModel(b, load(b, "en").WithBeam(3), filepath.Join("data/ud/en-ewt", "en_ewt-ud-dev.conllu"))
}
