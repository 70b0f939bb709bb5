package segment

import (
	"strings"
	"unicode/utf8"

	"github.com/vigie-events/vigie/internal/doc"
)

// gap is the whitespace before a token.
type gap uint8

const (
	gapNone  gap = iota // the token touches the one before it
	gapSpace            // spaces or tabs
	gapLine             // one line break
	gapPara             // a paragraph break: two line breaks, or the start of the text
)

// tokenize cuts s into tokens and records the whitespace before each.
func tokenize(s string, r *rules) ([]Token, []gap) {
	toks := make([]Token, 0, len(s)/6+1)
	gaps := make([]gap, 0, len(s)/6+1)
	g, lines := gapPara, 0
	for i := 0; i < len(s); {
		c, n := decode(s, i)
		if isSpace(c) {
			switch c {
			case '\n', '\f', '\v', 0x85, 0x2028:
				lines++
			case '\r':
				if i+1 >= len(s) || s[i+1] != '\n' {
					lines++
				}
			case 0x2029:
				lines += 2
			}
			if g == gapNone {
				g = gapSpace
			}
			i += n
			continue
		}
		switch {
		case lines >= 2:
			g = gapPara
		case lines == 1 && g != gapPara:
			g = gapLine
		}
		lines = 0
		end := r.scan(s, i)
		if end <= i || end > len(s) { // never happens; guards against a bad rule
			end = i + n
		}
		if len(toks) > 0 {
			toks[len(toks)-1].SpaceAfter = g != gapNone
		}
		toks = append(toks, Token{Span: doc.Span{Start: i, End: end}, Text: s[i:end]})
		gaps = append(gaps, g)
		g = gapNone
		i = end
	}
	if len(toks) > 0 && g != gapNone {
		toks[len(toks)-1].SpaceAfter = true
	}
	return toks, gaps
}

// scan returns the end of the token that starts at s[i], a non-space rune.
func (r *rules) scan(s string, i int) int {
	c, n := decode(s, i)
	if isWordRune(c) {
		if e := scanURL(s, i); e > i {
			return e
		}
		return r.scanWord(s, i)
	}
	switch c {
	case '.', '!', '?', '…', '‼', '⁇', '⁈', '⁉':
		return scanRun(s, i, isTerminalRune)
	case '@', '#':
		// @handle, #hashtag; "#2" is two tokens. "@example.com", the
		// domain of an address, is one.
		if letterAt(s, i+1) {
			if c == '@' {
				return scanEmailDomain(s, i+1)
			}
			return wordEnd(s, i+1)
		}
	case '-', '‐', '‑':
		if r.lang == french && i > 0 {
			if p, _ := decodeLast(s, i); isWordRune(p) {
				if k := frCliticLen(s, i, 0); k > 0 {
					return i + k
				}
			}
		}
		fallthrough
	case '+':
		if strings.HasPrefix(s[i:], "+/-") {
			return i + 3
		}
		// A sign before a number: -6, -0,8, +33.
		if i+1 < len(s) && isDigit(s[i+1]) && (c == '-' || c == '+') && (i == 0 || !wordRuneAt(s, prevStart(s, i))) {
			return r.scanWord(s, i+1)
		}
	case '°':
		// °C, °F
		if i+3 <= len(s) && (s[i+2] == 'C' || s[i+2] == 'F') && !wordRuneAt(s, i+3) {
			return i + 3
		}
	case ':', ';', '(', '=':
		if r.lang != french {
			if e := scanEmoticon(s, i); e > i {
				return e
			}
		}
	}
	if c == '-' || c == '=' {
		// rules drawn with both: ----==, =---
		return scanRun(s, i, func(x rune) bool { return x == '-' || x == '=' })
	}
	if c < utf8.RuneSelf && strings.IndexByte("*<>~+|^'`$", byte(c)) >= 0 {
		return scanRun(s, i, func(x rune) bool { return x == c })
	}
	if c == '’' || c == '‘' {
		// ‘’ and ’’ are double quotes typed as two single ones.
		return scanRun(s, i, func(x rune) bool { return x == '’' || x == '‘' })
	}
	return i + n
}

// prevStart returns the start of the rune that ends at s[:i].
func prevStart(s string, i int) int {
	_, n := decodeLast(s, i)
	return i - n
}

func isTerminalRune(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '‼', '⁇', '⁈', '⁉':
		return true
	}
	return false
}

// scanRun returns the end of the run of runes that satisfy in, starting at
// s[i], which does.
func scanRun(s string, i int, in func(rune) bool) int {
	_, n := decode(s, i)
	i += n
	for i < len(s) {
		c, n := decode(s, i)
		if !in(c) {
			break
		}
		i += n
	}
	return i
}

