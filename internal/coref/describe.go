package coref

import (
	"cmp"
	"slices"
	"strings"

	"github.com/vigie-events/vigie/internal/actor"
	"github.com/vigie-events/vigie/internal/doc"
)

// description is a definite description read from the actor matcher's
// runs: "le chef du Pentagone" (USAMIL), "the defense chief" (GOVMIL).
type description struct {
	span   doc.Span
	code   actor.Code
	title  string // the title entry ("chef", "ministre de la Défense")
	gender byte
	org    bool // names an organisation ("l'agence"), not a person
	fresh  bool // "le nouveau ministre": a holder named before it, never one named after
}

// occRef is one mention of an entity, for the bounded searches.
type occRef struct {
	start int
	id    int
}

// descriptions links the singular definite descriptions to the persons
// (or organisations) that hold the office in the document.
func (r *resolver) descriptions() {
	if len(r.runs) == 0 {
		return
	}
	var pers, orgs []occRef
	var perSpans []doc.Span
	for id, e := range r.ents {
		for _, m := range e.mentions {
			switch e.typ {
			case "PER":
				pers = append(pers, occRef{m.Span.Start, id})
				perSpans = append(perSpans, m.Span)
			case "ORG":
				orgs = append(orgs, occRef{m.Span.Start, id})
			}
		}
	}
	byStart := func(a, b occRef) int { return cmp.Compare(a.start, b.start) }
	slices.SortFunc(pers, byStart)
	slices.SortFunc(orgs, byStart)
	per := newSpanSet(perSpans)

	for i, a := range r.runs {
		if !a.Span.Valid(len(r.text)) || per.overlaps(a.Span) {
			continue // a title read with its name
		}
		d, ok := r.describe(i)
		if !ok || per.overlaps(d.span) {
			continue
		}
		if d.org {
			if id, ok := r.linkOrg(d, orgs); ok {
				r.ents[id].add(Mention{Span: d.span, Text: r.text[d.span.Start:d.span.End], Kind: KindDescription, Score: scoreDescription})
			}
			continue
		}
		id, same, ok := r.linkPerson(d, pers)
		if !ok {
			continue
		}
		e := r.ents[id]
		score := scoreDescription
		if same {
			score = scoreSameTitle
		}
		e.add(Mention{Span: d.span, Text: r.text[d.span.Start:d.span.End], Kind: KindDescription, Score: score})
		if !e.hasDesc || d.code.Confidence > e.descCode.Confidence {
			e.descCode, e.hasDesc = d.code, true
		}
		if e.gender == 0 {
			e.gender = d.gender
		}
	}
	r.genericOrgs(orgs)
}

// genericOrgNouns name an organisation without saying which kind: the
// dictionaries give them no role to match.
var genericOrgNouns = words(`agency organization organisation group alliance bloc movement body
	groupe mouvement organisme`)

// GenericOrgNoun reports whether a word in lower case is a noun that
// names an organisation without saying which ("group", "agency",
// "mouvement"): after a definite article it may refer back to one.
func GenericOrgNoun(w string) bool { return genericOrgNouns[w] }

