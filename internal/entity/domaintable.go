package entity

import (
	"math/bits"
	"slices"
	"sync"
)

// domainTable is a tagger's weights for one domain, ready for decoding: the
// general weights of a feature and those of its copy for the domain (see
// withDomain) summed into one sparse row, found through an open-addressing
// index. Decoding then looks each feature up once instead of twice, in a
// flat table instead of a Go map: the NER is about twice as fast, with the
// same scores up to float rounding. A slot holds its key and where its row
// is, and a row's tags and weights lie together, so that a feature costs
// two cache lines: decoding is bound by memory, not arithmetic.
type domainTable struct {
	mask    uint64
	slots   []dtSlot // key 0: empty (a feature hash of 0 is kept in zero)
	entries []dtEntry
	zero    dtSlot // row of the feature hash 0; n is 0 for none
}

type dtSlot struct {
	key uint64
	off uint32 // the row is entries[off : off+n]
	n   uint32
}

type dtEntry struct {
	w   float32
	tag uint32
}

// fnvInverse is the inverse of fnvPrime modulo 2^64: it undoes the
// multiplication in withDomain, so a domain copy's general feature can be
// found from its hash.
var fnvInverse = func() uint64 {
	inv := uint64(1)
	for range 6 { // Newton's iteration doubles the correct low bits each time
		inv *= 2 - fnvPrime*inv
	}
	return inv
}()

// newDomainTable merges tg's general and domain weights. Every key of tg is
// taken both as a general feature and as the domain copy of the feature
// (key·fnvInverse)^domain; keys made from general features that way match
// no real feature and only cost a few bytes.
func newDomainTable(tg *tagger, domain uint64) *domainTable {
	base := make(map[uint64]struct{}, 2*len(tg.index))
	for k := range tg.index {
		base[k] = struct{}{}
		base[(k*fnvInverse)^domain] = struct{}{}
	}
	dt := &domainTable{}
	var acc [nTags]float32
	var has [nTags]bool
	add := func(k uint64) {
		r, ok := tg.index[k]
		if !ok {
			return
		}
		for j := tg.off[r]; j < tg.off[r+1]; j++ {
			acc[tg.tags[j]] += tg.w[j]
			has[tg.tags[j]] = true
		}
	}
	// Sorted keys make the table the same from one load to the next.
	keys := make([]uint64, 0, len(base))
	for k := range base {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var rows []dtSlot
	for _, f := range keys {
		acc, has = [nTags]float32{}, [nTags]bool{}
		add(f)
		add((f ^ domain) * fnvPrime)
		row := dtSlot{key: f, off: uint32(len(dt.entries))}
		for t := range nTags {
			if has[t] {
				dt.entries = append(dt.entries, dtEntry{acc[t], uint32(t)})
				row.n++
			}
		}
		switch {
		case row.n == 0:
		case f == 0:
			dt.zero = row
		default:
			rows = append(rows, row)
		}
	}
	// At most half the slots are taken: most features looked up are not
	// in the table, and a miss probes until an empty slot.
	size := 1 << bits.Len(uint(2*len(rows)))
	dt.mask = uint64(size - 1)
	dt.slots = make([]dtSlot, size)
	for _, r := range rows {
		i := mix64(r.key) & dt.mask
		for dt.slots[i].key != 0 {
			i = (i + 1) & dt.mask
		}
		dt.slots[i] = r
	}
	return dt
}

// mix64 spreads a feature hash's bits over the low ones used for slots.
func mix64(f uint64) uint64 {
	f ^= f >> 33
	f *= 0xff51afd7ed558ccd
	f ^= f >> 33
	return f
}

// row returns the slot of general feature f; its n is 0 when f has no
// weights.
func (dt *domainTable) row(f uint64) dtSlot {
	if f == 0 {
		return dt.zero
	}
	for i := mix64(f) & dt.mask; ; i = (i + 1) & dt.mask {
		switch s := dt.slots[i]; s.key {
		case f:
			return s
		case 0:
			return dtSlot{}
		}
	}
}

// emissions fills e (len(feats)×nTags) with the scores of each tag; feats
// are general features, without their domain copies.
func (dt *domainTable) emissions(e []float32, feats [][]uint64) {
	for i, fs := range feats {
		row := (*[nTags]float32)(e[i*nTags : (i+1)*nTags])
		*row = [nTags]float32{}
		for _, f := range fs {
			s := dt.row(f)
			for _, en := range dt.entries[s.off : s.off+s.n] {
				row[en.tag%nTags] += en.w
			}
		}
	}
}

// domains holds a language model's domain tables, built on first use.
type domains struct {
	mu     sync.Mutex
	tables map[uint64]*domainTable
}

func (d *domains) get(tg *tagger, domain uint64) *domainTable {
	d.mu.Lock()
	defer d.mu.Unlock()
	if dt := d.tables[domain]; dt != nil {
		return dt
	}
	if d.tables == nil {
		d.tables = map[uint64]*domainTable{}
	}
	dt := newDomainTable(tg, domain)
	d.tables[domain] = dt
	return dt
}
