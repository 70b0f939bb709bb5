package entity

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/vigie-events/vigie/internal/conllu"
)

// Silver training data. UNER English-EWT annotates the EWT treebank, but
// only its dev and test parts are here; EWT train (12,543 sentences with
// gold part-of-speech tags and dependencies) is not annotated for
// entities. A teacher tagger that also sees the treebank's UPOS, XPOS and
// relations (proper nouns mark most names, even lowercase ones: "tampa
// bay") is trained on UNER dev with the EWT dev treebank, and labels EWT
// train. The tagger that ships sees words only and trains on UNER dev and
// the reviewed annotation of EWT train (reviewed.go), which started from
// these labels; TrainConfig.TeacherSilver trains on the labels as they are.

// Treebank files.
const (
	ewtTrain = "data/ud/en-ewt/en_ewt-ud-train.conllu"
	ewtDev   = "data/ud/en-ewt/en_ewt-ud-dev.conllu"
)

// syntax is the treebank annotation of a sentence's words.
type syntax struct {
	upos, xpos, rel, lemma []string
	head                   []int    // 0-based, -1 for the root
	caseOf                 []string // lemma of the word's case or det dependent
}

// readTreebank reads a CoNLL-U file as sentences of words with their
// annotation, keyed by sentence id.
func readTreebank(name string) ([]Labeled, error) {
	ss, err := conllu.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("entity: %w", err)
	}
	out := make([]Labeled, 0, len(ss))
	for _, s := range ss {
		l := Labeled{ID: s.ID, Web: true, syn: &syntax{}}
		for _, w := range s.Words {
			l.Words = append(l.Words, w.Form)
			l.syn.upos = append(l.syn.upos, w.UPOS)
			l.syn.xpos = append(l.syn.xpos, w.XPOS)
			rel := w.Deprel
			if w.Head > 0 && w.Head < w.ID && (rel == "flat" || rel == "compound" || rel == "fixed") {
				rel += "<" // attached to a word on its left
			}
			l.syn.rel = append(l.syn.rel, rel)
			l.syn.lemma = append(l.syn.lemma, strings.ToLower(w.Lemma))
			l.syn.head = append(l.syn.head, w.Head-1)
			l.syn.caseOf = append(l.syn.caseOf, "")
		}
		for _, w := range s.Words {
			if h := w.Head - 1; h >= 0 && h < len(s.Words) && (w.Deprel == "case" || w.Deprel == "det") && l.syn.caseOf[h] == "" {
				l.syn.caseOf[h] = strings.ToLower(w.Lemma)
			}
		}
		out = append(out, l)
	}
	return out, nil
}

// attachSyntax gives each sentence of sents the annotation of the treebank
// sentence with its id and the same words.
func attachSyntax(sents []Labeled, bank []Labeled) int {
	byID := make(map[string]*Labeled, len(bank))
	for i := range bank {
		byID[bank[i].ID] = &bank[i]
	}
	n := 0
	for i := range sents {
		b := byID[sents[i].ID]
		if b != nil && slices.Equal(b.Words, sents[i].Words) {
			sents[i].syn = b.syn
			n++
		}
	}
	return n
}

var (
	tUPOS   = tokenHash("upos")
	tUPOSm1 = tokenHash("upos-1")
	tUPOSp1 = tokenHash("upos+1")
	tUPOS3  = tokenHash("upos3")
	tXPOS   = tokenHash("xpos")
	tRel    = tokenHash("rel")
	tRelCap = tokenHash("relcap")
	tUPOSLW = tokenHash("upos|lw")
	tPropn  = tokenHash("propnrun")
	tNHead  = tokenHash("namehead")
	tNRel   = tokenHash("namerel")
	tNGov   = tokenHash("namegov")
	tNCase  = tokenHash("namecase")
	tGov    = tokenHash("gov")
)

