package actor

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/vigie-events/vigie/internal/testshared"
)

func TestSkeleton(t *testing.T) {
	tests := []struct {
		name  string
		names []string // all must share one skeleton
	}{
		{"Saied", []string{"Saied", "Saïed", "Ssaied", "Said", "Saïd"}},
		{"Abdelmadjid", []string{"Abdelmadjid", "Abdelmajid", "Abdel Madjid", "Abdel Majid"}},
		{"Mohammed", []string{"Mohammed", "Mohamed", "Muhammad", "Mohamad", "Muhammed"}},
		{"Hammouchi", []string{"Hammouchi", "Hamouchi", "Hammuchi"}},
		{"Tebboune", []string{"Tebboune", "Tebbune", "Teboune"}},
		{"Khaled", []string{"Khaled", "Khalid", "Kaled"}},
		{"Kais", []string{"Kais", "Kaïs", "Qais", "Kaies"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := nameSkeleton(normalize(tt.names[0]))
			for _, n := range tt.names[1:] {
				if got := nameSkeleton(normalize(n)); got != want {
					t.Errorf("skeleton(%q) = %q, want %q (as %q)", n, got, want, tt.names[0])
				}
			}
		})
	}
}

func TestEditDistance1(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"brm", "ibrm", true}, {"brtg", "brtk", true}, {"abc", "abc", true},
		{"abc", "acb", false}, {"abcd", "ab", false}, {"", "a", true},
	}
	for _, tt := range tests {
		t.Run(tt.a+"-"+tt.b, func(t *testing.T) {
			if got := editDistance1(tt.a, tt.b); got != tt.want {
				t.Errorf("editDistance1(%q, %q) = %v", tt.a, tt.b, got)
			}
		})
	}
}

func TestValidName(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Abdelmadjid Tebboune", true},
		{"Mark T. Esper", true},
		{"Felipe VI of Spain", true},
		{"Zine El Abidine Ben Ali", true},
		{"Najat Vallaud-Belkacem", true},
		{"amin berrabahgay", false}, // vandalised label
		{"Q2821166", false},
		{"Naruhito", false}, // one word: not enough to match on its own
		{"أحسن طافر", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := validName(tt.name); got != tt.want {
				t.Errorf("validName(%q) = %v, want %v", tt.name, got, tt.want)
			}
		})
	}
	if got := nameForms("Mark T. Esper"); !slices.Equal(got, []string{"Mark T. Esper", "Mark Esper"}) {
		t.Errorf("nameForms = %q", got)
	}
}

// TestCompiledTablesFresh rebuilds leaders.txt.gz and phoenix.txt.gz from
// ../shared and checks that the embedded ones are the same: run
// `go run ./internal/actor/cmd/compile` when it fails.
func TestCompiledTablesFresh(t *testing.T) {
	testshared.Path(t, "data/people/leaders-wikidata/us-cabinet.holders21.csv")
	out := t.TempDir()
	rep, err := Compile(testshared.Dir(), out, filepath.Join("..", "..", "dict", "actors", "people.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(rep.RejectedLabels, "Q2821166: amin berrabahgay") {
		t.Errorf("the vandalised label of Q2821166 was not rejected")
	}
	for _, name := range []string{"leaders.txt.gz", "phoenix.txt.gz"} {
		got := gunzip(t, filepath.Join(out, name))
		want := gunzip(t, filepath.Join("..", "..", "dict", "actors", name))
		if !bytes.Equal(got, want) {
			t.Errorf("dict/actors/%s is stale: run go run ./internal/actor/cmd/compile", name)
		}
	}
}

func gunzip(t *testing.T, path string) []byte {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
