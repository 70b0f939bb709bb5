package event

import (
	"strings"
)

// PETRARCH and TABARI verb patterns are matched as TABARI matched them:
// over the words of the sentence around the verb, elements before '*'
// leftwards from the verb and elements after it rightwards, each element
// found at the next word ('_', adjacent) or further on. '$' and '+' are
// actor mentions (source, target), '%' a compound actor, '^' a skipped
// phrase, '&SET' a synonym set, '{A B}' a phrase and '(PREP …)' a
// prepositional phrase. The longest pattern that matches wins; with none,
// the verb's own code applies. Source and target not fixed by the pattern
// come from the parse: the subject, and the object or oblique.

// petrMatch is one pattern matched at a verb.
type petrMatch struct {
	code     EventCode
	score    int
	src, tgt int // actor indexes fixed by the pattern, -1 when not
	rule     string
}

func (c *Coder) codePetr(p *parsed, i int, cands []Candidate, out []Coded) []Coded {
	if up := p.Words[i].UPOS; up == "NOUN" || up == "PROPN" {
		return out
	}
	var best *petrMatch
	var bestVerb *Verb
	bestExact := false
	for k := range cands {
		cd := &cands[k]
		if cd.Verb == nil {
			continue
		}
		v := cd.Verb
		if !p.verbWordsAt(i, v) {
			continue
		}
		m := petrMatch{code: v.Code, src: -1, tgt: -1, rule: cd.Dict.Name + ":" + itoa(v.Line) + " " + strings.Join(v.Words, "_")}
		if !v.OwnCode && cd.Block != nil {
			m.code = cd.Block.Code
		}
		if cd.Block != nil {
			for pi := range cd.Block.Patterns {
				pt := &cd.Block.Patterns[pi]
				mm := petrMatcher{p: p, dict: cd.Dict, src: -1, tgt: -1}
				sc, ok := mm.pattern(pt, i, len(v.Words)-v.Head-1)
				if ok && sc > m.score {
					m.code, m.score, m.src, m.tgt = pt.Code, sc, mm.src, mm.tgt
					m.rule = cd.Dict.Name + ":" + itoa(pt.Line) + " " + pt.String()
				}
			}
		}
		// TABARI reads word forms: at equal standing, the verb written
		// as the sentence writes it ("LEFT") beats its lemma ("LEAVE").
		exact := v.Head < len(v.Words) && strings.EqualFold(v.Words[v.Head], p.Words[i].Form)
		if best == nil || m.score > best.score || (m.score == best.score && exact && !bestExact) {
			mc := m
			best, bestVerb, bestExact = &mc, v, exact
		}
	}
	if best == nil || best.code.IsNull() {
		return out
	}
	_ = bestVerb
	var src, tgt []Mention
	compound := false
	if best.src >= 0 && best.src == best.tgt {
		// '%': a compound actor, each member acting on each other.
		compound = true
		src = p.coordinated(best.src)
		if len(expand(src)) < 2 {
			return out
		}
	} else if best.src >= 0 {
		src = []Mention{p.Actors[best.src]}
		src = append(src, p.conjActors(best.src)...)
	}
	if best.tgt >= 0 && !compound {
		tgt = []Mention{p.Actors[best.tgt]}
		tgt = append(tgt, p.conjActors(best.tgt)...)
	}
	pass := p.passive(i)
	if len(src) == 0 {
		src = p.defaultSource(i, pass, tgt)
	}
	if len(src) == 0 && !pass {
		src = p.flatSource(i, tgt)
	}
	if len(tgt) == 0 && !compound {
		tgt = p.defaultTarget(i, pass, src)
	}
	if len(tgt) == 0 && !compound && p.Words[i].UPOS != "VERB" {
		tgt = p.flatTarget(i, src)
	}
	// A compound ('%') acts on itself, each member on each other:
	// "Gondor and Osgiliath have delayed their meeting".
	pairwise := compound && len(tgt) == 0 && len(expand(src)) >= 2
	if len(src) == 0 || (len(tgt) == 0 && !pairwise) {
		return out
	}
	mod, tense, drop, said := p.modality(i)
	if drop && !c.cfg.KeepNegated {
		return out
	}
	base := Coded{
		Trigger:    p.Words[i].Span,
		Clause:     p.clause(i),
		Said:       said,
		Nested:     p.nested(i),
		Modality:   mod,
		Tense:      tense,
		Rule:       best.rule,
		Confidence: 0.7,
		Word:       i,
	}
	if pairwise {
		if a := best.code.Active; a != "" && a != "---" {
			e := base
			e.Code = a
			out = emitPairs(e, expand(src), out)
		}
		return out
	}
	if a := best.code.Active; a != "" && a != "---" {
		e := base
		e.Code = a
		out = emit(e, src, tgt, out)
	}
	if ps := best.code.Passive; ps != "" && ps != "---" {
		e := base
		e.Code = ps
		out = emit(e, tgt, src, out)
	}
	return out
}

