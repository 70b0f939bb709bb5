package cli

import (
	"context"
	"flag"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/vigie-events/vigie/internal/annotate"
	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/event"
	"github.com/vigie-events/vigie/internal/extract"
	"github.com/vigie-events/vigie/internal/ingest"
	"github.com/vigie-events/vigie/internal/pipeline"
)

// eventSuites are the event coder's gold suites, by name.
var eventSuites = map[string]func(ctx context.Context, shared string) (event.Score, error){
	"seed": evalSeed,
	"petr-unit": func(_ context.Context, shared string) (event.Score, error) {
		return annotate.EvalPetr(shared, annotate.PetrUnit)
	},
	"ud-petr-2.02": func(_ context.Context, shared string) (event.Score, error) {
		return annotate.EvalPetr(shared, annotate.UDPetr)
	},
	"plover-gsr": func(_ context.Context, shared string) (event.Score, error) { return annotate.EvalGSR(shared) },
}

func init() {
	// vigie's own sentences (embedded: no shared data needed), one suite
	// for each set annotate.EventSets names
	for name := range annotate.EventSets {
		eventSuites[name] = evalSet(name)
	}
}

// evalSet scores one of vigie's own event sets (annotate.EventSets).
func evalSet(name string) func(context.Context, string) (event.Score, error) {
	return func(context.Context, string) (event.Score, error) {
		an, err := annotate.New(annotate.Config{})
		if err != nil {
			return event.Score{}, err
		}
		return an.EvalSet(name)
	}
}

// evalEvents is `vigie eval events SUITE [--json]`.
func evalEvents(ctx context.Context, env *Env, o evalOpts, args []string) error {
	shared, asJSON := o.shared, o.json
	fs := flag.NewFlagSet("eval events", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	jsonFlag := fs.Bool("json", asJSON, "print one JSON object")
	langFlag := fs.String("lang", "", "with an event set file: the language of its sentences, fr or en (default: from a file name starting fr- or en-)")
	names := make([]string, 0, len(eventSuites))
	for n := range eventSuites {
		names = append(names, n)
	}
	sort.Strings(names)
	// The suite name may come before or after the flags.
	var suite string
	var rest []string
	for _, a := range args {
		if suite == "" && !strings.HasPrefix(a, "-") {
			suite = a
			continue
		}
		rest = append(rest, a)
	}
	if err := fs.Parse(rest); err != nil {
		return err
	}
	if suite == "" && fs.NArg() > 0 {
		suite = fs.Arg(0)
	}
	run, ok := eventSuites[suite]
	if !ok && strings.HasSuffix(suite, ".tsv") {
		// a user's own set, in the format of vigie's
		lang := *langFlag
		if lang == "" {
			lang, _, _ = strings.Cut(filepath.Base(suite), "-")
		}
		if lang != "fr" && lang != "en" {
			return usageErr("eval events %s: say the language of its sentences with --lang fr or --lang en", suite)
		}
		path := suite
		run, ok = func(context.Context, string) (event.Score, error) {
			an, err := annotate.New(annotate.Config{})
			if err != nil {
				return event.Score{}, err
			}
			return an.EvalSetFile(path, lang)
		}, true
	}
	if !ok {
		return usageErr("eval events: name a suite (%s) or an event set file FILE.tsv", strings.Join(names, ", "))
	}
	s, err := run(ctx, shared)
	if err != nil {
		return err
	}
	if *jsonFlag {
		return printJSON(env, s)
	}
	s.WriteText(env.Stdout)
	return nil
}

// evalSeed codes the seed article from its raw file, as `vigie code` does,
// and scores it against gold/seed.gold.json.
func evalSeed(ctx context.Context, shared string) (event.Score, error) {
	g, err := event.ReadSeedGold(filepath.Join(shared, "gold", "seed.gold.json"))
	if err != nil {
		return event.Score{}, err
	}
	now, err := time.Parse("2006-01-02", g.Document.Crawled)
	if err != nil {
		return event.Score{}, fmt.Errorf("eval events: seed gold crawled date: %w", err)
	}
	an, err := annotate.New(annotate.Config{})
	if err != nil {
		return event.Score{}, err
	}
	docs, err := readDocs(ctx, []string{filepath.Join(shared, g.Document.File)}, now)
	if err != nil {
		return event.Score{}, err
	}
	var evs []doc.Event
	for _, d := range docs {
		evs = append(evs, an.Events(d)...)
	}
	return event.ScoreSeed(g, evs), nil
}

// readDocs reads and extracts inputs as the commands do.
func readDocs(ctx context.Context, paths []string, now time.Time) ([]*doc.Document, error) {
	rd := ingest.New(ingest.Config{Now: now, MaxBytes: ingest.DefaultMaxBytes})
	ex := extract.New(extract.Config{})
	var docs []*doc.Document
	var first error
	pipeline.Extract(ctx, rd, ex, paths, pipeline.Config{Workers: 1}, func(r pipeline.Result) bool {
		if r.Err != nil {
			if first == nil {
				first = r.Err
			}
			return true
		}
		docs = append(docs, r.Doc)
		return true
	})
	if first != nil {
		return docs, first
	}
	return docs, ctx.Err()
}
