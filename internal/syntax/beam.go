package syntax

import "math"

// Beam decoding (E26). The parser is trained greedily, and its scores are
// not probabilities; read through a softmax at a high temperature they
// are good enough to let a small beam revisit the decisions the greedy
// parser was unsure of. Arc-hybrid sequences all have 2n transitions, so
// the items of a beam are always comparable.
//
// The beam is pruned twice: an item's successors more than delta under its
// best one (in log-probability) are dropped before any other work, and
// the beam keeps at most width items within delta of the best. Most steps
// then have a single item with a single successor, which is applied in
// place at the cost of the greedy parser plus a scan of the scores; only
// steps where the model hesitates score more than one item. The
// normaliser of the softmax only matters between items, so it is computed
// only when the beam holds more than one.

// beamConf is the decoding setting; width 1 or less is greedy.
type beamConf struct {
	width int
	temp  float32 // softmax temperature, in weight units
	delta float32 // log-probability margin under the best item
}

// beamMaxWords bounds the sentences decoded with a beam: branching copies
// an item's arrays, so a longer sentence goes to the greedy parser and
// the cost stays linear in its length.
const beamMaxWords = 256

// beamTemp is the softmax temperature, chosen on EWT dev (E26).
const beamTemp = 27

// beamOf is the setting for a beam of the given width, with the margin
// EWT dev chose for it (E26): a wider beam pays only with a wider margin.
func beamOf(width int) beamConf {
	switch {
	case width <= 1:
		return beamConf{width: 1}
	case width == 2:
		return beamConf{width: 2, temp: beamTemp, delta: 0.5}
	}
	return beamConf{width: min(width, maxBeam), temp: beamTemp, delta: 1.5}
}

// maxBeam bounds the width: wider beams only cost.
const maxBeam = 16

// DefaultBeam is the beam width a language's model parses with when read
// from a file. English parses with a beam of two, which meets the EWT goal
// from raw text for about a tenth of the English speed; French stays
// greedy: its goals are met, and the beam would cost a fifth of the speed
// that the French pipeline needs (E26). Other languages are greedy.
func DefaultBeam(lang string) int {
	if lang == "en" {
		return 2
	}
	return 1
}

// WithBeam returns a copy of m that parses with a beam of the given width
// (1: greedy). The weights are shared; m is unchanged.
func (m *Model) WithBeam(width int) *Model {
	c := m.clone()
	c.parser.beam = beamOf(width)
	return c
}

// Beam is the beam width m parses with.
func (m *Model) Beam() int { return max(1, m.parser.beam.width) }

type beamCand struct {
	from  int
	t, l  int
	score float32
}

type beamBuf struct {
	items, next []state
	score, nsc  []float32
	cands       []beamCand
}

// copyFrom makes s a copy of o that shares o's read-only word arrays.
func (s *state) copyFrom(o *state) {
	s.n, s.b = o.n, o.b
	s.stack = append(s.stack[:0], o.stack...)
	s.head = append(s.head[:0], o.head...)
	s.lab = append(s.lab[:0], o.lab...)
	s.lc1 = append(s.lc1[:0], o.lc1...)
	s.lc2 = append(s.lc2[:0], o.lc2...)
	s.rc1 = append(s.rc1[:0], o.rc1...)
	s.rc2 = append(s.rc2[:0], o.rc2...)
	s.nl = append(s.nl[:0], o.nl...)
	s.nr = append(s.nr[:0], o.nr...)
	s.lset = append(s.lset[:0], o.lset...)
	s.rset = append(s.rset[:0], o.rset...)
	s.w, s.p, s.c, s.sfx, s.fr, s.sn = o.w, o.p, o.c, o.sfx, o.fr, o.sn
}

