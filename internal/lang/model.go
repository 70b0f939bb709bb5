package lang

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"
)

//go:generate go run ../../cmd/vigie train -shared ../../../shared -root ../.. lang

// fren.gz is the French/English character n-gram model: counts of each
// n-gram and word in French and English training sentences. It is built
// by TestTrainModel from ../shared/data/ud (see train_test.go).
//
//go:embed fren.gz
var frEnGz []byte

const (
	minOrder   = 2 // shortest character n-gram: single letters add little
	maxOrder   = 5 // longest character n-gram, padding spaces included
	wordOrder  = 6 // the order under which whole words are stored
	lowerOrder = 7 // words written in lower case (not names), for vocab
	nOrders    = lowerOrder + 1
)

// smoothing is the additive smoothing of the n-gram counts.
const smoothing = 0.5

// frEnScale turns the summed log-likelihood ratio of the model, which
// counts overlapping n-grams as if independent, into usable log odds.
// Fitted on development sentences (see TestCalibration).
const frEnScale = 0.16

// ngramModel holds, for each n-gram and word of the model, the log ratio
// of its French and English probabilities.
type ngramModel struct {
	ratio hashTable
	// vocab holds the words seen in lower case at least minVocabCount
	// times in French or English training text (names are left out),
	// scored like words.txt (log of the frequency over rareFreq), so that
	// the content words of French and English count against the function
	// words of the other languages.
	vocab map[string][2]float32
}

// minVocabCount is how often a training word must occur to join vocab.
const minVocabCount = 3

var (
	modelOnce sync.Once
	model     *ngramModel
	modelErr  error
)

// frEnModel returns the embedded model, or nil if it cannot be read (the
// function-word scores then decide alone).
func frEnModel() *ngramModel {
	modelOnce.Do(func() {
		model, modelErr = loadModel(bytes.NewReader(frEnGz))
	})
	return model
}

// modelCounts is the content of a model file.
type modelCounts struct {
	total [nOrders][2]float64 // n-gram tokens seen per order, French then English
	types [nOrders]float64    // distinct n-grams kept per order
	grams []gramCount
}

type gramCount struct {
	order int
	gram  string
	n     [2]float64
}

// readModel parses a model file:
//
//	T <order> <french total> <english total> <types>
//	<order> TAB <gram> TAB <french count> TAB <english count>
func readModel(r io.Reader) (*modelCounts, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("lang: unable to open model: %w", err)
	}
	defer zr.Close()
	mc := &modelCounts{}
	sc := bufio.NewScanner(zr)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || s[0] == '#' {
			continue
		}
		f := strings.Split(s, "\t")
		isTotal := f[0] == "T"
		if isTotal && len(f) != 5 || !isTotal && len(f) != 4 {
			return nil, fmt.Errorf("lang: model line %d: %d fields", line, len(f))
		}
		oi := 0 // the order is the first field, the second of a total
		if isTotal {
			oi = 1
		}
		order, err := strconv.Atoi(f[oi])
		if err != nil || order < 1 || order >= nOrders {
			return nil, fmt.Errorf("lang: model line %d: bad order %q", line, f[oi])
		}
		var v [3]float64 // the numbers from the third field on
		for i := 2; i < len(f); i++ {
			v[i-2], err = strconv.ParseFloat(f[i], 64)
			if err != nil {
				return nil, fmt.Errorf("lang: model line %d: %w", line, err)
			}
		}
		if isTotal {
			mc.total[order] = [2]float64{v[0], v[1]}
			mc.types[order] = v[2]
			continue
		}
		mc.grams = append(mc.grams, gramCount{order: order, gram: f[1], n: [2]float64{v[0], v[1]}})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("lang: unable to read model: %w", err)
	}
	return mc, nil
}