// verbWordsAt reports whether the words of a multiword verb ("CALL OFF",
// "RE ARREST") stand around word i.
func (p *parsed) verbWordsAt(i int, v *Verb) bool {
	for k, w := range v.Words {
		j := i + k - v.Head
		if k == v.Head {
			continue
		}
		if j < 0 || j >= len(p.Words) || !wordMatches(strings.ToLower(w), p.form(j), false) {
			return false
		}
	}
	return true
}

// wordMatches compares a pattern word (lower case) with a sentence word:
// TABARI words match as stems unless written exact.
func wordMatches(pat, word string, exact bool) bool {
	if pat == word {
		return true
	}
	if exact || len(pat) < 3 {
		return false
	}
	return strings.HasPrefix(word, pat)
}

// coordinated returns actor a with the actors coordinated with it, in
// order: "Gondor and Osgiliath" from either of them.
func (p *parsed) coordinated(a int) []Mention {
	w := p.headWord(a)
	if w < 0 {
		return []Mention{p.Actors[a]}
	}
	// Climb to the first conjunct.
	for step := 0; step < maxClimb && p.rel(w) == "conj" && p.Words[w].Head >= 0; step++ {
		w = p.Words[w].Head
	}
	first := p.findActor(w)
	if first < 0 {
		first = a
	}
	res := []Mention{p.Actors[first]}
	for _, m := range p.conjActors(first) {
		if !sameActor(res, []Mention{m}) {
			res = append(res, m)
		}
	}
	if !sameActor(res, []Mention{p.Actors[a]}) {
		res = append(res, p.Actors[a])
	}
	return res
}

// headWord returns the word of actor a whose head is outside it (the
// head of "the Central African Republic" is "Republic"), -1 if none.
func (p *parsed) headWord(a int) int {
	first := -1
	for j := range p.mentionWords(a) {
		if first < 0 {
			first = j
		}
		if h := p.Words[j].Head; h < 0 || p.actor[h] != a {
			return j
		}
	}
	return first
}

// conjActors returns the actors coordinated with actor a ("Fornost and
// Gondor").
func (p *parsed) conjActors(a int) []Mention {
	var res []Mention
	for w := range p.Words {
		if p.actor[w] != a {
			continue
		}
		for _, k := range p.kids[w] {
			if p.rel(k) == "conj" {
				if b := p.findActor(k); b >= 0 && b != a {
					res = append(res, p.Actors[b])
				}
			}
		}
	}
	return res
}

func (p *parsed) defaultSource(i int, pass bool, tgt []Mention) []Mention {
	var deps []int
	if pass {
		deps = p.slotDeps(i, Slot{Rel: "nsubj"}, POSVerb)
	} else {
		deps = p.subjectOf(i)
	}
	for _, d := range deps {
		if ms := p.actorsAt(d); len(ms) > 0 && !sameActor(ms, tgt) {
			return ms
		}
	}
	// The target took the subject ("NOTED + *"): the source is the
	// subject of the clause above.
	if len(deps) > 0 && p.Words[i].Head >= 0 && p.rel(i) == "ccomp" {
		for _, d := range p.subjectOf(p.Words[i].Head) {
			if ms := p.actorsAt(d); len(ms) > 0 && !sameActor(ms, tgt) {
				return ms
			}
		}
	}
	return nil
}

