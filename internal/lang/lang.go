// Package lang identifies the language of a text. It reads an article, a
// paragraph, a sentence or a headline and adds an ISO 639-1 code, a
// confidence and whether vigie codes that language (doc.IsSupported).
//
// Detection runs in three steps, each linear in the text:
//
//  1. Script. Letters are counted by script. Han (zh), kana (ja), Hangul
//     (ko), Greek, Hebrew, Cyrillic and Arabic decide directly, the last
//     two with the letters only some of their languages use (ї for
//     Ukrainian, ی and گ for Persian…). Other scripts go to
//     github.com/abadojack/whatlanggo.
//  2. Latin: which of seven languages. A hand-written table of frequent
//     words of French, English, Spanish, Italian, Portuguese, German and
//     Dutch (words.txt) with rough frequencies, the lower-case vocabulary of
//     the French and English training text, and a few letters each
//     language uses or never uses (ñ, ã, ß, œ, w, k…) score each language as
//     a naive Bayes sum. When the scores are close, whatlanggo's trigram
//     profiles add a vote. Spanish, Italian, Portuguese, German and Dutch
//     are reported only when they beat French and English by a margin.
//     Latin text that none of the seven explains (letters such as ł, ř, ş,
//     or few known words) goes to whatlanggo's profiles of some fifty
//     languages.
//  3. French or English. A naive Bayes model of character n-grams (orders
//     2 to 5 inside words) and whole words, trained on Universal
//     Dependencies sentences from ../shared (train_test.go, run by go
//     generate), decides between the two. It is reliable on sentences and
//     most headlines, where function words alone are not.
//
// Confidence grows with the margin of the winning language and with the
// amount of text: two words stay under about 0.5, a paragraph is near 1.
package lang

import (
	"html"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/vigie-events/vigie/internal/doc"
)

// Und is the code returned when the language cannot be told.
const Und = "und"

// Result is the language of a text.
type Result struct {
	Code       string  // ISO 639-1 code ("fr", "en", "es", "ar", "zh"…), or "und" when it cannot tell
	Confidence float64 // 0..1: how sure the detector is; low on a few words, high on paragraphs
	Supported  bool    // Code is one vigie codes (doc.IsSupported)
}

// minLetters is the fewest letters a text needs to get a code.
const minLetters = 3

// Detect returns the language of text. It never panics, whatever the
// bytes: invalid UTF-8, control characters and symbols are skipped. HTML
// entities left in the text (&eacute;, &#39;) are decoded first.
func Detect(text string) Result {
	if strings.IndexByte(text, '&') >= 0 {
		text = html.UnescapeString(text)
	}
	var sc scriptCounts
	sc.count(text)
	if sc.letters < minLetters {
		return und()
	}
	script, n := sc.dominant()
	if script != scriptLatin {
		return finish(detectNonLatin(text, &sc, script, n))
	}
	if sc.hasMarks {
		// Combining accents (e + U+0301) are composed so that é is one letter.
		text = norm.NFC.String(text)
	}
	return finish(detectLatin(text, sc))
}

func und() Result { return Result{Code: Und} }

func finish(r Result) Result {
	if r.Code == "" {
		r.Code = Und
	}
	if r.Code == Und {
		r.Confidence = 0
	}
	if math.IsNaN(r.Confidence) || r.Confidence < 0 {
		r.Confidence = 0
	}
	if r.Confidence > 1 {
		r.Confidence = 1
	}
	r.Confidence = math.Round(r.Confidence*1000) / 1000
	r.Supported = doc.IsSupported(r.Code)
	return r
}

// sizeFactor turns an amount of evidence (letters) into a factor in (0, 1)
// that caps confidence on short texts: 0.5 for 15 letters (two words),
// 0.85 for 90 (a sentence), 0.97 for 500 (a paragraph). Even a sure
// score on two words may be a name or a language the detector does not
// know.
func sizeFactor(letters int) float64 {
	x := float64(letters)
	return x / (x + 15)
}

// sigmoid is the logistic function, safe for any x.
func sigmoid(x float64) float64 {
	if x > 40 {
		return 1
	}
	if x < -40 {
		return 0
	}
	return 1 / (1 + math.Exp(-x))
}

// isApostrophe reports whether r is used as an apostrophe or elision mark.
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', '´', '`', '′', 'ʹ':
		return true
	}
	return false
}

// isWordRune reports whether r belongs inside a word: a letter or a
// combining mark.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}
