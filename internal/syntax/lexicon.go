package syntax

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"os"
	"sort"
	"strings"
)

// The French lexicon is derived from the Lefff (Sagot, INRIA, LGPL-LR):
// for each form, the set of its categories (a tagging feature, as in the
// MElt tagger), and for the open classes the lemma and morphological tags.
//
// In memory it is compact and read lazily: all forms in one string, an
// open-addressing hash index, and each form's entries left encoded until a
// lemma or morphological tag is asked for.

// lefffCats are the Lefff categories kept, in bit order.
var lefffCats = []string{
	"v", "nc", "adj", "np", "adv", "prep", "csu", "det", "pro", "pres", "coo",
	"auxAvoir", "auxEtre", "cln", "cld", "cla", "clr", "cll", "clg", "clar", "cldr",
	"ilimp", "ce", "prel", "pri", "advneg", "adjPref", "advPref", "poncts", "ponctw",
	"parento", "parentf", "etr", "que", "que_restr", "caimp", "epsilon", "clneg", "suffAdj",
}

var lefffCatIndex = func() map[string]int {
	m := make(map[string]int, len(lefffCats))
	for i, c := range lefffCats {
		m[c] = i
	}
	return m
}()

// lefffForUPOS gives the Lefff categories whose entries serve a UPOS, as
// category bit masks.
var lefffForUPOS = func() [][]uint8 {
	by := map[string][]string{
		"VERB": {"v"}, "AUX": {"auxEtre", "auxAvoir", "v"}, "NOUN": {"nc"}, "ADJ": {"adj", "v"},
		"ADV": {"adv", "advneg"}, "PROPN": {"np"},
	}
	out := make([][]uint8, len(uposTags))
	for u, cats := range by {
		for _, c := range cats {
			out[uposIndex[u]] = append(out[uposIndex[u]], uint8(lefffCatIndex[c]))
		}
	}
	return out
}()

var openCats = map[string]bool{"v": true, "nc": true, "adj": true, "adv": true, "auxAvoir": true, "auxEtre": true, "advneg": true}

type lexEntry struct {
	cat   uint8
	lemma string
	morph string
}

type lexicon struct {
	forms   string   // all forms, concatenated in sorted order
	formOff []uint32 // n+1 offsets into forms
	masks   []uint64 // category bits of each form
	blob    []byte   // encoded entries
	dataOff []uint32 // n+1 offsets into blob
	slots   []uint32 // hash index: form index + 1, 0 empty
}

func (l *lexicon) size() int { return len(l.masks) }

// hasBits reports whether some form of the lexicon has one of the bits
// of mask: the English lexicon's verb frames (wnFrames) or noun
// supersenses (wnSense), which turn the parser's templates for them on.
func (l *lexicon) hasBits(mask uint64) bool {
	if l == nil {
		return false
	}
	for _, m := range l.masks {
		if m&mask != 0 {
			return true
		}
	}
	return false
}

func (l *lexicon) form(i int) string { return l.forms[l.formOff[i]:l.formOff[i+1]] }

// lookup returns the index of form, or -1.
func (l *lexicon) lookup(form string) int { return lookupForm(l, form) }

// lookupBytes is lookup for a form held in bytes; it does not allocate.
func (l *lexicon) lookupBytes(form []byte) int { return lookupForm(l, form) }

func lookupForm[S string | []byte](l *lexicon, form S) int {
	if l == nil || len(l.slots) == 0 {
		return -1
	}
	mask := uint64(len(l.slots) - 1)
	for h := fnv1a(form) & mask; ; h = (h + 1) & mask {
		v := l.slots[h]
		if v == 0 {
			return -1
		}
		if l.form(int(v-1)) == string(form) {
			return int(v - 1)
		}
	}
}

