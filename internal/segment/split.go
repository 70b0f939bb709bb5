package segment

import (
	"strings"

	"github.com/vigie-events/vigie/internal/doc"
)

// splitter holds the state of sentence splitting over a token list.
type splitter struct {
	r     *rules
	toks  []Token
	gaps  []gap
	start int // first token of the current sentence
	sents []Sentence
	// Counts in the current sentence.
	dquotes int // ASCII " tokens
	squotes int // ASCII ' tokens
	caps    int // upper-case words in a row, for headings
	// splits are the tokens whose final period becomes a token, in order;
	// sentStart is the first token of each sentence.
	splits    []int
	sentStart []int
}

// split groups tokens into sentences. A sentence ends after a terminal
// mark (. ! ? … and their runs) and the closing quotes and brackets after
// it when the next token may begin a sentence; at a paragraph break; at a
// line break unless the next line starts in lower case; and between a
// heading in capitals and the sentence after it.
func split(toks []Token, gaps []gap, r *rules) ([]Token, []Sentence) {
	sp := &splitter{r: r, toks: toks, gaps: gaps}
	sp.sents = make([]Sentence, 0, len(toks)/20+1)
	for i := 0; i < len(toks); i++ {
		if i > sp.start && sp.breakBefore(i) {
			sp.cut(i)
		}
		sp.count(i)
		end, skip := sp.endAfter(i)
		for j := i + 1; j < skip; j++ {
			sp.count(j)
		}
		if end > i {
			sp.cut(end)
		}
		i = skip - 1
	}
	sp.cut(len(toks))
	if len(sp.splits) > 0 {
		return sp.splitPeriods()
	}
	return toks, sp.sents
}

// splitPeriods writes the final period of the abbreviations that end a
// sentence as a token of its own, as UD does ("etc" "."), and returns the
// new tokens with the sentences pointing into them.
func (sp *splitter) splitPeriods() ([]Token, []Sentence) {
	toks := make([]Token, 0, len(sp.toks)+len(sp.splits))
	k := 0 // next index in sp.splits
	for i, t := range sp.toks {
		if k < len(sp.splits) && sp.splits[k] == i {
			k++
			end := t.Span.End
			word := t
			word.Span.End = end - 1
			word.Text = t.Text[:len(t.Text)-1]
			word.SpaceAfter = false
			toks = append(toks, word, Token{Span: doc.Span{Start: end - 1, End: end}, Text: ".", SpaceAfter: t.SpaceAfter})
			continue
		}
		toks = append(toks, t)
	}
	// Re-slice the sentences: each split before or inside a sentence
	// shifts it by one token.
	shift, k := 0, 0
	for si := range sp.sents {
		s := &sp.sents[si]
		start := sp.sentStart[si] + shift
		for k < len(sp.splits) && sp.splits[k] < sp.sentStart[si]+len(s.Tokens) {
			k++
			shift++
		}
		end := sp.sentStart[si] + len(s.Tokens) + shift
		s.Tokens = toks[start:end:end]
	}
	return toks, sp.sents
}

// cut ends the current sentence before token end.
func (sp *splitter) cut(end int) {
	if end > sp.start {
		// An abbreviation that ends the sentence gives up its period.
		k := end - 1
		for k > sp.start && isCloserText(sp.toks[k].Text) {
			k--
		}
		if t := sp.toks[k].Text; len(t) > 1 && t[len(t)-1] == '.' && isWordRune(firstRune(t)) {
			sp.splits = append(sp.splits, k)
		}
		sp.sentStart = append(sp.sentStart, sp.start)
		ts := sp.toks[sp.start:end:end]
		sp.sents = append(sp.sents, Sentence{
			Span:   doc.Span{Start: ts[0].Span.Start, End: ts[len(ts)-1].Span.End},
			Tokens: ts,
		})
	}
	sp.start = end
	sp.dquotes, sp.squotes, sp.caps = 0, 0, 0
}

// count updates the per-sentence counts with token i.
func (sp *splitter) count(i int) {
	t := sp.toks[i].Text
	switch {
	case t == `"`:
		sp.dquotes++
	case t == "'":
		sp.squotes++
	case isAllUpper(t):
		sp.caps++
	case hasLower(t):
		sp.caps = 0
	}
}

