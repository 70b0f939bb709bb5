package event

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// This file reads PETRARCH verb dictionaries, in both of their formats:
//
// PETRARCH-2 (CAMEO.2.0.txt, UD-PETRARCH's PETR_Validate_verbs_2_02.txt):
//
//	&CURRENCY                 a synonym set; "&NAME_" makes no plurals
//	+DOLLAR                   its members, one a line
//	+CASH_                    (final '_': no plural)
//	####### VERB PATTERNS #######
//	--- CANCEL   [---]  ---   a verb block: meaning and default code
//	CANCEL                    the block's verbs, regular forms implied
//	QUIT {QUITS QUITTING }    irregular forms: all of them
//	+CALL_OFF [160]           a multi-word verb, '+' on the verb word, own code
//	RE_+ARREST
//	- * TALKS (WITH +)  [164]  # END      a pattern; '(PREP …)', '{noun phrase}'
//	~ a (a b ATTACK) SAY = a b 015        a transformation (kept as text)
//
// PETRARCH-1/TABARI (PETR.Validate.verbs.txt): the same blocks, but
// patterns join consecutive words with '_' ("- SAID WOULD_*_TALKS
// [102]"), may use '{A | B}' alternatives, and comments may be XML
// (<!-- … -->, over several lines). Both formats allow '#' comments, and
// TABARI ';' comments. Synsets may be defined anywhere and used before
// their definition.

// Dialect is the format of a verb dictionary.
type Dialect int8

// The verb dictionary formats.
const (
	TABARI    Dialect = iota + 1 // PETRARCH-1, TABARI and KEDS
	PETRARCH2                    // PETRARCH-2 and UD-PETRARCH
)

func (d Dialect) String() string {
	switch d {
	case TABARI:
		return "PETRARCH-1/TABARI"
	case PETRARCH2:
		return "PETRARCH-2"
	}
	return "unknown"
}

// VerbDict is a verb dictionary as read from one file.
type VerbDict struct {
	Name       string // file name as given
	Dialect    Dialect
	Synsets    map[string]*Synset // by name, with its '&' and without a final '_'
	Blocks     []*VerbBlock
	Transforms []Transform
}

// Synset is a synonym set: "&CURRENCY" and its "+…" members.
type Synset struct {
	Name     string      // "&CURRENCY"
	NoPlural bool        // defined as "&NAME_": members get no generated plurals
	Members  [][]Element // each member is a phrase; a final '_' marks no plural
	Line     int
}

// VerbBlock is a "--- MEANING [CODE] ---" block: synonymous verbs that share
// patterns.
type VerbBlock struct {
	Meaning  string    // "CANCEL", "LASH OUT"
	Code     EventCode // the block's default code; "---" when none is given
	Verbs    []Verb    // the first is the primary verb
	Patterns []Pattern
	Line     int
}

// Verb is one verb of a block.
type Verb struct {
	// Words are the verb's words in order ("CALL", "OFF"); Head is the index
	// of the verb itself (the word marked '+', the first otherwise).
	Words []string
	Head  int
	// Forms are the irregular forms given in {…}, each written like the
	// verb ("QUITS", "+SHUTS_DOWN" → "SHUTS DOWN"). Empty when the forms are
	// regular. A "{}" means no other forms.
	Forms   []string
	Code    EventCode // the verb's own code, or the block's
	OwnCode bool      // the code was given on the verb's line
	Line    int
}

// Lemma returns the verb word ("CALL" for +CALL_OFF).
func (v *Verb) Lemma() string {
	if v.Head < 0 || v.Head >= len(v.Words) {
		return ""
	}
	return v.Words[v.Head]
}

// Particles returns the words after the verb word ("OFF" for +CALL_OFF).
func (v *Verb) Particles() []string { return v.Words[v.Head+1:] }

// Prefix returns the words before the verb word ("RE" for RE_+ARREST).
func (v *Verb) Prefix() []string { return v.Words[:v.Head] }

