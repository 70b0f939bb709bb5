package annotate

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"github.com/vigie-events/vigie/internal/coref"
	"github.com/vigie-events/vigie/internal/entity"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/event"
	"github.com/vigie-events/vigie/internal/geo"
	"github.com/vigie-events/vigie/internal/segment"
	"github.com/vigie-events/vigie/internal/syntax"
	"github.com/vigie-events/vigie/internal/timex"
)

// DocParse is what the chain computes from a document before it reads
// any dictionary: its sentences and tokens (segment) and the parse of
// each sentence (syntax), the slow part of the chain. Kept, it lets the
// document be coded again with new dictionaries (EventsFrom) without
// segmenting and parsing it again.
type DocParse struct {
	Lang      string
	Sentences []segment.Sentence
	Words     [][]event.Word // per sentence: the parsed words, spans in the text
	// NER holds the named entities found when the chain ran on this
	// parse, for the entities stage to reuse; it is not encoded.
	NER []entity.Mention
	// Entities holds what internal/coref resolved on this parse (events
	// read its pronouns), for the entities stage to reuse; not encoded.
	Entities []coref.Entity
	// Places holds the places the chain geocoded, for PlaceCodes to
	// reuse; not encoded.
	Places []geo.Place
}

// parseFormat is the version of the encoding that Encode writes; it is
// part of ParseModel.
const parseFormat = 2

// ParseModel identifies what makes a DocParse of a language: the
// embedded syntax model and the encoding. A stored parse with another
// identity is stale and must be made again.
func ParseModel(lang string) string {
	return fmt.Sprintf("%s/v%d", syntax.ModelID(lang), parseFormat)
}

// ParseDocument segments and parses a document; nil for a language vigie
// does not code or an empty text.
func (a *Annotator) ParseDocument(d *doc.Document) *DocParse {
	if !doc.IsSupported(d.Lang) || d.Text == "" {
		return nil
	}
	return a.parseText(d.Text, d.Lang)
}

// Parse is ParseDocument without an Annotator: it loads the embedded
// syntax model of the document's language only, for a stage that needs
// the parse and not the rest of the chain (the entities stage).
func Parse(d *doc.Document) (*DocParse, error) {
	if !doc.IsSupported(d.Lang) || d.Text == "" {
		return nil, nil
	}
	m, err := syntax.Load(d.Lang)
	if err != nil {
		return nil, fmt.Errorf("annotate: syntax model %s: %w", d.Lang, err)
	}
	return parseWith(m, d.Text, d.Lang), nil
}

// parseText segments and parses text.
func (a *Annotator) parseText(text, lang string) *DocParse {
	return parseWith(a.models[lang], text, lang)
}

func parseWith(m *syntax.Model, text, lang string) *DocParse {
	sents := segment.Segment(text, lang)
	p := &DocParse{Lang: lang, Sentences: sents, Words: make([][]event.Word, len(sents))}
	for i, s := range sents {
		p.Words[i] = parse(m, s)
	}
	return p
}

// EventsParsed is Events that also returns the document's parse, to keep.
func (a *Annotator) EventsParsed(d *doc.Document) ([]doc.Event, *DocParse) {
	p := a.ParseDocument(d)
	if p == nil {
		return nil, nil
	}
	return a.eventsFrom(d, p), p
}

// EventsFrom codes a document from its kept parse, skipping segmentation
// and parsing: with the same parse it gives what Events gives. A nil
// parse, or one of another language, is made again.
func (a *Annotator) EventsFrom(d *doc.Document, p *DocParse) []doc.Event {
	if !doc.IsSupported(d.Lang) || d.Text == "" {
		return nil
	}
	if p == nil || p.Lang != d.Lang {
		p = a.ParseDocument(d)
	}
	return a.eventsFrom(d, p)
}

