package lang

import (
	"unicode"
	"unicode/utf8"
)

// maxTokenRunes is the longest word kept; longer words are cut (URLs,
// hashes, chemical names carry no language signal past that).
const maxTokenRunes = 32

// tokenizer splits text into lower-case words without allocating. An
// apostrophe between two letters splits a word in two: the left part keeps
// the apostrophe as an elided form (l', qu', dell') and an English clitic on
// the right keeps it in front ('s, 't, 're). Curly and other apostrophes are
// read as '. Digits, hyphens and punctuation end a word.
type tokenizer struct {
	s     string
	i     int
	buf   [maxTokenRunes + 2]rune
	n     int
	right bool // the next word follows an apostrophe
	prev  rune // the rune before the current word
	// glued is set when the last word returned is one letter stuck to a
	// digit or to -./@&_ (E17, e-mail, J. Smith): a code or an initial,
	// not a word.
	glued bool
	// cased is set when the last word returned had a capital letter.
	cased bool
}

func newTokenizer(s string) tokenizer { return tokenizer{s: s} }

// next returns the next word, or false at the end of the text. The slice is
// reused by the next call.
func (t *tokenizer) next() ([]rune, bool) {
	s := t.s
	// Skip to the first letter.
	for t.i < len(s) {
		r, size := utf8.DecodeRuneInString(s[t.i:])
		if isWordRune(r) {
			break
		}
		t.right = false
		t.prev = r
		t.i += size
	}
	if t.i >= len(s) {
		return nil, false
	}
	right := t.right
	t.right = false
	t.n = 0
	t.glued = false
	t.cased = false
	before := t.prev
	for t.i < len(s) {
		r, size := utf8.DecodeRuneInString(s[t.i:])
		if isWordRune(r) {
			lr := unicode.ToLower(r)
			if lr != r {
				t.cased = true
			}
			t.add(lr)
			t.i += size
			continue
		}
		if isApostrophe(r) && t.i+size < len(s) {
			r2, _ := utf8.DecodeRuneInString(s[t.i+size:])
			if isWordRune(r2) {
				// Elision or clitic: end this word with the apostrophe.
				t.i += size
				t.right = true
				t.addApostrophe()
				t.prev = r
				return t.buf[:t.n], true
			}
		}
		break
	}
	if t.n == 1 {
		var after rune
		if t.i < len(s) {
			after, _ = utf8.DecodeRuneInString(s[t.i:])
		}
		t.glued = isGlue(before) || isGlue(after) || after == '.'
	}
	t.prev = 0
	if right && isClitic(t.buf[:t.n]) {
		copy(t.buf[1:], t.buf[:t.n])
		t.buf[0] = '\''
		t.n++
	}
	return t.buf[:t.n], true
}

func (t *tokenizer) add(r rune) {
	if t.n < maxTokenRunes {
		t.buf[t.n] = r
		t.n++
	}
}

func (t *tokenizer) addApostrophe() {
	t.buf[t.n] = '\''
	t.n++
}

// isGlue reports whether r joins a letter into a code rather than a word.
func isGlue(r rune) bool {
	switch r {
	case '-', '/', '@', '&', '_', '.', '+', '=', '\\':
		return true
	}
	return '0' <= r && r <= '9'
}

// isClitic reports whether w is an English clitic written after an
// apostrophe: 's, 't, 're, 'll, 've, 'm, 'd.
func isClitic(w []rune) bool {
	switch len(w) {
	case 1:
		switch w[0] {
		case 's', 't', 'm', 'd':
			return true
		}
	case 2:
		a, b := w[0], w[1]
		return a == 'r' && b == 'e' || a == 'l' && b == 'l' || a == 'v' && b == 'e'
	}
	return false
}

// appendUTF8 appends the UTF-8 encoding of w to b.
func appendUTF8(b []byte, w []rune) []byte {
	for _, r := range w {
		b = utf8.AppendRune(b, r)
	}
	return b
}
