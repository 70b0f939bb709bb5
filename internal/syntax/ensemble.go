package syntax

import (
	"errors"
	"slices"
)

// Average returns one model whose weight tables are the means of the
// models' tables: the models must come from the same data and settings,
// trained with different seeds (same inventories, same table shapes).
// Averaging the weights of linear models sums their scores, so the
// ensemble costs one model's lookups. Parser weights whose mean is under
// prune (in weight units) are dropped, which keeps the parser tables near
// one model's size; the tagger and morphology tables keep every weight.
func Average(ms []*Model, prune float32) (*Model, error) {
	if len(ms) == 0 {
		return nil, errors.New("syntax: average: no model")
	}
	a := ms[0]
	for _, m := range ms[1:] {
		if m.Lang != a.Lang || !slices.Equal(m.parser.labels, a.parser.labels) ||
			!slices.Equal(m.morph.attrs, a.morph.attrs) || (m.tagger2 == nil) != (a.tagger2 == nil) {
			return nil, errors.New("syntax: average: models of different inventories")
		}
	}
	get := func(f func(*Model) scorer) ([]*table, error) {
		ts := make([]*table, len(ms))
		for i, m := range ms {
			t, ok := f(m).(*table)
			if !ok || t == nil || i > 0 && (t.classes != ts[0].classes || t.bits != ts[0].bits) {
				return nil, errors.New("syntax: average: tables of different shapes")
			}
			ts[i] = t
		}
		return ts, nil
	}
	out := a.clone()
	for _, part := range []struct {
		get func(*Model) scorer
		set func(*table)
		cut float32
	}{
		{func(m *Model) scorer { return m.tagger }, func(t *table) { out.tagger = t }, 0},
		{func(m *Model) scorer { return m.morphW }, func(t *table) { out.morphW = t }, 0},
		{func(m *Model) scorer { return m.parser.trans }, func(t *table) { out.parser.trans = t }, prune},
		{func(m *Model) scorer { return m.parser.label }, func(t *table) { out.parser.label = t }, prune},
		{func(m *Model) scorer { return m.tagger2 }, func(t *table) { out.tagger2 = t }, 0},
	} {
		if part.get(a) == nil {
			continue // no second tagger
		}
		ts, err := get(part.get)
		if err != nil {
			return nil, err
		}
		part.set(averageTables(ts, part.cut))
	}
	out.setParser(out.parser.trans, out.parser.label)
	return out, nil
}

// averageTables returns the mean of tables of one shape, quantized anew.
func averageTables(ts []*table, prune float32) *table {
	type sparse struct {
		off []uint32
		cls []uint8
		val []int16
	}
	sps := make([]sparse, len(ts))
	for i, t := range ts {
		o, c, v := t.sparse()
		sps[i] = sparse{o, c, v}
	}
	k := float32(len(ts))
	return quantize(ts[0].bits, ts[0].classes, prune, func(b int, row []float32) {
		clear(row)
		for i, t := range ts {
			s := sps[i]
			for j := s.off[b]; j < s.off[b+1]; j++ {
				row[s.cls[j]] += float32(s.val[j]) * t.scale / k
			}
		}
	})
}
