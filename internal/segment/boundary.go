package segment

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The boundary models decide, at a candidate position between two tokens,
// whether a sentence ends there. They are averaged perceptrons over sparse
// features of the tokens around the position, of the whitespace between
// them, of the state of the sentence so far (its length, open quotes and
// brackets, a run of capitals) and of what the rules of split.go would do
// there, so that the model learns when to overrule them: headings and list
// items without a final period, e-mail headers and signatures, and the
// odd lower-case sentence start.
//
// boundary_fr.bin.gz and boundary_en.bin.gz are derived by TrainBoundaries
// (`vigie train segment`) from the train and dev files of UD French Sequoia
// and the dev file of UD French GSD, and the train and dev files of UD
// English EWT (Universal Dependencies, CC BY-SA 4.0 for EWT and GSD,
// LGPL-LR for Sequoia). They hold hashed feature weights only, no text.

//go:embed boundary_fr.bin.gz
var boundaryFRData []byte

//go:embed boundary_en.bin.gz
var boundaryENData []byte

// boundaryModel is a trained boundary classifier.
type boundaryModel struct {
	w map[uint32]float32
	// starter is the class of a word (by the hash of its lower-case form)
	// as the training data capitalise it: 1 to 3 for words that, written
	// with a capital, mostly begin a sentence, more surely with each
	// class.
	starter map[uint32]uint8
}

var (
	modelOnce [2]sync.Once
	models    [2]*boundaryModel
)

// model returns the boundary model of the language of r, or nil.
func (r *rules) model() *boundaryModel {
	var k int
	var data []byte
	switch r.lang {
	case french:
		k, data = 0, boundaryFRData
	case english:
		k, data = 1, boundaryENData
	default:
		return nil
	}
	modelOnce[k].Do(func() {
		m, err := decodeModel(data)
		if err == nil {
			models[k] = m
		}
	})
	return models[k]
}

const modelMagic = "VSB1"

// encodeModel writes a model as: magic, the weight scale (float32), the
// number of weights, the weights as (delta of the sorted hash, zigzag
// quantised weight) varints, the number of starter words and their
// (delta hash, class) pairs; gzip-compressed.
func encodeModel(w map[uint32]float64, starter map[uint32]uint8) []byte {
	keys := sortedKeys(w)
	maxw := 0.0
	for _, k := range keys {
		maxw = math.Max(maxw, math.Abs(w[k]))
	}
	scale := maxw / 32767
	if scale == 0 {
		scale = 1
	}
	var raw bytes.Buffer
	raw.WriteString(modelMagic)
	binary.Write(&raw, binary.LittleEndian, float32(scale))
	var buf [binary.MaxVarintLen64]byte
	put := func(x uint64) { raw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	// Drop the weights that quantise to zero.
	kept := keys[:0:0]
	for _, k := range keys {
		if math.Round(w[k]/scale) != 0 {
			kept = append(kept, k)
		}
	}
	put(uint64(len(kept)))
	prev := uint32(0)
	for _, k := range kept {
		q := int64(math.Round(w[k] / scale))
		put(uint64(k - prev))
		put(uint64((q << 1) ^ (q >> 63)))
		prev = k
	}
	skeys := make([]uint32, 0, len(starter))
	for k := range starter {
		skeys = append(skeys, k)
	}
	sortU32(skeys)
	put(uint64(len(skeys)))
	prev = 0
	for _, k := range skeys {
		put(uint64(k - prev))
		put(uint64(starter[k]))
		prev = k
	}
	var out bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&out, gzip.BestCompression)
	zw.Write(raw.Bytes())
	zw.Close()
	return out.Bytes()
}

