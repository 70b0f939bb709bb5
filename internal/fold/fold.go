// Package fold lowers case and removes accents so that words compare as
// readers expect: "Sécurité", "securite" and "SÉCURITÉ" fold alike, and
// œ/æ/ß become oe/ae/ss. It is the one letter-folding table of vigie: the
// date grammars, the gazetteers, the actor dictionaries and the NER's word
// features all fold letters through it, each keeping its own policy for
// punctuation and spaces.
package fold

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Append appends w to dst in lower case without accents.
func Append(dst []byte, w string) []byte {
	for _, r := range w {
		dst = AppendRune(dst, r)
	}
	return dst
}

// String returns s in lower case without accents. It allocates only when s
// changes.
func String(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return string(Append(make([]byte, 0, len(s)), s))
		}
	}
	return s
}

// AppendRune appends the folded form of r to dst: ASCII letters in lower
// case, letters with diacritics as their base letters, ligatures expanded,
// combining marks dropped, and any other rune in lower case.
func AppendRune(dst []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(dst, byte(r))
	}
	if f, ok := Letter(r); ok {
		return append(dst, f...)
	}
	return utf8.AppendRune(dst, unicode.ToLower(r))
}

// Letter returns the folded form of a non-ASCII letter or combining mark r
// of the Latin, Greek and Cyrillic blocks and the superscript letters that
// French ordinals use (1ᵉʳ): its base letters in lower case, or "" for a
// combining mark, which folding drops. ok is false for other runes.
func Letter(r rune) (f string, ok bool) {
	if r < utf8.RuneSelf || r >= tableEnd {
		if unicode.Is(unicode.Mn, r) {
			return "", true
		}
		return "", false
	}
	once.Do(build)
	f = table[r-utf8.RuneSelf]
	if f == "" {
		return "", false
	}
	if f == drop {
		return "", true
	}
	return f, true
}

// tableEnd bounds the folding table: Latin, Greek, Cyrillic and the
// phonetic extensions (superscript letters) lie below it.
const tableEnd = 0x2000

const drop = "\x00"

var (
	once  sync.Once
	table []string // rune-0x80 → folded form; "" not folded; drop: removed
)

// special letters do not decompose into a base letter and marks.
var special = map[rune]string{
	'ß': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ø': "o", 'Ø': "o",
	'đ': "d", 'Đ': "d", 'ð': "d", 'Ð': "d", 'ł': "l", 'Ł': "l", 'ı': "i",
	'ħ': "h", 'Ħ': "h", 'þ': "th", 'Þ': "th", 'ŀ': "l", 'Ŀ': "l", 'ĸ': "q",
	'ŋ': "n", 'Ŋ': "n", 'ſ': "s", 'ƒ': "f", 'ɨ': "i", 'ʉ': "u", 'ŉ': "n",
	'ᵉ': "e", 'ʳ': "r", 'ᵈ': "d", 'ˢ': "s", 'ᵗ': "t", 'ᵒ': "o", // 1ᵉʳ, 2ᵈ, 3ᵗʰ…
}

// build fills the table from the Unicode decompositions: a letter with
// marks becomes its base letter, lower case.
func build() {
	table = make([]string, tableEnd-utf8.RuneSelf)
	for r := rune(utf8.RuneSelf); r < tableEnd; r++ {
		table[r-utf8.RuneSelf] = buildRune(r)
	}
	// Fold the results again, so that a folded word folds to itself
	// (Ʉ → ʉ → u).
	for i, f := range table {
		if f == "" || f == drop {
			continue
		}
		var b strings.Builder
		for _, c := range f {
			if g := lookup(c); g != "" && g != drop && g != string(c) {
				b.WriteString(g)
			} else {
				b.WriteRune(c)
			}
		}
		table[i] = b.String()
	}
}

func lookup(c rune) string {
	if c < utf8.RuneSelf || c >= tableEnd {
		return ""
	}
	return table[c-utf8.RuneSelf]
}

func buildRune(r rune) string {
	if s, ok := special[r]; ok {
		return s
	}
	if unicode.Is(unicode.Mn, r) {
		return drop
	}
	if !unicode.IsLetter(r) {
		return ""
	}
	var b strings.Builder
	for _, c := range norm.NFD.String(string(r)) {
		if unicode.Is(unicode.Mn, c) {
			continue
		}
		if s, ok := special[c]; ok {
			b.WriteString(s)
			continue
		}
		b.WriteRune(unicode.ToLower(c))
	}
	return b.String()
}