// eventsFrom is the chain after segment and syntax.
func (a *Annotator) eventsFrom(d *doc.Document, p *DocParse) []doc.Event {
	lang := d.Lang
	ref := d.Published
	if ref.IsZero() {
		ref = d.Fetched
	}
	text := d.Text
	sents, places := a.sentencesAndPlaces(text, lang, ref, p)
	p.Places = places
	exprs := timex.Find(text, lang, ref)
	var evs []built
	var prev *built
	for si := range sents {
		s := &sents[si]
		a.groups(s, prev)
		clauseGroups(s)
		objectPronouns(s)
		n := len(evs)
		cs := a.coder.Code(s)
		if g := groupWord(s); g >= 0 {
			// "X welcomed Y at the border, and the two leaders signed the
			// Lahore Declaration": the sides are those of the meeting or
			// visit the sentence tells before the group, not the previous
			// sentence's ("Spain and France, which back Morocco's plan,
			// urged the two neighbours…" keeps those of the sentence
			// before).
			for _, c := range cs {
				if c.Word < g && event.RootOf(c.Code) == "04" && c.Source.Code != "" && c.Target.Code != "" && !c.Guest && c.Source.Code != c.Target.Code &&
					c.Source.Coref != "group" && c.Target.Coref != "group" {
					b := a.build(d, s, c, exprs, places, prev, ref)
					a.groups(s, &b)
					cs = a.coder.Code(s)
					break
				}
			}
		}
		for _, c := range cs {
			b := a.build(d, s, c, exprs, places, prev, ref)
			evs = append(evs, b)
			if !b.guest {
				prev = &evs[len(evs)-1]
			}
		}
		if pair, ok := targetPair(evs[n:]); ok {
			// "Turkey offered to host talks between Russian and
			// Ukrainian delegations. The two sides last met…": the
			// sides are the two the sentence's actor addressed.
			prev = &pair
		}
		if len(evs) == n && prev != nil && namesOthers(s, prev) {
			// "Hamas rejected the proposal": a sentence with no event
			// that names other actors ends the previous event's
			// sides, so "both sides" after it is not theirs.
			prev = nil
		}
	}
	return merge(evs)
}

// targetPair reports whether the events of one sentence all come from one
// actor towards two others, and returns an event between those two for
// the group mentions of the next sentence to take their sides from.
func targetPair(evs []built) (built, bool) {
	if len(evs) < 2 {
		return built{}, false
	}
	src := evs[0].Source.Code
	var a, b *built
	for i := range evs {
		e := &evs[i]
		if e.guest {
			continue // the visit of one addressed: no third actor
		}
		if e.Source.Code != src {
			return built{}, false
		}
		switch {
		case a == nil:
			a = e
		case b == nil && sideOf(e.Target.Code) != sideOf(a.Target.Code):
			b = e
		}
	}
	if b == nil {
		return built{}, false
	}
	p := *a
	p.mediator = src
	p.Source, p.Target = a.Target, b.Target
	p.Evidence.Source, p.Evidence.Target = a.Evidence.Target, b.Evidence.Target
	return p, true
}

// namesOthers reports whether sentence s names an actor that is of
// neither side of the event prev (by country, an armed group or opposition
// apart: sideOf).
func namesOthers(s *event.Sentence, prev *built) bool {
	for _, m := range s.Actors {
		side := sideOf(m.Code) // an Eritrean minister speaking keeps Ethiopia and Eritrea the sides
		if m.Code != "" && m.Coref == "" && side != sideOf(prev.Source.Code) && side != sideOf(prev.Target.Code) &&
			(prev.mediator == "" || country3(m.Code) != country3(prev.mediator)) {
			return true
		}
	}
	return false
}

