package syntax

import (
	"encoding/binary"
	"fmt"
	"io"
	"math"
)

// Features are hashed: a template number and up to three values are mixed
// into one 64-bit key, and the key picks a row of a weight table. There is
// no feature dictionary, so unknown words cost nothing to look up.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashString is FNV-1a, allocation free.
func hashString(s string) uint64 { return fnv1a(s) }

func hashBytes(s []byte) uint64 { return fnv1a(s) }

// fnv1a is the 64-bit FNV-1a hash of s.
func fnv1a[S string | []byte](s S) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func mix(h, v uint64) uint64 {
	h ^= v + 0x9E3779B97F4A7C15 + (h << 6) + (h >> 2)
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	return h
}

func f1(t, a uint64) uint64       { return mix(mix(t*0x100000001b3, a), 1) }
func f2(t, a, b uint64) uint64    { return mix(mix(mix(t*0x100000001b3, a), b), 2) }
func f3(t, a, b, c uint64) uint64 { return mix(mix(mix(mix(t*0x100000001b3, a), b), c), 3) }

// trainTable is a dense averaged-perceptron weight table used in training:
// w holds the current weights, u the sums of update*time for averaging.
type trainTable struct {
	bits    uint
	classes int
	w, u    []float32
}

func newTrainTable(bits uint, classes int) *trainTable {
	n := (1 << bits) * classes
	return &trainTable{bits: bits, classes: classes, w: make([]float32, n), u: make([]float32, n)}
}

func (t *trainTable) row(f uint64) int { return int(f&(1<<t.bits-1)) * t.classes }

func (t *trainTable) score(feats []uint64, out []float32) {
	for _, f := range feats {
		r := t.w[t.row(f):][:t.classes]
		for c, v := range r {
			out[c] += v
		}
	}
}

func (t *trainTable) update(feats []uint64, class int, delta, now float32) {
	for _, f := range feats {
		i := t.row(f) + class
		t.w[i] += delta
		t.u[i] += delta * now
	}
}

// table is the compact read-only form of a weight table, weights quantized
// to int16 with one scale. Tables of up to four classes are dense (four
// int16 per bucket, one cache line touched per feature); wider ones are
// sparse: each non-empty bucket has a run of entries packing
// class<<16 | uint16(weight), at most one per class.
//
// Scoring is bound by cache misses (E11, E15), which the sparse layout is
// chosen to reduce; it is built at load, so the model file does not
// depend on it:
//
//   - loc[b] is where bucket b's run starts in ent, so finding a run is
//     one read. An empty bucket points at ent[0], a run of one entry of
//     class 0 and weight 0: adding it changes nothing, it is always in
//     cache, and the loops need no branch for empty buckets.
//   - A run's length is kept in the top byte of its first entry (length-1:
//     runs hold 1 to 256 entries), which the gather pass reads anyway.
//   - Runs are stored by decreasing length, ties in bucket order. Long
//     runs belong to frequent features (the longest 1% of the English
//     parser's runs hold 8% of its entries but 90% of the entries read),
//     so the hot entries fill a few hundred KB of contiguous lines instead
//     of sharing lines with cold runs all over the array.
//
// Sums are integer, so neither the layout nor the order of the entries
// can change a score. (Tried and rejected: four entries inline per
// 16-byte bucket, 35% slower from the larger footprint; a bitmap of the
// non-empty buckets with ranks and offsets for those only, 0-8% slower
// than the dense offsets despite a third of their footprint: see E15.)
type table struct {
	bits    uint
	classes int
	scale   float32
	dense   []int16  // dense form: 4 per bucket
	loc     []uint32 // sparse form: per bucket, index in ent of its run (0: empty)
	ent     []uint32 // sparse form: ent[0] = 0, then the runs
	n       int      // non-zero weights
}

const denseStride = 4

// compact averages the training weights at time now, drops those whose
// magnitude is under prune, and quantizes the rest.
func (t *trainTable) compact(now float32, prune float32) *table {
	return quantize(t.bits, t.classes, prune, func(b int, row []float32) {
		for c := range row {
			i := b*t.classes + c
			row[c] = t.w[i] - t.u[i]/now
		}
	})
}

