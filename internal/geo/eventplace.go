package geo

import (
	"github.com/vigie-events/vigie/internal/doc"
)

// Event place kinds: where an event's place came from.
const (
	PlaceAction   = "action"         // a place the event's clause introduces: "au Maroc", "in Algiers"
	PlacePrevious = "previous"       // the action place of the previous event of the paragraph
	PlaceTarget   = "target-country" // the target actor's country (no point of its own in the text)
	PlaceSource   = "source-country" // the source actor's country
	PlaceNone     = "none"           // nothing to go on
)

// EventPlace is the place of one event, with where it came from. Kind is
// never left empty: a country centre used as a fallback says so.
type EventPlace struct {
	Kind  string `json:"kind"`
	Place Place  `json:"place,omitzero"` // empty when Kind is PlaceNone
}

// Fallback is what EventPlace falls back on when the clause names no place.
type Fallback struct {
	Previous *Place // the action place of the previous event in the same paragraph, if any
	Target   string // the target actor's country, ISO 3166-1 alpha-2 or alpha-3
	Source   string // the source actor's country
	// TargetSpan is the target actor's words. A town the event acts on
	// ("captured Pokrovsk", "a visité Kidal") is where it happened.
	TargetSpan doc.Span
}

// Locative reports whether the place at span is introduced by a locative
// preposition: à, au, aux, en, dans, près de, vers, sur, in, at, near, to…,
// possibly across an article and a word of direction ("dans le sud du
// Mali", "au nord-est du Nigeria", "in northern Mali", "à l'est de Gaza").
func Locative(text string, span doc.Span) bool {
	if !span.Valid(len(text)) {
		return false
	}
	i := span.Start
	afterNoun := false // the word after this one is a place noun
	for steps := 0; steps < 6; steps++ {
		w, start := wordBefore(text, i)
		if w == "" {
			return false
		}
		k := Normalize(w)
		noun := afterNoun
		afterNoun = placeNouns[k]
		switch {
		case noun && isCapitalised(w) && !placeNouns[k]:
			// "in the Finnish capital Helsinki": a nationality before
			// the place noun
		case isLocative(w):
			// "près de Gaza": près is reached through "de"
			return true
		case k == "de" || k == "d'" || k == "du" || k == "des" || k == "of" || articles[k]:
			// "au sud du Mali", "à l'Élysée", "dans la région de Tombouctou"
			if k == "de" || k == "d'" || k == "du" || k == "des" || k == "of" {
				if !placeNouns[Normalize(wordBefore2(text, start))] && Normalize(wordBefore2(text, start)) != "pres" &&
					Normalize(wordBefore2(text, start)) != "outskirts" {
					return false
				}
			}
		case placeNouns[k]:
		default:
			return false
		}
		i = start
	}
	return false
}

// placeNouns may stand between a locative preposition and a place name.
var placeNouns = map[string]bool{
	"nord": true, "sud": true, "est": true, "ouest": true, "centre": true, "nord est": true,
	"nord ouest": true, "sud est": true, "sud ouest": true, "region": true, "ville": true,
	"capitale": true, "province": true, "banlieue": true, "peripherie": true, "environs": true,
	"large": true, "frontiere": true, "pres": true, "localite": true, "village": true,
	"gouvernorat": true, "wilaya": true, "etat": true, "pays": true, "sein": true,
	"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
	"north": true, "south": true, "east": true, "west": true, "city": true, "town": true,
	"capital": true, "region's": true, "outskirts": true, "state": true, "rural": true,
	"war": true, "torn": true,
}

// ActionPlace returns the place of an event's clause: among places (as
// Resolve returns them) lying inside clause and introduced by a locative
// preposition, the first after the trigger (the event's verb or noun), else
// the last before it. With an empty trigger it is the first in the clause.
// Demonyms and capitals standing for their government are not places of
// action.
func ActionPlace(text string, clause, trigger doc.Span, places []Place) (Place, bool) {
	var before, after *Place
	for i := range places {
		p := &places[i]
		if !p.Resolved() || p.Demonym || p.Government {
			continue
		}
		if p.Span.Start < clause.Start || p.Span.End > clause.End {
			continue
		}
		if !Locative(text, p.Span) {
			continue
		}
		if trigger.End == 0 || p.Span.Start >= trigger.End {
			if after == nil {
				after = p
			}
		} else {
			before = p
		}
	}
	switch {
	case after != nil:
		return *after, true
	case before != nil:
		return *before, true
	}
	return Place{}, false
}

// EventPlace returns an event's place: the action place of its clause,
// else the fallback, in the order Previous, Target, Source, each with its
// kind.
func (g *Gazetteer) EventPlace(text string, clause, trigger doc.Span, places []Place, fb Fallback) EventPlace {
	p, ok := ActionPlace(text, clause, trigger, places)
	if t, tok := targetTown(places, fb.TargetSpan); tok && (!ok || p.Kind == KindCountry || p.Kind == KindRegion) {
		// "attacked Kharkiv in northeastern Ukraine": the town, not the
		// country
		return EventPlace{Kind: PlaceAction, Place: t}
	}
	if ok {
		return EventPlace{Kind: PlaceAction, Place: p}
	}
	if fb.Previous != nil && fb.Previous.Resolved() {
		return EventPlace{Kind: PlacePrevious, Place: *fb.Previous}
	}
	for _, f := range []struct{ code, kind string }{{fb.Target, PlaceTarget}, {fb.Source, PlaceSource}} {
		if f.code == "" {
			continue
		}
		if e, ok := g.Country(f.code); ok {
			return EventPlace{Kind: f.kind, Place: Place{Entry: *e, Country3: g.Country3(e.Country)}}
		}
	}
	return EventPlace{Kind: PlaceNone}
}

// targetTown returns the place at span when it is a town, city or
// province (not a country, nor a capital standing for its government).
func targetTown(places []Place, span doc.Span) (Place, bool) {
	if span.End <= span.Start {
		return Place{}, false
	}
	for _, p := range places {
		if p.Span != span || !p.Resolved() || p.Demonym || p.Government {
			continue
		}
		switch p.Kind {
		case KindCity, KindCapital, KindAdmin1:
			return p, true
		}
	}
	return Place{}, false
}
