package pubdate

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// maxPlace is the longest place a dateline names before its date, in
// bytes ("RIO DE JANEIRO, Brazil,").
const maxPlace = 60

// FromDateline reads the date of a wire dateline that opens a paragraph:
// a place, a comma, a date with its year, then the agency in brackets or a
// dash ("WASHINGTON, March 3, 2025 (Reuters) -", "PARIS, 3 mars 2025
// (AFP) –", "Tunis, le 28 septembre 2020 (TAP) -"). A date without a year
// ("BEIJING, Jan. 5 (Xinhua)") gives nothing: the year would be a guess.
// lang is as for FromTextLang.
func FromDateline(para string, now time.Time, lang string) (Result, bool) {
	comma := strings.IndexByte(para, ',')
	if comma <= 0 || comma > maxPlace || !placeLike(para[:comma]) {
		return Result{}, false
	}
	// The date follows the place, or a region after a second comma
	// ("RIO DE JANEIRO, Brazil, May 2, 2024").
	rest := para[comma+1:]
	if c := strings.IndexByte(rest, ','); c > 0 && comma+1+c <= maxPlace && placeLike(rest[:c]) {
		if _, _, ok := Find(strings.TrimSpace(rest[:c]), now, lang); !ok {
			rest = rest[c+1:]
		}
	}
	trimmed := strings.TrimLeft(rest, " \t\u00a0")
	for _, art := range []string{"le ", "Le ", "on ", "On "} {
		if strings.HasPrefix(trimmed, art) {
			trimmed = trimmed[len(art):]
			break
		}
	}
	if len(trimmed) > 80 {
		trimmed = trimmed[:80]
	}
	r, sp, ok := Find(trimmed, now, lang)
	if !ok || sp.Start != 0 || !hasYear(r.Expr) {
		return Result{}, false
	}
	// What follows the date: the agency, a dash or a colon.
	after := strings.TrimLeft(trimmed[sp.End:], " \t\u00a0")
	if after == "" {
		return Result{}, false
	}
	switch c, _ := utf8.DecodeRuneInString(after); c {
	case '(', '-', '–', '—', ':', '/':
	default:
		return Result{}, false
	}
	return r, true
}

// placeLike reports whether s can be a dateline's place: one to five
// words, each starting with a capital, with letters only (and the
// hyphens, apostrophes and full stops of "ST. PETERSBURG", "N'DJAMENA").
func placeLike(s string) bool {
	s = strings.TrimSpace(s)
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && c != '-' && c != '\'' && c != '’' && c != '.' {
				return false
			}
		}
	}
	return true
}

// hasYear reports whether a date expression writes its year in four
// digits.
func hasYear(expr string) bool {
	run := 0
	for i := 0; i < len(expr); i++ {
		if expr[i] >= '0' && expr[i] <= '9' {
			run++
			continue
		}
		if run == 4 {
			return true
		}
		run = 0
	}
	return run == 4
}
