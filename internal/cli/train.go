package cli

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/vigie-events/vigie/internal/entity"
	"github.com/vigie-events/vigie/internal/geo"
	"github.com/vigie-events/vigie/internal/lang"
)

// trainers rebuild the models vigie embeds from ../shared. Each writes
// into the source tree, to be reviewed and committed.
var trainers = map[string]func(ctx context.Context, env *Env, shared, root string) error{
	"syntax":  trainSyntax,
	"segment": trainSegment,
	"lang": func(_ context.Context, env *Env, shared, root string) error {
		msg, err := lang.Train(shared, filepath.Join(root, "internal", "lang", "fren.gz"))
		if err == nil {
			fmt.Fprintln(env.Stdout, msg)
		}
		return err
	},
	"ner": func(_ context.Context, env *Env, shared, root string) error {
		out := filepath.Join(root, "internal", "entity", "data")
		if err := entity.Train(shared, out, entity.TrainConfig{Re3dFolders: entity.DefaultRe3dTrain, Log: env.Stderr}); err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "%s: trained; check it with 'vigie eval ner'\n", filepath.Join(out, "model.gz"))
		return nil
	},
	"gazetteer": func(_ context.Context, env *Env, shared, root string) error {
		var buf bytes.Buffer
		if err := geo.Compile(shared, &buf); err != nil {
			return err
		}
		if _, err := geo.Load(bytes.NewReader(buf.Bytes())); err != nil {
			return fmt.Errorf("compiled gazetteer does not load: %w", err)
		}
		out := filepath.Join(root, "internal", "geo", "data", "gazetteer.bin.gz")
		if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "%s: %d bytes\n", out, buf.Len())
		buf.Reset()
		if err := geo.CompileFIPS(shared, &buf); err != nil {
			return err
		}
		out = filepath.Join(root, "internal", "geo", "data", "fips.tsv")
		if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "%s: %d bytes\n", out, buf.Len())
		return nil
	},
}

func runTrain(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "train", "[flags] MODEL...", "Rebuild embedded models from the shared data, reproducibly, into the source\ntree (run from the repository root). Models: lang, gazetteer, ner, segment, syntax\n(five tagger-parsers per language, seeds 1-5, averaged: about 20 minutes on\ntwo cores; the English one reads WordNet from /usr/share/wordnet, Debian's\nwordnet-base).")
	shared := fs.String("shared", "../shared", "the shared data folder")
	root := fs.String("root", ".", "the repository root")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageErr("name a model to train")
	}
	for _, name := range fs.Args() {
		tr, ok := trainers[name]
		if !ok {
			return usageErr("unknown model %q", name)
		}
		if err := tr(ctx, env, *shared, *root); err != nil {
			return fmt.Errorf("training %s: %w", name, err)
		}
	}
	return nil
}
