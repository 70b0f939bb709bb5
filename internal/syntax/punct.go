package syntax

// Punctuation in English UD (EWT) hangs where the rest of the tree puts
// it: a pair of brackets or quotes on the head of what they enclose, any
// other mark on the higher of the two phrases it separates, the lowest
// of the two when one contains the other, never across the phrase of a
// neighbour (UD's guideline: "the highest possible node that preserves
// projectivity"). Redone this way from the parser's tree of words, EWT
// dev's gold trees give back 97.2% of their own punctuation heads, where
// the parser itself finds 82%. EXPERIMENTS.md E23 has the figures.

// maxPair is the longest span of words between two paired marks that
// fixPunct hangs as a pair.
const maxPair = 400

// pairedPunct maps an opening mark to its closing one.
var pairedPunct = map[string]string{"(": ")", "[": "]", "{": "}", `"`: `"`, "“": "”", "«": "»", "``": "''", "'": "'", "‘": "’"}

// wordTree is a parse without its punctuation: 0-based heads (-1 for the
// root), words hung on a mark moved to the mark's first word ancestor,
// and the first and last word (not mark) of each subtree.
type wordTree struct {
	head   []int
	lo, hi []int
	punct  []bool
}

// newWordTree reads out; nil when the parse has its root on a mark or a
// cycle, which fixPunct then leaves alone.
func newWordTree(out []Annotated) *wordTree {
	n := len(out)
	t := &wordTree{head: make([]int, n), lo: make([]int, n), hi: make([]int, n), punct: make([]bool, n)}
	for i, a := range out {
		t.punct[i] = a.UPOS == "PUNCT"
		h := a.Head - 1
		if h < -1 || h >= n {
			return nil
		}
		if h < 0 && t.punct[i] {
			return nil
		}
		t.head[i] = h
	}
	// depth of each word by one memoised walk up; a walk longer than n
	// is a cycle
	depth := make([]int, n)
	for i := range depth {
		depth[i] = -1
	}
	var stack []int
	maxDepth := 0
	for i := range n {
		j := i
		for j >= 0 && depth[j] < 0 {
			if len(stack) > n {
				return nil
			}
			stack = append(stack, j)
			depth[j] = -2 // on the stack
			j = t.head[j]
		}
		if j >= 0 && depth[j] == -2 {
			return nil
		}
		d := -1
		if j >= 0 {
			d = depth[j]
		}
		for k := len(stack) - 1; k >= 0; k-- {
			d++
			depth[stack[k]] = d
		}
		maxDepth = max(maxDepth, d)
		stack = stack[:0]
	}
	// words hung on a mark: to the nearest word ancestor (top-down, so
	// each mark's own head is already settled)
	byDepth := make([][]int, maxDepth+1)
	for i := range n {
		byDepth[depth[i]] = append(byDepth[depth[i]], i)
	}
	for _, level := range byDepth {
		for _, i := range level {
			if h := t.head[i]; h >= 0 && t.punct[h] {
				t.head[i] = t.head[h]
			}
		}
	}
	for i := range n {
		t.lo[i], t.hi[i] = n, -1
		if !t.punct[i] {
			t.lo[i], t.hi[i] = i, i
		}
	}
	for d := maxDepth; d > 0; d-- {
		for _, i := range byDepth[d] {
			if h := t.head[i]; h >= 0 {
				t.lo[h] = min(t.lo[h], t.lo[i])
				t.hi[h] = max(t.hi[h], t.hi[i])
			}
		}
	}
	return t
}

// top climbs from word c, next to the mark at p, to the highest ancestor
// whose phrase stays on c's side of p and whose own head is not across
// p.
func (t *wordTree) top(c, p int) int {
	for {
		h := t.head[c]
		if h < 0 || c < p && (h > p || t.hi[c] > p) || c > p && (h < p || t.lo[c] < p) {
			return c
		}
		c = h
	}
}

// fixPunct rehangs the punctuation of an English parse (see the comment
// at the top of this file). Words the parser hung on a mark go to the
// mark's nearest word ancestor. A word is climbed through from the
// marks on one side of it only, so the time is linear in the sentence.
func fixPunct(out []Annotated) {
	t := newWordTree(out)
	if t == nil {
		return
	}
	n := len(out)
	for i := range n {
		if !t.punct[i] {
			out[i].Head = t.head[i] + 1
		}
	}
	// next[i]: the first mark after i that closes the mark at i, -1 for
	// none (one sweep from the right)
	next := make([]int, n)
	seen := map[string]int{}
	for i := n - 1; i >= 0; i-- {
		next[i] = -1
		if cl, ok := pairedPunct[out[i].Form]; ok {
			if j, ok := seen[cl]; ok {
				next[i] = j
			}
		}
		seen[out[i].Form] = i
	}
	paired := make([]byte, n) // 'o' opening, 'c' closing
	for i := range n {
		j := next[i]
		// a pair longer than maxPair words is left to the rule for
		// single marks, which keeps the time linear
		if !t.punct[i] || paired[i] != 0 || j < 0 || !t.punct[j] || j-i > maxPair {
			continue
		}
		first, last := -1, -1 // the words inside whose heads are outside
		for k := i + 1; k < j; k++ {
			if h := t.head[k]; !t.punct[k] && (h < i || h > j) {
				if first < 0 {
					first = k
				}
				last = k
			}
		}
		if first < 0 {
			continue
		}
		out[i].Head, out[j].Head = first+1, last+1
		out[i].Deprel, out[j].Deprel = "punct", "punct"
		paired[i], paired[j] = 'o', 'c'
	}
	lastL, lastLTop, lastR, lastRTop := -1, -1, -1, -1
	for p := range n {
		if !t.punct[p] || paired[p] != 0 {
			continue
		}
		f := out[p].Form
		if f == "." && out[p].Head == p && p > 0 && !t.punct[p-1] {
			continue // an abbreviation's full stop
		}
		l := p - 1
		for l >= 0 && t.punct[l] && paired[l] != 'o' {
			l--
		}
		if l >= 0 && t.punct[l] {
			l = -1 // an opening mark ends the left side
		}
		r := -1
		if f != "." && f != "?" && f != "!" {
			r = p + 1
			for r < n && t.punct[r] && paired[r] != 'c' {
				r++
			}
			if r >= n || t.punct[r] {
				r = -1
			}
		}
		// marks in a row share their neighbours: climb once
		if l >= 0 {
			if l != lastL {
				lastL, lastLTop = l, t.top(l, p)
			}
			l = lastLTop
		}
		if r >= 0 {
			if r != lastR {
				lastR, lastRTop = r, t.top(r, p)
			}
			r = lastRTop
		}
		c := l
		if r >= 0 && (l < 0 || t.lo[l] <= r && r <= t.hi[l]) {
			c = r
		}
		if c < 0 {
			continue
		}
		out[p].Head, out[p].Deprel = c+1, "punct"
	}
}
