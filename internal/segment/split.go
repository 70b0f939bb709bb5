package segment

import (
	"strings"
	"unicode/utf8"

	"github.com/vigie-events/vigie/internal/doc"
)

// splitter holds the state of sentence splitting over a token list.
type splitter struct {
	r     *rules
	v1    bool // no dateline or name-particle rules (SegmentV1)
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
	// The boundary model, or nil for the rules alone, and the features of
	// each token for it; learn is set when training one.
	model      *boundaryModel
	learn      *learner
	info       []tokInfo
	fs         []uint32
	parens     int // ( and [ not yet closed
	guillemets int // « not yet closed
}

// splitWith groups tokens into sentences. The rules end a sentence after
// a terminal mark (. ! ? … and their runs) and the closing quotes and
// brackets after it when the next token may begin a sentence; at a
// paragraph break; at a line break unless the next line starts in lower
// case; and between a heading in capitals and the sentence after it. The
// boundary model m, when not nil, overrules them where decide says; when
// training, lr learns at the same places and the gold boundaries are
// followed.
func splitWith(toks []Token, gaps []gap, r *rules, m *boundaryModel, lr *learner) ([]Token, []Sentence) {
	return splitWithV(toks, gaps, r, m, lr, false)
}

// splitWithV is splitWith, as SegmentV1 splits when v1 is set.
func splitWithV(toks []Token, gaps []gap, r *rules, m *boundaryModel, lr *learner, v1 bool) ([]Token, []Sentence) {
	sp := &splitter{r: r, toks: toks, gaps: gaps, model: m, learn: lr, v1: v1}
	sp.sents = make([]Sentence, 0, len(toks)/20+1)
	if m != nil || lr != nil {
		sp.info = make([]tokInfo, len(toks)) // filled as needed by infoAt
	}
	pendAt, pendTerm, pendLast := -1, uint8(0), 0
	for i := 0; i < len(toks); i++ {
		if i > sp.start {
			term := uint8(0)
			if pendAt == i {
				term = pendTerm
			}
			if sp.decide(i, term, pendLast) {
				sp.cut(i)
			}
		}
		sp.count(i)
		kind := sp.terminal(i)
		if kind == notTerminal {
			continue
		}
		end, skip, last := sp.endAfter(i, kind)
		for j := i + 1; j < skip; j++ {
			sp.count(j)
		}
		pendAt, pendTerm, pendLast = skip, uint8(kind)*2, last
		if end > i {
			pendTerm++
		}
		i = skip - 1
	}
	sp.cut(len(toks))
	if len(sp.splits) > 0 {
		return sp.splitPeriods()
	}
	return toks, sp.sents
}

// infoAt returns the features of token i, computing them once.
func (sp *splitter) infoAt(i int) tokInfo {
	if sp.info[i].flags&tiDone == 0 {
		sp.info[i] = infoOf(sp.toks[i].Text)
	}
	return sp.info[i]
}

// Reasons the rules give for a break before a token.
const (
	bbNone   uint8 = iota
	bbLineNo       // a line break where the rules do not cut
	bbLine         // a line break before what may begin a sentence
	bbCaps         // after a heading in capitals
	bbHead         // before a word that only begins sentences
	bbDash         // before a dash that begins a list item
)

