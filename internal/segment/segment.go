// Package segment splits French and English text into sentences and tokens.
//
// It reads plain article text (doc.Document.Text) and adds sentence and
// token spans as byte offsets into that text, with the syntactic words of
// multiword tokens written as the Universal Dependencies treebanks write
// them. Tokenization follows UD French (Sequoia, GSD) and UD English EWT, on
// which the tagger and parser are trained:
//
//   - French elided words and inverted clitics are tokens of their own
//     ("l'", "jusqu'", "a -t-il", "dit -il"), "aujourd'hui", "l'on" and
//     hyphenated names are not; "au", "du", "aux", "auquel" and "des" (when
//     it is de + les, a guess from the word before) are multiword tokens.
//   - English clitics stay inside their token as words of a multiword token
//     ("don't" → do n't, "Bush's" → Bush 's), as the current EWT does;
//     hyphenated words are split except after common prefixes ("e-mail",
//     "re-elected") and in numbers and codes.
//   - Numbers keep their separators ("3,5", "1,000.5", "2020-09-28",
//     "28/09/2020", and in French "1 000" with a space, a no-break space or
//     a narrow one); units and "%" are tokens of their own, as in UD:
//     "10 %", "14 h 30", "5 pm".
//   - URLs, e-mail addresses, @handles and #hashtags are single tokens.
//
// Sentences end where a boundary model says so (see boundary.go): an
// averaged perceptron trained on the UD treebanks decides at each
// candidate position between tokens, from the tokens around it and what
// the rules below would do there, so that headings, list items and e-mail
// headers without final punctuation stand alone. After a semicolon or an
// abbreviation, at a single line break and before a word in lower case the
// rules decide alone. The rules: sentences end at . ! ? … and their runs (the closing quotes and brackets
// that follow stay with the sentence) when what follows may begin one, at a
// French ";" before a capital, at
// an abbreviation that may end a sentence ("etc.", "Inc.") when a common
// sentence-initial word follows, at every paragraph break, and at a single
// line break unless the next line starts in lower case. An abbreviation
// that ends a sentence gives its period to a token of its own, as UD does.
//
// Segment runs in time linear in the length of its input and never panics;
// every span it returns lies on rune boundaries inside the text, for any
// byte string, including invalid UTF-8.
package segment

import (
	"github.com/vigie-events/vigie/internal/doc"
)

// Word is one syntactic word. For a multiword token it is one part of the
// expansion ("à" and "le" for "au"), not a substring of the text.
type Word struct {
	Form string
}

// Token is one unit of the surface text: a word, a number, a punctuation
// mark, or a contraction of several syntactic words.
type Token struct {
	Span doc.Span // bytes in the original text
	Text string   // text[Span.Start:Span.End]
	// Words is nil when the token is one syntactic word. For a multiword
	// token it holds the words as UD writes them: French "du" → de le,
	// "auquel" → à lequel; English "Bush's" → Bush 's, "can't" → ca n't.
	Words []Word
	// SpaceAfter reports whether whitespace follows the token in the text.
	SpaceAfter bool
}

// Sentence is a run of tokens. Span covers its first to its last token.
type Sentence struct {
	Span   doc.Span
	Tokens []Token
}

// Segment splits text into sentences of tokens. lang is "fr" or "en";
// any other value uses rules shared by both languages, with no multiword
// tokens. The tokens of all sentences share one array, in text order.
//
// A paragraph break (two newlines, with only spaces between them) always
// ends a sentence; a single newline ends one unless the next line starts
// in lower case, so that headlines without final punctuation stand alone.
func Segment(text, lang string) []Sentence {
	_, sents := segment(text, lang)
	return sents
}

// Tokens returns the tokens of text, in order, as Segment finds them: the
// array that the sentences of Segment slice.
func Tokens(text, lang string) []Token {
	toks, _ := segment(text, lang)
	return toks
}

// SegmentV1 is Segment as it was before wire datelines and the
// capitalised particles of names ("Bart De Wever") had rules of their own
// (2026-11-29). Annotations that number the sentences of a text, such as
// vigie's of the SpamAssassin ham e-mails, were made with it and must be
// read with it.
func SegmentV1(text, lang string) []Sentence {
	r := rulesFor(lang)
	_, sents := segmentWithV(text, r, r.model(), true)
	return sents
}

func segment(text, lang string) ([]Token, []Sentence) {
	r := rulesFor(lang)
	return segmentWith(text, r, r.model())
}

// segmentWith segments text with the rules r and the boundary model m
// (nil for the rules alone).
func segmentWith(text string, r *rules, m *boundaryModel) ([]Token, []Sentence) {
	return segmentWithV(text, r, m, false)
}

func segmentWithV(text string, r *rules, m *boundaryModel, v1 bool) ([]Token, []Sentence) {
	toks, gaps := tokenize(text, r)
	if len(toks) == 0 {
		return nil, nil
	}
	toks, sents := splitWithV(toks, gaps, r, m, nil, v1)
	var a wordArena
	for i := range sents {
		r.expand(sents[i].Tokens, &a)
	}
	return toks, sents
}
