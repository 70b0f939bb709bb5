package conllu

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

// The evaluation follows conll18_ud_eval.py, the official script of the
// CoNLL 2018 shared task: system and gold are aligned on the characters of
// their tokens (whitespace removed); words inside multiword tokens are
// aligned by a longest common subsequence of their forms; only universal
// features and the universal part of relations are compared.

// Score is one line of the evaluation table.
type Score struct {
	Gold, System, Correct int
	Aligned               int // aligned words; 0 for Tokens, Sentences and Words
}

// Precision is Correct/System.
func (s Score) Precision() float64 { return ratio(s.Correct, s.System) }

// Recall is Correct/Gold.
func (s Score) Recall() float64 { return ratio(s.Correct, s.Gold) }

// F1 is the harmonic mean of precision and recall.
func (s Score) F1() float64 { return ratio(2*s.Correct, s.System+s.Gold) }

// AlignedAccuracy is Correct/Aligned: accuracy on the words that were aligned.
func (s Score) AlignedAccuracy() float64 { return ratio(s.Correct, s.Aligned) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Metrics names the scores in the order of the official script.
var Metrics = []string{"Tokens", "Sentences", "Words", "UPOS", "XPOS", "UFeats", "AllTags", "Lemmas", "UAS", "LAS", "CLAS"}

// Result holds every score of one evaluation.
type Result struct {
	Tokens, Sentences, Words            Score
	UPOS, XPOS, UFeats, AllTags, Lemmas Score
	UAS, LAS, CLAS                      Score
}

// Get returns the score with the given name from Metrics.
func (r *Result) Get(name string) (Score, bool) {
	switch name {
	case "Tokens":
		return r.Tokens, true
	case "Sentences":
		return r.Sentences, true
	case "Words":
		return r.Words, true
	case "UPOS":
		return r.UPOS, true
	case "XPOS":
		return r.XPOS, true
	case "UFeats":
		return r.UFeats, true
	case "AllTags":
		return r.AllTags, true
	case "Lemmas":
		return r.Lemmas, true
	case "UAS":
		return r.UAS, true
	case "LAS":
		return r.LAS, true
	case "CLAS":
		return r.CLAS, true
	}
	return Score{}, false
}

// String formats the result as the official script's verbose table.
func (r *Result) String() string {
	var b strings.Builder
	b.WriteString("Metric     | Precision |    Recall |  F1 Score | AligndAcc\n")
	b.WriteString("-----------+-----------+-----------+-----------+-----------\n")
	for _, m := range Metrics {
		s, _ := r.Get(m)
		acc := ""
		if s.Aligned > 0 {
			acc = fmt.Sprintf("%10.2f", 100*s.AlignedAccuracy())
		}
		fmt.Fprintf(&b, "%-11s|%10.2f |%10.2f |%10.2f |%s\n", m, 100*s.Precision(), 100*s.Recall(), 100*s.F1(), acc)
	}
	return b.String()
}

// ErrTextMismatch is returned when gold and system do not spell the same
// characters (whitespace aside), so they cannot be aligned.
var ErrTextMismatch = errors.New("conllu: gold and system texts differ")

var universalFeatures = map[string]bool{
	"PronType": true, "NumType": true, "Poss": true, "Reflex": true, "Foreign": true, "Abbr": true,
	"Gender": true, "Animacy": true, "Number": true, "Case": true, "Definite": true, "Degree": true,
	"VerbForm": true, "Mood": true, "Tense": true, "Aspect": true, "Voice": true, "Evident": true,
	"Polarity": true, "Person": true, "Polite": true,
}

var contentDeprels = map[string]bool{
	"nsubj": true, "obj": true, "iobj": true, "csubj": true, "ccomp": true, "xcomp": true,
	"obl": true, "vocative": true, "expl": true, "dislocated": true, "advcl": true, "advmod": true,
	"discourse": true, "nmod": true, "appos": true, "nummod": true, "acl": true, "amod": true,
	"conj": true, "fixed": true, "flat": true, "compound": true, "list": true, "parataxis": true,
	"orphan": true, "goeswith": true, "reparandum": true, "root": true, "dep": true,
}

type span struct{ start, end int }

type evalWord struct {
	span      span
	multi     bool
	form      string // lowercased, for the LCS inside multiword spans
	upos      string
	xpos      string
	feats     string
	lemma     string
	deprel    string
	parent    int // index into the words of the file; -1 for the root
	isContent bool
}

type evalFile struct {
	chars     []rune
	tokens    []span
	sentences []span
	words     []evalWord
}

func universalFeats(feats string) string {
	if feats == "_" || feats == "" {
		return ""
	}
	var keep []string
	for f := range strings.SplitSeq(feats, "|") {
		k, _, _ := strings.Cut(f, "=")
		if universalFeatures[k] {
			keep = append(keep, f)
		}
	}
	sort.Strings(keep)
	return strings.Join(keep, "|")
}

func stripZs(s string) []rune {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		if !unicode.Is(unicode.Zs, r) {
			out = append(out, r)
		}
	}
	return out
}

