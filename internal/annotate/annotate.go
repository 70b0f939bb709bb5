// Package annotate is the annotation chain from raw article text to coded
// events. It reads a document (text, language, publication date) and runs,
// top to bottom:
//
//	segment  → sentences and tokens with byte offsets
//	syntax   → lemmas, parts of speech, dependency parse
//	entity   → named entities (optional)
//	actor    → actor mentions coded in CAMEO, dated office holders
//	coref    → surnames, role descriptions, "du pays", "ils", "les deux …"
//	event    → events: source, target, CAMEO code, modality
//	timex    → the date of each event's clause
//	geo      → the place of each event
//
// and adds the events (doc.Event), merged within the document.
package annotate

import (
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/vigie-events/vigie/internal/actor"
	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/entity"
	"github.com/vigie-events/vigie/internal/event"
	"github.com/vigie-events/vigie/internal/geo"
	"github.com/vigie-events/vigie/internal/segment"
	"github.com/vigie-events/vigie/internal/syntax"
	"github.com/vigie-events/vigie/internal/timex"
)

// Config sets up an Annotator. Zero values take vigie's embedded
// dictionaries and models.
type Config struct {
	Lexicon   *event.Lexicon   // default event.Default()
	Actors    *actor.Knowledge // default actor.Load()
	Gazetteer *geo.Gazetteer   // default geo.Default()
	// NoEntities skips the named-entity recogniser: actors come from the
	// dictionaries alone (the PETRARCH suites, whose actors are invented).
	NoEntities bool
	// NoPlaces skips geocoding.
	NoPlaces bool
	Coder    event.CoderConfig
}

// Annotator runs the chain. It is safe for concurrent use.
type Annotator struct {
	cfg    Config
	lex    *event.Lexicon
	actors *actor.Knowledge
	gaz    *geo.Gazetteer
	ner    *entity.Model
	coder  *event.Coder
	models map[string]*syntax.Model
}

// New loads what cfg leaves empty and returns an Annotator.
func New(cfg Config) (*Annotator, error) {
	a := &Annotator{cfg: cfg, lex: cfg.Lexicon, actors: cfg.Actors, gaz: cfg.Gazetteer, models: map[string]*syntax.Model{}}
	var err error
	if a.lex == nil {
		if a.lex, err = event.Default(); err != nil {
			return nil, fmt.Errorf("annotate: event dictionaries: %w", err)
		}
	}
	if a.actors == nil {
		if a.actors, err = actor.Load(); err != nil {
			return nil, fmt.Errorf("annotate: actor dictionaries: %w", err)
		}
	}
	if a.gaz == nil && !cfg.NoPlaces {
		if a.gaz, err = geo.Default(); err != nil {
			return nil, fmt.Errorf("annotate: gazetteer: %w", err)
		}
	}
	if !cfg.NoEntities {
		if a.ner, err = entity.Load(); err != nil {
			return nil, fmt.Errorf("annotate: entity model: %w", err)
		}
	}
	for _, l := range doc.SupportedLangs {
		m, err := syntax.Load(l)
		if err != nil {
			return nil, fmt.Errorf("annotate: syntax model %s: %w", l, err)
		}
		a.models[l] = m
	}
	a.coder = event.NewCoder(a.lex, cfg.Coder)
	return a, nil
}

// Coder returns the annotator's event coder.
func (a *Annotator) Coder() *event.Coder { return a.coder }

// Parsed is one sentence after the chain: its parse, actors and events.
type Parsed struct {
	Sentence event.Sentence
	Coded    []event.Coded
}

// Parse segments, parses and codes the actors of text, sentence by
// sentence, without coding events.
func (a *Annotator) Parse(text, lang string, date time.Time) []event.Sentence {
	sents, _ := a.sentencesAndPlaces(text, lang, date, a.parseText(text, lang))
	return sents
}

// parse tags and parses one sentence; words of a multiword token share its
// span.
func parse(m *syntax.Model, s segment.Sentence) []event.Word {
	var forms []string
	var spans []doc.Span
	for _, t := range s.Tokens {
		if len(t.Words) == 0 {
			forms = append(forms, straight(t.Text))
			spans = append(spans, t.Span)
			continue
		}
		for _, w := range t.Words {
			forms = append(forms, straight(w.Form))
			spans = append(spans, t.Span)
		}
	}
	if len(forms) == 0 {
		return nil
	}
	var an []syntax.Annotated
	if m != nil {
		an = m.Annotate(forms)
	}
	words := make([]event.Word, len(forms))
	for i := range forms {
		w := event.Word{Form: forms[i], Span: spans[i], Head: -1}
		if i < len(an) {
			x := an[i]
			w.Lemma, w.UPOS, w.Feats, w.Deprel = x.Lemma, x.UPOS, x.Feats, x.Deprel
			w.Head = x.Head - 1
		}
		words[i] = w
	}
	return words
}

