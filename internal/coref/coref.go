// Package coref is vigie's entities stage: it reads a document's text,
// sentences and tokens (internal/segment), named-entity mentions
// (internal/entity) and actor knowledge (internal/actor), and adds
// entities: each person, organisation, place or nationality with every
// mention of it in the document, a canonical name, a Wikidata id where
// known, and the CAMEO actor code it has on the document's date with the
// evidence for that code.
//
// Mentions are grouped within the document by:
//
//   - name: the same dictionary entry or Wikidata id, else the same
//     normalised words ("AFP" and "L'AFP");
//   - surname: a one-word name equal to the last word of a person's full
//     name ("Esper" after or before "Mark Esper"), also where the
//     recogniser missed it ("d'Esper");
//   - acronym: an acronym in brackets after an organisation's name
//     ("Bureau central des enquêtes judiciaires (BCIJ)"), the parts of a
//     compound acronym ("DGST-DGSN" → DGST, DGSN), and their later uses;
//   - title: the title read before a name ("le ministre tunisien de la
//     Défense Ibrahim Bartagi"), which also gives the code and its evidence;
//   - description: a singular definite description by office ("le chef du
//     Pentagone", "le secrétaire à la Défense", "the defense chief",
//     "le président algérien") links to the most recent person before it
//     whose code it fits, else the first one after it (headlines name the
//     office before the article names the person). A description with a
//     country must agree on the country and its roles must be among the
//     person's (USAMIL fits USAGOVMIL), and a bare GOV needs the same
//     title or the same code ("la cheffe de la diplomatie française",
//     FRAGOV, is not the FRAGOVMIL minister of the armed forces); one
//     without a country needs the same title as the person was given, or a
//     specific role (GOVMIL). "L'agence" links the same way to the last
//     organisation with its roles (AFP, MED);
//   - pronoun: a subject pronoun (il, elle, ils, elles, he, she, they)
//     links to the most recent compatible subject; plural ones to a pair;
//     English "it", when the parse makes it a subject, to the most recent
//     organisation or country that was one;
//   - plural: a plural summary ("les deux responsables", "both officials",
//     "the two leaders") links to the last two persons mentioned together.
//
// Without a parser, "subject" is approximated: a mention is a subject when
// nothing but determiners, civilities, titles, other names and bracketed
// words lie between it and the start of its clause (the start of the
// sentence, a comma, semicolon or colon, or a word such as que, et, that,
// and). When a parse is plugged in (Input.Syntax), a mention is a subject
// when one of its tokens is an nsubj of a word outside it, and an
// expletive il is not resolved. Singular pronouns look back two sentences
// for a subject of matching gender (gender comes from civilities, the
// determiner or form of a title, and pronouns already resolved; it is
// often unknown, and unknown matches anything), then fall back on the
// last person of this or the previous sentence. Plural pronouns and
// summaries take the last two distinct persons of the most recent sentence
// that names two (or the pair a plural already resolved to): one sentence
// back for a pronoun, three for a summary.
//
// Places, nationalities and the recogniser's other errors are handled
// conservatively: a place or nationality is coded by its own words only;
// a name the actor matcher knows as a person inside a longer mention of
// another type ("Armées Florence Parly") becomes the person; a person the
// matcher finds after a title but the recogniser missed is added.
//
// A mention of an entity carries the entity's code: Index finds the
// entities a span refers to, so the event coder can code "Ils" or "le chef
// du Pentagone". Resolve runs in time linear in the text and the mentions:
// every search back or forward is bounded.
package coref

import (
	"cmp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vigie-events/vigie/internal/actor"
	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/entity"
	"github.com/vigie-events/vigie/internal/segment"
)

// Mention kinds.
const (
	KindName        = "name"        // a full or partial name as the recogniser found it
	KindSurname     = "surname"     // a person's last name alone
	KindAcronym     = "acronym"     // an organisation's acronym after its name
	KindTitle       = "title"       // the title read before a name: "le ministre tunisien de la Défense"
	KindDescription = "description" // a definite description: "le chef du Pentagone"
	KindPronoun     = "pronoun"     // a subject pronoun: il, elle, ils, he, she, they, it
	KindPlural      = "plural"      // a plural summary: "les deux responsables"
)

