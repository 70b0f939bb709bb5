// Package fold lowers case and removes accents so that words compare as
// readers expect: "Sécurité", "securite" and "SÉCURITÉ" fold alike, and
// œ/æ become oe/ae. It is the word key of the date grammars.
package fold

import (
	"unicode"
	"unicode/utf8"
)

// Append appends w to dst in lower case without accents.
func Append(dst []byte, w string) []byte {
	for _, r := range w {
		if r < utf8.RuneSelf {
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		r = unicode.ToLower(r)
		switch r {
		case 'à', 'â', 'ä', 'á', 'ã', 'å':
			r = 'a'
		case 'ç':
			r = 'c'
		case 'é', 'è', 'ê', 'ë', 'ᵉ':
			r = 'e'
		case 'î', 'ï', 'í', 'ì':
			r = 'i'
		case 'ô', 'ö', 'ó', 'ò', 'õ':
			r = 'o'
		case 'ù', 'û', 'ü', 'ú':
			r = 'u'
		case 'ÿ', 'ý':
			r = 'y'
		case 'ñ':
			r = 'n'
		case 'ʳ':
			r = 'r'
		case 'œ':
			dst = append(dst, "oe"...)
			continue
		case 'æ':
			dst = append(dst, "ae"...)
			continue
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}
