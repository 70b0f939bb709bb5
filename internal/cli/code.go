package cli

import (
	"context"
	"encoding/json"

	"github.com/vigie-events/vigie/internal/annotate"
	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/pipeline"
)

func runCode(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "code", "[flags] FILE|DIR|URL|-...", "Code the events of each article and print them as JSON Lines, one event a line:\nid, doc, lang, date, source, target, cameo, plover, modality, place, sentence,\nevidence (byte offsets into the article text), mentions, confidence, rule.")
	var rf readerFlags
	rf.register(fs)
	if err := docFlags(fs, args); err != nil {
		return err
	}
	an, err := annotate.New(annotate.Config{})
	if err != nil {
		return err
	}
	enc := json.NewEncoder(env.Stdout)
	enc.SetEscapeHTML(false)
	code := func(d *doc.Document) *pipeline.Coded { return &pipeline.Coded{Events: an.Events(d)} }
	return forEachDoc(ctx, env, "code", rf, fs.Args(), code, func(_ *doc.Document, c *pipeline.Coded) error {
		for _, e := range c.Events {
			if err := enc.Encode(e); err != nil {
				return err
			}
		}
		return nil
	})
}
