package syntax

import (
	"encoding/binary"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The lemmatizer looks a word up, in order: in the table of (form, UPOS)
// pairs seen in training, in the lexicon (French), then applies the edit
// rule of the longest known (UPOS, suffix) pair, learned from training.

type edit struct {
	strip int
	add   string
}

type lemmatizer struct {
	table  map[string]string // lower form \x00 UPOS -> lemma
	rules  map[string]edit   // UPOS \x00 suffix -> edit
	maxSuf int
}

const maxRuleSuffix = 6

func (l *lemmatizer) lemma(form, lower, upos string, lex *lexicon) string {
	if v, ok := l.table[lower+"\x00"+upos]; ok {
		if upos == "PROPN" && v == lower {
			return form
		}
		return v
	}
	if upos == "PROPN" {
		return form
	}
	if lex != nil {
		u := uposIndex[upos]
		if v := lex.lemma(form, u); v != "" {
			return v
		}
		if v := lex.lemma(lower, u); v != "" {
			return v
		}
	}
	if upos == "NUM" || upos == "SYM" || upos == "PUNCT" || upos == "X" {
		return form
	}
	for k := min(l.maxSuf, runeCount(lower)); k >= 0; k-- {
		if e, ok := l.rules[upos+"\x00"+suffix(lower, k)]; ok {
			if c, _ := utf8.DecodeRuneInString(e.add); unicode.IsUpper(c) {
				// An edit learnt from a capitalised lemma ("syrian" ->
				// "Syrian") rewrites the whole word: the lemma of a
				// demonym is the word itself ("Algerian", not
				// "alSyrian").
				return form
			}
			if e.strip <= len(lower) {
				return applyEdit(lower, e.strip, e.add)
			}
		}
	}
	return lower
}

func runeCount(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

type lemmaCounts struct {
	table map[string]map[string]int
	rules map[string]map[edit]int
}

func newLemmaCounts() *lemmaCounts {
	return &lemmaCounts{table: map[string]map[string]int{}, rules: map[string]map[edit]int{}}
}

func (c *lemmaCounts) add(form, upos, lemma string) {
	if lemma == "_" || lemma == "" {
		return
	}
	lower := strings.ToLower(form)
	key := lower + "\x00" + upos
	if c.table[key] == nil {
		c.table[key] = map[string]int{}
	}
	if upos == "PROPN" && lemma == form {
		lemma = lower // stored as "same as form"
	}
	c.table[key][lemma]++
	s, a := editScript(lower, lemma)
	e := edit{s, a}
	for k := 0; k <= maxRuleSuffix && k <= runeCount(lower); k++ {
		rk := upos + "\x00" + suffix(lower, k)
		if c.rules[rk] == nil {
			c.rules[rk] = map[edit]int{}
		}
		c.rules[rk][e]++
	}
}

func (c *lemmaCounts) build() *lemmatizer {
	l := &lemmatizer{table: map[string]string{}, rules: map[string]edit{}, maxSuf: maxRuleSuffix}
	for k, m := range c.table {
		l.table[k] = best(m)
	}
	for k, m := range c.rules {
		total := 0
		for _, n := range m {
			total += n
		}
		if total < 2 {
			continue
		}
		var be edit
		bn := -1
		for e, n := range m {
			if n > bn || n == bn && (e.strip < be.strip || e.strip == be.strip && e.add < be.add) {
				be, bn = e, n
			}
		}
		l.rules[k] = be
	}
	return l
}

func best(m map[string]int) string {
	b, bn := "", -1
	for s, n := range m {
		if n > bn || n == bn && s < b {
			b, bn = s, n
		}
	}
	return b
}

func (l *lemmatizer) encode(b []byte) []byte {
	keys := make([]string, 0, len(l.table))
	for k := range l.table {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	b = binary.AppendUvarint(b, uint64(len(keys)))
	for _, k := range keys {
		b = appendStr(b, k)
		b = appendStr(b, l.table[k])
	}
	keys = keys[:0]
	for k := range l.rules {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	b = binary.AppendUvarint(b, uint64(len(keys)))
	for _, k := range keys {
		b = appendStr(b, k)
		e := l.rules[k]
		b = binary.AppendUvarint(b, uint64(e.strip))
		b = appendStr(b, e.add)
	}
	return binary.AppendUvarint(b, uint64(l.maxSuf))
}

func decodeLemmatizer(r *reader) *lemmatizer {
	l := &lemmatizer{table: map[string]string{}, rules: map[string]edit{}}
	n := r.uvarint()
	for i := uint64(0); i < n && r.err == nil; i++ {
		k := r.str()
		l.table[k] = r.str()
	}
	n = r.uvarint()
	for i := uint64(0); i < n && r.err == nil; i++ {
		k := r.str()
		s := r.uvarint()
		l.rules[k] = edit{int(min(s, 1<<20)), r.str()}
	}
	l.maxSuf = int(min(r.uvarint(), maxRuleSuffix))
	return l
}
