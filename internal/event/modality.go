package event

import (
	"slices"
	"strings"

	"github.com/vigie-events/vigie/internal/doc"
)

// Modality: how the text presents an event, read from the parse around
// its trigger. Negated events ("n'a pas reçu", "did not meet") and open
// questions ("n'a pas révélé si le roi recevrait…", "it is unclear
// whether…") are not events; conditional and hypothetical ones ("si…",
// "pourrait", "could") are hypothetical, and so are the acts an accusation
// alleges ("accused Beijing of supplying…", "allegations that…"): CAMEO
// codes the accusation, not the act; future and expected ones
// ("devrait", "va", "will", "is expected to", future tense) are future;
// those a speech verb governs ("a déclaré que…", "…, a indiqué l'AFP",
// "selon…") are reported.

var (
	negWords = []string{"pas", "jamais", "plus", "guère", "aucunement", "point", "not", "n't", "never", "no"}
	// Verbs that report speech or knowledge: their complement is reported.
	speechVerbs = []string{
		"dire", "déclarer", "annoncer", "affirmer", "indiquer", "rapporter", "préciser", "expliquer",
		"souligner", "assurer", "estimer", "ajouter", "confirmer", "rappeler", "écrire", "révéler",
		"signaler", "citer", "raconter", "prévenir", "avertir", "juger", "considérer", "noter",
		"say", "tell", "announce", "state", "report", "add", "claim", "confirm", "declare", "explain",
		"note", "write", "reveal", "quote", "insist", "warn", "stress", "tell", "believe",
	}
	// Verbs whose complement is expected to happen, and those that
	// commit to it ("agreed to provide aid", "is willing to withdraw"):
	// PLOVER reads a cooperative act in the future as an intention.
	futureVerbs = []string{"devoir", "aller", "prévoir", "compter", "expect", "plan", "intend", "schedule", "due", "set", "aim",
		"agree", "promise", "pledge", "vow", "offer", "commit", "prepare", "prepared", "willing", "ready", "decide", "swear",
		"accepter", "promettre", "engager", "prêt", "disposer", "décider", "proposer", "jurer"}
	// Verbs that allege their complement ("accused Beijing of supplying
	// Moscow", "soupçonné d'avoir financé"): the act is someone's claim,
	// hypothetical.
	allegeVerbs = []string{"accuse", "allege", "suspect", "blame", "charge", "accuser", "soupçonner", "reprocher", "imputer"}
	// Nouns of an allegation: what they claim ("allegations that its
	// forces had shelled a hospital") is reported, as with the verbs.
	allegeNouns = []string{"allegation", "accusation", "allégation", "claim", "report", "rumor", "rumour", "rumeur"}
	// Those of them that accuse: what they claim is no event.
	accuseNouns = []string{"allegation", "accusation", "allégation"}
	// Verbs of denial: what they deny ("denied that its forces had
	// shelled", "rejected allegations that…") is no event.
	denyVerbs = []string{"deny", "reject", "dismiss", "refute", "nier", "démentir", "rejeter", "réfuter", "contester"}
	// Verbs that refuse their complement ("refused to lift the curfew").
	refuseVerbs = []string{"refuse", "decline", "reject", "fail", "renege", "refuser", "rejeter", "renoncer", "échouer"}
	// Auxiliaries of obligation ("Libya must hand over…").
	mustAux = []string{"must", "should", "ought"}
	// Modal verbs of possibility.
	maybeVerbs = []string{"pouvoir", "envisager", "could", "might", "may", "would", "can",
		// what one is warned against has not happened: "warned NATO
		// against deploying troops"
		"warn", "avertir",
		// what one threatens to do is not done: "a menacé d'organiser
		// une grève générale"
		"threaten", "menacer",
		// asking someone to act is not the act: "invité son homologue à
		// se rendre à Bamako", "urged Eriador to respond"
		"inviter", "appeler", "exhorter", "demander", "encourager", "convier", "sommer",
		"invite", "urge", "ask", "encourage", "call", "press", "persuade",
		"demand", "exiger", "réclamer"}
	// Verbs whose clause in "that" or "que" is what they demand
	// ("demanded that Turkey withdraw its troops": the demand is 1056,
	// the withdrawal not done).
	demandVerbs = []string{"demand", "exiger", "réclamer", "demander"}
	// English auxiliaries of the future and of possibility.
	futureAux = []string{"will", "shall", "'ll", "wo"}
	maybeAux  = []string{"could", "might", "may", "would", "'d", "can"}
	ifMarks   = []string{"si", "s'", "if", "whether", "unless"}
	// Adjectives that make a noun event a possibility.
	possibleAdjs = []string{"éventuel", "possible", "potentiel", "hypothétique", "potential", "hypothetical"}
)

