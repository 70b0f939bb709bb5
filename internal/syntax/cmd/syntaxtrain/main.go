// Command syntaxtrain trains the tagger and parser models of internal/syntax
// from the shared treebanks, or evaluates the embedded ones. It stands in
// for `vigie train syntax` until the CLI is wired.
//
//	go run ./internal/syntax/cmd/syntaxtrain -shared ../shared -out models/syntax
//	go run ./internal/syntax/cmd/syntaxtrain -shared ../shared -eval
//	go run ./internal/syntax/cmd/syntaxtrain -analyze dev.conllu -model models/syntax/en.bin.gz
//
// -eval scores the embedded models on every test set, from gold tokens and
// from raw text through internal/segment. -analyze prints head and label
// accuracy per relation and UPOS on a file (use dev sets, not test sets).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/vigie-events/vigie/internal/conllu"
	"github.com/vigie-events/vigie/internal/segment"
	"github.com/vigie-events/vigie/internal/syntax"
)

func runAnalyze(modelFile, goldFile, pruneReport string) error {
	f, err := os.Open(modelFile)
	if err != nil {
		return err
	}
	defer f.Close()
	m, err := syntax.Decode(f)
	if err != nil {
		return err
	}
	gold, err := conllu.ReadFile(goldFile)
	if err != nil {
		return err
	}
	if pruneReport != "" {
		var ths []float32
		for _, f := range strings.Split(pruneReport, ",") {
			v, err := strconv.ParseFloat(f, 32)
			if err != nil {
				return err
			}
			ths = append(ths, float32(v))
		}
		syntax.PruneReport(m, gold, ths, os.Stdout)
		return nil
	}
	syntax.Analyze(m, gold, os.Stdout)
	return nil
}

// segmenter adapts internal/segment to syntax.Segmenter.
func segmenter(text, lang string) [][]syntax.SegToken {
	var out [][]syntax.SegToken
	for _, s := range segment.Segment(text, lang) {
		toks := make([]syntax.SegToken, 0, len(s.Tokens))
		for _, t := range s.Tokens {
			st := syntax.SegToken{Text: t.Text}
			for _, w := range t.Words {
				st.Words = append(st.Words, w.Form)
			}
			toks = append(toks, st)
		}
		out = append(out, toks)
	}
	return out
}