// load builds the character-level view of a file, checking the trees.
func load(sents []*Sentence, which string) (*evalFile, error) {
	f := &evalFile{}
	for si, s := range sents {
		sentStart := len(f.chars)
		wordStart := len(f.words)
		for _, t := range s.Tokens() {
			form := stripZs(t.Form)
			if len(form) == 0 {
				return nil, fmt.Errorf("conllu: %s sentence %d: empty FORM", which, si+1)
			}
			sp := span{len(f.chars), len(f.chars) + len(form)}
			f.chars = append(f.chars, form...)
			f.tokens = append(f.tokens, sp)
			for i := t.First; i <= t.Last; i++ {
				w := s.Words[i]
				rel, _, _ := strings.Cut(w.Deprel, ":")
				parent := -1
				if w.Head < 0 || w.Head > len(s.Words) {
					return nil, fmt.Errorf("conllu: %s sentence %d word %d: bad HEAD %d", which, si+1, w.ID, w.Head)
				}
				if w.Head > 0 {
					parent = wordStart + w.Head - 1
				}
				f.words = append(f.words, evalWord{
					span: sp, multi: t.Multi, form: strings.ToLower(w.Form),
					upos: w.UPOS, xpos: w.XPOS, feats: universalFeats(w.Feats), lemma: w.Lemma,
					deprel: rel, parent: parent, isContent: contentDeprels[rel],
				})
			}
		}
		roots := 0
		for i := wordStart; i < len(f.words); i++ {
			if f.words[i].parent < 0 {
				roots++
			}
			// cycle check: walk up at most n steps
			j, steps := i, 0
			for f.words[j].parent >= 0 {
				j = f.words[j].parent
				steps++
				if steps > len(f.words)-wordStart {
					return nil, fmt.Errorf("conllu: %s sentence %d: there is a cycle", which, si+1)
				}
			}
		}
		if roots != 1 {
			return nil, fmt.Errorf("conllu: %s sentence %d: %d roots, want 1", which, si+1, roots)
		}
		f.sentences = append(f.sentences, span{sentStart, len(f.chars)})
	}
	return f, nil
}

type alignment struct {
	gold, sys []evalWord
	pairs     [][2]int    // (gold index, system index)
	sysToGold map[int]int // system index -> gold index
}

func spansScore(gold, sys []span) Score {
	correct, gi, si := 0, 0, 0
	for gi < len(gold) && si < len(sys) {
		switch {
		case sys[si].start < gold[gi].start:
			si++
		case gold[gi].start < sys[si].start:
			gi++
		default:
			if gold[gi].end == sys[si].end {
				correct++
			}
			si++
			gi++
		}
	}
	return Score{Gold: len(gold), System: len(sys), Correct: correct}
}

func beyondEnd(words []evalWord, i, end int) bool {
	if i >= len(words) {
		return true
	}
	if words[i].multi {
		return words[i].span.start >= end
	}
	return words[i].span.end > end
}

func extendEnd(w evalWord, end int) int {
	if w.multi && w.span.end > end {
		return w.span.end
	}
	return end
}

func findMultiwordSpan(gold, sys []evalWord, gi, si int) (gs, ss, gi2, si2 int) {
	var end int
	if gold[gi].multi {
		end = gold[gi].span.end
		if !sys[si].multi && sys[si].span.start < gold[gi].span.start {
			si++
		}
	} else {
		end = sys[si].span.end
		if !gold[gi].multi && gold[gi].span.start < sys[si].span.start {
			gi++
		}
	}
	gs, ss = gi, si
	for !beyondEnd(gold, gi, end) || !beyondEnd(sys, si, end) {
		if gi < len(gold) && (si >= len(sys) || gold[gi].span.start <= sys[si].span.start) {
			end = extendEnd(gold[gi], end)
			gi++
		} else {
			end = extendEnd(sys[si], end)
			si++
		}
	}
	return gs, ss, gi, si
}

