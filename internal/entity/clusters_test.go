package entity

import (
	"bytes"
	"compress/gzip"
	"io"
	"math"
	"strconv"
	"strings"
	"testing"
)

func TestParseClusters(t *testing.T) {
	for _, tc := range []struct {
		name, text, err string
		want            map[string]uint32
	}{
		{name: "two words", text: "paris\t3\nlyon\t3\n", want: map[string]uint32{"paris": 4, "lyon": 4}},
		{name: "no final newline", text: "paris\t0", want: map[string]uint32{"paris": 1}},
		{name: "first of a repeated word wins", text: "paris\t1\nparis\t2\n", want: map[string]uint32{"paris": 2}},
		{name: "no tab", text: "paris 3\n", err: "line 1: want a word"},
		{name: "empty word", text: "paris\t1\n\t3\n", err: "line 2: want a word"},
		{name: "not a number", text: "paris\tx\n", err: `line 1: bad cluster "x"`},
		{name: "out of range", text: "paris\t1024\n", err: `line 1: bad cluster "1024"`},
		{name: "negative", text: "paris\t-1\n", err: `line 1: bad cluster "-1"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := parseClusters(tc.text)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("err %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(m) != len(tc.want) {
				t.Fatalf("%d words, want %d", len(m), len(tc.want))
			}
			for w, c := range tc.want {
				if m[tokenHash(w)] != c {
					t.Errorf("%s: %d, want %d", w, m[tokenHash(w)], c)
				}
			}
		})
	}
}

// TestShippedClusters checks that the embedded table loads and groups
// words that are used alike.
func TestShippedClusters(t *testing.T) {
	g := &gazetteer{}
	text, err := attachClusters(g, "en")
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(text, "\n"); n < 100000 {
		t.Fatalf("%d words", n)
	}
	c := func(w string) uint32 { return g.clus[tokenHash(w)] }
	for _, pair := range [][2]string{{"houston", "chicago"}, {"tuesday", "friday"}, {"microsoft", "google"}} {
		if c(pair[0]) == 0 || c(pair[0]) != c(pair[1]) {
			t.Errorf("%s (%d) and %s (%d) are not in one cluster", pair[0], c(pair[0]), pair[1], c(pair[1]))
		}
	}
	if c("tuesday") == c("houston") {
		t.Error("tuesday and houston share a cluster")
	}
	if text, err := attachClusters(g, "fr"); err != nil || text != "" {
		t.Errorf("French: %q, %v; want no table", text, err)
	}
}

func TestReadEmbeddings(t *testing.T) {
	const in = `{"dimensions":2,"words":["the","Paris","paris","42","lyon","zero"],
		"vectors":{"the":[1,0],"Paris":[3,4],"paris":[0,1],"42":[1,1],"lyon":[0,2],"zero":[0,0]}}`
	words, vecs, err := readEmbeddings(strings.NewReader(in), "x.json", 0)
	if err != nil {
		t.Fatal(err)
	}
	// "42" has no letter, the second "paris" folds like the first, "zero"
	// has no direction.
	if got := strings.Join(words, " "); got != "the paris lyon" {
		t.Fatalf("words %q", got)
	}
	if vecs[1][0] != 0.6 || vecs[1][1] != 0.8 {
		t.Errorf("Paris: %v, want unit length [0.6 0.8]", vecs[1])
	}
	if words, _, _ := readEmbeddings(strings.NewReader(in), "x.json", 2); len(words) != 2 {
		t.Errorf("max 2: %d words", len(words))
	}
	for _, bad := range []struct{ in, err string }{
		{`{"dimensions":2,"words":["a"],"vectors":{"a":[1]}}`, `x.json: word "a" has 1 values, want 2`},
		{`{"dimensions":2,"words":["a"],"vectors":{}}`, `x.json: word "a" has 0 values`},
		{`{"dimensions":0,"words":["a"]}`, "x.json: no words or no dimensions"},
		{`{"dimensions":2,"words":[]}`, "x.json: no words or no dimensions"},
		{`{"dimensions":2,"words":`, "x.json: unexpected EOF"},
		{`[1,2]`, "x.json: json: cannot unmarshal"},
	} {
		if _, _, err := readEmbeddings(strings.NewReader(bad.in), "x.json", 0); err == nil || !strings.Contains(err.Error(), bad.err) {
			t.Errorf("%s: err %v, want %q", bad.in, err, bad.err)
		}
	}
}

func FuzzReadEmbeddings(f *testing.F) {
	f.Add(`{"dimensions":2,"words":["a","b"],"vectors":{"a":[1,0],"b":[0,1]}}`)
	f.Add(`{"dimensions":1,"words":["a"],"vectors":{"a":[1e200]}}`)
	f.Fuzz(func(t *testing.T, in string) {
		words, vecs, err := readEmbeddings(strings.NewReader(in), "f.json", 0)
		if err != nil {
			return
		}
		if len(words) != len(vecs) {
			t.Fatalf("%d words, %d vectors", len(words), len(vecs))
		}
	})
}

// TestBuildClusters clusters points around clusterK directions and checks
// that each group lands in one cluster, reproducibly.
func TestBuildClusters(t *testing.T) {
	if testing.Short() {
		t.Skip("clusters 3,000 vectors")
	}
	const dim = 10 // clusterK = 2^dim directions of signs
	var words []string
	var vecs [][]float32
	for i := range clusterK * 3 {
		g := i % clusterK
		v := make([]float32, dim)
		for d := range v {
			v[d] = float32(1-2*((g>>d)&1)) / float32(math.Sqrt(dim))
		}
		v[i%dim] += 0.01 * float32(i/clusterK) // a small per-word offset
		words = append(words, "w"+strconv.Itoa(i))
		vecs = append(vecs, v)
	}
	build := func() string {
		var buf bytes.Buffer
		if err := BuildClusters(&buf, words, vecs, 1, 10); err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(&buf)
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	a := build()
	if b := build(); a != b {
		t.Fatal("two runs differ")
	}
	m, err := parseClusters(a)
	if err != nil {
		t.Fatal(err)
	}
	// Words i and i+clusterK share a direction.
	same := 0
	for i := range clusterK {
		if m[tokenHash(words[i])] == m[tokenHash(words[i+clusterK])] {
			same++
		}
	}
	if same < clusterK*9/10 {
		t.Errorf("%d of %d pairs share a cluster", same, clusterK)
	}
	if err := BuildClusters(io.Discard, words[:10], vecs[:10], 1, 10); err == nil {
		t.Error("10 words: no error")
	}
}