// parseBeam decodes toks with the beam and returns the best final state.
// It reads joint (transition, label) scores: a factorized model (an
// experiment of syntaxtrain) parses greedily.
func (p *parser) parseBeam(b *parseBuf, toks []token) *state {
	bb := &b.beam
	k := p.beam.width
	if len(bb.items) < k {
		bb.items, bb.next = make([]state, k), make([]state, k)
		bb.score, bb.nsc = make([]float32, k), make([]float32, k)
	}
	items, next := bb.items[:1], bb.next
	items[0].reset(toks)
	score, nsc := bb.score[:1], bb.nsc
	score[0] = 0
	for !items[0].terminal() {
		bb.cands = bb.cands[:0]
		for i := range items {
			s := &items[i]
			if s.onlyShift() {
				bb.cands = append(bb.cands, beamCand{i, tShift, -1, score[i]})
				continue
			}
			p.scoresOf(b, s)
			bb.cands = p.jointSuccessors(b, s, i, score[i], len(items) > 1, bb.cands)
		}
		if len(bb.cands) == 0 {
			break
		}
		cands := bb.cands
		// insertion sort, best first: a few candidates at most
		for i := 1; i < len(cands); i++ {
			for j := i; j > 0 && cands[j].score > cands[j-1].score; j-- {
				cands[j], cands[j-1] = cands[j-1], cands[j]
			}
		}
		n := 1
		for n < len(cands) && n < k && cands[n].score >= cands[0].score-p.beam.delta {
			n++
		}
		if len(items) == 1 && n == 1 {
			items[0].apply(cands[0].t, cands[0].l)
			continue
		}
		next, nsc = next[:n], nsc[:n]
		for j, c := range cands[:n] {
			next[j].copyFrom(&items[c.from])
			next[j].apply(c.t, c.l)
			nsc[j] = c.score
		}
		items, next = next, items[:cap(items)]
		score, nsc = nsc, score[:cap(score)]
	}
	return &items[0]
}

// jointSuccessors appends the successors of s worth keeping, read straight
// from the joint class scores, without building the list of all legal
// pairs. The normaliser is only computed when norm is set (more than one
// item).
func (p *parser) jointSuccessors(b *parseBuf, s *state, from int, base float32, norm bool, out []beamCand) []beamCand {
	nl := len(p.labels)
	// the legal classes as runs of b.ts: SHIFT; LEFT with any label but
	// root; RIGHT with any label but root, or only root from the root
	type span struct{ t, lo, hi int } // classes lo..hi-1, label = class-lo
	var spans [3]span
	ns := 0
	if s.legal(tShift) {
		spans[ns] = span{tShift, 0, 1}
		ns++
	}
	if s.legal(tLeft) {
		spans[ns] = span{tLeft, 1, 1 + nl}
		ns++
	}
	if s.legal(tRight) {
		spans[ns] = span{tRight, 1 + nl, 1 + 2*nl}
		ns++
	}
	rootLeft := 1 + p.root
	rootRight := 1 + nl + p.root
	onlyRoot := false
	if s.legal(tRight) {
		h, _ := s.arc(tRight)
		onlyRoot = h == 0
	}
	ok := func(c int) bool {
		if c == rootLeft {
			return false
		}
		if c >= 1+nl {
			return (c == rootRight) == onlyRoot
		}
		return true
	}
	mx := float32(math.Inf(-1))
	for _, sp := range spans[:ns] {
		for c := sp.lo; c < sp.hi; c++ {
			if v := b.ts[c]; v > mx && ok(c) {
				mx = v
			}
		}
	}
	if ns == 0 || math.IsInf(float64(mx), -1) {
		return out
	}
	inv := p.tscale / p.beam.temp
	var lz float32
	if norm {
		var z float32
		for _, sp := range spans[:ns] {
			for c := sp.lo; c < sp.hi; c++ {
				if ok(c) {
					z += fastExp((b.ts[c] - mx) * inv)
				}
			}
		}
		lz = float32(math.Log(float64(z)))
	}
	cut := mx - p.beam.delta/inv
	for _, sp := range spans[:ns] {
		for c := sp.lo; c < sp.hi; c++ {
			if v := b.ts[c]; v >= cut && ok(c) {
				l := c - sp.lo
				if sp.t == tShift {
					l = -1
				}
				out = append(out, beamCand{from, sp.t, l, base + (v-mx)*inv - lz})
			}
		}
	}
	return out
}

// fastExp is e^x for x <= 0 within 0.03% (a power of two put in the
// exponent bits, a cubic for the fraction), 0 under -80: enough for a
// normaliser summed over a hundred classes, at a fraction of math.Exp.
func fastExp(x float32) float32 {
	if x < -80 {
		return 0
	}
	// 2^(x/ln2) = 2^i * 2^f, f in [0,1)
	y := x * 1.442695041
	i := float32(math.Floor(float64(y)))
	f := y - i
	// 2^f on [0,1): a cubic within 1e-4
	p := 1 + f*(0.6951786+f*(0.2261768+f*0.0781251))
	return math.Float32frombits(math.Float32bits(p) + uint32(int32(i))<<23)
}
