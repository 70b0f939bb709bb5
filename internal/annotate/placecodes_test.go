package annotate

import (
	"testing"
	"time"

	"github.com/vigie-events/vigie/internal/actor"
	"github.com/vigie-events/vigie/internal/coref"
	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/geo"
)

func TestPlaceCodes(t *testing.T) {
	text := "French President Emmanuel Macron visited Kidal and Ouest-Ville on Monday, then flew to Marrakesh."
	ents := []coref.Entity{
		{ID: "e1", Type: "PER", Name: "Emmanuel Macron", Code: "FRAGOV", Mentions: []coref.Mention{{Span: doc.Span{Start: 17, End: 32}, Kind: "name"}}},
		{ID: "e2", Type: "LOC", Name: "Kidal", Mentions: []coref.Mention{{Span: doc.Span{Start: 41, End: 46}, Kind: "name"}}},
		{ID: "e3", Type: "LOC", Name: "Marrakesh", Mentions: []coref.Mention{{Span: doc.Span{Start: 87, End: 96}, Kind: "name"}}},
		{ID: "e4", Type: "LOC", Name: "Paris", Code: "FRA", Mentions: []coref.Mention{{Span: doc.Span{Start: 0, End: 6}, Kind: "name"}}},
	}
	if text[87:96] != "Marrakesh" {
		t.Fatalf("bad test span %q", text[87:96])
	}
	PlaceCodes(text, "en", ents, nil)
	want := map[string]string{"e1": "FRAGOV", "e2": "MLI", "e3": "MAR", "e4": "FRA"}
	for _, e := range ents {
		if e.Code != want[e.ID] {
			t.Errorf("%s %s: code %q, want %q", e.ID, e.Name, e.Code, want[e.ID])
		}
	}
	if ev := ents[1].Evidence; len(ev) != 1 || ev[0].Kind != "place" || ev[0].Span != (doc.Span{Start: 41, End: 46}) {
		t.Errorf("Kidal evidence %+v", ev)
	}
	if len(ents[3].Evidence) != 0 {
		t.Errorf("a coded entity got evidence %+v", ents[3].Evidence)
	}
}

// Only name mentions whose span is a resolved place take its country.
func TestPlaceCodesSpans(t *testing.T) {
	places := []geo.Place{{Mention: geo.Mention{Text: "Kidal", Span: doc.Span{Start: 10, End: 15}}, Entry: geo.Entry{ID: "gn:1", GeonameID: 1, Name: "Kidal"}, Country3: "MLI"}}
	ents := []coref.Entity{
		{ID: "e1", Type: "LOC", Mentions: []coref.Mention{{Span: doc.Span{Start: 10, End: 16}, Kind: "name"}}},
		{ID: "e2", Type: "LOC", Mentions: []coref.Mention{{Span: doc.Span{Start: 10, End: 15}, Kind: "pronoun"}}},
		{ID: "e3", Type: "ORG", Mentions: []coref.Mention{{Span: doc.Span{Start: 10, End: 15}, Kind: "name"}}},
		{ID: "e4", Type: "LOC", Mentions: []coref.Mention{{Span: doc.Span{Start: 10, End: 15}, Kind: "name"}}},
		// a sector from a title word inside the name ("Port-au-Prince")
		// yields to the place; a country does not
		{ID: "e5", Type: "LOC", Code: "GOV", Evidence: []actor.Evidence{{Kind: "title"}}, Mentions: []coref.Mention{{Span: doc.Span{Start: 10, End: 15}, Kind: "name"}}},
		{ID: "e6", Type: "LOC", Code: "NER", Evidence: []actor.Evidence{{Kind: "country"}}, Mentions: []coref.Mention{{Span: doc.Span{Start: 10, End: 15}, Kind: "name"}}},
		{ID: "e7", Type: "LOC", Code: "GOV", Evidence: []actor.Evidence{{Kind: "dictionary"}}, Mentions: []coref.Mention{{Span: doc.Span{Start: 10, End: 15}, Kind: "name"}}},
	}
	placeCodes(ents, places)
	for _, e := range ents {
		if got, want := e.Code, map[string]string{"e4": "MLI", "e5": "MLI", "e6": "NER", "e7": "GOV"}[e.ID]; got != want {
			t.Errorf("%s: code %q, want %q", e.ID, got, want)
		}
	}
	if ents[3].Evidence[0].Source != "geonames:1" {
		t.Errorf("source %q", ents[3].Evidence[0].Source)
	}
}

// FuzzEventsAndPlaces runs the chain on any text, with the towns it
// gives as actors and the place codes of its entities: no panic, every
// span inside the text.
func FuzzEventsAndPlaces(f *testing.F) {
	f.Add("French President Emmanuel Macron visited Kidal and Tessalit on Monday.", "en")
	f.Add("ARLINGTON, Va. (AP) — Blinken hosted Pashinyan and Aliyev in Brussels, Derna.", "en")
	f.Add("Le président s’est rendu lundi à Tessalit, puis à Ceuta.", "fr")
	f.Add("\xff, Kidal. Kidal Kidal , , Kidal", "fr")
	a := annotator(f)
	f.Fuzz(func(t *testing.T, text, lang string) {
		if lang != "fr" {
			lang = "en"
		}
		d := &doc.Document{ID: "f", Text: text, Lang: lang, LangSupported: true, Published: time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC)}
		evs, p := a.EventsParsed(d)
		for _, e := range evs {
			for _, sp := range [][2]int{e.Evidence.Source, e.Evidence.Target, e.Evidence.Trigger} {
				if sp[0] < 0 || sp[1] > len(text) || sp[0] > sp[1] {
					t.Fatalf("evidence span %v outside the text", sp)
				}
			}
		}
		if p == nil {
			return
		}
		ents := coref.Resolve(coref.Input{Text: text, Lang: lang, Sentences: p.Sentences, Mentions: p.NER})
		PlaceCodes(text, lang, ents, p.Places)
		for _, e := range ents {
			for _, ev := range e.Evidence {
				if !ev.Span.Valid(len(text)) {
					t.Fatalf("evidence span %v outside the text", ev.Span)
				}
			}
		}
	})
}
