package segment

import (
	"strconv"
	"strings"
)

// enPrefixes keep their hyphen in UD English EWT: "e-mail", "re-elected",
// "non-profit". Other hyphenated words are split: "search - engine".
var enPrefixes = wordSet(`e a x t u anti co counter cross ex extra hyper
inter intra macro mega micro mid mini mis multi neo non over post pre pro pseudo
re semi socio sub super trans ultra un under vice psycho bi tri`)

// enJoinHyphen reports whether the hyphen between part (the letters before
// it) and the word at s[k] stays inside one token. first says whether part
// is the first part of the word.
func enJoinHyphen(part string, first bool, s string, k int) bool {
	if part == "" {
		return false
	}
	if isDigit(part[len(part)-1]) && k < len(s) && isDigit(s[k]) {
		// Phone numbers, dates and codes stay whole (713-853-3989,
		// 11-20-2000, x3-9890); ranges are split (1969 - 1970).
		if !first || !allDigits(part) {
			return true
		}
		e := k
		for e < len(s) && isDigit(s[e]) {
			e++
		}
		if e < len(s) && s[e] == '-' && e+1 < len(s) && isDigit(s[e+1]) {
			return true // three groups or more
		}
		return len(part) <= 3 && e-k == 4 || len(part) == 5 && e-k == 4 // 853-3989, extension 3-5213, ZIP+4
	}
	if len(part) > 7 { // the longest prefix, "counter"
		return false
	}
	var buf [8]byte
	return enPrefixes[string(asciiLowerInto(buf[:0], part))]
}

// enFused are informal spellings that EWT splits into two words.
var enFused = map[string]int{ // word → length of its first part
	"cannot": 3, "gonna": 3, "wanna": 3, "gotta": 3,
	"dont": 2, "doesnt": 4, "didnt": 3, "isnt": 2, "wasnt": 3, "arent": 3,
	"werent": 4, "cant": 2, "wont": 2, "couldnt": 5, "wouldnt": 5,
	"shouldnt": 6, "havent": 4, "hasnt": 3, "hadnt": 3, "aint": 2,
	"im": 1, "ive": 1, "youre": 3, "thats": 4, "whats": 4, "theres": 5,
	"hes": 2, "youll": 3, "theyre": 4, "outta": 3, "sorta": 4,
}

// expandEN sets the words of English multiword tokens in a sentence:
// clitics ("it's" → it 's, "don't" → do n't, "Bush's" → Bush 's) and a few
// fused informal spellings ("gonna" → gon na, "dont" → do nt).
func expandEN(toks []Token, a *wordArena) {
	for i := range toks {
		t := toks[i].Text
		if n := enSplit(t); n > 0 {
			toks[i].Words = a.words(Word{t[:n]}, Word{t[n:]})
		} else if i+1 < len(toks) && len(t) == 3 && strings.EqualFold(t, "its") && itsIsItIs(toks[i+1].Text) {
			toks[i].Words = a.words(Word{t[:2]}, Word{t[2:]})
		} else if i+1 < len(toks) && len(t) == 4 && strings.EqualFold(t, "lets") && enLetsNext[strings.ToLower(toks[i+1].Text)] {
			toks[i].Words = a.words(Word{t[:3]}, Word{t[3:]}) // lets go: let s
		}
	}
}

// enItsNext are words after which "its" is "it's" typed without its
// apostrophe ("its not", "its a shame"), which EWT splits (it s), rather
// than the possessive ("its leader").
var enItsNext = wordSet(`a an the not really simply very like in now definitely for also
between from only nothing all just been still your my so too always never getting going
called pretty probably actually already almost quite totally completely obviously supposed
gonna about because what when where how why no`)

// enLetsNext are verbs after which "lets" is "let's" without its
// apostrophe ("lets go"), not the verb ("lets them").
var enLetsNext = wordSet(`go get see hope face be try call take do make talk have just not start keep look say
eat meet play put move work think pray give find wait stop all`)