// straight writes curly apostrophes straight, as the treebanks the parser
// learnt from write them.
func straight(s string) string {
	if strings.Contains(s, "’") {
		return strings.ReplaceAll(s, "’", "'")
	}
	return s
}

// Events runs the whole chain on a document and returns its events,
// merged: an event stated several times is one event with its mentions
// counted.
func (a *Annotator) Events(d *doc.Document) []doc.Event { return a.EventsFrom(d, nil) }

// built is an event with what merging needs to know.
type built struct {
	doc.Event
	strength int // 2: dated by its own clause, 1: by its sentence, 0: by the article
	mutual   bool
	guest    bool // the guest's visit a hosted one implies
	// mediator is, for the pair targetPair makes, the actor that addressed
	// both sides: naming it again does not end their pair.
	mediator string
}

// ownExprs returns the time expressions that are not inside one of the
// nested clauses of an event: those date what the clause says.
func ownExprs(exprs []timex.Expr, nested []doc.Span) []timex.Expr {
	if len(nested) == 0 {
		return exprs
	}
	out := make([]timex.Expr, 0, len(exprs))
	for _, x := range exprs {
		in := false
		for _, n := range nested {
			in = in || n.Start <= x.Span.Start && x.Span.End <= n.End
		}
		if !in {
			out = append(out, x)
		}
	}
	return out
}

func (a *Annotator) build(d *doc.Document, s *event.Sentence, c event.Coded, exprs []timex.Expr, places []geo.Place, prev *built, ref time.Time) built {
	e := doc.Event{
		Doc:        d.ID,
		Lang:       s.Lang,
		Source:     doc.Actor{Text: c.Source.Text, Code: c.Source.Code, Name: c.Source.Name, Wikidata: c.Source.Wikidata},
		Target:     doc.Actor{Text: c.Target.Text, Code: c.Target.Code, Name: c.Target.Name, Wikidata: c.Target.Wikidata},
		CAMEO:      c.Code,
		Modality:   c.Modality,
		Sentence:   doc.SentenceRef{Text: s.Text[s.Span.Start:s.Span.End], Start: s.Span.Start, End: s.Span.End},
		Evidence:   doc.Evidence{Source: [2]int{c.Source.Span.Start, c.Source.Span.End}, Target: [2]int{c.Target.Span.Start, c.Target.Span.End}, Trigger: [2]int{c.Trigger.Start, c.Trigger.End}},
		Mentions:   1,
		Confidence: c.Confidence * minConf(c.Source.Confidence) * minConf(c.Target.Confidence),
		Rule:       c.Rule,
	}
	setCode(&e, c.Code, c)
	b := built{mutual: c.Mutual, guest: c.Guest}
	// Date.
	own, tense := ownExprs(exprs, c.Nested), tenseOf(c.Tense)
	x, ok := timex.DateOf(c.Clause, s.Span, own, tense, ref)
	if ok && c.Said && tense != timex.Past && (x.Span.Start < c.Clause.Start || x.Span.End > c.Clause.End) {
		// "a affirmé mardi que l'Algérie continuerait…", "said on Tuesday
		// it would…": the day is the report's, told in the past, not the
		// reported act's.
		x, ok = timex.DateOf(c.Clause, s.Span, own, timex.Past, ref)
	}
	if ok {
		e.Date, e.DateGranularity, e.DateExpr = x.Value, x.Granularity, x.Text
		b.strength = 1
		if x.Span.Start >= c.Clause.Start && x.Span.End <= c.Clause.End {
			b.strength = 2
		}
	} else if prev != nil && (c.Source.Coref == "group" || c.Target.Coref == "group") {
		// "Ils ont discuté…": the event the group comes from dates it.
		e.Date, e.DateGranularity, e.DateExpr = prev.Date, prev.DateGranularity, prev.DateExpr
		b.strength = prev.strength
	} else if !ref.IsZero() {
		e.Date, e.DateGranularity = dayOf(ref), timex.GranDay
	}
	// Place.
	city := false
	if a.gaz != nil {
		fb := geo.Fallback{Target: country3(c.Target.Code), Source: country3(c.Source.Code)}
		if c.Target.Place || actsOnPlace(c.Code) {
			// "captured Pokrovsk", "visited Ankara"; not "cut ties with
			// Rabat", where the capital is its government
			fb.TargetSpan = c.Target.Span
		}
		if prev != nil && prev.Place != nil && prev.Place.Kind == geo.PlaceAction && sameParagraph(d, prev.Sentence.Start, s.Span.Start) {
			fb.Previous = prevPlace(places, prev.Place)
		}
		ep := a.gaz.EventPlace(s.Text, c.Clause, c.Trigger, places, fb)
		if ep.Kind != geo.PlaceNone {
			p := ep.Place
			city = p.Entry.Kind == geo.KindCity || p.Entry.Kind == geo.KindCapital
			name := p.Mention.Text
			if name == "" {
				name = p.Entry.Name
				if s.Lang == "fr" && p.Entry.NameFR != "" {
					name = p.Entry.NameFR
				}
			}
			e.Place = &doc.Place{Name: name, GeonameID: p.GeonameID, Country: p.Country3, Lat: p.Lat, Lon: p.Lon, Kind: ep.Kind}
			if e.Place.Country == "" && p.Country != "" {
				e.Place.Country = a.gaz.Country3(p.Country)
			}
		}
	}
	if c.Code == "040" && e.Place != nil && e.Place.Kind == geo.PlaceAction && thirdCountry(e.Place.Country, c.Source.Code, c.Target.Code) &&
		(city || placeOfMeeting(s, c.Word, e.Place.Name)) {
		// "Sargsyan and Aliyev met in Vienna": CAMEO's meeting at a
		// third location. A town only: "a discuté de la situation en
		// Syrie" names the topic, not where they met.
		setCode(&e, "044", c)
	}
	b.Event = e
	return b
}

