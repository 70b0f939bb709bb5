package cli

import (
	"context"
	"encoding/json"

	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/pipeline"
)

func runExtract(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "extract", "[flags] FILE|DIR|URL|-...", "Print each article found in the inputs as one JSON object a line:\nid, url, title, section, author, published, published_source, fetched, lang,\nlang_confidence, text and paragraphs (byte offsets into text).")
	var rf readerFlags
	rf.register(fs)
	pretty := fs.Bool("pretty", false, "indent the JSON")
	if err := docFlags(fs, args); err != nil {
		return err
	}
	enc := json.NewEncoder(env.Stdout)
	enc.SetEscapeHTML(false)
	if *pretty {
		enc.SetIndent("", "  ")
	}
	return forEachDoc(ctx, env, "extract", rf, fs.Args(), nil, func(d *doc.Document, _ *pipeline.Coded) error {
		return enc.Encode(d)
	})
}
