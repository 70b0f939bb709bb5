package syntax

import (
	"sort"
	"strings"
)

// Morphological features are predicted one attribute at a time (Number,
// Tense, ...): each attribute is a small multi-class decision among its
// values and "absent", over features conjoined with the predicted UPOS.
// Attributes never seen with a UPOS in training are never predicted for it.

type morphSpec struct {
	attrs   []string   // attribute names, sorted as UD orders them
	values  [][]string // values of each attribute; class 0 of a segment is "absent"
	offset  []int      // first class of each attribute's segment
	allowed []uint64   // per UPOS index, bitmask of attributes seen with it
	classes int
	fineIdx []int // attributes that refine the parser's tags
}

// fineAttrs refine the UPOS the parser sees, much as the PTB tags do:
// participle or finite verb, relative pronoun, nominative pronoun...
var fineAttrs = []string{"VerbForm", "Tense", "Mood", "PronType", "Case", "Voice"}

// fine returns the parser's tag for a word: its UPOS and fine attributes.
func (s *morphSpec) fine(upos int, cls []int) uint64 {
	h := uint64(upos)
	for _, ai := range s.fineIdx {
		h = h*16 + uint64(cls[ai]&15)
	}
	return h
}

// skipAttrs are attributes vigie does not predict (typos, foreign scripts).
var skipAttrs = map[string]bool{"Typo": true, "Style": true}

func buildMorphSpec(counts map[string]map[string]int, withUPOS map[string]map[int]bool) *morphSpec {
	s := &morphSpec{allowed: make([]uint64, len(uposTags))}
	for a, vals := range counts {
		total := 0
		for _, n := range vals {
			total += n
		}
		if total < 10 || skipAttrs[a] || strings.Contains(a, "[") {
			continue
		}
		s.attrs = append(s.attrs, a)
	}
	sort.Slice(s.attrs, func(i, j int) bool { return strings.ToLower(s.attrs[i]) < strings.ToLower(s.attrs[j]) })
	if len(s.attrs) > 64 {
		s.attrs = s.attrs[:64]
	}
	s.finish(counts)
	for ai, a := range s.attrs {
		for u := range withUPOS[a] {
			s.allowed[u] |= 1 << ai
		}
	}
	return s
}

func (s *morphSpec) finish(counts map[string]map[string]int) {
	if counts != nil {
		s.values = make([][]string, len(s.attrs))
	}
	s.offset = make([]int, len(s.attrs))
	s.classes = 0
	for ai, a := range s.attrs {
		if counts != nil {
			var vs []string
			for v := range counts[a] {
				vs = append(vs, v)
			}
			sort.Strings(vs)
			s.values[ai] = vs
		}
	}
	for ai := range s.attrs {
		s.offset[ai] = s.classes
		s.classes += 1 + len(s.values[ai])
	}
	s.fineIdx = s.fineIdx[:0]
	for _, name := range fineAttrs {
		for ai, a := range s.attrs {
			if a == name {
				s.fineIdx = append(s.fineIdx, ai)
			}
		}
	}
}

// gold returns, for each attribute, the class index of feats (0 = absent).
func (s *morphSpec) gold(feats string, out []int) {
	clear(out)
	if feats == "_" || feats == "" {
		return
	}
	for f := range strings.SplitSeq(feats, "|") {
		a, v, _ := strings.Cut(f, "=")
		for ai, name := range s.attrs {
			if name == a {
				for vi, val := range s.values[ai] {
					if val == v {
						out[ai] = vi + 1
					}
				}
			}
		}
	}
}

func (s *morphSpec) format(cls []int) string {
	var parts []string
	for ai, c := range cls {
		if c > 0 {
			parts = append(parts, s.attrs[ai]+"="+s.values[ai][c-1])
		}
	}
	if len(parts) == 0 {
		return "_"
	}
	return strings.Join(parts, "|")
}

func morphFeatures(fs []uint64, toks []token, i int, lex *lexicon) []uint64 {
	t := &toks[i]
	u := uint64(t.upos)
	lw := func(j int) uint64 {
		if j < 0 || j >= len(toks) {
			return noneHash + uint64(j&1)
		}
		return toks[j].lw
	}
	tg := func(j int) uint64 {
		if j < 0 || j >= len(toks) {
			return 99
		}
		return uint64(toks[j].upos)
	}
	fs = append(fs,
		f1(100, u),
		f2(101, u, t.lw),
		f2(102, u, t.suf[0]), f2(103, u, t.suf[1]), f2(104, u, t.suf[2]), f2(105, u, t.suf[3]),
		f2(106, u, lw(i-1)), f2(107, u, lw(i+1)), f2(108, u, tg(i-1)), f2(109, u, tg(i+1)),
		f2(110, u, lw(i-2)), f2(111, u, tg(i-2)), f2(112, u, t.shape), f3(113, u, lw(i-1), t.lw),
		f3(115, u, tg(i-1), tg(i+1)), f2(116, u, t.lex),
	)
	if lex != nil && t.lexIdx >= 0 {
		n := 0
		lex.each(t.lexIdx, lefffForUPOS[t.upos], func(_ uint8, _ int, _, morph []byte) bool {
			fs = append(fs, f2(114, u, hashBytes(morph)))
			n++
			return n < 12
		})
	}
	return fs
}

// predictMorph picks a value (or none) for each allowed attribute.
func (s *morphSpec) predict(scores []float32, upos int, out []int) {
	allowed := s.allowed[upos]
	for ai := range s.attrs {
		out[ai] = 0
		if allowed&(1<<ai) == 0 {
			continue
		}
		seg := scores[s.offset[ai] : s.offset[ai]+1+len(s.values[ai])]
		best := 0
		for c := 1; c < len(seg); c++ {
			if seg[c] > seg[best] {
				best = c
			}
		}
		out[ai] = best
	}
}
