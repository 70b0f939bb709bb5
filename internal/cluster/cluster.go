// Package cluster finds near-duplicate articles: the same wire story
// republished by several outlets, with another headline, a byline, a
// "read also" line or a few edits.
//
// It reads an article's text and adds a MinHash sketch of its word
// shingles (five consecutive words, lower-cased, accents removed). An
// Index keeps the sketches in locality-sensitive hashing bands; a new
// article whose estimated Jaccard similarity with an indexed one reaches
// the threshold is a copy, and it is linked to the original of that
// article's cluster: the earliest published. When the newcomer is earlier
// than the cluster's original, it becomes the original and every member is
// linked to it again. The links let the store count a syndicated story as
// one source.
package cluster

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Sketch parameters: Hashes = Bands × Rows. With 20 bands of 5 rows, a
// pair with Jaccard similarity 0.8 shares a band with probability 0.9997,
// a pair at 0.5 with 0.47, a pair at 0.3 with 0.05: candidates are then
// checked against the threshold.
const (
	Shingle = 5
	Bands   = 20
	Rows    = 5
	Hashes  = Bands * Rows

	// DefaultThreshold is the estimated Jaccard similarity of word
	// shingles from which two articles are copies of one story.
	DefaultThreshold = 0.7
	// MinWords is the shortest text sketched: shorter texts (a headline
	// and a line) are too alike by chance to be linked.
	MinWords = 30
)

// Sketch is the MinHash signature of a text.
type Sketch [Hashes]uint64

// ErrShort is returned by Sign for a text of fewer than MinWords words.
var ErrShort = errors.New("cluster: text too short to sketch")

// seeds are fixed so that sketches can be stored and compared across runs.
var seeds = func() [Hashes]uint64 {
	var s [Hashes]uint64
	x := uint64(0x9e3779b97f4a7c15)
	for i := range s {
		x = splitmix(x + uint64(i))
		s[i] = x
	}
	return s
}()

// splitmix is the SplitMix64 finaliser, a fast well-mixing permutation.
func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

var fold = transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)

// Words returns the words of text, lower-cased and without accents.
func Words(text string) []string {
	folded, _, err := transform.String(fold, text)
	if err != nil {
		folded = text
	}
	return strings.FieldsFunc(strings.ToLower(folded), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	})
}

// Sign returns the sketch of text.
func Sign(text string) (Sketch, error) {
	var sk Sketch
	w := Words(text)
	if len(w) < MinWords {
		return sk, ErrShort
	}
	for i := range sk {
		sk[i] = ^uint64(0)
	}
	h := fnv.New64a()
	for i := 0; i+Shingle <= len(w); i++ {
		h.Reset()
		for _, x := range w[i : i+Shingle] {
			h.Write([]byte(x))
			h.Write([]byte{' '})
		}
		v := h.Sum64()
		for j := range sk {
			if m := splitmix(v ^ seeds[j]); m < sk[j] {
				sk[j] = m
			}
		}
	}
	return sk, nil
}

// Similarity estimates the Jaccard similarity of the shingle sets of two
// sketched texts.
func Similarity(a, b *Sketch) float64 {
	n := 0
	for i := range a {
		if a[i] == b[i] {
			n++
		}
	}
	return float64(n) / Hashes
}

// MarshalBinary encodes the sketch in 800 bytes, little-endian.
func (s *Sketch) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, 8*Hashes)
	for _, v := range s {
		b = binary.LittleEndian.AppendUint64(b, v)
	}
	return b, nil
}

// UnmarshalBinary decodes what MarshalBinary encoded.
func (s *Sketch) UnmarshalBinary(b []byte) error {
	if len(b) != 8*Hashes {
		return fmt.Errorf("cluster: sketch of %d bytes, want %d", len(b), 8*Hashes)
	}
	for i := range s {
		s[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	return nil
}

func (s *Sketch) band(i int) uint64 {
	h := uint64(i) * 0x100000001b3
	for _, v := range s[i*Rows : (i+1)*Rows] {
		h = splitmix(h ^ v)
	}
	return h
}

// Link says that Doc is a copy of Original.
type Link struct {
	Doc        string
	Original   string
	Similarity float64
}

// member is one indexed article.
type member struct {
	id     string
	time   time.Time
	sketch Sketch
	root   int // index of its cluster's original in Index.members
}

// Index finds the near-duplicates of new articles among those added
// before. It is safe for concurrent use.
type Index struct {
	threshold float64

	mu      sync.Mutex
	members []member
	byID    map[string]int
	bands   [Bands]map[uint64][]int32
	copies  map[int][]int // original → its copies
}

// NewIndex returns an empty index; threshold 0 means DefaultThreshold.
func NewIndex(threshold float64) *Index {
	if threshold <= 0 {
		threshold = DefaultThreshold
	}
	x := &Index{threshold: threshold, byID: map[string]int{}, copies: map[int][]int{}}
	for i := range x.bands {
		x.bands[i] = map[uint64][]int32{}
	}
	return x
}

// Len returns the number of articles indexed.
func (x *Index) Len() int {
	x.mu.Lock()
	defer x.mu.Unlock()
	return len(x.members)
}

// Add indexes an article published (or fetched) at t and returns the links
// to record: none when it has no near-duplicate; one, from it to its
// cluster's original, when it is a later copy; one for each member of the
// cluster when it is earlier than the cluster's original and takes its
// place. Adding an id again returns nil and changes nothing.
func (x *Index) Add(id string, t time.Time, sk *Sketch) []Link {
	x.mu.Lock()
	defer x.mu.Unlock()
	if _, ok := x.byID[id]; ok {
		return nil
	}
	best, bestSim := -1, 0.0
	seen := map[int32]bool{}
	var keys [Bands]uint64
	for b := range Bands {
		keys[b] = sk.band(b)
		for _, c := range x.bands[b][keys[b]] {
			if seen[c] {
				continue
			}
			seen[c] = true
			sim := Similarity(sk, &x.members[c].sketch)
			if sim >= x.threshold && (sim > bestSim || (sim == bestSim && int(c) < best)) {
				best, bestSim = int(c), sim
			}
		}
	}
	n := len(x.members)
	x.members = append(x.members, member{id: id, time: t, sketch: *sk, root: n})
	x.byID[id] = n
	for b := range Bands {
		x.bands[b][keys[b]] = append(x.bands[b][keys[b]], int32(n))
	}
	if best < 0 {
		return nil
	}
	root := x.members[best].root
	orig := &x.members[root]
	if !t.Before(orig.time) {
		x.members[n].root = root
		x.copies[root] = append(x.copies[root], n)
		return []Link{{Doc: id, Original: orig.id, Similarity: bestSim}}
	}
	// The newcomer is earlier: it becomes the original of the cluster.
	cluster := append([]int{root}, x.copies[root]...)
	delete(x.copies, root)
	links := make([]Link, 0, len(cluster))
	for _, m := range cluster {
		x.members[m].root = n
		links = append(links, Link{Doc: x.members[m].id, Original: id, Similarity: Similarity(sk, &x.members[m].sketch)})
	}
	x.copies[n] = cluster
	slices.SortFunc(links, func(a, b Link) int { return strings.Compare(a.Doc, b.Doc) })
	return links
}

// Original returns the original of id's cluster (id itself when it is
// one), and false when id is not indexed.
func (x *Index) Original(id string) (string, bool) {
	x.mu.Lock()
	defer x.mu.Unlock()
	i, ok := x.byID[id]
	if !ok {
		return "", false
	}
	return x.members[x.members[i].root].id, true
}