// Mention is one place where the document refers to an entity.
type Mention struct {
	Span doc.Span `json:"span"`
	Text string   `json:"text"`
	Kind string   `json:"kind"`
	// Score is the confidence that the words refer to the entity: the
	// recogniser's for names, a fixed weight per rule for the others.
	Score float64 `json:"score"`
	// With lists the other entities a plural mention ("Ils", "les deux
	// responsables") refers to together with this one.
	With []string `json:"with,omitempty"`
}

// Entity is a person, organisation, place or nationality with all its
// mentions in one document.
type Entity struct {
	ID         string           `json:"id"`   // stable within the document: e1, e2… in order of first mention
	Type       string           `json:"type"` // PER, ORG, LOC, NORP
	Name       string           `json:"name"` // the dictionary's name of a known person, else the fullest name mention
	Wikidata   string           `json:"wikidata,omitempty"`
	Code       string           `json:"code,omitempty"` // CAMEO actor code on the document's date
	Confidence float64          `json:"confidence,omitempty"`
	Evidence   []actor.Evidence `json:"evidence,omitempty"`
	Mentions   []Mention        `json:"mentions"`
}

// Syntax gives the dependency head and relation of token tok of sentence
// sent (indexes into Input.Sentences and its Tokens): head is a token index
// in the same sentence, or -1 for the root; rel is a Universal Dependencies
// relation (nsubj, obj, expl…). ok is false when the parse does not say.
// A parser whose words split multiword tokens reports, for each token,
// the word that heads the others.
type Syntax func(sent, tok int) (head int, rel string, ok bool)

// Input is what Resolve reads.
type Input struct {
	Text      string
	Lang      string    // "fr" or "en"
	Date      time.Time // the document's date: codes are the ones held that day
	Sentences []segment.Sentence
	Mentions  []entity.Mention // from (*entity.Model).Find
	Knowledge *actor.Knowledge // nil: entities are grouped but not coded
	Syntax    Syntax           // optional: a dependency parse
}

// Rule weights for Mention.Score.
const (
	scoreSurname     = 0.9
	scoreAcronym     = 0.9
	scoreTitle       = 0.9
	scoreDescription = 0.75
	scoreSameTitle   = 0.85
	scoreSubject     = 0.65
	scoreNearest     = 0.45
	scorePlural      = 0.7
)

// Bounds that keep every search linear.
const (
	maxLookBack    = 40 // tokens read back from a mention for its clause start
	maxCandidates  = 64 // person mentions tried for a description
	maxRecent      = 8  // recent subjects kept for pronouns
	pronounWindow  = 2  // sentences a singular pronoun looks back
	pairWindow     = 3  // sentences a plural summary looks back for a pair
	maxAcronymSpan = 24 // bytes of a bracketed acronym
)

type tok struct {
	span doc.Span
	text string
	low  string
	sent int
	idx  int // index within its sentence
}

type ent struct {
	typ      string
	code     actor.Code
	hasCode  bool
	descCode actor.Code // the best code of its descriptions, for an entity no name codes
	hasDesc  bool
	titles   []string // title entries it was given ("président", "ministre de la Défense")
	gender   byte
	mentions []mention
}

type mention struct {
	Mention
	with []int // other entities of a plural mention
}

type resolver struct {
	in        Input
	text      string
	toks      []tok
	sentFirst []int // first token of each sentence
	ents      []*ent
	byKey     map[string]int
	surnames  map[string]int // normalised surname → person
	aliases   map[string]int // acronym → organisation
	runs      []actor.Actor
	runAt     map[int]int           // run by start offset
	ms        []entity.Mention      // the recogniser's mentions that name something
	codes     map[string]actor.Code // codes of places and nationalities by their words
	covered   []bool                // tokens inside a name, title or description
}