func decodeModel(data []byte) (*boundaryModel, error) {
	if len(data) == 0 {
		return nil, errors.New("segment: empty boundary model")
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	if len(raw) < 8 || string(raw[:4]) != modelMagic {
		return nil, errors.New("segment: not a boundary model")
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(raw[4:8]))
	rd := bytes.NewReader(raw[8:])
	get := func() uint64 {
		x, e := binary.ReadUvarint(rd)
		if e != nil && err == nil {
			err = e
		}
		return x
	}
	n := get()
	if n > 1<<24 {
		return nil, fmt.Errorf("segment: boundary model of %d weights", n)
	}
	m := &boundaryModel{w: make(map[uint32]float32, n)}
	prev := uint32(0)
	for range n {
		k := prev + uint32(get())
		z := get()
		q := int64(z>>1) ^ -int64(z&1)
		m.w[k] = float32(q) * scale
		prev = k
	}
	ns := get()
	if ns > 1<<24 {
		return nil, fmt.Errorf("segment: boundary model of %d starters", ns)
	}
	m.starter = make(map[uint32]uint8, ns)
	prev = 0
	for range ns {
		k := prev + uint32(get())
		m.starter[k] = uint8(get())
		prev = k
	}
	if err != nil {
		return nil, fmt.Errorf("segment: boundary model: %w", err)
	}
	return m, nil
}

func sortedKeys(w map[uint32]float64) []uint32 {
	keys := make([]uint32, 0, len(w))
	for k := range w {
		keys = append(keys, k)
	}
	sortU32(keys)
	return keys
}

func sortU32(a []uint32) { slices.Sort(a) }

// tokInfo is what the features need to know of one token.
type tokInfo struct {
	lower uint32 // hash of the lower-case form
	shape uint32 // hash of the shape: Xx, X, x, d, punctuation
	flags uint8
	size  uint8 // length class
}

const (
	tiLowerWord uint8 = 1 << iota // starts with a lower-case letter
	tiUpper                       // starts with an upper-case letter
	tiAllCaps                     // two letters or more, none in lower case
	tiDigit                       // starts with a digit
	tiPunct                       // starts with neither a letter nor a digit
	tiDone                        // set on every computed tokInfo
)

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

// infoOf computes the tokInfo of a token text.
func infoOf(t string) tokInfo {
	ti := tokInfo{flags: tiDone}
	h := uint32(fnvOffset)
	sh := uint32(fnvOffset)
	var last rune = -1
	nr, shapeLen := 0, 0
	letters, lower := 0, 0
	for i, c := range t {
		if i == 0 {
			switch {
			case isLower(c):
				ti.flags |= tiLowerWord
			case isUpper(c):
				ti.flags |= tiUpper
			case c < utf8.RuneSelf && isDigit(byte(c)) || unicode.IsDigit(c):
				ti.flags |= tiDigit
			case !isWordRune(c):
				ti.flags |= tiPunct
			}
		}
		nr++
		lc := c
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				lc = c + 'a' - 'A'
			}
		} else {
			lc = unicode.ToLower(c)
		}
		if nr <= 24 {
			h = hashRune(h, lc)
		}
		var s rune
		switch {
		case isUpper(c):
			s = 'X'
			letters++
		case isLower(c):
			s = 'x'
			letters++
			lower++
		case isLetter(c):
			s = 'x'
			letters++
		case c < utf8.RuneSelf && isDigit(byte(c)) || unicode.IsDigit(c):
			s = 'd'
		default:
			s = c
		}
		if s != last && shapeLen < 6 {
			sh = hashRune(sh, s)
			shapeLen++
			last = s
		}
	}
	if letters >= 2 && lower == 0 {
		ti.flags |= tiAllCaps
	}
	switch {
	case nr <= 3:
		ti.size = uint8(nr)
	case nr <= 6:
		ti.size = 4
	case nr <= 10:
		ti.size = 5
	default:
		ti.size = 6
	}
	ti.lower, ti.shape = h, sh
	return ti
}

func hashRune(h uint32, r rune) uint32 {
	if r < utf8.RuneSelf {
		return (h ^ uint32(r)) * fnvPrime
	}
	var b [4]byte
	n := utf8.EncodeRune(b[:], r)
	for _, c := range b[:n] {
		h = (h ^ uint32(c)) * fnvPrime
	}
	return h
}

// wordHash is the hash of the lower-case form of w, as infoOf computes it.
func wordHash(w string) uint32 { return infoOf(w).lower }

