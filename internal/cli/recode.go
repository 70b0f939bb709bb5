package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/vigie-events/vigie/internal/actor"
	"github.com/vigie-events/vigie/internal/annotate"
	"github.com/vigie-events/vigie/internal/coref"
	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/entity"
	"github.com/vigie-events/vigie/internal/event"
	"github.com/vigie-events/vigie/internal/geo"
	"github.com/vigie-events/vigie/internal/store"
)

const recodeHelp = `Code every stored document again with the current dictionaries (events,
actors, entities, places), from the segmentation and parse kept at ingest:
nothing is fetched, extracted or parsed again. A document without a kept
parse, or whose parse was made by another syntax model, is parsed again and
its parse kept; the report says how many.

The report counts event mentions: added, removed, recoded (the same words,
now coded differently) and unchanged. Unchanged events keep their ids.`

func runRecode(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "recode", "--db PATH [flags]", recodeHelp)
	db := fs.String("db", defaultDB, "store file (SQLite)")
	workers := fs.Int("workers", 0, "coding workers (default: the number of CPUs)")
	batch := fs.Int("batch", 64, "documents read and written per transaction")
	verbose := fs.Bool("v", false, "list every event added, removed or recoded")
	var dicts []string
	fs.Func("dict", "an extra vigie-format event `FILE` (repeatable); its entries come before the embedded\nones, so they win over embedded entries that are no more specific", func(s string) error {
		dicts = append(dicts, s)
		return nil
	})
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return usageErr("recode takes no arguments, have %q", fs.Args())
	}
	if _, err := os.Stat(*db); err != nil {
		return fmt.Errorf("recode: store %s: %w", *db, err)
	}
	lex, err := recodeLexicon(dicts)
	if err != nil {
		return err
	}
	know, err := actor.Load()
	if err != nil {
		return err
	}
	ner, err := entity.Load()
	if err != nil {
		return err
	}
	an, err := annotate.New(annotate.Config{Lexicon: lex, Actors: know})
	if err != nil {
		return err
	}
	st, err := store.Open(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	rc := &recoder{st: st, an: an, ner: ner, know: know, workers: *workers, batch: *batch}
	if *verbose {
		rc.changes = env.Stdout
	}
	sum, err := rc.run(ctx)
	fmt.Fprintln(env.Stdout, sum.String(*db))
	return err
}

// recodeLexicon builds the event lexicon: the extra dictionaries first,
// then the embedded ones.
func recodeLexicon(files []string) (*event.Lexicon, error) {
	if len(files) == 0 {
		return event.Default()
	}
	lex := event.NewLexicon()
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return nil, fmt.Errorf("recode: dictionary: %w", err)
		}
		es, err := event.ReadEntries(name, f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("recode: dictionary %s: %w", name, err)
		}
		if len(es) == 0 {
			return nil, fmt.Errorf("recode: dictionary %s: no entries", name)
		}
		lex.AddEntries(es)
	}
	es, err := event.ReadEmbedded()
	if err != nil {
		return nil, fmt.Errorf("recode: embedded dictionaries: %w", err)
	}
	lex.AddEntries(es)
	return lex, nil
}

// recodeSummary counts what a recode did.
type recodeSummary struct {
	docs, reparsed, missing, otherModel, stale, corrupt int
	added, removed, recoded, unchanged                  int
	aggregated                                          int // aggregated events whose stored values changed
	start                                               time.Time
}

func (s *recodeSummary) String(db string) string {
	el := time.Since(s.start)
	var b strings.Builder
	fmt.Fprintf(&b, "vigie recode: %s of %s in %s (%.1f docs/s)", plural(s.docs, "document", "documents"), db,
		el.Round(time.Millisecond), float64(s.docs)/el.Seconds())
	if s.reparsed == 0 {
		b.WriteString(", all from kept parses")
	} else {
		var why []string
		for _, w := range []struct {
			n    int
			what string
		}{{s.missing, "no kept parse"}, {s.otherModel, "parsed by another model"}, {s.stale, "text changed"}, {s.corrupt, "unreadable parse"}} {
			if w.n > 0 {
				why = append(why, fmt.Sprintf("%d %s", w.n, w.what))
			}
		}
		fmt.Fprintf(&b, ", %d parsed again (%s) and their parses kept", s.reparsed, strings.Join(why, ", "))
	}
	fmt.Fprintf(&b, "; event mentions: %d added, %d removed, %d recoded, %d unchanged; %s changed",
		s.added, s.removed, s.recoded, s.unchanged, plural(s.aggregated, "aggregated event", "aggregated events"))
	return b.String()
}