func hasLower(s string) bool {
	for _, r := range s {
		if isLower(r) {
			return true
		}
	}
	return false
}

// breakBefore reports whether a sentence ends before token i, whatever
// the token before it.
func (sp *splitter) breakBefore(i int) bool {
	t := sp.toks[i].Text
	first := firstRune(t)
	switch sp.gaps[i] {
	case gapPara:
		return true
	case gapLine:
		if isLower(first) {
			return false // a line wrapped inside a sentence
		}
		switch sp.toks[i-1].Text {
		case ",", "(", "[", "«", "“", "‘", "-", "–", "&", "/":
			return false
		}
		return true
	}
	// A heading in capitals run into the text after it:
	// "EFFETS INDÉSIRABLES Les patients…".
	if sp.caps >= 3 && isUpper(first) && hasLower(t) && isLetter(first) {
		return true
	}
	// A heading run into the sentence after it: "Décès de M. Untel Nous
	// apprenons…". Pronouns, conjunctions and some determiners are
	// capitalised only at the start of a sentence; articles begin names
	// and titles too ("le quotidien Le Monde"), so they count only before
	// a word in lower case ("… de la sécurité Le maire a invité…").
	if i > 0 && sp.caps == 0 && (sp.r.heads[t] || sp.r.articles[t] && i+1 < len(sp.toks) && isLower(firstRune(sp.toks[i+1].Text))) {
		p := sp.toks[i-1].Text
		if c, _ := decodeLast(p, len(p)); isLower(c) || p == ")" {
			return true
		}
	}
	// A list item that starts with a dash: "… ; - Jean Dupont".
	if sp.r.lang == french && (t == "-" || t == "–") && sp.gaps[i] != gapNone &&
		i+1 < len(sp.toks) && sp.gaps[i+1] != gapNone && isUpper(firstRune(sp.toks[i+1].Text)) {
		return true
	}
	return false
}

// endAfter decides whether a sentence ends with token i and the closing
// marks after it. It returns the first token of the next sentence, or -1
// and the first token after those marks, which the caller may skip: the
// decision is taken once for a run such as ". . ." or « ! » so that
// splitting stays linear in the number of tokens.
func (sp *splitter) endAfter(i int) (end, skip int) {
	kind := sp.terminal(i)
	if kind == notTerminal {
		return -1, i + 1
	}
	n := len(sp.toks)
	j, last := i+1, i // last is the last sentence-final mark of the run
	dq, sq := sp.dquotes, sp.squotes
	for j < n && sp.gaps[j] < gapLine {
		u := sp.toks[j].Text
		if closes(u, sp.gaps, j, dq, sq) {
			switch u {
			case `"`:
				dq++
			case "'":
				sq++
			}
			j++
			continue
		}
		// « Non ! ». — a period after the closing quote; ". . ." spaced out.
		if isTerminalToken(u) {
			last = j
			j++
			continue
		}
		break
	}
	if j >= n || sp.gaps[j] == gapPara {
		return j, j
	}
	if sp.ends(kind, i, last, j) {
		return j, j
	}
	return -1, j
}

// ends says whether the sentence-final mark toks[i], the last such mark
// toks[last] of its run, and the closing marks up to toks[j] end a
// sentence before toks[j].
func (sp *splitter) ends(kind terminalKind, i, last, j int) bool {
	next := sp.toks[j].Text
	switch kind {
	case semicolon:
		// "… ; Le poème…" ends a sentence, "… ; il faut…" does not.
		return startsSentence(next)
	case abbrevEnd:
		return sp.r.starters[next] || sp.gaps[j] == gapLine && isUpper(firstRune(next))
	}
	t := sp.toks[i].Text
	// Ellipsis inside brackets: "(…)" cuts nothing.
	if (t == "…" || t == "...") && last == i && i > 0 {
		switch sp.toks[i-1].Text {
		case "(", "[":
			return false
		}
	}
	if startsSentence(next) {
		return true
	}
	// A sentence in lower case after a plain full stop: ". il faut…",
	// ". call them at…". After a closing quote a lower-case word is an
	// incise (« Pourquoi ? » demande-t-il).
	lt := sp.toks[last].Text
	if isLower(firstRune(next)) && j == last+1 && (lt == "." || strings.Trim(lt, "!?") == "") {
		return true
	}
	// Sentence-initial "À" often loses its accent and case: ". à la maison".
	return sp.r.lang == french && next == "à" && lt != "…" && lt != "..."
}