// modality returns the modality of the event triggered at word i, the
// tense that dates it (past, present, future, conditional), whether it is
// no event at all (negated, or an open question), and whether a speech,
// source or allegation reports its clause (whatever the modality that
// wins): a date outside the clause is the report's.
func (p *parsed) modality(i int) (mod doc.Modality, tense string, drop, said bool) {
	mod = doc.Asserted
	v := p.clauseVerb(i)
	var hypo, fut, rep, alleg bool
	if v == i && p.Words[i].UPOS == "NOUN" {
		// A noun event that is the subject of a negated copula ("une
		// visite du pape n'est pas à l'ordre du jour", "a visit is not on
		// the agenda") did not happen; one qualified as possible ("une
		// éventuelle visite", "a possible visit") is hypothetical.
		if h := p.Words[i].Head; h >= 0 && p.rel(i) == "nsubj" && p.hasCop(h) && p.negated(h) {
			return doc.Negated, "", true, false
		}
		for _, k := range p.kids[i] {
			if p.rel(k) == "amod" && slices.Contains(possibleAdjs, p.lemma(k)) {
				hypo = true
			}
		}
	}
	if h := p.Words[i].Head; h >= 0 && p.Words[i].UPOS == "NOUN" && (p.rel(i) == "obj" || p.rel(i) == "obl") &&
		(slices.Contains(demandVerbs, p.lemma(h)) || slices.Contains(maybeVerbs, p.lemma(h))) {
		// "a exigé le retrait des troupes russes", "called for the
		// release of…": what is demanded or asked for is not done.
		hypo = true
	}
	// The chain of verbs whose modality the event shares: control and
	// purpose ("devrait se rendre… pour discuter"), coordination.
	u := v
	viaConj := false // u is a verb coordinated with the one below it: its own meaning does not govern the event
	for step := 0; step < maxClimb && u >= 0; step++ {
		if p.negated(u) {
			return doc.Negated, "", true, false
		}
		for _, k := range p.kids[u] {
			if p.rel(k) == "mark" && slices.Contains(ifMarks, p.form(k)) {
				if p.rel(u) == "advcl" {
					hypo = true
				} else {
					return doc.Hypothetical, "", true, false // an open question
				}
			}
			if p.rel(k) == "aux" || p.Words[k].Deprel == "aux:tense" {
				f := p.form(k)
				switch {
				case slices.Contains(futureAux, f):
					fut = true
				case (f == "would" || f == "'d") && p.reportedClause(u):
					// "said it would allow": the future of reported
					// speech, not a condition.
					fut = true
				case slices.Contains(maybeAux, f):
					hypo = true
				case p.lemma(k) == "aller" && p.feat(k, "VerbForm") == "Fin":
					fut = true
				}
				if p.feat(k, "Tense") == "Fut" {
					fut = true
				}
			}
			if p.rel(k) == "obl" && (p.prep(k) == "selon" || p.lemma(k) == "according") {
				rep = true
			}
			if p.rel(k) == "advcl" && k > u {
				// "Israel would hit Lebanon hard if the group launched
				// an attack": a consequence under a condition
				for _, m := range p.kids[k] {
					if p.rel(m) == "mark" && slices.Contains(ifMarks, p.form(m)) {
						hypo = true
					}
				}
			}
			if (p.rel(k) == "parataxis" || p.rel(k) == "advcl" || p.rel(k) == "ccomp") && k > i && slices.Contains(speechVerbs, p.lemma(k)) && (p.hasSubject(k) || p.invertedSubject(k)) {
				// "…, a indiqué l'AFP".
				rep = true
			}
		}
		if tense == "" {
			tense = p.tense(u)
		}
		l := p.lemma(u)
		if u != v && !viaConj && slices.Contains(denyVerbs, l) {
			return doc.Negated, "", true, false // "denied firing rockets", "a nié avoir tiré"
		}
		if u != v && !viaConj { // "planned, financed and equipped": "financed" is no plan
			switch {
			case slices.Contains(futureVerbs, l):
				fut = true
			case slices.Contains(maybeVerbs, l):
				hypo = true
			}
			if l == "devoir" && p.feat(u, "Mood") == "Cnd" {
				fut = true
			}
		}
		if p.Words[u].UPOS == "VERB" && p.feat(u, "Tense") == "Fut" {
			fut = true
		}
		r := p.rel(u)
		if p.alleged(u) {
			rep, alleg = true, true
		}
		if h := p.Words[u].Head; (r == "acl" || r == "acl:relcl" || r == "ccomp") && h >= 0 {
			if slices.Contains(allegeNouns, p.lemma(h)) {
				rep = true
				alleg = alleg || slices.Contains(accuseNouns, p.lemma(h))
				if g := p.Words[h].Head; p.rel(h) == "obj" && g >= 0 && slices.Contains(denyVerbs, p.lemma(g)) {
					return doc.Negated, "", true, false // "rejected allegations that…"
				}
			}
			if r == "ccomp" && slices.Contains(denyVerbs, p.lemma(h)) {
				return doc.Negated, "", true, false // "denied that its forces…"
			}
		}
		if r == "ccomp" || r == "parataxis" {
			h := p.Words[u].Head
			if h >= 0 && slices.Contains(speechVerbs, p.lemma(h)) {
				rep = true
			}
			if h >= 0 && r == "ccomp" && slices.Contains(demandVerbs, p.lemma(h)) {
				hypo = true
			}
			if h >= 0 && p.negated(h) && slices.Contains(speechVerbs, p.lemma(h)) && p.mood(u) == "Cnd" {
				return doc.Hypothetical, "", true, false
			}
			break
		}
		if r == "acl" && p.intended(u) {
			// "plans to impose restrictions", "la décision de se
			// retirer": what a plan or promise is to do lies ahead.
			fut = true
		}
		if r != "xcomp" && r != "advcl" && r != "conj" {
			break
		}
		viaConj = r == "conj"
		u = p.Words[u].Head
	}
	if !fut && p.committed(v) {
		fut = true
	}
	if !rep && !fut && p.mood(v) == "Cnd" {
		hypo = true
	}
	if tense == "" {
		tense = "present"
	}
	switch {
	case hypo && !rep, alleg:
		// an allegation is a claim, not an event: CAMEO codes the
		// accusation (112), not the act it alleges
		mod = doc.Hypothetical
	case fut:
		mod = doc.Future
	case rep:
		mod = doc.Reported
	}
	return mod, tense, false, rep
}

