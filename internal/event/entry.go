package event

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"
)

// This file reads vigie's own verb and noun dictionaries (dict/events/*.txt).
// One entry a line, fields separated by '|':
//
//	lemma | pos | arguments | CAMEO code [| hints]
//
//	se rendre    | verb | src=nsubj tgt=obl:à,en,au,aux,chez          | 042 | place
//	recevoir     | verb | src=nsubj tgt=obj                          | 043
//	signer       | verb | src=nsubj tgt=obl:avec obj~accord,traité   | 057 | sym
//	visite       | noun | src=nmod:de/nmod:poss/amod/nsubj tgt=nmod:à,en,au,aux | 042 | place
//	call         | verb | src=nsubj tgt=obl:on xcomp:to              | 020
//
// lemma: the head's lemma, lower case; French reflexive verbs are written
// "se rendre", "s'entretenir".
//
// pos: verb, noun or adj (a predicate adjective with its complement:
// "ready to", "prêt à").
//
// arguments, space-separated:
//
//	src=SLOT/SLOT…    the slots that can hold the source actor, best first
//	tgt=SLOT/SLOT…    the slots that can hold the target actor
//	SLOT~w1,w2…       the slot must hold one of these lemmas (a fixed
//	                  complement: "signer un accord", "hunger strike")
//	SLOT              the slot must be present ("appeler X à" + infinitive)
//
// A SLOT is a Universal Dependencies relation of the active voice: nsubj,
// obj, iobj, obl:P1,P2 (an oblique introduced by one of the prepositions),
// nmod:P1,P2 (a noun complement), nmod:poss (English 's), amod
// ("américain"), compound ("US strikes"), prt (English particle: "carry
// out"), xcomp:M and ccomp:M (a clause, with marker M when given). For a
// noun, nsubj is the subject of the support verb that takes the noun as
// object ("X a eu des entretiens avec Y"). On a verb, nmod, amod and
// compound belong to the verb's object ("geler les avoirs de X":
// obj~avoir tgt=nmod:de; "suspend military aid": obj~aid amod~military).
// The coder maps passives (nsubj:pass, obl:agent) onto these slots itself.
//
// hints, space-separated: sym (the event is mutual: code it both ways, as
// for "rencontrer", "s'entretenir avec"), place (the target slot may name a
// place: the target is the place's country), mod=M (a modality the word
// itself carries: future, hypothetical, negated, reported), conf=low (a
// weak trigger, coded with a lower confidence), self (a measure a state
// takes at home, "declared a state of emergency": with no target found,
// the source's own country is the target).
//
// '#' starts a comment. A line "@lang fr" gives the language of the
// entries that follow.

// POS is the part of speech of a dictionary entry.
type POS int8

// Parts of speech.
const (
	POSVerb POS = iota + 1
	POSNoun
	POSAdj
)

func (p POS) String() string {
	switch p {
	case POSVerb:
		return "verb"
	case POSNoun:
		return "noun"
	case POSAdj:
		return "adj"
	}
	return "unknown"
}

// Slot is a syntactic position, as a Universal Dependencies relation of the
// active voice: "nsubj", "obj", "obl" with prepositions, "nmod:poss", …
type Slot struct {
	Rel   string   // nsubj, obj, iobj, obl, nmod, nmod:poss, amod, compound, prt, xcomp, ccomp
	Preps []string // for obl and nmod the prepositions; for xcomp, ccomp the marker
}

func (s Slot) String() string {
	if len(s.Preps) == 0 {
		return s.Rel
	}
	return s.Rel + ":" + strings.Join(s.Preps, ",")
}

// Fixed requires a slot to hold one of some lemmas; with no lemmas the slot
// must only be present.
type Fixed struct {
	Slot   Slot
	Lemmas []string
}

// Entry is one line of a vigie dictionary.
type Entry struct {
	Lang      string // "fr", "en"
	Lemma     string // "rendre"
	Reflexive bool   // "se rendre"
	POS       POS
	Source    []Slot // where the source actor can be, best first
	Target    []Slot
	Fixed     []Fixed
	Code      string // CAMEO code
	Mutual    bool   // hint sym
	Place     bool   // hint place
	Modality  string // hint mod=…
	Weak      bool   // hint conf=low
	// Self (hint self): a measure a state takes at home ("declared a state
	// of emergency", "a instauré un couvre-feu"): with no target found,
	// it acts on its own country.
	Self bool
	File string
	Line int
}

