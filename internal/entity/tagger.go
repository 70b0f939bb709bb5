package entity

import (
	"math"
	"math/rand/v2"
	"slices"
)

// Entity types the tagger labels. NORP comes from the lexicon, not the
// tagger.
var types = []string{"PER", "ORG", "LOC"}

// Tags are BILOU: 0 is O, then B, I, L, U for each type in order.
const nTags = 1 + 4*3

func tagOf(typ, pos int) int { return 1 + typ*4 + pos }

func tagType(t int) int { return (t - 1) / 4 }
func tagPos(t int) int  { return (t - 1) % 4 }

// validTrans reports whether tag b may follow tag a (a < 0: sentence start).
func validTrans(a, b int) bool {
	inside := a > 0 && (tagPos(a) == posB || tagPos(a) == posI)
	if b == 0 {
		return !inside
	}
	switch tagPos(b) {
	case posB, posU:
		return !inside
	default: // I, L
		return inside && tagType(a) == tagType(b)
	}
}

// validEnd reports whether a sentence may end with tag a.
func validEnd(a int) bool { return a == 0 || tagPos(a) == posL || tagPos(a) == posU }

// tagger is a linear sequence model: per-feature tag weights and tag
// transitions, decoded with Viterbi.
type tagger struct {
	index map[uint64]int32 // feature hash → row
	// Sparse rows: row r has weights for tags tags[off[r]:off[r+1]].
	off   []int32
	tags  []uint8
	w     []float32
	trans [(nTags + 1) * nTags]float32 // row nTags is the start
}

// emissions fills e (len(feats)×nTags) with the scores of each tag.
func (tg *tagger) emissions(e []float32, feats [][]uint64) {
	for i, fs := range feats {
		row := e[i*nTags : (i+1)*nTags]
		clear(row)
		for _, f := range fs {
			r, ok := tg.index[f]
			if !ok {
				continue
			}
			for k := tg.off[r]; k < tg.off[r+1]; k++ {
				row[tg.tags[k]] += tg.w[k]
			}
		}
	}
}

var negInf = float32(math.Inf(-1))

// preds[t] lists the tags that may precede t, succs[t] those that may
// follow it, in increasing order: Viterbi visits only valid transitions.
var preds, succs = func() (p, s [nTags][]uint8) {
	for a := range nTags {
		for b := range nTags {
			if validTrans(a, b) {
				p[b] = append(p[b], uint8(a))
				s[a] = append(s[a], uint8(b))
			}
		}
	}
	return p, s
}()

// viterbi returns the best valid tag sequence for emission scores e and
// transitions trans, and for each position the margin between the best
// path and the best path that gives that position another tag.
func viterbi(e []float32, n int, trans *[(nTags + 1) * nTags]float32, path []int, margins []float32) ([]int, []float32) {
	path = path[:0]
	margins = margins[:0]
	if n == 0 {
		return path, margins
	}
	alpha := make([]float32, n*nTags)
	back := make([]int8, n*nTags)
	for t := 0; t < nTags; t++ {
		if validTrans(-1, t) {
			alpha[t] = e[t] + trans[nTags*nTags+t]
		} else {
			alpha[t] = negInf
		}
	}
	for i := 1; i < n; i++ {
		prev := alpha[(i-1)*nTags : i*nTags]
		for t := 0; t < nTags; t++ {
			best, arg := negInf, -1
			for _, p := range preds[t] {
				a := prev[p]
				if a == negInf {
					continue
				}
				if s := a + trans[int(p)*nTags+t]; s > best {
					best, arg = s, int(p)
				}
			}
			if arg < 0 {
				alpha[i*nTags+t] = negInf
				back[i*nTags+t] = -1
				continue
			}
			alpha[i*nTags+t] = best + e[i*nTags+t]
			back[i*nTags+t] = int8(arg)
		}
	}
	// Backward max scores for the margins.
	beta := make([]float32, n*nTags)
	for t := 0; t < nTags; t++ {
		if !validEnd(t) {
			beta[(n-1)*nTags+t] = negInf
		}
	}
	for i := n - 2; i >= 0; i-- {
		for t := 0; t < nTags; t++ {
			best := negInf
			for _, q := range succs[t] {
				b := beta[(i+1)*nTags+int(q)]
				if b == negInf {
					continue
				}
				if s := b + trans[t*nTags+int(q)] + e[(i+1)*nTags+int(q)]; s > best {
					best = s
				}
			}
			beta[i*nTags+t] = best
		}
	}
	best, arg := negInf, 0
	for t := 0; t < nTags; t++ {
		if s := alpha[(n-1)*nTags+t]; validEnd(t) && s > best {
			best, arg = s, t
		}
	}
	path = slices.Grow(path, n)[:n]
	path[n-1] = arg
	for i := n - 1; i > 0; i-- {
		p := back[i*nTags+path[i]]
		if p < 0 {
			p = 0
		}
		path[i-1] = int(p)
	}
	for i := 0; i < n; i++ {
		alt := negInf
		for t := 0; t < nTags; t++ {
			if t == path[i] {
				continue
			}
			if s := alpha[i*nTags+t] + beta[i*nTags+t]; s > alt {
				alt = s
			}
		}
		m := best - alt
		if alt == negInf {
			m = 100
		}
		margins = append(margins, m)
	}
	return path, margins
}

// trainSent is one training sentence: the feature rows of its tokens and
// their gold tags.
type trainSent struct {
	feats [][]int32
	gold  []int
}

// perceptron trains a tagger with the averaged structured perceptron.
type perceptron struct {
	index map[uint64]int32
	w     []float32 // rows × nTags
	u     []float64 // sums of c·update, for averaging
	tw    [(nTags + 1) * nTags]float32
	tu    [(nTags + 1) * nTags]float64
	c     float64
}

