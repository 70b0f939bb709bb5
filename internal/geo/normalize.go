package geo

import (
	"strings"
	"unicode"
	"unicode/utf8"

	letters "github.com/vigie-events/vigie/internal/fold"
)

// MaxNameLen is the longest place name, in bytes, that the gazetteer looks
// up. Longer strings are not place names: Lookup returns nothing for them
// without reading them.
const MaxNameLen = 200

// Normalize returns the lookup key of a place name: lower case, accents
// folded (é→e, ç→c, œ→oe, ß→ss), every apostrophe written ', hyphens,
// underscores and runs of white space turned into one space, full stops
// dropped ("N.Y." → "ny"), and the ends trimmed. Arabic letters keep their
// script, without vowel marks and with the forms of alef unified. Other
// punctuation is kept, so "Long Beach, CA" stays two parts.
func Normalize(s string) string {
	if isNormalASCII(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	appendNorm(&b, s)
	return strings.TrimSuffix(b.String(), " ")
}

// isNormalASCII reports whether s is already a key: ASCII lower case
// letters, digits and single inner spaces, with no dot or hyphen.
func isNormalASCII(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	prevSpace := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '\'', c == ',', c == '(', c == ')':
			prevSpace = false
		case c == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
		default:
			return false
		}
	}
	return true
}

// appendNorm writes the key of s to b. It never writes a leading space or
// two spaces in a row; it may leave one trailing space.
func appendNorm(b *strings.Builder, s string) {
	space := b.Len() == 0 // as if a space had just been written
	for _, r := range s {
		f, kind := foldRune(r)
		switch kind {
		case foldDrop:
		case foldSpace:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		default:
			b.WriteString(f)
			space = false
		}
	}
}

const (
	foldKeep = iota
	foldDrop
	foldSpace
)

// foldRune returns what r becomes in a key.
func foldRune(r rune) (string, int) {
	if r < utf8.RuneSelf {
		c := byte(r)
		switch {
		case c >= 'A' && c <= 'Z':
			return asciiLower[c-'A' : c-'A'+1], foldKeep
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			return asciiLetters[r:][:1], foldKeep
		case c == '.':
			return "", foldDrop
		case c == '\'' || c == '`':
			return "'", foldKeep
		case c == '-' || c == '_' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			return "", foldSpace
		case c < ' ' || c == 0x7f:
			return "", foldSpace
		default:
			return asciiLetters[r:][:1], foldKeep
		}
	}
	switch r {
	case '\u2019', '\u2018', '\u02bc', '\u02bb', '\u00b4', '\u2032', '\uff07':
		return "'", foldKeep
	case '\u02be', '\u02bf', '\u0640': // transliteration hamza/ayn marks, tatweel
		return "", foldDrop
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '\u00a0', '\u202f', '\u2009', '\u200a', '\u2002', '\u2003':
		return "", foldSpace
	case '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\ufeff', '\u00ad':
		return "", foldDrop
	case utf8.RuneError:
		return "", foldSpace
	}
	if r >= 0x0600 && r <= 0x06ff {
		return foldArabic(r)
	}
	if f, ok := letters.Letter(r); ok {
		if f == "" {
			return "", foldDrop
		}
		return f, foldKeep
	}
	if unicode.IsSpace(r) {
		return "", foldSpace
	}
	if unicode.Is(unicode.Mn, r) {
		return "", foldDrop
	}
	return string(unicode.ToLower(r)), foldKeep
}

const asciiLetters = "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f" +
	"\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f" +
	" !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\x7f"

const asciiLower = "abcdefghijklmnopqrstuvwxyz"

// foldArabic drops vowel marks and unifies the forms of alef, yeh and teh
// marbuta so that spellings with and without them meet.
func foldArabic(r rune) (string, int) {
	switch {
	case r >= 0x064b && r <= 0x065f, r == 0x0670:
		return "", foldDrop
	case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
		return "ا", foldKeep
	case r == 'ى':
		return "ي", foldKeep
	case r == 'ة':
		return "ه", foldKeep
	case r == '،':
		return ",", foldKeep
	}
	return string(r), foldKeep
}