// intentNouns are the nouns of a plan or a commitment whose infinitive
// complement says what is intended.
var intentNouns = []string{
	"plan", "intention", "decision", "promise", "pledge", "offer", "readiness", "willingness", "commitment", "vow",
	"projet", "décision", "promesse", "engagement", "offre", "volonté",
}

// intended reports whether clause u is the infinitive complement of a
// noun of intention ("plans to impose", "l'intention de retirer"); taggers
// also take "plans" in "Greece plans to…" for that noun.
func (p *parsed) intended(u int) bool {
	h := p.Words[u].Head
	if h < 0 || p.Words[h].UPOS != "NOUN" || !slices.Contains(intentNouns, p.lemma(h)) {
		return false
	}
	for _, k := range p.kids[u] {
		if p.rel(k) == "mark" {
			switch p.form(k) {
			case "to", "de", "d'", "à":
				return true
			}
		}
	}
	return false
}

// reportedClause reports whether clause u is what a speech verb reports
// ("said it would…").
func (p *parsed) reportedClause(u int) bool {
	r := p.rel(u)
	if r != "ccomp" && r != "parataxis" {
		return false
	}
	h := p.Words[u].Head
	return h >= 0 && slices.Contains(speechVerbs, p.lemma(h))
}

// clauseVerb returns the verb whose clause holds word i: i itself for a
// verb, else the verb that governs the noun.
func (p *parsed) clauseVerb(i int) int {
	v := i
	for step := 0; step < maxClimb && v >= 0; step++ {
		if up := p.Words[v].UPOS; up == "VERB" || up == "AUX" {
			return v
		}
		v = p.Words[v].Head
	}
	return i
}

