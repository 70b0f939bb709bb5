package event

import (
	"errors"
	"fmt"
	"strings"
)

// ElemKind is the kind of one element of a verb pattern.
type ElemKind int8

// The elements of PETRARCH and TABARI verb patterns.
const (
	ElemWord     ElemKind = iota // a word, as written (upper case in PETRARCH files)
	ElemVerb                     // '*': the verb's position
	ElemSource                   // '$': the source actor
	ElemTarget                   // '+': the target actor
	ElemSkip                     // '^': skip a noun phrase (TABARI)
	ElemCompound                 // '%': a compound actor, source and target at once
	ElemSynset                   // '&NAME': any member of a synonym set
	ElemPhrase                   // '{A B C}': a noun phrase whose head is its last word (PETRARCH-2)
	ElemAlt                      // '{A | B C}': one of several alternatives (TABARI)
	ElemPrep                     // '(PREP …)': a prepositional phrase (PETRARCH-2)
)

var elemKindNames = [...]string{"word", "verb", "source", "target", "skip", "compound", "synset", "phrase", "alternatives", "prep"}

func (k ElemKind) String() string {
	if k < 0 || int(k) >= len(elemKindNames) {
		return "unknown"
	}
	return elemKindNames[k]
}

// Element is one element of a verb pattern or synset member.
type Element struct {
	Kind ElemKind
	// Text is the word (ElemWord), the synset name with its '&'
	// (ElemSynset) or the preposition (ElemPrep).
	Text string
	// Children are the words of a phrase, the object of a preposition, or,
	// for ElemAlt, one ElemPhrase per alternative.
	Children []Element
	// Adjacent is true when '_' joins the element to the one before it:
	// the two must be consecutive words. Elements separated by a space may
	// have other words between them (TABARI) or are separate phrase heads
	// (PETRARCH-2).
	Adjacent bool
	// Exact is true for a word written with a final '_' ("OFF_"): TABARI's
	// "whole word, no stemming". vigie matches whole words anyway.
	Exact bool
}

// EventCode is the code of a verb, block or pattern: "[042]", "[042:043]",
// "[:173]" or the null code "[---]". PETRARCH-2 reads "[A:P]" as A when the
// verb is read actively and P when it is read passively (the subject
// undergoes the event: "[042:043]" visit, be visited, that is host).
// Codes are kept as written: the validation dictionaries use WEIS-style
// and test codes ("[223]", "[075A]", "[+++]").
type EventCode struct {
	Active  string // "" when only a passive code is given
	Passive string // "" when none
}

// IsNull reports whether the code is the null code "---" (no event), or
// empty.
func (c EventCode) IsNull() bool {
	return (c.Active == "" || c.Active == "---") && (c.Passive == "" || c.Passive == "---")
}

// CAMEO returns the active code when it is a CAMEO code, else "".
func (c EventCode) CAMEO() string {
	if IsCAMEO(c.Active) {
		return c.Active
	}
	return ""
}

func (c EventCode) String() string {
	if c.Passive == "" {
		return "[" + c.Active + "]"
	}
	return "[" + c.Active + ":" + c.Passive + "]"
}

// Pattern is one verb pattern: "- $ * (TO +) VISIT [042] # comment".
type Pattern struct {
	Elements []Element // in order, with exactly one ElemVerb
	Code     EventCode
	Comment  string // text after '#', trimmed
	Line     int    // line in its file, 0 when parsed alone
}

// VerbIndex returns the index of the '*' element.
func (p *Pattern) VerbIndex() int {
	for i, e := range p.Elements {
		if e.Kind == ElemVerb {
			return i
		}
	}
	return -1
}

// Before returns the elements before the verb, After those after it.
func (p *Pattern) Before() []Element { return p.Elements[:max(p.VerbIndex(), 0)] }

// After returns the elements after the verb.
func (p *Pattern) After() []Element { return p.Elements[p.VerbIndex()+1:] }

// String writes the pattern back in dictionary form, without the comment:
// "- * OFF (FROM ^) [042]".
func (p *Pattern) String() string {
	var b strings.Builder
	b.WriteString("- ")
	writeElems(&b, p.Elements)
	b.WriteByte(' ')
	b.WriteString(p.Code.String())
	return b.String()
}

func writeElems(b *strings.Builder, es []Element) {
	for i, e := range es {
		if i > 0 {
			if e.Adjacent {
				b.WriteByte('_')
			} else {
				b.WriteByte(' ')
			}
		}
		writeElem(b, e)
	}
}

