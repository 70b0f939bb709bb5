package cli

import (
	"context"
	"flag"
	"fmt"

	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/extract"
	"github.com/vigie-events/vigie/internal/ingest"
	"github.com/vigie-events/vigie/internal/pipeline"
)

// forEachDoc is the loop of the commands that print what vigie finds in
// articles (extract, entities, code): it reads the sources, extracts each
// article and, when code is set, runs it on the pipeline's workers; out is
// called in input order. Bad inputs are printed and counted, and the batch
// goes on; ErrFailed comes back, after a summary line, when any failed.
func forEachDoc(ctx context.Context, env *Env, name string, rf readerFlags, sources []string,
	code func(*doc.Document) *pipeline.Coded, out func(*doc.Document, *pipeline.Coded) error) error {
	cfg, err := rf.config(env)
	if err != nil {
		return err
	}
	rd := ingest.New(cfg)
	ex := extract.New(extract.Config{Fallback: rf.fallback})
	docs, failed := 0, 0
	var werr error
	pipeline.Extract(ctx, rd, ex, sources, pipeline.Config{Workers: rf.workers, Code: code}, func(r pipeline.Result) bool {
		if r.Err != nil {
			failed++
			printErr(env, r.Err)
			return true
		}
		docs++
		werr = out(r.Doc, r.Coded)
		return werr == nil
	})
	if werr != nil {
		return fmt.Errorf("writing output: %w", werr)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if failed > 0 {
		fmt.Fprintf(env.Stderr, "vigie %s: %s read, %s failed%s\n", name, plural(docs, "article", "articles"), plural(failed, "input", "inputs"), skippedSummary(&rd.Stats))
		return ErrFailed
	}
	return nil
}

// docFlags parses the flags of a forEachDoc command and checks that inputs
// were given.
func docFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageErr("no input given")
	}
	return nil
}