// recoder codes stored documents again, a page at a time.
type recoder struct {
	st      *store.SQLite
	an      *annotate.Annotator
	ner     *entity.Model
	know    *actor.Knowledge
	workers int
	batch   int
	changes io.Writer // where -v lists the changes, or nil
}

// recoded is one document after recoding.
type recoded struct {
	ann   store.Annotations
	parse *store.Parse // a new parse to keep, or nil
	why   string       // why it was parsed again
	diff  eventDiff
	err   error
}

func (rc *recoder) run(ctx context.Context) (*recodeSummary, error) {
	sum := &recodeSummary{start: time.Now()}
	workers := rc.workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	batch := rc.batch
	if batch <= 0 {
		batch = 64
	}
	after := ""
	for {
		if err := ctx.Err(); err != nil {
			return sum, fmt.Errorf("recode interrupted; the documents counted are stored: %w", err)
		}
		page, err := rc.st.ParsedDocuments(ctx, after, batch, true)
		if err != nil {
			return sum, err
		}
		if len(page) == 0 {
			return sum, nil
		}
		after = page[len(page)-1].Doc.ID
		out := make([]recoded, len(page))
		next := make(chan int)
		var wg sync.WaitGroup
		for range min(workers, len(page)) {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range next {
					out[i] = rc.one(ctx, &page[i])
				}
			}()
		}
		for i := range page {
			next <- i
		}
		close(next)
		wg.Wait()

		var ann []store.Annotations
		var parses []store.Parse
		for i := range out {
			r := &out[i]
			if r.err != nil {
				return sum, r.err
			}
			ann = append(ann, r.ann)
			if r.parse != nil {
				parses = append(parses, *r.parse)
			}
		}
		// Written even if ctx was cancelled meanwhile: the page is coded.
		wctx := context.WithoutCancel(ctx)
		er, err := rc.st.PutEventsBatch(wctx, ann)
		if err != nil {
			return sum, err
		}
		if err := rc.st.PutParses(wctx, parses); err != nil {
			return sum, err
		}
		sum.aggregated += er.Events
		for i := range out {
			r := &out[i]
			sum.docs++
			switch r.why {
			case "":
			case "missing":
				sum.missing++
			case "model":
				sum.otherModel++
			case "stale":
				sum.stale++
			default:
				sum.corrupt++
			}
			if r.why != "" {
				sum.reparsed++
			}
			d := &r.diff
			sum.added += len(d.added)
			sum.removed += len(d.removed)
			sum.recoded += len(d.recoded)
			sum.unchanged += d.unchanged
			if rc.changes != nil {
				d.write(rc.changes, r.ann.DocID)
			}
		}
	}
}

// one recodes one document: from its kept parse when it is the current
// model's parse of the current text, else from a new parse.
func (rc *recoder) one(ctx context.Context, pd *store.ParsedDoc) recoded {
	d := pd.Doc
	var r recoded
	var p *annotate.DocParse
	switch {
	case pd.Parse == nil:
		r.why = "missing"
	case pd.Parse.Model != annotate.ParseModel(d.Lang):
		r.why = "model"
	case pd.Parse.ContentHash != pd.ContentHash:
		r.why = "stale"
	default:
		var err error
		if p, err = annotate.DecodeParse(d.Text, pd.Parse.Data); err != nil {
			r.why = "corrupt"
		}
	}
	if p == nil {
		p = rc.an.ParseDocument(d)
		if p != nil {
			if data, err := p.Encode(d.Text); err == nil {
				r.parse = &store.Parse{DocID: d.ID, ContentHash: pd.ContentHash, Lang: d.Lang, Model: annotate.ParseModel(d.Lang), Data: data}
			}
		}
	}
	evs := rc.an.EventsFrom(d, p)
	ents := entitiesFrom(d, p, rc.ner, rc.know)
	var places []geo.Place
	if p != nil {
		places = p.Places
	}
	annotate.PlaceCodes(d.Text, d.Lang, ents, places)
	r.ann = store.Annotations{DocID: d.ID, Events: evs, Entities: storeEntities(ents)}
	old, err := rc.st.DocumentMentions(ctx, d.ID)
	if err != nil {
		r.err = err
		return r
	}
	olds := make([]doc.Event, len(old))
	for i := range old {
		olds[i] = old[i].Event
	}
	r.diff, r.err = diffEvents(d.ID, olds, evs)
	return r
}

