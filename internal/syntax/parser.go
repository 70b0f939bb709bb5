package syntax

import "math"

// The parser is arc-hybrid (Kuhlmann et al. 2011) with the dynamic oracle
// of Goldberg and Nivre (2013), greedy, with the root at the bottom of the
// stack and a single root enforced. A transition's score is the sum of an
// unlabelled part (SHIFT, LEFT, RIGHT over rich stack/buffer features, Zhang
// and Nivre 2011) and, for arcs, a label part over features of the
// would-be head and dependent; the best (transition, label) pair wins.

const (
	tShift = iota
	tLeft
	tRight
	nTrans
)

type scorer interface {
	score(feats []uint64, out []float32)
}

type state struct {
	n          int
	stack      []int
	b          int // buffer front; the buffer is b..n
	head, lab  []int
	lc1, lc2   []int
	rc1, rc2   []int
	nl, nr     []uint64
	lset, rset []uint64
	w, p, c    []uint64 // word, fine tag and UPOS; index 0 is the root, n+1 "none"
	sfx        []uint64
	fr         []uint64 // verb frame classes
	sn         []uint64 // noun supersenses
}

func (s *state) reset(toks []token) {
	n := len(toks)
	s.n = n
	s.stack = append(s.stack[:0], 0)
	s.b = 1
	grow := func(a []int) []int {
		if cap(a) < n+2 {
			a = make([]int, n+2)
		}
		a = a[:n+2]
		for i := range a {
			a[i] = n + 1
		}
		return a
	}
	grow64 := func(a []uint64) []uint64 {
		if cap(a) < n+2 {
			a = make([]uint64, n+2)
		}
		a = a[:n+2]
		clear(a)
		return a
	}
	s.head, s.lab = grow(s.head), grow(s.lab)
	s.lc1, s.lc2, s.rc1, s.rc2 = grow(s.lc1), grow(s.lc2), grow(s.rc1), grow(s.rc2)
	s.nl, s.nr, s.lset, s.rset = grow64(s.nl), grow64(s.nr), grow64(s.lset), grow64(s.rset)
	s.w, s.p, s.c, s.sfx, s.fr, s.sn = grow64(s.w), grow64(s.p), grow64(s.c), grow64(s.sfx), grow64(s.fr), grow64(s.sn)
	s.w[0], s.p[0], s.c[0], s.sfx[0] = 0x726f6f74, 90, 90, 0x726f6f74
	s.w[n+1], s.p[n+1], s.c[n+1], s.sfx[n+1] = noneHash, 91, 91, noneHash
	for i := range toks {
		s.w[i+1] = toks[i].lw
		s.p[i+1] = toks[i].fine
		s.c[i+1] = uint64(toks[i].upos)
		s.sfx[i+1] = toks[i].suf[2]
		s.fr[i+1] = toks[i].frames
		s.sn[i+1] = toks[i].sense
	}
	for i := range s.lab {
		s.lab[i] = -1
	}
}

func (s *state) terminal() bool { return s.b > s.n && len(s.stack) == 1 }

// onlyShift tells whether SHIFT is the one legal transition (only the root
// on the stack): decoding need not score it. It is about a quarter of an
// English sentence's transitions.
func (s *state) onlyShift() bool { return len(s.stack) == 1 && s.b <= s.n }

func (s *state) legal(t int) bool {
	k := len(s.stack)
	switch t {
	case tShift:
		return s.b <= s.n
	case tLeft:
		return s.b <= s.n && k >= 1 && s.stack[k-1] != 0
	case tRight:
		return k >= 2 && (s.stack[k-2] != 0 || s.b > s.n && k == 2)
	}
	return false
}

// arc returns the head and dependent of an arc transition.
func (s *state) arc(t int) (h, d int) {
	k := len(s.stack)
	d = s.stack[k-1]
	if t == tLeft {
		return s.b, d
	}
	return s.stack[k-2], d
}