// Transform is a PETRARCH-2 verb transformation ("~ a (a b ATTACK) SAY =
// a b 015"), kept as written.
type Transform struct {
	Pattern string // left of '='
	Result  string // right of '='
	Line    int
}

// Stats counts what a dictionary holds.
type Stats struct {
	Synsets, Blocks, Verbs, Patterns, Transforms int
}

// Stats counts the dictionary's synsets, blocks, verbs, patterns and
// transformations.
func (d *VerbDict) Stats() Stats {
	s := Stats{Synsets: len(d.Synsets), Blocks: len(d.Blocks), Transforms: len(d.Transforms)}
	for _, b := range d.Blocks {
		s.Verbs += len(b.Verbs)
		s.Patterns += len(b.Patterns)
	}
	return s
}

// ReadVerbFile reads a verb dictionary file; see [ReadVerbDict].
func ReadVerbFile(path string) (*VerbDict, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("event: read verb dictionary: %w", err)
	}
	defer f.Close()
	return ReadVerbDict(filepath.Base(path), f)
}

// ReadVerbDict reads a PETRARCH-2 or PETRARCH-1/TABARI verb dictionary;
// name is used in errors. A malformed line is reported in the returned
// [ErrorList] with its line and reason, and skipped: the dictionary holds
// the rest. An I/O error ends the read.
func ReadVerbDict(name string, r io.Reader) (*VerbDict, error) {
	d := &VerbDict{Name: name, Synsets: map[string]*Synset{}, Dialect: TABARI}
	var errs ErrorList
	var block *VerbBlock
	var syn *Synset // the synset whose members are being read
	inXML := false  // inside a <!-- … --> comment
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if inXML {
			_, after, ok := strings.Cut(line, "-->")
			if !ok {
				continue
			}
			inXML, line = false, after
		}
		for {
			before, after, ok := strings.Cut(line, "<!--")
			if !ok {
				break
			}
			_, rest, closed := strings.Cut(after, "-->")
			if !closed {
				inXML, line = true, before
				break
			}
			line = before + " " + rest
		}
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		if t[0] == '#' {
			if strings.HasPrefix(t, "####### VERB PATTERNS") {
				d.Dialect = PETRARCH2
			}
			continue
		}
		if t[0] == '+' && syn != nil {
			body, _ := cutComment(t[1:])
			es, err := parseElems(body, false)
			switch {
			case err != nil:
				errs.Add(name, n, "synset member: %v", err)
			case len(es) == 0:
				errs.Add(name, n, "empty synset member")
			default:
				syn.Members = append(syn.Members, es)
			}
			continue
		}
		syn = nil
		switch {
		case t[0] == '&':
			body, _ := cutComment(t)
			nm := strings.TrimSpace(body)
			s := &Synset{Line: n}
			for strings.HasSuffix(nm, "_") {
				nm, s.NoPlural = nm[:len(nm)-1], true
			}
			if len(nm) < 2 || strings.ContainsAny(nm, " \t(){}|*$+^%[]") {
				errs.Add(name, n, "bad synset name %q", body)
				continue
			}
			s.Name = nm
			if old, dup := d.Synsets[nm]; dup {
				// Defined twice (PETR_Validate_verbs_2_02.txt): PETRARCH-2
				// merges the members, and so does vigie.
				syn = old
				continue
			}
			d.Synsets[nm] = s
			syn = s
		case strings.HasPrefix(t, "---"):
			b, err := parseBlockHeader(t)
			if err != nil {
				errs.Add(name, n, "%v", err)
				block = nil
				continue
			}
			b.Line = n
			d.Blocks = append(d.Blocks, b)
			block = b
		case t[0] == '-':
			if block == nil {
				errs.Add(name, n, "pattern outside a verb block")
				continue
			}
			if len(block.Verbs) == 0 {
				errs.Add(name, n, "pattern before the block's first verb")
				continue
			}
			p, err := ParsePattern(t)
			if err != nil {
				errs.Add(name, n, "%v", err)
				continue
			}
			p.Line = n
			if hasPrepOrPhrase(p.Elements) {
				d.Dialect = PETRARCH2
			}
			block.Patterns = append(block.Patterns, p)
		case t[0] == '~':
			pat, res, ok := strings.Cut(t[1:], "=")
			if !ok {
				errs.Add(name, n, "transformation without '='")
				continue
			}
			res, _ = cutComment(res)
			d.Transforms = append(d.Transforms, Transform{Pattern: strings.TrimSpace(pat), Result: strings.TrimSpace(res), Line: n})
			d.Dialect = PETRARCH2
		default:
			if block == nil {
				errs.Add(name, n, "verb outside a verb block")
				continue
			}
			v, err := parseVerbLine(t, block.Code)
			if err != nil {
				errs.Add(name, n, "%v", err)
				continue
			}
			v.Line = n
			block.Verbs = append(block.Verbs, v)
		}
	}
	if err := sc.Err(); err != nil {
		return d, fmt.Errorf("event: read verb dictionary %s: %w", name, err)
	}
	if inXML {
		errs.Add(name, n, "unclosed <!-- comment")
	}
	d.resolve(&errs)
	for _, b := range d.Blocks {
		if len(b.Verbs) == 0 {
			errs.Add(name, b.Line, "verb block %q has no verbs", b.Meaning)
		}
	}
	errs.Sort()
	return d, errs.Err()
}