// sentencesAndPlaces is sentencesFrom with the places of the text, which
// give their country to the people acting there (placeGroups).
func (a *Annotator) sentencesAndPlaces(text, lang string, date time.Time, p *DocParse) ([]event.Sentence, []geo.Place) {
	sents := a.sentencesFrom(text, lang, date, p)
	var places []geo.Place
	if a.gaz != nil {
		places = a.gaz.Geocode(text, geo.Context{Lang: lang, Countries: countriesOf(sents)})
	}
	a.placeGroups(text, sents, places)
	domesticPersons(sents, p.NER)
	for si := range sents {
		possessivePatients(&sents[si])
		groupDescriptions(&sents[si])
	}
	addPlaceActors(text, sents, places)
	return sents, places
}

// domesticPersons codes the persons the dictionaries do not know ("A
// court in Minsk sentenced Ales Bialiatski") with the country of the
// sentence's police or courts, which act at home: the one country of its
// COP and JUD actors. Elsewhere such a person stays no actor.
func domesticPersons(sents []event.Sentence, ner []entity.Mention) {
	k := 0
	for si := range sents {
		s := &sents[si]
		sc := sectorCountry(s.Actors, "COP", "JUD")
		var add []event.Mention
		for ; k < len(ner) && ner[k].Span.Start < s.Span.End; k++ {
			m := ner[k]
			if m.Type != "PER" || m.Span.Start < s.Span.Start || m.Span.End > s.Span.End || covered(s.Actors, m.Span) {
				continue
			}
			c := sc
			if c == "" && detainedHere(s, m.Span) {
				// "after Minsk arrested dissident journalist Roman
				// Protasevich": the one country of the sentence's
				// states arrests at home too.
				c = stateCountry(s.Actors)
			}
			if c == "" {
				continue
			}
			add = append(add, event.Mention{Span: m.Span, Text: m.Text, Code: c, Confidence: 0.5 * m.Score, Coref: "domestic"})
		}
		addActors(s, add)
	}
}

// possessivePatients resolves a possessive before a noun of what is done
// to a person ("condemned her detention", "a exigé sa libération") to the
// person the sentence named last before it, outside the subject of the
// verb that governs the noun: the person detained or freed, not the one
// who condemns or demands.
func possessivePatients(s *event.Sentence) {
	ws := s.Words
	var add []event.Mention
	for _, w := range ws {
		f := strings.ToLower(w.Form)
		if !possessiveForms[f] || w.Head < 0 || w.Head >= len(ws) || covered(s.Actors, w.Span) {
			continue
		}
		n := w.Head
		if !patientNouns[strings.ToLower(ws[n].Lemma)] || ws[n].Head < 0 {
			continue
		}
		subj := doc.Span{Start: -1, End: -1}
		for j := range ws {
			if ws[j].Head == ws[n].Head && strings.HasPrefix(ws[j].Deprel, "nsubj") {
				subj = subtreeSpan(ws, j)
			}
		}
		var ante *event.Mention
		for k := range s.Actors {
			m := &s.Actors[k]
			if m.Span.End > w.Span.Start {
				break
			}
			if m.Code == "" || m.Place || len(m.Group) > 0 || m.Role || subj.Start >= 0 && m.Span.Start >= subj.Start && m.Span.End <= subj.End {
				continue
			}
			ante = m
		}
		if ante == nil || !namesPerson(ante) {
			continue
		}
		a := *ante
		a.Span, a.Text, a.Coref, a.Confidence = w.Span, w.Form, "pronoun", 0.5*ante.Confidence
		add = append(add, a)
	}
	addActors(s, add)
}