// decide says whether a sentence ends before token i, which is not the
// first of the current sentence. term is the rules' verdict on the
// sentence-final marks that end just before i (0 if none; kind*2, plus 1
// if the rules cut), last the last of those marks.
func (sp *splitter) decide(i int, term uint8, last int) bool {
	if sp.gaps[i] == gapPara {
		return true
	}
	if !sp.v1 && sp.datelineDash(i) {
		return false // the dash ends the dateline…
	}
	if !sp.v1 && sp.datelineDash(i-1) {
		return true // …and the text begins after it
	}
	reason := sp.breakReason(i)
	ruleYes := reason >= bbLine || term&1 == 1
	if sp.info == nil {
		return ruleYes
	}
	// The French treebanks disagree on "; il …" (Sequoia ends list items
	// there, GSD and PUD do not): the rules decide after a semicolon.
	// The training text has no single line breaks, so the model knows
	// nothing of them either.
	if k := terminalKind(term >> 1); k == semicolon || k == abbrevEnd || sp.gaps[i] == gapLine {
		return ruleYes
	}
	// Addresses listed one after the other are items of their own, as
	// EWT has them: "…/chernobyl.html http://www.nea.fr/…".
	if sp.gaps[i] != gapNone && urlStart(sp.toks[i].Text, 0) && urlStart(sp.toks[i-1].Text, 0) {
		return true
	}
	// A word in lower case after a full stop begins a sentence, as the
	// rules have it ("call me. i am home."), and does not elsewhere.
	if isLower(firstRune(sp.toks[i].Text)) {
		return ruleYes
	}
	if !sp.v1 && term == 0 && sp.gaps[i] == gapSpace && sp.nameParticle(i) {
		return false // "Bart De Wever", "Alexander De Croo"
	}
	if reason == bbNone && term == 0 {
		// Only a line break, a sentence-final mark or a word that may
		// begin a sentence make a candidate: not a word in lower case,
		// nor punctuation that continues a sentence.
		if !startsSentence(sp.toks[i].Text) {
			if sp.learn != nil {
				return sp.learn.gold[i]
			}
			return false
		}
	}
	c := candidate{
		rule:    uint32(reason)*8 + uint32(term),
		gap:     sp.gaps[i],
		prev:    sp.infoAt(i - 1),
		next:    sp.infoAt(i),
		sentLen: i - sp.start,
		caps:    sp.caps,
	}
	if i-2 >= sp.start {
		c.prev2, c.hasPrev2 = sp.infoAt(i-2), true
	}
	if i+1 < len(sp.toks) && sp.gaps[i+1] != gapPara {
		c.next2, c.hasNext2, c.gap2 = sp.infoAt(i+1), true, sp.gaps[i+1]
	}
	c.gap0 = sp.gaps[i-1]
	if sp.dquotes%2 == 1 {
		c.quote |= 1
	}
	if sp.parens > 0 {
		c.quote |= 2
	}
	if sp.guillemets > 0 {
		c.quote |= 4
	}
	if term > 0 {
		c.lastMark = sp.infoAt(last).lower
	}
	if sp.learn != nil {
		c.starter = sp.learn.starter[c.next.lower]
		sp.fs = c.features(sp.fs[:0])
		return sp.learn.observe(sp.fs, i, ruleYes)
	}
	c.starter = sp.model.starter[c.next.lower]
	sp.fs = c.features(sp.fs[:0])
	return sp.model.score(sp.fs) > 0
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
	sp.parens, sp.guillemets = 0, 0
}