func alignWords(gold, sys []evalWord) *alignment {
	a := &alignment{gold: gold, sys: sys, sysToGold: make(map[int]int, len(sys))}
	add := func(g, s int) {
		a.pairs = append(a.pairs, [2]int{g, s})
		a.sysToGold[s] = g
	}
	gi, si := 0, 0
	for gi < len(gold) && si < len(sys) {
		if gold[gi].multi || sys[si].multi {
			var gs, ss int
			gs, ss, gi, si = findMultiwordSpan(gold, sys, gi, si)
			if si > ss && gi > gs {
				ng, ns := gi-gs, si-ss
				// lcs[g][s] over suffixes, with an extra zero row and column.
				lcs := make([][]int, ng+1)
				for g := range lcs {
					lcs[g] = make([]int, ns+1)
				}
				for g := ng - 1; g >= 0; g-- {
					for s := ns - 1; s >= 0; s-- {
						v := 0
						if gold[gs+g].form == sys[ss+s].form {
							v = 1 + lcs[g+1][s+1]
						}
						v = max(v, lcs[g+1][s], lcs[g][s+1])
						lcs[g][s] = v
					}
				}
				g, s := 0, 0
				for g < ng && s < ns {
					switch {
					case gold[gs+g].form == sys[ss+s].form:
						add(gs+g, ss+s)
						g++
						s++
					case lcs[g][s] == lcs[g+1][s]:
						g++
					default:
						s++
					}
				}
			}
			continue
		}
		switch {
		case gold[gi].span == sys[si].span:
			add(gi, si)
			gi++
			si++
		case gold[gi].span.start <= sys[si].span.start:
			gi++
		default:
			si++
		}
	}
	return a
}

// score counts, over aligned words kept by filter, those where key gives
// the same value for the gold word and the system word.
func (a *alignment) score(key func(w *evalWord, gold bool) string, filter func(w *evalWord) bool) Score {
	var sc Score
	for i := range a.gold {
		if filter == nil || filter(&a.gold[i]) {
			sc.Gold++
		}
	}
	for i := range a.sys {
		if filter == nil || filter(&a.sys[i]) {
			sc.System++
		}
	}
	for _, p := range a.pairs {
		g, s := &a.gold[p[0]], &a.sys[p[1]]
		if filter != nil && !filter(g) {
			continue
		}
		sc.Aligned++
		if key == nil || key(g, true) == key(s, false) {
			sc.Correct++
		}
	}
	if key == nil {
		sc.Correct = sc.Aligned
		sc.Aligned = 0
	}
	return sc
}

// goldParent names the gold word a word's parent is (or is aligned to):
// "root", a gold index, or "none" when the system parent is not aligned.
func (a *alignment) goldParent(w *evalWord, gold bool) string {
	if w.parent < 0 {
		return "root"
	}
	if gold {
		return fmt.Sprint(w.parent)
	}
	if g, ok := a.sysToGold[w.parent]; ok {
		return fmt.Sprint(g)
	}
	return "none"
}

// Evaluate scores system against gold. Both must spell the same characters
// once whitespace is removed; otherwise the error wraps ErrTextMismatch.
func Evaluate(gold, system []*Sentence) (*Result, error) {
	g, err := load(gold, "gold")
	if err != nil {
		return nil, err
	}
	s, err := load(system, "system")
	if err != nil {
		return nil, err
	}
	if n := firstDiff(g.chars, s.chars); n >= 0 {
		return nil, fmt.Errorf("%w: first difference at character %d: gold %q, system %q",
			ErrTextMismatch, n, context(g.chars, n), context(s.chars, n))
	}
	a := alignWords(g.words, s.words)
	r := &Result{
		Tokens:    spansScore(g.tokens, s.tokens),
		Sentences: spansScore(g.sentences, s.sentences),
		Words:     a.score(nil, nil),
		UPOS:      a.score(func(w *evalWord, _ bool) string { return w.upos }, nil),
		XPOS:      a.score(func(w *evalWord, _ bool) string { return w.xpos }, nil),
		UFeats:    a.score(func(w *evalWord, _ bool) string { return w.feats }, nil),
		AllTags:   a.score(func(w *evalWord, _ bool) string { return w.upos + "\x00" + w.xpos + "\x00" + w.feats }, nil),
	}
	// Lemmas: a system lemma counts as right when the gold lemma is "_".
	lemmaCorrect := 0
	for _, p := range a.pairs {
		gl := a.gold[p[0]].lemma
		if gl == "_" || gl == a.sys[p[1]].lemma {
			lemmaCorrect++
		}
	}
	r.Lemmas = Score{Gold: len(a.gold), System: len(a.sys), Correct: lemmaCorrect, Aligned: len(a.pairs)}
	r.UAS = a.score(a.goldParent, nil)
	las := func(w *evalWord, gold bool) string { return a.goldParent(w, gold) + "\x00" + w.deprel }
	r.LAS = a.score(las, nil)
	r.CLAS = a.score(las, func(w *evalWord) bool { return w.isContent })
	return r, nil
}

func firstDiff(a, b []rune) int {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			return i
		}
	}
	if len(a) != len(b) {
		return n
	}
	return -1
}

func context(r []rune, at int) string {
	hi := min(len(r), at+20)
	if at > hi {
		return ""
	}
	return string(r[at:hi])
}

// EvaluateFiles reads and scores two CoNLL-U files.
func EvaluateFiles(goldFile, systemFile string) (*Result, error) {
	g, err := ReadFile(goldFile)
	if err != nil {
		return nil, err
	}
	s, err := ReadFile(systemFile)
	if err != nil {
		return nil, err
	}
	return Evaluate(g, s)
}
