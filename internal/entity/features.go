package entity

import (
	"strings"

	"github.com/vigie-events/vigie/internal/segment"
)

// unit is a span of a token that the tagger labels: a token, or one
// syntactic word of an English contraction ("Bush" and "'s").
type unit struct{ start, end int }

// splitToken returns the units of a token: the token itself, or, for a
// multiword token whose words spell out its text ("Bush's" → Bush 's), one
// unit per word. French contractions ("du" → de le) stay whole.
func splitToken(t segment.Token, lang string) []unit {
	whole := []unit{{t.Span.Start, t.Span.End}}
	if len(t.Words) < 2 {
		return whole
	}
	n := 0
	for _, w := range t.Words {
		n += len(w.Form)
	}
	if n != len(t.Text) {
		return whole
	}
	out := make([]unit, 0, len(t.Words))
	pos := t.Span.Start
	for _, w := range t.Words {
		if t.Text[pos-t.Span.Start:pos-t.Span.Start+len(w.Form)] != w.Form {
			return whole
		}
		if len(w.Form) > 0 {
			out = append(out, unit{pos, pos + len(w.Form)})
		}
		pos += len(w.Form)
	}
	return out
}

// tokInfo is what the feature templates need to know about one token.
type tokInfo struct {
	w, lw, sh string
	cap       int
	words     uint32 // gazetteer classes of the word alone
	phrase    uint64 // bit c*4+p: inside a phrase of class c at BILU position p
	clus      uint32 // word cluster plus one (clusters.go), 0 for none
	known     int    // end (exclusive) of a well-known organisation starting here, or 0
	place     int    // end (exclusive) of a country or region starting here, or 0
	city      int    // end (exclusive) of the longest city of two words or more starting here, or 0
	dictOrg   int    // end (exclusive) of an actor dictionary's organisation starting here, or 0
}

// Phrase positions.
const (
	posB = iota
	posI
	posL
	posU
)

// analyse fills infos for the words of a sentence.
func analyse(words []string, g *gazetteer, infos []tokInfo) []tokInfo {
	infos = infos[:0]
	hashes := make([]uint64, len(words))
	for i, w := range words {
		lw := fold(w)
		hashes[i] = tokenHash(lw)
		ti := tokInfo{w: w, lw: lw, sh: shape(w), cap: capClass(w)}
		if g != nil {
			ti.words = g.lookup(extend(fnvOffset, hashes[i])) &^ (1 << gDictOrg)
			if g.clus != nil {
				ti.clus = g.clus[hashes[i]]
			}
		}
		infos = append(infos, ti)
	}
	if g == nil {
		return infos
	}
	for i := range words {
		var h uint64 = fnvOffset
		for j := i; j < len(words) && j-i < maxPhrase; j++ {
			h = extend(h, hashes[j])
			raw := g.lookup(h)
			if raw&(1<<gDictOrg) != 0 {
				infos[i].dictOrg = j + 1
			}
			m := raw & phraseClasses
			if m == 0 {
				continue
			}
			if m&(1<<gKnownOrg) != 0 {
				infos[i].known = j + 1
				m &^= 1 << gKnownOrg
			}
			if m&(1<<gKnownPlace) != 0 {
				infos[i].place = j + 1
				m &^= 1 << gKnownPlace
			}
			if m&(1<<gCity) != 0 && j > i {
				infos[i].city = j + 1
			}
			for c := 0; c <= gNorp; c++ {
				if m&(1<<c) == 0 {
					continue
				}
				if j == i {
					infos[i].phrase |= 1 << (c*4 + posU)
					continue
				}
				infos[i].phrase |= 1 << (c*4 + posB)
				for k := i + 1; k < j; k++ {
					infos[k].phrase |= 1 << (c*4 + posI)
				}
				infos[j].phrase |= 1 << (c*4 + posL)
			}
		}
	}
	return infos
}

// Feature template seeds.
var (
	tBias   = tokenHash("bias")
	tW      = tokenHash("w")
	tLW     = tokenHash("lw")
	tSh     = tokenHash("sh")
	tPre    = tokenHash("pre")
	tSuf    = tokenHash("suf")
	tCap    = tokenHash("cap")
	tLWm1   = tokenHash("lw-1")
	tLWp1   = tokenHash("lw+1")
	tLWm2   = tokenHash("lw-2")
	tLWp2   = tokenHash("lw+2")
	tShm1   = tokenHash("sh-1")
	tShp1   = tokenHash("sh+1")
	tBi1    = tokenHash("lw-1|lw")
	tBi2    = tokenHash("lw|lw+1")
	tSh3    = tokenHash("sh3")
	tCap3   = tokenHash("cap3")
	tGaz    = tokenHash("gaz")
	tGazCap = tokenHash("gazcap")
	tWG     = tokenHash("wg")
	tWGm1   = tokenHash("wg-1")
	tWGp1   = tokenHash("wg+1")
	tWGm2   = tokenHash("wg-2")
	tLen    = tokenHash("len")
	tCapRun = tokenHash("caprun")
	tClCap  = tokenHash("clcap")
	tClm1   = tokenHash("cl-1")
	tClp1   = tokenHash("cl+1")
)

func f1(t uint64, s string) uint64 { return hashString(t^0x9e3779b97f4a7c15, s) }

func f2(t uint64, a, b string) uint64 {
	return hashString(hashString(t^0x9e3779b97f4a7c15, a)*fnvPrime^0xff, b)
}