// parseBlockHeader reads "--- MEANING [CODE] ---". A missing code is the
// null code. When a header gives several codes ("--- DELAY [120] [031:031]
// ---") the first is used, as PETRARCH does.
func parseBlockHeader(t string) (*VerbBlock, error) {
	body, _ := cutComment(t)
	body = strings.TrimSpace(strings.Trim(strings.TrimSpace(body), "-"))
	b := &VerbBlock{Code: EventCode{Active: "---"}}
	meaning := body
	if i := strings.IndexByte(body, '['); i >= 0 {
		j := strings.IndexByte(body[i:], ']')
		if j < 0 {
			return nil, errors.New("block header: missing ']'")
		}
		c, err := parseCode(body[i+1 : i+j])
		if err != nil {
			return nil, fmt.Errorf("block header: %w", err)
		}
		b.Code = c
		meaning = body[:i]
	}
	b.Meaning = strings.TrimSpace(meaning)
	if b.Meaning == "" {
		return nil, errors.New("block header without a meaning")
	}
	return b, nil
}

// parseVerbLine reads "VERB", "VERB {FORMS}", "+CALL_OFF {…} [CODE]",
// "RE_+ARREST", "LASH OUT".
func parseVerbLine(t string, blockCode EventCode) (Verb, error) {
	body, _ := cutComment(t)
	body = strings.TrimSpace(body)
	v := Verb{Code: blockCode}
	if i := strings.IndexByte(body, '['); i >= 0 {
		j := strings.IndexByte(body[i:], ']')
		if j < 0 {
			return Verb{}, errors.New("verb: missing ']'")
		}
		if rest := strings.TrimSpace(body[i+j+1:]); rest != "" {
			return Verb{}, fmt.Errorf("verb: unexpected %q after the code", rest)
		}
		c, err := parseCode(body[i+1 : i+j])
		if err != nil {
			return Verb{}, fmt.Errorf("verb: %w", err)
		}
		v.Code, v.OwnCode = c, true
		body = strings.TrimSpace(body[:i])
	}
	if i := strings.IndexByte(body, '{'); i >= 0 {
		j := strings.IndexByte(body, '}')
		if j < i {
			return Verb{}, errors.New("verb: '{' without '}'")
		}
		if rest := strings.TrimSpace(body[j+1:]); rest != "" {
			return Verb{}, fmt.Errorf("verb: unexpected %q after the forms", rest)
		}
		for f := range strings.FieldsSeq(body[i+1 : j]) {
			words, _, err := verbWords(f)
			if err != nil {
				return Verb{}, fmt.Errorf("verb form %q: %w", f, err)
			}
			v.Forms = append(v.Forms, strings.Join(words, " "))
		}
		if v.Forms == nil {
			v.Forms = []string{}
		}
		body = strings.TrimSpace(body[:i])
	}
	words, head, err := verbWords(body)
	if err != nil {
		return Verb{}, fmt.Errorf("verb %q: %w", body, err)
	}
	v.Words, v.Head = words, head
	return v, nil
}