// Resolve groups the mentions of a document into entities, codes them and
// links surnames, acronyms, titles, descriptions, pronouns and plural
// summaries to them. Entities come in order of first mention, their
// mentions in text order. It never panics: mentions with spans outside the
// text are ignored.
func Resolve(in Input) []Entity {
	r := &resolver{
		in:       in,
		text:     in.Text,
		byKey:    map[string]int{},
		surnames: map[string]int{},
		aliases:  map[string]int{},
	}
	r.tokenize()
	if in.Knowledge != nil {
		r.runs = in.Knowledge.Actors(in.Text, in.Date, in.Lang)
		r.runAt = make(map[int]int, len(r.runs))
		for i, a := range r.runs {
			if _, dup := r.runAt[a.Span.Start]; !dup {
				r.runAt[a.Span.Start] = i
			}
		}
	}
	r.names()
	r.scanTokens()
	r.cover()
	r.descriptions()
	r.anaphora()
	return r.finish()
}

func (r *resolver) tokenize() {
	n, total := len(r.text), 0
	for _, sent := range r.in.Sentences {
		total += len(sent.Tokens)
	}
	r.toks = make([]tok, 0, total)
	r.sentFirst = make([]int, 0, len(r.in.Sentences))
	for s, sent := range r.in.Sentences {
		r.sentFirst = append(r.sentFirst, len(r.toks))
		for i, t := range sent.Tokens {
			if !t.Span.Valid(n) || t.Span.Len() == 0 {
				continue
			}
			if k := len(r.toks); k > 0 && t.Span.Start < r.toks[k-1].span.End {
				continue // out of order: not from segment
			}
			w := r.text[t.Span.Start:t.Span.End]
			r.toks = append(r.toks, tok{span: t.Span, text: w, low: lower(w), sent: s, idx: i})
		}
	}
}

// tokAt returns the index of the first token that ends after off.
func (r *resolver) tokAt(off int) int {
	i, _ := slices.BinarySearchFunc(r.toks, off, func(t tok, off int) int {
		if t.span.End <= off {
			return -1
		}
		return 1
	})
	return i
}

// sentAt returns the sentence of byte offset off (the last one starting at
// or before it), or 0.
func (r *resolver) sentAt(off int) int {
	i := r.tokAt(off)
	if i < len(r.toks) && r.toks[i].span.Start <= off {
		return r.toks[i].sent
	}
	if i > 0 {
		return r.toks[i-1].sent
	}
	return 0
}

// names groups the recogniser's mentions. One-word person names wait for
// the second pass, when every full name has given its surname.
func (r *resolver) names() {
	n := len(r.text)
	ms := make([]entity.Mention, 0, len(r.in.Mentions))
	for _, m := range r.in.Mentions {
		if !m.Span.Valid(n) || m.Span.Len() == 0 {
			continue
		}
		switch m.Type {
		case "PER", "ORG", "LOC", "NORP":
		default:
			continue
		}
		if _, ok := pronouns[lower(strings.TrimSpace(r.text[m.Span.Start:m.Span.End]))]; ok {
			continue // a pronoun the recogniser took for a name: the pronoun pass handles it
		}
		ms = append(ms, m)
	}
	ms = r.knownPersons(ms)
	slices.SortStableFunc(ms, func(a, b entity.Mention) int { return cmp.Compare(a.Span.Start, b.Span.Start) })
	r.ms = ms
	var later []entity.Mention
	for _, m := range ms {
		if m.Type == "PER" && !strings.ContainsAny(r.text[m.Span.Start:m.Span.End], " \u00a0") {
			later = append(later, m)
			continue
		}
		r.addName(m)
	}
	for _, m := range later {
		r.addName(m)
	}
}

