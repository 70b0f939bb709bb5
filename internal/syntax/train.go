package syntax

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/vigie-events/vigie/internal/conllu"
)

// TrainConfig says where the treebanks are and how to train.
type TrainConfig struct {
	SharedDir    string    // the shared data folder (holds data/ud and data/lexicon)
	OutDir       string    // where <lang>.bin.gz are written
	Langs        []string  // default fr and en
	TaggerEpochs int       // default 12; the best epoch on dev is kept
	MorphEpochs  int       // default 8
	ParserEpochs int       // default 15; the best epoch on dev is kept
	Folds        int       // jackknife folds for the parser's training tags; default 4, 1 = gold tags
	Seed         uint64    // shuffling and exploration; default 1
	Log          io.Writer // progress; nil discards
	TaggerBits   uint      // log2 of tagger table rows; default 20
	ParserBits   uint      // log2 of parser table rows; default 20 (22 when factorized)
	LabelBits    uint      // log2 of label table rows when factorized; default 19
	Prune        float32   // drop averaged tagger and morphology weights smaller than this; default 0.01
	ParserPrune  float32   // the same for the parser; default 1
	Factorized   bool      // a 3-class transition table plus a label table, instead of one class per (transition, label)
	OnePass      bool      // tag in one pass only
	ExploreFrom  int       // first parser epoch (0-based) that follows its own errors; default 1
	ExploreProb  float64   // probability of following the model's transition when exploring; default 0.9
	Models       int       // models trained with seeds Seed, Seed+1, ... and averaged (Average); default 5
	AveragePrune float32   // averaged parser weights under this are dropped; default per language (averagePrunes)
	Jobs         int       // models trained at once, about 2 GB of memory each; default min(GOMAXPROCS, 2)
	WordNet      string    // WordNet database folder for the English lexicon; default DefaultWordNetDir, "none" for no lexicon

	// Experiments only: hold out every HoldOut-th training sentence from
	// index HoldOutFrom on (French: GSD dev) and report scores on it;
	// repeat the training sentences from HoldOutFrom on Repeat times.
	HoldOut, HoldOutFrom, Repeat int
	heldOut                      []*conllu.Sentence
}

// Treebank is a named CoNLL-U file set of the shared folder.
type Treebank struct {
	Name  string   // e.g. fr-sequoia
	Train []string // relative to SharedDir
	// Repeat gives how many times each training file is used (default once):
	// French uses GSD dev twice, for more weight on the GSD (news) domain.
	Repeat []int
	Dev    []string
	Test   string
}

// Treebanks lists the treebanks of each language: the first of a language
// gives the training and development data.
var Treebanks = map[string][]Treebank{
	"fr": {
		{Name: "fr-sequoia", Train: []string{"data/ud/fr-sequoia/fr_sequoia-ud-train.conllu", "data/ud/fr-gsd/fr_gsd-ud-dev.conllu"},
			Repeat: []int{1, 2},
			Dev:    []string{"data/ud/fr-sequoia/fr_sequoia-ud-dev.conllu"}, Test: "data/ud/fr-sequoia/fr_sequoia-ud-test.conllu"},
		{Name: "fr-gsd", Test: "data/ud/fr-gsd/fr_gsd-ud-test.conllu"},
		{Name: "fr-pud", Test: "data/ud/fr-pud/fr_pud-ud-test.conllu"},
	},
	"en": {
		{Name: "en-ewt", Train: []string{"data/ud/en-ewt/en_ewt-ud-train.conllu"},
			Dev: []string{"data/ud/en-ewt/en_ewt-ud-dev.conllu"}, Test: "data/ud/en-ewt/en_ewt-ud-test.conllu"},
		{Name: "en-pud", Test: "data/ud/en-pud/en_pud-ud-test.conllu"},
	},
}

// averagePrunes are the default AveragePrune of each language, chosen on
// dev (EXPERIMENTS.md E18, E22): the English model with the WordNet
// features has more weights, and dropping those under 1 costs no dev LAS
// and keeps it at the speed of the model before.
var averagePrunes = map[string]float32{"fr": 0.5, "en": 1}

const lefffPath = "data/lexicon/lefff/lefff-3.4.mlex"