// scanEmoticon recognises the few emoticons that English web text uses:
// :) :( :-) ;) :D :P (: =).
func scanEmoticon(s string, i int) int {
	rest := s[i:]
	for _, e := range [...]string{":-)", ":-(", ":-D", ":-P", ";-)", ":)", ":(", ";)", ":D", ":P", ":p", "(:", "=)", "=(", ":/"} {
		if strings.HasPrefix(rest, e) {
			end := i + len(e)
			if end < len(s) && wordRuneAt(s, end) {
				return i
			}
			if i > 0 && wordRuneAt(s, prevStart(s, i)) && e[0] != ':' && e[0] != ';' {
				return i
			}
			if e == ":/" && (end < len(s) && s[end] == '/') {
				return i
			}
			return end
		}
	}
	return i
}

// scanURL returns the end of a URL that starts at s[i], or i.
func scanURL(s string, i int) int {
	if !urlStart(s, i) {
		return i
	}
	j := i
	open := 0
	for j < len(s) {
		c, n := decode(s, j)
		if isSpace(c) {
			break
		}
		switch c {
		case '<', '>', '"', '«', '»', '“', '”', '‘', '’':
			goto done
		case '(':
			open++
		case ')':
			if open == 0 {
				goto done
			}
			open--
		}
		j += n
	}
done:
	// Trailing punctuation belongs to the sentence, not the URL, and so
	// does a closing bracket the URL did not open: [http://x.com/a.htm].
	bracket := strings.IndexByte(s[i:j], '[') < 0
	for j > i {
		c, n := decodeLast(s, j)
		if !strings.ContainsRune(".,;:!?'", c) && (c != ']' || !bracket) {
			break
		}
		j -= n
	}
	return j
}

