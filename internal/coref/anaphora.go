package coref

import (
	"cmp"
	"slices"
	"strings"

	"github.com/vigie-events/vigie/internal/doc"
)

// occ is one mention of one entity (or, for a plural, two) in the stream
// that pronouns read.
type occ struct {
	start   int
	sent    int
	ids     []int
	subject bool
	typ     string
}

// anaphor is a pronoun or a plural summary to resolve.
type anaphor struct {
	span   doc.Span
	sent   int
	pro    pronoun
	plural bool // a plural summary ("les deux responsables"), not a pronoun
}

// anaphora resolves pronouns and plural summaries in text order, each
// against the mentions before it, including the pronouns already resolved.
func (r *resolver) anaphora() {
	as := r.anaphors()
	if len(as) == 0 {
		return
	}
	var occs []occ
	for id, e := range r.ents {
		if e.typ != "PER" && e.typ != "ORG" && !r.country(e) {
			continue
		}
		for _, m := range e.mentions {
			occs = append(occs, occ{start: m.Span.Start, sent: r.sentAt(m.Span.Start), ids: []int{id}, typ: e.typ})
		}
	}
	slices.SortStableFunc(occs, func(a, b occ) int { return cmp.Compare(a.start, b.start) })

	var st state
	st.curSent = -1
	k := 0
	for _, a := range as {
		for ; k < len(occs) && occs[k].start < a.span.Start; k++ {
			o := occs[k]
			o.subject = r.isSubject(o.start)
			st.push(o)
		}
		text := r.text[a.span.Start:a.span.End]
		if a.plural || a.pro.plural {
			window := pairWindow
			if !a.plural {
				window = 1
			}
			pair, ok := st.pair(a.sent, window, a.plural)
			if !ok {
				continue
			}
			kind, score := KindPronoun, scoreSubject
			if a.plural {
				kind, score = KindPlural, scorePlural
			}
			for i, id := range pair {
				other := pair[1-i]
				r.ents[id].mentions = append(r.ents[id].mentions, mention{Mention: Mention{Span: a.span, Text: text, Kind: kind, Score: score}, with: []int{other}})
			}
			st.push(occ{start: a.span.Start, sent: a.sent, ids: pair[:], subject: !a.plural || r.isSubject(a.span.Start), typ: "PER"})
			continue
		}
		id, score, ok := r.singular(&st, a)
		if !ok {
			continue
		}
		e := r.ents[id]
		e.add(Mention{Span: a.span, Text: text, Kind: KindPronoun, Score: score})
		if e.gender == 0 && e.typ == "PER" {
			e.gender = a.pro.gender
		}
		st.push(occ{start: a.span.Start, sent: a.sent, ids: []int{id}, subject: true, typ: e.typ})
	}
}

// singular resolves il, elle, he, she: the most recent subject of a
// compatible person within two sentences; in French, else a compatible
// organisation; else the most recent person of this or the previous
// sentence, with a lower score. A demonstrative (celui-ci) goes to that
// last person straight away.
func (r *resolver) singular(st *state, a anaphor) (int, float64, bool) {
	if a.pro.thing {
		// "it": the last organisation or country that was a subject
		for i := len(st.subjects) - 1; i >= 0; i-- {
			o := st.subjects[i]
			if a.sent-o.sent > pronounWindow {
				break
			}
			if len(o.ids) == 1 && (o.typ == "ORG" || o.typ == "LOC") {
				if r.thingSubjectBetween(r.tokAt(o.start), r.tokAt(a.span.Start)) {
					return 0, 0, false
				}
				return o.ids[0], scoreSubject, true
			}
		}
		return 0, 0, false
	}
	types := []string{"PER"}
	if a.pro.lang == "fr" {
		types = append(types, "ORG")
	}
	if a.pro.latest {
		types = nil // straight to the last person named
	}
	for _, typ := range types {
		for i := len(st.subjects) - 1; i >= 0; i-- {
			o := st.subjects[i]
			if a.sent-o.sent > pronounWindow {
				break
			}
			if len(o.ids) == 1 && o.typ == typ && r.genderFits(o.ids[0], a.pro.gender) {
				return o.ids[0], scoreSubject, true
			}
		}
	}
	for i := len(st.persons) - 1; i >= 0; i-- {
		o := st.persons[i]
		if a.sent-o.sent > 1 {
			break
		}
		if r.genderFits(o.ids[0], a.pro.gender) {
			if a.pro.latest {
				return o.ids[0], scoreSubject, true // what a demonstrative means
			}
			return o.ids[0], scoreNearest, true
		}
	}
	return 0, 0, false
}

