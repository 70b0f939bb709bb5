package event

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vigie-events/vigie/internal/actor"
	"github.com/vigie-events/vigie/internal/doc"
)

// maxClimb bounds every walk up the tree (subjects of control verbs,
// clauses of nouns): the coder stays linear in the sentence length.
const maxClimb = 6

// codeWord codes word i through the lexicon's vigie entries and PETRARCH
// verbs, appending to out.
func (c *Coder) codeWord(p *parsed, i int, out []Coded) []Coded {
	w := &p.Words[i]
	var pos POS
	switch w.UPOS {
	case "VERB":
		pos = POSVerb
	case "NOUN":
		pos = POSNoun
		// A "noun" with a modal auxiliary is a verb the tagger mistook:
		// "Libya must hand over…".
		if p.modalAux(i) {
			pos = POSVerb
		}
	case "ADJ":
		// Predicate adjectives of intent ("is ready to"); PETRARCH verbs
		// are tried on the others, which taggers mistake for verbs.
		pos = POSAdj
	case "AUX", "PROPN", "INTJ":
		// Taggers mistake some verbs; PETRARCH verbs are tried on them.
	default:
		return out
	}
	if pos == POSNoun && (p.inName(i) || p.roleModifier(i)) {
		return out
	}
	if pos == POSVerb && p.protestPurpose(i) && (!slices.Contains(demandVerbs, p.lemma(i)) || p.foreignAim(i)) {
		// "ont manifesté pour exiger le départ des troupes syriennes",
		// "pour contester la réélection": the protest's aim, coded with
		// it. A demand on the protesters' own rulers stays a demand of
		// its own ("pour exiger le départ d'Alexandre Loukachenko", 1041).
		return out
	}
	lemma := p.lemma(i)
	cands := c.lex.Lookup(p.lang, lemma)
	if form := p.form(i); form != lemma {
		cands = appendPetr(cands, c.lex.Lookup(p.lang, form))
	}
	if pos == POSVerb && !hasEntry(cands, POSVerb) {
		cands = append(cands, c.inflectedEntries(p, i)...)
	}
	if len(cands) == 0 {
		return out
	}
	if pos != 0 {
		if n := len(out); true {
			out = c.codeEntries(p, i, pos, cands, out)
			if len(out) > n {
				return out
			}
		}
	}
	return c.codePetr(p, i, cands, out)
}

// hasEntry reports whether some candidate is a vigie entry of that part of
// speech.
// withoutPlaces drops the mentions marked Place: a town is an actor only
// as the destination of an event that takes one. It allocates only when
// it drops something.
func withoutPlaces(ms []Mention) []Mention {
	for i, m := range ms {
		if !m.Place {
			continue
		}
		out := slices.Clone(ms[:i])
		for _, m := range ms[i+1:] {
			if !m.Place {
				out = append(out, m)
			}
		}
		return out
	}
	return ms
}

func hasEntry(cands []Candidate, pos POS) bool {
	for _, c := range cands {
		if c.Entry != nil && c.Entry.POS == pos {
			return true
		}
	}
	return false
}

// inflectedEntries returns the vigie verb entries of an English verb whose
// lemma the lemmatizer got wrong ("shelled" → "shel", "rioted" → "riote",
// "blockade" → "blockake"): those of the form itself, or of the form
// without its inflection ("-ed", "-d", "-ing", "-s", a doubled consonant).
// The first guess the lexicon knows wins.
func (c *Coder) inflectedEntries(p *parsed, i int) []Candidate {
	if p.lang != "en" {
		return nil
	}
	f := p.form(i)
	var guesses []string
	guesses = append(guesses, f)
	for _, suf := range []string{"ed", "ing"} {
		if st, ok := strings.CutSuffix(f, suf); ok && len(st) >= 2 {
			guesses = append(guesses, st, st+"e")
			if n := len(st); st[n-1] == st[n-2] {
				guesses = append(guesses, st[:n-1])
			}
		}
	}
	if st, ok := strings.CutSuffix(f, "ied"); ok {
		guesses = append(guesses, st+"y")
	}
	if st, ok := strings.CutSuffix(f, "d"); ok {
		guesses = append(guesses, st)
	}
	if st, ok := strings.CutSuffix(f, "s"); ok {
		guesses = append(guesses, st)
	}
	for _, g := range guesses {
		var res []Candidate
		for _, cand := range c.lex.Lookup(p.lang, g) {
			if cand.Entry != nil && cand.Entry.POS == POSVerb {
				res = append(res, cand)
			}
		}
		if len(res) > 0 {
			return res
		}
	}
	return nil
}

// modalAux reports whether word i has a modal or future auxiliary.
func (p *parsed) modalAux(i int) bool {
	for _, k := range p.kids[i] {
		if p.Words[k].Deprel == "aux" && (slices.Contains(mustAux, p.form(k)) || slices.Contains(futureAux, p.form(k)) || slices.Contains(maybeAux, p.form(k))) {
			return true
		}
	}
	return false
}

// inName reports whether noun i is a word of a name or title, not an
// event: capitalized inside the sentence next to another capitalized word
// of the name ("the Asia-Pacific Economic Cooperation forum", "Investment
// Minister", "the Agency for Development and Cooperation"). Sentences
// written in title case say nothing by their capitals.
func (p *parsed) inName(i int) bool {
	if i == 0 || !capitalized(p.Words[i].Form) || p.titleCase() {
		return false
	}
	named := func(j int) bool {
		if j <= 0 || j >= len(p.Words) || !capitalized(p.Words[j].Form) {
			return false
		}
		switch p.Words[j].UPOS {
		case "PROPN", "NOUN", "ADJ":
			return true
		}
		return false
	}
	if named(i-1) || named(i+1) {
		return true
	}
	// "Development and Cooperation": a conjunct or complement of a
	// capitalized word.
	switch p.rel(i) {
	case "conj", "flat", "compound", "nmod":
		return named(p.Words[i].Head)
	}
	return false
}

// titleCase reports whether most words of the sentence are capitalized (a
// headline).
func (p *parsed) titleCase() bool {
	words, caps := 0, 0
	for _, w := range p.Words {
		switch w.UPOS {
		case "PUNCT", "NUM", "SYM":
			continue
		}
		words++
		if capitalized(w.Form) {
			caps++
		}
	}
	return words > 0 && 2*caps > words
}

func capitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// roleNouns are the nouns of people and bodies a compound noun can qualify
// with the field they work in ("relief officials", "aid agencies").
var roleNouns = []string{
	"official", "worker", "agency", "organization", "organisation", "group", "coordinator", "chief",
	"commissioner", "envoy", "spokesman", "spokeswoman", "spokesperson", "source", "team", "committee",
	"staff", "volunteer", "expert", "leader", "activist", "minister", "ministry", "officer", "negotiator",
}

// roleModifier reports whether noun i only qualifies a noun of people or
// bodies ("relief officials said", "aid agencies", "pressure groups"): it
// names their field, not an event.
func (p *parsed) roleModifier(i int) bool {
	if p.Words[i].Deprel != "compound" {
		return false
	}
	h := p.Words[i].Head
	return h >= 0 && p.Words[h].UPOS == "NOUN" && slices.Contains(roleNouns, p.lemma(h))
}

// appendPetr adds the PETRARCH candidates of more to cands.
func appendPetr(cands, more []Candidate) []Candidate {
	var res []Candidate
	for _, m := range more {
		if m.Verb != nil {
			if res == nil {
				res = append([]Candidate(nil), cands...)
			}
			res = append(res, m)
		}
	}
	if res == nil {
		return cands
	}
	return res
}

// match is one entry matched at a word, with its actors.
type match struct {
	e        *Entry
	src, tgt []Mention
	srcSpan  bool
	crowd    bool // protesters no one names, of their own country (crowdCountry)
}