// groupDescriptions resolves a definite description of an armed group
// that no actor covers ("and the Islamist movement vowed to retaliate",
// "the Iranian-backed group vowed to fight back", "le mouvement
// islamiste a juré de riposter") to the last armed group or rebels the
// sentence named before it.
func groupDescriptions(s *event.Sentence) {
	ws := s.Words
	var add []event.Mention
	for i, w := range ws {
		if !groupNouns[strings.ToLower(w.Lemma)] || w.UPOS != "NOUN" || covered(s.Actors, w.Span) {
			continue
		}
		definite := false
		start := w.Span.Start
		for j := range ws {
			if ws[j].Head == i && j < i {
				if ws[j].Deprel == "det" {
					switch strings.ToLower(ws[j].Form) {
					case "the", "le", "la", "l'", "l’":
						definite = true
					}
				}
				start = min(start, ws[j].Span.Start)
			}
		}
		if !definite {
			continue
		}
		var ante *event.Mention
		for k := range s.Actors {
			m := &s.Actors[k]
			if m.Span.End > start {
				break
			}
			if len(m.Code) >= 6 && armedSectors[m.Code[3:6]] {
				ante = m
			}
		}
		if ante == nil {
			continue
		}
		a := *ante
		a.Span, a.Text, a.Coref, a.Confidence = w.Span, w.Form, "role", 0.5*ante.Confidence
		add = append(add, a)
	}
	if len(add) == 0 {
		return
	}
	// a backer inside the description is no actor of its own ("the
	// Iranian-backed group")
	s.Actors = slices.DeleteFunc(s.Actors, func(m event.Mention) bool {
		for _, g := range add {
			if m.Span.End <= g.Span.Start && g.Span.Start-m.Span.End <= 12 && backerWord(s.Text[m.Span.End:g.Span.Start]) {
				return true
			}
		}
		return false
	})
	addActors(s, add)
}

// backerWord reports whether the text between a nationality and a group
// noun says the country backs the group: "-backed ", "-supported ".
func backerWord(gap string) bool {
	g := strings.ToLower(strings.TrimSpace(gap))
	for _, w := range []string{"-backed", "-supported", "-sponsored", "-funded", "-armed", "-trained", "-allied", "-aligned"} {
		if g == w {
			return true
		}
	}
	return false
}

// groupNouns name armed groups by description; armedSectors are the
// sectors of the groups they may refer back to.
var (
	groupNouns   = map[string]bool{"group": true, "movement": true, "militia": true, "faction": true, "organisation": true, "organization": true, "groupe": true, "mouvement": true, "milice": true, "guérilla": true, "guerrilla": true}
	armedSectors = map[string]bool{"REB": true, "INS": true, "UAF": true, "SEP": true, "IMG": true}
)

// namesPerson reports whether mention m names a person: a name found by
// the recogniser (domestic) or a name of the dictionaries, not a country,
// a capital or an institution.
func namesPerson(m *event.Mention) bool {
	return m.Coref == "domestic" || m.Name != "" && len(strings.Fields(m.Text)) >= 2 && len(m.Code) > 3
}

// possessiveForms are the possessives possessivePatients resolves.
var possessiveForms = map[string]bool{"his": true, "her": true, "son": true, "sa": true}

// patientNouns are what is done to a person.
var patientNouns = map[string]bool{"detention": true, "arrest": true, "release": true, "imprisonment": true, "jailing": true,
	"conviction": true, "sentence": true, "execution": true, "killing": true, "murder": true, "assassination": true,
	"expulsion": true, "extradition": true, "deportation": true, "kidnapping": true, "abduction": true,
	"libération": true, "arrestation": true, "détention": true, "condamnation": true, "exécution": true, "assassinat": true,
	"meurtre": true, "enlèvement": true, "emprisonnement": true, "incarcération": true}

// detainVerbs arrest, jail or try the person they take as object.
var detainVerbs = map[string]bool{"arrest": true, "detain": true, "jail": true, "imprison": true, "sentence": true, "convict": true,
	"arrêter": true, "interpeller": true, "emprisonner": true, "incarcérer": true, "condamner": true, "inculper": true, "écrouer": true}

