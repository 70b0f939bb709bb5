package entity

import (
	letters "github.com/vigie-events/vigie/internal/fold"
	"unicode"
	"unicode/utf8"
)

// fold lowercases s and strips the accents of letters (internal/fold), and
// maps typographic apostrophes and dashes to ASCII, so that "Algérie",
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
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch r {
		case '’', '‘', 'ʼ', '´', '`':
			b = append(b, '\'')
		case '–', '—', '‐', '‑':
			b = append(b, '-')
		default:
			b = letters.AppendRune(b, r)
		}
	}
	return string(b)
}

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