// placeOfMeeting reports whether a country named in sentence s is where
// the meeting at word w took place: its words hang on the meeting's verb
// through locative prepositions only ("met at a castle in Slovenia"), not
// through a topic ("a discuté de la situation en Syrie").
func placeOfMeeting(s *event.Sentence, w int, name string) bool {
	ws := s.Words
	for i := range ws {
		if ws[i].Form != name && !strings.HasPrefix(name, ws[i].Form+" ") {
			continue
		}
		j := i
		for steps := 0; steps < 4 && j >= 0 && j != w; steps++ {
			if !locativeCase(ws, j) && !(j != i && occasionWords[strings.ToLower(ws[j].Form)]) {
				break // "met for the first time at a castle in Slovenia": through "time"
			}
			j = ws[j].Head
		}
		if j == w {
			return true
		}
	}
	return false
}

// occasionWords are the nouns of "for the first time", "à cette
// occasion" that the parser may hang the place on.
var occasionWords = map[string]bool{"time": true, "fois": true, "occasion": true}

// locativeCase reports whether word j takes a preposition of place.
func locativeCase(ws []event.Word, j int) bool {
	for k := range ws {
		if ws[k].Head == j && ws[k].Deprel == "case" {
			return locPreps[strings.ToLower(ws[k].Form)]
		}
	}
	return false
}

// setCode sets an event's CAMEO code and what follows from it: root,
// quad class, Goldstein score, PLOVER reading.
func setCode(e *doc.Event, cameo string, c event.Coded) {
	e.CAMEO = cameo
	if code, ok := event.Lookup(cameo); ok {
		e.CAMEORoot = code.Root
		e.Quad = int(code.Quad)
		e.Goldstein = code.Goldstein
	} else {
		e.CAMEORoot = event.RootOf(cameo)
	}
	e.Plover = doc.Plover{}
	if pl, ok := event.PLOVERReading(cameo, c.Modality, c.Stance); ok {
		e.Plover = doc.Plover{Event: pl.Event, Mode: pl.Mode, Context: pl.Context}
	}
}

// thirdCountry reports whether a place's country is neither side's, both
// sides being of a country.
func thirdCountry(place, src, tgt string) bool {
	s, t := actor.CountryPart(src), actor.CountryPart(tgt)
	return place != "" && s != "" && t != "" && place != s && place != t
}

func minConf(c float64) float64 {
	if c <= 0 || c > 1 {
		return 1
	}
	return c
}