// quantize builds a table from the float weights that fill(b, row) gives
// each bucket b (one per class), dropping those whose magnitude is under
// prune and quantizing the rest to int16 with one scale. fill is called
// twice per bucket.
func quantize(bits uint, classes int, prune float32, fill func(b int, row []float32)) *table {
	n := 1 << bits
	row := make([]float32, classes)
	var maxAbs float32
	for b := 0; b < n; b++ {
		fill(b, row)
		for _, v := range row {
			if a := float32(math.Abs(float64(v))); a > maxAbs {
				maxAbs = a
			}
		}
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	scale := maxAbs / 32767
	off := make([]uint32, n+1)
	var cls []uint8
	var val []int16
	for b := 0; b < n; b++ {
		off[b] = uint32(len(cls))
		fill(b, row)
		for c, v := range row {
			if v < prune && v > -prune {
				continue
			}
			q := int16(math.Round(float64(v / scale)))
			if q == 0 {
				continue
			}
			cls = append(cls, uint8(c))
			val = append(val, q)
		}
	}
	off[n] = uint32(len(cls))
	return newTable(bits, classes, scale, off, cls, val)
}

// newTable builds a table from bucket offsets (len 1<<bits + 1) and the
// classes and values of the entries, in bucket order.
func newTable(bits uint, classes int, scale float32, off []uint32, cls []uint8, val []int16) *table {
	var buckets, runs []uint32
	for b := 0; b < 1<<bits; b++ {
		if k := off[b+1] - off[b]; k > 0 {
			buckets = append(buckets, uint32(b))
			runs = append(runs, k)
		}
	}
	return newTableRuns(bits, classes, scale, buckets, runs, cls, val)
}

// newTableRuns builds a table from its non-empty buckets (increasing),
// their run lengths (1 to classes, classes <= 256) and the entries in
// bucket order. Callers validate these.
func newTableRuns(bits uint, classes int, scale float32, buckets, runs []uint32, cls []uint8, val []int16) *table {
	t := &table{bits: bits, classes: classes, scale: scale, n: len(cls)}
	nb := 1 << bits
	if classes <= denseStride {
		t.dense = make([]int16, nb*denseStride)
		j := 0
		for i, b := range buckets {
			for range runs[i] {
				t.dense[int(b)*denseStride+int(cls[j])] = val[j]
				j++
			}
		}
		return t
	}
	// Place the runs by decreasing length with a counting sort, stable so
	// that ties stay in bucket order.
	var count [257]uint32 // runs of each length
	for _, k := range runs {
		count[k]++
	}
	var next [257]uint32 // where the next run of each length goes
	at := uint32(1)      // after the empty run
	for k := 256; k >= 1; k-- {
		next[k] = at
		at += uint32(k) * count[k]
	}
	t.loc = make([]uint32, nb)
	t.ent = make([]uint32, len(cls)+1)
	src := uint32(0) // the run's first entry in cls and val
	for i, b := range buckets {
		k := runs[i]
		s := next[k]
		next[k] += k
		t.loc[b] = s
		for j := range k {
			t.ent[s+j] = uint32(cls[src+j])<<16 | uint32(uint16(val[src+j]))
		}
		t.ent[s] |= (k - 1) << 24
		src += k
	}
	return t
}

// run returns the entries of bucket b of a sparse table, nil if empty.
func (t *table) run(b int) []uint32 {
	s := t.loc[b]
	if s == 0 {
		return nil
	}
	return t.ent[s : s+t.ent[s]>>24+1]
}

// sparse returns the table as bucket offsets, classes and values.
func (t *table) sparse() (off []uint32, cls []uint8, val []int16) {
	nb := 1 << t.bits
	off = make([]uint32, nb+1)
	for b := 0; b < nb; b++ {
		off[b] = uint32(len(cls))
		if t.dense == nil {
			for _, e := range t.run(b) {
				cls = append(cls, uint8(e>>16))
				val = append(val, int16(uint16(e)))
			}
			continue
		}
		for c := 0; c < t.classes; c++ {
			if v := t.dense[b*denseStride+c]; v != 0 {
				cls = append(cls, uint8(c))
				val = append(val, v)
			}
		}
	}
	off[nb] = uint32(len(cls))
	return off, cls, val
}

// score adds the weights of feats to out (len >= classes), unscaled:
// callers compare scores of one table, or multiply by t.scale to mix tables.
func (t *table) score(feats []uint64, out []float32) {
	mask := uint64(1)<<t.bits - 1
	if t.dense != nil {
		var a0, a1, a2, a3 int32
		for _, f := range feats {
			r := t.dense[(f&mask)*denseStride:][:denseStride]
			a0 += int32(r[0])
			a1 += int32(r[1])
			a2 += int32(r[2])
			a3 += int32(r[3])
		}
		out[0] += float32(a0)
		if t.classes > 1 {
			out[1] += float32(a1)
		}
		if t.classes > 2 {
			out[2] += float32(a2)
		}
		if t.classes > 3 {
			out[3] += float32(a3)
		}
		return
	}
	// Three passes over a batch of features: the start of every run, then
	// its first entry (which gives its end), then the sums. Each pass only
	// issues independent loads, so the cache misses of different features
	// overlap instead of queueing one after the other (E11; one pass doing
	// the first two reads was about 10% slower, E15). Integer sums,
	// converted once.
	var spans [128][2]uint32
	var acc [256]int32
	for len(feats) > 0 {
		k := min(len(feats), len(spans))
		for i, f := range feats[:k] {
			spans[i][0] = t.loc[f&mask]
		}
		for i := range spans[:k] {
			s := spans[i][0]
			spans[i][1] = s + t.ent[s]>>24 + 1
		}
		addRuns(&acc, t.ent, spans[:k])
		feats = feats[k:]
	}
	for c, v := range acc[:t.classes] {
		out[c] += float32(v)
	}
}

// addRuns adds the weights of the runs ent[sp[0]:sp[1]] to acc, four
// entries per iteration (3-8% faster in French than one at a time, whose
// loop overhead is a third of the instructions). It is kept out of line
// so that the compiler holds the loop's few values in registers: inlined
// in score, they were spilled to the stack, twice the instructions per
// entry (E15).
//
//go:noinline
func addRuns(acc *[256]int32, ent []uint32, spans [][2]uint32) {
	for _, sp := range spans {
		r := ent[sp[0]:sp[1]]
		for len(r) >= 4 {
			e0, e1, e2, e3 := r[0], r[1], r[2], r[3]
			acc[uint8(e0>>16)] += int32(int16(uint16(e0)))
			acc[uint8(e1>>16)] += int32(int16(uint16(e1)))
			acc[uint8(e2>>16)] += int32(int16(uint16(e2)))
			acc[uint8(e3>>16)] += int32(int16(uint16(e3)))
			r = r[4:]
		}
		for _, e := range r {
			acc[uint8(e>>16)] += int32(int16(uint16(e)))
		}
	}
}

func (t *table) nnz() int { return t.n }

func (t *table) nclasses() int { return t.classes }

func (t *trainTable) nclasses() int { return t.classes }

// The serialized form is columnar (bucket gaps, run lengths, classes,
// low bytes, high bytes) so that gzip finds the regularities.
func (t *table) writeTo(w io.Writer) error {
	off, cls, val := t.sparse()
	var buf []byte
	buf = binary.AppendUvarint(buf, uint64(t.bits))
	buf = binary.AppendUvarint(buf, uint64(t.classes))
	buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(t.scale))
	buf = binary.AppendUvarint(buf, uint64(len(cls)))
	n := 1 << t.bits
	var gaps, runs []byte
	nonEmpty := 0
	last := -1
	for b := 0; b < n; b++ {
		k := off[b+1] - off[b]
		if k == 0 {
			continue
		}
		nonEmpty++
		gaps = binary.AppendUvarint(gaps, uint64(b-last))
		runs = binary.AppendUvarint(runs, uint64(k))
		last = b
	}
	buf = binary.AppendUvarint(buf, uint64(nonEmpty))
	buf = append(buf, gaps...)
	buf = append(buf, runs...)
	buf = append(buf, cls...)
	for _, v := range val {
		buf = append(buf, byte(uint16(v)))
	}
	for _, v := range val {
		buf = append(buf, byte(uint16(v)>>8))
	}
	_, err := w.Write(buf)
	return err
}