// detainedHere reports whether the words of span sp are the object of a
// verb of detainVerbs in sentence s ("arrested dissident journalist X").
func detainedHere(s *event.Sentence, sp doc.Span) bool {
	for _, w := range s.Words {
		if w.Span.Start < sp.Start || w.Span.End > sp.End || w.Head < 0 || w.Head >= len(s.Words) {
			continue
		}
		h := s.Words[w.Head]
		if h.Span.Start >= sp.Start && h.Span.End <= sp.End {
			continue // a word inside the name: its head is too
		}
		if (w.Deprel == "nmod" || w.Deprel == "appos" || strings.HasPrefix(w.Deprel, "flat")) && h.UPOS == "NOUN" && h.Head >= 0 && h.Head < len(s.Words) {
			// "a arrêté le journaliste Ales Bialiatski": the name under
			// its title
			w, h = h, s.Words[h.Head]
		}
		return (w.Deprel == "obj" || w.Deprel == "nsubj:pass") && detainVerbs[h.Lemma]
	}
	return false
}

// stateCountry returns the one country of a sentence's actors that are
// states (countries, governments, their organs), or "" when they name none
// or several; international organisations and places are not counted.
func stateCountry(actors []event.Mention) string {
	c := ""
	for _, a := range actors {
		if a.Place || len(a.Code) < 3 || strings.HasPrefix(a.Code, "IGO") || strings.HasPrefix(a.Code, "NGO") || a.Coref == "place" {
			continue
		}
		if len(a.Code) >= 6 && !slices.Contains([]string{"GOV", "MIL", "COP", "JUD", "SPY", "LEG"}, a.Code[3:6]) {
			continue
		}
		if c != "" && c != a.Code[:3] {
			return ""
		}
		c = a.Code[:3]
	}
	return c
}

// covered reports whether an actor mention overlaps span sp.
func covered(actors []event.Mention, sp doc.Span) bool {
	for _, a := range actors {
		if a.Span.Start < sp.End && sp.Start < a.Span.End {
			return true
		}
	}
	return false
}

// addActors adds mentions to a sentence's actors, kept in text order.
func addActors(s *event.Sentence, add []event.Mention) {
	if len(add) > 0 {
		s.Actors = append(s.Actors, add...)
		slices.SortStableFunc(s.Actors, func(x, y event.Mention) int { return x.Span.Start - y.Span.Start })
	}
}

// addPlaceActors gives the event coder the towns and regions the
// dictionaries do not name ("visited Kidal", "s'est rendu à Tessalit"):
// each resolved place that no actor mention covers becomes a mention coded
// with its country, marked Place, which the coder takes only as the
// destination of an event that has one (a visit). Datelines are left out,
// as dropDatelines leaves them out of the actors.
func addPlaceActors(text string, sents []event.Sentence, places []geo.Place) {
	k := 0
	for si := range sents {
		s := &sents[si]
		var add []event.Mention
		for ; k < len(places) && places[k].Span.Start < s.Span.End; k++ {
			p := &places[k]
			if p.Span.Start < s.Span.Start || p.Span.End > s.Span.End || !p.Resolved() || p.Country3 == "" || p.Demonym ||
				isDateline(text, p.Span) || covered(s.Actors, p.Span) {
				continue
			}
			add = append(add, event.Mention{Span: p.Span, Text: p.Text, Code: p.Country3, Name: p.Name,
				Confidence: 0.6, Place: true})
		}
		addActors(s, add)
	}
}

// sentencesFrom is the chain's actor stage over a parse: the parsed sentences
// with their actor mentions. The words are copied, so that p stays as it
// was. People coded by their role alone wait for sentencesAndPlaces.
func (a *Annotator) sentencesFrom(text, lang string, date time.Time, p *DocParse) []event.Sentence {
	sents := p.Sentences
	if a.ner != nil && p.NER == nil {
		p.NER = a.ner.Find(text, lang, sents)
	}
	// Events read only the pronouns and organisation descriptions of
	// coreference: a text without one leaves it to the entities stage,
	// which runs it when it needs it.
	if a.ner != nil && p.Entities == nil && needsCoref(sents) {
		p.Entities = coref.Resolve(coref.Input{Text: text, Lang: lang, Date: date, Sentences: sents, Mentions: p.NER,
			Knowledge: a.actors, Syntax: p.Syntax()})
	}
	mentions := a.mentions(text, lang, date, sents, p.NER, p.Entities)
	out := make([]event.Sentence, 0, len(sents))
	j := 0
	for i, s := range sents {
		es := event.Sentence{Text: text, Span: s.Span, Lang: lang}
		if i < len(p.Words) {
			es.Words = slices.Clone(p.Words[i])
		}
		for j < len(mentions) && mentions[j].Span.End <= s.Span.Start {
			j++
		}
		k := j
		for k < len(mentions) && mentions[k].Span.Start < s.Span.End {
			if mentions[k].Span.End <= s.Span.End {
				es.Actors = append(es.Actors, mentions[k])
			}
			k++
		}
		out = append(out, es)
	}
	return out
}