func (s *state) apply(t, label int) {
	if t == tShift {
		s.stack = append(s.stack, s.b)
		s.b++
		return
	}
	h, d := s.arc(t)
	s.stack = s.stack[:len(s.stack)-1]
	s.head[d], s.lab[d] = h, label
	bit := uint64(1) << (uint(label) & 63)
	if d < h {
		s.nl[h]++
		s.lset[h] |= bit
		if s.lc1[h] > s.n || d < s.lc1[h] {
			s.lc2[h] = s.lc1[h]
			s.lc1[h] = d
		} else if s.lc2[h] > s.n || d < s.lc2[h] {
			s.lc2[h] = d
		}
	} else {
		s.nr[h]++
		s.rset[h] |= bit
		if s.rc1[h] > s.n || d > s.rc1[h] {
			s.rc2[h] = s.rc1[h]
			s.rc1[h] = d
		} else if s.rc2[h] > s.n || d > s.rc2[h] {
			s.rc2[h] = d
		}
	}
}

// cost counts the gold arcs that transition t makes unreachable.
func (s *state) cost(t int, gold []int) int {
	k := len(s.stack)
	c := 0
	switch t {
	case tShift:
		b := s.b
		for i, x := range s.stack {
			if gold[x] == b {
				c++
			}
			if i < k-1 && gold[b] == x {
				c++
			}
		}
	case tLeft, tRight:
		s0 := s.stack[k-1]
		if t == tLeft && k >= 2 && gold[s0] == s.stack[k-2] {
			c++
		}
		g := gold[s0]
		if t == tLeft && g > s.b && g <= s.n || t == tRight && g >= s.b && g <= s.n {
			c++
		}
		for d := s.b; d <= s.n; d++ {
			if gold[d] == s0 {
				c++
			}
		}
	}
	return c
}

func dist(a, b int) uint64 {
	d := b - a
	if d < 0 {
		d = -d
	}
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 6:
		return 5
	case d <= 9:
		return 6
	case d <= 14:
		return 7
	}
	return 8
}

func (s *state) lab1(x int) uint64 {
	if x > s.n || s.lab[x] < 0 {
		return 0
	}
	return uint64(s.lab[x]) + 1
}

// features appends the unlabelled-transition features.
// window returns the top three stack items and the first three buffer
// items, n+1 ("none") where there is none.
func (s *state) window() (s0, s1, s2, b0, b1, b2 int) {
	none := s.n + 1
	k := len(s.stack)
	s0, s1, s2 = none, none, none
	if k >= 1 {
		s0 = s.stack[k-1]
	}
	if k >= 2 {
		s1 = s.stack[k-2]
	}
	if k >= 3 {
		s2 = s.stack[k-3]
	}
	b0, b1, b2 = none, none, none
	if s.b <= s.n {
		b0 = s.b
	}
	if s.b+1 <= s.n {
		b1 = s.b + 1
	}
	if s.b+2 <= s.n {
		b2 = s.b + 2
	}
	return
}