// knownPersons adds the persons the actor matcher knows that the
// recogniser missed ("received U.S. Defense Secretary Mark Esper"): the
// name a run's office or name-variant evidence points at; and the
// organisations of vigie's own dictionary it missed ("La Cédéao").
func (r *resolver) knownPersons(ms []entity.Mention) []entity.Mention {
	var spans []doc.Span
	for _, m := range ms {
		spans = append(spans, m.Span)
	}
	found := newSpanSet(spans)
	for _, a := range r.runs {
		if ev, ok := orgEntry(a); ok && !found.overlaps(ev.Span) && startsUpper(r.text[ev.Span.Start:ev.Span.End]) {
			// "La Cédéao a condamné…": an organisation of vigie's own
			// dictionary that the recogniser missed
			ms = append(ms, entity.Mention{Span: ev.Span, Text: r.text[ev.Span.Start:ev.Span.End], Type: "ORG", Score: a.Code.Confidence})
			continue
		}
		if !a.Code.NamesPerson() {
			continue
		}
		for _, ev := range a.Code.Evidence {
			if (ev.Kind == "office" || ev.Kind == "name-variant") && ev.Span.Valid(len(r.text)) && ev.Span.Len() > 0 && !found.overlaps(ev.Span) {
				ms = append(ms, entity.Mention{Span: ev.Span, Text: r.text[ev.Span.Start:ev.Span.End], Type: "PER", Score: a.Code.Confidence})
				break
			}
		}
	}
	return ms
}

// orgFile is vigie's own organisation dictionary: its entries are
// organisations, where the Phoenix dictionaries' mix groups, people and
// places.
const orgFile = "dict/actors/orgs.txt:"

// orgEntry returns the evidence of a run that is one entry of orgFile and
// nothing else.
func orgEntry(a actor.Actor) (actor.Evidence, bool) {
	if len(a.Code.Evidence) != 1 {
		return actor.Evidence{}, false
	}
	ev := a.Code.Evidence[0]
	return ev, ev.Kind == "dictionary" && strings.HasPrefix(ev.Source, orgFile) && ev.Span.Len() > 0 && ev.Span == a.Span
}

func (r *resolver) addName(m entity.Mention) {
	span := m.Span
	code, ok := r.code(m.Type, span)
	if ok && m.Type != "PER" && code.NamesPerson() {
		// "la ministre des Armées Florence Parly" tagged ORG over
		// "Armées Florence Parly": a known person inside the mention;
		// "Abdelmajid Tebboune" tagged ORG: the mention is the person.
		if namesPerson(code, span) {
			m.Type = "PER"
		} else if sub, c, found := r.personInside(span, code); found {
			m.Type, span, code = "PER", sub, c
		}
	}
	if ok && m.Type == "ORG" && countryOf(code.Code) == "" {
		// "l'État de département américain": an organisation word and
		// its country read together by the actor matcher; not across a
		// bracket ("sûreté nationale (DGSN": a name, then its acronym).
		if i, found := r.runAt[span.Start]; found {
			if a := r.runs[i]; a.Span.End > span.End && a.Span.End <= len(r.text) && countryOf(a.Code.Code) != "" &&
				!strings.ContainsAny(r.text[span.End:a.Span.End], "()[]") {
				span, code = a.Span, a.Code
			}
		}
	}
	text := r.text[span.Start:span.End]
	id := -1
	if isAcronym(text) {
		if e, found := r.aliases[text]; found {
			id = e
		}
	}
	if id < 0 && !strings.ContainsAny(text, " \u00a0") && (m.Type == "PER" || !ok || code.Code == "") {
		// a one-word name the recogniser typed as a place or an
		// organisation, that no dictionary codes, is a person's surname
		// too ("Pashinyan and Aliyev" after Ilham Aliyev)
		if e, found := r.surnames[actor.Normalize(text)]; found {
			id = e
			m.Type = "PER"
		}
	}
	if id < 0 {
		key := r.key(m.Type, text, span, code, ok)
		if e, found := r.byKey[key]; found {
			id = e
		} else {
			id = len(r.ents)
			r.ents = append(r.ents, &ent{typ: m.Type})
			r.byKey[key] = id
		}
	}
	e := r.ents[id]
	e.add(Mention{Span: span, Text: text, Kind: KindName, Score: m.Score})
	if ok && (!e.hasCode || code.Confidence > e.code.Confidence) {
		e.code, e.hasCode = code, true
	}
	switch e.typ {
	case "PER":
		r.person(id, span, text, code, ok)
	case "ORG":
		r.acronyms(id, span, text)
		if i := r.tokAt(span.Start); e.gender == 0 && i > 0 && i <= len(r.toks) {
			e.gender = determinerGender[r.toks[i-1].low] // le Pentagone, la Gendarmerie
		}
	case "LOC":
		r.acronyms(id, span, text) // "United Arab Emirates (UAE)"
	}
}

