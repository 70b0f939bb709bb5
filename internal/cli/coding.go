package cli

import (
	"github.com/vigie-events/vigie/internal/actor"
	"github.com/vigie-events/vigie/internal/annotate"
	"github.com/vigie-events/vigie/internal/coref"
	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/entity"
	"github.com/vigie-events/vigie/internal/pipeline"
	"github.com/vigie-events/vigie/internal/store"
)

// coding runs the coding stages on extracted documents: the annotation
// chain for events, and the entities stage for the entities the store and
// the UI show. It is safe for concurrent use.
type coding struct {
	an   *annotate.Annotator
	ner  *entity.Model
	know *actor.Knowledge
}

func newCoding() (*coding, error) {
	know, err := actor.Load()
	if err != nil {
		return nil, err
	}
	ner, err := entity.Load()
	if err != nil {
		return nil, err
	}
	an, err := annotate.New(annotate.Config{Actors: know})
	if err != nil {
		return nil, err
	}
	return &coding{an: an, ner: ner, know: know}, nil
}

// code returns a document's events and entities; nothing for a language
// vigie does not code.
func (c *coding) code(d *doc.Document) *pipeline.Coded {
	if !d.LangSupported {
		return &pipeline.Coded{}
	}
	evs, p := c.an.EventsParsed(d)
	out := &pipeline.Coded{Events: evs}
	if p == nil {
		out.Entities = entitiesOf(d, c.ner, c.know)
		annotate.PlaceCodes(d.Text, d.Lang, out.Entities, nil)
		return out
	}
	// The entities stage reuses the chain's sentences, named entities and
	// coreference.
	out.Entities = p.Entities
	if out.Entities == nil {
		ner := p.NER
		if ner == nil {
			ner = c.ner.Find(d.Text, d.Lang, p.Sentences)
		}
		out.Entities = coref.Resolve(coref.Input{Text: d.Text, Lang: d.Lang, Date: codeDate(d),
			Sentences: p.Sentences, Mentions: ner, Knowledge: c.know, Syntax: p.Syntax()})
	}
	annotate.PlaceCodes(d.Text, d.Lang, out.Entities, p.Places)
	// A parse that cannot be encoded is not kept: recode parses again.
	if data, err := p.Encode(d.Text); err == nil {
		out.Parse, out.ParseModel = data, annotate.ParseModel(d.Lang)
	}
	return out
}

// storeEntities keeps what the store holds of each entity.
func storeEntities(es []coref.Entity) []store.Entity {
	out := make([]store.Entity, 0, len(es))
	for _, e := range es {
		se := store.Entity{Type: e.Type, Text: e.Name, Code: e.Code, Name: e.Name, Wikidata: e.Wikidata}
		for _, m := range e.Mentions {
			se.Mentions = append(se.Mentions, m.Span)
		}
		out = append(out, se)
	}
	return out
}