func readTable(r *reader) (*table, error) {
	bits := r.uvarint()
	classes := r.uvarint()
	scale := math.Float32frombits(r.uint32())
	nnz := r.uvarint()
	nonEmpty := r.uvarint()
	if r.err != nil {
		return nil, r.err
	}
	if bits > 24 || classes == 0 || classes > 256 || nnz > 1<<30 || nonEmpty > 1<<bits || nonEmpty > nnz || nnz > uint64(len(r.b)) {
		return nil, fmt.Errorf("syntax: bad table header (bits %d, classes %d, nnz %d)", bits, classes, nnz)
	}
	n := uint64(1) << bits
	buckets := make([]uint32, nonEmpty)
	last := -1
	for i := range buckets {
		gap := r.uvarint()
		if gap == 0 || gap > n-uint64(last+1) { // buckets increase, below n
			return nil, fmt.Errorf("syntax: bad table bucket gap %d after bucket %d", gap, last)
		}
		last += int(gap)
		buckets[i] = uint32(last)
	}
	runs := make([]uint32, nonEmpty)
	var total uint64
	for i := range runs {
		k := r.uvarint()
		if k == 0 || k > classes {
			// A bucket holds at most one entry per class.
			return nil, fmt.Errorf("syntax: bad table run length %d (%d classes)", k, classes)
		}
		total += k
		runs[i] = uint32(k)
	}
	if r.err != nil {
		return nil, r.err
	}
	if total != nnz {
		return nil, fmt.Errorf("syntax: table runs sum to %d, want %d", total, nnz)
	}
	cls := r.bytes(int(nnz))
	lo := r.bytes(int(nnz))
	hi := r.bytes(int(nnz))
	if r.err != nil {
		return nil, r.err
	}
	val := make([]int16, nnz)
	for i := range val {
		val[i] = int16(uint16(lo[i]) | uint16(hi[i])<<8)
		if int(cls[i]) >= int(classes) {
			return nil, fmt.Errorf("syntax: table class %d out of range", cls[i])
		}
	}
	return newTableRuns(uint(bits), int(classes), scale, buckets, runs, cls, val), nil
}