func (p *parsed) defaultTarget(i int, pass bool, src []Mention) []Mention {
	if pass {
		for _, d := range p.slotDeps(i, Slot{Rel: "obj"}, POSVerb) {
			if ms := p.actorsAt(d); len(ms) > 0 && !sameActor(ms, src) {
				return ms
			}
		}
	}
	for _, k := range p.kids[i] {
		r := p.rel(k)
		if r == "obj" || r == "iobj" || (r == "obl" && p.Words[k].Deprel != "obl:agent" && !pass) || r == "xcomp" {
			if ms := p.actorsAt(k); len(ms) > 0 && !sameActor(ms, src) {
				return ms
			}
		}
	}
	// The first actor after the verb in its clause.
	cl := p.clause(i)
	for j := i + 1; j < len(p.Words) && p.Words[j].Span.End <= cl.End; j++ {
		if a := p.actor[j]; a >= 0 && !sameActor([]Mention{p.Actors[a]}, src) {
			ms := []Mention{p.Actors[a]}
			for _, b := range p.listed(a) {
				if b != a && !sameActor([]Mention{p.Actors[b]}, src) {
					ms = append(ms, p.Actors[b])
				}
			}
			return ms
		}
	}
	return nil
}

// flatSource reads the source of verb i from the words when the parse
// gives the verb no subject (a verb tagged as an adjective: "the new
// mayor left for X"): the nearest actor before it, with no other verb or
// clause break between.
func (p *parsed) flatSource(i int, tgt []Mention) []Mention {
	for j := i - 1; j >= 0 && i-j <= 12; j-- {
		if a := p.actor[j]; a >= 0 {
			ms := []Mention{p.Actors[a]}
			if sameActor(ms, tgt) {
				return nil
			}
			for _, b := range p.listed(a) {
				if b != a {
					ms = append(ms, p.Actors[b])
				}
			}
			return ms
		}
		if p.breaksFlat(j) {
			return nil
		}
	}
	return nil
}

// flatTarget reads the target of a verb the parse left without one: the
// first actor after it, with no other verb or clause break between.
func (p *parsed) flatTarget(i int, src []Mention) []Mention {
	for j := i + 1; j < len(p.Words) && j-i <= 12; j++ {
		if a := p.actor[j]; a >= 0 {
			ms := []Mention{p.Actors[a]}
			if sameActor(ms, src) {
				continue
			}
			return ms
		}
		if p.breaksFlat(j) {
			return nil
		}
	}
	return nil
}

// breaksFlat reports whether word j ends the reach of a verb read from
// the words alone: another verb, a subordinating word, a clause break.
func (p *parsed) breaksFlat(j int) bool {
	switch p.Words[j].UPOS {
	case "VERB", "SCONJ":
		return true
	case "AUX":
		return false
	case "PUNCT":
		f := p.form(j)
		return f == "," || f == ";" || f == ":" || f == "." || f == "(" || f == ")"
	case "PRON":
		return p.relativePronoun(j)
	}
	return false
}

func sameActor(a, b []Mention) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Span == y.Span {
				return true
			}
		}
	}
	return false
}

// petrMatcher matches one pattern; it records the actors it binds.
type petrMatcher struct {
	p        *parsed
	dict     *VerbDict
	src, tgt int
	depth    int
}

// pattern matches pt around verb i whose extra words (particles) take the
// next skip words; it returns the number of elements matched.
func (m *petrMatcher) pattern(pt *Pattern, i, skip int) (int, bool) {
	before, after := pt.Before(), pt.After()
	score := 0
	pos := i - 1
	for k := len(before) - 1; k >= 0; k-- {
		e := &before[k]
		adjacent := k == len(before)-1 && len(before) > 0 && pt.Elements[pt.VerbIndex()].Adjacent
		if k < len(before)-1 && before[k+1].Adjacent {
			adjacent = true
		}
		np, ok := m.find(e, pos, -1, adjacent)
		if !ok {
			return 0, false
		}
		pos = np
		score += weight(e)
	}
	pos = i + 1 + max(skip, 0)
	for k := range after {
		e := &after[k]
		np, ok := m.find(e, pos, 1, e.Adjacent)
		if !ok {
			return 0, false
		}
		pos = np
		score += weight(e)
	}
	return score, true
}