// The encoding, gzip-compressed:
//
//	magic, lang, string table, sentence count, then per sentence:
//	  span (start as a delta from the previous sentence's start, length),
//	  token count, per token: start delta, length, flags
//	  (1 space after, 2 multiword, 4 text not the span's bytes),
//	  [text], [word count, forms];
//	  parsed word count (0 or one per syntactic word), per word:
//	  lemma, UPOS, feats, head (offset from the word; 0 for the root),
//	  deprel.
//
// Strings are indices into the table. Word forms and spans are not
// stored: they are the tokens' (straightened as parse writes them).
const parseMagic = "vigie-parse-2\n"

// Encode writes p, a parse of text, compactly.
func (p *DocParse) Encode(text string) ([]byte, error) {
	strs := map[string]uint64{}
	var table []string
	idx := func(s string) uint64 {
		if i, ok := strs[s]; ok {
			return i
		}
		i := uint64(len(table))
		strs[s] = i
		table = append(table, s)
		return i
	}
	var body []byte
	u := func(v uint64) { body = binary.AppendUvarint(body, v) }
	v := func(x int) { body = binary.AppendVarint(body, int64(x)) }
	u(uint64(len(p.Sentences)))
	prev := 0
	for si, s := range p.Sentences {
		v(s.Span.Start - prev)
		v(s.Span.End - s.Span.Start)
		prev = s.Span.Start
		u(uint64(len(s.Tokens)))
		tp := s.Span.Start
		nforms := 0
		for _, t := range s.Tokens {
			v(t.Span.Start - tp)
			v(t.Span.End - t.Span.Start)
			tp = t.Span.Start
			var fl uint64
			if t.SpaceAfter {
				fl |= 1
			}
			if t.Words != nil {
				fl |= 2
			}
			own := t.Span.Start >= 0 && t.Span.Start <= t.Span.End && t.Span.End <= len(text) &&
				text[t.Span.Start:t.Span.End] == t.Text
			if !own {
				fl |= 4
			}
			u(fl)
			if !own {
				u(idx(t.Text))
			}
			if t.Words != nil {
				u(uint64(len(t.Words)))
				for _, w := range t.Words {
					u(idx(w.Form))
				}
				nforms += len(t.Words)
			} else {
				nforms++
			}
		}
		var ws []event.Word
		if si < len(p.Words) {
			ws = p.Words[si]
		}
		if len(ws) != 0 && len(ws) != nforms {
			return nil, fmt.Errorf("annotate: encode parse: sentence %d has %d words for %d forms", si, len(ws), nforms)
		}
		u(uint64(len(ws)))
		for i, w := range ws {
			u(idx(w.Lemma))
			u(idx(w.UPOS))
			u(idx(w.Feats))
			// the head as an offset from the word, 0 for the root (a word
			// is never its own head): small numbers that compress well
			if w.Head < 0 {
				v(0)
			} else {
				v(w.Head - i)
			}
			u(idx(w.Deprel))
		}
	}
	var head []byte
	head = append(head, parseMagic...)
	head = binary.AppendUvarint(head, uint64(len(p.Lang)))
	head = append(head, p.Lang...)
	head = binary.AppendUvarint(head, uint64(len(table)))
	for _, s := range table {
		head = binary.AppendUvarint(head, uint64(len(s)))
		head = append(head, s...)
	}
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.DefaultCompression)
	if err != nil {
		return nil, err
	}
	zw.Write(head)
	zw.Write(body)
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("annotate: encode parse: %w", err)
	}
	return buf.Bytes(), nil
}