func writeElem(b *strings.Builder, e Element) {
	switch e.Kind {
	case ElemWord, ElemSynset:
		b.WriteString(e.Text)
		if e.Exact {
			b.WriteByte('_')
		}
	case ElemVerb:
		b.WriteByte('*')
	case ElemSource:
		b.WriteByte('$')
	case ElemTarget:
		b.WriteByte('+')
	case ElemSkip:
		b.WriteByte('^')
	case ElemCompound:
		b.WriteByte('%')
	case ElemPhrase:
		b.WriteByte('{')
		writeElems(b, e.Children)
		b.WriteByte('}')
	case ElemAlt:
		b.WriteByte('{')
		for i, alt := range e.Children {
			if i > 0 {
				b.WriteString(" | ")
			}
			writeElems(b, alt.Children)
		}
		b.WriteByte('}')
	case ElemPrep:
		b.WriteByte('(')
		b.WriteString(e.Text)
		if len(e.Children) > 0 {
			b.WriteByte(' ')
			writeElems(b, e.Children)
		}
		b.WriteByte(')')
	}
}

// ParsePattern parses one pattern line, "- PRE… * POST… [CODE] # comment",
// with or without its leading '-'.
//
// Elements are words, '*' (the verb, exactly once), '$' source, '+'
// target, '^' skip, '%' compound actor, '&SYNSET', '{noun phrase}',
// '{alt | alt}' and '(PREP object…)'. '_' joins two elements that must be
// consecutive; a word ending in '_' is TABARI's exact word. ';' also
// starts a comment (TABARI). The pattern's synset names are not checked
// here: [ReadVerbDict] resolves them against the file's synsets.
func ParsePattern(line string) (Pattern, error) {
	s := strings.TrimSpace(line)
	if strings.HasPrefix(s, "---") {
		return Pattern{}, errors.New("a block header, not a pattern")
	}
	s = strings.TrimPrefix(s, "-")
	body, comment := cutComment(s)
	var p Pattern
	p.Comment = comment
	body = strings.TrimSpace(body)
	open := strings.LastIndexByte(body, '[')
	if open < 0 || !strings.HasSuffix(body, "]") {
		return Pattern{}, errors.New("missing [code] at the end of the pattern")
	}
	code, err := parseCode(body[open+1 : len(body)-1])
	if err != nil {
		return Pattern{}, err
	}
	p.Code = code
	es, err := parseElems(body[:open], true)
	if err != nil {
		return Pattern{}, err
	}
	verbs := 0
	for _, e := range es {
		if e.Kind == ElemVerb {
			verbs++
		}
	}
	switch verbs {
	case 0:
		return Pattern{}, errors.New("no verb position '*'")
	case 1:
	default:
		return Pattern{}, fmt.Errorf("%d verb positions '*', want one", verbs)
	}
	p.Elements = es
	return p, nil
}

// cutComment splits a line at the first '#' or ';' outside [brackets].
func cutComment(s string) (body, comment string) {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			depth++
		case ']':
			if depth > 0 {
				depth--
			}
		case '#', ';':
			if depth == 0 {
				return s[:i], strings.TrimSpace(s[i+1:])
			}
		}
	}
	return s, ""
}

// parseCode reads the inside of "[…]": "042", "042:043", ":173", "---".
func parseCode(s string) (EventCode, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return EventCode{}, errors.New("empty [code]")
	}
	a, p, two := strings.Cut(s, ":")
	c := EventCode{Active: strings.TrimSpace(a), Passive: strings.TrimSpace(p)}
	if two && c.Passive == "" {
		return EventCode{}, fmt.Errorf("code %q: empty passive code after ':'", s)
	}
	for _, part := range []string{c.Active, c.Passive} {
		for i := 0; i < len(part); i++ {
			if ch := part[i]; ch <= ' ' || strings.IndexByte("[]:{}()", ch) >= 0 {
				return EventCode{}, fmt.Errorf("code %q: bad character %q", s, ch)
			}
		}
	}
	return c, nil
}

const specials = "(){}|_*$+^%[]"

// parseElems parses a sequence of pattern elements. allowVerb is false in
// synset members.
func parseElems(s string, allowVerb bool) ([]Element, error) {
	ps := elemParser{s: s, allowVerb: allowVerb}
	es, err := ps.seq(0)
	if err != nil {
		return nil, err
	}
	if ps.i < len(ps.s) {
		return nil, fmt.Errorf("unexpected %q", ps.s[ps.i])
	}
	return es, nil
}

type elemParser struct {
	s         string
	i         int
	allowVerb bool
}

