package event

import (
	"fmt"
	"io/fs"
	"path"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	eventdict "github.com/vigie-events/vigie/dict/events"
)

// Candidate is one reading of a lemma: a vigie entry or a PETRARCH verb
// with its block's patterns.
type Candidate struct {
	Lang  string // "fr", "en"
	Lemma string // lower case
	POS   POS
	Code  string // CAMEO code of the bare word; "" when it only codes through patterns
	// Entry is the vigie dictionary entry, or nil.
	Entry *Entry
	// Verb, Block and Dict are the PETRARCH verb, its block (whose
	// Patterns apply to it) and its dictionary, or nil.
	Verb  *Verb
	Block *VerbBlock
	Dict  *VerbDict
}

// Origin says where the candidate comes from: "fr.txt:12",
// "CAMEO.2.0.txt:1042".
func (c *Candidate) Origin() string {
	switch {
	case c.Entry != nil:
		return fmt.Sprintf("%s:%d", c.Entry.File, c.Entry.Line)
	case c.Verb != nil && c.Dict != nil:
		return fmt.Sprintf("%s:%d", c.Dict.Name, c.Verb.Line)
	}
	return ""
}

// Lexicon is the compiled lookup over loaded dictionaries: from a language
// and a lemma to the candidate readings, in the order they were added.
// Build it with Add* and do not change it once in use: lookups are safe
// for concurrent use.
type Lexicon struct {
	langs map[string]map[string][]Candidate
	n     int
}

// NewLexicon returns an empty lexicon.
func NewLexicon() *Lexicon { return &Lexicon{langs: map[string]map[string][]Candidate{}} }

func (l *Lexicon) add(c Candidate) {
	m := l.langs[c.Lang]
	if m == nil {
		m = map[string][]Candidate{}
		l.langs[c.Lang] = m
	}
	m[c.Lemma] = append(m[c.Lemma], c)
	l.n++
}

// AddEntries adds vigie dictionary entries. The entries must not change
// afterwards: candidates point to them.
func (l *Lexicon) AddEntries(es []Entry) {
	for i := range es {
		e := &es[i]
		l.add(Candidate{Lang: e.Lang, Lemma: lower(e.Lemma), POS: e.POS, Code: e.Code, Entry: e})
	}
}

// AddVerbDict adds the verbs of a PETRARCH dictionary under language lang
// ("en" for the shipped ones), keyed by the verb word as written,
// lower-cased ("call" for +CALL_OFF; "met" when a TABARI block lists the
// form). Null-coded verbs are kept: their patterns may code.
func (l *Lexicon) AddVerbDict(lang string, d *VerbDict) {
	for _, b := range d.Blocks {
		for i := range b.Verbs {
			v := &b.Verbs[i]
			l.add(Candidate{Lang: lang, Lemma: lower(v.Lemma()), POS: POSVerb, Code: v.Code.CAMEO(), Verb: v, Block: b, Dict: d})
		}
	}
}

// Len returns the number of candidates.
func (l *Lexicon) Len() int { return l.n }

// Count returns the number of candidates of a language.
func (l *Lexicon) Count(lang string) int {
	n := 0
	for _, cs := range l.langs[lang] {
		n += len(cs)
	}
	return n
}

// Lookup returns the candidates for a lemma in a language. The lemma is
// matched lower-cased; French reflexive verbs are found under the verb
// ("rendre" finds "se rendre", with Entry.Reflexive set). The slice is
// shared: do not modify it.
func (l *Lexicon) Lookup(lang, lemma string) []Candidate {
	m := l.langs[lang]
	if m == nil {
		return nil
	}
	if cs, ok := m[lemma]; ok {
		return cs
	}
	if lo := lower(lemma); lo != lemma {
		return m[lo]
	}
	return nil
}

// lower lower-cases s, without allocating when it is lower case already.
func lower(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return strings.ToLower(s)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsUpper(r) {
			return strings.ToLower(s)
		}
		i += n
	}
	return s
}

// ReadEmbedded reads vigie's embedded dictionaries (dict/events).
func ReadEmbedded() ([]Entry, error) {
	names, err := fs.Glob(eventdict.FS, "*.txt")
	if err != nil {
		return nil, fmt.Errorf("event: list dictionaries: %w", err)
	}
	var all []Entry
	var errs ErrorList
	for _, name := range names {
		f, err := eventdict.FS.Open(name)
		if err != nil {
			return nil, fmt.Errorf("event: open dictionary: %w", err)
		}
		es, err := ReadEntries(path.Base(name), f)
		f.Close()
		if el, ok := err.(ErrorList); ok {
			errs = append(errs, el...)
		} else if err != nil {
			return nil, err
		}
		all = append(all, es...)
	}
	return all, errs.Err()
}

// NewEmbedded builds a new lexicon holding vigie's embedded French and
// English dictionaries, to which more can be added (a PETRARCH verb
// dictionary with [Lexicon.AddVerbDict]). An error lists bad lines: they
// are left out, the rest is there.
func NewEmbedded() (*Lexicon, error) {
	es, err := ReadEmbedded()
	l := NewLexicon()
	l.AddEntries(es)
	return l, err
}

var defaultLexicon = sync.OnceValues(NewEmbedded)

// Default returns a lexicon of vigie's embedded dictionaries, built once
// and shared: do not add to it (see [NewEmbedded]).
func Default() (*Lexicon, error) { return defaultLexicon() }