func (c *Coder) codeEntries(p *parsed, i int, pos POS, cands []Candidate, out []Coded) []Coded {
	refl := pos == POSVerb && p.reflexive(i)
	var best *match
	for k := range cands {
		e := cands[k].Entry
		if e == nil || e.POS != pos {
			continue
		}
		if e.Reflexive && !refl {
			continue
		}
		if !p.fixedHold(i, e) {
			continue
		}
		if RootOf(e.Code) == "04" && pos == POSVerb && namingVerbs[p.lemma(i)] && p.naming(i) {
			continue // "what he called its criminal role", "calling Macron a true friend": no phone call
		}
		var src []Mention
		for _, sl := range e.Source {
			if src = withoutPlaces(p.slotActors(i, sl, pos)); len(src) > 0 {
				break
			}
		}
		// "Rached Ghannouchi a été arrêté à Tunis", "was sentenced to ten
		// years": the authorities a passive leaves unnamed, of the place
		// it names or else of the one they act on.
		implicit := len(src) == 0 && pos == POSVerb && authorityActs[e.Code] && p.passive(i)
		// "Deux voitures piégées ont explosé à Mogadiscio, tuant 121
		// personnes", "A car bomb killed 39 people in Baghdad": a weapon
		// with no one named behind it is the place's unknown attackers.
		implicit = implicit || len(src) == 0 && pos == POSVerb && violentRoots[RootOf(e.Code)] && p.attackMeans(i) != ""
		// "after 18 days of mass protests in Tahrir Square", "sparking
		// violent protests in Barcelona": protests with no one named
		// are the people of the place, or of the one country the
		// sentence names.
		crowd := len(src) == 0 && pos == POSNoun && RootOf(e.Code) == "14" && p.crowdNoun(i)
		if len(src) == 0 && !implicit && !crowd && !c.cfg.Monadic {
			continue
		}
		var tgt []Mention
		for _, sl := range e.Target {
			if tgt = p.slotActors(i, sl, pos); !e.Place {
				tgt = withoutPlaces(tgt)
			}
			if pos == POSNoun && e.Place {
				// "le retrait de ses troupes de Gaza": the source's own
				// complement is not also the place the move is from or to
				tgt = notIn(tgt, src)
			}
			if len(tgt) > 0 {
				break
			}
		}
		if len(tgt) == 0 && pos == POSVerb && fixedObject(e) {
			tgt = p.objectComplementActors(i, e.Target)
		}
		if len(tgt) == 0 && pos == POSVerb {
			// "went on strike against the health ministry": the
			// complements of a fixed oblique noun
			for _, f := range e.Fixed {
				if f.Slot.Rel == "obl" && len(f.Lemmas) > 0 && len(tgt) == 0 {
					tgt = p.complementActors(p.slotDeps(i, f.Slot, pos), e.Target, "obl", false)
				}
			}
		}
		if len(tgt) == 0 && pos == POSNoun {
			// "la visite du chancelier allemand en Chine": the parser
			// hangs the destination on the visitor.
			tgt = p.complementActors([]int{i}, e.Target, "nmod", true)
		}
		if len(tgt) == 0 && pos == POSNoun && len(src) > 0 {
			// "X a eu lundi des entretiens avec Y": the partner on the
			// support verb (a partner only: "staged a strike against"
			// is no target of the strike).
			if v := p.supportVerb(i); v >= 0 {
				for _, sl := range e.Target {
					if sl.Rel != "nmod" {
						continue
					}
					for _, k := range p.kids[v] {
						if p.rel(k) == "obl" && p.prep(k) != "" && prepIn(p.prep(k), sl.Preps) && (comitative([]string{p.prep(k)}) || aspectualVerbs[p.lemma(v)]) {
							tgt = append(tgt, p.actorsAt(k)...)
						}
					}
					if len(tgt) > 0 {
						break
					}
				}
			}
		}
		if implicit {
			if src = p.implicitAuthority(i, tgt); len(src) == 0 {
				continue
			}
		}
		if crowd {
			if src = p.crowdCountry(i); len(src) == 0 {
				continue
			}
			tgt = src // their own country
		}
		if len(e.Target) == 0 && RootOf(e.Code) == "01" {
			tgt = p.statementTarget(i)
		}
		if len(tgt) == 0 && pos == POSVerb && (RootOf(e.Code) == "10" || RootOf(e.Code) == "02") {
			// "demanded that Turkey withdraw its ship": the one the
			// demand is on is the subject of what is demanded.
			tgt = p.clauseSubjectActors(i)
		}
		if len(tgt) == 0 && pos == POSVerb && len(src) > 0 && p.retaliation(i) {
			// "Israeli warplanes pounded Hamas targets…, and the
			// movement vowed to retaliate": against whoever struck it
			tgt = p.otherSide(i, src)
		}
		if len(tgt) == 0 && pos == POSVerb && e.Code == "016" && len(src) > 0 {
			// "The Kremlin denied that Russian hackers were behind the
			// attack on U.S. agencies": a denial answers the other side
			// the denied clause names.
			tgt = p.deniedParty(i, src[0].Code)
		}
		if !e.Place {
			tgt = withoutPlaces(tgt)
		}
		// A mutual act of a compound source needs no target: "X et Y
		// ont signé des accords".
		// "l'accord, négocié par le Qatar, l'Égypte et les États-Unis":
		// the agents of a participle negotiated it for others, not with
		// each other.
		mutual := e.Mutual && twoSides(expand(src)) && !(pos == POSVerb && p.rel(i) == "acl" && !p.hasSubject(i))
		self := len(tgt) == 0 && e.Self && len(src) == 1 && actor.CountryPart(src[0].Code) != ""
		if len(tgt) == 0 && !mutual && !self && !c.cfg.Monadic {
			continue
		}
		if best == nil || rank(e, src, tgt) > rank(best.e, best.src, best.tgt) {
			best = &match{e: e, src: src, tgt: tgt, crowd: crowd}
		}
	}
	if best == nil {
		return out
	}
	mod, tense, drop, said := p.modality(i)
	if drop && !c.cfg.KeepNegated {
		return out
	}
	if best.e.Modality != "" && mod == doc.Asserted {
		mod = modalityOf(best.e.Modality)
	}
	code := best.e.Code
	if code == "1823" && pos == POSVerb && p.manyCivilians(i) {
		code = "202" // "killed at least 110 farmers", "ont tué des centaines de civils"
	}
	if (code == "1823" || code == "202" || code == "180" || code == "190" || code == "194") && pos == POSVerb {
		// "A U.S. drone strike killed a commander" (1952), "a car bomb
		// killed 39 people" (1832): the weapon that kills says how, more
		// precisely than the killing or its toll.
		if m := p.attackMeans(i); m != "" {
			code = m
		}
	}
	base := Coded{
		Code:       code,
		Trigger:    p.Words[i].Span,
		Clause:     p.clause(i),
		Said:       said,
		Nested:     p.nested(i),
		Modality:   mod,
		Tense:      tense,
		Mutual:     best.e.Mutual,
		Place:      best.e.Place,
		Rule:       best.e.File + ":" + itoa(best.e.Line) + " " + best.e.Head(),
		Confidence: 0.8,
		Word:       i,
	}
	if best.e.Weak {
		base.Confidence = 0.5
	}
	if base.Code == "020" && pos == POSVerb {
		// "a appelé Israël à cesser ses opérations militaires": what the
		// appeal asks for gives its code (0256), from the complement's
		// own entry.
		if r := c.appealFor(p, i); r != "" {
			base.Code = r
		}
	}
	if base.Code == "100" && pos == POSVerb {
		// "demanded that Lukashenko resign", "a exigé que la Turquie
		// retire ses troupes": what the demand asks for gives its code
		// (1041, 1056), as an appeal's does.
		if r := c.demandFor(p, i); r != "" {
			base.Code = r
		}
	}
	if base.Code == "112" && pos == POSVerb {
		// "accusant Israël de commettre un génocide" (1124), "accused
		// Chisinau of waging aggression" (1123): what the accusation is of.
		base.Code += p.allegationKind(i)
	}
	if base.Code == "130" && pos == POSVerb {
		// "warned Belarus it would impose sanctions", "a menacé de
		// rompre…": what the threat announces gives its code (1312).
		if r := c.threatFor(p, i); r != "" {
			base.Code = r
		}
	}
	base.Stance = p.stance(i)
	if base.Stance == StancePromised {
		// "s'est engagé à fournir une aide humanitaire": the promise
		// of the aid (0333), its act still ahead. The intent is dated
		// when it was expressed: the promise's tense, not the act's.
		if r := IntentOf(base.Code); r != "" {
			base.Code = r
			if g := p.governorIn(i, promiseVerbs); g >= 0 {
				if t := p.predicateTense(g); t != "" {
					base.Tense = t
				}
			}
		} else if r := ThreatOf(base.Code); r != "" && violentRoots[RootOf(base.Code)] && p.governorIn(i, vowVerbs) >= 0 {
			// "the Islamist movement vowed to retaliate": a vow of
			// violence is a threat of it, made now
			base.Code = r
			if base.Modality == doc.Future || base.Modality == doc.Hypothetical {
				base.Modality = doc.Asserted
			}
		}
	}
	if base.Stance == StanceThreatened {
		// "threatened to cut ties": the threat (1313), not the break.
		if r := ThreatOf(base.Code); r != "" {
			base.Code = r
			if base.Modality == doc.Hypothetical {
				base.Modality = doc.Asserted // the threat is made; only its object lies ahead
			}
		}
	}
	if base.Code == "186" && p.attempted(i) {
		// "a tenté d'assassiner": CAMEO's attempted assassination.
		base.Code = "185"
	}
	if base.Stance == StanceRefused {
		// "refused to lift the curfew" is a rejection, not an easing.
		if r := RejectionOf(base.Code); r != "" {
			base.Code = r
			base.Modality = doc.Asserted
		}
	}
	if c.cfg.Monadic && (len(best.src) == 0 || len(best.tgt) == 0) {
		e := base
		if len(best.src) > 0 {
			e.Source = best.src[0]
		}
		if len(best.tgt) > 0 {
			e.Target = best.tgt[0]
		}
		return append(out, e)
	}
	if len(best.tgt) == 0 && RootOf(best.e.Code) == "14" && len(best.src) > 0 {
		// "rallied in Beirut against Syria's military presence", "ont
		// manifesté pour exiger le départ des troupes syriennes",
		// "devant l'ambassade d'Estonie": whom the protest is aimed at.
		best.tgt = p.protestTarget(i, actor.CountryPart(best.src[0].Code))
	}
	if best.crowd && p.demandsDeparture(i) {
		base.Code = "1411" // "mass protests demanding his departure"
	}
	if (base.Code == "0241" || base.Code == "1041") && len(best.src) > 0 &&
		(len(best.src[0].Code) >= 6 && best.src[0].Code[3:6] == "CVL" || p.countedCrowd(best.src[0])) {
		// "des milliers de manifestants ont réclamé le départ du
		// président", "des dizaines de milliers d'Égyptiens… pour
		// réclamer le départ": protesters demand a leader's departure
		// by rallying
		base.Code = "1411"
	}
	if (best.e.Self || best.crowd) && len(best.src) == 1 && (len(best.tgt) == 0 || len(best.tgt) == 1 && best.tgt[0].Code == best.src[0].Code) {
		// (the authorities a passive leaves unnamed are those of the
		// place it names: "L'état d'urgence a été décrété en Algérie")
		// "Ethiopia declared a state of emergency": the state acts on
		// its own country, which its mention names.
		if h := actor.CountryPart(best.src[0].Code); h != "" {
			e := base
			e.Source, e.Target = best.src[0], best.src[0]
			e.Target.Code, e.Target.Name, e.Target.Wikidata = h, "", ""
			return append(out, e)
		}
	}
	if g := best.src[0].Group; pos == POSNoun && len(best.tgt) == 0 && len(best.src) == 1 && len(g) == 2 && g[0].Span == best.src[0].Span &&
		cooperative(base.Code) && RootOf(base.Code) != "04" {
		// "la coopération douanière franco-belge", "le Haut
		// Conseil de coopération algéro-turc": a compound nationality on
		// a noun of cooperation names a topic or a body; its talks and
		// summits ("le sommet franco-allemand") and its conflicts are
		// events.
		return out
	}
	if base.Mutual && len(best.tgt) == 0 {
		// "L'Iran et six grandes puissances — États-Unis, Russie, Chine…
		// — ont conclu un accord": the powers the dash lists are one
		// side, the first actor the other; no pairs among the powers.
		if first, rest, ok := p.sideAndGroup(expand(best.src)); ok {
			best.src, best.tgt = []Mention{first}, rest
		}
	}
	n := len(out)
	out = emit(base, best.src, best.tgt, out)
	if best.e.Mutual && len(out) > n {
		// "signed a deal after talks mediated by Clinton": the talks
		// are the same sides' negotiations.
		out = p.impliedTalks(out, n, i)
		// "ont signé à Djeddah, sous l'égide des États-Unis, une
		// déclaration", "talks mediated by the OSCE": the mediator
		// mediates (045) with each side.
		out = p.mediations(out, n, base)
	}
	if c.cfg.Monadic && len(out) == n {
		// Both sides found but no dyad: one actor both ways ("Turkey
		// will allow Turkish refugees…"). For event types alone the
		// event stands, with its source.
		e := base
		e.Source = best.src[0]
		out = append(out, e)
	}
	return out
}

// rank orders the entries that match a word: those that found both actors
// first, then the most specific.
func rank(e *Entry, src, tgt []Mention) int {
	r := 4 * e.Specificity()
	if len(src) > 0 {
		r += 200
	}
	if len(tgt) > 0 {
		r += 100
		// "M23 rebels captured Goma": a bare country code is a place
		// or a country; an entry that says its target may be a place
		// reads it as one (192, not the capture of a person)
		if e.Place && len(tgt[0].Code) == 3 {
			r++
		}
	}
	return r
}

// twoSides reports whether the actors are two sides of a mutual act: of
// two countries, or of one country with one of them an armed group or an
// opposition ("Sudan's army and the RSF held talks", SDNMIL and SDNREB;
// not "la DGSN et la DGST", two services of one state).
func twoSides(ms []Mention) bool {
	if twoCountries(ms) {
		return true
	}
	first := ""
	for _, m := range ms {
		if len(m.Code) < 6 {
			continue
		}
		if first == "" {
			first = m.Code
		} else if m.Code != first && (NonState(first) || NonState(m.Code)) {
			return true
		}
	}
	return false
}

// NonState reports whether an actor code names an armed group or an
// opposition of its country (SDNREB, TUNOPP): a side apart from that
// country's state.
func NonState(code string) bool {
	if len(code) < 6 {
		return false
	}
	switch code[3:6] {
	case "REB", "OPP", "INS", "SEP", "IMG":
		return true
	}
	return false
}

// twoCountries reports whether the actors belong to two countries at
// least: "le Maroc et l'Espagne", not "la DGSN et la DGST".
func twoCountries(ms []Mention) bool {
	first := ""
	for _, m := range ms {
		if len(m.Code) < 3 {
			continue
		}
		if first == "" {
			first = m.Code[:3]
		} else if m.Code[:3] != first {
			return true
		}
	}
	return false
}

// emit appends one event per source and target actor (compound actors).
// A group source with no target is read as a mutual event between its
// members ("ils ont discuté").
func emit(base Coded, src, tgt []Mention, out []Coded) []Coded {
	src = expand(src)
	if len(tgt) == 0 && len(src) >= 2 {
		// in the text's order: "the Indian and Pakistani armies", whose
		// head the parser reaches first, is India, then Pakistan
		src = slices.Clone(src)
		slices.SortStableFunc(src, func(a, b Mention) int { return a.Span.Start - b.Span.Start })
		e := base
		e.Source, e.Target = src[0], src[1]
		for _, m := range src[1:] {
			// "l'émir du Qatar, cheikh Tamim…, et le prince héritier
			// saoudien": the other side, not the first one's apposition
			if m.Code != src[0].Code {
				e.Target = m
				break
			}
		}
		if e.Source.Code != e.Target.Code {
			out = append(out, e)
		}
		if base.Mutual {
			// "The presidents of Bosnia, Croatia and Serbia initialled
			// the agreement": each pair of the sides
			for a := 0; a < len(src); a++ {
				for b := a + 1; b < len(src); b++ {
					if src[a].Code == src[b].Code || src[a].Code == e.Source.Code && src[b].Code == e.Target.Code {
						continue
					}
					f := base
					f.Source, f.Target = src[a], src[b]
					out = append(out, f)
				}
			}
		}
		return out
	}
	tgt = expand(tgt)
	for _, s := range src {
		for _, t := range tgt {
			if s.Code == "" || t.Code == "" || s.Code == t.Code && t.Coref != "domestic" || s.Span == t.Span {
				continue // "Minsk arrested Ales Bialiatski" (BLR, and BLR for the person) is a dyad
			}
			if len(s.Code) > 3 && t.Code == s.Code[:3] && cooperative(base.Code) {
				// "Sharif convened the committee in Islamabad": a
				// government meeting its own country is no dyad
				continue
			}
			if t.Coref == "country" && len(s.Code) >= 3 && strings.HasPrefix(t.Code, s.Code[:3]) {
				// "a dénoncé une ingérence dans les affaires du pays": the
				// source's own country, named by a common noun
				continue
			}
			e := base
			e.Source, e.Target = s, t
			out = append(out, e)
		}
	}
	return out
}

// cooperative reports whether a CAMEO code is verbal or material
// cooperation (roots 01 to 08).
func cooperative(code string) bool {
	return len(code) >= 2 && code[:2] >= "01" && code[:2] <= "08"
}

// expand replaces group mentions by their members.
func expand(ms []Mention) []Mention {
	has := false
	for _, m := range ms {
		if len(m.Group) > 0 {
			has = true
		}
	}
	if !has {
		return ms
	}
	var res []Mention
	for _, m := range ms {
		if len(m.Group) > 0 {
			for _, g := range m.Group {
				g.Span = m.Span
				res = append(res, g)
			}
			continue
		}
		res = append(res, m)
	}
	return res
}