// code codes a mention. A place or nationality is coded by its own words
// alone: the title before "Carthage" in "le cimetière militaire américain
// de Carthage" is not the place's.
func (r *resolver) code(typ string, span doc.Span) (actor.Code, bool) {
	if r.in.Knowledge == nil {
		return actor.Code{}, false
	}
	if typ == "LOC" || typ == "NORP" {
		return r.codeWords(r.text[span.Start:span.End], span.Start)
	}
	c, ok := r.in.Knowledge.CodeMention(r.text, span, r.in.Date, r.in.Lang)
	if !ok || c.Code == "" {
		return actor.Code{}, false
	}
	return c, true
}

// codeWords codes words on their own, without the title before them,
// once per distinct words of the document; off is where they are in the
// text, for the evidence spans.
func (r *resolver) codeWords(words string, off int) (actor.Code, bool) {
	c, seen := r.codes[words]
	if !seen {
		var ok bool
		c, ok = r.in.Knowledge.CodeMention(words, doc.Span{Start: 0, End: len(words)}, r.in.Date, r.in.Lang)
		if !ok || c.Code == "" {
			c = actor.Code{}
		}
		if r.codes == nil {
			r.codes = map[string]actor.Code{}
		}
		r.codes[words] = c
	}
	if c.Code == "" {
		return actor.Code{}, false
	}
	evs := make([]actor.Evidence, len(c.Evidence))
	for i, ev := range c.Evidence {
		ev.Span.Start += off
		ev.Span.End += off
		evs[i] = ev
	}
	c.Evidence = evs
	return c, true
}

// namesPerson reports whether a person's office or name-variant evidence
// in c covers exactly span: the words are the person's name.
func namesPerson(c actor.Code, span doc.Span) bool {
	for _, ev := range c.Evidence {
		if (ev.Kind == "office" || ev.Kind == "name-variant") && ev.Span == span {
			return true
		}
	}
	return false
}

// personInside finds the person a longer mention holds: the shortest
// tail of its words coded as the same person.
func (r *resolver) personInside(span doc.Span, c actor.Code) (doc.Span, actor.Code, bool) {
	text := r.text[span.Start:span.End]
	for off, n := 0, 0; n < 4; n++ {
		i := strings.IndexAny(text[off:], " \u00a0")
		if i < 0 {
			break
		}
		off += i + 1
		sub := doc.Span{Start: span.Start + off, End: span.End}
		if sc, ok := r.code("PER", sub); ok && sc.NamesPerson() && sc.Name == c.Name && sc.Wikidata == c.Wikidata {
			return sub, sc, true
		}
	}
	return span, c, false
}

// key is what makes two name mentions one entity: the Wikidata id or the
// dictionary entry of a person or organisation, else the type and the
// normalised words. Places are told apart by their words (Alger is not
// Algérie, though both code DZA); nationalities by their dictionary
// lemma (américain, américaines).
func (r *resolver) key(typ, text string, span doc.Span, c actor.Code, ok bool) string {
	norm := actor.Normalize(stripArticle(text))
	switch typ {
	case "LOC":
		return "LOC:" + norm
	case "NORP":
		if ok && c.Name != "" {
			return "NORP:" + actor.Normalize(c.Name)
		}
		return "NORP:" + norm
	}
	if ok {
		if c.Wikidata != "" {
			return "wd:" + c.Wikidata
		}
		for _, ev := range c.Evidence {
			if typ == "PER" && (ev.Span.Start < span.Start || ev.Span.End > span.End) {
				// a person coded through the organisation before the
				// name ("the Kremlin spokesman Dmitry Peskov") is not
				// that organisation
				continue
			}
			switch ev.Kind {
			case "dictionary", "office", "name-variant", "surname":
				if ev.Source != "" {
					return "dict:" + ev.Source
				}
			}
		}
	}
	return typ + ":" + norm
}

