package syntax

import (
	"fmt"
	"io"
	"sort"
	"time"

	"github.com/vigie-events/vigie/internal/conllu"
)

// Analyze writes, for each gold relation and each gold UPOS of a CoNLL-U
// file, how often m finds the right head and the right head and label,
// worst first: a guide for feature work.
func Analyze(m *Model, gold []*conllu.Sentence, w io.Writer) {
	type count struct{ n, head, both int }
	byRel, byPOS := map[string]*count{}, map[string]*count{}
	for _, s := range gold {
		ann := m.Annotate(wordsOf(s))
		for i, g := range s.Words {
			for _, k := range []struct {
				m   map[string]*count
				key string
			}{{byRel, g.Deprel}, {byPOS, g.UPOS}} {
				c := k.m[k.key]
				if c == nil {
					c = &count{}
					k.m[k.key] = c
				}
				c.n++
				if ann[i].Head == g.Head {
					c.head++
					if ann[i].Deprel == g.Deprel {
						c.both++
					}
				}
			}
		}
	}
	for _, tab := range []map[string]*count{byRel, byPOS} {
		keys := make([]string, 0, len(tab))
		for k := range tab {
			keys = append(keys, k)
		}
		// most lost points first
		sort.Slice(keys, func(i, j int) bool {
			a, b := tab[keys[i]], tab[keys[j]]
			return a.n-a.both > b.n-b.both
		})
		fmt.Fprintf(w, "%-14s %6s %7s %7s %6s\n", "key", "n", "head%", "las%", "lost")
		for _, k := range keys {
			c := tab[k]
			fmt.Fprintf(w, "%-14s %6d %7.2f %7.2f %6d\n", k, c.n, 100*float64(c.head)/float64(c.n),
				100*float64(c.both)/float64(c.n), c.n-c.both)
		}
		fmt.Fprintln(w)
	}
}

// prune drops the weights of t under threshold (in weight units).
func (t *table) prune(threshold float32) *table {
	off, cls, val := t.sparse()
	var noff = make([]uint32, len(off))
	var ncls []uint8
	var nval []int16
	for b := 0; b+1 < len(off); b++ {
		noff[b] = uint32(len(ncls))
		for j := off[b]; j < off[b+1]; j++ {
			if v := float32(val[j]) * t.scale; v >= threshold || v <= -threshold {
				ncls = append(ncls, cls[j])
				nval = append(nval, val[j])
			}
		}
	}
	noff[len(off)-1] = uint32(len(ncls))
	return newTable(t.bits, t.classes, t.scale, noff, ncls, nval)
}

// PruneReport prints, for each threshold, the parser weights left and the
// scores on gold when m's parser weights under it are dropped.
func PruneReport(m *Model, dev []*conllu.Sentence, thresholds []float32, w io.Writer) {
	base := m.parser.trans.(*table)
	for _, th := range thresholds {
		pm := m.clone()
		pt := base.prune(th)
		pm.setParser(pt, m.parser.label)
		start := time.Now()
		r, err := evalGoldTokens(pm, dev)
		if err != nil {
			fmt.Fprintln(w, err)
			return
		}
		fmt.Fprintf(w, "prune %.3f: %d weights, dev UAS %.2f LAS %.2f, %v\n", th, pt.nnz(), 100*r.UAS.F1(), 100*r.LAS.F1(), time.Since(start))
	}
}