// genderFits reports whether entity id may be referred to by a pronoun of
// gender g: either is unknown, or they agree.
func (r *resolver) genderFits(id int, g byte) bool {
	e := r.ents[id]
	return g == 0 || e.gender == 0 || e.gender == g
}

// state is what the pronoun pass remembers of the mentions read so far.
type state struct {
	subjects []occ // the last subjects, oldest first
	persons  []occ // the last single-person mentions, oldest first
	curSent  int
	cur      []int // distinct persons of curSent, in order of last mention (the last two kept)
	prevSent int
	prev     [2]int // the last pair of persons mentioned together before curSent
	hasPrev  bool
	last     [2]occ // the last two distinct persons, in any sentences, oldest first
	nLast    int
}

func (st *state) push(o occ) {
	if o.sent != st.curSent {
		if len(st.cur) >= 2 {
			st.prev, st.prevSent, st.hasPrev = [2]int{st.cur[len(st.cur)-2], st.cur[len(st.cur)-1]}, st.curSent, true
		}
		st.curSent, st.cur = o.sent, st.cur[:0]
	}
	if o.typ == "PER" {
		for _, id := range o.ids {
			if i := slices.Index(st.cur, id); i >= 0 {
				st.cur = slices.Delete(st.cur, i, i+1)
			}
			st.cur = append(st.cur, id)
			if len(st.cur) > 2 {
				st.cur = slices.Delete(st.cur, 0, 1)
			}
		}
		if len(o.ids) == 1 {
			st.persons = appendRecent(st.persons, o)
			switch {
			case st.nLast > 0 && st.last[1].ids[0] == o.ids[0]:
				st.last[1] = o
			case st.nLast > 0:
				st.last[0], st.last[1] = st.last[1], o
				st.nLast = min(st.nLast+1, 2)
			default:
				st.last[1], st.nLast = o, 1
			}
		}
	}
	if o.subject {
		st.subjects = appendRecent(st.subjects, o)
	}
}

// pair returns the last two persons mentioned together, in this sentence
// or at most window sentences before it; for a summary that says two
// ("les deux hommes", "both officials"), else the last two persons named
// within the window.
func (st *state) pair(sent, window int, two bool) ([2]int, bool) {
	if len(st.cur) >= 2 && sent-st.curSent <= window {
		return [2]int{st.cur[len(st.cur)-2], st.cur[len(st.cur)-1]}, true
	}
	if st.hasPrev && sent-st.prevSent <= window {
		return st.prev, true
	}
	// two persons named one after the other in sentences of their own:
	// "Le ministre… Le préfet de police… Les deux hommes…"
	if two && st.nLast == 2 && sent-st.last[0].sent <= window {
		return [2]int{st.last[0].ids[0], st.last[1].ids[0]}, true
	}
	return [2]int{}, false
}

func appendRecent(s []occ, o occ) []occ {
	if len(s) == maxRecent {
		copy(s, s[1:])
		s = s[:maxRecent-1]
	}
	return append(s, o)
}

