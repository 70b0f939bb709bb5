package entity

import (
	"math"
	"testing"
)

// The mean of taggers scores every token with the mean of their scores.
func TestAverageTaggers(t *testing.T) {
	a := &tagger{index: map[uint64]int32{1: 0, 2: 1}, off: []int32{0, 2, 3}, tags: []uint8{0, 1, 2}, w: []float32{1, -2, 4}}
	b := &tagger{index: map[uint64]int32{2: 0, 3: 1}, off: []int32{0, 1, 2}, tags: []uint8{2, 0}, w: []float32{2, 6}}
	a.trans[0], b.trans[0] = 1, 3
	avg := averageTaggers([]*tagger{a, b})
	feats := [][]uint64{{1, 2, 3}, {2}, {9}}
	ea, eb, ev := make([]float32, 3*nTags), make([]float32, 3*nTags), make([]float32, 3*nTags)
	a.emissions(ea, feats)
	b.emissions(eb, feats)
	avg.emissions(ev, feats)
	for i := range ev {
		if want := (ea[i] + eb[i]) / 2; math.Abs(float64(ev[i]-want)) > 1e-6 {
			t.Fatalf("emission %d: %v, want %v", i, ev[i], want)
		}
	}
	if avg.trans[0] != 2 {
		t.Errorf("transition %v, want 2", avg.trans[0])
	}
	if got := averageTaggers([]*tagger{a}); got != a {
		t.Error("one tagger is not returned as it is")
	}
}