// urlStart reports whether a web or mail address starts at s[i].
func urlStart(s string, i int) bool {
	rest := s[i:]
	return hasPrefixFold(rest, "http://") || hasPrefixFold(rest, "https://") ||
		hasPrefixFold(rest, "ftp://") || hasPrefixFold(rest, "mailto:") && wordRuneAt(s, i+7) ||
		hasPrefixFold(rest, "www.") && wordRuneAt(s, i+4)
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// scanWord returns the end of the word that starts at s[i], a word rune.
// A word runs on through apostrophes, hyphens, periods, commas, colons and
// slashes that sit between the right kinds of characters: "aujourd'hui",
// "États-Unis", "U.S.", "3,5", "14:30", "28/09/2020", "1 000" (French).
func (r *rules) scanWord(s string, i int) int {
	// A unit run into the number before it: 14h30 → 14 h 30, 5pm → 5 pm.
	if i > 0 && isDigit(s[i-1]) {
		if e := r.unitEnd(s, i); e > i {
			return e
		}
	}
	j := r.partEnd(s, i)
	if j < wordEnd(s, i) {
		return j // 14 of 14h30
	}
	if r.lang == english && j-i == 4 && strings.EqualFold(s[i:j], "alot") {
		return i + 1 // EWT writes "alot" as two tokens, a + lot
	}
	seg := i        // start of the current part, after the last joiner
	dotted := false // parts were joined by periods: U.S, e.g, google.com
	timed := false  // parts were joined by a colon: 14:30
	// group is the length of the last run of digits when the word so far is
	// a number in groups of three (French "1 000 000"), else -1.
	group := -1
	if isDigit(s[i]) && allDigits(s[i:j]) && j-i <= 3 {
		group = j - i
	}
	for j < len(s) {
		c, n := decode(s, j)
		k := j + n // just after the joiner
		switch {
		case isApos(c):
			next := letterAt(s, k)
			switch r.lang {
			case french:
				if seg == i && isElision(s[i:j]) {
					if isLOn(s, i, j, k) {
						j, seg = wordEnd(s, k), k
						continue
					}
					if e := cEstADire(s, i); e > 0 {
						return e
					}
					return k
				}
			case english:
				if !next && (s[j-1] == 's' || s[j-1] == 'S') && j-seg > 1 && !wordRuneAt(s, k) && c != 'ʼ' &&
					!quoteOpenBefore(s, i, c) {
					return k // plural possessive: the dogs', but not 'Christians'
				}
			}
			if !next {
				return j
			}
		case isHyphen(c):
			if !wordRuneAt(s, k) {
				return j
			}
			switch r.lang {
			case french:
				if frCliticLen(s, j, 0) > 0 && !frNoClitic(s[seg:j]) {
					return j
				}
			case english:
				if !enJoinHyphen(s[seg:j], seg == i, s, k) || timed {
					return j // and a range of times: 3:00 - 5:30
				}
			}
		case c == '.':
			if strings.HasPrefix(s[j:], "...@") && wordRuneAt(s, j+4) {
				return scanEmailDomain(s, j+4) // an address masked: name...@example.com
			}
			if wordRuneAt(s, k) {
				dotted = true
				break
			}
			// J.-C., J.-P.: initials of a hyphenated first name.
			if j-seg == 1 && 'A' <= s[seg] && s[seg] <= 'Z' && k+2 < len(s) && s[k] == '-' &&
				'A' <= s[k+1] && s[k+1] <= 'Z' && s[k+2] == '.' {
				j = k + 3
				seg = k + 1
				if wordRuneAt(s, j) {
					continue
				}
				return j
			}
			// "Inc.." is the abbreviation's period and a full stop; "etc..." keeps
			// its run of periods whole.
			if (k >= len(s) || s[k] != '.' || k+1 >= len(s) || s[k+1] != '.') && r.keepsPeriod(s, i, k, s[seg:j], dotted) {
				return k
			}
			return j
		case c == ',' || c == ':':
			if !isDigit(s[j-1]) || k >= len(s) || !isDigit(s[k]) {
				return j
			}
			timed = timed || c == ':'
		case c == '/':
			if !r.joinSlash(s, seg, j, k) {
				return j
			}
		case c == '@':
			// e-mail address: word@domain.tld
			if !wordRuneAt(s, k) {
				return j
			}
			return scanEmailDomain(s, k)
		case c == '&':
			// AT&T, P&L, a&m
			if !letterAt(s, k) || !isLetterBefore(s, j) {
				return j
			}
		case c == '°':
			if j-seg == 1 && s[seg]|0x20 == 'n' {
				return k // n°
			}
			return j
		case c == '(' && r.lang == french:
			// AUTRE(S), traité(e): a plural or feminine ending in brackets.
			m := wordEnd(s, k)
			if m-k >= 1 && m-k <= 2 && m < len(s) && s[m] == ')' && !wordRuneAt(s, m+1) && allLetters(s[k:m]) {
				return m + 1
			}
			return j
		case r.lang == french && group > 0 && (c == ' ' || c == 0xA0 || c == 0x202F || c == 0x2009):
			// 1 000, 25 785: a group of three digits after a space.
			if k+3 > len(s) || !allDigits(s[k:k+3]) || (k+3 < len(s) && wordRuneAt(s, k+3)) {
				return j
			}
			j, seg, group = k+3, k, 3
			continue
		default:
			return j
		}
		// The joiner is followed by a word rune: take the next part.
		seg, group = k, -1
		j = r.partEnd(s, k)
		if j < wordEnd(s, k) {
			return j // 13.9 of 13.9M
		}
	}
	return j
}

// partEnd returns the end of the run of word runes at s[i], or the end of
// its leading number when a unit follows it (14 of 14h30, 65 of 65k).
func (r *rules) partEnd(s string, i int) int {
	j := wordEnd(s, i)
	if !isDigit(s[i]) {
		return j
	}
	d := i
	for d < j && isDigit(s[d]) {
		d++
	}
	if d < j && r.unitEnd(s, d) > d {
		return d
	}
	return j
}

// unitEnd returns the end of a unit that follows a number at s[i] and
// that UD writes as a token of its own (14h30, 5pm, $65k, 3M), or i.
func (r *rules) unitEnd(s string, i int) int {
	e := i
	for e < len(s) && s[e] < utf8.RuneSelf && asciiClass[s[e]] == cLetter {
		e++
	}
	if e == i || e-i > 3 || (e < len(s) && wordRuneAt(s, e) && !isDigit(s[e])) {
		return i
	}
	u := s[i:e]
	switch r.lang {
	case french:
		if u == "h" || u == "H" {
			return e // 14h30, 15h
		}
		if e < len(s) && isDigit(s[e]) {
			return i
		}
		switch u {
		case "km", "cm", "mm", "kg", "mg", "ml", "m":
			return e
		}
	case english:
		if e < len(s) && isDigit(s[e]) {
			return i
		}
		switch u {
		case "am", "pm", "AM", "PM", "k", "K", "m", "M", "bn", "km", "cm", "mm", "kg", "mg", "ml", "lb", "lbs", "ft", "mph",
			"gb", "GB", "mb", "MB", "kb", "KB", "tb", "TB", "hr", "hrs", "min", "p", "x":
			return e
		}
	}
	return i
}

// joinSlash reports whether the slash at s[j] stays inside the word whose
// current part starts at seg; k is just after the slash.
func (r *rules) joinSlash(s string, seg, j, k int) bool {
	if !wordRuneAt(s, k) {
		return false
	}
	if isDigit(s[j-1]) && isDigit(s[k]) {
		if r.lang == english {
			return enJoinNumberSlash(s, seg, j, k)
		}
		return true // 28/09/2020, 1/10
	}
	// b/c, w/o, I/S in English; French splits all others: mg / kg, et / ou.
	return r.lang == english && j-seg == 1 && wordEnd(s, k)-k == 1
}

// cEstADire returns the end of "c'est-à-dire" at s[i], one token in UD
// French, or 0.
func cEstADire(s string, i int) int {
	for _, f := range [...]string{"c'est-à-dire", "c’est-à-dire"} {
		if hasPrefixFold(s[i:], f) && !wordRuneAt(s, i+len(f)) {
			return i + len(f)
		}
	}
	return 0
}

func allLetters(s string) bool {
	for _, r := range s {
		if !isLetter(r) {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

func isLetterBefore(s string, j int) bool {
	if j == 0 {
		return false
	}
	c, _ := decodeLast(s, j)
	return isLetter(c)
}

// scanEmailDomain returns the end of the domain of an e-mail address that
// starts at s[k]: word runes, with '.', '-' between them.
func scanEmailDomain(s string, k int) int {
	j := wordEnd(s, k)
	for j < len(s) && (s[j] == '.' || s[j] == '-') && wordRuneAt(s, j+1) {
		j = wordEnd(s, j+1)
	}
	return j
}

// keepsPeriod reports whether the period at s[k-1], after the word s[i:k-1],
// belongs to it: the period of an abbreviation ("M.", "etc."), an acronym
// ("U.S."), or an initial ("J."). last is the part of the word after its
// last joiner; dotted says whether the earlier parts were joined by
// periods.
func (r *rules) keepsPeriod(s string, i, k int, last string, dotted bool) bool {
	w := s[i:k]
	if dotted && shortParts(w[:len(w)-1]) {
		return true // U.S.A. e.g. a.m. Ph.D.
	}
	kind := r.abbrevOf(w)
	switch kind {
	case abbrevTitle:
		return true
	case abbrevNum:
		return digitAfter(s, k)
	}
	if c, n := utf8.DecodeRuneInString(last); n == len(last) && isUpper(c) {
		// An initial, J. K. Rowling, but not a unit (30 F. 25 °C.) nor a
		// capital that ends a sentence (Dagobert I. Ils…).
		p := prevNonSpace(s, i)
		if p == '°' || p < utf8.RuneSelf && isDigit(byte(p)) {
			return false
		}
		return !r.startsAfter(s, k)
	}
	return kind != notAbbrev
}

// startsAfter reports whether the text after s[k] begins with a word that
// usually starts a sentence ("Ils", "The"), looking a few bytes ahead.
func (r *rules) startsAfter(s string, k int) bool {
	for n := 0; k < len(s) && n < 8; n++ {
		c, w := decode(s, k)
		if !isSpace(c) {
			break
		}
		k += w
	}
	if k >= len(s) || !wordRuneAt(s, k) {
		return false
	}
	e := wordEnd(s[:min(len(s), k+17)], k)
	if e-k > 16 {
		return false
	}
	w := s[k:e]
	if e < len(s) {
		if c, n := decode(s, e); isApos(c) { // L', Qu'
			w = s[k : e+n]
		}
	}
	return r.starters[w] || r.heads[w]
}

// digitAfter reports whether a digit follows s[k] after at most a few
// spaces.
func digitAfter(s string, k int) bool {
	for n := 0; k < len(s) && n < 4; n++ {
		c, w := decode(s, k)
		if !isSpace(c) {
			return isDigit(s[k])
		}
		k += w
	}
	return false
}

// prevNonSpace returns the last rune before s[i] that is not a space,
// looking back a few bytes only, or utf8.RuneError.
func prevNonSpace(s string, i int) rune {
	for k := 0; i > 0 && k < 4; k++ {
		c, n := decodeLast(s, i)
		if !isSpace(c) {
			return c
		}
		i -= n
	}
	return utf8.RuneError
}

// shortParts reports whether every part of a dotted word is one or two
// letters: U.S, e.g, a.m, Ph.D.
func shortParts(w string) bool {
	for part := range strings.SplitSeq(w, ".") {
		n := utf8.RuneCountInString(part)
		if n == 0 || n > 2 {
			return false
		}
		for _, c := range part {
			if !isLetter(c) {
				return false
			}
		}
	}
	return true
}