// syntaxFeatures appends the teacher's treebank features of word i.
func syntaxFeatures(dst []uint64, syn *syntax, infos []tokInfo, i int) []uint64 {
	if syn == nil {
		return dst
	}
	at := func(t []string, k int) string {
		if k < 0 || k >= len(t) {
			return boundary
		}
		return t[k]
	}
	u := syn.upos[i]
	dst = append(dst,
		f1(tUPOS, u),
		f1(tUPOSm1, at(syn.upos, i-1)),
		f1(tUPOSp1, at(syn.upos, i+1)),
		f2(tUPOS3, at(syn.upos, i-1)+"|"+u, at(syn.upos, i+1)),
		f1(tXPOS, syn.xpos[i]),
		f1(tRel, syn.rel[i]),
		f2(tRelCap, syn.rel[i], u+fmt.Sprint(infos[i].cap)),
		f2(tUPOSLW, u, infos[i].lw),
	)
	// The head of the name the word belongs to, and where it hangs.
	h := i
	for k := 0; k < 4 && h >= 0 && (strings.HasPrefix(syn.rel[h], "flat") || strings.HasPrefix(syn.rel[h], "compound") || syn.rel[h] == "fixed<"); k++ {
		if syn.head[h] < 0 || syn.head[h] >= len(syn.rel) {
			break
		}
		h = syn.head[h]
	}
	gov := boundary
	if g := syn.head[h]; g >= 0 && g < len(syn.lemma) {
		gov = syn.lemma[g]
	}
	dst = append(dst,
		f2(tNHead, syn.lemma[h], u),
		f2(tNRel, syn.rel[h], u),
		f2(tNGov, gov, syn.rel[h]),
		f2(tNCase, syn.caseOf[h], syn.upos[h]),
	)
	if g := syn.head[i]; g >= 0 && g < len(syn.lemma) {
		dst = append(dst, f2(tGov, syn.lemma[g], syn.rel[i]))
	}
	if u == "PROPN" {
		l, r := i, i
		for l > 0 && syn.upos[l-1] == "PROPN" {
			l--
		}
		for r+1 < len(syn.upos) && syn.upos[r+1] == "PROPN" {
			r++
		}
		dst = append(dst, fi(tPropn, min(r-l+1, 4), min(i-l, 3)))
	}
	return dst
}

// teacherFeatures are the features of the teacher: the shipped tagger's
// and the treebank's.
func teacherFeatures(dst []uint64, s *Labeled, infos []tokInfo, i int) []uint64 {
	return syntaxFeatures(features(dst, infos, i), s.syn, infos, i)
}

// studentFeatures are the features of the shipped tagger, with their
// domain copies.
func studentFeatures(dst []uint64, s *Labeled, infos []tokInfo, i int) []uint64 {
	return withDomain(features(dst, infos, i), domainOf(*s))
}

// tagSentence labels the words of s with tg and features feat, applying
// the web rules, and returns the PER, ORG and LOC spans with scores.
func tagSentence(tg *tagger, g *gazetteer, s *Labeled, feat featureFunc) ([]TokenSpan, []float64) {
	n := len(s.Words)
	if n == 0 {
		return nil, nil
	}
	infos := analyse(s.Words, g, nil)
	feats := make([][]uint64, n)
	for i := range n {
		feats[i] = feat(nil, s, infos, i)
	}
	e := make([]float32, n*nTags)
	tg.emissions(e, feats)
	path, margins := viterbi(e, n, &tg.trans, nil, nil)
	spans, scores := decodeSpans(path, margins)
	spans, scores = applyRules(infos, spans, scores, "en", false)
	var outS []TokenSpan
	var outC []float64
	for k, sp := range spans {
		if slices.Contains(types, sp.Type) {
			outS = append(outS, sp)
			outC = append(outC, scores[k])
		}
	}
	return outS, outC
}

// silverData trains the teacher on gold (UNER sentences, to which it
// attaches their treebank annotation) and returns the sentences of EWT
// train as the teacher labels them, less those with a mention scoring
// under cfg.SilverMinScore.
func silverData(sharedDir string, gold []Labeled, g *gazetteer, cfg TrainConfig, logf func(string, ...any)) ([]Labeled, string, error) {
	dev, err := readTreebank(filepath.Join(sharedDir, ewtDev))
	if err != nil {
		return nil, "", err
	}
	gold = slices.Clone(gold)
	n := attachSyntax(gold, dev)
	logf("en: teacher: %d of %d gold sentences with treebank annotation", n, len(gold))
	epochs := cfg.Epochs
	if epochs == 0 {
		epochs = 8 // the teacher's setting when it was in use (EXPERIMENTS.md row 10)
	}
	teacher := trainTagger(gold, g, "en/teacher", epochs, cfg.MinCount, cfg.Models, teacherFeatures, logf)
	if cfg.HoldOut > 0 && cfg.Log != nil {
		// The teacher's own score on the held-out documents.
		if all, err := readUNERDev(sharedDir); err == nil {
			_, held := HoldOut(all, cfg.HoldOut, cfg.HoldOutFold)
			attachSyntax(held, dev)
			var c, sys, gl int
			for k := range held {
				spans, _ := tagSentence(teacher, g, &held[k], teacherFeatures)
				sys += len(spans)
				gl += len(held[k].Spans)
				for _, sp := range spans {
					if slices.Contains(held[k].Spans, sp) {
						c++
					}
				}
			}
			sc := newScore(c, sys, c, gl)
			logf("en: teacher on held-out dev: P %.3f R %.3f F1 %.3f", sc.P, sc.R, sc.F1)
		}
	}
	train, err := readTreebank(filepath.Join(sharedDir, ewtTrain))
	if err != nil {
		return nil, "", err
	}
	scores := make([][]float64, len(train))
	for i := range train {
		train[i].Spans, scores[i] = tagSentence(teacher, g, &train[i], teacherFeatures)
	}
	var out []Labeled
	mentions := map[string]int{}
	for i := range train {
		s := &train[i]
		if slices.ContainsFunc(scores[i], func(x float64) bool { return x < cfg.SilverMinScore }) {
			continue
		}
		s.syn = nil
		for _, sp := range s.Spans {
			mentions[sp.Type]++
		}
		out = append(out, *s)
	}
	info := fmt.Sprintf("silver: en-ewt train labelled by a teacher with treebank features (%d of %d sentences kept, PER %d, ORG %d, LOC %d)",
		len(out), len(train), mentions["PER"], mentions["ORG"], mentions["LOC"])
	return out, info, nil
}