// verbWords splits "RE_+ARREST" or "LASH OUT" into words and finds the
// verb word: the one marked '+', else the first.
func verbWords(s string) ([]string, int, error) {
	var words []string
	head := -1
	for f := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == '_' || r == ' ' || r == '\t' }) {
		if strings.HasPrefix(f, "+") {
			if head >= 0 {
				return nil, 0, errors.New("two words marked '+'")
			}
			head = len(words)
			f = f[1:]
		}
		if f == "" {
			return nil, 0, errors.New("'+' without a word")
		}
		if strings.ContainsAny(f, "(){}|*$+^%[]&") {
			return nil, 0, fmt.Errorf("bad character in %q", f)
		}
		words = append(words, f)
	}
	if len(words) == 0 {
		return nil, 0, errors.New("no verb")
	}
	return words, max(head, 0), nil
}

func hasPrepOrPhrase(es []Element) bool {
	for _, e := range es {
		if e.Kind == ElemPrep || e.Kind == ElemPhrase {
			return true
		}
	}
	return false
}

// resolve checks the synset names used in patterns and synsets. A name
// that is not a synset but starts with one followed by '_' is split
// ("&TIETYPES_RELATIONS" → &TIETYPES, RELATIONS), as PETRARCH-1 does;
// otherwise it is an error and the pattern is dropped.
func (d *VerbDict) resolve(errs *ErrorList) {
	for _, b := range d.Blocks {
		kept := b.Patterns[:0]
		for _, p := range b.Patterns {
			es, err := d.resolveElems(p.Elements)
			if err != nil {
				errs.Add(d.Name, p.Line, "%v", err)
				continue
			}
			p.Elements = es
			kept = append(kept, p)
		}
		b.Patterns = kept
	}
	for _, s := range d.Synsets {
		kept := s.Members[:0]
		for _, m := range s.Members {
			es, err := d.resolveElems(m)
			if err != nil {
				errs.Add(d.Name, s.Line, "synset %s: %v", s.Name, err)
				continue
			}
			kept = append(kept, es)
		}
		s.Members = kept
	}
}

func (d *VerbDict) resolveElems(es []Element) ([]Element, error) {
	out := make([]Element, 0, len(es))
	for _, e := range es {
		if len(e.Children) > 0 {
			cs, err := d.resolveElems(e.Children)
			if err != nil {
				return nil, err
			}
			e.Children = cs
		}
		if e.Kind != ElemSynset || d.Synsets[e.Text] != nil {
			out = append(out, e)
			continue
		}
		parts, ok := d.splitSynset(e.Text)
		if !ok {
			return nil, fmt.Errorf("undefined synset %s", e.Text)
		}
		parts[0].Adjacent = e.Adjacent
		parts[len(parts)-1].Exact = e.Exact
		out = append(out, parts...)
	}
	return out, nil
}

// splitSynset splits "&A_B_&C" at '_' into a synset prefix and the
// following words or synsets, all adjacent; the longest defined prefix
// wins.
func (d *VerbDict) splitSynset(name string) ([]Element, bool) {
	longest := 0 // only prefixes as long as a synset name can match: linear time
	for n := range d.Synsets {
		longest = max(longest, len(n))
	}
	for i := min(len(name)-1, longest); i > 1; i-- {
		if name[i] != '_' || d.Synsets[name[:i]] == nil {
			continue
		}
		out := []Element{{Kind: ElemSynset, Text: name[:i]}}
		for w := range strings.SplitSeq(name[i+1:], "_") {
			if w == "" {
				return nil, false
			}
			e := Element{Kind: ElemWord, Text: w, Adjacent: true}
			if w[0] == '&' {
				if d.Synsets[w] == nil {
					return nil, false
				}
				e.Kind = ElemSynset
			}
			out = append(out, e)
		}
		return out, true
	}
	return nil, false
}