var errCorrupt = errors.New("annotate: stored parse is corrupt")

// DecodeParse reads a parse written by Encode for text. Data that is not
// such a parse, or whose spans do not fit text, gives an error, never a
// panic.
func DecodeParse(text string, data []byte) (*DocParse, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errCorrupt, err)
	}
	raw, err := io.ReadAll(io.LimitReader(zr, 64<<20))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errCorrupt, err)
	}
	r := &reader{b: raw}
	if !bytes.HasPrefix(raw, []byte(parseMagic)) {
		return nil, fmt.Errorf("%w: not a vigie parse", errCorrupt)
	}
	r.b = raw[len(parseMagic):]
	p := &DocParse{Lang: r.str()}
	nstr := r.count()
	table := make([]string, 0, min(nstr, 1<<16))
	for range nstr {
		table = append(table, r.str())
	}
	if r.err != nil {
		return nil, r.err
	}
	s := func() string {
		i := r.uv()
		if i >= uint64(len(table)) {
			r.fail()
			return ""
		}
		return table[i]
	}
	inText := func(a, b int) bool { return a >= 0 && b >= a && b <= len(text) }
	nsent := r.count()
	p.Sentences = make([]segment.Sentence, 0, min(nsent, 1<<16))
	p.Words = make([][]event.Word, 0, min(nsent, 1<<16))
	prev := 0
	for range nsent {
		var sent segment.Sentence
		sent.Span.Start = prev + r.v()
		sent.Span.End = sent.Span.Start + r.v()
		prev = sent.Span.Start
		if !inText(sent.Span.Start, sent.Span.End) {
			r.fail()
		}
		ntok := r.count()
		sent.Tokens = make([]segment.Token, 0, min(ntok, 1<<12))
		var forms []string
		var spans []doc.Span
		tp := sent.Span.Start
		for range ntok {
			var t segment.Token
			t.Span.Start = tp + r.v()
			t.Span.End = t.Span.Start + r.v()
			tp = t.Span.Start
			if !inText(t.Span.Start, t.Span.End) {
				r.fail()
				break
			}
			fl := r.uv()
			t.SpaceAfter = fl&1 != 0
			if fl&4 != 0 {
				t.Text = s()
			} else {
				t.Text = text[t.Span.Start:t.Span.End]
			}
			if fl&2 != 0 {
				n := r.count()
				t.Words = make([]segment.Word, 0, min(n, 64))
				for range n {
					f := s()
					t.Words = append(t.Words, segment.Word{Form: f})
					forms = append(forms, straight(f))
					spans = append(spans, t.Span)
				}
			} else {
				forms = append(forms, straight(t.Text))
				spans = append(spans, t.Span)
			}
			sent.Tokens = append(sent.Tokens, t)
		}
		nw := r.count()
		if nw != 0 && nw != len(forms) {
			r.fail()
		}
		var ws []event.Word
		if nw > 0 && r.err == nil {
			ws = make([]event.Word, nw)
			for i := range ws {
				w := event.Word{Form: forms[i], Span: spans[i]}
				w.Lemma, w.UPOS, w.Feats = s(), s(), s()
				if off := r.v(); off == 0 {
					w.Head = -1
				} else {
					w.Head = i + off
				}
				w.Deprel = s()
				if w.Head < -1 || w.Head >= nw {
					r.fail()
				}
				ws[i] = w
			}
		}
		if r.err != nil {
			return nil, r.err
		}
		p.Sentences = append(p.Sentences, sent)
		p.Words = append(p.Words, ws)
	}
	if r.err == nil && len(r.b) != 0 {
		r.fail()
	}
	if r.err != nil {
		return nil, r.err
	}
	return p, nil
}