// hasCop reports whether word i is a predicate with a copula.
func (p *parsed) hasCop(i int) bool {
	for _, k := range p.kids[i] {
		if p.rel(k) == "cop" {
			return true
		}
	}
	return false
}

func (p *parsed) hasSubject(i int) bool {
	for _, k := range p.kids[i] {
		if p.rel(k) == "nsubj" {
			return true
		}
	}
	return false
}

// negated reports whether verb u carries a negation.
func (p *parsed) negated(u int) bool {
	hasNe := false
	for _, k := range p.kids[u] {
		r := p.rel(k)
		f := p.form(k)
		if r != "advmod" && r != "det" && r != "aux" {
			continue
		}
		if f == "ne" || f == "n'" {
			hasNe = true
			continue
		}
		if slices.Contains(negWords, f) || p.lemma(k) == "not" {
			if f == "plus" && !hasNe && !p.hasNe(u) {
				continue
			}
			if f == "no" && r != "det" {
				continue
			}
			return true
		}
	}
	return false
}

func (p *parsed) hasNe(u int) bool {
	for _, k := range p.kids[u] {
		if f := p.form(k); f == "ne" || f == "n'" {
			return true
		}
	}
	return false
}

// mood returns the mood of verb u or of its finite auxiliary.
func (p *parsed) mood(u int) string {
	if m := p.feat(u, "Mood"); m != "" {
		return m
	}
	for _, k := range p.kids[u] {
		if p.rel(k) == "aux" {
			if m := p.feat(k, "Mood"); m != "" {
				return m
			}
		}
	}
	return ""
}

// tense returns the tense of verb u: "" when u is a bare infinitive that
// takes its tense from the verb above.
func (p *parsed) tense(u int) string {
	hasAux := false
	for _, k := range p.kids[u] {
		if p.rel(k) != "aux" || p.Words[k].Deprel == "aux:pass" && p.Words[k].UPOS != "AUX" {
			continue
		}
		hasAux = true
		f := p.form(k)
		switch {
		case slices.Contains(futureAux, f):
			return "future"
		case p.feat(k, "Mood") == "Cnd":
			if p.feat(u, "Tense") == "Past" {
				return "past" // "aurait reçu"
			}
			return "conditional"
		case p.feat(k, "Tense") == "Fut":
			return "future"
		case p.lemma(k) == "aller" && p.feat(k, "Tense") == "Pres":
			return "future"
		}
	}
	if hasAux && p.feat(u, "Tense") == "Past" {
		return "past"
	}
	switch p.feat(u, "Mood") {
	case "Cnd":
		return "conditional"
	}
	switch p.feat(u, "Tense") {
	case "Fut":
		return "future"
	case "Past", "Imp":
		if p.feat(u, "VerbForm") == "Part" && !hasAux && p.feat(u, "Mood") != "Ind" {
			return "" // a bare participle; but "Mood=Ind" is the tagger's finite verb ("forces struck")
		}
		return "past"
	case "Pres":
		return "present"
	}
	if p.feat(u, "VerbForm") == "Inf" || p.feat(u, "VerbForm") == "Ger" || p.feat(u, "VerbForm") == "Part" {
		return ""
	}
	return ""
}