// person records a person's surname, title and gender.
func (r *resolver) person(id int, span doc.Span, text string, c actor.Code, ok bool) {
	e := r.ents[id]
	for _, name := range []string{text, c.Name} {
		fields := strings.Fields(name)
		if len(fields) < 2 {
			continue
		}
		surnames := fields[len(fields)-1:]
		if ok && familyFirst[countryOf(c.Code)] {
			surnames = append(surnames, fields[0]) // Xi Jinping is "Xi", Kim Jong Un "Kim"
		}
		for _, last := range surnames {
			if len(last) < 2 || isRoman(last) || !startsUpper(last) || len(last) < 3 && !familyFirst[countryOf(c.Code)] {
				continue
			}
			if _, taken := r.surnames[actor.Normalize(last)]; !taken {
				r.surnames[actor.Normalize(last)] = id
			}
		}
	}
	if i := r.tokAt(span.Start); i > 0 && i <= len(r.toks) {
		if g, found := civility[r.toks[i-1].low]; found && e.gender == 0 {
			e.gender = g
		}
	}
	if !ok {
		return
	}
	for _, ev := range c.Evidence {
		if ev.Kind != "title" || ev.Span.End > span.Start || !ev.Span.Valid(len(r.text)) {
			continue
		}
		e.add(Mention{Span: ev.Span, Text: r.text[ev.Span.Start:ev.Span.End], Kind: KindTitle, Score: scoreTitle})
		if !slices.Contains(e.titles, ev.Entry) {
			e.titles = append(e.titles, ev.Entry)
		}
		if e.gender == 0 {
			e.gender = r.titleGender(ev.Span)
		}
	}
}

// titleGender reads a gender from a title and the determiner before it.
func (r *resolver) titleGender(span doc.Span) byte {
	i := r.tokAt(span.Start)
	if i < len(r.toks) {
		if g, ok := titleGender[r.toks[i].low]; ok {
			return g
		}
	}
	if i > 0 && i <= len(r.toks) {
		return determinerGender[r.toks[i-1].low]
	}
	return 0
}

// acronyms registers the acronyms an organisation's name brings: one in
// brackets right after it, and the parts of a compound one (DGST-DGSN).
func (r *resolver) acronyms(id int, span doc.Span, text string) {
	if parts := strings.FieldsFunc(text, func(c rune) bool { return c == '-' || c == '/' }); len(parts) > 1 {
		all := true
		for _, p := range parts {
			all = all && isAcronym(p)
		}
		if all {
			for _, p := range parts {
				r.alias(p, id)
			}
		}
	}
	rest := r.text[span.End:]
	rest = strings.TrimLeft(rest, " \u00a0")
	if !strings.HasPrefix(rest, "(") {
		return
	}
	end := strings.IndexByte(rest, ')')
	if end < 0 || end > maxAcronymSpan {
		return
	}
	if acr := strings.TrimSpace(rest[1:end]); isAcronym(acr) && !isAcronym(text) && initialsFit(acr, text) {
		r.alias(acr, id)
	}
}

func (r *resolver) alias(acr string, id int) {
	if _, taken := r.aliases[acr]; !taken {
		r.aliases[acr] = id
	}
}

// scanTokens finds the surnames and acronyms the recogniser missed
// ("d'Esper", "qu'Esper", "Esper's").
func (r *resolver) scanTokens() {
	if len(r.surnames) == 0 && len(r.aliases) == 0 {
		return
	}
	var claimed []doc.Span
	for _, e := range r.ents {
		for _, m := range e.mentions {
			claimed = append(claimed, m.Span)
		}
	}
	slices.SortFunc(claimed, func(a, b doc.Span) int { return cmp.Compare(a.Start, b.Start) })
	c, maxEnd := 0, 0
	for _, t := range r.toks {
		for c < len(claimed) && claimed[c].Start < t.span.End {
			maxEnd = max(maxEnd, claimed[c].End)
			c++
		}
		if maxEnd > t.span.Start || !startsUpper(t.text) {
			continue
		}
		word, span := t.text, t.span
		for _, suf := range []string{"'s", "’s"} {
			if w, ok := strings.CutSuffix(word, suf); ok && w != "" {
				word, span.End = w, span.End-len(suf)
			}
		}
		if id, ok := r.aliases[word]; ok {
			r.ents[id].add(Mention{Span: span, Text: word, Kind: KindAcronym, Score: scoreAcronym})
			continue
		}
		if len(word) < 2 || isAcronym(word) || notSurname[word] {
			continue // two letters only for the surnames person registers so ("Xi")
		}
		if id, ok := r.surnames[actor.Normalize(word)]; ok {
			r.ents[id].add(Mention{Span: span, Text: word, Kind: KindSurname, Score: scoreSurname})
		}
	}
}