// itsIsItIs reports whether "its" before the word next is "it's".
func itsIsItIs(next string) bool {
	if len(next) > 16 {
		return false
	}
	var buf [16]byte
	w := string(asciiLowerInto(buf[:0], next))
	if enItsNext[w] {
		return true
	}
	// an adverb: its definitely, its totally (not family, early, supply)
	return len(w) >= 7 && strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ply") && w != "monthly" && w != "assembly"
}

// enSplit returns where the token t splits into two words, or 0.
func enSplit(t string) int {
	if len(t) < 2 || !isLetter(firstRune(t)) {
		return 0
	}
	// Normalise the apostrophe: ’ is three bytes, ' one.
	apos := strings.IndexAny(t, "'’")
	if apos < 0 {
		if len(t) > 8 {
			return 0
		}
		var buf [8]byte
		key := string(asciiLowerInto(buf[:0], t))
		if n, ok := enFused[key]; ok && (len(t) > 3 || !isAllUpper(t)) {
			return n // but not IM, instant message
		}
		return 0
	}
	_, w := decode(t, apos)
	// Plural possessive: the dogs' → dogs '.
	if apos+w == len(t) {
		if apos > 1 && (t[apos-1] == 's' || t[apos-1] == 'S') {
			return apos
		}
		return 0
	}
	if strings.IndexAny(t[apos+w:], "'’") >= 0 {
		return 0 // rock'n'roll
	}
	tail := strings.ToLower(t[apos+w:])
	// n't: don't → do n't, can't → ca n't.
	if tail == "t" && apos >= 2 && (t[apos-1] == 'n' || t[apos-1] == 'N') {
		if apos == 2 {
			return 0 // "n't" alone, or a name like "On't"
		}
		return apos - 1
	}
	switch tail {
	case "s", "re", "ve", "ll", "d", "m":
		if apos == 0 {
			return 0
		}
		return apos
	}
	return 0
}

// enJoinNumberSlash reports whether the slash at s[j], between the digits
// of s[seg:j] and those at s[k], stays inside one token. EWT keeps dates
// whole (9/11, 5/18, 06/01/2000) and splits fractions, scores and ranges
// (1 / 2, 20 / 20, 2001 / 02, 7 / 24).
func enJoinNumberSlash(s string, seg, j, k int) bool {
	if seg > 0 && s[seg-1] == '/' {
		return true // the second slash of a date
	}
	e := k
	for e < len(s) && isDigit(s[e]) {
		e++
	}
	if e+1 < len(s) && s[e] == '/' && isDigit(s[e+1]) {
		return true // three parts: a date
	}
	if !allDigits(s[seg:j]) || j-seg > 2 || e-k > 2 || wordRuneAt(s, e) {
		return false // 1774/76, 2/3s
	}
	a, _ := strconv.Atoi(s[seg:j])
	b, _ := strconv.Atoi(s[k:e])
	switch {
	case a < 1 || a > 12 || b < 1 || b > 31:
		return false // 20/20, 19/20: not a month and a day
	case a < b && b <= 8:
		return false // 1/2, 3/4: a fraction
	}
	return true
}

// quoteOpenBefore reports whether a single quote that opens a quotation
// ('Christians', 'high weirdness') stands before the word at s[i], on the
// same line and not far back, with no closing quote after it: the quote q
// after "Christians" then closes it rather than marking a plural
// possessive.
func quoteOpenBefore(s string, i int, q rune) bool {
	w := s[max(0, i-60):i]
	if nl := strings.LastIndexByte(w, '\n'); nl >= 0 {
		w = w[nl+1:]
	}
	if q == '’' {
		p := strings.LastIndex(w, "‘")
		return p >= 0 && !isLetterBefore(w, p)
	}
	for p := len(w) - 1; p >= 0; p-- {
		if w[p] != '\'' {
			continue
		}
		before, after := isLetterBefore(w, p), p+1 >= len(w) || wordRuneAt(w, p+1)
		switch {
		case !before && after:
			return true // 'Christians
		case before && !after:
			return false // a closing quote or a possessive first
		}
	}
	return false
}
