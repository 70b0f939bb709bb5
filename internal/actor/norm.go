package actor

import (
	"github.com/vigie-events/vigie/internal/fold"
	"unicode"
	"unicode/utf8"
)

// token is one word of a text: its byte span and its normalised form.
// Words are runs of letters and digits; apostrophes, hyphens, dots and
// everything else separate words, except that dotted single-letter
// abbreviations ("U.S.", "U.N.") are one word ("us", "un").
type token struct {
	start, end int    // byte offsets into the text
	key        string // normalised form: lower case, accents folded (when asked for)
	id         uint32 // vocabulary id of key, 0 when unknown
	upper      bool   // every letter is a capital and there is at least one letter
	capital    bool   // the first letter is a capital
	abbrev     bool   // a dotted abbreviation such as U.S.
}

// isWordRune reports whether r belongs to a word.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenize splits text[from:to] into words. It never panics, whatever the
// bytes (invalid UTF-8 is a separator), and runs in linear time.
//
// With a vocabulary, each word gets its id there (0 when unknown); with
// wantKey, its normalised form too (matching alone needs no key and then
// allocates nothing per word).
func tokenize(text string, from, to int, dst []token, vocab map[string]uint32, wantKey bool) []token {
	if from < 0 {
		from = 0
	}
	if to > len(text) {
		to = len(text)
	}
	buf := make([]byte, 0, 32)
	i := from
	for i < to {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError || !isWordRune(r) {
			i += n
			continue
		}
		// Dotted abbreviation: L.L.(L.)* where each L is a single letter.
		if tok, b, end, ok := abbreviation(text, i, to, buf[:0]); ok {
			buf = b
			tok.id, tok.key = lookup(buf, vocab, wantKey)
			dst = append(dst, tok)
			i = end
			continue
		}
		start := i
		buf = buf[:0]
		upper, capital, letters := true, unicode.IsUpper(r), false
		for i < to {
			r, n = utf8.DecodeRuneInString(text[i:])
			if r == utf8.RuneError || !isWordRune(r) {
				break
			}
			if unicode.IsLetter(r) {
				letters = true
				if !unicode.IsUpper(r) {
					upper = false
				}
			}
			buf = foldAppend(buf, r)
			i += n
		}
		if len(buf) == 0 { // only combining marks
			continue
		}
		tok := token{start: start, end: i, upper: upper && letters, capital: capital}
		tok.id, tok.key = lookup(buf, vocab, wantKey)
		dst = append(dst, tok)
	}
	return dst
}

// abbreviation recognises "U.S." style words starting at i: two or more
// single letters, each followed by a dot.
func abbreviation(text string, i, to int, buf []byte) (token, []byte, int, bool) {
	start, count, upper := i, 0, true
	for i < to {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) || i+n >= to || text[i+n] != '.' {
			break
		}
		if !unicode.IsUpper(r) {
			upper = false
		}
		buf = foldAppend(buf, r)
		i += n + 1
		count++
	}
	if count < 2 {
		return token{}, buf, 0, false
	}
	return token{start: start, end: i, upper: upper, capital: upper, abbrev: true}, buf, i, true
}

func lookup(buf []byte, vocab map[string]uint32, wantKey bool) (id uint32, key string) {
	if vocab != nil {
		id = vocab[string(buf)]
	}
	if wantKey {
		key = string(buf)
	}
	return id, key
}

// foldAppend appends the lower-case, accent-free form of r to buf.
func foldAppend(buf []byte, r rune) []byte { return fold.AppendRune(buf, r) }

// normalize returns the normalised keys of the words of s.
func normalize(s string) []string {
	toks := tokenize(s, 0, len(s), nil, nil, true)
	keys := make([]string, len(toks))
	for i, t := range toks {
		keys[i] = t.key
	}
	return keys
}

// Normalize returns s as vigie's dictionaries see it: words in lower case,
// accents folded, separated by single spaces ("Al-Qaïda" → "al qaida").
func Normalize(s string) string {
	keys := normalize(s)
	n := 0
	for _, k := range keys {
		n += len(k) + 1
	}
	b := make([]byte, 0, n)
	for i, k := range keys {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, k...)
	}
	return string(b)
}
