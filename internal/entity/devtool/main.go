// Command devtool scores NER training settings by cross-validation on
// UNER English-EWT dev, for model selection (see ../EXPERIMENTS.md): dev
// documents are split in -folds folds; for each fold an English model
// (teacher and student) trains without it and is scored on it, exact
// spans, with the web-domain weights. It never reads UNER test.
//
//	GOMAXPROCS=1 go run ./internal/entity/devtool -shared ../shared
//
// With -eval it trains on all of UNER dev instead (both languages) and
// prints Evaluate's report (UNER test, re3d, europeana-fr, seed) for a
// model that is not written into the tree.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/vigie-events/vigie/internal/entity"
)

func main() {
	shared := flag.String("shared", "../shared", "shared data folder")
	folds := flag.Int("folds", 3, "number of folds")
	only := flag.Int("fold", -1, "run this fold only (-1: all)")
	noSilver := flag.Bool("nosilver", false, "no silver EWT-train sentences")
	epochs := flag.Int("epochs", 0, "perceptron epochs (0: default)")
	models := flag.Int("models", 0, "taggers trained with different seeds and averaged (0: default)")
	eval := flag.Bool("eval", false, "train on all of UNER dev (both languages) and print Evaluate's report instead (reads UNER test: once, at the end)")
	verbose := flag.Bool("v", false, "training log on stderr")
	missFile := flag.String("misses", "", "write every held-out sentence the models got wrong to this file")
	flag.Parse()

	f, err := os.Open(filepath.Join(*shared, "data/ner/uner-en-ewt/en_ewt-ud-dev.iob2"))
	if err != nil {
		log.Fatal(err)
	}
	dev, err := entity.ReadIOB2(f)
	f.Close()
	if err != nil {
		log.Fatal(err)
	}
	tmp, err := os.MkdirTemp("", "nerdev")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(tmp)
	// train trains a model into tmp with cfg and reads it back.
	train := func(cfg entity.TrainConfig) *entity.Model {
		if *verbose {
			cfg.Log = os.Stderr
		}
		if err := entity.Train(*shared, tmp, cfg); err != nil {
			log.Fatal(err)
		}
		mf, err := os.Open(filepath.Join(tmp, "model.gz"))
		if err != nil {
			log.Fatal(err)
		}
		defer mf.Close()
		m, err := entity.Read(mf)
		if err != nil {
			log.Fatal(err)
		}
		return m
	}
	if *eval {
		m := train(entity.TrainConfig{NoSilver: *noSilver, Epochs: *epochs, Models: *models})
		r, err := m.Evaluate(*shared, entity.DefaultRe3dTrain)
		if err != nil {
			log.Fatal(err)
		}
		r.WriteText(os.Stdout)
		return
	}
	type cnt struct{ c, s, g int }
	var allMisses []string
	total := cnt{}
	by := map[string]*cnt{}
	for k := 0; k < *folds; k++ {
		if *only >= 0 && k != *only {
			continue
		}
		m := train(entity.TrainConfig{HoldOut: *folds, HoldOutFold: k, Langs: []string{"en"},
			NoSilver: *noSilver, Epochs: *epochs, Models: *models})
		_, held := entity.HoldOut(dev, *folds, k)

		sc, miss := m.ScoreMisses("en", held, true)

		allMisses = append(allMisses, miss...)
		fmt.Printf("fold %d: P %.3f R %.3f F1 %.3f (%d sentences)\n", k, sc.P, sc.R, sc.F1, len(held))
		total.c += sc.Correct
		total.s += sc.System
		total.g += sc.Gold
		for t, s := range sc.Types {
			if by[t] == nil {
				by[t] = &cnt{}
			}
			by[t].c += s.Correct
			by[t].s += s.System
			by[t].g += s.Gold
		}
	}
	pr := func(name string, c cnt) {
		p, r := float64(c.c)/float64(max(c.s, 1)), float64(c.c)/float64(max(c.g, 1))
		f1 := 0.0
		if p+r > 0 {
			f1 = 2 * p * r / (p + r)
		}
		fmt.Printf("%-6s P %.3f R %.3f F1 %.3f (correct %d, system %d, gold %d)\n", name, p, r, f1, c.c, c.s, c.g)
	}
	if *missFile != "" {
		if err := os.WriteFile(*missFile, []byte(strings.Join(allMisses, "\n")+"\n"), 0o644); err != nil {
			log.Fatal(err)
		}
	}
	pr("dev CV", total)
	types := make([]string, 0, len(by))
	for t := range by {
		types = append(types, t)
	}
	slices.Sort(types)
	for _, t := range types {
		pr("  "+t, *by[t])
	}
}