func main() {
	shared := flag.String("shared", "../shared", "shared data folder")
	out := flag.String("out", "models/syntax", "output folder for <lang>.bin.gz")
	langs := flag.String("langs", "fr,en", "languages to train")
	eval := flag.Bool("eval", false, "evaluate the embedded models on the test sets instead of training")
	tagEp := flag.Int("tagger-epochs", 0, "tagger epochs (0: default)")
	parseEp := flag.Int("parser-epochs", 0, "parser epochs (0: default)")
	folds := flag.Int("folds", 0, "jackknife folds (0: default, 1: gold tags)")
	pbits := flag.Uint("parser-bits", 0, "log2 rows of the transition table (0: default)")
	lbits := flag.Uint("label-bits", 0, "log2 rows of the label table (0: default)")
	exploreFrom := flag.Int("explore-from", 0, "first parser epoch (0-based) that explores its own errors (0: default 1)")
	exploreProb := flag.Float64("explore-prob", 0, "probability of following the model when exploring (0: default 0.9)")
	tbits := flag.Uint("tagger-bits", 0, "log2 rows of the tagger table (0: default)")
	analyze := flag.String("analyze", "", "with -model: print head and label accuracy per relation and UPOS on this CoNLL-U file")
	model := flag.String("model", "", "model file for -analyze")
	prune := flag.String("prune-report", "", "with -analyze: comma-separated parser prune thresholds to score instead")
	onePass := flag.Bool("one-pass", false, "tag in one pass only")
	factorized := flag.Bool("factorized", false, "a 3-class transition table plus a label table (faster, less accurate)")
	holdOut := flag.Int("holdout", 0, "experiments: hold out every n-th training sentence from -holdout-from on")
	holdFrom := flag.Int("holdout-from", 0, "experiments: first training sentence that may be held out or repeated")
	repeat := flag.Int("repeat", 0, "experiments: repeat training sentences from -holdout-from on")
	seed := flag.Uint64("seed", 0, "shuffling and exploration seed (0: default 1)")
	models := flag.Int("models", 0, "models trained with seeds seed, seed+1, ... and averaged (0: default 5; 1: one model)")
	average := flag.String("average", "", "comma-separated model files of one language (different seeds) to average into -average-out, then score")
	averageOut := flag.String("average-out", "", "with -average: the averaged model file")
	averagePrune := flag.Float64("average-prune", 0.5, "with -average: drop parser weights whose mean is under this")
	wordnet := flag.String("wordnet", "", "WordNet database folder for the English lexicon (default "+syntax.DefaultWordNetDir+"; none: no lexicon)")
	flag.Parse()
	if *average != "" {
		if err := runAverage(*shared, strings.Split(*average, ","), *averageOut, float32(*averagePrune)); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	if *analyze != "" {
		if err := runAnalyze(*model, *analyze, *prune); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	if *eval {
		reps, err := syntax.EvaluateAll(*shared, segmenter, 0)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Printf("%-12s %-5s %7s %7s %7s %7s %7s %7s %7s %7s\n", "treebank", "input", "Tokens", "Sents", "Words", "UPOS", "UFeats", "Lemma", "UAS", "LAS")
		for _, r := range reps {
			for _, row := range []struct {
				name string
				s    *syntax.Scores
			}{{"gold", &r.Gold}, {"raw", r.Raw}} {
				if g := row.s; g != nil {
					fmt.Printf("%-12s %-5s %7.2f %7.2f %7.2f %7.2f %7.2f %7.2f %7.2f %7.2f\n", r.Treebank, row.name,
						g.Tokens, g.Sentences, g.Words, g.UPOS, g.UFeats, g.Lemma, g.UAS, g.LAS)
				}
			}
		}
		return
	}
	cfg := syntax.TrainConfig{SharedDir: *shared, OutDir: *out, Langs: strings.Split(*langs, ","),
		TaggerEpochs: *tagEp, ParserEpochs: *parseEp, Folds: *folds, Log: os.Stderr,
		ParserBits: *pbits, LabelBits: *lbits, TaggerBits: *tbits, ExploreFrom: *exploreFrom, ExploreProb: *exploreProb, Factorized: *factorized, OnePass: *onePass,
		HoldOut: *holdOut, HoldOutFrom: *holdFrom, Repeat: *repeat, Seed: *seed, Models: *models, WordNet: *wordnet}
	if err := syntax.Train(cfg); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// runAverage averages the models of files, writes the result to out (when
// set) and prints its dev and test scores.
func runAverage(shared string, files []string, out string, prune float32) error {
	var ms []*syntax.Model
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return err
		}
		m, err := syntax.Decode(fh)
		fh.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		ms = append(ms, m)
	}
	m, err := syntax.Average(ms, prune)
	if err != nil {
		return err
	}
	if out != "" {
		var buf bytes.Buffer
		if err := m.Encode(&buf); err != nil {
			return err
		}
		if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
			return err
		}
		fmt.Printf("%s: %d bytes\n", out, buf.Len())
	}
	for _, tb := range syntax.Treebanks[m.Lang][:1] {
		for _, d := range tb.Dev {
			rep, err := syntax.Evaluate(m, filepath.Join(shared, d), nil)
			if err != nil {
				return err
			}
			fmt.Printf("dev %s: UPOS %.2f LAS %.2f\n", d, rep.Gold.UPOS, rep.Gold.LAS)
		}
	}
	reps, err := syntax.EvaluateModel(m, shared, segmenter)
	if err != nil {
		return err
	}
	for _, r := range reps {
		fmt.Printf("test %-12s gold UPOS %.2f LAS %.2f raw UPOS %.2f LAS %.2f\n", r.Treebank, r.Gold.UPOS, r.Gold.LAS, r.Raw.UPOS, r.Raw.LAS)
	}
	return nil
}
