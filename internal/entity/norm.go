package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// fold lowercases s and strips the accents of Latin letters, and maps
// typographic apostrophes and dashes to ASCII, so that "Algérie",
// "ALGERIE" and "algerie" compare equal. It allocates only when s changes.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		b.WriteString(foldRune(r))
	}
	return b.String()
}

// foldRune returns the folded form of one rune.
func foldRune(r rune) string {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return asciiStr[r]
	}
	switch r {
	case '’', '‘', 'ʼ', '´', '`':
		return "'"
	case '–', '—', '‐', '‑':
		return "-"
	case 'œ', 'Œ':
		return "oe"
	case 'æ', 'Æ':
		return "ae"
	case 'ß':
		return "ss"
	}
	r = unicode.ToLower(r)
	if b, ok := accentBase[r]; ok {
		return asciiStr[b]
	}
	return string(r)
}

var asciiStr = func() (t [128]string) {
	for i := range t {
		t[i] = string(rune(i))
	}
	return
}()

// accentBase maps lowercase accented Latin letters to their base letter.
var accentBase = func() map[rune]byte {
	m := map[rune]byte{}
	add := func(base byte, letters string) {
		for _, r := range letters {
			m[r] = base
		}
	}
	add('a', "àáâãäåāăą")
	add('c', "çćĉċč")
	add('d', "ďđ")
	add('e', "èéêëēĕėęě")
	add('g', "ĝğġģ")
	add('h', "ĥħ")
	add('i', "ìíîïĩīĭįı")
	add('j', "ĵ")
	add('k', "ķ")
	add('l', "ĺļľŀł")
	add('n', "ñńņňŉ")
	add('o', "òóôõöøōŏő")
	add('r', "ŕŗř")
	add('s', "śŝşšș")
	add('t', "ţťŧț")
	add('u', "ùúûüũūŭůűų")
	add('w', "ŵ")
	add('y', "ýÿŷ")
	add('z', "źżž")
	return m
}()

// shape maps a word to its character classes with runs collapsed:
// "Esper" → "Xx", "DGST-DGSN" → "X-X", "1906" → "d", "l’" → "x'".
func shape(s string) string {
	var buf [16]byte
	b := buf[:0]
	var last byte
	for _, r := range s {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r == '’' || r == '\'':
			c = '\''
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if c != last {
			if len(b) == cap(buf) {
				break
			}
			b = append(b, c)
			last = c
		}
	}
	return string(b)
}

// Capitalisation classes of a word.
const (
	capNone  = iota // no letter or all lowercase
	capInit         // Initial capital, then lowercase or mixed
	capAll          // all letters uppercase, at least two letters
	capOne          // one uppercase letter alone ("A", "M")
	capMixed        // lowercase first, uppercase later ("iPhone")
)

// capClass classifies the capitalisation of s.
func capClass(s string) int {
	upper, lower, letters := 0, 0, 0
	first := -1
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
				if first < 0 {
					first = 1
				}
			} else {
				lower++
				if first < 0 {
					first = 0
				}
			}
		}
	}
	switch {
	case letters == 0 || upper == 0:
		return capNone
	case first == 0:
		return capMixed
	case lower == 0 && letters >= 2:
		return capAll
	case lower == 0:
		return capOne
	default:
		return capInit
	}
}

// isUpperInitial reports whether s begins with an uppercase letter.
func isUpperInitial(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