// Specificity counts the entry's fixed complements and required slots:
// when several entries of a lemma match, the coder prefers the most
// specific ("lever des sanctions" 085 over "lever").
func (e *Entry) Specificity() int { return len(e.Fixed) }

// Head returns the lemma as written in a dictionary ("se rendre",
// "s'entretenir").
func (e *Entry) Head() string {
	if !e.Reflexive {
		return e.Lemma
	}
	if r, _ := utf8.DecodeRuneInString(e.Lemma); strings.ContainsRune("aeiouyéèêh", r) {
		return "s'" + e.Lemma
	}
	return "se " + e.Lemma
}

// String writes the entry back as a dictionary line.
func (e *Entry) String() string {
	var args []string
	if len(e.Source) > 0 {
		args = append(args, "src="+joinSlots(e.Source))
	}
	if len(e.Target) > 0 {
		args = append(args, "tgt="+joinSlots(e.Target))
	}
	for _, f := range e.Fixed {
		if len(f.Lemmas) == 0 {
			args = append(args, f.Slot.String())
		} else {
			args = append(args, f.Slot.String()+"~"+strings.Join(f.Lemmas, ","))
		}
	}
	var hints []string
	if e.Mutual {
		hints = append(hints, "sym")
	}
	if e.Place {
		hints = append(hints, "place")
	}
	if e.Self {
		hints = append(hints, "self")
	}
	if e.Modality != "" {
		hints = append(hints, "mod="+e.Modality)
	}
	if e.Weak {
		hints = append(hints, "conf=low")
	}
	s := e.Head() + " | " + e.POS.String() + " | " + strings.Join(args, " ") + " | " + e.Code
	if len(hints) > 0 {
		s += " | " + strings.Join(hints, " ")
	}
	return s
}

func joinSlots(ss []Slot) string {
	parts := make([]string, len(ss))
	for i, s := range ss {
		parts[i] = s.String()
	}
	return strings.Join(parts, "/")
}

var (
	slotRels = []string{"nsubj", "obj", "iobj", "obl", "nmod", "nmod:poss", "amod", "compound", "prt", "xcomp", "ccomp"}
	prepRels = []string{"obl", "nmod", "xcomp", "ccomp"}
	moods    = []string{"future", "hypothetical", "negated", "reported"}
)

// ReadEntries reads a vigie dictionary; name is used in errors. A bad line
// is reported in the returned [ErrorList] and skipped.
func ReadEntries(name string, r io.Reader) ([]Entry, error) {
	var errs ErrorList
	var out []Entry
	lang := ""
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line, _, _ := strings.Cut(sc.Text(), "#")
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if rest, ok := strings.CutPrefix(line, "@lang"); ok {
			lang = strings.TrimSpace(rest)
			if len(lang) != 2 || strings.ToLower(lang) != lang {
				errs.Add(name, n, "bad language %q", lang)
				lang = ""
			}
			continue
		}
		if lang == "" {
			errs.Add(name, n, "entry before an @lang line")
			continue
		}
		e, err := ParseEntry(line)
		if err != nil {
			errs.Add(name, n, "%v", err)
			continue
		}
		e.Lang, e.File, e.Line = lang, name, n
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("event: read %s: %w", name, err)
	}
	return out, errs.Err()
}

