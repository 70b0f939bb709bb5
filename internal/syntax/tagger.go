package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// uposTags are the 17 universal parts of speech; index 0 is unused so that
// a zero value means "none".
var uposTags = []string{"", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
	"PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"}

var uposIndex = func() map[string]int {
	m := map[string]int{}
	for i, t := range uposTags {
		if i > 0 {
			m[t] = i
		}
	}
	return m
}()

// token holds the hashed views of one word that the classifiers read.
type token struct {
	form, lower string
	w, lw       uint64 // hashes of form and lowercase form
	suf         [4]uint64
	pre         [3]uint64
	shape       uint64
	lex         uint64 // lexicon class, 0 when unknown
	td          uint64 // tag-dictionary class, 0 when unknown
	frames      uint64 // verb frame classes from the lexicon (English), 0 when none
	sense       uint64 // 1 + the noun supersense from the lexicon (English), 0 when none
	lexIdx      int    // index in the lexicon, -1 when absent
	upos        int    // predicted UPOS index
	upos1       int    // UPOS of the first tagging pass
	fine        uint64 // UPOS refined by predicted features, for the parser
}

// setLex gives t the classes of lexicon entry i.
func (t *token) setLex(lex *lexicon, i int) {
	t.lexIdx = i
	t.lex = lex.masks[i]&lexTagBits + 1
	t.frames = lex.masks[i] >> wnFrames & frameMask
	t.sense = lex.masks[i] >> wnSense
}

// prepare fills the token views for words.
func (m *Model) prepare(words []string, toks []token) {
	for i, w := range words {
		w = normalizeForm(w)
		t := &toks[i]
		*t = token{form: w, lexIdx: -1}
		t.lower = strings.ToLower(w)
		t.w = hashString(w)
		t.lw = hashString(t.lower)
		for k := 1; k <= 4; k++ {
			t.suf[k-1] = hashString(suffix(t.lower, k))
		}
		for k := 1; k <= 3; k++ {
			t.pre[k-1] = hashString(prefix(t.lower, k))
		}
		t.shape = hashString(shape(w))
		if m.lex != nil {
			i := m.lex.lookup(w)
			if i < 0 && t.lower != w {
				i = m.lex.lookup(t.lower)
			}
			if i >= 0 {
				t.setLex(m.lex, i)
			}
		}
		if c, ok := m.tagDict[t.lower]; ok {
			t.td = uint64(c) + 1
		}
		if m.spell && m.Lang == "en" && t.lexIdx < 0 && t.td == 0 {
			m.spellFeatures(t, w != t.lower)
		}
	}
}

// spellFeatures gives an unknown word the lexicon and tag-dictionary
// classes of the known word it is a typo of, if any (spellVariant; for a
// word with capitals, only repeated letters are undone); its own form
// stays in the other features.
func (m *Model) spellFeatures(t *token, capital bool) {
	v := m.spellVariant(t.lower, capital)
	if v == "" {
		return
	}
	if i := m.lex.lookup(v); i >= 0 {
		t.setLex(m.lex, i)
	}
	if c, ok := m.tagDict[v]; ok {
		t.td = uint64(c) + 1
	}
}

// typographic maps the typographic apostrophes and quotes of
// edited text to the ASCII forms the treebanks use: French news writes
// "l’Élysée", Sequoia and GSD "l'". Without it "l’" is an unknown word,
// tagged as a proper noun, and the parse around it fails. Lemmas follow
// (l’ → le, ’s → 's, “ → "), as UD's do. Guillemets and dashes stay: the
// training data has them, and UD keeps them in lemmas.
var typographic = strings.NewReplacer(
	"’", "'", "‘", "'", "ʼ", "'", "´", "'", "′", "'",
	"“", "\"", "”", "\"", "„", "\"",
	"…", "...",
)

// normalizeForm returns w with typographic characters in ASCII; it
// allocates only for the words that have some.
func normalizeForm(w string) string {
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 0xe2, 0xca, 0xc2: // lead bytes of the runes typographic maps
			return typographic.Replace(w)
		}
	}
	return w
}

func suffix(s string, k int) string {
	i := len(s)
	for n := 0; n < k && i > 0; n++ {
		_, sz := utf8.DecodeLastRuneInString(s[:i])
		i -= sz
	}
	return s[i:]
}

func prefix(s string, k int) string {
	i := 0
	for n := 0; n < k && i < len(s); n++ {
		_, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
	}
	return s[:i]
}