// count updates the per-sentence counts with token i.
func (sp *splitter) count(i int) {
	t := sp.toks[i].Text
	switch {
	case t == `"`:
		sp.dquotes++
	case t == "'":
		sp.squotes++
	case t == "(" || t == "[":
		sp.parens++
	case t == ")" || t == "]":
		sp.parens = max(0, sp.parens-1)
	case t == "«":
		sp.guillemets++
	case t == "»":
		sp.guillemets = max(0, sp.guillemets-1)
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

// breakReason says whether the rules end a sentence before token i,
// whatever the token before it, and why (bbNone or bbLineNo when they do
// not). A paragraph break is handled before.
func (sp *splitter) breakReason(i int) uint8 {
	t := sp.toks[i].Text
	first := firstRune(t)
	switch sp.gaps[i] {
	case gapPara:
		return bbLine
	case gapLine:
		if isLower(first) {
			return bbLineNo // a line wrapped inside a sentence
		}
		switch sp.toks[i-1].Text {
		case ",", "(", "[", "«", "“", "‘", "-", "–", "&", "/":
			return bbLineNo
		}
		return bbLine
	}
	// A heading in capitals run into the text after it:
	// "EFFETS INDÉSIRABLES Les patients…".
	if sp.caps >= 3 && isUpper(first) && hasLower(t) && isLetter(first) {
		return bbCaps
	}
	// A heading run into the sentence after it: "Décès de M. Untel Nous
	// apprenons…". Pronouns, conjunctions and some determiners are
	// capitalised only at the start of a sentence; articles begin names
	// and titles too ("le quotidien Le Monde"), so they count only before
	// a word in lower case ("… de la sécurité Le maire a invité…").
	if i > 0 && sp.caps == 0 && (sp.r.heads[t] || sp.r.articles[t] && i+1 < len(sp.toks) && isLower(firstRune(sp.toks[i+1].Text))) {
		p := sp.toks[i-1].Text
		if c, _ := decodeLast(p, len(p)); isLower(c) || p == ")" {
			return bbHead
		}
	}
	// A list item that starts with a dash: "… ; - Jean Dupont".
	if sp.r.lang == french && (t == "-" || t == "–") && sp.gaps[i] != gapNone &&
		i+1 < len(sp.toks) && sp.gaps[i+1] != gapNone && isUpper(firstRune(sp.toks[i+1].Text)) {
		return bbDash
	}
	return bbNone
}

// endAfter decides whether a sentence ends with token i, a mark of the
// given kind, and the closing marks after it. It returns the first token
// of the next sentence, or -1, and the first token after those marks,
// which the caller may skip: the decision is taken once for a run such as
// ". . ." or « ! » so that splitting stays linear in the number of
// tokens. last is the last sentence-final mark of the run.
func (sp *splitter) endAfter(i int, kind terminalKind) (end, skip, last int) {
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
		return j, j, last
	}
	if sp.ends(kind, i, last, j) {
		return j, j, last
	}
	return -1, j, last
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
// datelineDash reports whether token i is the dash that ends a wire
// dateline opening the text or a paragraph: "JERUSALEM, Oct. 9, 2025
// (Reuters) - Israel and Hamas…", "BRUXELLES (AFP) – Le…". The dateline
// and its dash are a sentence of their own, or the parser takes the
// place for a second subject of the first verb.
func (sp *splitter) datelineDash(i int) bool {
	if i <= sp.start {
		return false
	}
	switch sp.toks[i].Text {
	case "-", "–", "—", "--":
	default:
		return false
	}
	if i-sp.start > 14 || i+1 >= len(sp.toks) || sp.gaps[i] == gapNone || sp.gaps[i+1] == gapNone || !isUpper(firstRune(sp.toks[i+1].Text)) {
		return false
	}
	if sp.start > 0 && sp.gaps[sp.start] != gapPara {
		return false
	}
	first := sp.toks[sp.start].Text
	if utf8.RuneCountInString(first) < 2 || hasLower(first) || !isLetter(firstRune(first)) {
		return false
	}
	prev := sp.toks[i-1].Text
	return prev == ")" || !hasLower(prev)
}

// nameParticles are the particles of surnames, capitalised in Flemish,
// Dutch, Italian and Portuguese names.
var nameParticles = map[string]bool{"De": true, "Van": true, "Von": true, "Der": true, "Den": true, "Ter": true, "Ten": true,
	"Di": true, "Da": true, "Del": true, "Della": true, "Du": true, "Dos": true, "Das": true}

// nameParticle reports whether token i is a capitalised particle between
// two name words ("Bart De Wever"): no sentence starts there, though "De"
// alone would begin one in French.
func (sp *splitter) nameParticle(i int) bool {
	if !nameParticles[sp.toks[i].Text] || i < 1 || i+1 >= len(sp.toks) || sp.gaps[i+1] != gapSpace {
		return false
	}
	name := func(t string) bool { return isUpper(firstRune(t)) && hasLower(t) }
	return name(sp.toks[i-1].Text) && name(sp.toks[i+1].Text)
}

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