// each calls f for the entries of form i whose category is in cats, until
// f returns false. The strings passed are only valid during the call.
func (l *lexicon) each(i int, cats []uint8, f func(cat uint8, strip int, add, morph []byte) bool) {
	r := reader{b: l.blob[l.dataOff[i]:l.dataOff[i+1]]}
	for len(r.b) > 0 && r.err == nil {
		cat := r.bytes(1)
		strip := r.uvarint()
		add := r.bytes(int(min(r.uvarint(), uint64(len(r.b)))))
		morph := r.bytes(int(min(r.uvarint(), uint64(len(r.b)))))
		if r.err != nil {
			return
		}
		for _, c := range cats {
			if c == cat[0] {
				if !f(cat[0], int(min(strip, 1<<20)), add, morph) {
					return
				}
				break
			}
		}
	}
}

// lemma returns the lexicon lemma of form for a UPOS, or "".
func (l *lexicon) lemma(form string, upos int) string {
	i := l.lookup(form)
	if i < 0 {
		return ""
	}
	out := ""
	// categories in preference order
	for _, c := range lefffForUPOS[upos] {
		l.each(i, []uint8{c}, func(_ uint8, strip int, add, _ []byte) bool {
			out = applyEdit(form, strip, string(add))
			return false
		})
		if out != "" {
			return out
		}
	}
	return ""
}

// lexBuilder collects the Lefff before it is frozen into a lexicon.
type lexBuilder struct {
	forms map[string]*lexInfo
}

type lexInfo struct {
	mask    uint64
	entries []lexEntry
}

// info returns the entry of form, made empty on first use.
func (lb *lexBuilder) info(form string) *lexInfo {
	e := lb.forms[form]
	if e == nil {
		e = &lexInfo{}
		lb.forms[form] = e
	}
	return e
}

// readLefff reads the .mlex file: form, category, lemma, morphology.
func readLefff(path string) (*lexicon, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("syntax: lefff: %w", err)
	}
	defer f.Close()
	lb := &lexBuilder{forms: make(map[string]*lexInfo, 500000)}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 3 || strings.ContainsAny(cols[0], " _") || cols[0] == "" {
			continue
		}
		form, cat, lemma := cols[0], cols[1], cols[2]
		ci, ok := lefffCatIndex[cat]
		if !ok {
			continue
		}
		morph := ""
		if len(cols) > 3 {
			morph = cols[3]
		}
		e := lb.info(form)
		e.mask |= 1 << ci
		if openCats[cat] && !strings.ContainsAny(lemma, " _") {
			dup := false
			for _, x := range e.entries {
				if x.cat == uint8(ci) && x.lemma == lemma && x.morph == morph {
					dup = true
					break
				}
			}
			if !dup && len(e.entries) < 32 {
				e.entries = append(e.entries, lexEntry{cat: uint8(ci), lemma: lemma, morph: morph})
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("syntax: lefff: %w", err)
	}
	r := &reader{b: lb.encode(nil)}
	return decodeLexicon(r)
}

// edit scripts: a lemma is stored as (bytes to strip from the form, suffix).
func editScript(form, lemma string) (int, string) {
	p := 0
	for p < len(form) && p < len(lemma) && form[p] == lemma[p] {
		p++
	}
	return len(form) - p, lemma[p:]
}

func applyEdit(form string, strip int, add string) string {
	if strip > len(form) {
		strip = len(form)
	}
	return form[:len(form)-strip] + add
}

// The serialized lexicon has three sections: front-coded sorted forms,
// their category masks, and their entries (count, then cat, strip, add,
// morph for each).
func (lb *lexBuilder) encode(b []byte) []byte {
	forms := make([]string, 0, len(lb.forms))
	for f := range lb.forms {
		forms = append(forms, f)
	}
	sort.Strings(forms)
	b = binary.AppendUvarint(b, uint64(len(forms)))
	prev := ""
	for _, f := range forms {
		p := 0
		for p < len(prev) && p < len(f) && prev[p] == f[p] {
			p++
		}
		b = binary.AppendUvarint(b, uint64(p))
		b = appendStr(b, f[p:])
		prev = f
	}
	for _, f := range forms {
		b = binary.AppendUvarint(b, lb.forms[f].mask)
	}
	for _, f := range forms {
		e := lb.forms[f]
		b = binary.AppendUvarint(b, uint64(len(e.entries)))
		for _, en := range e.entries {
			b = append(b, en.cat)
			strip, add := editScript(f, en.lemma)
			b = binary.AppendUvarint(b, uint64(strip))
			b = appendStr(b, add)
			b = appendStr(b, en.morph)
		}
	}
	return b
}