func (s *state) features(fs []uint64) []uint64 {
	none := s.n + 1
	k := len(s.stack)
	s0, s1, s2, b0, b1, b2 := s.window()
	w, p := s.w, s.p
	s0l, s0l2, s0r, s0r2 := s.lc1[s0], s.lc2[s0], s.rc1[s0], s.rc2[s0]
	b0l, b0l2 := s.lc1[b0], s.lc2[b0]
	s1r, s1l := s.rc1[s1], s.lc1[s1]
	var d uint64 = 9
	if s0 != none && b0 != none {
		d = dist(s0, b0)
	}
	fs = append(fs,
		f1(200, 0),
		f1(201, w[s0]), f1(202, p[s0]), f2(203, w[s0], p[s0]),
		f1(204, w[b0]), f1(205, p[b0]), f2(206, w[b0], p[b0]),
		f1(207, w[b1]), f1(208, p[b1]), f2(209, w[b1], p[b1]),
		f1(210, w[b2]), f1(211, p[b2]), f2(212, w[b2], p[b2]),
		f1(213, w[s1]), f1(214, p[s1]), f2(215, w[s1], p[s1]), f1(216, p[s2]),
		mix(f2(217, w[s0], p[s0]), f2(0, w[b0], p[b0])),
		f3(218, w[s0], p[s0], w[b0]), f3(219, w[s0], w[b0], p[b0]),
		f3(220, w[s0], p[s0], p[b0]), f3(221, p[s0], w[b0], p[b0]),
		f2(222, w[s0], w[b0]), f2(223, p[s0], p[b0]), f2(224, p[b0], p[b1]),
		f3(225, p[b0], p[b1], p[b2]), f3(226, p[s0], p[b0], p[b1]), f3(227, p[s1], p[s0], p[b0]),
		f3(228, p[s0], p[s0l], p[b0]), f3(229, p[s0], p[s0r], p[b0]), f3(230, p[s0], p[b0], p[b0l]),
		f2(231, w[s0], d), f2(232, p[s0], d), f2(233, w[b0], d), f2(234, p[b0], d),
		f3(235, w[s0], w[b0], d), f3(236, p[s0], p[b0], d),
		f2(237, w[s0], s.nr[s0]), f2(238, p[s0], s.nr[s0]), f2(239, w[s0], s.nl[s0]),
		f2(240, p[s0], s.nl[s0]), f2(241, w[b0], s.nl[b0]), f2(242, p[b0], s.nl[b0]),
		f1(243, w[s0l]), f1(244, p[s0l]), f1(245, s.lab1(s0l)),
		f1(246, w[s0r]), f1(247, p[s0r]), f1(248, s.lab1(s0r)),
		f1(249, w[b0l]), f1(250, p[b0l]), f1(251, s.lab1(b0l)),
		f1(252, w[s0l2]), f1(253, p[s0l2]), f1(254, s.lab1(s0l2)),
		f1(255, w[s0r2]), f1(256, p[s0r2]), f1(257, s.lab1(s0r2)),
		f1(258, w[b0l2]), f1(259, p[b0l2]), f1(260, s.lab1(b0l2)),
		f3(261, p[s0], p[s0l], p[s0l2]), f3(262, p[s0], p[s0r], p[s0r2]), f3(263, p[b0], p[b0l], p[b0l2]),
		f2(264, w[s0], s.rset[s0]), f2(265, p[s0], s.rset[s0]), f2(266, w[s0], s.lset[s0]),
		f2(267, p[s0], s.lset[s0]), f2(268, w[b0], s.lset[b0]), f2(269, p[b0], s.lset[b0]),
		f2(270, p[s1], p[s0]), f3(271, p[s2], p[s1], p[s0]), f2(272, w[s1], w[s0]),
		f2(273, p[s1], w[s0]), f2(274, w[s1], p[s0]), f3(275, p[s1], p[s1r], p[s0]),
		f2(276, s.lab1(s1r), p[s1]), f2(277, p[s1], p[b0]), f3(278, w[s1], p[s1], p[b0]),
		f3(279, p[s1], p[s0], p[b1]), f3(280, p[s1], p[s1l], p[s0]),
		f3(281, p[s1], p[b0], dist(s1, b0)), f2(282, s.sfx[s0], p[b0]), f2(283, s.sfx[b0], p[s0]),
		f2(284, w[s1], w[b0]), f2(285, uint64(min(k, 4)), p[b0]),
		f1(286, s.c[s0]), f1(287, s.c[b0]), f2(288, s.c[s0], s.c[b0]), f3(289, s.c[b0], s.c[b1], s.c[b2]),
		f3(290, s.c[s1], s.c[s0], s.c[b0]), f2(291, w[s0], s.c[b0]), f2(292, s.c[s0], w[b0]),
	)
	return fs
}

// frameFeatures appends the features of the verb frames the lexicon
// gives (English, from WordNet): what complements the words on the stack
// take, against what comes next.
func (s *state) frameFeatures(fs []uint64) []uint64 {
	s0, s1, _, b0, b1, _ := s.window()
	fr, p := s.fr, s.p
	return append(fs,
		f2(293, fr[s0], p[b0]), f3(294, fr[s0], p[b0], p[b1]), f3(295, fr[s0], p[b0], s.rset[s0]),
		f2(296, fr[b0], p[s0]), f3(297, fr[s1], p[s0], p[b0]), f3(298, fr[s0], p[s0], s.nr[s0]),
	)
}