type terminalKind uint8

const (
	notTerminal terminalKind = iota
	fullStop                 // . ! ? … and runs of them
	semicolon                // ; in French
	abbrevEnd                // an abbreviation that may end a sentence
)

// terminal says whether token i may end a sentence, and how.
func (sp *splitter) terminal(i int) terminalKind {
	t := sp.toks[i].Text
	if isTerminalToken(t) {
		if t == "." && sp.listNumber(i-1) {
			return notTerminal
		}
		return fullStop
	}
	if t == ";" && sp.r.semicolonEnds {
		return semicolon
	}
	if len(t) > 1 && t[len(t)-1] == '.' && isWordRune(firstRune(t)) {
		if sp.r.abbrevOf(t) == abbrevTitle {
			return notTerminal
		}
		return abbrevEnd
	}
	return notTerminal
}

// listNumber reports whether token i is the number of a list item, as in
// "1. Introduction": one or two digits at the start of a sentence or
// after a bullet.
func (sp *splitter) listNumber(i int) bool {
	if i < sp.start {
		return false
	}
	t := sp.toks[i].Text
	if len(t) > 2 || !allDigits(t) {
		return false
	}
	if i == sp.start {
		return true
	}
	switch sp.toks[i-1].Text {
	case "*", "-", "•", "(", "–":
		return i-1 == sp.start
	}
	return false
}

// isTerminalToken reports whether t is made of sentence-final marks only.
func isTerminalToken(t string) bool {
	if t == "" {
		return false
	}
	for _, r := range t {
		if !isTerminalRune(r) {
			return false
		}
	}
	return true
}

// isCloserText reports whether t closes a quotation or bracket.
func isCloserText(t string) bool {
	switch t {
	case "»", "”", "’", ")", "]", "}", "›", `"`, "'", "''", "’’":
		return true
	}
	return false
}

// closes reports whether token j, after a sentence-final mark, closes a
// quotation or bracket and so belongs to the sentence before it. An ASCII
// quote closes when one is open in the sentence, or when it touches the
// mark and not the token after it.
func closes(t string, gaps []gap, j, dquotes, squotes int) bool {
	switch t {
	case "»", "”", "’", ")", "]", "}", "›", "』", "」", "''", "’’":
		return true
	case `"`, "'":
		open := dquotes
		if t == "'" {
			open = squotes
		}
		return open%2 == 1 || j+1 >= len(gaps) || gaps[j+1] == gapPara ||
			gaps[j] == gapNone && gaps[j+1] != gapNone
	case "*":
		return gaps[j] == gapNone && (j+1 >= len(gaps) || gaps[j+1] != gapNone)
	}
	return false
}

// startsSentence reports whether a token may begin a sentence after a full
// stop: anything but a lower-case word or punctuation that continues one.
func startsSentence(t string) bool {
	r := firstRune(t)
	if isLower(r) {
		return false
	}
	switch r {
	case ',', ';', ':', ')', ']', '}', '»', '”', '%', '/':
		return false
	}
	return true
}

// wordArena hands out the word slices of multiword tokens from a few
// shared blocks, so that a document costs a handful of allocations.
type wordArena struct{ buf []Word }

func (a *wordArena) words(ws ...Word) []Word {
	if len(a.buf)+len(ws) > cap(a.buf) {
		a.buf = make([]Word, 0, max(256, len(ws)))
	}
	n := len(a.buf)
	a.buf = append(a.buf, ws...)
	return a.buf[n : n+len(ws) : n+len(ws)]
}

// expand sets the words of multiword tokens in one sentence.
func (r *rules) expand(toks []Token, a *wordArena) {
	switch r.lang {
	case french:
		expandFR(toks, a)
	case english:
		expandEN(toks, a)
	}
}