func (l *lexicon) encode(b []byte) []byte {
	if l == nil {
		return binary.AppendUvarint(b, 0)
	}
	n := l.size()
	b = binary.AppendUvarint(b, uint64(n))
	prev := ""
	for i := 0; i < n; i++ {
		f := l.form(i)
		p := 0
		for p < len(prev) && p < len(f) && prev[p] == f[p] {
			p++
		}
		b = binary.AppendUvarint(b, uint64(p))
		b = appendStr(b, f[p:])
		prev = f
	}
	for _, m := range l.masks {
		b = binary.AppendUvarint(b, m)
	}
	for i := 0; i < n; i++ {
		data := l.blob[l.dataOff[i]:l.dataOff[i+1]]
		k := 0
		l.each(i, allCats, func(uint8, int, []byte, []byte) bool { k++; return true })
		b = binary.AppendUvarint(b, uint64(k))
		b = append(b, data...)
	}
	return b
}

var allCats = func() []uint8 {
	out := make([]uint8, len(lefffCats))
	for i := range out {
		out[i] = uint8(i)
	}
	return out
}()

func decodeLexicon(r *reader) (*lexicon, error) {
	n := r.uvarint()
	if n == 0 || r.err != nil {
		return nil, r.err
	}
	if n > uint64(len(r.b)) {
		return nil, fmt.Errorf("syntax: bad lexicon size %d", n)
	}
	l := &lexicon{formOff: make([]uint32, n+1), masks: make([]uint64, n), dataOff: make([]uint32, n+1)}
	var forms []byte
	prevStart := 0
	for i := uint64(0); i < n && r.err == nil; i++ {
		p := r.uvarint()
		if p > uint64(len(forms)-prevStart) {
			return nil, fmt.Errorf("syntax: bad lexicon prefix")
		}
		start := len(forms)
		forms = append(forms, forms[prevStart:prevStart+int(p)]...)
		k := r.uvarint()
		forms = append(forms, r.bytes(int(min(k, uint64(len(r.b)+1))))...)
		l.formOff[i] = uint32(start)
		prevStart = start
	}
	l.formOff[n] = uint32(len(forms))
	l.forms = string(forms)
	for i := range l.masks {
		l.masks[i] = r.uvarint()
	}
	if r.err != nil {
		return nil, r.err
	}
	start := len(r.b)
	blob := r.b
	begin := make([]uint32, n)
	end := make([]uint32, n)
	total := 0
	for i := uint64(0); i < n && r.err == nil; i++ {
		k := r.uvarint()
		if k > 64 {
			return nil, fmt.Errorf("syntax: bad lexicon entry count")
		}
		begin[i] = uint32(start - len(r.b))
		for j := uint64(0); j < k && r.err == nil; j++ {
			cat := r.bytes(1)
			if r.err == nil && int(cat[0]) >= len(lefffCats) {
				return nil, fmt.Errorf("syntax: bad lexicon category %d", cat[0])
			}
			r.uvarint()
			r.bytes(int(min(r.uvarint(), uint64(len(r.b)+1))))
			r.bytes(int(min(r.uvarint(), uint64(len(r.b)+1))))
		}
		end[i] = uint32(start - len(r.b))
		total += int(end[i] - begin[i])
	}
	if r.err != nil {
		return nil, r.err
	}
	// Keep the entries without their counts: each reads to the next offset.
	out := make([]byte, 0, total)
	for i := uint64(0); i < n; i++ {
		l.dataOff[i] = uint32(len(out))
		out = append(out, blob[begin[i]:end[i]]...)
	}
	l.dataOff[n] = uint32(len(out))
	l.blob = out
	size := 1
	for size < 2*int(n) {
		size <<= 1
	}
	l.slots = make([]uint32, size)
	mask := uint64(size - 1)
	for i := 0; i < int(n); i++ {
		h := hashString(l.form(i)) & mask
		for l.slots[h] != 0 {
			h = (h + 1) & mask
		}
		l.slots[h] = uint32(i + 1)
	}
	return l, nil
}
