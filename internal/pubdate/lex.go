package pubdate

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

// maxDigits is the longest digit run that gets a numeric value. Longer runs
// are never part of a date.
const maxDigits = 9

// token is one word, number or punctuation mark of the input, with its byte
// offsets.
// It holds no pointer, so that long token slices cost the collector nothing.
type token struct {
	start, end int
	n          int32  // tNum: the value, or -1 when longer than maxDigits
	nd         int32  // tNum: the number of digits, at most maxDigits+1
	r          rune   // tPunct: the rune
	w          uint16 // tWord: index in wordList of the folded word; 0 for a word no rule reads
	kind       kind
	upper      bool // tWord: the first letter is upper case
}

// word returns the folded word: lower case, accents removed.
func (t *token) word() string { return wordList[t.w] }

// lexer splits a string into tokens, one at a time, so that a reader that
// stops early does not lex the rest. It never fails: bytes that are not
// valid UTF-8 become punctuation tokens.
type lexer struct {
	s   string
	pos int
	buf []byte // folding space
}

// next returns the next token, or false at the end of the string.
func (l *lexer) next() (token, bool) {
	s := l.s
	for i := l.pos; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			l.pos = i + 1
			return token{kind: tPunct, start: i, end: i + 1, r: r}, true
		case isSpace(r):
			i += size
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
			l.pos = j
			return token{kind: tNum, start: i, end: j, n: n, nd: int32(nd)}, true
		case isLetter(r):
			j := i + size
			for j < len(s) {
				r2, sz2 := utf8.DecodeRuneInString(s[j:])
				if !isLetter(r2) && !unicode.Is(unicode.Mn, r2) {
					break
				}
				j += sz2
			}
			l.pos = j
			l.buf = fold.Append(l.buf[:0], s[i:j])
			return token{kind: tWord, start: i, end: j, w: known[string(l.buf)], upper: unicode.IsUpper(r)}, true
		default:
			l.pos = i + size
			return token{kind: tPunct, start: i, end: i + size, r: r}, true
		}
	}
	l.pos = len(s)
	return token{}, false
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' }

func isLetter(r rune) bool { return r != utf8.RuneError && unicode.IsLetter(r) }
