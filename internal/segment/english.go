package segment

import (
	"strings"
)

// enPrefixes keep their hyphen in UD English EWT: "e-mail", "re-elected",
// "non-profit". Other hyphenated words are split: "search - engine".
var enPrefixes = wordSet(`e a x t u anti co counter cross ex extra hyper
inter intra macro mega micro mid mini multi neo non over post pre pro pseudo
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
		return len(part) == 3 && e-k == 4 // 853-3989
	}
	if len(part) > 6 {
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
}

// expandEN sets the words of English multiword tokens in a sentence:
// clitics ("it's" → it 's, "don't" → do n't, "Bush's" → Bush 's) and a few
// fused informal spellings ("gonna" → gon na, "dont" → do nt).
func expandEN(toks []Token, a *wordArena) {
	for i := range toks {
		t := toks[i].Text
		if n := enSplit(t); n > 0 {
			toks[i].Words = a.words(Word{t[:n]}, Word{t[n:]})
		}
	}
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
