package segment

import (
	"flag"
	"fmt"
	"maps"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/vigie-events/vigie/internal/conllu"
	"github.com/vigie-events/vigie/internal/testshared"
)

var (
	trainTuneFlag = flag.Bool("trainboundary", false, "train the boundary models in tests: cross-validate them on the train and dev files, check the embedded ones are current")
	foldsFlag     = flag.Int("folds", 4, "folds of the cross-validation")
)

// TestBoundaryTune cross-validates the boundary models on their training
// files, to choose features and settings without looking at a test file:
//
//	go test ./internal/segment -run TestBoundaryTune -v -trainboundary
func TestBoundaryTune(t *testing.T) {
	if !*trainTuneFlag {
		t.Skip("needs -trainboundary")
	}
	epochs := boundaryEpochs
	if v := os.Getenv("SEGEPOCHS"); v != "" {
		epochs, _ = strconv.Atoi(v)
	}
	langs := []string{"fr", "en"}
	if v := os.Getenv("SEGLANG"); v != "" {
		langs = []string{v}
	}
	for _, lang := range langs {
		files := boundaryTrain[lang]
		type sums struct{ c, s, g [2]int }
		tot := make([]sums, len(files))
		K := *foldsFlag
		for k := range K {
			var paths []string
			for _, f := range files {
				paths = append(paths, fmt.Sprintf("%s#-%d/%d", testshared.Path(t, f), k, K))
			}
			data, stats, err := trainBoundaryFiles(paths, lang, epochs)
			if err != nil {
				t.Fatal(err)
			}
			if k == 0 {
				t.Logf("%s: %s", lang, stats)
			}
			m, err := decodeModel(data)
			if err != nil {
				t.Fatal(err)
			}
			r := rulesFor(lang)
			for fi, f := range files {
				gold, err := readGold(fmt.Sprintf("%s#%d/%d", testshared.Path(t, f), k, K))
				if err != nil {
					t.Fatal(err)
				}
				text := rawText(gold)
				for mi, mm := range []*boundaryModel{nil, m} {
					_, sents := segmentWith(text, r, mm)
					res, err := conllu.Evaluate(gold, toCoNLLU(sents))
					if err != nil {
						t.Fatal(err)
					}
					tot[fi].c[mi] += res.Sentences.Correct
					tot[fi].s[mi] += res.Sentences.System
					tot[fi].g[mi] += res.Sentences.Gold
					if mm != nil && *errorsFlag > 0 {
						logErrors(t, text, gold, sents, *errorsFlag)
					}
				}
			}
		}
		var table strings.Builder
		for fi, f := range files {
			x := tot[fi]
			f1 := func(i int) float64 { return 200 * float64(x.c[i]) / float64(x.s[i]+x.g[i]) }
			fmt.Fprintf(&table, "%-32s rules %6.2f  model %6.2f  (gold %d)\n", f[strings.LastIndexByte(f, '/')+1:], f1(0), f1(1), x.g[0])
		}
		t.Log("\n" + table.String())
	}
}

// TestBoundaryModels checks that the embedded boundary models load.
func TestBoundaryModels(t *testing.T) {
	for _, lang := range []string{"fr", "en"} {
		m := rulesFor(lang).model()
		if m == nil || len(m.w) == 0 {
			t.Fatalf("%s: no boundary model", lang)
		}
	}
	if rulesFor("de").model() != nil {
		t.Fatal("generic rules have a boundary model")
	}
}

// TestBoundaryModelsCurrent retrains the boundary models and checks that
// the embedded ones hold the same weights: that training is deterministic
// and that the models are up to date with the features. Training stays
// out of the default test run (vigie trains with 'vigie train'):
//
//	go test ./internal/segment -run TestBoundaryModelsCurrent -trainboundary
func TestBoundaryModelsCurrent(t *testing.T) {
	if !*trainTuneFlag {
		t.Skip("retrains the models: needs -trainboundary")
	}
	for _, lang := range []string{"fr", "en"} {
		for _, f := range boundaryTrain[lang] {
			testshared.Path(t, f) // skips without the shared data
		}
		data, _, err := TrainBoundaries(testshared.Dir(), lang)
		if err != nil {
			t.Fatal(err)
		}
		m, err := decodeModel(data)
		if err != nil {
			t.Fatal(err)
		}
		emb := rulesFor(lang).model()
		if emb == nil || !maps.Equal(m.w, emb.w) || !maps.Equal(m.starter, emb.starter) {
			t.Errorf("%s: the embedded boundary model differs from a retrained one: run 'vigie train segment'", lang)
		}
	}
}