// seq parses elements until end of input or the closing byte close
// (')' or '}'; 0 for none), which it does not consume. Inside {…} a '|'
// also ends the sequence.
func (p *elemParser) seq(close byte) ([]Element, error) {
	var es []Element
	adjacent := false
	for {
		// spaces
		sp := false
		for p.i < len(p.s) && isSpace(p.s[p.i]) {
			p.i++
			sp = true
		}
		if sp && adjacent {
			return nil, errors.New("'_' followed by a space")
		}
		if p.i >= len(p.s) {
			if adjacent {
				return nil, errors.New("'_' at the end")
			}
			if close != 0 {
				return nil, fmt.Errorf("missing %q", close)
			}
			return es, nil
		}
		c := p.s[p.i]
		switch c {
		case ')', '}', '|':
			if adjacent {
				return nil, fmt.Errorf("'_' before %q", c)
			}
			if c == close || (c == '|' && close == '}') {
				return es, nil
			}
			return nil, fmt.Errorf("unexpected %q", c)
		case '_':
			if len(es) == 0 || adjacent || sp {
				return nil, errors.New("'_' with nothing before it")
			}
			p.i++
			adjacent = true
			continue
		case '[', ']':
			return nil, fmt.Errorf("unexpected %q", c)
		}
		e, err := p.elem(close)
		if err != nil {
			return nil, err
		}
		e.Adjacent = adjacent
		adjacent = false
		es = append(es, e)
		// A word's trailing '_' before a space, a closing bracket or the
		// end marks an exact word.
		if p.i < len(p.s) && p.s[p.i] == '_' && (e.Kind == ElemWord || e.Kind == ElemSynset) {
			if p.i+1 == len(p.s) || isSpace(p.s[p.i+1]) || strings.IndexByte(")}|", p.s[p.i+1]) >= 0 {
				es[len(es)-1].Exact = true
				p.i++
			}
		}
	}
}

func (p *elemParser) elem(close byte) (Element, error) {
	c := p.s[p.i]
	switch c {
	case '*', '$', '+', '^', '%':
		p.i++
		// "*SCEPTICAL" (CAMEO.2.0.txt) reads as "* SCEPTICAL", as in
		// PETRARCH-2, which splits patterns at '*'. The slot markers must
		// stand alone: "+ZZ" is ambiguous.
		if c != '*' && p.i < len(p.s) && !isSpace(p.s[p.i]) && strings.IndexByte(specials, p.s[p.i]) < 0 {
			return Element{}, fmt.Errorf("%q joined to a word", c)
		}
		switch c {
		case '*':
			if !p.allowVerb {
				return Element{}, errors.New("'*' outside a pattern")
			}
			if close != 0 {
				return Element{}, errors.New("'*' inside brackets")
			}
			return Element{Kind: ElemVerb}, nil
		case '$':
			return Element{Kind: ElemSource}, nil
		case '+':
			return Element{Kind: ElemTarget}, nil
		case '^':
			return Element{Kind: ElemSkip}, nil
		default:
			return Element{Kind: ElemCompound}, nil
		}
	case '{':
		if close == '}' {
			return Element{}, errors.New("'{' inside '{…}'")
		}
		p.i++
		var alts []Element
		for {
			es, err := p.seq('}')
			if err != nil {
				return Element{}, err
			}
			if len(es) == 0 {
				return Element{}, errors.New("empty '{…}' or alternative")
			}
			alts = append(alts, Element{Kind: ElemPhrase, Children: es})
			end := p.s[p.i]
			p.i++
			if end == '}' {
				break
			}
		}
		if len(alts) == 1 {
			return alts[0], nil
		}
		return Element{Kind: ElemAlt, Children: alts}, nil
	case '(':
		if close != 0 {
			return Element{}, errors.New("'(' inside brackets")
		}
		p.i++
		for p.i < len(p.s) && isSpace(p.s[p.i]) {
			p.i++
		}
		start := p.i
		for p.i < len(p.s) && !isSpace(p.s[p.i]) && strings.IndexByte(specials, p.s[p.i]) < 0 {
			p.i++
		}
		if p.i == start {
			return Element{}, errors.New("'(' not followed by a preposition")
		}
		e := Element{Kind: ElemPrep, Text: p.s[start:p.i]}
		if p.s[start] == '&' {
			return Element{}, errors.New("'(' followed by a synset, not a preposition")
		}
		if p.i < len(p.s) && p.s[p.i] == '_' {
			p.i++ // "(IN_" : the object follows the preposition directly
		}
		es, err := p.seq(')')
		if err != nil {
			return Element{}, err
		}
		p.i++ // ')'
		e.Children = es
		return e, nil
	}
	start := p.i
	for p.i < len(p.s) && !isSpace(p.s[p.i]) && strings.IndexByte(specials, p.s[p.i]) < 0 {
		p.i++
	}
	w := p.s[start:p.i]
	if w[0] == '&' {
		if len(w) == 1 {
			return Element{}, errors.New("'&' without a synset name")
		}
		// Synset names may hold '_' ("&FIGHT_OF_WORDS"): take it whole;
		// ReadVerbDict splits "&TIETYPES_RELATIONS" when only a prefix is
		// a synset.
		for p.i < len(p.s) && (p.s[p.i] == '_' || !isSpace(p.s[p.i]) && strings.IndexByte(specials, p.s[p.i]) < 0) {
			p.i++
		}
		name := p.s[start:p.i]
		exact := false
		for strings.HasSuffix(name, "_") {
			name, exact = name[:len(name)-1], true
		}
		if len(name) == 1 || strings.Contains(name, "__") {
			return Element{}, fmt.Errorf("bad synset name %q", p.s[start:p.i])
		}
		return Element{Kind: ElemSynset, Text: name, Exact: exact}, nil
	}
	return Element{Kind: ElemWord, Text: w}, nil
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f'
}