func newPerceptron() *perceptron { return &perceptron{index: map[uint64]int32{}, c: 1} }

// rows maps feature hashes to rows, adding new ones when add is set.
func (p *perceptron) rows(fs []uint64, add bool) []int32 {
	out := make([]int32, 0, len(fs))
	for _, f := range fs {
		r, ok := p.index[f]
		if !ok {
			if !add {
				continue
			}
			r = int32(len(p.index))
			p.index[f] = r
			p.w = append(p.w, make([]float32, nTags)...)
			p.u = append(p.u, make([]float64, nTags)...)
		}
		out = append(out, r)
	}
	return out
}

func (p *perceptron) emissions(e []float32, s *trainSent) {
	for i, rs := range s.feats {
		row := e[i*nTags : (i+1)*nTags]
		clear(row)
		for _, r := range rs {
			w := p.w[int(r)*nTags : int(r+1)*nTags]
			for t := range row {
				row[t] += w[t]
			}
		}
	}
}

func (p *perceptron) update(s *trainSent, i, tag int, d float32) {
	for _, r := range s.feats[i] {
		k := int(r)*nTags + tag
		p.w[k] += d
		p.u[k] += p.c * float64(d)
	}
}

func (p *perceptron) updateTrans(prev, tag int, d float32) {
	if prev < 0 {
		prev = nTags
	}
	k := prev*nTags + tag
	p.tw[k] += d
	p.tu[k] += p.c * float64(d)
}

// train runs epochs over the sentences in an order shuffled with seed.
func (p *perceptron) train(sents []trainSent, epochs int, seed uint64, progress func(epoch int, errs int)) {
	r := rand.New(rand.NewPCG(seed, 1))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	var e []float32
	var path []int
	var margins []float32
	for ep := 0; ep < epochs; ep++ {
		r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs := 0
		for _, si := range order {
			s := &sents[si]
			n := len(s.gold)
			if n == 0 {
				continue
			}
			e = slices.Grow(e[:0], n*nTags)[:n*nTags]
			p.emissions(e, s)
			path, margins = viterbi(e, n, &p.tw, path, margins)
			for i := 0; i < n; i++ {
				g, q := s.gold[i], path[i]
				gp, qp := -1, -1
				if i > 0 {
					gp, qp = s.gold[i-1], path[i-1]
				}
				if g != q {
					errs++
					p.update(s, i, g, 1)
					p.update(s, i, q, -1)
				}
				if g != q || gp != qp {
					p.updateTrans(gp, g, 1)
					p.updateTrans(qp, q, -1)
				}
			}
			p.c++
		}
		if progress != nil {
			progress(ep, errs)
		}
	}
}

// average returns the averaged weights as a sparse tagger, dropping
// weights smaller than minWeight in magnitude.
func (p *perceptron) average(minWeight float32) *tagger {
	tg := &tagger{index: make(map[uint64]int32, len(p.index))}
	type fr struct {
		f uint64
		r int32
	}
	feats := make([]fr, 0, len(p.index))
	for f, r := range p.index {
		feats = append(feats, fr{f, r})
	}
	slices.SortFunc(feats, func(a, b fr) int {
		if a.f < b.f {
			return -1
		}
		if a.f > b.f {
			return 1
		}
		return 0
	})
	tg.off = append(tg.off, 0)
	for _, x := range feats {
		start := len(tg.tags)
		for t := 0; t < nTags; t++ {
			k := int(x.r)*nTags + t
			w := float32(float64(p.w[k]) - p.u[k]/p.c)
			if w >= minWeight || w <= -minWeight {
				tg.tags = append(tg.tags, uint8(t))
				tg.w = append(tg.w, w)
			}
		}
		if len(tg.tags) == start {
			continue
		}
		tg.index[x.f] = int32(len(tg.off) - 1)
		tg.off = append(tg.off, int32(len(tg.tags)))
	}
	for k := range tg.trans {
		tg.trans[k] = float32(float64(p.tw[k]) - p.tu[k]/p.c)
	}
	return tg
}

// averageTaggers returns the mean of taggers trained on the same features:
// every feature of any of them, with the mean of its weights per tag, and
// the mean transitions. One tagger is returned as it is.
func averageTaggers(tgs []*tagger) *tagger {
	if len(tgs) == 1 {
		return tgs[0]
	}
	k := float32(len(tgs))
	feats := map[uint64]bool{}
	for _, tg := range tgs {
		for f := range tg.index {
			feats[f] = true
		}
	}
	keys := make([]uint64, 0, len(feats))
	for f := range feats {
		keys = append(keys, f)
	}
	slices.Sort(keys)
	out := &tagger{index: make(map[uint64]int32, len(keys)), off: []int32{0}}
	var row [nTags]float32
	var used [nTags]bool
	for _, f := range keys {
		clear(row[:])
		clear(used[:])
		for _, tg := range tgs {
			r, ok := tg.index[f]
			if !ok {
				continue
			}
			for j := tg.off[r]; j < tg.off[r+1]; j++ {
				row[tg.tags[j]] += tg.w[j] / k
				used[tg.tags[j]] = true
			}
		}
		start := len(out.tags)
		for t := range nTags {
			if used[t] && row[t] != 0 {
				out.tags = append(out.tags, uint8(t))
				out.w = append(out.w, row[t])
			}
		}
		if len(out.tags) == start {
			continue
		}
		out.index[f] = int32(len(out.off) - 1)
		out.off = append(out.off, int32(len(out.tags)))
	}
	for _, tg := range tgs {
		for j := range out.trans {
			out.trans[j] += tg.trans[j] / k
		}
	}
	return out
}