// cover marks the tokens inside names, titles and the actor matcher's
// runs, which the subject heuristic reads past.
func (r *resolver) cover() {
	r.covered = make([]bool, len(r.toks))
	mark := func(s doc.Span) {
		for i := r.tokAt(s.Start); i < len(r.toks) && r.toks[i].span.Start < s.End; i++ {
			r.covered[i] = true
		}
	}
	for _, a := range r.runs {
		mark(a.Span)
	}
	for _, m := range r.ms {
		mark(m.Span)
	}
	for _, e := range r.ents {
		for _, m := range e.mentions {
			mark(m.Span)
		}
	}
}

// add appends a mention; finish drops the later of two with the same span.
func (e *ent) add(m Mention) {
	e.mentions = append(e.mentions, mention{Mention: m})
}

// isAcronym reports whether s is written as an acronym: 2 to 10 letters
// or digits, at least two capitals, no lower case.
func isAcronym(s string) bool {
	if len(s) < 2 || len(s) > 12 {
		return false
	}
	caps := 0
	for _, c := range s {
		switch {
		case unicode.IsUpper(c):
			caps++
		case unicode.IsDigit(c), c == '.', c == '&':
		default:
			return false
		}
	}
	return caps >= 2
}

// initialsFit reports whether an acronym could abbreviate name: its first
// letter is the first letter of the name or of one of its words.
func initialsFit(acr, name string) bool {
	a, _ := utf8.DecodeRuneInString(acr)
	for _, w := range strings.Fields(stripArticle(name)) {
		c, _ := utf8.DecodeRuneInString(w)
		if unicode.ToUpper(c) == a {
			return true
		}
	}
	return false
}

// isRoman reports whether w is a regnal number (Mohammed VI, Louis XIV).
func isRoman(w string) bool {
	return w != "" && strings.Trim(w, "IVXLC") == ""
}

func startsUpper(s string) bool {
	c, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(c)
}

// stripArticle drops a leading article: "L’AFP" → "AFP", "the Pentagon" →
// "Pentagon".
func stripArticle(s string) string {
	for _, a := range []string{"L’", "l’", "L'", "l'"} {
		if rest, ok := strings.CutPrefix(s, a); ok {
			return rest
		}
	}
	for _, a := range []string{"le ", "la ", "les ", "the "} {
		if len(s) > len(a) && strings.EqualFold(s[:len(a)], a) {
			return s[len(a):]
		}
	}
	return s
}

// countryOf returns the country (or first non-role) block of a code, or
// "" when it starts with a role.
func countryOf(code string) string {
	if len(code) < 3 || roleBlocks[code[:3]] {
		return ""
	}
	return code[:3]
}

// rolesOf returns the role blocks of a code (after its country).
func rolesOf(code string) []string {
	if countryOf(code) != "" {
		code = code[3:]
	}
	var out []string
	for i := 0; i+3 <= len(code); i += 3 {
		out = append(out, code[i:i+3])
	}
	return out
}

// familyFirst are the countries whose people the press names family name
// first (Xi Jinping, Kim Jong Un, Nguyen Phu Trong): their first name word
// is a surname too.
var familyFirst = map[string]bool{"CHN": true, "TWN": true, "HKG": true, "MAC": true, "KOR": true,
	"PRK": true, "VNM": true}