func fi(t uint64, vals ...int) uint64 {
	h := t ^ 0x51afd7ed558ccd
	for _, v := range vals {
		h ^= uint64(v) + 1
		h *= fnvPrime
		h ^= h >> 31
	}
	return h
}

// prefix and suffix return the first and last n runes of s (or s).
func prefix(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

func suffix(s string, n int) string {
	for i := len(s); i > 0; i-- {
		if i == len(s) || (s[i]&0xc0) != 0x80 {
			if n == 0 {
				return s[i:]
			}
			n--
		}
	}
	return s
}

const boundary = "<s>"

// features appends the feature hashes of token i to dst.
func features(dst []uint64, infos []tokInfo, i int) []uint64 {
	ti := &infos[i]
	at := func(k int) *tokInfo {
		if k < 0 || k >= len(infos) {
			return nil
		}
		return &infos[k]
	}
	lwAt := func(k int) string {
		if t := at(k); t != nil {
			return t.lw
		}
		return boundary
	}
	shAt := func(k int) string {
		if t := at(k); t != nil {
			return t.sh
		}
		return boundary
	}
	capAt := func(k int) int {
		if t := at(k); t != nil {
			return t.cap
		}
		return -1
	}
	first := 0
	if i == 0 {
		first = 1
	}
	dst = append(dst,
		tBias,
		f1(tW, ti.w),
		f1(tLW, ti.lw),
		f1(tSh, ti.sh),
		fi(tCap, ti.cap, first),
		f1(tLWm1, lwAt(i-1)),
		f1(tLWp1, lwAt(i+1)),
		f1(tLWm2, lwAt(i-2)),
		f1(tLWp2, lwAt(i+2)),
		f1(tShm1, shAt(i-1)),
		f1(tShp1, shAt(i+1)),
		f2(tBi1, lwAt(i-1), ti.lw),
		f2(tBi2, ti.lw, lwAt(i+1)),
		f2(tSh3, shAt(i-1)+"|"+ti.sh, shAt(i+1)),
		fi(tCap3, capAt(i-1), ti.cap, capAt(i+1), first),
	)
	n := len([]rune(ti.lw))
	if n > 6 {
		n = 6
	}
	dst = append(dst, fi(tLen, n))
	for k := 1; k <= 4; k++ {
		if k <= 3 {
			dst = append(dst, f1(tPre+uint64(k), prefix(ti.lw, k)))
		}
		dst = append(dst, f1(tSuf+uint64(k), suffix(ti.lw, k)))
	}
	// Length of the run of capitalised words this token is in.
	if ti.cap == capInit || ti.cap == capAll {
		l, r := i, i
		for l > 0 && (infos[l-1].cap == capInit || infos[l-1].cap == capAll) {
			l--
		}
		for r+1 < len(infos) && (infos[r+1].cap == capInit || infos[r+1].cap == capAll) {
			r++
		}
		run := r - l + 1
		if run > 4 {
			run = 4
		}
		dst = append(dst, fi(tCapRun, run, min(i-l, 3)))
	}
	capped := 0
	if ti.cap == capInit || ti.cap == capAll || ti.cap == capOne {
		capped = 1
	}
	for b := ti.phrase; b != 0; b &= b - 1 {
		bit := trailingZeros(b)
		dst = append(dst, fi(tGaz, bit), fi(tGazCap, bit, capped))
	}
	for c := 0; c < nWordClasses; c++ {
		if ti.words&(1<<c) != 0 {
			dst = append(dst, fi(tWG, c, capped))
		}
		if t := at(i - 1); t != nil && t.words&(1<<c) != 0 {
			dst = append(dst, fi(tWGm1, c))
		}
		if t := at(i + 1); t != nil && t.words&(1<<c) != 0 {
			dst = append(dst, fi(tWGp1, c))
		}
		if t := at(i - 2); t != nil && t.words&(1<<c) != 0 {
			dst = append(dst, fi(tWGm2, c))
		}
	}
	return clusterFeatures(dst, infos, i, capped)
}

func trailingZeros(b uint64) int {
	n := 0
	for b&1 == 0 {
		b >>= 1
		n++
	}
	return n
}

// isPunct reports whether s has no letter or digit.
func isPunct(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool {
		return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127
	}) < 0
}

// Domains of training text. Each feature has a general weight and a
// weight per domain (Daumé's feature augmentation): the web-forum English
// of UNER EWT and the news of re3d and Europeana train together while
// keeping apart their annotation habits (re3d marks an acting country as
// an organisation). Find uses the news weights.
var (
	domainWeb  = tokenHash("domain:web")
	domainNews = tokenHash("domain:news")
)

// withDomain appends the domain copies of the features in fs.
func withDomain(fs []uint64, domain uint64) []uint64 {
	n := len(fs)
	for i := 0; i < n; i++ {
		fs = append(fs, (fs[i]^domain)*fnvPrime)
	}
	return fs
}

// clusterFeatures appends the word-cluster features of token i
// (clusters.go): its cluster × capitalisation and its neighbours'
// clusters. EXPERIMENTS.md row 51 compares the variants.
func clusterFeatures(dst []uint64, infos []tokInfo, i, capped int) []uint64 {
	if c := infos[i].clus; c != 0 {
		dst = append(dst, fi(tClCap, int(c), capped))
	}
	if i > 0 && infos[i-1].clus != 0 {
		dst = append(dst, fi(tClm1, int(infos[i-1].clus)))
	}
	if i+1 < len(infos) && infos[i+1].clus != 0 {
		dst = append(dst, fi(tClp1, int(infos[i+1].clus)))
	}
	return dst
}