func loadModel(r io.Reader) (*ngramModel, error) {
	mc, err := readModel(r)
	if err != nil {
		return nil, err
	}
	m := &ngramModel{ratio: newHashTable(len(mc.grams)), vocab: map[string][2]float32{}}
	var rs []rune
	for _, g := range mc.grams {
		o := g.order
		v := mc.types[o]
		tf, te := mc.total[o][0], mc.total[o][1]
		if tf <= 0 || te <= 0 || v <= 0 {
			return nil, fmt.Errorf("lang: model has no totals for order %d", o)
		}
		pf := (g.n[0] + smoothing) / (tf + smoothing*v)
		pe := (g.n[1] + smoothing) / (te + smoothing*v)
		rs = append(rs[:0], []rune(g.gram)...)
		if o == lowerOrder {
			if g.n[0] >= minVocabCount || g.n[1] >= minVocabCount {
				var v [2]float32
				for i, c := range g.n {
					perMille := 1000 * c / mc.total[o][i]
					v[i] = float32(math.Log(math.Max(perMille, rareFreq) / rareFreq))
				}
				m.vocab[g.gram] = v
			}
			continue
		}
		m.ratio.put(gramHash(o, rs), float32(math.Log(pf/pe)))
	}
	return m, nil
}

// FNV-1a over runes. Words start from another basis than n-grams, so that
// the word "de" and the n-gram "de" are different features.
const (
	fnvBasis  = 14695981039346656037
	wordBasis = 0x9ae16a3b2f90404f
	fnvPrime  = 1099511628211
)

func gramHash(order int, g []rune) uint64 {
	h := uint64(fnvBasis)
	if order == wordOrder {
		h = wordBasis
	}
	for _, r := range g {
		h = (h ^ uint64(r)) * fnvPrime
	}
	return h
}

// eachFeature calls fn for every feature of word w: its character n-grams
// of orders minOrder to maxOrder with a space on each side, then w itself.
func eachFeature(w []rune, fn func(order int, g []rune, h uint64)) {
	var pad [maxTokenRunes + 4]rune
	n := copy(pad[1:], w) + 2
	pad[0], pad[n-1] = ' ', ' '
	p := pad[:n]
	for i := range p {
		h := uint64(fnvBasis)
		for o := 1; o <= maxOrder && i+o <= n; o++ {
			h = (h ^ uint64(p[i+o-1])) * fnvPrime
			if o < minOrder {
				continue
			}
			fn(o, p[i:i+o], h)
		}
	}
	fn(wordOrder, w, gramHash(wordOrder, w))
}

// score returns the summed log ratio of the features of w that the model
// knows, and how many it knows. It walks the same features as eachFeature
// without building them.
func (m *ngramModel) score(w []rune) (sum float64, n int) {
	var pad [maxTokenRunes + 4]rune
	k := copy(pad[1:], w) + 2
	pad[0], pad[k-1] = ' ', ' '
	for i := 0; i < k; i++ {
		h := uint64(fnvBasis)
		for o := 1; o <= maxOrder && i+o <= k; o++ {
			h = (h ^ uint64(pad[i+o-1])) * fnvPrime
			if o < minOrder {
				continue
			}
			if d, ok := m.ratio.get(h); ok {
				sum += float64(d)
				n++
			}
		}
	}
	if d, ok := m.ratio.get(gramHash(wordOrder, w)); ok {
		sum += float64(d)
		n++
	}
	return sum, n
}

// hashTable is an open-addressing map from feature hash to value, about
// three times faster than a Go map here, where lookups dominate.
type hashTable struct {
	keys  []uint64
	vals  []float32
	shift uint
	n     int
}

func (t *hashTable) len() int { return t.n }

func newHashTable(n int) hashTable {
	bits := uint(4)
	for 1<<bits < 2*n {
		bits++
	}
	return hashTable{keys: make([]uint64, 1<<bits), vals: make([]float32, 1<<bits), shift: 64 - bits}
}

// slot returns where key is or would go. Key 0 marks an empty slot, so
// a hash of 0 is stored as 1.
func (t *hashTable) slot(key uint64) (int, uint64) {
	if key == 0 {
		key = 1
	}
	mask := len(t.keys) - 1
	i := int((key * 0x9E3779B97F4A7C15) >> t.shift)
	for t.keys[i] != 0 && t.keys[i] != key {
		i = (i + 1) & mask
	}
	return i, key
}

func (t *hashTable) put(key uint64, v float32) {
	i, key := t.slot(key)
	if t.keys[i] == 0 {
		t.n++
	}
	t.keys[i] = key
	t.vals[i] = v
}

func (t *hashTable) get(key uint64) (float32, bool) {
	if len(t.keys) == 0 {
		return 0, false
	}
	i, key := t.slot(key)
	if t.keys[i] == 0 {
		return 0, false
	}
	return t.vals[i], true
}