func modalityOf(s string) doc.Modality {
	switch m := doc.Modality(s); m {
	case doc.Future, doc.Hypothetical, doc.Negated, doc.Reported:
		return m
	}
	return doc.Asserted
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

var reflexives = []string{"se", "s'", "soi", "me", "m'", "te", "t'", "nous", "vous"}

// reflexive reports whether verb i has a reflexive clitic.
func (p *parsed) reflexive(i int) bool {
	for _, k := range p.kids[i] {
		r := p.Words[k].Deprel
		if (strings.HasPrefix(r, "expl") || r == "obj" || r == "iobj") && (slices.Contains(reflexives, p.form(k)) || p.lemma(k) == "soi" || p.lemma(k) == "se") {
			return true
		}
	}
	return false
}

// fixedHold reports whether the entry's fixed complements are there.
func (p *parsed) fixedHold(i int, e *Entry) bool {
	for _, f := range e.Fixed {
		deps := p.slotDeps(i, f.Slot, e.POS)
		if len(deps) == 0 && e.POS == POSVerb && f.Slot.Rel == "obl" {
			// "a menacé le Japon de sanctions", "accusé le Maroc
			// d'espionnage": the parser hangs the verb's complement on
			// its object; the fixed lemma says whose it is. With no
			// lemma, the complement may hang lower: "drove hundreds of
			// thousands of Rohingya into Bangladesh".
			level := p.slotDeps(i, Slot{Rel: "obj"}, e.POS)
			depth := 1
			if len(f.Lemmas) == 0 {
				depth = 3
			}
			for d := 0; d < depth && len(deps) == 0; d++ {
				var next []int
				for _, o := range level {
					for _, k := range p.kids[o] {
						if p.rel(k) == "nmod" && p.prep(k) != "" && prepIn(p.prep(k), f.Slot.Preps) {
							deps = append(deps, k)
						}
						if p.rel(k) == "nmod" {
							next = append(next, k)
						}
					}
				}
				level = next
			}
		}
		if len(deps) == 0 {
			return false
		}
		if len(f.Lemmas) == 0 {
			continue
		}
		ok := false
		// "sent rescue teams and relief supplies": a conjunct of the
		// slot's word may hold the fixed word.
		for _, d := range deps {
			for _, k := range p.kids[d] {
				if p.rel(k) == "conj" && p.Words[k].UPOS == "NOUN" {
					deps = append(deps, k)
				}
			}
		}
		for _, d := range deps {
			l := p.lemma(d)
			if slices.Contains(f.Lemmas, l) || slices.Contains(f.Lemmas, p.form(d)) {
				ok = true
				break
			}
			// "une vingtaine d'accords", "a series of agreements": the
			// fixed word under a noun of quantity.
			for _, k := range p.measured(d) {
				if slices.Contains(f.Lemmas, p.lemma(k)) {
					ok = true
				}
			}
			// "le retrait des troupes": the fixed word may head a
			// compound or carry a flat name.
			for _, k := range p.kids[d] {
				if p.rel(k) == "compound" && slices.Contains(f.Lemmas, p.lemma(k)) {
					ok = true
				}
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// passive reports whether verb i is in the passive voice.
func (p *parsed) passive(i int) bool {
	for _, k := range p.kids[i] {
		switch p.Words[k].Deprel {
		case "aux:pass", "nsubj:pass", "csubj:pass":
			return true
		}
	}
	return false
}

// prep returns the preposition of an oblique or nominal modifier d: the
// lemma of its case (or mark) child, "" when it has none.
func (p *parsed) prep(d int) string {
	for _, k := range p.kids[d] {
		if p.rel(k) == "case" || p.rel(k) == "mark" {
			return normPrep(p.lemma(k))
		}
	}
	return ""
}

func normPrep(s string) string {
	s = strings.TrimSuffix(s, "'")
	switch s {
	case "d":
		return "de"
	case "qu":
		return "que"
	case "jusqu":
		return "jusque"
	case "au", "aux":
		return "à"
	case "du", "des":
		return "de"
	}
	return s
}

func prepIn(prep string, preps []string) bool {
	if len(preps) == 0 {
		return true
	}
	for _, q := range preps {
		if normPrep(q) == prep {
			return true
		}
	}
	return false
}

// slotDeps returns the dependents of word i that fill a slot, in order.
func (p *parsed) slotDeps(i int, sl Slot, pos POS) []int {
	var res []int
	pass := pos == POSVerb && p.passive(i)
	switch sl.Rel {
	case "nsubj":
		if pos == POSNoun {
			return p.supportSubject(i)
		}
		if pass {
			for _, k := range p.kids[i] {
				if p.Words[k].Deprel == "obl:agent" || (p.rel(k) == "obl" && (p.prep(k) == "par" || p.prep(k) == "by")) {
					res = append(res, k)
				}
			}
			if len(res) == 0 {
				// "a été reçu la semaine dernière à Ankara par le
				// président turc", "was received in Ankara by…": the
				// agent the parser hung on the day or the place.
				// Also "was granted refuge by Lithuania", on the object.
				for _, k := range p.kids[i] {
					if p.rel(k) != "obl" && p.Words[k].Deprel != "obj" {
						continue
					}
					for _, a := range p.kids[k] {
						if p.rel(a) == "nmod" && (p.prep(a) == "par" || p.prep(a) == "by") {
							res = append(res, a)
						}
					}
				}
			}
			return res
		}
		return p.subjectOf(i)
	case "obj":
		// "was granted refuge by Lithuania": a passive that keeps its
		// object; its subject is the indirect one ("granted her refuge").
		retained := pass && p.hasObj(i)
		for _, k := range p.kids[i] {
			r := p.Words[k].Deprel
			if p.timeWord(k) || p.rel(k) == "obl" && timeWords[p.form(k)] { // "a relâché dans la nuit 90 prisonniers"
				// "lifted Friday a blockade" parsed with the object in
				// apposition to the day.
				// Also "a reçu vendredi à l'Élysée son homologue", with
				// the object in apposition to the place under the day.
				if r != "nsubj" && r != "conj" && !pass && !p.hasObj(i) {
					for _, a := range p.kids[k] {
						if p.Words[a].Deprel == "appos" || p.Words[a].Deprel == "obj" || (p.rel(a) == "nmod" && (p.prep(a) == "" || p.prep(a) == "de") && p.Words[a].UPOS != "NUM") ||
							p.rel(a) == "amod" && a > k && capitalized(p.Words[a].Form) { // "a appelé dimanche Israéliens et Palestiniens"
							// "a reçu lundi son homologue", "a remercié
							// vendredi le Qatar": a bare noun under the day.
							res = append(res, a)
						} else if p.rel(a) == "nmod" {
							for _, b := range p.kids[a] {
								if p.Words[b].Deprel == "appos" && p.Words[b].UPOS != "PROPN" {
									res = append(res, b)
								}
							}
						}
					}
				}
				continue
			}
			if (!pass && r == "obj") || (pass && r == "nsubj:pass" && !retained) || (pass && retained && r == "obj") {
				if n := p.calledWhat(k); n >= 0 {
					k = n
				}
				if n := p.countedBy(k); n >= 0 {
					k = n // "a expulsé plus de 1 000 ressortissants", with "plus" the object
				}
				res = append(res, k)
			}
		}
		if !pass && len(res) == 0 && pos == POSVerb && p.lang == "fr" {
			// "a largué de l'aide humanitaire": a partitive object the
			// parser reads as an oblique in "de".
			for _, k := range p.kids[i] {
				if k > i && p.rel(k) == "obl" && p.prep(k) == "de" && p.partitive(k) {
					res = append(res, k)
				}
			}
			// "a réclamé à l'Allemagne des missiles", "a demandé aux
			// États-Unis davantage d'armes": the object hung on the
			// verb's indirect complement.
			// Also "a pris en otage plus de 200 Israéliens".
			for _, k := range p.kids[i] {
				if len(res) > 0 || k < i || p.rel(k) != "obl" {
					continue
				}
				for _, n := range p.kids[k] {
					switch {
					case p.prep(k) == "à" && p.rel(n) == "nmod" && p.prep(n) == "de" && n > k && (p.partitive(n) || p.plural(n)):
						res = append(res, n)
					case p.rel(n) == "advmod" && (p.lemma(n) == "davantage" || p.lemma(n) == "plus"):
						for _, m := range p.kids[n] {
							if (p.rel(m) == "obl" || p.rel(m) == "nmod") && p.prep(m) == "de" {
								res = append(res, m)
							}
						}
					}
				}
			}
		}
		if !pass && len(res) == 0 && pos == POSVerb && p.lang == "fr" {
			// "a expulsé vers la Birmanie plus de 1 000 ressortissants":
			// the object under the adverb of quantity.
			for _, k := range p.kids[i] {
				if k > i && p.rel(k) == "advmod" {
					if n := p.countedBy(k); n >= 0 {
						res = append(res, n)
					}
				}
			}
		}
		if !pass && len(res) == 0 && pos == POSVerb {
			// "a frappé ce qu'elle a qualifié de camps", with "ce" the
			// verb's parataxis.
			for _, k := range p.kids[i] {
				if p.rel(k) == "parataxis" && k == i+1 {
					if n := p.calledWhat(k); n >= 0 {
						res = append(res, n)
					}
				}
			}
		}
		if !pass && len(res) == 0 && pos == POSVerb {
			// "a reçu le 4 juin au palais de Koubbeh, au Caire, le
			// président américain": the object read as an apposition to
			// the place before it. Not "à Bamako, la capitale".
			for _, k := range p.kids[i] {
				if k < i || p.rel(k) != "obl" || p.prep(k) == "" {
					continue
				}
				for _, a := range p.kids[k] {
					if p.Words[a].Deprel == "appos" && a > k && p.Words[a].UPOS == "NOUN" && !placeNouns[p.lemma(a)] && p.definite(a) {
						res = append(res, a)
					}
				}
			}
		}
		if !pass && len(res) == 0 && pos == POSVerb {
			// "urged China to show restraint", which the parser reads
			// with China an indirect object: with no direct object, it
			// is the one acted on.
			for _, k := range p.kids[i] {
				if p.Words[k].Deprel == "iobj" {
					res = append(res, k)
				}
			}
		}
		if pass && len(res) == 0 && p.rel(i) == "acl" && p.Words[i].Head >= 0 {
			// "les soldats arrêtés par la police": the noun the
			// participle modifies.
			res = append(res, p.Words[i].Head)
		}
	case "iobj":
		for _, k := range p.kids[i] {
			if p.Words[k].Deprel == "iobj" || pass && p.Words[k].Deprel == "nsubj:pass" && p.hasObj(i) {
				res = append(res, k)
			}
		}
	case "obl", "nmod":
		for _, k := range p.kids[i] {
			r := p.rel(k)
			if p.Words[k].Deprel == "obl:agent" || p.Words[k].Deprel == "nmod:poss" {
				continue
			}
			if (r == "obl" || r == "nmod") && prepIn(p.prep(k), sl.Preps) && p.prep(k) != "" && !timeWords[p.form(k)] && !eveWords[p.form(k)] {
				res = append(res, k) // not "on Tuesday": a day holds no actor, nor "à la veille de…"
			}
			// "auprès de la Chine", "autour de Taïwan": the parser makes
			// the adverb the head and the noun its obl:arg.
			if r == "advmod" && adverbialPreps[p.lemma(k)] && prepIn(p.lemma(k), sl.Preps) {
				for _, t := range p.kids[k] {
					if p.rel(t) == "obl" {
						res = append(res, t)
					}
				}
			}
			// "se rendre vendredi au Maroc" parsed with "au Maroc"
			// under the day: the day's complements are the verb's (also
			// "paid tribute on Wednesday to soldiers killed…").
			if pos == POSVerb && (p.timeWord(k) || r == "obl" && timeWords[p.form(k)]) {
				for _, t := range p.kids[k] {
					if (p.rel(t) == "nmod" || p.rel(t) == "obl") && prepIn(p.prep(t), sl.Preps) && p.prep(t) != "" {
						res = append(res, t)
					}
				}
			}
		}
		if h := p.Words[i].Head; len(res) == 0 && pos == POSNoun && sl.Rel == "nmod" && p.rel(i) == "nsubj" && h >= 0 && onsetVerbs[p.lemma(h)] {
			// "Fighting broke out between the army and the RSF", "des
			// combats ont éclaté entre…": the noun's complements hung on
			// the verb of its onset.
			for _, k := range p.kids[h] {
				if p.rel(k) == "obl" && p.prep(k) != "" && prepIn(p.prep(k), sl.Preps) && !timeWords[p.form(k)] {
					res = append(res, k)
				}
				if p.timeWord(k) || p.rel(k) == "obl" && (timeWords[p.form(k)] || p.Words[k].UPOS == "NUM") {
					// "erupted on April 15, 2023, between…", hung on the day
					for _, t := range p.kids[k] {
						if (p.rel(t) == "nmod" || p.rel(t) == "obl") && p.prep(t) != "" && prepIn(p.prep(t), sl.Preps) {
							res = append(res, t)
						}
					}
				}
			}
		}
		if len(res) == 0 && pos == POSVerb && sl.Rel == "nmod" {
			for _, o := range p.slotDeps(i, Slot{Rel: "obj"}, pos) {
				res = append(res, p.slotDeps(o, sl, POSNoun)...)
				if len(res) == 0 && (prepIn("de", sl.Preps) || prepIn("of", sl.Preps)) {
					// "a exigé sa libération": a possessive the actor
					// stage resolved to the one freed
					for _, k := range p.kids[o] {
						if p.rel(k) == "det" && p.feat(k, "Poss") == "Yes" && p.actor[k] >= 0 {
							res = append(res, k)
						}
					}
				}
				if len(res) == 0 && (p.lemma(o) == "responsibility" || p.lemma(o) == "responsabilité") {
					// "claimed responsibility for the attack on Somali
					// troops": the attack's complements
					for _, a := range p.kids[o] {
						if p.rel(a) == "nmod" && (p.prep(a) == "for" || p.prep(a) == "de") {
							res = append(res, p.slotDeps(a, sl, POSNoun)...)
						}
					}
				}
			}
		}
		if len(res) == 0 && pos == POSVerb && sl.Rel == "obl" && comitative(sl.Preps) {
			// "signer un accord avec X", "strengthen ties with X":
			// parsers often hang the partner on the object; with whom
			// the accord is signed is the verb's partner all the same.
			// The same under the medium of a conversation: "spoke by
			// phone with X".
			heads := p.slotDeps(i, Slot{Rel: "obj"}, pos)
			for _, k := range p.kids[i] {
				if p.rel(k) == "obl" && media[p.lemma(k)] {
					heads = append(heads, k)
				}
			}
			for _, o := range heads {
				for _, k := range p.kids[o] {
					if p.rel(k) == "nmod" && prepIn(p.prep(k), sl.Preps) && comitative([]string{p.prep(k)}) {
						res = append(res, k)
					}
				}
			}
		}
		if to := recipientPrep(sl.Preps); len(res) == 0 && pos == POSVerb && sl.Rel == "obl" && to != "" {
			// "donated vaccines to Pakistan", "donate half a million
			// doses of vaccine to Pakistan", "a exprimé sa tristesse et sa
			// solidarité à la France": the recipient hung on the object,
			// its conjunct, or the object's complement in "of".
			for _, o := range p.slotDeps(i, Slot{Rel: "obj"}, pos) {
				heads := append([]int{o}, p.measured(o)...) // "des dizaines de tonnes d'aide … au Liban"
				for n := 0; n < len(heads) && n < 8; n++ {
					for _, k := range p.kids[heads[n]] {
						if (p.rel(k) == "nmod" && (p.prep(k) == "of" || p.prep(k) == "de") || p.rel(k) == "conj") && !slices.Contains(heads, k) {
							heads = append(heads, k)
						}
					}
				}
				for _, h := range heads {
					for _, k := range p.kids[h] {
						if p.rel(k) == "nmod" && p.prep(k) == to && k > i {
							res = append(res, k)
						}
					}
				}
			}
		}
	case "nmod:poss":
		for _, k := range p.kids[i] {
			if p.Words[k].Deprel == "nmod:poss" {
				res = append(res, k)
			} else if p.rel(k) == "det" && p.feat(k, "Poss") == "Yes" {
				// "sa visite": the possessor is the clause's subject.
				return p.supportSubject(i)
			}
		}
	case "amod", "compound", "prt":
		want := sl.Rel
		if want == "prt" {
			want = "compound:prt"
		}
		for _, k := range p.kids[i] {
			if p.Words[k].Deprel == want || (want != "compound:prt" && p.rel(k) == want && want == "compound") {
				res = append(res, k)
			}
		}
		if len(res) == 0 && pos == POSVerb && sl.Rel != "prt" {
			for _, o := range p.slotDeps(i, Slot{Rel: "obj"}, pos) {
				res = append(res, p.slotDeps(o, sl, POSNoun)...)
				// "500 million euros in military aid": the aid's
				// modifiers are the object's.
				for _, m := range p.measured(o) {
					res = append(res, p.slotDeps(m, sl, POSNoun)...)
				}
			}
		}
	case "xcomp", "ccomp":
		for _, k := range p.kids[i] {
			r := p.rel(k)
			if r == sl.Rel || (sl.Rel == "xcomp" && r == "advcl") || (sl.Rel == "ccomp" && r == "xcomp") {
				if len(sl.Preps) == 0 || prepIn(p.prep(k), sl.Preps) {
					res = append(res, k)
				}
			}
		}
	}
	return res
}

// placeNouns name places: an apposition to a place that is one ("à
// Bamako, la capitale") says where, not whom.
var placeNouns = map[string]bool{"capitale": true, "ville": true, "région": true, "province": true, "pays": true, "localité": true,
	"village": true, "port": true, "cité": true, "commune": true, "quartier": true, "île": true, "frontière": true,
	"capital": true, "city": true, "town": true, "region": true, "country": true, "island": true, "border": true, "district": true}

// definite reports whether noun k has a definite article or a
// possessive or demonstrative determiner.
func (p *parsed) definite(k int) bool {
	for _, d := range p.kids[k] {
		if p.rel(d) != "det" {
			continue
		}
		switch strings.ToLower(p.Words[d].Form) {
		case "le", "la", "les", "l'", "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "ces", "the", "his", "her", "its", "their":
			return true
		}
	}
	return false
}

// onsetVerbs say that what their subject names began, went on or grew,
// and take its complements: "fighting erupted between X and Y".
var onsetVerbs = map[string]bool{"break": true, "erupt": true, "flare": true, "rage": true, "resume": true, "continue": true,
	"escalate": true, "intensify": true, "occur": true, "éclater": true, "reprendre": true, "se poursuivre": true,
	"poursuivre": true, "opposer": true, "s'intensifier": true, "intensifier": true, "dégénérer": true}

// splitSubject mends one noun phrase the parser cut into two subjects of
// one verb ("Dagolath's first Deputy | Prime Minister Telemar left"):
// subjects that follow each other with nothing between them stand for one,
// its head, the last in English and the first in French. Coordinated
// subjects hang on each other as conj and are not affected.
func (p *parsed) splitSubject(subj []int) []int {
	if len(subj) < 2 {
		return subj
	}
	for k := 1; k < len(subj); k++ {
		_, hi := p.wordRange(subj[k-1])
		lo, _ := p.wordRange(subj[k])
		if hi+1 != lo {
			return subj
		}
	}
	if p.lang == "en" {
		return subj[len(subj)-1:]
	}
	return subj[:1]
}

// subjectOf returns the subject of verb i: its own, or the one it shares
// with the verb it depends on (control: "devrait se rendre", purpose:
// "pour discuter", coordination), or the antecedent of a relative clause.
// The subject of a passive verb is its agent, which slotDeps finds: here
// it has none, unless i is reached from a noun or a clause below it.
func (p *parsed) subjectOf(i int) []int { return p.subjectFrom(i, false) }

func (p *parsed) subjectFrom(i int, below bool) []int {
	for step := 0; step < maxClimb && i >= 0; step++ {
		var subj []int
		for _, k := range p.kids[i] {
			r := p.Words[k].Deprel
			if r == "nsubj" || r == "csubj" || ((step > 0 || below) && r == "nsubj:pass") {
				subj = append(subj, k)
			}
		}
		if len(subj) > 1 {
			// A verb has one subject: a subject before the verb's own
			// subordinator is a parse error ("Riyadh cut ties … after
			// protesters stormed the embassy" hung "ties" on "stormed").
			if m := p.markBefore(i); m >= 0 {
				subj = slices.DeleteFunc(subj, func(k int) bool { return k < m })
			}
		}
		if len(subj) > 0 {
			if p.Words[i].Deprel == "acl:relcl" && p.relativePronoun(subj[0]) {
				return []int{p.Words[i].Head}
			}
			return p.splitSubject(subj)
		}
		if step == 0 && !below && p.passive(i) {
			return nil
		}
		switch p.rel(i) {
		case "xcomp", "advcl":
			h := p.Words[i].Head
			if h >= 0 && (p.Words[h].UPOS == "PROPN" || p.Words[h].UPOS == "NOUN") {
				// "accused Eritrea of preparing to invade…", the clause
				// hung on the accused as on a noun it modifies (acl)
				return []int{h}
			}
			// "invité son homologue à se rendre à Bamako": the
			// object of a verb of asking does what is asked; not in a
			// participle adjunct ("ordered a mobilisation of its
			// forces, accusing Azerbaijan…": Armenia accuses).
			if h >= 0 && slices.Contains(objectControl, p.lemma(h)) && (p.rel(i) == "xcomp" || p.hasMark(i)) {
				for _, k := range p.kids[h] {
					if p.rel(k) == "obj" || p.rel(k) == "iobj" {
						return []int{k}
					}
				}
			}
			i = h
		case "conj":
			h := p.Words[i].Head
			if up := p.Words[i].UPOS; up == "VERB" || up == "AUX" {
				// A verb coordinated with a noun is a parse error ("on
				// Thursday and promised aid"): the verb it joins is
				// the nearest one above. So is a verb with a finite
				// auxiliary coordinated with an infinitive ("ont accusé
				// l'Ukraine de soutenir … et ont rompu …"): it joins
				// the finite verb above the infinitive.
				finite := p.finiteAux(i)
				for k := 0; k < maxClimb && h >= 0 && (p.Words[h].UPOS != "VERB" && p.Words[h].UPOS != "AUX" ||
					finite && p.feat(h, "VerbForm") == "Inf"); k++ {
					h = p.Words[h].Head
				}
			}
			i = h
		case "acl":
			if p.Words[i].Deprel == "acl:relcl" {
				return nil
			}
			h := p.Words[i].Head
			// "une visite en Tunisie pour tenir des entretiens": the
			// purpose of a visit is the visitor's, whom the visit's own
			// support verb names, not a noun inside the visit.
			if h >= 0 && (p.prep(i) == "pour" || p.prep(i) == "afin" || p.prep(i) == "to") {
				if s := p.supportSubject(h); len(s) > 0 {
					return s
				}
			}
			if h >= 0 && p.commaAdjunct(i) && p.rel(h) == "obj" && slices.Contains(allegeVerbs, p.lemma(i)) {
				// "L'Afrique du Sud a saisi la Cour internationale de
				// justice, accusant Israël…": after a comma, the one
				// who accuses is the clause's subject, not its object
				i = p.Words[h].Head
				continue
			}
			return []int{h}
		default:
			return nil
		}
	}
	return nil
}

// eveWords date an act by another ("à la veille de l'anniversaire de
// l'invasion de l'Ukraine"): what they hold is no party to it.
var eveWords = map[string]bool{"veille": true, "lendemain": true, "eve": true, "anniversaire": true, "anniversary": true}

// timeWords are the nouns of dates a parser may take for an object or
// the head of the place that follows ("se rendre vendredi au Maroc").
var timeWords = map[string]bool{
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true,
	"hier": true, "demain": true, "aujourd'hui": true, "matin": true, "soir": true, "semaine": true, "week-end": true,
	"nuit": true, "soirée": true, "matinée": true, "journée": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"today": true, "yesterday": true, "tomorrow": true, "tonight": true, "week": true, "weekend": true, "night": true,
}

// timeWord reports whether word k names a day or time without a
// preposition.
func (p *parsed) timeWord(k int) bool {
	return p.prep(k) == "" && timeWords[p.form(k)]
}

// measured returns what the noun d counts or prices, when d is a noun of
// quantity or an amount: "une vingtaine d'accords", "500 million euros in
// aid" (the complements of d).
// A count of a count goes one step further: "des dizaines de tonnes
// d'aide".
func (p *parsed) measured(d int) []int {
	var out []int
	for depth := 0; depth < 2; depth++ {
		l := p.lemma(d)
		if !quantities[l] && !amounts[l] {
			break
		}
		next := -1
		for _, k := range p.kids[d] {
			if p.rel(k) == "nmod" {
				out = append(out, k)
				if next < 0 {
					next = k
				}
			}
		}
		if next < 0 {
			break
		}
		d = next
	}
	return out
}

// amounts are the nouns of sums of money.
var amounts = map[string]bool{
	"euro": true, "dollar": true, "pound": true, "yen": true, "yuan": true, "franc": true, "dinar": true, "dirham": true,
	"million": true, "billion": true, "trillion": true, "milliard": true, "$": true, "€": true, "£": true,
}

// quantities are the nouns that count what their complement names.
var quantities = map[string]bool{
	"vingtaine": true, "dizaine": true, "douzaine": true, "quinzaine": true, "trentaine": true, "centaine": true,
	"série": true, "ensemble": true, "nombre": true, "paquet": true, "batterie": true,
	"partie": true, "essentiel": true, "majorité": true, "totalité": true, "plupart": true,
	"bulk": true, "majority": true, "most": true,
	"series": true, "set": true, "part": true, "number": true, "package": true, "raft": true, "host": true, "couple": true, "dozen": true,
	// weights and loads: "sent tons of food aid", "des tonnes de vivres"
	"ton": true, "tonne": true, "shipment": true, "consignment": true, "batch": true, "lot": true, "load": true,
	"truckload": true, "planeload": true, "quantity": true, "amount": true, "barrel": true, "hundred": true, "thousand": true,
	"cargaison": true, "millier": true, "quantité": true, "chargement": true, "container": true, "crate": true, "conteneur": true,
}

// recipientPrep returns the preposition of a recipient among preps, "to"
// or "à", or "".
func recipientPrep(preps []string) string {
	for _, q := range preps {
		if q == "to" || normPrep(q) == "à" || q == "vers" { // "a extradé l'ancien président vers le Pérou"
			return normPrep(q)
		}
	}
	return ""
}

// countedBy returns the noun in "de" that French adverb of quantity k
// counts ("plus de 1 000 ressortissants"), or -1.
func (p *parsed) countedBy(k int) int {
	if p.lang != "fr" || p.Words[k].UPOS != "ADV" || !quantityAdverbs[p.lemma(k)] {
		return -1
	}
	for _, m := range p.kids[k] {
		if (p.rel(m) == "obl" || p.rel(m) == "nmod") && p.prep(m) == "de" {
			return m
		}
	}
	return -1
}

// quantityAdverbs count a French object in "de": "plus de 1 000
// ressortissants", "près de 200 prisonniers".
var quantityAdverbs = map[string]bool{"plus": true, "moins": true, "davantage": true, "près": true, "environ": true}

// adverbialPreps are the French adverbs that make a preposition with
// "de" ("auprès de", "autour de", "près de").
var adverbialPreps = map[string]bool{"auprès": true, "autour": true, "près": true, "face": true, "lors": true}

// finiteAux reports whether verb i has an auxiliary in a finite form
// ("ont rompu", "has cut").
func (p *parsed) finiteAux(i int) bool {
	for _, k := range p.kids[i] {
		if p.rel(k) == "aux" && p.feat(k, "VerbForm") == "Fin" {
			return true
		}
	}
	return false
}

// objectControl are the verbs whose object is the subject of their
// complement clause: "X invited Y to visit", "X a appelé Y à négocier",
// "X accuse Y d'avoir attaqué".
var objectControl = []string{
	"inviter", "appeler", "exhorter", "demander", "pousser", "encourager", "autoriser", "sommer", "convier", "charger",
	"invite", "urge", "ask", "encourage", "call", "press", "allow", "authorize", "authorise", "order", "persuade", "tell",
	// and the accused of an accusation: "accuse Alger de soutenir le
	// Polisario", "accused Kyiv of sabotaging the talks"
	"accuser", "soupçonner", "accuse", "suspect",
	// and the one warned: "warned NATO against deploying troops"
	"warn", "avertir",
	// and the one made to act: "prompting Islamabad to retaliate",
	// "contraignant le président à fuir"
	"prompt", "force", "compel", "lead", "push", "oblige", "contraindre", "forcer", "obliger", "amener", "inciter",
}

var relPronouns = []string{"qui", "que", "lequel", "laquelle", "who", "which", "that", "whom"}

func (p *parsed) relativePronoun(k int) bool {
	return p.Words[k].UPOS == "PRON" && slices.Contains(relPronouns, p.lemma(k))
}

// supportVerbs are the verbs whose subject performs the event their
// object or oblique names: "tenir des entretiens", "effectuer une visite",
// "hold talks", "pay a visit". Other verbs only talk about the event ("a
// vanté la coopération avec le Maroc").
var supportVerbs = []string{
	"avoir", "tenir", "mener", "effectuer", "faire", "engager", "entamer", "poursuivre", "conduire",
	"organiser", "lancer", "commencer", "reprendre", "achever", "conclure", "terminer", "entreprendre",
	"réaliser", "accomplir", "boucler", "multiplier", "intensifier", "rendre", "débuter", "clôturer", "ouvrir",
	"have", "hold", "conduct", "make", "pay", "begin", "start", "launch", "resume", "continue",
	"carry", "undertake", "wrap", "end", "complete", "stage", "open", "finish", "host", "convene",
	// one who orders an act does it: "ordered the expulsion of three
	// diplomats", "a ordonné l'arrestation de…"
	"order", "ordonner", "décréter", "decree",
	// one who issues a warrant or a ruling acts by it: "a émis un
	// mandat d'arrêt contre…", "issued an arrest warrant for…"
	"émettre", "issue", "délivrer",
}

// notIn returns the mentions of ms whose span is none of those of other.
func notIn(ms, other []Mention) []Mention {
	var out []Mention
	for _, m := range ms {
		if !slices.ContainsFunc(other, func(o Mention) bool { return o.Span == m.Span }) {
			out = append(out, m)
		}
	}
	return out
}

// aspectualVerbs begin, go on with or end the act their object names:
// their complements are the act's ("completed the withdrawal of its
// troops from Lebanon", "a achevé le retrait de ses troupes de Gaza").
var aspectualVerbs = map[string]bool{"complete": true, "finish": true, "begin": true, "start": true, "continue": true, "resume": true,
	"achever": true, "terminer": true, "commencer": true, "entamer": true, "poursuivre": true, "reprendre": true, "débuter": true, "boucler": true}

// clashNouns are the fights whose side a sentence's subject is when
// they set its scene: "were killed during clashes with Chinese troops".
var clashNouns = map[string]bool{"clash": true, "clashes": true, "fighting": true, "affrontement": true, "combat": true, "accrochage": true, "heurt": true}

// tripNouns make the subject's visit of a noun of travel after "on" or a
// preposition of time (duringPreps): "on a visit to", "during a visit to
// Kiev", "lors d'une visite à Alger".
var tripNouns = map[string]bool{"visit": true, "tour": true, "trip": true, "visite": true, "tournée": true, "voyage": true}

// meetingNouns are the nouns of a meeting, which an "after" sets before
// the subject's act.
var meetingNouns = map[string]bool{"talk": true, "talks": true, "meeting": true, "consultation": true, "discussion": true,
	"entretien": true, "rencontre": true, "réunion": true, "consultations": true}

// supportSubject returns the subject of the verb that governs noun i: "X
// a eu des entretiens avec Y", "X effectuera une visite", "X commencera
// sa tournée par une visite".
func (p *parsed) supportSubject(i int) []int {
	for step := 0; step < maxClimb; step++ {
		h := p.Words[i].Head
		if h < 0 {
			return nil
		}
		r := p.rel(i)
		switch r {
		case "obj", "obl", "xcomp", "nmod", "conj":
		default:
			return nil
		}
		onTrip := p.prep(i) == "en" || (p.prep(i) == "on" || duringPreps[p.prep(i)]) && tripNouns[p.lemma(i)]
		if step == 0 && (r == "nmod" || r == "obl") && onTrip && (p.Words[h].UPOS == "NOUN" || p.Words[h].UPOS == "PROPN") {
			// "Le Premier ministre polonais, en visite à Kiev": the one
			// the apposition describes is on the visit.
			return []int{h}
		}
		if p.Words[h].UPOS == "VERB" || p.Words[h].UPOS == "AUX" {
			manner := r == "obl" && (p.prep(i) == "par" || p.prep(i) == "by") ||
				r == "obl" && duringPreps[p.prep(i)] && clashNouns[p.lemma(i)] // "ont été tués lors d'affrontements avec les troupes chinoises"
			if r == "obl" && onTrip && step == 0 {
				manner = true // "a affirmé, en visite à Kiev, que…": the subject's visit
			}
			// "lifted his veto after talks with von der Leyen": the
			// subject met the partner before acting.
			after := r == "obl" && (p.prep(i) == "after" || p.prep(i) == "following" || p.prep(i) == "après") && meetingNouns[p.lemma(i)]
			if r == "nmod" || !(manner || after || slices.Contains(supportVerbs, p.lemma(h))) {
				return nil
			}
			return p.subjectFrom(h, true)
		}
		// "sa tournée par une visite": the visit is a leg of the tour.
		if r == "nmod" && (p.prep(i) == "par" || p.prep(i) == "by") && p.Words[h].UPOS == "NOUN" {
			i = h
			continue
		}
		// "a eu lundi des entretiens": the parser hangs the noun on the
		// day; the day's verb is the support verb.
		if r == "nmod" && (p.prep(i) == "" || p.prep(i) == "de") && p.timeWord(h) {
			i = h
			continue
		}
		if r != "conj" {
			return nil
		}
		i = h
	}
	return nil
}

// actorsAt returns the actors a dependent stands for: the mention that
// covers it, or the nearest one in its noun phrase ("la coopération avec
// le Maroc"), and those of its conjuncts ("X et Y").
func (p *parsed) actorsAt(d int) []Mention {
	var res []Mention
	var found []int // actor indexes, in order
	seen := map[int]bool{}
	add := func(a int) {
		if a >= 0 && !seen[a] {
			seen[a] = true
			found = append(found, a)
			res = append(res, p.Actors[a])
		}
	}
	a := p.findActor(d)
	if a < 0 {
		a = p.speakerOf(d)
	}
	add(a)
	// Conjuncts: of d, and of the words of each actor found ("la reprise
	// des relations avec X, Y et Z", "lawmakers and officials in X and Y").
	for _, k := range p.kids[d] {
		if p.rel(k) == "conj" {
			add(p.findActor(k))
		}
	}
	for n := 0; n < len(found); n++ {
		b := found[n]
		for j := range p.mentionWords(b) {
			for _, k := range p.kids[j] {
				if p.rel(k) == "conj" && p.actor[k] != b {
					add(p.findActor(k))
				}
			}
		}
	}
	// Lists the parse missed: "Arnor and the evil awful Gondor".
	done := map[int]bool{}
	for n := 0; n < len(found); n++ {
		if p.lists != nil && p.lists[found[n]] >= 0 && done[p.lists[found[n]]] {
			continue
		}
		for _, b := range p.listed(found[n]) {
			add(b)
		}
		if l := p.lists[found[n]]; l >= 0 {
			done[l] = true
		}
	}
	return res
}

// listed returns the actors in a list with actor a that the words say
// ("A, B and the awful C"), whatever the parse: the actors before and
// after it separated only by commas, conjunctions, determiners and
// adjectives, in a list that holds a conjunction.
func (p *parsed) listed(a int) []int {
	if p.lists == nil {
		p.lists = p.textLists()
	}
	if l := p.lists[a]; l >= 0 {
		return p.listMembers[l]
	}
	return nil
}

// textLists numbers the lists of actors in the sentence: lists[a] is the
// list of actor a, or -1. It runs once per sentence, in linear time.
func (p *parsed) textLists() []int {
	lists := make([]int, len(p.Actors))
	for a := range lists {
		lists[a] = -1
	}
	// word index of each actor's first and last word
	first := make([]int, len(p.Actors))
	last := make([]int, len(p.Actors))
	for a := range first {
		first[a], last[a] = -1, -1
	}
	for j := range p.Words {
		if a := p.actor[j]; a >= 0 {
			if first[a] < 0 {
				first[a] = j
			}
			last[a] = j
		}
	}
	id := 0
	for a := 0; a+1 < len(p.Actors); a++ {
		b := a + 1
		if last[a] < 0 || first[b] < 0 {
			continue
		}
		conj, ok := p.listGap(last[a]+1, first[b])
		if !ok || conj && p.clauseSubjectAfter(a, b) {
			continue
		}
		if lists[a] < 0 {
			lists[a] = id
			id++
		}
		lists[b] = lists[a]
		if conj {
			p.listConj = append(p.listConj, lists[a])
		}
	}
	// Keep only the lists that hold a conjunction.
	hasConj := make([]bool, id)
	for _, l := range p.listConj {
		hasConj[l] = true
	}
	p.listMembers = make([][]int, id)
	for a := range lists {
		if l := lists[a]; l >= 0 {
			if !hasConj[l] {
				lists[a] = -1
				continue
			}
			p.listMembers[l] = append(p.listMembers[l], a)
		}
	}
	return lists
}

// countedCrowd reports whether mention m is people counted by the
// thousand: "des dizaines de milliers d'Égyptiens", "thousands of
// Algerians".
func (p *parsed) countedCrowd(m Mention) bool {
	for _, w := range p.Words {
		if w.Span.Start < m.Span.Start || w.Span.End > m.Span.End {
			continue
		}
		if h := w.Head; h >= 0 && p.actor[h] < 0 && crowdCounts[p.lemma(h)] {
			return true
		}
	}
	return false
}

// crowdCounts count people in crowds.
var crowdCounts = map[string]bool{"millier": true, "centaine": true, "dizaine": true, "million": true,
	"thousand": true, "thousands": true, "hundred": true, "hundreds": true, "millions": true, "tens": true}

// clauseSubjectAfter reports whether actor b, after actor a, is the
// subject of a clause of its own that a is not part of: "réclamé le
// départ du président Moubarak, et le président américain Obama a
// appelé…" holds no list.
func (p *parsed) clauseSubjectAfter(a, b int) bool {
	hb := p.headWord(b)
	if hb < 0 || p.rel(hb) != "nsubj" {
		return false
	}
	v := p.Words[hb].Head
	if v < 0 || v < hb {
		return false
	}
	// a list, however parsed, hangs under the clause: "L'Arabie
	// saoudite, les Émirats… et l'Égypte ont rompu", "Poutine, qui
	// recevait Bush, et le président américain ont signé"
	for h, steps := p.headWord(a), 0; h >= 0 && steps < 12; h, steps = p.Words[h].Head, steps+1 {
		if h == v || h == hb {
			return false
		}
	}
	return true
}

// listGap reports whether words from..to-1 only separate two items of a
// list, and whether they hold a conjunction.
func (p *parsed) listGap(from, to int) (conj, ok bool) {
	if to <= from || to-from > 5 {
		return false, false
	}
	sep := false
	for j := from; j < to; j++ {
		w := p.Words[j]
		f := p.form(j)
		switch {
		case w.UPOS == "CCONJ" || f == "and" || f == "et" || f == "or" || f == "ou" || f == "nor" || f == "ni":
			if f != "and" && f != "et" && f != "or" && f != "ou" && f != "nor" && f != "ni" {
				return false, false
			}
			conj, sep = true, true
		case f == ",":
			sep = true
		case w.UPOS == "DET" && p.feat(j, "Poss") != "Yes":
		case (w.UPOS == "ADJ" || w.UPOS == "NOUN") && f == w.Form && j > from:
			// lower-case adjectives ("the evil awful"), after the
			// separator
		default:
			return false, false
		}
	}
	return conj, sep
}

// mentionWords yields the words that actor b covers.
func (p *parsed) mentionWords(b int) func(func(int) bool) {
	return func(yield func(int) bool) {
		sp := p.Actors[b].Span
		// Words are in text order: binary search for the first.
		lo, hi := 0, len(p.Words)
		for lo < hi {
			mid := (lo + hi) / 2
			if p.Words[mid].Span.End <= sp.Start {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		for j := lo; j < len(p.Words) && p.Words[j].Span.Start < sp.End; j++ {
			if p.actor[j] == b && !yield(j) {
				return
			}
		}
	}
}

// maxMentionWords bounds how far the words of one mention are looked for
// around the word it was found at.
const maxMentionWords = 8

// findActor returns the actor of word d or the nearest in its phrase, -1
// when there is none.
func (p *parsed) findActor(d int) int {
	a, _ := p.findActorWord(d)
	return a
}

// findActorWord returns the actor of word d or the nearest in its phrase,
// and the word it covers; -1 when there is none.
func (p *parsed) findActorWord(d int) (int, int) {
	if a := p.actor[d]; a >= 0 {
		return a, d
	}
	// Breadth first through the noun phrase, three levels deep.
	level := []int{d}
	for depth := 0; depth < 3 && len(level) > 0; depth++ {
		var next []int
		for _, j := range level {
			for _, k := range p.kids[j] {
				switch p.rel(k) {
				case "nmod", "appos", "flat", "compound", "amod", "fixed":
				case "obl":
					// "an Israel-linked ship", "a Greek-flagged tanker":
					// the owner or flag of a vessel
					if !ownerParticiples[p.lemma(j)] || p.rel(j) != "amod" {
						continue
					}
				default:
					continue
				}
				if p.rel(k) == "nmod" && (topicPreps[p.prep(k)] || towardPreps[p.prep(k)]) {
					continue // "a conference on Lebanon": what it is about; "des Rohingyas vers le Bangladesh": where they went
				}
				if a := p.actor[k]; a >= 0 {
					return a, k
				}
				next = append(next, k)
			}
		}
		level = next
	}
	return -1, -1
}

// ownerParticiples tie a thing to its owner or flag: "Israel-linked",
// "Greek-flagged", "Iranian-owned".
var ownerParticiples = map[string]bool{"link": true, "flag": true, "own": true, "register": true, "operate": true}

// towardPreps introduce where something goes, which is no part of the
// actor a noun phrase names.
var towardPreps = map[string]bool{"vers": true, "into": true, "towards": true, "toward": true}

// topicPreps introduce what a noun is about, which is no part of the
// actor the noun phrase names: "a conference on Lebanon", "une réunion
// sur la Libye".
var topicPreps = map[string]bool{"on": true, "about": true, "regarding": true, "concerning": true, "sur": true, "concernant": true}

// partitive reports whether noun k has a French partitive article: "de
// l'aide", "de la nourriture", "du carburant" (de + le).
func (p *parsed) partitive(k int) bool {
	for _, d := range p.kids[k] {
		if p.rel(d) != "det" {
			continue
		}
		switch strings.ToLower(p.form(d)) {
		case "l'", "l’", "la", "le":
			return d > 0 && p.lemma(d-1) == "de"
		}
	}
	// "de nouvelles sanctions": the plural indefinite article before an
	// adjective is "de"
	if p.feat(k, "Number") == "Plur" {
		for _, d := range p.kids[k] {
			if p.rel(d) == "case" && p.form(d) == "de" && d+1 < k && p.Words[d+1].UPOS == "ADJ" && p.Words[d+1].Head == k {
				return true
			}
		}
	}
	return false
}

// plural reports whether noun k comes with the French plural article
// fused with "de" ("des missiles": de + les).
func (p *parsed) plural(k int) bool {
	for _, d := range p.kids[k] {
		if p.rel(d) == "det" && strings.ToLower(p.form(d)) == "les" && d > 0 && p.lemma(d-1) == "de" {
			return true
		}
	}
	return false
}

// calledWhat returns the noun that names a free relative object, or -1:
// "struck what it called terrorist camps in Pakistan", "a frappé ce
// qu'il a qualifié de camps terroristes". The object is "what" or "ce",
// its relative clause a verb of naming, whose second object (xcomp, obj
// or obl "de") is what was acted on.
func (p *parsed) calledWhat(k int) int {
	if l := p.lemma(k); l != "what" && l != "ce" {
		return -1
	}
	for _, c := range p.kids[k] {
		if p.Words[c].Deprel != "acl:relcl" || !namingVerbs[p.lemma(c)] {
			continue
		}
		for _, n := range p.kids[c] {
			switch r := p.rel(n); {
			case r == "xcomp", r == "obj" && p.Words[n].UPOS != "PRON", r == "obl" && p.prep(n) == "de":
				return n
			}
		}
	}
	return -1
}

// naming reports whether verb i names something rather than calls
// someone: the relative clause of "what" or "ce", or a verb with an object
// and a predicate noun ("calling Macron a true friend").
func (p *parsed) naming(i int) bool {
	if h := p.Words[i].Head; h >= 0 && p.Words[i].Deprel == "acl:relcl" && (p.lemma(h) == "what" || p.lemma(h) == "ce") {
		return true
	}
	objs, pred := 0, false
	for _, k := range p.kids[i] {
		switch p.rel(k) {
		case "obj":
			objs++
			for _, a := range p.kids[k] {
				if p.rel(a) == "appos" && p.indefinite(a) {
					pred = true // "calling Macron a true friend", parsed as an apposition
				}
			}
		case "xcomp":
			pred = p.Words[k].UPOS == "NOUN" || p.Words[k].UPOS == "ADJ" || p.Words[k].UPOS == "PROPN"
		}
	}
	return objs >= 2 || objs == 1 && pred
}

// indefinite reports whether noun k has an indefinite article.
func (p *parsed) indefinite(k int) bool {
	for _, d := range p.kids[k] {
		if p.rel(d) == "det" {
			switch strings.ToLower(p.form(d)) {
			case "a", "an", "un", "une":
				return true
			}
		}
	}
	return false
}

// namingVerbs name what they speak of: "what it called", "ce qu'il a
// qualifié de".
var namingVerbs = map[string]bool{
	"call": true, "describe": true, "term": true, "dub": true, "label": true,
	"qualifier": true, "appeler": true, "présenter": true, "décrire": true, "nommer": true,
}

// slotActors returns the actors in a slot of word i.
func (p *parsed) slotActors(i int, sl Slot, pos POS) []Mention {
	var res []Mention
	for _, d := range p.slotDeps(i, sl, pos) {
		res = append(res, p.actorsAt(d)...)
	}
	return res
}

// statementTarget returns what a statement is about when its verb takes
// no target: an actor in the subject of its reported clause ("a déclaré
// que l'approche du pays…").
func (p *parsed) statementTarget(i int) []Mention {
	for _, k := range p.kids[i] {
		if p.rel(k) != "ccomp" {
			continue
		}
		for _, s := range p.kids[k] {
			if p.rel(s) == "nsubj" {
				// The subject itself an actor: the clause reports
				// that actor's act, coded on its own verb.
				if p.actor[s] >= 0 {
					continue
				}
				// "l'approche du pays": what the statement is about.
				for _, k := range p.kids[s] {
					if p.Words[k].Deprel == "nmod:poss" || (p.rel(k) == "nmod" && (p.prep(k) == "de" || p.prep(k) == "of")) {
						if a := p.findActor(k); a >= 0 {
							return []Mention{p.Actors[a]}
						}
					}
				}
			}
		}
	}
	return nil
}

// manyCivilians reports whether killing verb i's object counts many
// people who are not fighters: a number of twenty or more, or dozens,
// hundreds, thousands of civilians, villagers, farmers, worshippers…
// (CAMEO 202, mass killings).
func (p *parsed) manyCivilians(i int) bool {
	for _, o := range p.slotDeps(i, Slot{Rel: "obj"}, POSVerb) {
		n := o
		many := false
		if quantities[p.lemma(o)] || manyWords[p.lemma(o)] {
			many = true
			// what is counted: the complement in "of", "de" ("hundreds
			// of civilians in the city"), through a second count ("des
			// centaines de milliers de civils")
			for range 2 {
				for _, k := range p.kids[n] {
					if p.rel(k) == "nmod" && (p.prep(k) == "of" || p.prep(k) == "de") {
						n = k
						break
					}
				}
				if !quantities[p.lemma(n)] && !manyWords[p.lemma(n)] {
					break
				}
			}
		}
		for _, k := range p.kids[n] {
			if p.rel(k) == "nummod" {
				if v, err := strconv.Atoi(strings.ReplaceAll(p.form(k), ",", "")); err == nil && v >= 20 {
					many = true
				}
				if manyWords[p.lemma(k)] {
					many = true
				}
			}
		}
		if many && civilianNouns[p.lemma(n)] {
			return true
		}
	}
	return false
}

// manyWords count people by the dozen or more.
var manyWords = map[string]bool{"dozen": true, "dozens": true, "hundred": true, "hundreds": true, "thousand": true, "thousands": true, "score": true, "scores": true,
	"dizaine": true, "centaine": true, "millier": true}

// civilianNouns name people who are not fighters.
var civilianNouns = map[string]bool{
	"civilian": true, "villager": true, "farmer": true, "people": true, "person": true, "worshipper": true, "student": true,
	"passenger": true, "resident": true, "child": true, "woman": true, "man": true, "herder": true, "fisherman": true, "pupil": true,
	"civil": true, "villageois": true, "agriculteur": true, "paysan": true, "personne": true, "fidèle": true, "élève": true,
	"passager": true, "habitant": true, "enfant": true, "femme": true, "homme": true, "éleveur": true, "pêcheur": true,
}

// clauseSubjectActors returns the actors of the subject of verb i's
// reported clause ("demanded that Turkey withdraw"), a subject other than
// a pronoun.
func (p *parsed) clauseSubjectActors(i int) []Mention {
	for _, k := range p.kids[i] {
		if p.rel(k) != "ccomp" {
			continue
		}
		for _, s := range p.kids[k] {
			if p.rel(s) == "nsubj" && p.Words[s].UPOS != "PRON" {
				if as := p.actorsAt(s); len(as) > 0 {
					return as
				}
			}
		}
	}
	return nil
}

// deniedParty returns the first actor of another country than the
// source's (code src) in the clause verb i denies, or nil.
func (p *parsed) deniedParty(i int, src string) []Mention {
	if len(src) < 3 {
		return nil
	}
	for _, k := range p.kids[i] {
		if r := p.rel(k); r != "ccomp" && r != "xcomp" {
			continue
		}
		sp := p.subtree(k)
		for _, a := range p.Actors {
			if a.Span.Start >= sp.Start && a.Span.End <= sp.End && len(a.Code) >= 3 && a.Code[:3] != src[:3] && !a.Place {
				return []Mention{a}
			}
		}
	}
	return nil
}

// media are the nouns of the means of a conversation, under which a
// parser may hang its partner.
var media = map[string]bool{
	"phone": true, "telephone": true, "videoconference": true, "video": true, "videolink": true,
	"téléphone": true, "visioconférence": true, "vidéo": true, "visio": true,
}

// comitative reports whether preps holds a preposition of partnership:
// "avec", "with", "entre", "between".
func comitative(preps []string) bool {
	for _, p := range preps {
		switch p {
		case "avec", "with", "entre", "between":
			return true
		}
	}
	return false
}

// hasObj reports whether verb i has a direct object that is not a time
// word.
func (p *parsed) hasObj(i int) bool {
	for _, k := range p.kids[i] {
		if p.Words[k].Deprel == "obj" && !p.timeWord(k) {
			return true
		}
	}
	return false
}

// fixedObject reports whether an entry requires its object to be one of
// some nouns ("annoncer une aide", "sign an agreement"): an event noun,
// whose complements name the verb's partners.
func fixedObject(e *Entry) bool {
	for _, f := range e.Fixed {
		if f.Slot.Rel == "obj" && len(f.Lemmas) > 0 {
			return true
		}
	}
	return false
}

// objectComplementActors finds the target of a verb with a fixed object in
// the object's noun phrase: "a annoncé une aide de 5 millions d'euros pour
// la Libye", where the parser hangs "pour la Libye" under the amount. It
// looks three levels deep, through noun complements only, for one whose
// preposition a target slot of the verb names.
func (p *parsed) objectComplementActors(i int, targets []Slot) []Mention {
	return p.complementActors(p.slotDeps(i, Slot{Rel: "obj"}, POSVerb), targets, "obl", false)
}

// complementActors looks, three levels deep under the words from through
// noun complements, for one whose preposition a target slot of relation
// rel names, and returns its actors. skipFirst leaves out the complements
// of from themselves (the slot already looked there).
func (p *parsed) complementActors(from []int, targets []Slot, rel string, skipFirst bool) []Mention {
	for _, sl := range targets {
		if sl.Rel != rel {
			continue
		}
		level := from
		for depth := 0; depth < 3 && len(level) > 0; depth++ {
			var next []int
			for _, j := range level {
				for _, k := range p.kids[j] {
					switch r := p.rel(k); {
					case r == "appos" && p.timeWord(k), r == "acl" && p.Words[k].UPOS == "VERB", r == "appos" && depth > 0,
						r == "conj" && depth == 0 && p.Words[k].UPOS == "NOUN": // "a travel ban and an asset freeze on Mugabe"
						// "rendu hommage mercredi aux soldats"; "fourni des
						// véhicules blindés à l'armée", the participle
						// taking the complement; "the release of reporter
						// Evan Gershkovich from Russia", the name in
						// apposition taking it.
						next = append(next, k)
						continue
					case r == "nmod", r == "obl" && p.Words[j].UPOS == "VERB":
					default:
						continue
					}
					if prepIn(p.prep(k), sl.Preps) && p.prep(k) != "" && !(skipFirst && depth == 0) {
						if as := p.actorsAt(k); len(as) > 0 {
							return as
						}
					}
					next = append(next, k)
				}
			}
			level = next
		}
	}
	return nil
}

// appealFor returns the CAMEO code of appealing for the act the verb
// clause under appeal verb i names ("appeler X à reprendre les
// négociations", "urge X to release"), or "" when that act has no entry or
// no appeal code: the most specific entry of the complement's verb whose
// fixed complements hold, mapped by AppealOf.
func (c *Coder) appealFor(p *parsed, i int) string {
	for _, k := range p.kids[i] {
		if (p.rel(k) != "xcomp" && !(p.rel(k) == "advcl" && p.markedInfinitive(k))) || p.Words[k].UPOS != "VERB" {
			continue
		}
		if best := c.verbEntry(p, k); best != nil {
			return AppealOf(best.Code)
		}
	}
	return ""
}

// threatFor returns the CAMEO code of threatening the act that the
// clause under threat or warning verb i announces ("warned Belarus it
// would impose sanctions": 1312), or "": the most specific entry of the
// clause's verb whose fixed complements hold, mapped by ThreatOf.
func (c *Coder) threatFor(p *parsed, i int) string { return c.clauseCode(p, i, ThreatOf) }

// demandFor returns the CAMEO code of demanding what the clause under
// demand verb i asks for ("demanded that Lukashenko resign": 1041), or
// "": the appeal's code (AppealOf) in the demands' block.
func (c *Coder) demandFor(p *parsed, i int) string { return c.clauseCode(p, i, DemandOf) }

// clauseCode returns the code that of gives the act of the clause (ccomp
// or xcomp) under verb i: the most specific entry of the clause's verb
// whose fixed complements hold; "" when none.
func (c *Coder) clauseCode(p *parsed, i int, of func(string) string) string {
	for _, k := range p.kids[i] {
		if r := p.rel(k); r != "ccomp" && r != "xcomp" || p.Words[k].UPOS != "VERB" {
			continue
		}
		if best := c.verbEntry(p, k); best != nil {
			return of(best.Code)
		}
	}
	return ""
}

// protestVerbs are the verbs of a protest whose purpose clause says what
// it is aimed at.
var protestVerbs = map[string]bool{"manifester": true, "protester": true, "défiler": true, "marcher": true, "rassembler": true,
	"demonstrate": true, "protest": true, "rally": true, "march": true, "gather": true}

// protestPurpose reports whether verb i is the purpose of a protest ("ont
// manifesté pour exiger…", "rallied to demand…"): the protest codes it.
func (p *parsed) protestPurpose(i int) bool {
	h := p.Words[i].Head
	if p.rel(i) != "advcl" || h < 0 || !protestVerbs[p.lemma(h)] || p.Words[i].Span.Start < p.Words[h].Span.Start {
		return false
	}
	for _, k := range p.kids[i] {
		if p.rel(k) == "mark" && (p.form(k) == "pour" || p.form(k) == "to") {
			return true
		}
	}
	return false
}

// foreignAim reports whether the purpose clause i of a protest names an
// actor of another country than the protesters.
func (p *parsed) foreignAim(i int) bool {
	h := p.Words[i].Head
	own := map[string]bool{}
	for _, k := range p.kids[h] {
		if strings.HasPrefix(p.rel(k), "nsubj") {
			for _, m := range p.actorsUnder(k) {
				own[actor.CountryPart(m.Code)] = true
			}
		}
	}
	for _, m := range p.actorsUnder(i) {
		if c := actor.CountryPart(m.Code); c != "" && !own[c] {
			return true
		}
	}
	return false
}

// actorsUnder returns the sentence's actors whose mentions lie in the
// words under k.
func (p *parsed) actorsUnder(k int) []Mention {
	sp := p.subtree(k)
	var out []Mention
	for _, m := range p.Actors {
		if m.Span.Start >= sp.Start && m.Span.End <= sp.End {
			out = append(out, m)
		}
	}
	return out
}

// protestTarget returns the actors a protest at word i is aimed at, of
// another country than own: those its "contre"/"against" complement
// names, its purpose clause names (protestPurpose), or the embassy it
// stands before ("devant l'ambassade d'Estonie", "outside the U.S.
// embassy").
func (p *parsed) protestTarget(i int, own string) []Mention {
	for _, k := range p.kids[i] {
		ok := false
		switch p.rel(k) {
		case "obl", "obl:mod", "nmod":
			switch p.prep(k) {
			case "contre", "against":
				ok = true
			case "devant", "outside":
				ok = p.lemma(k) == "ambassade" || p.lemma(k) == "embassy" || p.lemma(k) == "consulat" || p.lemma(k) == "consulate"
			}
		case "advcl":
			ok = p.protestPurpose(k)
		}
		if !ok {
			continue
		}
		for _, m := range p.actorsUnder(k) {
			if c := actor.CountryPart(m.Code); c != "" && c != own {
				return []Mention{m}
			}
		}
	}
	return nil
}

// talksNouns are the nouns of negotiations that may stand with no sides
// of their own: "signed a deal after talks", "à l'issue de négociations".
var talksNouns = map[string]bool{"talks": true, "talk": true, "negotiation": true, "negotiations": true,
	"négociation": true, "négociations": true, "pourparlers": true}

// impliedTalks adds, for the mutual events out[n:] of word i (an
// agreement, a truce; not a meeting), the negotiations (046) of the same
// sides that a talks noun under i names without sides of its own: "Hamas and Fatah signed an agreement in Mecca
// after talks mediated by King Abdullah", "signed a truce in talks
// mediated by Riek Machar".
func (p *parsed) impliedTalks(out []Coded, n, i int) []Coded {
	if RootOf(out[n].Code) == "04" {
		return out // "met in Vienna for talks": the meeting is the talks
	}
	for _, k := range p.kids[i] {
		if r := p.rel(k); r != "obl" && r != "nmod" && r != "advcl" {
			continue
		}
		t := k
		if !talksNouns[p.lemma(t)] {
			// "after nine days of talks"
			t = -1
			for _, d := range p.kids[k] {
				if p.rel(d) == "nmod" && talksNouns[p.lemma(d)] {
					t = d
				}
			}
		}
		if t < 0 || p.Words[t].UPOS != "NOUN" || p.hasSides(t) {
			continue
		}
		m := len(out)
		for _, e := range out[n:m] {
			if !e.Mutual {
				continue
			}
			e.Code, e.Trigger, e.Word = "046", p.Words[t].Span, t
			e.Rule += " (talks)"
			out = append(out, e)
		}
		break
	}
	return out
}

// hasSides reports whether noun t names sides of its own: "talks between
// X and Y", "talks with X", "Ethiopian-Eritrean talks".
func (p *parsed) hasSides(t int) bool {
	for _, d := range p.kids[t] {
		switch p.rel(d) {
		case "nmod", "amod", "compound", "nmod:poss":
			if len(p.actorsAt(d)) > 0 {
				return true
			}
		}
	}
	return false
}

// mediations adds, for the mutual events out[n:], the mediation (045) of
// each mediator the sentence names towards each side. Talks a third party
// mediates are negotiations: a 040 of a talks noun becomes 046.
func (p *parsed) mediations(out []Coded, n int, base Coded) []Coded {
	if RootOf(base.Code) == "03" {
		return out // an intention ("prêt à dialoguer sous l'égide de…") is not yet mediated
	}
	var meds []Mention
	add := func(k, d int) {
		sp := p.subtree(k)
		for _, m := range p.actorsAt(d) {
			if m.Span.Start >= sp.Start && m.Span.End <= sp.End {
				meds = append(meds, m)
			}
		}
	}
	for k, w := range p.Words {
		l := p.lemma(k)
		switch {
		case mediationNouns[l] && (p.prep(k) == "sous" || p.prep(k) == "under"):
			for _, d := range p.kids[k] {
				if r := p.rel(d); (r == "nmod" || r == "obl") && (p.prep(d) == "de" || p.prep(d) == "of") || r == "amod" {
					add(k, d) // "under the auspices of the UN", "under Turkish mediation"
				}
			}
		case p.rel(k) == "amod" && (strings.HasSuffix(strings.ToLower(w.Form), "-brokered") || strings.HasSuffix(strings.ToLower(w.Form), "-mediated")):
			// "a UN-brokered ceasefire": the mediator inside the word
			for _, m := range p.Actors {
				if m.Code != "" && m.Span.Start >= w.Span.Start && m.Span.End <= w.Span.End {
					meds = append(meds, m)
				}
			}
		case k >= 2 && p.Words[k-1].Form == "-" && (strings.EqualFold(w.Form, "brokered") || strings.EqualFold(w.Form, "mediated")):
			// "a Russian-brokered ceasefire", split at the hyphen
			for _, m := range p.Actors {
				if m.Code != "" && m.Span.Start >= p.Words[k-2].Span.Start && m.Span.End <= p.Words[k-2].Span.End {
					meds = append(meds, m)
				}
			}
		case (l == "mediate" || l == "broker") && w.UPOS == "VERB" && p.rel(k) != "root":
			for _, d := range p.kids[k] {
				if p.Words[d].Deprel == "obl:agent" || p.rel(d) == "obl" && p.prep(d) == "by" {
					add(k, d)
				}
			}
		}
	}
	if len(meds) == 0 {
		return out
	}
	if base.Code == "040" && talksNouns[p.lemma(base.Word)] {
		for k := n; k < len(out); k++ {
			out[k].Code = "046"
		}
		base.Code = "046"
	}
	sides := []Mention{}
	for _, e := range out[n:] {
		sides = append(sides, e.Source, e.Target)
	}
	seen := map[string]bool{}
	for _, m := range meds {
		for _, sd := range sides {
			if m.Code == "" || sd.Code == "" || m.Code == sd.Code || seen[m.Code+" "+sd.Code] ||
				actor.CountryPart(m.Code) != "" && actor.CountryPart(m.Code) == actor.CountryPart(sd.Code) {
				continue
			}
			seen[m.Code+" "+sd.Code] = true
			e := base
			e.Source, e.Target, e.Code, e.Mutual = m, sd, "045", false
			e.Rule = base.Rule + " (mediation)"
			if e.Modality == doc.Future {
				e.Modality = doc.Asserted // "agreed to restore relations in a deal brokered by China": the brokering is done
			}
			out = append(out, e)
		}
	}
	return out
}

// sideAndGroup splits actors ms, in text order, into a first side and a
// group that a dash or colon lists after it ("X et six grandes
// puissances — A, B, C", "X and the P5+1: A, B, C"), when the text says
// so; ok is false otherwise.
func (p *parsed) sideAndGroup(ms []Mention) (first Mention, rest []Mention, ok bool) {
	if len(ms) < 3 {
		return first, nil, false
	}
	ms = slices.Clone(ms)
	slices.SortStableFunc(ms, func(a, b Mention) int { return a.Span.Start - b.Span.Start })
	a, b := ms[0].Span.End, ms[1].Span.Start
	if a >= b || b > len(p.Text) || b-a > 60 {
		return first, nil, false
	}
	gap := p.Text[a:b]
	if !strings.Contains(gap, "—") && !strings.Contains(gap, "–") && !strings.Contains(gap, ":") && !strings.Contains(gap, " - ") {
		return first, nil, false
	}
	for _, m := range ms[1:] {
		if m.Code == ms[0].Code {
			return first, nil, false
		}
	}
	return ms[0], ms[1:], true
}

// retaliation reports whether verb i strikes back: "retaliate", "fight
// back", "riposter", "se venger".
func (p *parsed) retaliation(i int) bool {
	for _, k := range p.kids[i] {
		if r := p.rel(k); (r == "advcl" || r == "obl") && (p.prep(k) == "by" || p.prep(k) == "en" || p.prep(k) == "with") {
			return false // "retaliated by ordering 40 German diplomats to leave": the means is the act
		}
	}
	switch p.lemma(i) {
	case "retaliate", "riposter", "répliquer", "venger", "se venger", "avenge":
		return true
	case "fight", "hit", "strike":
		for _, k := range p.kids[i] {
			if (p.Words[k].Deprel == "compound:prt" || p.rel(k) == "advmod") && p.form(k) == "back" {
				return true
			}
		}
	}
	return false
}

// otherSide returns the subject of an earlier clause of the sentence that
// belongs to a country other than src's: the one a retaliation answers.
// Nothing when the sentence names several such countries.
func (p *parsed) otherSide(i int, src []Mention) []Mention {
	own := actor.CountryPart(src[0].Code)
	var res []Mention
	other := ""
	for v := 0; v < i; v++ {
		if p.Words[v].UPOS != "VERB" {
			continue
		}
		for _, k := range p.subjectOf(v) {
			for _, m := range p.actorsAt(k) {
				c := actor.CountryPart(m.Code)
				if c == "" || c == own || m.Place {
					continue
				}
				if other != "" && other != c {
					return nil
				}
				other = c
				res = append(res, m)
			}
		}
	}
	return res
}

// vowVerbs promise: with violence as their complement, they threaten it.
var vowVerbs = []string{"vow", "swear", "pledge", "promise", "jurer", "promettre"}

// aircraftWords are the subjects of an air attack.
var aircraftWords = map[string]bool{"warplane": true, "warplanes": true, "jet": true, "jets": true, "aircraft": true,
	"helicopter": true, "helicopters": true, "avion": true, "avions": true, "chasseur": true, "chasseurs": true, "hélicoptère": true,
	"hélicoptères": true, "aviation": true}

// violentRoots are the CAMEO roots of violence.
var violentRoots = map[string]bool{"18": true, "19": true, "20": true}

// mediationNouns are the nouns of "sous l'égide de X", "under the
// auspices of X", "sous la médiation de X".
var mediationNouns = map[string]bool{"égide": true, "médiation": true, "auspice": true, "auspices": true, "aegis": true, "mediation": true}

// authorityActs are the acts only a state's authorities do: arrests,
// sentences, seizures, bans.
var authorityActs = map[string]bool{"173": true, "116": true, "1711": true, "172": true, "1721": true, "1722": true,
	"1723": true, "1724": true, "0841": true} // "L'état d'urgence a été décrété en Tunisie", "Mandela a été libéré"

// implicitAuthority returns the unnamed authorities of passive verb i, as
// a mention of its trigger word: the country of a place its clause names
// ("arrêté à Tunis"), else that of the one acted on (tgt), else nothing.
func (p *parsed) implicitAuthority(i int, tgt []Mention) []Mention {
	c := ""
	for _, k := range p.kids[i] {
		if p.rel(k) != "obl" {
			continue
		}
		switch p.prep(k) {
		case "in", "at", "à", "en", "dans":
		default:
			continue
		}
		for _, m := range p.actorsAt(k) {
			if (m.Place || len(m.Code) == 3) && actor.CountryPart(m.Code) != "" {
				c = actor.CountryPart(m.Code)
			}
		}
	}
	if c == "" && len(tgt) > 0 {
		c = actor.CountryPart(tgt[0].Code)
	}
	if c == "" {
		return nil
	}
	w := p.Words[i]
	return []Mention{{Span: w.Span, Text: w.Form, Code: c, Confidence: 0.5}}
}

// crowdNouns are the nouns of a protest in the street.
var crowdNouns = map[string]bool{"protest": true, "demonstration": true, "rally": true, "riot": true, "unrest": true,
	"manifestation": true, "émeute": true, "rassemblement": true, "strike": true, "grève": true}

// crowdNoun reports whether noun i is a protest in the street: not a
// protester ("at protesters"), not a protest lodged with a government
// ("lodged a formal protest with Australia").
func (p *parsed) crowdNoun(i int) bool {
	if !crowdNouns[p.lemma(i)] {
		return false
	}
	if h := p.Words[i].Head; h >= 0 && p.rel(i) == "obj" && lodgeVerbs[p.lemma(h)] {
		return false
	}
	// "riot police" names the police; "at a peace rally", "lors d'un
	// rassemblement" set the scene of another act
	return p.rel(i) != "compound" && p.prep(i) != "at" && !duringPreps[p.prep(i)]
}

// duringPreps set an act's scene in the time of another: "during a visit
// to Kiev", "lors d'affrontements", "pendant un rassemblement".
var duringPreps = map[string]bool{"during": true, "lors": true, "lors de": true, "pendant": true, "durant": true, "au cours de": true}

// demandsDeparture reports whether protest noun i demands a leader's
// departure: "protests demanding his departure", "manifestations pour
// réclamer la démission du président".
func (p *parsed) demandsDeparture(i int) bool {
	var verbs []int
	for _, k := range p.kids[i] {
		if r := p.rel(k); r == "acl" || r == "advcl" {
			verbs = append(verbs, k)
		}
	}
	if _, hi := p.wordRange(i); hi+1 < len(p.Words) && p.Words[hi+1].UPOS == "VERB" {
		verbs = append(verbs, hi+1) // "protests demanding his resignation", the participle hung on the verb above
	}
	for _, k := range verbs {
		for _, o := range p.kids[k] {
			if p.rel(o) == "obj" && departureNouns[p.lemma(o)] {
				return true
			}
		}
	}
	return false
}

var departureNouns = map[string]bool{"departure": true, "resignation": true, "ouster": true, "removal": true,
	"départ": true, "démission": true, "destitution": true}

var lodgeVerbs = map[string]bool{"lodge": true, "file": true, "register": true, "voice": true, "express": true,
	"déposer": true, "élever": true, "adresser": true, "formuler": true, "exprimer": true}

// crowdCountry returns the people of a protest noun i that names no one:
// a mention of the word coded with the country of the place it names ("in
// Cairo's Tahrir Square", "à Tunis"), else of the one country the
// sentence's actors name; nothing when they name several.
func (p *parsed) crowdCountry(i int) []Mention {
	c := ""
	for _, m := range p.actorsUnder(i) {
		if (m.Place || len(m.Code) == 3) && actor.CountryPart(m.Code) != "" {
			c = actor.CountryPart(m.Code)
			break
		}
	}
	if c == "" {
		for _, m := range p.Actors {
			k := actor.CountryPart(m.Code)
			if k == "" {
				continue
			}
			if c != "" && c != k {
				return nil
			}
			c = k
		}
	}
	if c == "" {
		return nil
	}
	w := p.Words[i]
	return []Mention{{Span: w.Span, Text: w.Form, Code: c, Confidence: 0.5}}
}

// attackMeans returns the CAMEO code of the weapon that is verb i's
// subject, or "": a drone strike 1952, an air strike 195, shelling 194, a
// car bomb 1832, a suicide bomber 1831.
func (p *parsed) attackMeans(i int) string {
	kids := p.kids[i]
	if h := p.Words[i].Head; h >= 0 && (p.rel(i) == "advcl" || p.rel(i) == "conj") && !slices.ContainsFunc(kids, func(k int) bool { return p.rel(k) == "nsubj" }) {
		kids = p.kids[h] // "Un kamikaze s'est fait exploser…, tuant 15 personnes": the subject above
	}
	for _, k := range kids {
		if p.rel(k) != "nsubj" && !(p.Words[k].Deprel == "obl:agent" || p.rel(k) == "obl" && (p.prep(k) == "by" || p.prep(k) == "par" || p.prep(k) == "in") && p.passive(i)) {
			continue // the weapon a passive names: "was killed by a truck bomb", "in a US drone strike"
		}
		mods := map[string]bool{}
		for _, m := range p.kids[k] {
			switch p.rel(m) {
			case "compound", "amod", "nmod", "acl": // "voitures piégées", read as a participle
				mods[p.lemma(m)] = true
			}
		}
		switch l := p.lemma(k); {
		case (l == "strike" || l == "frappe" || l == "attack" || l == "attaque") && (mods["drone"] || mods["drones"]):
			return "1952"
		case l == "drone" && p.lang == "en":
			return "1952"
		case aircraftWords[l]:
			return "195" // "Russian warplanes pounded Grozny"
		case l == "airstrike" || l == "air-strike" || l == "bombardment" || l == "bombardement" || l == "raid" && mods["air"] ||
			(l == "strike" || l == "frappe" || l == "raid") && (mods["air"] || mods["aérien"] || mods["israeli"] || mods["russian"]):
			return "195"
		case l == "shelling" || l == "shell" || l == "artillery" || l == "mortar" || l == "obus" || l == "pilonnage" || (l == "tir" || l == "fire") && (mods["artillery"] || mods["artillerie"]):
			return "194"
		case (l == "bomb" || l == "bombing" || l == "attentat" || l == "explosion") && (mods["car"] || mods["voiture"] || mods["truck"] || mods["camion"]),
			(l == "voiture" || l == "camion" || l == "camionnette" || l == "véhicule") && (mods["piégé"] || mods["piéger"]):
			return "1832"
		case (l == "bomber" || l == "bombers") && mods["suicide"], l == "kamikaze" || l == "kamikazes",
			(l == "attentat" || l == "attack" || l == "bombing") && (mods["suicide"] || mods["suicider"] || mods["kamikaze"]):
			return "1831"
		}
	}
	return ""
}

// verbEntry returns the most specific verb entry of word k whose fixed
// complements hold, or nil.
func (c *Coder) verbEntry(p *parsed, k int) *Entry {
	var best *Entry
	for _, cand := range c.lex.Lookup(p.lang, p.lemma(k)) {
		e := cand.Entry
		if e == nil || e.POS != POSVerb || !p.fixedHold(k, e) {
			continue
		}
		if best == nil || e.Specificity() > best.Specificity() {
			best = e
		}
	}
	return best
}

// supportVerb returns the support verb whose object noun event i is ("a eu
// des entretiens", "held talks"), through a day the parser hangs it on, or
// -1.
func (p *parsed) supportVerb(i int) int {
	for step := 0; step < maxClimb; step++ {
		h := p.Words[i].Head
		if h < 0 {
			return -1
		}
		r := p.rel(i)
		if (p.Words[h].UPOS == "VERB" || p.Words[h].UPOS == "AUX") && (r == "obj" || r == "obl") {
			if slices.Contains(supportVerbs, p.lemma(h)) {
				return h
			}
			return -1
		}
		if r == "nmod" && p.timeWord(h) {
			i = h
			continue
		}
		return -1
	}
	return -1
}

// attemptVerbs say their complement was tried, not done.
var attemptVerbs = []string{"tenter", "essayer", "chercher", "try", "attempt", "seek"}

// attempted reports whether verb i is the complement of an attempt ("a
// tenté d'assassiner", "tried to kill").
func (p *parsed) attempted(i int) bool {
	h := p.Words[i].Head
	return h >= 0 && p.rel(i) == "xcomp" && slices.Contains(attemptVerbs, p.lemma(h))
}

// allegationKind returns the last digit CAMEO gives an accusation by what
// it is of, from the words of the accusing verb's complements: "1" crime
// or corruption, "2" human rights abuses, "3" aggression, "4" war crimes
// or genocide, "5" espionage or treason; "" when none says.
func (p *parsed) allegationKind(i int) string {
	lo, hi := p.wordRange(i)
	kind := ""
	for k := max(lo, i+1); k <= hi; k++ {
		switch l := p.lemma(k); {
		case l == "génocide" || l == "genocide" || l == "war" && k+1 < len(p.Words) && p.lemma(k+1) == "crime" ||
			l == "crime" && k+2 < len(p.Words) && (p.lemma(k+2) == "guerre" || p.lemma(k+2) == "humanité"):
			return "4"
		case l == "espionnage" || l == "espionage" || l == "spying" || l == "spy" || l == "trahison" || l == "treason":
			return "5"
		case l == "agression" || l == "aggression" || l == "invasion" || l == "annexion" || l == "annexation":
			kind = "3"
		case l == "torture" || l == "abus" || l == "abuse" || l == "répression" || l == "repression":
			if kind == "" {
				kind = "2"
			}
		case l == "corruption" || l == "fraude" || l == "fraud" || l == "détournement" || l == "embezzlement" || l == "blanchiment" || l == "laundering" || l == "détourner" || l == "embezzle":
			if kind == "" {
				kind = "1"
			}
		}
	}
	return kind
}

// commaAdjunct reports whether verb i is a present participle right after
// a comma: an adjunct of the clause before it ("…, accusing Azerbaijan").
func (p *parsed) commaAdjunct(i int) bool {
	return i > 0 && p.form(i-1) == "," && p.feat(i, "VerbForm") == "Part" && (p.feat(i, "Tense") == "Pres" || strings.HasSuffix(p.form(i), "ing"))
}

// hasMark reports whether clause k has a subordinating mark ("to",
// "against", "of", "à", "de"): a complement of the verb above, not a bare
// participle adjunct.
func (p *parsed) hasMark(k int) bool {
	for _, m := range p.kids[k] {
		if p.rel(m) == "mark" {
			return true
		}
	}
	return false
}

// markedInfinitive reports whether clause k opens with "to", "à" or "de"
// ("called on Israel to agree", which parsers label advcl).
func (p *parsed) markedInfinitive(k int) bool {
	for _, m := range p.kids[k] {
		if p.rel(m) == "mark" {
			switch strings.ToLower(p.form(m)) {
			case "to", "à", "de", "d'", "d’":
				return true
			}
		}
	}
	return false
}

// speakerPronouns refer back to a speaker: "Iran said it would resume
// talks", "la Chine a affirmé qu'elle ne céderait pas".
var speakerPronouns = map[string]bool{"it": true, "il": true, "elle": true}

// speakerOf returns the actor of the speaker a subject pronoun of a
// reported clause stands for: the subject of the speech verb whose
// complement the pronoun's clause is, or -1.
func (p *parsed) speakerOf(d int) int {
	if !speakerPronouns[strings.ToLower(p.form(d))] || p.Words[d].UPOS != "PRON" || !strings.HasPrefix(p.Words[d].Deprel, "nsubj") {
		return -1
	}
	v := p.Words[d].Head
	if v < 0 {
		return -1
	}
	if r := p.rel(v); r != "ccomp" && r != "parataxis" {
		return -1
	}
	h := p.Words[v].Head
	if h < 0 || !slices.Contains(speechVerbs, p.lemma(h)) {
		return -1
	}
	for _, k := range p.kids[h] {
		if p.rel(k) == "nsubj" {
			return p.findActor(k)
		}
	}
	return -1
}

// governorIn returns the verb or adjective of lemmas that word i's clause
// is the complement of, climbing xcomp and advcl as stance does, or -1.
func (p *parsed) governorIn(i int, lemmas []string) int {
	u := p.clauseVerb(i)
	for step := 0; step < maxClimb && u >= 0; step++ {
		if r := p.rel(u); r != "xcomp" && r != "advcl" {
			return -1
		}
		u = p.Words[u].Head
		if u >= 0 && slices.Contains(lemmas, p.lemma(u)) {
			return u
		}
	}
	return -1
}

// predicateTense is tense for a verb, and for a predicate adjective the
// tense of its copula ("it was ready to").
func (p *parsed) predicateTense(u int) string {
	if t := p.tense(u); t != "" {
		return t
	}
	for _, k := range p.kids[u] {
		if p.rel(k) == "cop" {
			switch p.feat(k, "Tense") {
			case "Past", "Imp":
				return "past"
			case "Pres":
				return "present"
			case "Fut":
				return "future"
			}
		}
	}
	return ""
}

// markBefore returns the subordinator (mark) that opens the clause of verb
// i before it, or -1.
func (p *parsed) markBefore(i int) int {
	for _, k := range p.kids[i] {
		if k < i && p.rel(k) == "mark" {
			return k
		}
	}
	return -1
}