func weight(e *Element) int {
	switch e.Kind {
	case ElemPhrase, ElemPrep:
		return 1 + len(e.Children)
	}
	return 1
}

// find looks for element e from word pos in direction dir (at pos only
// when adjacent), and returns the position after it in that direction.
func (m *petrMatcher) find(e *Element, pos, dir int, adjacent bool) (int, bool) {
	n := len(m.p.Words)
	for j := pos; j >= 0 && j < n; j += dir {
		if np, ok := m.at(e, j, dir); ok {
			return np, true
		}
		if adjacent {
			return 0, false
		}
		if w := m.p.form(j); w == "." || w == ";" {
			return 0, false
		}
	}
	return 0, false
}

// at matches element e with its first word (in direction dir) at j.
func (m *petrMatcher) at(e *Element, j, dir int) (int, bool) {
	p := m.p
	n := len(p.Words)
	if j < 0 || j >= n {
		return 0, false
	}
	m.depth++
	defer func() { m.depth-- }()
	if m.depth > 8 {
		return 0, false
	}
	switch e.Kind {
	case ElemWord:
		if wordMatches(strings.ToLower(e.Text), p.form(j), e.Exact) || wordMatches(strings.ToLower(e.Text), p.lemma(j), e.Exact) {
			return j + dir, true
		}
	case ElemSource, ElemTarget, ElemCompound:
		a := p.actor[j]
		if a < 0 {
			return 0, false
		}
		if e.Kind == ElemSource {
			m.src = a
		} else if e.Kind == ElemTarget {
			m.tgt = a
		} else {
			m.src, m.tgt = a, a
		}
		for j >= 0 && j < n && p.actor[j] == a {
			j += dir
		}
		return j, true
	case ElemSkip:
		return j + dir, true
	case ElemSynset:
		if m.dict == nil {
			return 0, false
		}
		ss := m.dict.Synsets[strings.TrimSuffix(e.Text, "_")]
		if ss == nil {
			return 0, false
		}
		for _, mem := range ss.Members {
			if np, ok := m.seq(mem, j, dir); ok {
				return np, true
			}
		}
	case ElemPhrase:
		return m.seq(e.Children, j, dir)
	case ElemAlt:
		for k := range e.Children {
			if np, ok := m.at(&e.Children[k], j, dir); ok {
				return np, true
			}
		}
	case ElemPrep:
		if !wordMatches(strings.ToLower(e.Text), p.form(j), true) {
			return 0, false
		}
		pos := j + dir
		for k := range e.Children {
			np, ok := m.find(&e.Children[k], pos, dir, e.Children[k].Adjacent)
			if !ok {
				return 0, false
			}
			pos = np
		}
		return pos, true
	}
	return 0, false
}

// seq matches a run of adjacent elements (a phrase) from j.
func (m *petrMatcher) seq(es []Element, j, dir int) (int, bool) {
	if dir < 0 {
		// Phrases read left to right: find where the phrase would start.
		l := 0
		for k := range es {
			l += phraseLen(&es[k])
		}
		start := j - l + 1
		np, ok := m.seq(es, start, 1)
		if !ok || np != j+1 {
			return 0, false
		}
		return start - 1, true
	}
	pos := j
	for k := range es {
		np, ok := m.at(&es[k], pos, 1)
		if !ok {
			return 0, false
		}
		pos = np
	}
	return pos, true
}

func phraseLen(e *Element) int {
	if e.Kind == ElemPhrase {
		n := 0
		for k := range e.Children {
			n += phraseLen(&e.Children[k])
		}
		return n
	}
	return 1
}

// emitPairs appends one event for each ordered pair of distinct actors.
func emitPairs(base Coded, ms []Mention, out []Coded) []Coded {
	for _, s := range ms {
		for _, t := range ms {
			if s.Code == "" || t.Code == "" || s.Code == t.Code {
				continue
			}
			e := base
			e.Source, e.Target = s, t
			out = append(out, e)
		}
	}
	return out
}
