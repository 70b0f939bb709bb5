package syntax

import (
	"fmt"
	"math/rand/v2"
	"slices"

	"github.com/vigie-events/vigie/internal/conllu"
)

func trainParser(cfg *TrainConfig, m *Model, train []*conllu.Sentence, tags [][]int, fine [][]uint64, dev []*conllu.Sentence) error {
	labelIdx := map[string]int{}
	var labels []string
	for _, s := range train {
		for _, w := range s.Words {
			if _, ok := labelIdx[w.Deprel]; !ok {
				labelIdx[w.Deprel] = len(labels)
				labels = append(labels, w.Deprel)
			}
		}
	}
	if _, ok := labelIdx["root"]; !ok {
		labelIdx["root"] = len(labels)
		labels = append(labels, "root")
	}
	slices.Sort(labels)
	for i, l := range labels {
		labelIdx[l] = i
	}
	m.parser.labels = labels
	var tt, lt *trainTable
	if !cfg.Factorized {
		tt = newTrainTable(cfg.ParserBits, 1+2*len(labels))
		lt = newTrainTable(1, 1)
	} else {
		tt = newTrainTable(cfg.ParserBits, nTrans)
		lt = newTrainTable(cfg.LabelBits, len(labels))
	}
	m.setParser(tt, lt)
	p := &m.parser
	var now float32 = 1
	var bestT, bestL *table
	bestLAS := -1.0
	var b parseBuf
	var toks []token
	rng := rand.New(rand.NewPCG(cfg.Seed, 99))
	for ep := 0; ep < cfg.ParserEpochs; ep++ {
		correct, total := 0, 0
		for _, si := range shuffled(len(train), cfg.Seed+13, uint64(ep)) {
			s := train[si]
			n := len(s.Words)
			if cap(toks) < n {
				toks = make([]token, n)
			}
			toks = toks[:n]
			m.prepare(wordsOf(s), toks)
			for i := range toks {
				toks[i].upos, toks[i].fine = tags[si][i], fine[si][i]
			}
			gold := make([]int, n+2)
			glab := make([]int, n+2)
			for i, w := range s.Words {
				gold[i+1] = w.Head
				glab[i+1] = labelIdx[w.Deprel]
			}
			gold[0], gold[n+1] = -1, -1
			st := &b.st
			st.reset(toks)
			for !st.terminal() {
				p.scores(&b)
				var costs [nTrans]int
				minCost := 1 << 30
				for t := 0; t < nTrans; t++ {
					if st.legal(t) {
						costs[t] = st.cost(t, gold)
						minCost = min(minCost, costs[t])
					}
				}
				pt, pl := p.best(&b, nil, nil, nil, 0)
				gt, gl := p.best(&b, gold, glab, &costs, minCost)
				if gt < 0 {
					gt, gl = pt, pl
				}
				total++
				if p.joint && (pt != gt || pl != gl) {
					tt.update(b.fs, p.class(gt, gl), 1, now)
					tt.update(b.fs, p.class(pt, pl), -1, now)
				} else if pt != gt || pl != gl {
					if pt != gt {
						tt.update(b.fs, gt, 1, now)
						tt.update(b.fs, pt, -1, now)
					}
					if gt == tLeft {
						lt.update(b.fl, gl, 1, now)
					} else if gt == tRight {
						lt.update(b.fr, gl, 1, now)
					}
					if pt == tLeft {
						lt.update(b.fl, pl, -1, now)
					} else if pt == tRight {
						lt.update(b.fr, pl, -1, now)
					}
				}
				if pt == gt && pl == gl {
					correct++
				}
				now++
				t, l := gt, gl
				if ep >= cfg.ExploreFrom && rng.Float64() < cfg.ExploreProb {
					t, l = pt, pl
				}
				st.apply(t, l)
			}
		}
		ct, cl := tt.compact(now, cfg.ParserPrune), lt.compact(now, cfg.ParserPrune)
		dm := m.clone()
		dm.setParser(ct, cl)
		r, err := evalGoldTokens(dm, dev)
		if err != nil {
			return err
		}
		held := ""
		if len(cfg.heldOut) > 0 {
			if rh, err := evalGoldTokens(dm, cfg.heldOut); err == nil {
				held = fmt.Sprintf(", held-out UPOS %.2f LAS %.2f", 100*rh.UPOS.F1(), 100*rh.LAS.F1())
			}
		}
		cfg.logf("%s parser epoch %d: train transitions %.2f, dev UAS %.2f LAS %.2f%s (%d+%d weights)", m.Lang, ep+1,
			100*float64(correct)/float64(total), 100*r.UAS.F1(), 100*r.LAS.F1(), held, ct.nnz(), cl.nnz())
		if las := r.LAS.F1(); las > bestLAS {
			bestT, bestL, bestLAS = ct, cl, las
		}
	}
	m.setParser(bestT, bestL)
	return nil
}
