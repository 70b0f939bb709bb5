package segment

import (
	_ "embed"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/vigie-events/vigie/internal/conllu"
)

// The French contraction model decides whether "des" is the preposition de
// with the article les ("la liste des candidats" → de les) or the
// indefinite article ("il a des amis"), and whether "du" is de + le ("le
// prix du pain") or the partitive article ("boire du vin"). It is an
// averaged perceptron, like the boundary models, over the words around the
// token (lower-cased, their endings, their case), the verdict of the
// hand-written rules (desIsDeLes) and the choice made for an earlier "des"
// or "du" of the sentence. The other contractions (au, aux, auquel...)
// are unambiguous and keep the rules of french.go.
//
// mwt_fr.bin.gz is derived by TrainMWT (`vigie train segment`) from the
// train and dev files of UD French Sequoia and the dev file of UD French
// GSD (Universal Dependencies, CC BY-SA 4.0 for GSD, LGPL-LR for
// Sequoia): a "des" or "du" is split there when a multiword token line
// covers it. It holds hashed feature weights only, no text.

//go:embed mwt_fr.bin.gz
var mwtFRData []byte

var (
	mwtOnce  sync.Once
	mwtModel *boundaryModel
)

// frMWTModel returns the French contraction model, or nil.
func frMWTModel() *boundaryModel {
	mwtOnce.Do(func() {
		if m, err := decodeModel(mwtFRData); err == nil && len(m.w) > 0 {
			mwtModel = m
		}
	})
	return mwtModel
}

// MWTModelFile is the name, inside internal/segment, of the French
// contraction model.
const MWTModelFile = "mwt_fr.bin.gz"

// mwtTrain are the training files of the contraction model, relative to
// the shared folder: train and dev files only, never a test file.
var mwtTrain = []string{
	"data/ud/fr-sequoia/fr_sequoia-ud-train.conllu",
	"data/ud/fr-sequoia/fr_sequoia-ud-dev.conllu",
	"data/ud/fr-gsd/fr_gsd-ud-dev.conllu",
}

// mwtEpochs is the number of passes of the perceptron over the data,
// chosen by cross-validation on the training files (TestMWTTune).
const mwtEpochs = 10

// mwtKind tells "des" (1) and "du" (2), by their lower-case form, from
// other tokens (0).
func mwtKind(t string) uint32 {
	switch t {
	case "des", "Des", "DES":
		return 1
	case "du", "Du", "DU":
		return 2
	}
	return 0
}

// isDeLe decides with the model m whether the "des" or "du" at toks[i]
// is a contraction of de and an article.
func isDeLe(m *boundaryModel, toks []Token, i int) bool {
	var buf [64]uint32
	return m.score(mwtFeatures(buf[:0], toks, i, m.starter)) > 0
}

// feature templates of the contraction model.
const (
	mBias uint32 = iota + 1
	mForm
	mStart
	mRule
	mPrev
	mPrevFlags
	mPrevSize
	mPrevLen
	mPrev2
	mPrev3
	mNext
	mNextSuf
	mNextFlags
	mNext2
	mPrevNext
	mCoord
	mAuxSuf
	mRulePrevSuf
	mPrevNextSuf
	mPrevTag
	mPrev2Tag
	mNextTag
	mPrevNextTag
	mPrev12Tag
	mRulePrevTag
)

// wordKey is the hash of the lower-case form of a token, and of its last
// n runes for n = 2, 3, 4 (0 where the word is shorter).
type wordKey struct {
	lower uint32
	suf   [3]uint32
	flags uint8
	size  uint8 // length class, as in tokInfo
}

func keyOf(t string) wordKey {
	ti := infoOf(t)
	k := wordKey{lower: ti.lower, flags: ti.flags &^ tiDone, size: ti.size}
	// Endings: walk back over the last four runes.
	j := len(t)
	for n := 1; n <= 4 && j > 0; n++ {
		_, sz := utf8.DecodeLastRuneInString(t[:j])
		j -= sz
		if n >= 2 {
			k.suf[n-2] = infoOf(t[j:]).lower
		}
	}
	return k
}

// mwtDrop turns feature templates off, to try them by cross-validation.
var mwtDrop uint64

// mf is feat for the contraction model, or 0 for a template turned off.
func mf(t uint32, vs ...uint32) uint32 {
	if mwtDrop&(1<<t) != 0 {
		return 0
	}
	return feat(t, vs...)
}