// reader decodes the model stream; the first error sticks.
type reader struct {
	b   []byte
	err error
}

func (r *reader) fail(what string) {
	if r.err == nil {
		r.err = fmt.Errorf("syntax: model truncated reading %s", what)
	}
}

func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail("varint")
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) uint32() uint32 {
	if r.err != nil || len(r.b) < 4 {
		r.fail("uint32")
		return 0
	}
	v := binary.LittleEndian.Uint32(r.b)
	r.b = r.b[4:]
	return v
}

func (r *reader) bytes(n int) []byte {
	if r.err != nil || n < 0 || len(r.b) < n {
		r.fail("bytes")
		return nil
	}
	v := r.b[:n:n]
	r.b = r.b[n:]
	return v
}

func (r *reader) str() string {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		r.fail("string")
		return ""
	}
	return string(r.bytes(int(n)))
}

func (r *reader) strs() []string {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		r.fail("strings")
		return nil
	}
	out := make([]string, 0, n)
	for i := uint64(0); i < n && r.err == nil; i++ {
		out = append(out, r.str())
	}
	return out
}

func appendStr(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendStrs(b []byte, ss []string) []byte {
	b = binary.AppendUvarint(b, uint64(len(ss)))
	for _, s := range ss {
		b = appendStr(b, s)
	}
	return b
}
