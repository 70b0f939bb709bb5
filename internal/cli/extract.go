package cli

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/vigie-events/vigie/internal/extract"
	"github.com/vigie-events/vigie/internal/ingest"
	"github.com/vigie-events/vigie/internal/pipeline"
)

func runExtract(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "extract", "[flags] FILE|DIR|URL|-...", "Print each article found in the inputs as one JSON object a line:\nid, url, title, section, author, published, published_source, fetched, lang,\nlang_confidence, text and paragraphs (byte offsets into text).")
	var rf readerFlags
	rf.register(fs)
	pretty := fs.Bool("pretty", false, "indent the JSON")
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
	rd := ingest.New(cfg)
	ex := extract.New(extract.Config{Fallback: rf.fallback})
	enc := json.NewEncoder(env.Stdout)
	enc.SetEscapeHTML(false)
	if *pretty {
		enc.SetIndent("", "  ")
	}
	failed, ok := 0, 0
	var werr error
	pipeline.Extract(ctx, rd, ex, fs.Args(), pipeline.Config{Workers: rf.workers}, func(r pipeline.Result) bool {
		if r.Err != nil {
			failed++
			printErr(env, r.Err)
			return true
		}
		ok++
		if werr = enc.Encode(r.Doc); werr != nil {
			return false
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
		fmt.Fprintf(env.Stderr, "vigie extract: %s extracted, %s failed%s\n", plural(ok, "article", "articles"), plural(failed, "input", "inputs"), skippedSummary(&rd.Stats))
		return ErrFailed
	}
	return nil
}