func dayOf(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func tenseOf(s string) timex.Tense {
	switch s {
	case "past":
		return timex.Past
	case "present":
		return timex.Present
	case "future":
		return timex.Future
	case "conditional":
		return timex.Conditional
	}
	return timex.Unknown
}

// country3 returns the country block of an actor code ("USAGOV" → "USA"),
// or "".
func country3(code string) string {
	if len(code) < 3 {
		return ""
	}
	return code[:3]
}

func sameParagraph(d *doc.Document, a, b int) bool {
	for _, p := range d.Paragraphs {
		if a >= p.Start && a < p.End {
			return b >= p.Start && b < p.End
		}
	}
	return false
}

func prevPlace(places []geo.Place, p *doc.Place) *geo.Place {
	for i := range places {
		if places[i].GeonameID != 0 && places[i].GeonameID == p.GeonameID {
			return &places[i]
		}
	}
	return nil
}

// actsOnPlace reports whether a CAMEO code's target is where the event
// happens when the target is a town: a visit (042–044), an assault or a
// fight (18–20).
func actsOnPlace(code string) bool {
	switch {
	case code == "042", code == "043", code == "044":
		return true
	case len(code) >= 2 && code[:2] >= "18" && code[:2] <= "20":
		return true
	}
	return false
}

func countriesOf(sents []event.Sentence) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range sents {
		for _, m := range s.Actors {
			c := country3(m.Code)
			if strings.HasPrefix(roleOf(m.Code), "MIL") {
				continue // "Russian forces captured Pokrovsk": an army fights abroad
			}
			if c != "" && !seen[c] {
				seen[c] = true
				out = append(out, c)
			}
		}
	}
	return out
}

// merge folds repeated events into one: the same dyad, code and date (a
// mutual event either way round). An event dated only by its sentence or
// the article joins an event of the same dyad and code dated by its own
// clause: "des voyages en Tunisie et en Algérie" joins "une visite en
// Tunisie mercredi".
func merge(evs []built) []doc.Event {
	// Dyads are compared by country when merging: "le chef du Pentagone"
	// (USAMIL) and "Mark Esper" (USAGOVMIL) visiting Morocco on the same
	// day are one visit. The most specific codes are kept.
	key := func(b *built) string {
		s, t := sideOf(b.Source.Code), sideOf(b.Target.Code)
		if b.mutual && t < s {
			s, t = t, s
		}
		return s + "|" + t + "|" + b.CAMEO + "|" + b.Date.Format("2006-01-02")
	}
	dyad := func(b *built) string {
		s, t := sideOf(b.Source.Code), sideOf(b.Target.Code)
		if b.mutual && t < s {
			s, t = t, s
		}
		return s + "|" + t + "|" + b.CAMEO
	}
	var out []*built
	byKey := map[string]*built{}
	strong := map[string]*built{}
	for i := range evs {
		b := &evs[i]
		if b.strength == 2 {
			if _, ok := strong[dyad(b)]; !ok {
				strong[dyad(b)] = b
			}
		}
	}
	for i := range evs {
		b := &evs[i]
		if b.strength < 2 {
			if s, ok := strong[dyad(b)]; ok && s != b {
				s.Mentions++
				continue
			}
		}
		k := key(b)
		if m, ok := byKey[k]; ok {
			m.Mentions++
			if b.Confidence > m.Confidence {
				m.Confidence = b.Confidence
			}
			if len(b.Source.Code) > len(m.Source.Code) && country3(b.Source.Code) == country3(m.Source.Code) {
				m.Source = b.Source
			}
			if len(b.Target.Code) > len(m.Target.Code) && country3(b.Target.Code) == country3(m.Target.Code) {
				m.Target = b.Target
			}
			continue
		}
		byKey[k] = b
		out = append(out, b)
	}
	res := make([]doc.Event, 0, len(out))
	for _, b := range out {
		b.ID = eventID(b.Doc, key(b))
		res = append(res, b.Event)
	}
	sort.SliceStable(res, func(i, j int) bool { return res[i].Evidence.Trigger[0] < res[j].Evidence.Trigger[0] })
	return res
}

// sideOf is what merge compares of an actor code: its country, and
// whether it is an armed group or an opposition of that country. The
// army and the RSF urged to talk are two events (SDNMIL, SDNREB); the
// Pentagon chief and Mark Esper visiting are one (USAMIL, USAGOVMIL).
func sideOf(code string) string {
	if event.NonState(code) {
		return country3(code) + "/" + code[3:6]
	}
	return country3(code)
}

// eventID is a stable id: the document, the dyad, the code and the date.
func eventID(docID, key string) string {
	h := sha1.Sum([]byte(docID + "|" + key))
	return hex.EncodeToString(h[:8])
}
