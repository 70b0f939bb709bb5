package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/vigie-events/vigie/internal/actor"
	"github.com/vigie-events/vigie/internal/annotate"
	"github.com/vigie-events/vigie/internal/coref"
	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/entity"
	"github.com/vigie-events/vigie/internal/pipeline"
	"github.com/vigie-events/vigie/internal/segment"
)

// docEntities is what `vigie entities --json` prints for one document.
type docEntities struct {
	Doc      string         `json:"doc"`
	Lang     string         `json:"lang"`
	Date     string         `json:"date,omitempty"` // the day codes are taken on: published, else fetched
	Entities []coref.Entity `json:"entities"`
}

func runEntities(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "entities", "[flags] FILE|DIR|URL|-...", "Print the entities of each article: persons, organisations, places and\nnationalities with all their mentions (names, surnames, acronyms, titles,\ndescriptions, pronouns, plural summaries), canonical name, Wikidata id,\nCAMEO actor code on the article's date and the evidence for the code.")
	var rf readerFlags
	rf.register(fs)
	asJSON := fs.Bool("json", false, "print one JSON object a document: {\"doc\": id, \"entities\": […]}")
	conv := fs.String("conventions", entity.ConventionsUNER, "how English entities are typed: uner (Universal NER's: an acting country is a place) or re3d (the re3d corpus's: an acting country or government is an organisation, capitalised pronouns are mentions)")
	if err := docFlags(fs, args); err != nil {
		return err
	}
	ner, err := entity.Load()
	if err != nil {
		return err
	}
	if ner, err = ner.WithConventions(*conv); err != nil {
		return usageErr("%v", err)
	}
	know, err := actor.Load()
	if know == nil {
		return err
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "vigie entities: warning: %v\n", err)
	}
	enc := json.NewEncoder(env.Stdout)
	enc.SetEscapeHTML(false)
	code := func(d *doc.Document) *pipeline.Coded {
		// The parse tells coreference the subjects pronouns go back to,
		// as the stored entities have them.
		var ents []coref.Entity
		if p, err := annotate.Parse(d); err == nil && p != nil && d.LangSupported {
			ents = entitiesFrom(d, p, ner, know)
		} else {
			ents = entitiesOf(d, ner, know)
		}
		annotate.PlaceCodes(d.Text, d.Lang, ents, nil)
		return &pipeline.Coded{Entities: ents}
	}
	return forEachDoc(ctx, env, "entities", rf, fs.Args(), code, func(d *doc.Document, c *pipeline.Coded) error {
		out := entityDoc(d)
		out.Entities = c.Entities
		if *asJSON {
			return enc.Encode(out)
		}
		return writeEntities(env.Stdout, d, out)
	})
}

// entityDoc is the header of a document's entities: its id, language and
// the day its codes are taken on (published, else fetched).
func entityDoc(d *doc.Document) docEntities {
	out := docEntities{Doc: d.ID, Lang: d.Lang, Entities: []coref.Entity{}}
	if t := codeDate(d); !t.IsZero() {
		out.Date = t.Format(time.DateOnly)
	}
	return out
}

func codeDate(d *doc.Document) time.Time {
	if d.Published.IsZero() {
		return d.Fetched
	}
	return d.Published
}

// entitiesOf runs the entities stage on one document: segment, recognise,
// resolve. A language vigie does not code gets no entities.
func entitiesOf(d *doc.Document, ner *entity.Model, know *actor.Knowledge) []coref.Entity {
	if !d.LangSupported {
		return []coref.Entity{}
	}
	sents := segment.Segment(d.Text, d.Lang)
	return coref.Resolve(coref.Input{
		Text:      d.Text,
		Lang:      d.Lang,
		Date:      codeDate(d),
		Sentences: sents,
		Mentions:  ner.Find(d.Text, d.Lang, sents),
		Knowledge: know,
	})
}

// writeEntities prints a document's entities as a readable table: one
// line an entity, then the evidence for its code and its mentions.
func writeEntities(w io.Writer, d *doc.Document, out docEntities) error {
	var b strings.Builder
	fmt.Fprintf(&b, "== %s  %s  %s  %s\n", d.ID, out.Lang, entDash(out.Date), entLine(d.Title, 70))
	if !d.LangSupported {
		fmt.Fprintf(&b, "   (language %q is not coded)\n\n", d.Lang)
		_, err := io.WriteString(w, b.String())
		return err
	}
	fmt.Fprintf(&b, "%-5s %-4s %-36s %-12s %s\n", "ID", "TYPE", "NAME", "CODE", "WIKIDATA")
	for _, e := range out.Entities {
		fmt.Fprintf(&b, "%-5s %-4s %-36s %-12s %s\n", e.ID, e.Type, entLine(e.Name, 36), entDash(e.Code), e.Wikidata)
		for i, ev := range e.Evidence {
			label := "      evidence: "
			if i > 0 {
				label = "                "
			}
			fmt.Fprintf(&b, "%s%-12s %q → %s (%s", label, ev.Kind, entSpanText(d.Text, ev.Span), entDash(ev.Code), ev.Entry)
			if ev.Source != "" {
				fmt.Fprintf(&b, ", %s", ev.Source)
			}
			if ev.Start != 0 || ev.End != 0 {
				fmt.Fprintf(&b, ", %s..%s", ev.Start, ev.End)
			}
			b.WriteString(")\n")
		}
		for i, m := range e.Mentions {
			label := "      mentions: "
			if i > 0 {
				label = "                "
			}
			fmt.Fprintf(&b, "%s%-12s %q %d-%d", label, m.Kind, entLine(m.Text, 60), m.Span.Start, m.Span.End)
			if len(m.With) > 0 {
				fmt.Fprintf(&b, " (with %s)", strings.Join(m.With, ", "))
			}
			b.WriteByte('\n')
		}
	}
	b.WriteByte('\n')
	_, err := io.WriteString(w, b.String())
	return err
}

func entSpanText(text string, s doc.Span) string {
	if !s.Valid(len(text)) {
		return ""
	}
	return entLine(text[s.Start:s.End], 60)
}

// entLine folds white space and cuts s to at most n runes.
func entLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

func entDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