// anaphors finds the subject pronouns and plural summaries of the text.
func (r *resolver) anaphors() []anaphor {
	var as []anaphor
	for i := 0; i < len(r.toks); i++ {
		t := r.toks[i]
		if r.covered[i] {
			continue
		}
		w := strings.TrimPrefix(strings.TrimPrefix(t.low, "-"), "t-")
		if p, ok := pronouns[w]; ok && (p.lang == r.in.Lang || (r.in.Lang != "fr" && r.in.Lang != "en")) {
			if r.impersonal(i, w) || p.thing && !r.parsedSubjectWord(i) {
				continue
			}
			as = append(as, anaphor{span: t.span, sent: t.sent, pro: p})
			continue
		}
		// "ce dernier a reçu…", "the latter said": a demonstrative of two
		// words, as subject
		if i+1 < len(r.toks) && r.toks[i+1].sent == t.sent && !r.covered[i+1] {
			if p, ok := latterPronouns[w+" "+r.toks[i+1].low]; ok && p.lang == r.in.Lang && r.latterSubject(i+1) {
				as = append(as, anaphor{span: doc.Span{Start: t.span.Start, End: r.toks[i+1].span.End}, sent: t.sent, pro: p})
				i++
				continue
			}
		}
		// les deux responsables, the two leaders, both officials
		j := -1
		switch {
		case pluralDet[w] && i+2 < len(r.toks) && pairWords[r.toks[i+1].low] && groupNouns[r.toks[i+2].low]:
			j = i + 2
		case w == "both" && i+1 < len(r.toks) && groupNouns[r.toks[i+1].low]:
			j = i + 1
		}
		if j > 0 && r.toks[j].sent == t.sent {
			as = append(as, anaphor{span: doc.Span{Start: t.span.Start, End: r.toks[j].span.End}, sent: t.sent, plural: true})
			i = j
		}
	}
	return as
}

// latterPronouns are the demonstratives of two words that point at the
// last person named: "ce dernier", "cette dernière", "the latter".
var latterPronouns = map[string]pronoun{
	"ce dernier":     {gender: 'm', lang: "fr", latest: true},
	"cette dernière": {gender: 'f', lang: "fr", latest: true},
	"the latter":     {lang: "en", latest: true},
}

// afterSubject are words that follow a subject and do not follow an
// adjective before its noun ("ce dernier a…", not "ce dernier jour").
var afterSubject = words(`a avait aura aurait est était sera serait s' se n' ne l' lui leur y en
	qui doit devait devrait va allait vient venait peut pouvait , has had have is was will would
	said says told also then did does could should may might must can`)

// latterSubject reports whether the demonstrative ending at token i is a
// subject: the parse says so, or, without one, the word after it is one
// that follows a subject.
func (r *resolver) latterSubject(i int) bool {
	if r.in.Syntax != nil {
		if _, rel, ok := r.in.Syntax(r.toks[i].sent, r.toks[i].idx); ok {
			return strings.HasPrefix(rel, "nsubj")
		}
	}
	return i+1 < len(r.toks) && r.toks[i+1].sent == r.toks[i].sent && afterSubject[r.toks[i+1].low]
}

// impersonal reports whether the French il at token i is impersonal ("il
// y a", "il faut", "il s'agit", "il est possible que"), or, with a parse,
// an expletive.
func (r *resolver) impersonal(i int, w string) bool {
	t := r.toks[i]
	if r.in.Syntax != nil {
		if _, rel, ok := r.in.Syntax(t.sent, t.idx); ok {
			return strings.HasPrefix(rel, "expl")
		}
	}
	if w != "il" || i+1 >= len(r.toks) || r.toks[i+1].sent != t.sent {
		return false
	}
	next := r.toks[i+1].low
	if impersonal[next] {
		return true
	}
	switch next {
	case "est", "était", "sera", "serait", "fut", "a", "avait":
		return i+2 < len(r.toks) && impersonalAdj[r.toks[i+2].low]
	}
	return false
}

// parsedSubjectWord reports whether the parse makes token i a subject:
// "it" is resolved only then, since it is so often expletive ("it is
// unclear whether") or an object.
func (r *resolver) parsedSubjectWord(i int) bool {
	if r.in.Syntax == nil {
		return false
	}
	_, rel, ok := r.in.Syntax(r.toks[i].sent, r.toks[i].idx)
	return ok && strings.HasPrefix(rel, "nsubj")
}

