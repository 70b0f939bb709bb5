package timex

import (
	"github.com/vigie-events/vigie/internal/fold"
	"unicode"
	"unicode/utf8"
)

// kind is the class of a token.
type kind uint8

const (
	tWord  kind = iota + 1 // a run of letters (and combining marks)
	tNum                   // a run of ASCII digits
	tPunct                 // any other single rune that is not a space
)

// maxDigits is the longest digit run that gets a numeric value.
const maxDigits = 9

// token is one word, number or punctuation mark of the text, with its byte
// offsets. It holds no pointer, so that long token slices cost the
// collector nothing.
type token struct {
	start, end int32 // bytes in the text
	fs, fe     int32 // tWord: bytes of the folded word in scanner.f
	n          int32 // tNum: the value, or -1 when longer than maxDigits
	r          rune  // tPunct: the rune
	nd         uint8 // tNum: the number of digits, at most maxDigits+1
	kind       kind
	upper      bool // tWord: the first letter is upper case
	nl         bool // a line break comes between this token and the one before
}

// maxText is the longest text read: offsets are 32-bit.
const maxText = 1<<31 - 1

// lex splits s into tokens and folds every word (lower case, no accents)
// into one buffer, so that reading a text costs a few allocations, not one
// per word. It never fails: bytes that are not valid UTF-8 become
// punctuation tokens.
func lex(s string) ([]token, string) {
	if len(s) > maxText {
		s = s[:maxText]
	}
	toks := make([]token, 0, len(s)/4+1)
	buf := make([]byte, 0, len(s)/2+1)
	nl := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			// The common case: an ASCII word, folded by lowering it.
			j := i + 1
			for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z') {
				j++
			}
			if j < len(s) && s[j] >= utf8.RuneSelf {
				r2, _ := utf8.DecodeRuneInString(s[j:])
				if isLetter(r2) || unicode.Is(unicode.Mn, r2) {
					j = wordEnd(s, j)
				}
			}
			fs := len(buf)
			buf = fold.Append(buf, s[i:j])
			toks = append(toks, token{kind: tWord, start: int32(i), end: int32(j), fs: int32(fs), fe: int32(len(buf)), upper: r <= 'Z', nl: nl})
			i = j
		case r == utf8.RuneError && size <= 1:
			toks = append(toks, token{kind: tPunct, start: int32(i), end: int32(i + 1), r: r, nl: nl})
			i++
		case isSpace(r):
			nl = nl || r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029'
			i += size
			continue
		case r >= '0' && r <= '9':
			j := i
			var n int32
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				if j-i < maxDigits {
					n = n*10 + int32(s[j]-'0')
				}
				j++
			}
			nd := min(j-i, maxDigits+1)
			if nd > maxDigits {
				n = -1
			}
			toks = append(toks, token{kind: tNum, start: int32(i), end: int32(j), n: n, nd: uint8(nd), nl: nl})
			i = j
		case isLetter(r):
			j := wordEnd(s, i+size)
			fs := len(buf)
			buf = fold.Append(buf, s[i:j])
			toks = append(toks, token{kind: tWord, start: int32(i), end: int32(j), fs: int32(fs), fe: int32(len(buf)), upper: unicode.IsUpper(r), nl: nl})
			i = j
		default:
			toks = append(toks, token{kind: tPunct, start: int32(i), end: int32(i + size), r: r, nl: nl})
			i += size
		}
		nl = false
	}
	return toks, string(buf)
}

// wordEnd returns the end of the word that goes on at j.
func wordEnd(s string, j int) int {
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf {
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
				j++
				continue
			}
			return j
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if !isLetter(r) && !unicode.Is(unicode.Mn, r) {
			return j
		}
		j += size
	}
	return j
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' }

func isLetter(r rune) bool { return r != utf8.RuneError && unicode.IsLetter(r) }