func (c *TrainConfig) defaults() {
	if len(c.Langs) == 0 {
		c.Langs = []string{"fr", "en"}
	}
	def := func(v *int, d int) {
		if *v == 0 {
			*v = d
		}
	}
	def(&c.TaggerEpochs, 12)
	def(&c.MorphEpochs, 8)
	def(&c.ParserEpochs, 15)
	def(&c.Folds, 4)
	if c.Seed == 0 {
		c.Seed = 1
	}
	if c.TaggerBits == 0 {
		c.TaggerBits = 20
	}
	if c.ParserBits == 0 {
		c.ParserBits = 20
		if c.Factorized {
			c.ParserBits = 22
		}
	}
	if c.LabelBits == 0 {
		c.LabelBits = 19
	}
	if c.Prune == 0 {
		c.Prune = 0.01
	}
	if c.ExploreFrom == 0 {
		c.ExploreFrom = 1
	}
	if c.ExploreProb == 0 {
		c.ExploreProb = 0.9
	}
	if c.ParserPrune == 0 {
		c.ParserPrune = 1
	}
	if c.Models == 0 {
		c.Models = 5
	}
	if c.Log == nil {
		c.Log = io.Discard
	}
	if c.WordNet == "" {
		c.WordNet = DefaultWordNetDir
	}
}

func (c *TrainConfig) logf(format string, args ...any) {
	fmt.Fprintf(c.Log, "%s "+format+"\n", append([]any{time.Now().Format("15:04:05")}, args...)...)
}

// Train trains the model of each language and writes <lang>.bin.gz.
func Train(cfg TrainConfig) error {
	cfg.defaults()
	if err := os.MkdirAll(cfg.OutDir, 0o755); err != nil {
		return fmt.Errorf("syntax: %w", err)
	}
	for _, lang := range cfg.Langs {
		m, err := trainAveraged(cfg, lang)
		if err != nil {
			return err
		}
		path := filepath.Join(cfg.OutDir, lang+".bin.gz")
		f, err := os.Create(path)
		if err != nil {
			return fmt.Errorf("syntax: %w", err)
		}
		if err := m.Encode(f); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return fmt.Errorf("syntax: %w", err)
		}
		st, _ := os.Stat(path)
		cfg.logf("%s: wrote %s (%d bytes)", lang, path, st.Size())
	}
	return nil
}