// thingSubjectBetween reports whether a token between from and to (both
// excluded) is the parse's subject and a singular common noun that no
// name covers: "it" may be that thing ("Israel struck Gaza. The attack
// killed 12 people. It was condemned by Egypt": the attack, not Israel).
func (r *resolver) thingSubjectBetween(from, to int) bool {
	for j := from + 1; j < to && j < len(r.toks); j++ {
		t := r.toks[j]
		if r.covered[j] || t.text != t.low || strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss") || notThing[t.low] {
			continue
		}
		if _, rel, ok := r.in.Syntax(t.sent, t.idx); ok && strings.HasPrefix(rel, "nsubj") {
			return true
		}
	}
	return false
}

// notThing are the subjects that are no singular thing "it" could be:
// pronouns, relative pronouns and quantifiers.
var notThing = words(`i you he she we they it who which that what this one each all both none some many most`)

// country reports whether e is a country: a place whose code is a bare
// country code.
func (r *resolver) country(e *ent) bool {
	return e.typ == "LOC" && e.hasCode && len(e.code.Code) == 3
}

// isSubject reports whether the mention starting at off is a subject: by
// the parse when there is one, else by the clause-start heuristic.
func (r *resolver) isSubject(off int) bool {
	i := r.tokAt(off)
	if i >= len(r.toks) {
		return false
	}
	if r.in.Syntax != nil {
		if v, ok := r.parsedSubject(i); ok {
			return v
		}
	}
	return r.clauseInitial(i)
}

// parsedSubject reads the parse: the mention's tokens (from token i, up to
// the end of the entity mention or name around off, and back over the
// covered words before it: a title, "German Chancellor Olaf Scholz", may
// be what the parse makes the subject) hold an nsubj whose head is outside
// them.
func (r *resolver) parsedSubject(i int) (bool, bool) {
	t := r.toks[i]
	start, end := i, i
	if !r.covered[i] && i+1 < len(r.toks) && r.toks[i+1].sent == t.sent && r.covered[i+1] {
		end = i + 1 // a description's article: "La ministre de la Culture"
	}
	for end+1 < len(r.toks) && r.toks[end+1].sent == t.sent && r.covered[end+1] && r.covered[end] {
		end++
	}
	for start > 0 && r.toks[start-1].sent == t.sent && r.covered[start-1] && r.covered[start] {
		start--
	}
	lo, hi := r.toks[start].idx, r.toks[end].idx
	for j := start; j <= end; j++ {
		head, rel, ok := r.in.Syntax(r.toks[j].sent, r.toks[j].idx)
		if !ok {
			return false, false
		}
		if strings.HasPrefix(rel, "nsubj") && (head < lo || head > hi) {
			return true, true
		}
		// "Le maréchal Khalifa Haftar s'est rendu…": the name in
		// apposition to the title noun just before it, the subject.
		if j == start && head == lo-1 && (rel == "appos" || rel == "nmod" || strings.HasPrefix(rel, "flat")) && start > 0 && r.toks[start-1].sent == t.sent {
			if _, hrel, ok := r.in.Syntax(t.sent, head); ok && strings.HasPrefix(hrel, "nsubj") {
				return true, true
			}
		}
	}
	return false, true
}

// clauseInitial is the subject heuristic: reading back from token i, only
// determiners, civilities, quotes, covered words (names, titles, runs of
// the actor matcher) and bracketed words lie between it and the start of
// its clause.
func (r *resolver) clauseInitial(i int) bool {
	sent := r.toks[i].sent
	first := 0
	if sent < len(r.sentFirst) {
		first = r.sentFirst[sent]
	}
	for j, steps := i-1, 0; j >= first; j, steps = j-1, steps+1 {
		if steps > maxLookBack {
			return false
		}
		t := r.toks[j]
		if t.sent != sent {
			return true
		}
		switch {
		case r.covered[j], skipBefore[t.low]:
		case t.low == ")":
			for j > first && r.toks[j].low != "(" && steps <= maxLookBack {
				j--
				steps++
			}
		case t.low == "«" || t.low == "»" || t.low == "\"" || t.low == "“" || t.low == "”":
		case t.low == "," || t.low == ";" || t.low == ":" || t.low == "—" || t.low == "–" || clauseBreaks[t.low]:
			return true
		default:
			return false
		}
	}
	return true
}