// reader reads varints and strings, remembering the first error.
type reader struct {
	b   []byte
	err error
}

func (r *reader) fail() {
	if r.err == nil {
		r.err = errCorrupt
	}
	r.b = nil
}

func (r *reader) uv() uint64 {
	x, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return x
}

func (r *reader) v() int {
	x, n := binary.Varint(r.b)
	if n <= 0 || x > 1<<40 || x < -(1<<40) {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return int(x)
}

// count reads a length that cannot exceed the bytes left.
func (r *reader) count() int {
	x := r.uv()
	if x > uint64(len(r.b)) {
		r.fail()
		return 0
	}
	return int(x)
}

func (r *reader) str() string {
	n := r.count()
	if r.err != nil {
		return ""
	}
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}

// corefWords are the words whose referent events take from coreference:
// subject pronouns, and the second word of "ce dernier", "cette
// dernière", "the latter".
var corefWords = []string{"il", "elle", "he", "she", "it", "celui-ci", "celle-ci", "dernier", "dernière", "latter"}

// needsCoref reports whether events need coreference for sents: a word of
// corefWords, or a definite generic noun that may stand for an
// organisation named before it ("the group", "le mouvement").
func needsCoref(sents []segment.Sentence) bool {
	for _, s := range sents {
		for i, t := range s.Tokens {
			if len(t.Text) < 2 || len(t.Text) > 12 {
				continue
			}
			for _, w := range corefWords { // no lower-casing: this runs on every word
				if strings.EqualFold(t.Text, w) {
					return true
				}
			}
			if i > 0 && len(t.Text) >= 4 && len(s.Tokens[i-1].Text) <= 5 && definites[strings.ToLower(s.Tokens[i-1].Text)] &&
				coref.GenericOrgNoun(strings.ToLower(t.Text)) {
				return true
			}
		}
	}
	return false
}

// Syntax gives coreference the parse's heads and relations by token
// (coref.Syntax): the subject of a clause is then the parse's, not the
// first name of the clause ("Selon un communiqué de la présidence, Saïed
// a salué…"). A multiword token stands for the word of it whose head lies
// outside it. Nil when p has no parsed words.
func (p *DocParse) Syntax() coref.Syntax {
	if p == nil || len(p.Words) == 0 {
		return nil
	}
	type sentMap struct {
		ok      bool
		wordTok []int // word → token
		tokWord []int // token → the word that heads its words
	}
	maps := make([]sentMap, len(p.Sentences))
	build := func(s int) *sentMap {
		m := &maps[s]
		if m.ok || s >= len(p.Words) {
			return m
		}
		toks, words := p.Sentences[s].Tokens, p.Words[s]
		m.wordTok = make([]int, len(words))
		m.tokWord = make([]int, len(toks))
		w := 0
		for t, tk := range toks {
			m.tokWord[t] = -1
			first := w
			for w < len(words) && words[w].Span == tk.Span {
				m.wordTok[w] = t
				w++
			}
			for k := first; k < w; k++ { // the word whose head is outside the token
				if h := words[k].Head; h < first || h >= w {
					m.tokWord[t] = k
					break
				}
			}
		}
		m.ok = w == len(words) // the parse covers the tokens in order
		return m
	}
	return func(sent, tok int) (int, string, bool) {
		if sent < 0 || sent >= len(maps) {
			return 0, "", false
		}
		m := build(sent)
		if !m.ok || tok < 0 || tok >= len(m.tokWord) || m.tokWord[tok] < 0 {
			return 0, "", false
		}
		wd := p.Words[sent][m.tokWord[tok]]
		if wd.Head < 0 || wd.Head >= len(m.wordTok) {
			return -1, wd.Deprel, true
		}
		return m.wordTok[wd.Head], wd.Deprel, true
	}
}