// mwtFeatures appends the features of the "des" or "du" at toks[i].
func mwtFeatures(fs []uint32, toks []Token, i int, lex map[uint32]uint8) []uint32 {
	t := toks[i].Text
	kind := mwtKind(t)
	form := uint32(0) // des, Des, DES
	switch {
	case isAllUpper(t):
		form = 2
	case isUpper(firstRune(t)):
		form = 1
	}
	rule := uint32(1)
	if kind == 1 {
		rule = 0
		if desIsDeLes(toks, i) {
			rule = 1
		}
	}
	fs = append(fs, mf(mBias, kind), mf(mForm, kind, form), mf(mRule, kind, rule))
	if i == 0 {
		return append(fs, mf(mStart, kind, form))
	}
	p := keyOf(toks[i-1].Text)
	pt := uint32(lex[p.lower])
	fs = append(fs, mf(mPrevTag, kind, pt), mf(mRulePrevTag, kind, rule, pt),
		mf(mPrev, kind, p.lower), mf(mPrev, 0, p.lower),
		mf(mPrevFlags, kind, uint32(p.flags), form),
		mf(mPrevSize, kind, uint32(p.size)), mf(mPrevSize, 0, uint32(p.size)),
		mf(mRulePrevSuf, kind, rule, p.suf[0]),
	)
	// The length of the previous word (up to four runes) and whether
	// a word comes before it, as a count.
	for _, s := range p.suf {
		if s != 0 {
			fs = append(fs, mf(mPrevLen), mf(mPrevLen))
		}
	}
	if i >= 2 {
		fs = append(fs, mf(mPrevLen))
		p2 := keyOf(toks[i-2].Text)
		fs = append(fs, mf(mPrev2, kind, p2.lower),
			mf(mPrev2Tag, kind, uint32(lex[p2.lower])), mf(mPrev12Tag, kind, uint32(lex[p2.lower]), pt))
		if frAux[strings.ToLower(toks[i-2].Text)] {
			fs = append(fs, mf(mAuxSuf, kind, p.suf[0]), mf(mAuxSuf, kind, p.suf[1]))
		}
		if i >= 3 {
			fs = append(fs, mf(mPrev3, kind, infoOf(toks[i-3].Text).lower))
		}
	}
	if i+1 < len(toks) {
		n := keyOf(toks[i+1].Text)
		nt := uint32(lex[n.lower])
		fs = append(fs, mf(mNextTag, kind, nt), mf(mPrevNextTag, kind, pt, nt),
			mf(mNext, kind, n.lower),
			mf(mNextFlags, kind, uint32(n.flags)),
			mf(mPrevNext, kind, p.lower, n.lower),
			mf(mPrevNextSuf, kind, p.suf[0], n.suf[0]),
		)
		for k, s := range n.suf {
			if s != 0 {
				fs = append(fs, mf(mNextSuf, kind, uint32(k), s))
			}
		}
		if i+2 < len(toks) {
			fs = append(fs, mf(mNext2, kind, infoOf(toks[i+2].Text).lower))
		}
	} else {
		fs = append(fs, mf(mNext, kind, 0))
	}
	// The choice made for an earlier "des" or "du" nearby: coordination
	// repeats it ("des ports et des routes").
	coord := uint32(0)
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if c := mwtKind(toks[k].Text); c != 0 {
			coord = c * 2
			if toks[k].Words != nil {
				coord++
			}
			break
		}
	}
	fs = append(fs, mf(mCoord, kind, coord, p.lower))
	return fs
}

// mwtExample is one "des" or "du" of the training files: its features and
// whether UD splits it.
type mwtExample struct {
	fs    []uint32
	kind  uint32
	split bool
	rule  bool   // what the rules alone say
	ctx   string // the words around it, to show errors
}

// mwtExamples reads the "des" and "du" of the gold sentences, tokenized by
// the French rules one gold sentence at a time, each with the features it
// gets when the earlier ones of its sentence are decided as in gold.
func mwtExamples(gold []*conllu.Sentence, lex map[uint32]uint8) []mwtExample {
	r := rulesFor("fr")
	var out []mwtExample
	var a wordArena
	for _, s := range gold {
		// Byte offsets of the gold "des" and "du" in the text.
		split := map[int]bool{}
		p := 0
		for _, t := range s.Tokens() {
			j := strings.Index(s.Text[p:], t.Form)
			if j < 0 || j > 8 {
				continue
			}
			p += j
			if mwtKind(t.Form) != 0 {
				split[p] = t.Multi
			}
			p += len(t.Form)
		}
		toks, _ := tokenize(s.Text, r)
		for i := range toks {
			kind := mwtKind(toks[i].Text)
			if kind == 0 {
				continue
			}
			g, ok := split[toks[i].Span.Start]
			if !ok {
				continue
			}
			ex := mwtExample{fs: mwtFeatures(nil, toks, i, lex), kind: kind, split: g, rule: kind == 2 || desIsDeLes(toks, i)}
			lo, hi := max(0, toks[i].Span.Start-40), min(len(s.Text), toks[i].Span.End+30)
			ex.ctx = s.Text[lo:toks[i].Span.Start] + "⟦" + s.Text[toks[i].Span.Start:hi]
			out = append(out, ex)
			if g {
				toks[i].Words = a.words(Word{"de"}, Word{"le"})
			}
		}
	}
	return out
}