// clause returns the span of the clause of trigger i: the noun phrase of
// a noun, the clause of a verb together with the verbs of its modal chain
// ("devrait se rendre vendredi").
func (p *parsed) clause(i int) doc.Span {
	if p.Words[i].UPOS != "VERB" {
		return p.subtree(i)
	}
	u := i
	for step := 0; step < maxClimb; step++ {
		if p.rel(u) != "xcomp" || p.Words[u].Head < 0 {
			break
		}
		u = p.Words[u].Head
	}
	return p.clauseSpan(u)
}

// clauseSpan returns the span of the words under verb u, without its
// markers ("après que", "pour") and the clauses coordinated with it that
// have a subject of their own ("accused Israel…, and it said it would
// free hostages on Saturday": Saturday is the release's): the clause
// proper.
func (p *parsed) clauseSpan(u int) doc.Span {
	sp := p.Words[u].Span
	for _, k := range p.kids[u] {
		if p.rel(k) == "mark" || p.ownConj(k) {
			continue
		}
		t := p.subtree(k)
		sp.Start = min(sp.Start, t.Start)
		sp.End = max(sp.End, t.End)
	}
	return sp
}

// temporalPreps introduce the event an event is dated from.
var temporalPreps = []string{"after", "before", "following", "since", "until", "après", "avant", "depuis", "lors"}

// nested returns the spans of the relative and adverbial clauses of the
// sentence that do not hold word i, bar those of its own verb, and of the
// clauses coordinated with a subject of their own: they have their own
// time and place ("talks with Xi, his first meeting with him
// since taking office in June": June is when he took office, not the
// talks).
func (p *parsed) nested(i int) []doc.Span {
	var out []doc.Span
	v := p.clauseVerb(i)
	for k := range p.Words {
		if p.Words[k].UPOS != "VERB" || p.rel(k) != "acl" && p.rel(k) != "advcl" && !p.ownConj(k) || p.Words[k].Head == v && !p.ownConj(k) {
			continue
		}
		if h := p.Words[k].Head; h >= 0 && slices.Contains(temporalPreps, p.prep(h)) {
			continue // "after the earthquakes that struck in February": the anchor dates the event
		}
		if h := p.Words[k].Head; h >= 0 && p.calledWhat(h) >= 0 {
			continue // "struck what it called camps on Wednesday": the naming is no clause of its own
		}
		if sp := p.subtree(k); !(sp.Start <= p.Words[i].Span.Start && p.Words[i].Span.End <= sp.End) {
			out = append(out, sp)
		}
	}
	// A noun's "since" dates the state it names, not the event: "la junte
	// au pouvoir depuis le coup d'État de juillet 2023 a expulsé…".
	for k := range p.Words {
		if p.rel(k) != "nmod" || p.prep(k) != "depuis" && p.prep(k) != "since" {
			continue
		}
		if sp := p.subtree(k); !(sp.Start <= p.Words[i].Span.Start && p.Words[i].Span.End <= sp.End) {
			out = append(out, sp)
		}
	}
	return out
}

// invertedSubject reports whether speech verb k has the subject after it
// that a parser takes for its object: "…, a indiqué l'armée israélienne".
func (p *parsed) invertedSubject(k int) bool {
	for _, o := range p.kids[k] {
		if p.rel(o) == "obj" && o > k && (p.Words[o].UPOS == "NOUN" || p.Words[o].UPOS == "PROPN") {
			return true
		}
	}
	return false
}

// ownConj reports whether word k is a verb coordinated with another that
// has a subject of its own: a clause of its own, with its own time.
func (p *parsed) ownConj(k int) bool {
	return p.rel(k) == "conj" && p.Words[k].UPOS == "VERB" && p.hasSubject(k)
}