// shape maps letters to X/x, digits to d, keeps other runes, and squeezes
// runs longer than two: "McDonald's" -> "XxXxx'x".
func shape(w string) string {
	var b [48]byte
	n := 0
	var last byte
	run := 0
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < 128:
			c = byte(r)
		default:
			c = '*'
		}
		if c == last {
			run++
			if run >= 2 {
				continue
			}
		} else {
			run = 0
		}
		last = c
		if n < len(b) {
			b[n] = c
			n++
		}
	}
	return string(b[:n])
}

const noneHash = 0x5bd1e995

// tagFeatures appends the tagger features of position i to fs.
func tagFeatures(fs []uint64, toks []token, i int) []uint64 {
	t := &toks[i]
	at := func(j int) *token {
		if j < 0 || j >= len(toks) {
			return nil
		}
		return &toks[j]
	}
	lw := func(j int) uint64 {
		if x := at(j); x != nil {
			return x.lw
		}
		if j < 0 {
			return noneHash
		}
		return noneHash + 1
	}
	tg := func(j int) uint64 {
		if j < 0 {
			return 99
		}
		return uint64(toks[j].upos)
	}
	lexOf := func(j int) uint64 {
		if x := at(j); x != nil {
			return x.lex
		}
		return noneHash
	}
	suf3 := func(j int) uint64 {
		if x := at(j); x != nil {
			return x.suf[2]
		}
		return noneHash
	}
	tdOf := func(j int) uint64 {
		if x := at(j); x != nil {
			return x.td
		}
		return noneHash
	}
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	fs = append(fs,
		f1(1, 0),
		f1(2, t.lw),
		f1(3, t.w),
		f1(4, t.suf[0]), f1(5, t.suf[1]), f1(6, t.suf[2]), f1(7, t.suf[3]),
		f1(8, t.pre[0]), f1(9, t.pre[1]), f1(10, t.pre[2]),
		f2(11, t.shape, first),
		f1(12, t.lex),
		f1(13, lw(i-1)), f1(14, lw(i+1)), f1(15, lw(i-2)), f1(16, lw(i+2)),
		f1(17, tg(i-1)), f2(18, tg(i-1), tg(i-2)), f2(19, tg(i-1), t.lw),
		f1(20, suf3(i+1)), f1(21, suf3(i-1)),
		f1(22, lexOf(i+1)), f1(23, lexOf(i-1)),
		f2(24, t.lw, lw(i+1)), f2(25, lw(i-1), t.lw),
		f2(26, tg(i-1), t.lex), f2(27, t.lex, lexOf(i+1)),
		f2(28, tg(i-1), t.suf[2]), f2(29, t.suf[2], lw(i+1)),
		f1(30, t.td), f2(31, tg(i-1), t.td), f1(32, tdOf(i+1)), f2(33, t.td, tdOf(i+1)),
	)
	return fs
}

// tagFeatures2 adds to the first-pass features the first pass's tags of
// the word and of its right context.
func tagFeatures2(fs []uint64, toks []token, i int) []uint64 {
	fs = tagFeatures(fs, toks, i)
	u1 := func(j int) uint64 {
		if j >= len(toks) {
			return 98
		}
		return uint64(toks[j].upos1)
	}
	tg := uint64(99)
	if i > 0 {
		tg = uint64(toks[i-1].upos)
	}
	t := &toks[i]
	return append(fs,
		f1(40, u1(i)), f1(41, u1(i+1)), f2(42, u1(i+1), u1(i+2)), f2(43, tg, u1(i+1)),
		f2(44, t.lw, u1(i+1)), f2(45, t.suf[2], u1(i+1)), f2(46, u1(i), t.lw), f3(47, tg, u1(i), u1(i+1)),
	)
}

func argmaxTag(scores []float32) int {
	best := 1
	for c := 2; c < len(uposTags); c++ {
		if scores[c] > scores[best] {
			best = c
		}
	}
	return best
}

// tag assigns toks[i].upos for every token: a left-to-right pass, then,
// when the model has one, a second pass that also sees the first pass's
// tags to the right.
func (m *Model) tag(toks []token, fs []uint64, scores []float32) []uint64 {
	for i := range toks {
		fs = tagFeatures(fs[:0], toks, i)
		clear(scores)
		m.tagger.score(fs, scores)
		toks[i].upos = argmaxTag(scores)
	}
	if m.tagger2 == nil {
		return fs
	}
	for i := range toks {
		toks[i].upos1 = toks[i].upos
	}
	for i := range toks {
		fs = tagFeatures2(fs[:0], toks, i)
		clear(scores)
		m.tagger2.score(fs, scores)
		toks[i].upos = argmaxTag(scores)
	}
	return fs
}
