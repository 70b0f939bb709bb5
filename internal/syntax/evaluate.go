package syntax

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/vigie-events/vigie/internal/conllu"
)

// SegToken is a surface token from a segmenter: its text and, for a
// multiword token (French "au"), the words it stands for.
type SegToken struct {
	Text  string
	Words []string // empty when the token is one word
}

// Segmenter splits raw text into sentences of tokens.
type Segmenter func(text, lang string) [][]SegToken

// Scores are F1 scores, in percent, of one evaluation.
type Scores struct {
	Tokens, Sentences, Words, UPOS, UFeats, Lemma, UAS, LAS float64
}

// Report is the evaluation of one treebank: from gold tokens, and from raw
// text when a segmenter was given.
type Report struct {
	Treebank string
	Gold     Scores
	Raw      *Scores
}

func scoresOf(r *conllu.Result) Scores {
	p := func(s conllu.Score) float64 { return 100 * s.F1() }
	return Scores{Tokens: p(r.Tokens), Sentences: p(r.Sentences), Words: p(r.Words), UPOS: p(r.UPOS),
		UFeats: p(r.UFeats), Lemma: p(r.Lemmas), UAS: p(r.UAS), LAS: p(r.LAS)}
}

// annotateGold copies gold sentences with the model's analysis of their words.
func annotateGold(m *Model, gold []*conllu.Sentence) []*conllu.Sentence {
	out := make([]*conllu.Sentence, len(gold))
	for i, g := range gold {
		s := &conllu.Sentence{ID: g.ID, Text: g.Text, Multi: g.Multi}
		ann := m.Annotate(wordsOf(g))
		s.Words = make([]conllu.Word, len(ann))
		for j, a := range ann {
			s.Words[j] = conllu.Word{ID: j + 1, Form: a.Form, Lemma: a.Lemma, UPOS: a.UPOS, XPOS: "_",
				Feats: a.Feats, Head: a.Head, Deprel: a.Deprel, Deps: "_", Misc: g.Words[j].Misc}
		}
		out[i] = s
	}
	return out
}

func evalGoldTokens(m *Model, gold []*conllu.Sentence) (*conllu.Result, error) {
	return conllu.Evaluate(gold, annotateGold(m, gold))
}

// rawText rebuilds the text of a treebank (conllu.RawText).
func rawText(gold []*conllu.Sentence) string {
	text, _ := conllu.RawText(gold)
	return text
}

// annotateRaw segments text and analyses each sentence.
func annotateRaw(m *Model, text string, seg Segmenter) []*conllu.Sentence {
	var out []*conllu.Sentence
	for _, sent := range seg(text, m.Lang) {
		s := &conllu.Sentence{}
		var words []string
		for _, t := range sent {
			if strings.TrimSpace(t.Text) == "" {
				continue
			}
			if len(t.Words) > 1 {
				s.Multi = append(s.Multi, conllu.MultiToken{First: len(words) + 1, Last: len(words) + len(t.Words), Form: t.Text})
				words = append(words, t.Words...)
			} else {
				words = append(words, t.Text)
			}
		}
		if len(words) == 0 {
			continue
		}
		for i, a := range m.Annotate(words) {
			s.Words = append(s.Words, conllu.Word{ID: i + 1, Form: a.Form, Lemma: a.Lemma, UPOS: a.UPOS,
				XPOS: "_", Feats: a.Feats, Head: a.Head, Deprel: a.Deprel, Deps: "_", Misc: "_"})
		}
		out = append(out, s)
	}
	return out
}

// Evaluate scores m on a CoNLL-U file from gold tokens and, when seg is not
// nil, from the file's raw text.
func Evaluate(m *Model, goldFile string, seg Segmenter) (Report, error) {
	rep := Report{Treebank: filepath.Base(goldFile)}
	gold, err := conllu.ReadFile(goldFile)
	if err != nil {
		return rep, fmt.Errorf("syntax: %w", err)
	}
	r, err := evalGoldTokens(m, gold)
	if err != nil {
		return rep, fmt.Errorf("syntax: evaluate %s: %w", goldFile, err)
	}
	rep.Gold = scoresOf(r)
	if seg != nil {
		r, err := conllu.Evaluate(gold, annotateRaw(m, rawText(gold), seg))
		if err != nil {
			return rep, fmt.Errorf("syntax: evaluate %s from raw text: %w", goldFile, err)
		}
		sc := scoresOf(r)
		rep.Raw = &sc
	}
	return rep, nil
}

// EvaluateAll scores the embedded models on the test set of every
// treebank of Treebanks, parsing with a beam of the given width (0: each
// model's default, 1: greedy).
func EvaluateAll(sharedDir string, seg Segmenter, beam int) ([]Report, error) {
	var out []Report
	for _, lang := range []string{"fr", "en"} {
		m, err := Load(lang)
		if err != nil {
			return out, err
		}
		if beam > 0 {
			m = m.WithBeam(beam)
		}
		reps, err := EvaluateModel(m, sharedDir, seg)
		out = append(out, reps...)
		if err != nil {
			return out, err
		}
	}
	return out, nil
}

// EvaluateModel scores m on the test set of every treebank of its
// language.
func EvaluateModel(m *Model, sharedDir string, seg Segmenter) ([]Report, error) {
	var out []Report
	for _, tb := range Treebanks[m.Lang] {
		rep, err := Evaluate(m, filepath.Join(sharedDir, tb.Test), seg)
		if err != nil {
			return out, err
		}
		rep.Treebank = tb.Name
		out = append(out, rep)
	}
	return out, nil
}