// Stances an event's clause can take besides its modality.
const (
	StanceRefused    = "refused"    // "refused to lift the curfew", "a refusé de…"
	StanceDemanded   = "demanded"   // "Libya must hand over…", "l'Iran doit…"
	StancePromised   = "promised"   // "s'est engagé à fournir une aide", "offered to mediate"
	StanceThreatened = "threatened" // "menace de rompre les relations", "threatened to cut ties"
)

// stance returns how the clause of the event at word i stands to it:
// refused by the verb above it, or demanded by an auxiliary of
// obligation; "" otherwise.
func (p *parsed) stance(i int) string {
	v := p.clauseVerb(i)
	u := v
	for step := 0; step < maxClimb && u >= 0; step++ {
		if u != v && slices.Contains(refuseVerbs, p.lemma(u)) {
			return StanceRefused
		}
		for _, k := range p.kids[u] {
			if p.rel(k) == "aux" && slices.Contains(mustAux, p.form(k)) {
				return StanceDemanded // "the US must be ready to mediate"
			}
		}
		if u != v && slices.Contains(promiseVerbs, p.lemma(u)) {
			return StancePromised
		}
		if u != v && slices.Contains(threatVerbs, p.lemma(u)) {
			return StanceThreatened
		}
		if u != v && p.lemma(u) == "devoir" && p.feat(u, "Mood") == "Ind" && p.feat(u, "Tense") == "Pres" {
			return StanceDemanded
		}
		if r := p.rel(u); r != "xcomp" && r != "advcl" {
			break
		}
		u = p.Words[u].Head
	}
	return ""
}

// promiseVerbs express the intent their complement states: CAMEO codes
// "promised to provide aid" as an intent (033), not as the aid (070).
var promiseVerbs = []string{"promettre", "engager", "s'engager", "proposer", "offrir", "jurer", "décider", "decide",
	"promise", "pledge", "vow", "offer", "commit", "undertake", "propose",
	// adjectives of intent: "se dit prêt à", "said it was ready to"
	"prêt", "disposé", "ready", "willing", "prepared", "committed"}

// IntentOf returns the CAMEO code of expressing the intent to do the act
// code names (root 03), or "" when CAMEO has none: meeting (04) is 036,
// diplomatic cooperation (05) 032, material cooperation (06) 031 (0311 to
// 0314), aid (07) 033 (0331 to 0334), yielding (08) 035 (0351 to 0356) or
// political reform (083) 034.
func IntentOf(code string) string {
	sub := func(base string, n int) string {
		if len(code) >= 3 && code[2] >= '1' && int(code[2]-'0') <= n {
			return base + code[2:3]
		}
		return base
	}
	switch RootOf(code) {
	case "04":
		if code == "045" {
			return "039" // "offered to mediate"
		}
		return "036"
	case "05":
		if code == "050" {
			return "030" // "ready to cooperate": intent, not specified
		}
		return "032"
	case "06":
		return sub("031", 4)
	case "07":
		return sub("033", 4)
	case "08":
		switch {
		case len(code) >= 3 && code[2] == '3':
			return "034"
		case len(code) >= 3 && code[2] >= '1':
			// 081..087 less 083 map to 0351..0356 in order.
			d := code[2] - '0'
			if d > 3 {
				d--
			}
			return "035" + string('0'+d)
		}
		return "035"
	}
	return ""
}

// threatVerbs announce their complement as a threat: CAMEO codes
// "threatened to cut ties" 1313, not the break (161).
var threatVerbs = []string{"menacer", "threaten"}