// HoldOut splits UNER sentences by document (the sent_id less its last
// "-" part) for model selection: documents fold, fold+n, fold+2n, … are
// held out, the rest trains. n ≤ 0 holds out nothing.
func HoldOut(sents []Labeled, n, fold int) (train, held []Labeled) {
	if n <= 0 {
		return sents, nil
	}
	doc, k := "", -1
	for _, s := range sents {
		if d := docID(s.ID); d != doc {
			doc = d
			k++
		}
		if k%n == fold%n {
			held = append(held, s)
		} else {
			train = append(train, s)
		}
	}
	return train, held
}

// readUNERDev reads UNER English-EWT dev.
func readUNERDev(sharedDir string) ([]Labeled, error) {
	f, err := os.Open(filepath.Join(sharedDir, unerDev))
	if err != nil {
		return nil, fmt.Errorf("entity: %w", err)
	}
	defer f.Close()
	return ReadIOB2(f)
}

// docID returns the document part of a UD sentence id ("doc-0003").
func docID(id string) string {
	if i := strings.LastIndexByte(id, '-'); i > 0 {
		return id[:i]
	}
	return id
}

// TeacherSilver trains the teacher on all of UNER dev and returns the
// sentences of EWT train as it labels them, every sentence kept: the
// proposals that the reviewed annotation (see reviewedSilver) started from.
func TeacherSilver(sharedDir string) ([]Labeled, error) {
	g, err := englishGazetteer(sharedDir)
	if err != nil {
		return nil, err
	}
	gold, err := readUNERDev(sharedDir)
	if err != nil {
		return nil, err
	}
	for i := range gold {
		gold[i].Web = true
	}
	out, _, err := silverData(sharedDir, gold, g, TrainConfig{Epochs: 8, MinCount: 2, Models: 1}, func(string, ...any) {})
	return out, err
}

// TeacherHeldOut trains the teacher on UNER dev less fold of n (see
// HoldOut) and returns the held-out sentences as it labels them, with
// their gold spans: the same proposals as TeacherSilver's, on sentences
// whose gold is known, to measure how well a review corrects them.
func TeacherHeldOut(sharedDir string, n, fold int) (proposed, gold []Labeled, err error) {
	g, err := englishGazetteer(sharedDir)
	if err != nil {
		return nil, nil, err
	}
	all, err := readUNERDev(sharedDir)
	if err != nil {
		return nil, nil, err
	}
	for i := range all {
		all[i].Web = true
	}
	train, held := HoldOut(all, n, fold)
	dev, err := readTreebank(filepath.Join(sharedDir, ewtDev))
	if err != nil {
		return nil, nil, err
	}
	train = slices.Clone(train)
	attachSyntax(train, dev)
	teacher := trainTagger(train, g, "en/teacher", 8, 2, 1, teacherFeatures, func(string, ...any) {})
	gold = slices.Clone(held)
	proposed = slices.Clone(held)
	attachSyntax(proposed, dev)
	for i := range proposed {
		if proposed[i].syn == nil {
			proposed[i].Spans = nil
			continue
		}
		proposed[i].Spans, _ = tagSentence(teacher, g, &proposed[i], teacherFeatures)
		proposed[i].syn = nil
	}
	return proposed, gold, nil
}

// englishGazetteer builds the English gazetteer from the shared data.
func englishGazetteer(sharedDir string) (*gazetteer, error) {
	gazText, err := buildGazetteer(sharedDir, "en")
	if err != nil {
		return nil, err
	}
	return parseGazetteer(gazText)
}