// trainMWT trains the contraction model on examples and returns its
// weights, averaged.
func trainMWT(exs []mwtExample, epochs int) map[uint32]float64 {
	w, u := map[uint32]float64{}, map[uint32]float64{}
	c := 0.0
	for range epochs {
		for _, ex := range exs {
			c++
			var s float64
			for _, f := range ex.fs {
				s += w[f]
			}
			if (s > 0) != ex.split {
				d := -1.0
				if ex.split {
					d = 1
				}
				for _, f := range ex.fs {
					w[f] += d
					u[f] += c * d
				}
			}
		}
	}
	out := make(map[uint32]float64, len(w))
	for f, x := range w {
		if a := x - u[f]/c; a != 0 {
			out[f] = a
		}
	}
	return out
}

// readGolds reads the gold sentences of several files (see readGold).
func readGolds(paths []string) ([]*conllu.Sentence, error) {
	var all []*conllu.Sentence
	for _, p := range paths {
		gold, err := readGold(p)
		if err != nil {
			return nil, err
		}
		all = append(all, gold...)
	}
	return all, nil
}

// Word classes of the lexicon: the most frequent UPOS of a word in the
// training files, with the verb form of verbs.
var mwtTagClass = map[string]uint8{
	"NOUN": 1, "ADJ": 2, "VERB": 3, "ADV": 4, "PROPN": 5, "ADP": 6,
	"PRON": 7, "DET": 8, "NUM": 9, "AUX": 10, "CCONJ": 11, "SCONJ": 12,
	"VERB:Inf": 13, "VERB:Part": 14, "VERB:Ger": 15, "MWT": 16,
}

// mwtLexicon maps the hash of each lower-case token form of gold, seen at
// least minCount times, to its most frequent word class.
func mwtLexicon(gold []*conllu.Sentence, minCount int) map[uint32]uint8 {
	counts := map[uint32]map[uint8]int{}
	for _, s := range gold {
		for _, t := range s.Tokens() {
			var c uint8
			if t.Multi {
				c = mwtTagClass["MWT"]
			} else {
				w := &s.Words[t.First]
				tag := w.UPOS
				if tag == "VERB" {
					switch {
					case strings.Contains(w.Feats, "VerbForm=Inf"):
						tag = "VERB:Inf"
					case strings.Contains(w.Feats, "VerbForm=Part") && strings.Contains(w.Feats, "Tense=Pres"):
						tag = "VERB:Ger"
					case strings.Contains(w.Feats, "VerbForm=Part"):
						tag = "VERB:Part"
					}
				}
				c = mwtTagClass[tag]
			}
			if c == 0 {
				continue
			}
			h := wordHash(t.Form)
			if counts[h] == nil {
				counts[h] = map[uint8]int{}
			}
			counts[h][c]++
		}
	}
	lex := map[uint32]uint8{}
	for h, cs := range counts {
		best, bn, tot := uint8(0), 0, 0
		for c, n := range cs {
			tot += n
			if n > bn || n == bn && c < best {
				best, bn = c, n
			}
		}
		// A word often seen in a second class gets the pair of classes.
		second, sn := uint8(0), 0
		for c, n := range cs {
			if c != best && (n > sn || n == sn && c < second) {
				second, sn = c, n
			}
		}
		if mwtAmbig > 0 && sn*100 >= tot*mwtAmbig {
			best = best*17 + second
		}
		if tot >= minCount {
			lex[h] = best
		}
	}
	return lex
}

// mwtAmbig is the share, in percent, of its occurrences in which a word
// must show a second class for the lexicon to give it both; 0 for none.
var mwtAmbig = 30

// mwtLexMin is the number of times a word must be seen to enter the
// lexicon.
var mwtLexMin = 1

// mwtData reads the training files and returns the lexicon of the train
// files and the examples of both the train and the held-out files.
func mwtData(train, held []string) (map[uint32]uint8, []mwtExample, []mwtExample, error) {
	tg, err := readGolds(train)
	if err != nil {
		return nil, nil, nil, err
	}
	lex := mwtLexicon(tg, mwtLexMin)
	var hx []mwtExample
	if len(held) > 0 {
		hg, err := readGolds(held)
		if err != nil {
			return nil, nil, nil, err
		}
		hx = mwtExamples(hg, lex)
	}
	return lex, mwtExamples(tg, lex), hx, nil
}

// TrainMWT trains the French contraction model on the UD train and dev
// files under sharedDir and returns the model file, to be written to
// internal/segment/MWTModelFile, and a line of statistics. Training is
// deterministic: the same files give the same bytes.
func TrainMWT(sharedDir string) ([]byte, string, error) {
	paths := make([]string, len(mwtTrain))
	for i, f := range mwtTrain {
		paths[i] = filepath.Join(sharedDir, f)
	}
	lex, exs, _, err := mwtData(paths, nil)
	if err != nil {
		return nil, "", err
	}
	data := encodeModel(trainMWT(exs, mwtEpochs), lex)
	m, err := decodeModel(data)
	if err != nil {
		return nil, "", err
	}
	wrong := 0
	for _, ex := range exs {
		if (m.score(ex.fs) > 0) != ex.split {
			wrong++
		}
	}
	return data, fmt.Sprintf("%d bytes, %d weights, %d words; %d of %d training examples wrong",
		len(data), len(m.w), len(m.starter), wrong, len(exs)), nil
}