// ParseEntry parses one dictionary line (without comment); Lang, File and
// Line are left empty. The code must be a CAMEO code of [Lookup].
func ParseEntry(line string) (Entry, error) {
	fs := strings.Split(line, "|")
	if len(fs) < 4 || len(fs) > 5 {
		return Entry{}, fmt.Errorf("want 4 or 5 '|'-separated fields, have %d", len(fs))
	}
	for i := range fs {
		fs[i] = strings.TrimSpace(fs[i])
	}
	var e Entry
	if err := e.setLemma(fs[0]); err != nil {
		return Entry{}, err
	}
	switch fs[1] {
	case "verb":
		e.POS = POSVerb
	case "noun":
		e.POS = POSNoun
	case "adj":
		e.POS = POSAdj
	default:
		return Entry{}, fmt.Errorf("part of speech %q: want verb, noun or adj", fs[1])
	}
	if e.Reflexive && e.POS != POSVerb {
		return Entry{}, errors.New("a reflexive noun")
	}
	for a := range strings.FieldsSeq(fs[2]) {
		if err := e.addArg(a); err != nil {
			return Entry{}, err
		}
	}
	if len(e.Source) == 0 && len(e.Target) == 0 {
		return Entry{}, errors.New("no src= or tgt= slot")
	}
	if _, ok := Lookup(fs[3]); !ok || fs[3] != strings.TrimSpace(fs[3]) {
		return Entry{}, fmt.Errorf("unknown CAMEO code %q", fs[3])
	}
	e.Code = fs[3]
	if len(fs) == 5 {
		for h := range strings.FieldsSeq(fs[4]) {
			switch {
			case h == "sym":
				e.Mutual = true
			case h == "place":
				e.Place = true
			case h == "conf=low":
				e.Weak = true
			case h == "self":
				e.Self = true
			case strings.HasPrefix(h, "mod="):
				m := h[4:]
				if !slices.Contains(moods, m) {
					return Entry{}, fmt.Errorf("modality %q: want one of %s", m, strings.Join(moods, ", "))
				}
				e.Modality = m
			default:
				return Entry{}, fmt.Errorf("unknown hint %q", h)
			}
		}
	}
	if e.Place && len(e.Target) == 0 {
		return Entry{}, errors.New("hint place without a tgt= slot")
	}
	return e, nil
}

func (e *Entry) setLemma(s string) error {
	switch {
	case strings.HasPrefix(s, "se "):
		e.Reflexive, s = true, strings.TrimSpace(s[3:])
	case strings.HasPrefix(s, "s'"), strings.HasPrefix(s, "s’"):
		e.Reflexive = true
		_, s, _ = strings.Cut(s, "s")
		s = strings.TrimLeft(s, "'’")
	}
	if s == "" {
		return errors.New("empty lemma")
	}
	if strings.ContainsAny(s, " \t=~/|,") {
		return fmt.Errorf("lemma %q: one word, fixed complements go in the arguments", s)
	}
	if strings.ToLower(s) != s {
		return fmt.Errorf("lemma %q is not lower case", s)
	}
	e.Lemma = s
	return nil
}

func (e *Entry) addArg(a string) error {
	if role, slots, ok := strings.Cut(a, "="); ok {
		var ss []Slot
		for sl := range strings.SplitSeq(slots, "/") {
			s, err := parseSlot(sl)
			if err != nil {
				return fmt.Errorf("%s: %w", a, err)
			}
			ss = append(ss, s)
		}
		switch role {
		case "src":
			e.Source = append(e.Source, ss...)
		case "tgt":
			e.Target = append(e.Target, ss...)
		default:
			return fmt.Errorf("%s: unknown role %q, want src or tgt", a, role)
		}
		return nil
	}
	sl, words, fixed := strings.Cut(a, "~")
	s, err := parseSlot(sl)
	if err != nil {
		return fmt.Errorf("%s: %w", a, err)
	}
	f := Fixed{Slot: s}
	if fixed {
		for w := range strings.SplitSeq(words, ",") {
			if w == "" {
				return fmt.Errorf("%s: empty lemma", a)
			}
			f.Lemmas = append(f.Lemmas, w)
		}
	}
	e.Fixed = append(e.Fixed, f)
	return nil
}

func parseSlot(s string) (Slot, error) {
	if slices.Contains(slotRels, s) {
		return Slot{Rel: s}, nil
	}
	rel, preps, ok := strings.Cut(s, ":")
	if !ok || !slices.Contains(prepRels, rel) {
		return Slot{}, fmt.Errorf("unknown slot %q", s)
	}
	sl := Slot{Rel: rel}
	for p := range strings.SplitSeq(preps, ",") {
		if p == "" || strings.ContainsAny(p, "~=/") {
			return Slot{}, fmt.Errorf("slot %q: bad preposition %q", s, p)
		}
		sl.Preps = append(sl.Preps, p)
	}
	return sl, nil
}