// feature templates, combined with one or more values into a hash.
const (
	fBias uint32 = iota + 1
	fRule
	fRuleGap
	fPrev
	fNext
	fPrevShape
	fNextShape
	fPrevNextShape
	fPrevWordNextShape
	fPrevShapeNextWord
	fPrevNextWord
	fPrev2
	fShape3
	fNext2Shape
	fNextShape2
	fNextWordNext2Shape
	fRuleNextShape
	fRulePrev
	fLen
	fLenNextShape
	fCaps
	fQuote
	fStarter
	fStarterPrevShape
	fSizes
	fLastMark
	fRuleNextWord
	fGapShapes
	fNextGap
	fPrevGap
)

func mix(h uint32, v uint32) uint32 {
	h ^= v
	h *= 0x9E3779B1
	h ^= h >> 15
	return h
}

func feat(t uint32, vs ...uint32) uint32 {
	h := mix(0x7F4A7C15, t)
	for _, v := range vs {
		h = mix(h, v)
	}
	return h
}

// candidate describes one position between tokens for the features.
type candidate struct {
	rule     uint32 // rule decision code: ruleCode*8 + termCode
	gap      gap
	prev2    tokInfo
	prev     tokInfo
	next     tokInfo
	next2    tokInfo
	hasPrev2 bool
	hasNext2 bool
	gap2     gap // before next2
	gap0     gap // before prev
	sentLen  int // tokens in the sentence so far
	caps     int
	quote    uint32 // open quotes and brackets
	lastMark uint32 // hash of the last terminal mark, when termCode > 0
	starter  uint8
}

func lenClass(n int) uint32 {
	switch {
	case n <= 3:
		return uint32(n)
	case n <= 5:
		return 4
	case n <= 10:
		return 5
	case n <= 20:
		return 6
	case n <= 40:
		return 7
	}
	return 8
}

// features appends the feature hashes of c to fs.
func (c *candidate) features(fs []uint32) []uint32 {
	p, n := &c.prev, &c.next
	g := uint32(c.gap)
	fs = append(fs,
		feat(fBias),
		feat(fRule, c.rule),
		feat(fRuleGap, c.rule, g),
		feat(fPrev, p.lower),
		feat(fNext, n.lower),
		feat(fPrevShape, p.shape),
		feat(fNextShape, n.shape),
		feat(fPrevNextShape, p.shape, n.shape, g),
		feat(fPrevWordNextShape, p.lower, n.shape),
		feat(fPrevShapeNextWord, p.shape, n.lower),
		feat(fPrevNextWord, p.lower, n.lower),
		feat(fRuleNextShape, c.rule, n.shape),
		feat(fRulePrev, c.rule, p.lower),
		feat(fRuleNextWord, c.rule, n.lower),
		feat(fLen, lenClass(c.sentLen), c.rule),
		feat(fLenNextShape, lenClass(c.sentLen), n.shape),
		feat(fCaps, uint32(min(c.caps, 4)), n.shape),
		feat(fQuote, c.quote, c.rule),
		feat(fStarter, uint32(c.starter), uint32(n.flags)),
		feat(fStarterPrevShape, uint32(c.starter), p.shape),
		feat(fSizes, uint32(p.size), uint32(n.size), uint32(p.flags), uint32(n.flags)),
	)
	if c.hasPrev2 {
		fs = append(fs,
			feat(fPrev2, c.prev2.lower),
			feat(fShape3, c.prev2.shape, p.shape, n.shape))
	}
	if c.hasNext2 {
		fs = append(fs,
			feat(fNext2Shape, c.next2.shape),
			feat(fNextShape2, n.shape, c.next2.shape, g),
			feat(fNextWordNext2Shape, n.lower, c.next2.shape),
			feat(fNextGap, n.shape, c.next2.shape, uint32(c.gap2), g))
	}
	if c.lastMark != 0 {
		fs = append(fs, feat(fLastMark, c.lastMark, n.shape))
	}
	fs = append(fs, feat(fGapShapes, g, uint32(p.flags), uint32(n.flags)),
		feat(fPrevGap, p.shape, uint32(c.gap0), g))
	return fs
}

func (m *boundaryModel) score(fs []uint32) float32 {
	var s float32
	for _, f := range fs {
		s += m.w[f]
	}
	return s
}
