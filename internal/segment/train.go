package segment

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/vigie-events/vigie/internal/conllu"
)

// Training files of the boundary models, relative to the shared folder:
// train and dev files only, never a test file.
var boundaryTrain = map[string][]string{
	"fr": {
		"data/ud/fr-sequoia/fr_sequoia-ud-train.conllu",
		"data/ud/fr-sequoia/fr_sequoia-ud-dev.conllu",
		"data/ud/fr-gsd/fr_gsd-ud-dev.conllu",
	},
	"en": {
		"data/ud/en-ewt/en_ewt-ud-train.conllu",
		"data/ud/en-ewt/en_ewt-ud-dev.conllu",
	},
}

// boundaryEpochs is the number of passes of the perceptron over the data.
const boundaryEpochs = 8

// BoundaryModelFile is the name, inside internal/segment, of the boundary
// model of lang ("fr" or "en").
func BoundaryModelFile(lang string) string { return "boundary_" + lang + ".bin.gz" }

// TrainBoundaries trains the sentence boundary model of lang ("fr" or
// "en") on the UD train and dev files under sharedDir and returns the
// model file, to be written to internal/segment/BoundaryModelFile(lang),
// and a line of statistics. Training is deterministic: the same files give
// the same bytes.
func TrainBoundaries(sharedDir, lang string) ([]byte, string, error) {
	files, ok := boundaryTrain[lang]
	if !ok {
		return nil, "", fmt.Errorf("segment: no boundary model for language %q", lang)
	}
	paths := make([]string, len(files))
	for i, f := range files {
		paths[i] = filepath.Join(sharedDir, f)
	}
	data, stats, err := trainBoundaryFiles(paths, lang, boundaryEpochs)
	if err != nil {
		return nil, "", err
	}
	return data, stats, nil
}

// trainDoc is one training file, tokenized, with its gold boundaries.
type trainDoc struct {
	toks []Token
	gaps []gap
	gold []bool // a gold sentence starts at this token
}

func trainBoundaryFiles(paths []string, lang string, epochs int) ([]byte, string, error) {
	r := rulesFor(lang)
	var docs []trainDoc
	var golds [][]*conllu.Sentence
	for _, p := range paths {
		gold, err := readGold(p)
		if err != nil {
			return nil, "", err
		}
		golds = append(golds, gold)
		text, starts := joinRaw(gold)
		toks, gaps := tokenize(text, r)
		d := trainDoc{toks: toks, gaps: gaps, gold: make([]bool, len(toks))}
		k := 0
		for i, t := range toks {
			for k < len(starts) && starts[k] < t.Span.Start {
				k++
			}
			d.gold[i] = k < len(starts) && starts[k] == t.Span.Start
		}
		docs = append(docs, d)
	}
	lr := &learner{
		starter: starterClasses(golds),
		w:       map[uint32]float64{},
		u:       map[uint32]float64{},
	}
	for range epochs {
		lr.errors, lr.seen = 0, 0
		for _, d := range docs {
			lr.gold = d.gold
			splitWith(d.toks, d.gaps, r, nil, lr)
		}
	}
	w := make(map[uint32]float64, len(lr.w))
	for f, x := range lr.w {
		if a := x - lr.u[f]/lr.c; a != 0 {
			w[f] = a
		}
	}
	data := encodeModel(w, lr.starter)
	m, err := decodeModel(data)
	if err != nil {
		return nil, "", err
	}
	return data, fmt.Sprintf("%d bytes, %d weights, %d starter words; last epoch %d errors in %d candidates",
		len(data), len(m.w), len(m.starter), lr.errors, lr.seen), nil
}

// readGold reads a CoNLL-U file. A suffix "#k/n" on the path takes the
// k-th of n equal runs of its sentences (from 0), "#-k/n" all but that
// run, to hold part of a file out when tuning.
func readGold(path string) ([]*conllu.Sentence, error) {
	k, n, except := 0, 1, false
	if i := strings.LastIndexByte(path, '#'); i >= 0 {
		part := path[i+1:]
		if except = strings.HasPrefix(part, "-"); except {
			part = part[1:]
		}
		if _, err := fmt.Sscanf(part, "%d/%d", &k, &n); err != nil || n < 1 || k < 0 || k >= n {
			return nil, fmt.Errorf("segment: bad part %q", path[i:])
		}
		path = path[:i]
	}
	gold, err := conllu.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("segment: %w", err)
	}
	lo, hi := k*len(gold)/n, (k+1)*len(gold)/n
	if except {
		return append(gold[:lo:lo], gold[hi:]...), nil
	}
	return gold[lo:hi], nil
}

// learner trains an averaged perceptron while the splitter runs over a
// training file, following the gold boundaries.
type learner struct {
	gold    []bool
	starter map[uint32]uint8
	w, u    map[uint32]float64 // weights, and their updates times c
	c       float64            // candidates seen
	errors  int
	seen    int
}

// observe learns from the features fs of a candidate before token i and
// returns the gold decision, which the splitter follows.
func (l *learner) observe(fs []uint32, i int, ruleYes bool) bool {
	g := l.gold[i]
	l.c++
	l.seen++
	var s float64
	for _, f := range fs {
		s += l.w[f]
	}
	if (s > 0) != g {
		l.errors++
		d := -1.0
		if g {
			d = 1
		}
		for _, f := range fs {
			l.w[f] += d
			l.u[f] += l.c * d
		}
	}
	return g
}

// starterClasses finds the words that, written with a capital, mostly
// begin a sentence in the gold files: the first word of each sentence
// against the capitalised words elsewhere.
func starterClasses(golds [][]*conllu.Sentence) map[uint32]uint8 {
	initial, inside := map[string]int{}, map[string]int{}
	for _, gold := range golds {
		for _, s := range gold {
			for k, t := range s.Tokens() {
				if k == 0 {
					initial[strings.ToLower(t.Form)]++
				} else if isUpper(firstRune(t.Form)) {
					inside[strings.ToLower(t.Form)]++
				}
			}
		}
	}
	out := map[uint32]uint8{}
	words := make([]string, 0, len(initial))
	for w := range initial {
		words = append(words, w)
	}
	slices.Sort(words)
	for _, w := range words {
		n := initial[w]
		if n < 3 {
			continue
		}
		ratio := float64(n) / float64(n+inside[w])
		var c uint8
		switch {
		case ratio >= 0.9:
			c = 3
		case ratio >= 0.7:
			c = 2
		case ratio >= 0.4:
			c = 1
		default:
			continue
		}
		out[wordHash(w)] = max(out[wordHash(w)], c)
	}
	return out
}

// joinRaw joins the # text lines of a treebank as the CoNLL 2018 shared
// task made its raw input (conllu.RawText), with each sentence's start.
func joinRaw(gold []*conllu.Sentence) (string, []int) { return conllu.RawText(gold) }
