package cli

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/vigie-events/vigie/internal/annotate"
	"github.com/vigie-events/vigie/internal/extract"
	"github.com/vigie-events/vigie/internal/ingest"
	"github.com/vigie-events/vigie/internal/pipeline"
)

func runCode(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "code", "[flags] FILE|DIR|URL|-...", "Code the events of each article and print them as JSON Lines, one event a line:\nid, doc, lang, date, source, target, cameo, plover, modality, place, sentence,\nevidence (byte offsets into the article text), mentions, confidence, rule.")
	var rf readerFlags
	rf.register(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageErr("no input given")
	}
	cfg, err := rf.config(env)
	if err != nil {
		return err
	}
	an, err := annotate.New(annotate.Config{})
	if err != nil {
		return err
	}
	rd := ingest.New(cfg)
	ex := extract.New(extract.Config{Fallback: rf.fallback})
	enc := json.NewEncoder(env.Stdout)
	enc.SetEscapeHTML(false)
	failed, docs, events := 0, 0, 0
	var werr error
	pipeline.Extract(ctx, rd, ex, fs.Args(), pipeline.Config{Workers: rf.workers}, func(r pipeline.Result) bool {
		if r.Err != nil {
			failed++
			printErr(env, r.Err)
			return true
		}
		docs++
		for _, e := range an.Events(r.Doc) {
			events++
			if werr = enc.Encode(e); werr != nil {
				return false
			}
		}
		return true
	})
	if werr != nil {
		return fmt.Errorf("writing output: %w", werr)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if failed > 0 {
		fmt.Fprintf(env.Stderr, "vigie code: %s, %s, %s failed%s\n", plural(docs, "article", "articles"), plural(events, "event", "events"), plural(failed, "input", "inputs"), skippedSummary(&rd.Stats))
		return ErrFailed
	}
	return nil
}
