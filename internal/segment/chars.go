package segment

import (
	"unicode"
	"unicode/utf8"
)

// Byte classes of ASCII characters.
const (
	cOther  uint8 = iota
	cSpace        // space, tab, newline…
	cLetter       // a-z A-Z
	cDigit        // 0-9
	cWordx        // '_': joins words, never starts a sentence
)

var asciiClass = func() (t [128]uint8) {
	for c := 0; c < 128; c++ {
		switch {
		case c == ' ', c == '\t', c == '\n', c == '\r', c == '\f', c == '\v':
			t[c] = cSpace
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			t[c] = cLetter
		case '0' <= c && c <= '9':
			t[c] = cDigit
		case c == '_':
			t[c] = cWordx
		}
	}
	return t
}()

// decode returns the rune at s[i] and its width. An invalid byte decodes as
// utf8.RuneError of width 1, so stepping by the width visits exactly the
// boundaries that `for i := range s` visits.
func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// decodeLast returns the rune that ends at s[:i] and its width.
func decodeLast(s string, i int) (rune, int) {
	if c := s[i-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(s[:i])
}

// isSpace reports whether r separates tokens. It counts Unicode spaces,
// including the no-break spaces of French typography (U+00A0, U+202F), and
// the zero-width space and byte order mark, which no token should hold.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r] == cSpace
	}
	switch r {
	case 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0x200B, 0xFEFF, 0x2060:
		return true
	}
	return 0x2000 <= r && r <= 0x200A
}

// isWordRune reports whether r belongs to a word: letters, digits, marks,
// '_' and invalid bytes (text in a mistaken encoding still makes words).
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r] >= cLetter
	}
	switch r {
	case utf8.RuneError, 0xAD, 0x200C, 0x200D: // invalid byte, soft hyphen, ZWNJ, ZWJ
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r] == cLetter
	}
	return unicode.IsLetter(r)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z'
	}
	return unicode.IsLower(r)
}

// isApos reports whether r is an apostrophe that may sit inside a word.
func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' || r == '‘' }

// isHyphen reports whether r joins the parts of a compound word.
func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// wordRuneAt reports whether a word rune starts at s[i].
func wordRuneAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := decode(s, i)
	return isWordRune(r)
}

// letterAt reports whether a letter starts at s[i].
func letterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := decode(s, i)
	return isLetter(r)
}

// wordEnd returns the end of the run of word runes that starts at s[i].
func wordEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiClass[c] < cLetter {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			return i
		}
		i += n
	}
	return i
}

// firstRune returns the first rune of s, or utf8.RuneError for "".
func firstRune(s string) rune {
	if s == "" {
		return utf8.RuneError
	}
	r, _ := decode(s, 0)
	return r
}

// isAllUpper reports whether s has at least two letters and no lower-case
// letter.
func isAllUpper(s string) bool {
	letters := 0
	for _, r := range s {
		if isLower(r) {
			return false
		}
		if isLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// lowerKey appends s in lower case to buf[:0] and returns it, so that
// callers can look words up without allocating.
func lowerKey(buf []byte, s string) []byte {
	buf = buf[:0]
	for _, r := range s {
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
	}
	return buf
}
