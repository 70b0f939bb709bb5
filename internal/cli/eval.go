package cli

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/vigie-events/vigie/internal/entity"
)

// evaluators score vigie's models on the shared gold data and print
// precision, recall and F1 with the misses.
var evaluators = map[string]func(ctx context.Context, env *Env, o evalOpts, args []string) error{
	"events": evalEvents,
	"syntax": evalSyntax,
	"ner": func(_ context.Context, env *Env, o evalOpts, _ []string) error {
		r, err := entity.Evaluate(o.shared, o.misses)
		if err != nil {
			return err
		}
		if o.json {
			return printJSON(env, r)
		}
		r.WriteText(env.Stdout)
		return nil
	},
}

func runEval(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "eval", "syntax|ner|events [flags]", "Score a model on the gold data in the shared folder: precision, recall and F1,\nwith the misses listed so a reader can see why.")
	shared := fs.String("shared", "../shared", "the shared data folder")
	asJSON := fs.Bool("json", false, "print one JSON object")
	beam := fs.Int("beam", 0, "syntax: parse with a beam of this width (0: each language's default, 1: greedy)")
	misses := fs.Int("misses", entity.DefaultMisses, "ner: how many errors of each data set to list")
	if len(args) == 0 {
		fs.Usage()
		return usageErr("name what to evaluate")
	}
	name, rest := args[0], args[1:]
	ev, ok := evaluators[name]
	if !ok {
		fs.Usage()
		return usageErr("unknown evaluation %q", name)
	}
	if err := fs.Parse(rest); err != nil {
		return err
	}
	return ev(ctx, env, evalOpts{shared: *shared, json: *asJSON, beam: *beam, misses: *misses}, fs.Args())
}

// evalOpts are the flags that vigie eval shares between its evaluations.
type evalOpts struct {
	shared string
	json   bool
	beam   int
	misses int
}

func printJSON(env *Env, v any) error {
	enc := json.NewEncoder(env.Stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("writing JSON: %w", err)
	}
	return nil
}