// trainAveraged trains cfg.Models models of lang with the seeds Seed,
// Seed+1, ..., cfg.Jobs at a time, and averages their weights (Average).
// The result does not depend on Jobs. One model is returned as trained.
func trainAveraged(cfg TrainConfig, lang string) (*Model, error) {
	if cfg.Models <= 1 {
		return TrainLang(cfg, lang)
	}
	ms := make([]*Model, cfg.Models)
	errs := make([]error, cfg.Models)
	jobs := cfg.Jobs
	if jobs <= 0 {
		jobs = min(runtime.GOMAXPROCS(0), 2)
	}
	sem := make(chan struct{}, jobs)
	var wg sync.WaitGroup
	for i := range ms {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			c := cfg
			c.Seed = cfg.Seed + uint64(i)
			ms[i], errs[i] = TrainLang(c, lang)
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	prune := cfg.AveragePrune
	if prune == 0 {
		prune = averagePrunes[lang]
	}
	m, err := Average(ms, prune)
	if err != nil {
		return nil, err
	}
	if cfg.HoldOut > 1 {
		if _, _, extra, err := trainingData(cfg, Treebanks[lang][0]); err == nil && len(extra) > 0 {
			if r, err := evalGoldTokens(m, extra); err == nil {
				cfg.logf("%s: averaged model: held-out UPOS %.2f LAS %.2f", lang, 100*r.UPOS.F1(), 100*r.LAS.F1())
			}
		}
	}
	cfg.logf("%s: averaged %d models (seeds %d-%d), parser weights under %.2g dropped", lang, len(ms), cfg.Seed, cfg.Seed+uint64(len(ms))-1, prune)
	return m, nil
}

// trainingData reads the training and dev sentences of tb and, for
// experiments (cfg.HoldOut), the held-out part of the training data.
func trainingData(cfg TrainConfig, tb Treebank) (train, dev, extra []*conllu.Sentence, err error) {
	for i, f := range tb.Train {
		ss, err := readAll(cfg.SharedDir, []string{f})
		if err != nil {
			return nil, nil, nil, err
		}
		rep := 1
		if i < len(tb.Repeat) && cfg.Repeat == 0 && cfg.HoldOut <= 1 {
			rep = tb.Repeat[i]
		}
		for range max(rep, 1) {
			train = append(train, ss...)
		}
	}
	dev, err = readAll(cfg.SharedDir, tb.Dev)
	if err != nil {
		return nil, nil, nil, err
	}
	if cfg.HoldOut > 1 {
		var keep []*conllu.Sentence
		for i, s := range train {
			if i%cfg.HoldOut == cfg.HoldOut-1 && i >= cfg.HoldOutFrom {
				extra = append(extra, s)
			} else {
				keep = append(keep, s)
			}
		}
		train = keep
	}
	if cfg.Repeat > 1 && cfg.HoldOutFrom > 0 {
		// weight the later training files (GSD for French) by repeating them
		n := len(train)
		for r := 1; r < cfg.Repeat; r++ {
			for i := 0; i < n; i++ {
				if i >= cfg.HoldOutFrom {
					train = append(train, train[i])
				}
			}
		}
	}
	return train, dev, extra, nil
}

func readAll(dir string, files []string) ([]*conllu.Sentence, error) {
	var out []*conllu.Sentence
	for _, f := range files {
		ss, err := conllu.ReadFile(filepath.Join(dir, f))
		if err != nil {
			return nil, fmt.Errorf("syntax: %w", err)
		}
		out = append(out, ss...)
	}
	return out, nil
}

func wordsOf(s *conllu.Sentence) []string {
	w := make([]string, len(s.Words))
	for i, x := range s.Words {
		w[i] = x.Form
	}
	return w
}

// TrainLang trains one language's model in memory.
func TrainLang(cfg TrainConfig, lang string) (*Model, error) {
	cfg.defaults()
	tbs := Treebanks[lang]
	if len(tbs) == 0 {
		return nil, fmt.Errorf("syntax: no treebank for language %q", lang)
	}
	train, dev, extra, err := trainingData(cfg, tbs[0])
	if err != nil {
		return nil, err
	}
	cfg.logf("%s: %d training sentences, %d dev sentences, %d held out", lang, len(train), len(dev), len(extra))
	cfg.heldOut = extra
	m := &Model{Lang: lang}
	if lang == "fr" {
		if m.lex, err = readLefff(filepath.Join(cfg.SharedDir, lefffPath)); err != nil {
			return nil, err
		}
		cfg.logf("%s: lexicon of %d forms", lang, m.lex.size())
	}
	if lang == "en" && cfg.WordNet != "none" {
		if m.lex, err = readWordNet(cfg.WordNet); err != nil {
			return nil, fmt.Errorf("%w (install Debian's wordnet-base, or set the WordNet folder)", err)
		}
		cfg.logf("%s: WordNet lexicon of %d forms", lang, m.lex.size())
	}
	m.tagDict = buildTagDict(train)

	// Tagger.
	tagTab, best := trainTagger(&cfg, m, train, dev, nil, cfg.TaggerEpochs, true)
	m.tagger = tagTab

	// Second tagging pass, trained on jackknifed first-pass tags.
	folds := max(cfg.Folds, 1)
	pass1 := make([][]int, len(train))
	foldTaggers := make([]*table, folds)
	var best2 int
	if !cfg.OnePass && folds > 1 {
		for k := 0; k < folds; k++ {
			in, out, outIdx := split(train, folds, k)
			fm := m.clone()
			fm.tagger, _ = trainTagger(&cfg, fm, in, nil, nil, best, false)
			foldTaggers[k] = fm.tagger.(*table)
			b := &annotBuf{}
			for j, s := range out {
				toks := fm.run(b, wordsOf(s), false, false)
				tags := make([]int, len(toks))
				for i := range toks {
					tags[i] = toks[i].upos
				}
				pass1[outIdx[j]] = tags
			}
		}
		cfg.logf("%s: first-pass tags jackknifed", lang)
		m.tagger2, best2 = trainTagger(&cfg, m, train, dev, pass1, cfg.TaggerEpochs, true)
	}

	// Morphology and lemmas.
	var morphEpochs int
	m.morph, m.morphW, morphEpochs = trainMorph(&cfg, m, train, dev, cfg.MorphEpochs, true)
	lc := newLemmaCounts()
	for _, s := range train {
		for _, w := range s.Words {
			lc.add(w.Form, w.UPOS, w.Lemma)
		}
	}
	m.lemmas = lc.build()

	// Jackknifed tags and features for the parser's training data.
	predTags := make([][]int, len(train))
	predFine := make([][]uint64, len(train))
	for k := 0; k < folds; k++ {
		in, out, outIdx := split(train, folds, k)
		fm := m.clone()
		if folds > 1 {
			if m.tagger2 != nil {
				fm.tagger = foldTaggers[k]
				var inPass1 [][]int
				for i := range train {
					if i%folds != k {
						inPass1 = append(inPass1, pass1[i])
					}
				}
				fm.tagger2, _ = trainTagger(&cfg, fm, in, nil, inPass1, best2, false)
			} else {
				fm.tagger, _ = trainTagger(&cfg, fm, in, nil, nil, best, false)
			}
			_, fm.morphW, _ = trainMorph(&cfg, fm, in, nil, morphEpochs, false)
		}
		b := &annotBuf{}
		for j, s := range out {
			toks := fm.run(b, wordsOf(s), true, false)
			tags := make([]int, len(toks))
			fine := make([]uint64, len(toks))
			for i := range toks {
				tags[i], fine[i] = toks[i].upos, toks[i].fine
			}
			predTags[outIdx[j]], predFine[outIdx[j]] = tags, fine
		}
		cfg.logf("%s: jackknife fold %d/%d done", lang, k+1, folds)
	}

	// Parser.
	if err := trainParser(&cfg, m, train, predTags, predFine, dev); err != nil {
		return nil, err
	}
	return m, nil
}

// buildTagDict maps frequent lowercase forms to the set of UPOS they take
// at least 5% of the time.
// split returns the sentences outside and inside fold k of n, and the
// indexes of those inside. With n <= 1 all sentences are in both.
func split(train []*conllu.Sentence, n, k int) (in, out []*conllu.Sentence, outIdx []int) {
	for i, s := range train {
		if n <= 1 || i%n != k {
			in = append(in, s)
		}
		if n <= 1 || i%n == k {
			out = append(out, s)
			outIdx = append(outIdx, i)
		}
	}
	return in, out, outIdx
}

func buildTagDict(train []*conllu.Sentence) map[string]uint32 {
	counts := map[string]map[int]int{}
	for _, s := range train {
		for _, w := range s.Words {
			l := strings.ToLower(w.Form)
			if counts[l] == nil {
				counts[l] = map[int]int{}
			}
			counts[l][uposIndex[w.UPOS]]++
		}
	}
	out := map[string]uint32{}
	for w, c := range counts {
		total := 0
		for _, n := range c {
			total += n
		}
		if total < 5 {
			continue
		}
		var mask uint32
		for t, n := range c {
			if n*20 >= total {
				mask |= 1 << t
			}
		}
		out[w] = mask
	}
	return out
}

func shuffled(n int, seed, epoch uint64) []int {
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	r := rand.New(rand.NewPCG(seed, epoch))
	r.Shuffle(n, func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
	return idx
}

// trainTagger trains for up to epochs and returns the compact table of the
// best dev epoch (or of the last epoch without dev), and that epoch count.
//
// With first-pass tags (pass1, aligned with train) it trains the second
// pass; m.tagger must then be the first pass for dev.
func trainTagger(cfg *TrainConfig, m *Model, train, dev []*conllu.Sentence, pass1 [][]int, epochs int, log bool) (*table, int) {
	tt := newTrainTable(cfg.TaggerBits, len(uposTags))
	var now float32 = 1
	var best *table
	bestAcc, bestEpoch := -1.0, epochs
	var toks []token
	var fs []uint64
	scores := make([]float32, len(uposTags))
	for ep := 0; ep < epochs; ep++ {
		correct, total := 0, 0
		for _, si := range shuffled(len(train), cfg.Seed, uint64(ep)) {
			s := train[si]
			words := wordsOf(s)
			if cap(toks) < len(words) {
				toks = make([]token, len(words))
			}
			toks = toks[:len(words)]
			m.prepare(words, toks)
			for i := range toks {
				if pass1 != nil {
					toks[i].upos1 = pass1[si][i]
				}
			}
			for i := range toks {
				if pass1 != nil {
					fs = tagFeatures2(fs[:0], toks, i)
				} else {
					fs = tagFeatures(fs[:0], toks, i)
				}
				clear(scores)
				tt.score(fs, scores)
				pred := 1
				for c := 2; c < len(scores); c++ {
					if scores[c] > scores[pred] {
						pred = c
					}
				}
				gold := uposIndex[s.Words[i].UPOS]
				if gold == 0 {
					gold = uposIndex["X"]
				}
				if pred != gold {
					tt.update(fs, gold, 1, now)
					tt.update(fs, pred, -1, now)
				} else {
					correct++
				}
				total++
				now++
				toks[i].upos = pred
			}
		}
		if dev == nil {
			continue
		}
		ct := tt.compact(now, cfg.Prune)
		dm := m.clone()
		if pass1 != nil {
			dm.tagger2 = ct
		} else {
			dm.tagger, dm.tagger2 = ct, nil
		}
		acc := tagAccuracy(dm, dev)
		if log {
			cfg.logf("%s tagger (pass %d) epoch %d: train %.2f dev UPOS %.2f (%d weights)", m.Lang, 1+len(pass1[:min(len(pass1), 1)]), ep+1,
				100*float64(correct)/float64(total), 100*acc, ct.nnz())
		}
		if acc > bestAcc {
			best, bestAcc, bestEpoch = ct, acc, ep+1
		}
	}
	if dev == nil {
		return tt.compact(now, cfg.Prune), epochs
	}
	return best, bestEpoch
}

func tagAccuracy(m *Model, dev []*conllu.Sentence) float64 {
	b := &annotBuf{}
	correct, total := 0, 0
	for _, s := range dev {
		toks := m.run(b, wordsOf(s), false, false)
		for i := range toks {
			if uposTags[toks[i].upos] == s.Words[i].UPOS {
				correct++
			}
			total++
		}
	}
	return float64(correct) / float64(max(total, 1))
}

// trainMorph trains the feature classifier for up to epochs; with dev it
// keeps the best dev epoch and builds the attribute inventory, without it
// it reuses m.morph and keeps the last epoch.
func trainMorph(cfg *TrainConfig, m *Model, train, dev []*conllu.Sentence, epochs int, log bool) (*morphSpec, *table, int) {
	counts := map[string]map[string]int{}
	withUPOS := map[string]map[int]bool{}
	for _, s := range train {
		for _, w := range s.Words {
			if w.Feats == "_" {
				continue
			}
			for f := range strings.SplitSeq(w.Feats, "|") {
				a, v, _ := strings.Cut(f, "=")
				if counts[a] == nil {
					counts[a] = map[string]int{}
					withUPOS[a] = map[int]bool{}
				}
				counts[a][v]++
				withUPOS[a][uposIndex[w.UPOS]] = true
			}
		}
	}
	spec := m.morph
	if dev != nil || spec == nil {
		spec = buildMorphSpec(counts, withUPOS)
	}
	tt := newTrainTable(cfg.TaggerBits-1, max(spec.classes, 1))
	var now float32 = 1
	var best *table
	bestAcc, bestEpoch := -1.0, epochs
	var toks []token
	var fs []uint64
	scores := make([]float32, max(spec.classes, 1))
	gold := make([]int, len(spec.attrs))
	pred := make([]int, len(spec.attrs))
	for ep := 0; ep < epochs; ep++ {
		for _, si := range shuffled(len(train), cfg.Seed+7, uint64(ep)) {
			s := train[si]
			words := wordsOf(s)
			if cap(toks) < len(words) {
				toks = make([]token, len(words))
			}
			toks = toks[:len(words)]
			m.prepare(words, toks)
			for i := range toks {
				toks[i].upos = uposIndex[s.Words[i].UPOS]
			}
			for i := range toks {
				if spec.allowed[toks[i].upos] == 0 {
					continue
				}
				fs = morphFeatures(fs[:0], toks, i, m.lex)
				clear(scores)
				tt.score(fs, scores)
				spec.predict(scores, toks[i].upos, pred)
				spec.gold(s.Words[i].Feats, gold)
				for ai := range spec.attrs {
					if spec.allowed[toks[i].upos]&(1<<ai) == 0 || pred[ai] == gold[ai] {
						continue
					}
					tt.update(fs, spec.offset[ai]+gold[ai], 1, now)
					tt.update(fs, spec.offset[ai]+pred[ai], -1, now)
				}
				now++
			}
		}
		if dev == nil {
			continue
		}
		ct := tt.compact(now, cfg.Prune)
		dm := m.clone()
		dm.morph, dm.morphW = spec, ct
		acc := featsAccuracy(dm, dev)
		if log {
			cfg.logf("%s morph epoch %d: dev UFeats (predicted UPOS) %.2f (%d weights)", m.Lang, ep+1, 100*acc, ct.nnz())
		}
		if acc > bestAcc {
			best, bestAcc, bestEpoch = ct, acc, ep+1
		}
	}
	if dev == nil {
		return spec, tt.compact(now, cfg.Prune), epochs
	}
	return spec, best, bestEpoch
}

func featsAccuracy(m *Model, dev []*conllu.Sentence) float64 {
	b := &annotBuf{}
	na := len(m.morph.attrs)
	correct, total := 0, 0
	for _, s := range dev {
		toks := m.run(b, wordsOf(s), true, false)
		for i := range toks {
			if m.morph.format(b.mcls[i*na:(i+1)*na]) == s.Words[i].Feats {
				correct++
			}
			total++
		}
	}
	return float64(correct) / float64(max(total, 1))
}