// ThreatOf returns the CAMEO code of threatening the act code names (root
// 13), or "" when CAMEO has none: reducing aid (162) is 1311, sanctions
// or embargo (163) 1312, reducing or breaking relations (161, 164, 166)
// 1313, repression (17x) 137, a blockade (191) 1381, occupation (192)
// 1382, unconventional violence (18x) 1383, other military force (19x)
// 1384, mass violence (20x) 1385.
func ThreatOf(code string) string {
	switch {
	case strings.HasPrefix(code, "162"):
		return "1311"
	case strings.HasPrefix(code, "163"):
		return "1312"
	case strings.HasPrefix(code, "161"), strings.HasPrefix(code, "164"), strings.HasPrefix(code, "166"):
		return "1313"
	case strings.HasPrefix(code, "191"):
		return "1381"
	case strings.HasPrefix(code, "192"):
		return "1382"
	case code == "190":
		return "138" // force, not specified: "vowed to retaliate"
	}
	switch RootOf(code) {
	case "17":
		return "137"
	case "18":
		return "1383"
	case "19":
		return "1384"
	case "20":
		return "1385"
	}
	return ""
}

// DemandOf returns the demand (CAMEO 10) for the act of the given code,
// which mirrors the appeal for it (02): 0241 → 1041, 0256 → 1056; "" when
// no appeal fits.
func DemandOf(code string) string {
	a := AppealOf(code)
	if !strings.HasPrefix(a, "02") || len(a) < 3 {
		return ""
	}
	return "10" + a[2:]
}

// AppealOf returns the CAMEO code of appealing to someone to do the act
// code names (root 02), or "" when CAMEO has none: material cooperation
// (06) is 021 (0211 to 0214), diplomatic cooperation (05) 022, aid (07)
// 023 (0231 to 0234), political reform (083, 034) 024 (0241 to 0244),
// yielding (08) 025 (0251 to 0256), meeting or negotiating (04) 026,
// mediation (045, 038, 039) 028.
func AppealOf(code string) string {
	digit := func(k int) byte {
		if len(code) > k {
			return code[k]
		}
		return 0
	}
	switch root := RootOf(code); {
	case code == "045" || code == "038" || code == "039" || strings.HasPrefix(code, "038"):
		return "028"
	case root == "04":
		return "026"
	case root == "05":
		return "022"
	case root == "06":
		if d := digit(2); d >= '1' && d <= '4' {
			return "021" + string(d)
		}
		return "021"
	case root == "07":
		if d := digit(2); d >= '1' && d <= '4' {
			return "023" + string(d)
		}
		return "023"
	case strings.HasPrefix(code, "083") || strings.HasPrefix(code, "034"):
		if d := digit(3); d >= '1' && d <= '4' {
			return "024" + string(d)
		}
		return "024"
	case root == "08":
		switch digit(2) {
		case '1':
			return "0251"
		case '2':
			return "0252"
		case '4':
			return "0253"
		case '5':
			return "0254"
		case '6':
			return "0255"
		case '7':
			return "0256"
		}
		return "025"
	}
	return ""
}

// committed reports whether verb v is the complement of a commitment the
// parse did not attach ("ministers agreed in principle on Saturday to
// provide aid"): "to" right before it, and a verb or adjective of
// commitment a few words before that, with no clause break between.
func (p *parsed) committed(v int) bool {
	if v < 2 || p.form(v-1) != "to" || p.Words[v].UPOS != "VERB" {
		return false
	}
	for j := v - 2; j >= 0 && j >= v-8; j-- {
		switch p.Words[j].UPOS {
		case "PUNCT", "SCONJ":
			return false
		case "VERB", "ADJ":
			l := p.lemma(j)
			return slices.Contains(futureVerbs, l)
		}
	}
	return false
}

// alleged reports whether clause u is what an allegation verb claims:
// its complement ("accused of supplying", "soupçonné d'avoir financé"),
// or a clause hung on the accused ("accused Beijing of supplying").
func (p *parsed) alleged(u int) bool {
	r := p.rel(u)
	if r != "advcl" && r != "xcomp" && r != "acl" && r != "ccomp" {
		return false
	}
	h := p.Words[u].Head
	if h < 0 {
		return false
	}
	if slices.Contains(allegeVerbs, p.lemma(h)) {
		return true
	}
	if r == "acl" && (p.rel(h) == "obj" || p.rel(h) == "iobj") {
		if g := p.Words[h].Head; g >= 0 && slices.Contains(allegeVerbs, p.lemma(g)) {
			return true
		}
	}
	return false
}