// chargeVerb reports whether a word is a form of a verb whose object the
// preposition after it charges: "accused … of", "accuse … de".
func chargeVerb(w string) bool {
	for _, p := range []string{"accus", "suspect", "soupçonn", "blam", "charg", "convict", "condamn", "reproch"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// genericOrgs links "the agency", "the alliance", "le groupe" to the
// organisation named last, in its sentence or the two before it ("The
// World Health Organization (WHO) warned… The agency said…"). Not "the
// group of…" (but "accused the group of genocide"), nor a noun before a
// name ("the group Hamas").
func (r *resolver) genericOrgs(orgs []occRef) {
	for i := 1; i < len(r.toks); i++ {
		t, det := r.toks[i], r.toks[i-1]
		if !genericOrgNouns[t.low] || r.covered[i] || r.covered[i-1] || !definite[det.low] || det.sent != t.sent {
			continue
		}
		if i+1 < len(r.toks) && r.toks[i+1].sent == t.sent {
			next := r.toks[i+1].low
			charged := i >= 2 && chargeVerb(r.toks[i-2].low) // "accused the group of genocide"
			if startsUpper(r.toks[i+1].text) || (next == "of" || next == "de" || next == "d'" || next == "d’") && !charged {
				continue
			}
		}
		k, _ := slices.BinarySearchFunc(orgs, t.span.Start, func(o occRef, off int) int { return cmp.Compare(o.start, off) })
		if k == 0 || t.sent-r.sentAt(orgs[k-1].start) > 2 {
			continue
		}
		span := doc.Span{Start: det.span.Start, End: t.span.End}
		r.ents[orgs[k-1].id].add(Mention{Span: span, Text: r.text[span.Start:span.End], Kind: KindDescription, Score: scoreDescription})
	}
}

// describe reads run i as a singular definite description. An English
// title right after an organisation ("the Pentagon chief") is read with it.
func (r *resolver) describe(i int) (description, bool) {
	a := r.runs[i]
	d := description{span: a.Span, code: a.Code}
	first, last := r.tokAt(a.Span.Start), -1
	head := ""
	for j := first; j < len(r.toks) && r.toks[j].span.Start < a.Span.End; j++ {
		last = j
		w := r.toks[j].low
		if head == "" && (personTitles[w] || orgNouns[w]) {
			head = w
			d.org = !personTitles[w]
		}
	}
	if head == "" || last < first {
		return d, false
	}
	if last == first && i > 0 && !d.org {
		// "the Pentagon chief": a title right after an organisation.
		p := r.runs[i-1]
		if p.Span.End <= a.Span.Start && a.Span.Start-p.Span.End <= 2 && strings.TrimSpace(r.text[p.Span.End:a.Span.Start]) == "" && countryOf(p.Code.Code) != "" {
			code := p.Code
			if !headTitles[head] {
				code.Code = countryOf(p.Code.Code) + strings.TrimPrefix(a.Code.Code, countryOf(a.Code.Code))
			}
			code.Evidence = append(slices.Clip(p.Code.Evidence), a.Code.Evidence...)
			d.span.Start, d.code = p.Span.Start, code
			first = r.tokAt(d.span.Start)
		}
	}
	if first == 0 || first >= len(r.toks) {
		return d, false
	}
	det := r.toks[first-1]
	if descAdjectives[det.low] && first >= 2 && definite[r.toks[first-2].low] {
		det = r.toks[first-2] // "le nouveau chef du gouvernement", "the new prime minister"
		d.fresh = true
	}
	if !definite[det.low] || det.sent != r.toks[first].sent {
		return d, false
	}
	if r.in.Lang == "en" && strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") {
		return d, false
	}
	d.span.Start = det.span.Start
	for _, ev := range d.code.Evidence {
		if ev.Kind == "title" {
			d.title = ev.Entry
			break
		}
	}
	if g, ok := titleGender[head]; ok {
		d.gender = g
	} else {
		d.gender = determinerGender[det.low]
	}
	return d, d.code.Code != ""
}

// linkPerson finds the person a description refers to: the most recent one
// before it that fits, else the first one after it. same reports that the
// person was given the same title.
func (r *resolver) linkPerson(d description, pers []occRef) (id int, same, ok bool) {
	i, _ := slices.BinarySearchFunc(pers, d.span.Start, func(o occRef, off int) int { return cmp.Compare(o.start, off) })
	// Before it: the nearest person the text gave this very title, else
	// the nearest that fits ("Le président déchu" is the one the text
	// called président, not a nearer general the office list has become
	// president since).
	first, firstSame := -1, false
	tried := 0
	for j := i - 1; j >= 0 && tried < maxCandidates; j-- {
		tried++
		e := r.ents[pers[j].id]
		if same, ok := r.fits(d, e); ok {
			if same && slices.Contains(e.titles, d.title) {
				return pers[j].id, true, true
			}
			if first < 0 {
				first, firstSame = pers[j].id, same
			}
		}
	}
	if first >= 0 {
		return first, firstSame, true
	}
	if d.fresh {
		// "…un entretien avec le nouveau ministre des Affaires étrangères"
		// of Niger: not the French minister the article names later
		return 0, false, false
	}
	tried = 0
	for j := i; j < len(pers) && tried < maxCandidates; j++ {
		tried++
		if same, ok := r.fits(d, r.ents[pers[j].id]); ok {
			return pers[j].id, same, true
		}
	}
	return 0, false, false
}

// fits reports whether a description may refer to a person: the same
// country when it names one, its roles among the person's, and either the
// same title or a role more specific than GOV (or, with a country, the
// very same code).
func (r *resolver) fits(d description, e *ent) (same, ok bool) {
	if !e.hasCode {
		return false, false
	}
	if d.gender != 0 && e.gender != 0 && d.gender != e.gender {
		return false, false
	}
	dc, pc := d.code.Code, e.code.Code
	roles := rolesOf(dc)
	if len(roles) == 0 {
		return false, false
	}
	country := countryOf(dc)
	if country != "" && country != countryOf(pc) {
		return false, false
	}
	have := rolesOf(pc)
	for _, b := range roles {
		if !slices.Contains(have, b) {
			return false, false
		}
	}
	same = d.title != "" && (slices.Contains(e.titles, d.title) || heldOffice(r.text[d.span.Start:d.span.End], e))
	switch {
	case same:
	case country == "":
		// "le secrétaire à la Défense" (GOVMIL) fits; a bare "le
		// président" (GOV) needs a person introduced as président.
		if len(roles) < 2 {
			return false, false
		}
	default:
		// "le chef du Pentagone" (USAMIL) fits USAGOVMIL; "la cheffe de la
		// diplomatie française" (FRAGOV) does not fit the minister of
		// the armed forces (FRAGOVMIL), only someone coded FRAGOV.
		if slices.Equal(roles, []string{"GOV"}) && dc != pc {
			return false, false
		}
	}
	return same, true
}

// linkOrg finds the organisation a description such as "l'agence" refers
// to: the most recent one before it whose code has the description's
// roles (and country, if it names one).
func (r *resolver) linkOrg(d description, orgs []occRef) (int, bool) {
	i, _ := slices.BinarySearchFunc(orgs, d.span.Start, func(o occRef, off int) int { return cmp.Compare(o.start, off) })
	roles, country := rolesOf(d.code.Code), countryOf(d.code.Code)
	if len(roles) == 0 {
		return 0, false
	}
	for j, tried := i-1, 0; j >= 0 && tried < maxCandidates; j, tried = j-1, tried+1 {
		e := r.ents[orgs[j].id]
		if !e.hasCode || (country != "" && countryOf(e.code.Code) != country) {
			continue
		}
		have := rolesOf(e.code.Code)
		fit := true
		for _, b := range roles {
			fit = fit && slices.Contains(have, b)
		}
		if fit {
			return orgs[j].id, true
		}
	}
	return 0, false
}

// spanSet answers whether a span overlaps any of a set of spans.
type spanSet struct {
	spans  []doc.Span // sorted by start
	maxEnd []int      // maxEnd[i]: the furthest end among spans[:i+1]
}

func newSpanSet(spans []doc.Span) spanSet {
	slices.SortFunc(spans, func(a, b doc.Span) int { return cmp.Compare(a.Start, b.Start) })
	set := spanSet{spans: spans, maxEnd: make([]int, len(spans))}
	m := 0
	for i, s := range spans {
		m = max(m, s.End)
		set.maxEnd[i] = m
	}
	return set
}

// overlaps reports whether s overlaps one of the set's spans.
func (set spanSet) overlaps(s doc.Span) bool {
	i, _ := slices.BinarySearchFunc(set.spans, s.End, func(x doc.Span, end int) int {
		if x.Start < end {
			return -1
		}
		return 1
	})
	return i > 0 && set.maxEnd[i-1] > s.Start
}

// heldOffice reports whether the office list gives person e the rank a
// description's words name, with no other portfolio: "Nasser Bourita"
// introduced without a title, then "le ministre" (the list has him
// Minister of Foreign Affairs). The words, not the title entry: an entry
// is named by its first form ("ancien président" for "l'ancien
// ministre").
func heldOffice(title string, e *ent) bool {
	want := actor.OfficeOf(title)
	if want.Rank == "" {
		return false
	}
	for _, ev := range e.code.Evidence {
		if ev.Kind != "office" {
			continue
		}
		if got := actor.OfficeOf(ev.Entry); want.SameRank(got) && !want.Clashes(got) {
			return true
		}
	}
	return false
}

// descAdjectives may stand between the article and the title of a
// description that still names the office's holder: not "ancien" or
// "former", which name another.
var descAdjectives = words(`nouveau nouvel nouvelle new actuel actuelle current incoming`)