// entitiesFrom is entitiesOf on the document's parse: its sentences, and
// its heads and relations for the subjects pronouns go back to.
func entitiesFrom(d *doc.Document, p *annotate.DocParse, ner *entity.Model, know *actor.Knowledge) []coref.Entity {
	if !d.LangSupported || p == nil || len(p.Sentences) == 0 {
		return nil
	}
	sents := p.Sentences
	date := d.Published
	if date.IsZero() {
		date = d.Fetched
	}
	return coref.Resolve(coref.Input{
		Text:      d.Text,
		Lang:      d.Lang,
		Date:      date,
		Sentences: sents,
		Mentions:  ner.Find(d.Text, d.Lang, sents),
		Knowledge: know,
		Syntax:    p.Syntax(),
	})
}

// eventDiff compares a document's stored events with its new ones.
type eventDiff struct {
	added, removed []doc.Event
	recoded        [][2]doc.Event // old, new
	unchanged      int
}

// diffEvents matches new events to old: identical ones are unchanged;
// of the rest, one with the same sentence, trigger, source and target
// words, else the same sentence and trigger, is the old one recoded;
// what is left was added or removed.
func diffEvents(docID string, old, cur []doc.Event) (eventDiff, error) {
	var d eventDiff
	key := func(e *doc.Event) (string, error) {
		c := *e
		c.Doc = docID
		b, err := json.Marshal(&c)
		return string(b), err
	}
	left := map[string][]int{}
	for i := range old {
		k, err := key(&old[i])
		if err != nil {
			return d, err
		}
		left[k] = append(left[k], i)
	}
	usedOld := make([]bool, len(old))
	var rest []int // new events not found unchanged
	for i := range cur {
		k, err := key(&cur[i])
		if err != nil {
			return d, err
		}
		if is := left[k]; len(is) > 0 {
			usedOld[is[0]] = true
			left[k] = is[1:]
			d.unchanged++
			continue
		}
		rest = append(rest, i)
	}
	where := []func(e *doc.Event) string{
		func(e *doc.Event) string {
			return fmt.Sprint(e.Sentence.Start, e.Evidence.Trigger, e.Evidence.Source, e.Evidence.Target)
		},
		func(e *doc.Event) string { return fmt.Sprint(e.Sentence.Start, e.Evidence.Trigger) },
	}
	for _, w := range where {
		byWhere := map[string][]int{}
		for i := range old {
			if !usedOld[i] {
				byWhere[w(&old[i])] = append(byWhere[w(&old[i])], i)
			}
		}
		var still []int
		for _, i := range rest {
			k := w(&cur[i])
			if is := byWhere[k]; len(is) > 0 {
				usedOld[is[0]] = true
				byWhere[k] = is[1:]
				d.recoded = append(d.recoded, [2]doc.Event{old[is[0]], cur[i]})
				continue
			}
			still = append(still, i)
		}
		rest = still
	}
	for _, i := range rest {
		d.added = append(d.added, cur[i])
	}
	for i := range old {
		if !usedOld[i] {
			d.removed = append(d.removed, old[i])
		}
	}
	return d, nil
}

// write lists the changes of one document, one a line.
func (d *eventDiff) write(w io.Writer, docID string) {
	var lines []string
	line := func(e *doc.Event) string {
		return fmt.Sprintf("%s→%s %s %s %q", e.Source.Code, e.Target.Code, e.CAMEO, e.Date.Format(time.DateOnly), triggerText(e))
	}
	for _, e := range d.added {
		lines = append(lines, fmt.Sprintf("%s\tadded\t%s\t%s", docID, e.ID, line(&e)))
	}
	for _, e := range d.removed {
		lines = append(lines, fmt.Sprintf("%s\tremoved\t%s\t%s", docID, e.ID, line(&e)))
	}
	for _, p := range d.recoded {
		lines = append(lines, fmt.Sprintf("%s\trecoded\t%s\t%s  was  %s", docID, p[1].ID, line(&p[1]), line(&p[0])))
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
}

func triggerText(e *doc.Event) string {
	a, b := e.Evidence.Trigger[0]-e.Sentence.Start, e.Evidence.Trigger[1]-e.Sentence.Start
	if a < 0 || b > len(e.Sentence.Text) || a > b {
		return ""
	}
	return e.Sentence.Text[a:b]
}