// senseFeatures appends the features of the noun supersenses the lexicon
// gives (English, from WordNet): what kind of thing a noun is (a time, a
// place, a person, an act) says where its prepositional phrase hangs.
func (s *state) senseFeatures(fs []uint64) []uint64 {
	s0, s1, _, b0, _, _ := s.window()
	sn, p, w := s.sn, s.p, s.w
	s0l := s.lc1[s0]
	return append(fs,
		f3(299, sn[s0], w[s0l], p[s1]), f3(300, sn[s0], w[s0l], p[b0]), f2(301, sn[s0], p[s1]),
		f2(302, sn[b0], p[s0]), f3(303, sn[s0], sn[s1], w[s0l]), f3(304, sn[s0], w[s0l], w[s1]),
	)
}

// labelFeatures appends the features for labelling an arc h -> d in
// direction dir, with c the other item the transition leaves in place.
func (s *state) labelFeatures(fs []uint64, h, d, c int, dir uint64) []uint64 {
	w, p := s.w, s.p
	var dl, dr uint64 = 91, 91
	if d > 1 {
		dl = p[d-1]
	}
	if d < s.n {
		dr = p[d+1]
	}
	t := 1000 * (dir + 1)
	fs = append(fs,
		f1(t, 0),
		f1(t+1, w[h]), f1(t+2, p[h]), f1(t+3, w[d]), f1(t+4, p[d]),
		f2(t+5, p[h], p[d]), f2(t+6, w[h], p[d]), f2(t+7, p[h], w[d]), f2(t+8, w[h], w[d]),
		f3(t+9, p[h], p[d], dist(h, d)), f2(t+10, p[d], s.lset[d]|s.rset[d]<<1),
		f2(t+11, p[h], s.lset[h]|s.rset[h]<<1), f2(t+12, p[d], s.sfx[d]),
		f3(t+13, p[d], dl, dr), f3(t+14, p[d], p[h], p[c]),
		f2(t+15, p[d], s.lab1(s.lc1[d])), f2(t+16, p[d], s.lab1(s.rc1[d])),
		f2(t+17, w[d], p[h]), f3(t+18, p[h], p[d], s.lset[h]), f3(t+19, p[h], p[d], s.lset[d]),
		f3(t+20, w[d], p[d], s.lset[d]|s.rset[d]<<1), f2(t+21, p[h], w[c]),
		f2(t+22, s.c[h], s.c[d]), f3(t+23, s.c[h], s.c[d], dist(h, d)),
	)
	return fs
}

// parser holds the weight tables and the label inventory. In the joint
// form the transition table has a class per (transition, label) pair,
// SHIFT then LEFT-l then RIGHT-l, and the label table is unused.
type parser struct {
	trans, label scorer
	tscale       float32
	lscale       float32
	labels       []string
	root         int // index of "root" in labels
	joint        bool
	frames       bool // the lexicon gives verb frames: the frame templates are on
	senses       bool // the lexicon gives noun supersenses: their templates are on
	beam         beamConf
}

// class returns the joint class of a transition and label.
func (p *parser) class(t, l int) int {
	switch t {
	case tLeft:
		return 1 + l
	case tRight:
		return 1 + len(p.labels) + l
	}
	return 0
}

type parseBuf struct {
	st         state
	fs, fl, fr []uint64
	ts         []float32
	ll, lr     []float32
	beam       beamBuf
}

func (p *parser) scores(b *parseBuf) { p.scoresOf(b, &b.st) }

