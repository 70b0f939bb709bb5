package annotate

import (
	"strconv"

	"github.com/vigie-events/vigie/internal/actor"
	"github.com/vigie-events/vigie/internal/coref"
	"github.com/vigie-events/vigie/internal/geo"
)

// PlaceCodes gives each place entity that no dictionary coded ("Kidal",
// "Marrakesh", "Tessalit") the country of the place the gazetteer resolves
// one of its names to, with the gazetteer entry as evidence (kind
// "place"). The countries the coded entities name weigh in the
// resolution, as they do for events. places are the document's places
// when the chain has geocoded them (DocParse.Places); nil geocodes the
// text. It does nothing when no place entity lacks a code, or when the
// gazetteer cannot be read.
func PlaceCodes(text, lang string, ents []coref.Entity, places []geo.Place) {
	need := false
	var countries []string
	seen := map[string]bool{}
	for i := range ents {
		e := &ents[i]
		if placeUncoded(e) {
			need = true
		}
		if c := country3(e.Code); c != "" && !seen[c] {
			seen[c] = true
			countries = append(countries, c)
		}
	}
	if !need {
		return
	}
	if places == nil {
		g, err := geo.Default()
		if err != nil {
			return
		}
		places = g.Geocode(text, geo.Context{Lang: lang, Countries: countries})
	}
	placeCodes(ents, places)
}

// placeUncoded reports whether e is a place that no dictionary gave a
// country: no code, or only a sector that a title word inside its name
// gave ("Prince" in "Port-au-Prince").
func placeUncoded(e *coref.Entity) bool {
	if e.Type != "LOC" || e.Code != "" && actor.CountryPart(e.Code) != "" {
		return false
	}
	for _, ev := range e.Evidence {
		if ev.Kind != "title" {
			return false
		}
	}
	return true
}

// placeCodes is PlaceCodes with the document's places.
func placeCodes(ents []coref.Entity, places []geo.Place) {
	at := map[[2]int]*geo.Place{}
	for i := range places {
		p := &places[i]
		if p.Resolved() && p.Country3 != "" && !p.Demonym {
			at[[2]int{p.Span.Start, p.Span.End}] = p
		}
	}
	for i := range ents {
		e := &ents[i]
		if !placeUncoded(e) {
			continue
		}
		for _, m := range e.Mentions {
			p := at[[2]int{m.Span.Start, m.Span.End}]
			if p == nil || m.Kind != "name" {
				continue
			}
			source := p.ID
			if p.GeonameID != 0 {
				source = "geonames:" + strconv.Itoa(p.GeonameID)
			}
			if e.Code != "" {
				e.Evidence = nil // a title word inside the name: "Port-au-Prince"
			}
			e.Code, e.Confidence = p.Country3, 0.6
			e.Evidence = append(e.Evidence, actor.Evidence{Kind: "place", Span: m.Span, Entry: p.Name, Code: p.Country3, Source: source})
			break
		}
	}
}
