package export

import (
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"time"

	"github.com/vigie-events/vigie/internal/store"
)

// ploverActor is a source or target in a PLOVER record.
type ploverActor struct {
	ActorText string `json:"actorText"`
	Code      string `json:"code"`
	Name      string `json:"name,omitempty"`
	Wikidata  string `json:"wikidata,omitempty"`
}

// ploverLoc is a PLOVER record's eventLoc.
type ploverLoc struct {
	Name        string  `json:"name"`
	CountryCode string  `json:"country code,omitempty"` // ISO 3166 alpha-3
	GeonameID   int     `json:"geonameid,omitempty"`
	Lat         float64 `json:"lat,omitempty"`
	Lon         float64 `json:"lon,omitempty"`
}

// ploverRecord follows the records of the PLOVER gold standard file
// (PLOVER_GSR_CAMEO.txt, whose readme documents its fields): only
// non-empty fields are written. vigie adds the CAMEO code, the modality,
// the event's counts and the mention's byte spans.
type ploverRecord struct {
	ID          string        `json:"id"`
	Date        string        `json:"date"`
	Source      []ploverActor `json:"source,omitempty"`
	Target      []ploverActor `json:"target,omitempty"`
	Event       string        `json:"event"`
	EventText   string        `json:"eventText,omitempty"`
	Mode        string        `json:"mode,omitempty"`
	Context     string        `json:"context,omitempty"`
	Text        string        `json:"text,omitempty"`
	EventLoc    *ploverLoc    `json:"eventLoc,omitempty"`
	Language    string        `json:"language,omitempty"`
	Publication string        `json:"publication,omitempty"`
	Coder       string        `json:"coder"`
	Version     string        `json:"version,omitempty"`
	DateCoded   string        `json:"dateCoded"`

	CAMEO       string  `json:"cameo,omitempty"`
	Modality    string  `json:"modality,omitempty"`
	NumMentions int     `json:"numMentions"`
	NumSources  int     `json:"numSources"`
	NumArticles int     `json:"numArticles"`
	Confidence  float64 `json:"confidence"`
	Spans       *spans  `json:"spans,omitempty"`
}

// spans are the byte offsets of the first mention in its article.
type spans struct {
	Doc      string `json:"doc"`
	Sentence [2]int `json:"sentence"`
	Source   [2]int `json:"source,omitzero"`
	Target   [2]int `json:"target,omitzero"`
	Trigger  [2]int `json:"trigger,omitzero"`
}

// PLOVER writes one PLOVER record a line for each event that has a PLOVER
// type, the text and spans taken from its first mention. Events without a
// PLOVER type are counted in Stats.Skipped.
func PLOVER(w io.Writer, events iter.Seq2[store.Event, error], mentions iter.Seq2[store.Mention, error], opt Options) (Stats, error) {
	var st Stats
	enc := json.NewEncoder(w)
	for em, err := range withMentions(events, mentions) {
		if err != nil {
			return st, fmt.Errorf("export: plover: %w", err)
		}
		e := &em.Event
		if e.Plover.Event == "" {
			st.Skipped++
			continue
		}
		r := ploverRecord{
			ID: e.ID, Date: e.Date, Event: e.Plover.Event, Mode: e.Plover.Mode, Context: e.Plover.Context,
			Language: e.Lang, Publication: e.SourceURL, Coder: "vigie", Version: opt.Version,
			DateCoded: e.Updated.UTC().Format(time.DateOnly),
			CAMEO:     e.CAMEO, Modality: string(e.Modality),
			NumMentions: e.NumMentions, NumSources: e.NumSources, NumArticles: e.NumArticles, Confidence: e.Confidence,
		}
		if e.Source.Code != "" || e.Source.Text != "" {
			r.Source = []ploverActor{{ActorText: e.Source.Text, Code: e.Source.Code, Name: e.Source.Name, Wikidata: e.Source.Wikidata}}
		}
		if e.Target.Code != "" || e.Target.Text != "" {
			r.Target = []ploverActor{{ActorText: e.Target.Text, Code: e.Target.Code, Name: e.Target.Name, Wikidata: e.Target.Wikidata}}
		}
		if p := e.Place; p != nil {
			r.EventLoc = &ploverLoc{Name: p.Name, CountryCode: p.Country, GeonameID: p.GeonameID, Lat: p.Lat, Lon: p.Lon}
		}
		if len(em.Mentions) > 0 {
			m := &em.Mentions[0]
			r.Text = m.Event.Sentence.Text
			r.EventText = m.Trigger
			ev := m.Event.Evidence
			r.Spans = &spans{Doc: m.Doc, Sentence: [2]int{m.Event.Sentence.Start, m.Event.Sentence.End},
				Source: ev.Source, Target: ev.Target, Trigger: ev.Trigger}
		}
		if err := enc.Encode(&r); err != nil {
			return st, fmt.Errorf("export: plover: %w", err)
		}
		st.Records++
	}
	return st, nil
}