// scoresOf scores the transitions of s into b.
func (p *parser) scoresOf(b *parseBuf, s *state) {
	b.fs = s.features(b.fs[:0])
	if p.frames {
		b.fs = s.frameFeatures(b.fs)
	}
	if p.senses {
		b.fs = s.senseFeatures(b.fs)
	}
	nt := nTrans
	if p.joint {
		nt = 1 + 2*len(p.labels)
	}
	if len(b.ts) != nt {
		b.ts = make([]float32, nt)
	}
	clear(b.ts)
	p.trans.score(b.fs, b.ts)
	if p.joint {
		return
	}
	nl := len(p.labels)
	if len(b.ll) != nl {
		b.ll, b.lr = make([]float32, nl), make([]float32, nl)
	}
	b.fl, b.fr = b.fl[:0], b.fr[:0]
	if s.legal(tLeft) {
		h, d := s.arc(tLeft)
		c := s.n + 1
		if k := len(s.stack); k >= 2 {
			c = s.stack[k-2]
		}
		b.fl = s.labelFeatures(b.fl, h, d, c, 0)
		clear(b.ll)
		p.label.score(b.fl, b.ll)
	}
	if s.legal(tRight) {
		h, d := s.arc(tRight)
		c := s.n + 1
		if s.b <= s.n {
			c = s.b
		}
		b.fr = s.labelFeatures(b.fr, h, d, c, 1)
		clear(b.lr)
		p.label.score(b.fr, b.lr)
	}
}

// best returns the best legal (transition, label); with gold heads set it
// only considers transitions of cost minCost, and arcs to the gold head
// with their gold label.
func (p *parser) best(b *parseBuf, gold, goldLab []int, costs *[nTrans]int, minCost int) (int, int) {
	s := &b.st
	bt, bl := -1, -1
	bs := float32(math.Inf(-1))
	for t := 0; t < nTrans; t++ {
		if !s.legal(t) || gold != nil && costs[t] != minCost {
			continue
		}
		if p.joint {
			if t == tShift {
				if sc := b.ts[0]; sc > bs || bt < 0 {
					bt, bl, bs = t, -1, sc
				}
				continue
			}
			h, d := s.arc(t)
			ls := b.ts[p.class(t, 0):][:len(p.labels)]
			if gold != nil && gold[d] == h {
				if sc := ls[goldLab[d]]; sc > bs || bt < 0 {
					bt, bl, bs = t, goldLab[d], sc
				}
				continue
			}
			for l, v := range ls {
				if (h == 0) != (l == p.root) {
					continue
				}
				if v > bs || bt < 0 {
					bt, bl, bs = t, l, v
				}
			}
			continue
		}
		base := b.ts[t] * p.tscale
		if t == tShift {
			if base > bs {
				bt, bl, bs = t, -1, base
			}
			continue
		}
		h, d := s.arc(t)
		ls := b.ll
		if t == tRight {
			ls = b.lr
		}
		if gold != nil && gold[d] == h {
			l := goldLab[d]
			if sc := base + ls[l]*p.lscale; sc > bs || bt < 0 {
				bt, bl, bs = t, l, sc
			}
			continue
		}
		for l, v := range ls {
			if (h == 0) != (l == p.root) {
				continue
			}
			if sc := base + v*p.lscale; sc > bs || bt < 0 {
				bt, bl, bs = t, l, sc
			}
		}
	}
	return bt, bl
}

// parse fills heads (0 = root, 1-based) and label indexes for toks.
func (p *parser) parse(b *parseBuf, toks []token, heads, labels []int) {
	s := &b.st
	if p.beam.width > 1 && p.joint && len(toks) <= beamMaxWords {
		s = p.parseBeam(b, toks)
	} else {
		s.reset(toks)
		for !s.terminal() {
			if s.onlyShift() {
				s.apply(tShift, -1)
				continue
			}
			p.scores(b)
			t, l := p.best(b, nil, nil, nil, 0)
			if t < 0 {
				break
			}
			s.apply(t, l)
		}
	}
	for i := range toks {
		h := s.head[i+1]
		if h > s.n {
			h = 0
		}
		heads[i] = h
		labels[i] = s.lab[i+1]
		if labels[i] < 0 {
			labels[i] = p.root
		}
	}
}
