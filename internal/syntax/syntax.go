// Package syntax tags, lemmatizes and parses sentences in Universal
// Dependencies: it reads the words of a sentence (multiword tokens already
// split, as internal/segment gives them) and adds to each word its UPOS,
// morphological features, lemma, head and relation.
//
// The models are averaged perceptrons with hashed features, trained here
// from UD treebanks (French Sequoia and GSD, English EWT) and, for French,
// the Lefff lexicon; they are embedded in the binary (models/syntax):
//
//   - a greedy tagger in two passes (the second also sees the first pass's
//     tags to the right), with the Lefff categories of each word as features
//     for French (as in MElt);
//   - one classifier per morphological attribute (Number, Tense, ...);
//   - a lemmatizer: training table, Lefff, then (UPOS, suffix) edit rules;
//   - a greedy arc-hybrid dependency parser trained with a dynamic oracle,
//     one class per (transition, relation).
//
// Train rebuilds the models from the shared data; Evaluate scores them
// with the CoNLL 2018 measures of internal/conllu. EXPERIMENTS.md keeps
// the measured figures.
package syntax

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	syntaxmodels "github.com/vigie-events/vigie/models/syntax"
)

// Annotated is one word with its analysis. Head is 1-based, 0 for the root.
type Annotated struct {
	Form   string
	Lemma  string
	UPOS   string
	Feats  string // "Number=Sing|Person=3", or "_"
	Head   int
	Deprel string
}

// Model tags, lemmatizes and parses one language. It is safe for
// concurrent use.
type Model struct {
	Lang    string
	tagDict map[string]uint32 // lowercase form -> UPOS bitmask (frequent training words)
	lex     *lexicon
	tagger  scorer
	tagger2 scorer // second pass; nil for one pass
	morph   *morphSpec
	morphW  scorer
	lemmas  *lemmatizer
	parser  parser
	bufs    sync.Pool
	// spell: unknown English words take the classes of the word they
	// mistype (spellVariant). On for models read from a file, off while
	// training, which sees the treebank's words as they are; E25.
	spell bool
}

type annotBuf struct {
	toks   []token
	fs     []uint64
	scores []float32
	mcls   []int
	pb     parseBuf
	heads  []int
	labels []int
}

func (m *Model) buf() *annotBuf {
	if b, ok := m.bufs.Get().(*annotBuf); ok {
		return b
	}
	return &annotBuf{}
}

// Annotate analyses one sentence given as its syntactic words (multiword
// tokens split: French "au" as "à", "le"). Any input is accepted.
func (m *Model) Annotate(words []string) []Annotated {
	if m.Lang == "fr" {
		if i := incise(words); i >= 0 {
			return reinsertIncise(m.Annotate(slices.Concat(words[:i], words[i+3:])), words, i)
		}
	}
	out := m.annotate(words)
	if m.Lang != "en" {
		return out
	}
	keep := nameParticles(words)
	redo := false
	for i, k := range keep {
		if !k && out[i].UPOS == "PROPN" {
			keep[i] = true // read as a name's word: leave it be
		}
		redo = redo || !keep[i]
	}
	if !redo {
		return out
	}
	kept := make([]string, 0, len(words))
	for i, k := range keep {
		if k {
			kept = append(kept, words[i])
		}
	}
	return reinsertParticles(m.annotate(kept), words, keep)
}

// annotate analyses the words as they are, without Annotate's second
// reading of English names' particles or French incises.
func (m *Model) annotate(words []string) []Annotated {
	out := make([]Annotated, len(words))
	if len(words) == 0 {
		return out
	}
	b := m.buf()
	defer m.bufs.Put(b)
	toks := m.run(b, words, true, true)
	na := len(m.morph.attrs)
	for i := range toks {
		t := &toks[i]
		upos := uposTags[t.upos]
		a := &out[i]
		a.Form = words[i]
		a.UPOS = upos
		a.Feats = m.morph.format(b.mcls[i*na : (i+1)*na])
		a.Lemma = m.lemmas.lemma(t.form, t.lower, upos, m.lex)
		if m.Lang == "en" {
			a.Lemma = wordnetLemma(m.lex, t.lower, upos, a.Lemma)
		}
		a.Head = b.heads[i]
		if l := b.labels[i]; l >= 0 && l < len(m.parser.labels) {
			a.Deprel = m.parser.labels[l]
		}
	}
	repairLeadingAdjRoot(out)
	repairDoubleSubject(out)
	if m.Lang == "en" {
		repairLeadingGerund(out)
		repairModalAdjective(out)
		repairModalHeadAdjective(out)
		repairSubordinatorAsPreposition(out)
		repairLastAdverb(out)
		repairParticipleList(out)
		repairTrailingSpeech(out)
		repairTrailingSpeechObject(out)
		repairPluralNounVerb(out)
		repairFiniteModifier(out)
		repairRelativeThenVerb(out)
		repairVerblessRoot(out)
		nominalVerbs(out)
		repairPossessiveSubject(out)
		repairNominalObl(out)
		repairSaidOnDayThat(out)
		repairAdjectiveObject(out)
		repairArticleAdjective(out)
		repairReducedRelative(out)
		repairBorderWith(out)
		repairAdjectiveSubject(out)
		repairNounRootParticiple(out)
		repairNounConjOfVerb(out)
		repairListVerb(out)
		repairInfinitiveNoun(out)
		repairObjOfNoun(out)
		repairFiniteConjOfInfinitive(out)
		repairNameNmod(out)
		repairUnmarkedObject(out)
		fixPunct(out)
	}
	if m.Lang == "fr" {
		repairNounRoot(out)
		repairParticipleConj(out)
		repairFrenchDate(out)
		repairObjOnNoun(out)
		repairListSubject(out)
		repairNameNmod(out)
		repairAgainstOnAdjective(out)
		repairPartitiveOnName(out)
		repairAtLeastObject(out)
		repairYearCount(out)
		repairDateCount(out)
		repairClauseSubjects(out)
		repairLateObject(out)
		repairBareOblObject(out)
		repairObjectUnderParticiple(out)
	}
	return out
}

// repairYearCount mends a French parse that reads a date's year as the
// count of the noun after it ("condamné le 25 décembre 2009 à onze ans de
// prison": "2009" the nummod of "ans", "à onze" under "2009", "ans" an
// object). The year goes back to its month; "à" and the number are the
// noun's, which is the verb's oblique.
func repairYearCount(out []Annotated) {
	for j := 1; j+3 < len(out); j++ {
		n := j + 3
		if out[j].UPOS != "NUM" || len(out[j].Form) != 4 || out[j].Head != n+1 || out[j].Deprel != "nummod" ||
			!frenchMonths[strings.ToLower(out[j-1].Form)] || strings.ToLower(out[j+1].Form) != "à" ||
			out[j+2].UPOS != "NUM" || out[j+2].Head != j+1 || out[n].UPOS != "NOUN" {
			continue
		}
		out[j].Head, out[j].Deprel = j, "nmod"
		out[j+1].Head, out[j+1].Deprel = n+1, "case"
		out[j+2].Head, out[j+2].Deprel = n+1, "nummod"
		if h := out[n].Head - 1; h >= 0 && out[h].UPOS == "VERB" && out[n].Deprel == "obj" {
			out[n].Deprel = "obl:arg"
		}
	}
}

// repairDateCount mends a French parse that hangs a count written after a
// date on the date's year ("a relâché le 24 novembre 2023 vingt-quatre
// otages": "vingt-quatre" an nmod of "2023", "otages" an xcomp of the
// verb). A year counts nothing: the number counts the noun after it, and
// that noun is the object of a verb that has none.
func repairDateCount(out []Annotated) {
	for j := 1; j+2 < len(out); j++ {
		c, n := j+1, j+2
		if out[j].UPOS != "NUM" || len(out[j].Form) != 4 || !frenchMonths[strings.ToLower(out[j-1].Form)] ||
			out[c].UPOS != "NUM" || out[c].Head != j+1 || len(out[c].Form) == 4 || out[n].UPOS != "NOUN" {
			continue
		}
		v := out[n].Head - 1
		if v < 0 || out[v].UPOS != "VERB" || out[n].Deprel == "obj" || out[n].Deprel == "nsubj" || hasDep(out, "obj", v) {
			continue
		}
		out[c].Head, out[c].Deprel = n+1, "nummod"
		out[n].Deprel = "obj"
	}
}

// repairClauseSubjects mends a French parse that reads the object of a
// clause and the subject of the next one, joined by ", et", as the
// coordinated subjects of the second verb ("Un tribunal a condamné le 2
// février l'opposant X à deux ans de prison, et le secrétaire d'État Y a
// exigé sa libération": "opposant" and "secrétaire" the subjects of
// "exigé", "condamné" with no object). When the first noun follows a verb
// that has no object, with nothing between them but that verb's own
// words, and its conjunct comes after ", et" right before the second
// verb, the first noun is the first verb's object and the conjunct the
// second verb's subject. So is the first noun when the later verb has a
// subject of its own after it ("a décrété le 8 novembre l'état d'urgence,
// après douze nuits d'émeutes au cours desquelles des voitures ont été
// incendiées": "état" and "nuits" both subjects of "incendiées").
func repairClauseSubjects(out []Annotated) {
	for n := range out {
		v2 := out[n].Head - 1
		if !strings.HasPrefix(out[n].Deprel, "nsubj") || v2 <= n || out[v2].UPOS != "VERB" || out[n].UPOS != "NOUN" && out[n].UPOS != "PROPN" {
			continue
		}
		// the first verb: the nearest verb before n, every word between
		// them (n's own determiners aside) its own
		v1 := -1
		for j := n - 1; j >= 0; j-- {
			if out[j].UPOS == "VERB" {
				v1 = j
				break
			}
		}
		if v1 < 0 || hasDep(out, "obj", v1) || hasDep(out, "ccomp", v1) || hasDep(out, "xcomp", v1) {
			continue
		}
		inside := true
		for j := v1 + 1; j < n && inside; j++ {
			if out[j].Head == n+1 {
				continue
			}
			h := j
			for steps := 0; steps < 8 && h != v1 && h >= 0; steps++ {
				h = out[h].Head - 1
			}
			inside = h == v1
		}
		if !inside {
			continue
		}
		// "a décrété le 8 novembre l'état d'urgence, après douze nuits
		// d'émeutes au cours desquelles des voitures ont été
		// incendiées": the second verb has a subject of its own after
		// the noun, which is then the first verb's object.
		other := false
		for j := n + 1; j < v2; j++ {
			if out[j].Head == v2+1 && strings.HasPrefix(out[j].Deprel, "nsubj") {
				other = true
			}
		}
		if other {
			out[n].Head, out[n].Deprel = v1+1, "obj"
			continue
		}
		// the conjunct after ", et", right before the second verb
		c := -1
		for j := n + 1; j < v2; j++ {
			if out[j].Head == n+1 && out[j].Deprel == "conj" {
				c = j
			}
		}
		if c < 0 || out[n].Deprel != "nsubj" {
			continue
		}
		cc, comma := -1, -1
		for j := n + 1; j < c; j++ {
			if out[j].Head == c+1 && out[j].Deprel == "cc" && strings.ToLower(out[j].Form) == "et" {
				cc = j
				if j > 0 && out[j-1].Form == "," {
					comma = j - 1
				}
			}
		}
		if cc < 0 || comma < 0 {
			continue
		}
		out[n].Head, out[n].Deprel = v1+1, "obj"
		out[c].Head, out[c].Deprel = v2+1, "nsubj"
		out[cc].Head, out[comma].Head = v2+1, v2+1
		if out[v2].Head == v1+1 && out[v2].Deprel == "parataxis" {
			out[v2].Deprel = "conj"
		}
	}
}

// repairLateObject mends a French parse that reads a verb's object,
// after a phrase set off by commas, as a conjunct or an apposition of that
// phrase ("ont signé, sous l'égide du président russe, un accord de
// cessez-le-feu": "accord" a conj or appos of "égide"). A noun with an
// article and no conjunction or preposition of its own, after a comma,
// conjunct or apposition (not a place: "à Bamako, une ville de…") of an
// oblique of an active verb that has no object, is that verb's object.
func repairLateObject(out []Annotated) {
	for n := range out {
		h := out[n].Head - 1
		if out[n].Deprel != "conj" && (out[n].Deprel != "appos" || frenchPlaceNouns[strings.ToLower(out[n].Lemma)]) ||
			out[n].UPOS != "NOUN" || h < 0 || h >= n || !strings.HasPrefix(out[h].Deprel, "obl") {
			continue
		}
		if c := caseOf(out, h); c == "" || c == "de" || c == "d'" || c == "par" || out[h].Deprel == "obl:agent" {
			continue // "contient de la bivalirudine, un inhibiteur…", "écrit par X, l'institutrice"
		}
		v := out[h].Head - 1
		if v < 0 || v > h || !objectless(out, v) { // "se sont rencontrés à Singapour, une première"
			continue
		}
		comma, ok := setOffNoun(out, n) // not "pour le premier sommet", an oblique
		if !ok {
			continue
		}
		out[n].Head, out[n].Deprel = v+1, "obj"
		out[comma].Head, out[comma].Deprel = n+1, "punct"
	}
}

// objectless reports whether word v is an active, non-reflexive verb with
// no object: one a noun the parser strayed may be the object of.
func objectless(out []Annotated, v int) bool {
	return out[v].UPOS == "VERB" && !hasDep(out, "obj", v) && !hasDep(out, "aux:pass", v) && !reflexiveVerb(out, v)
}

// setOffNoun reports whether noun n starts, after a comma, with an
// article and has no preposition, subordinator or conjunction of its own
// ("…, le départ du président"), and returns the comma's index.
func setOffNoun(out []Annotated, n int) (comma int, ok bool) {
	first, det := n, false
	for j := 0; j < n; j++ {
		if out[j].Head != n+1 || out[j].Deprel == "punct" {
			continue
		}
		switch out[j].Deprel {
		case "case", "mark", "cc":
			return 0, false
		case "det":
			det = true
		}
		first = min(first, j)
	}
	if !det || first == 0 || out[first-1].Form != "," {
		return 0, false
	}
	return first - 1, true
}

// reflexiveVerb reports whether verb v has a reflexive clitic ("se").
func reflexiveVerb(out []Annotated, v int) bool {
	for _, a := range out {
		if a.Head == v+1 && (strings.HasPrefix(a.Deprel, "expl") || strings.ToLower(a.Form) == "se" || strings.ToLower(a.Form) == "s'") {
			return true
		}
	}
	return false
}

// repairBareOblObject mends a French parse that reads a verb's object,
// set off by commas after a place, as an oblique with no preposition
// ("ont réclamé le 1er février place Tahrir, au Caire, le départ du
// président": "départ" an obl:mod). A noun with an article and no
// preposition, after a comma, oblique of an active verb that has no
// object, is its object, unless it says when ("le lendemain", "la
// semaine dernière").
func repairBareOblObject(out []Annotated) {
	for n := range out {
		v := out[n].Head - 1
		if out[n].Deprel != "obl:mod" || out[n].UPOS != "NOUN" || v < 0 || v > n || !objectless(out, v) || frenchTimeNouns[strings.ToLower(out[n].Lemma)] {
			continue
		}
		if _, ok := setOffNoun(out, n); ok {
			out[n].Deprel = "obj"
		}
	}
}

// repairObjectUnderParticiple mends a French parse that hangs a verb's
// object on a passive participle of the oblique before it ("a placé en
// résidence surveillée le président Mugabe": "président" an xcomp of
// "surveillée"). A participle modifying a noun takes no noun as its
// predicate: a noun with an article read so, after it, is the object of
// the active verb the oblique hangs on, if that verb has none.
func repairObjectUnderParticiple(out []Annotated) {
	for n := range out {
		pt := out[n].Head - 1
		if out[n].UPOS != "NOUN" || out[n].Deprel != "xcomp" || pt < 0 || pt >= n ||
			out[pt].UPOS != "VERB" || out[pt].Deprel != "acl" || !strings.Contains(out[pt].Feats, "Voice=Pass") {
			continue
		}
		h := out[pt].Head - 1
		if h < 0 || !strings.HasPrefix(out[h].Deprel, "obl") {
			continue
		}
		v := out[h].Head - 1
		if v < 0 || v > h || out[v].Lemma == "avoir" || out[v].Lemma == "être" || !objectless(out, v) {
			continue
		}
		det := false
		for j := range out {
			if out[j].Head == n+1 && out[j].Deprel == "det" && j < n {
				det = true
			}
		}
		if det {
			out[n].Head, out[n].Deprel = v+1, "obj"
			for j := n + 1; j < len(out); j++ {
				if out[j].Head == pt+1 && strings.HasPrefix(out[j].Deprel, "obl") {
					out[j].Head = v + 1 // "… le président Mugabe le 15 novembre": the verb's date
				}
			}
		}
	}
}

// frenchTimeNouns say when: a bare noun phrase of them is an oblique of
// time ("le lendemain", "la semaine dernière").
var frenchTimeNouns = map[string]bool{"lendemain": true, "veille": true, "matin": true, "soir": true, "nuit": true, "semaine": true,
	"mois": true, "année": true, "an": true, "jour": true, "journée": true, "week-end": true, "midi": true, "après-midi": true,
	"fois": true, "heure": true, "minute": true, "dimanche": true, "lundi": true, "mardi": true, "mercredi": true, "jeudi": true,
	"vendredi": true, "samedi": true, "printemps": true, "été": true, "automne": true, "hiver": true, "début": true, "fin": true,
	"mi-janvier": true, "moment": true, "période": true, "saison": true, "décennie": true, "siècle": true}

// frenchPlaceNouns name places: an apposition that is one ("à Bamako, une
// ville de deux millions d'habitants") says where.
var frenchPlaceNouns = map[string]bool{"ville": true, "capitale": true, "région": true, "pays": true, "localité": true, "village": true,
	"cité": true, "commune": true, "quartier": true, "île": true, "province": true, "port": true, "bourgade": true}

// repairAtLeastObject mends a French parse that reads a verb's object
// counted by "au moins" as an oblique ("tuant au moins 121 personnes":
// "personnes" an obl:arg, "à" of "au" its advmod). "Au moins" counts; it
// introduces nothing: with no object of its own, the verb takes the noun.
func repairAtLeastObject(out []Annotated) {
	for j := range out {
		v := out[j].Head - 1
		if v < 0 || out[v].UPOS != "VERB" || out[j].UPOS != "NOUN" || out[j].Deprel != "obl:arg" || out[j].Form == "%" || hasDep(out, "obj", v) {
			continue
		}
		for k := range out {
			if out[k].Head == j+1 && out[k].Deprel == "advmod" && strings.ToLower(out[k].Form) == "à" && k+2 < len(out) &&
				strings.ToLower(out[k+2].Form) == "moins" && out[k+2].Head == k+1 {
				out[j].Deprel = "obj"
				break
			}
		}
	}
}

// repairAgainstOnAdjective mends a French parse that hangs a "contre"
// complement on an adjective of the noun it belongs to ("une attaque sans
// précédent contre le sud d'Israël": "sud" under "précédent"). Adjectives
// take no "contre": the complement is the noun's.
func repairAgainstOnAdjective(out []Annotated) {
	for j := range out {
		a := out[j].Head - 1
		if a < 0 || out[a].UPOS != "ADJ" || out[a].Deprel != "amod" && out[a].Deprel != "nmod" || out[a].Head < 1 || out[out[a].Head-1].UPOS != "NOUN" {
			continue
		}
		if !strings.HasPrefix(out[j].Deprel, "obl") && out[j].Deprel != "nmod" || caseOf(out, j) != "contre" {
			continue
		}
		out[j].Head, out[j].Deprel = out[a].Head, "nmod"
	}
}

// repairPartitiveOnName mends a French parse that reads a verb's object
// introduced by "des", after an oblique name, as that name's complement
// ("a mené sur la bande de Gaza des frappes aériennes": "frappes" an nmod
// of "Gaza", "des" split into "de les"). A name takes no such complement:
// when the verb has no object, the noun is its object.
func repairPartitiveOnName(out []Annotated) {
	for j := range out {
		n := out[j].Head - 1
		if n < 0 || out[n].UPOS != "PROPN" || out[j].UPOS != "NOUN" || out[j].Deprel != "nmod" || j < n || caseOf(out, j) != "de" {
			continue
		}
		det := false
		for k := range out {
			if out[k].Head == j+1 && out[k].Deprel == "det" && strings.ToLower(out[k].Form) == "les" && k > 0 && strings.ToLower(out[k-1].Form) == "de" {
				det = true
			}
		}
		if !det {
			continue
		}
		// the verb the name's phrase hangs on, with no object
		v := n
		for steps := 0; steps < 3 && v >= 0 && out[v].UPOS != "VERB"; steps++ {
			v = out[v].Head - 1
		}
		if v < 0 || out[v].UPOS != "VERB" || hasDep(out, "obj", v) {
			continue
		}
		out[j].Head, out[j].Deprel = v+1, "obj"
		for k := range out {
			if out[k].Head == j+1 && out[k].Deprel == "case" && strings.ToLower(out[k].Form) == "de" {
				out[k].Deprel = "det" // "des": the indefinite article, read as "de les"
			}
		}
	}
}

// caseOf returns the lower-case form of word j's case marker, or "".
func caseOf(out []Annotated, j int) string {
	for k := range out {
		if out[k].Head == j+1 && out[k].Deprel == "case" {
			return strings.ToLower(out[k].Form)
		}
	}
	return ""
}

// repairPossessiveSubject mends two subjects of one verb where the first
// is the possessor of the second ("German Chancellor Olaf Scholz's visit
// to China was dominated by trade": "Chancellor" and "visit" both
// nsubj:pass). When the word before the second subject is a possessive
// 's whose head lies in the first subject's phrase, the first subject
// becomes the second's nmod:poss.
func repairPossessiveSubject(out []Annotated) {
	first := make([]int, len(out)+1) // head -> its first subject + 1
	for j := range out {
		a := &out[j]
		if a.Deprel != "nsubj" && a.Deprel != "nsubj:pass" || a.Head < 1 || a.Head > len(out) {
			continue
		}
		f := first[a.Head] - 1
		if f < 0 {
			first[a.Head] = j + 1
			continue
		}
		k := j - 1 // the word before the second subject
		if k <= f || out[k].UPOS != "PART" || out[k].Deprel != "case" || !strings.HasSuffix(out[k].Form, "'s") && out[k].Form != "'" && !strings.HasSuffix(out[k].Form, "’s") {
			continue
		}
		if h := out[k].Head - 1; h != f && (h < 0 || out[h].Head != f+1) {
			continue // the 's is not the first subject's
		}
		out[f].Head, out[f].Deprel = j+1, "nmod:poss"
		first[a.Head] = j + 1
	}
}

// nominalVerbs retags as nouns the English words tagged VERB that the
// parser hung as nominals (subject, object, oblique, nominal modifier,
// never with a dependent a verb takes: "Olaf Scholz's visit to China was
// dominated…" had "visit" a VERB and nsubj:pass). Gerunds and
// participles keep their tag.
func nominalVerbs(out []Annotated) {
	var verbal []bool // words with a dependent only a verb takes; made on first need
	for i := range out {
		a := &out[i]
		if a.UPOS != "VERB" || strings.Contains(a.Feats, "VerbForm=Ger") || strings.Contains(a.Feats, "VerbForm=Part") {
			continue
		}
		switch a.Deprel {
		case "nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod":
		default:
			continue
		}
		if verbal == nil {
			verbal = headsWith(out, "nsubj", "nsubj:pass", "obj", "aux", "aux:pass", "cop", "mark", "xcomp", "ccomp")
		}
		if verbal[i] {
			continue
		}
		a.UPOS = "NOUN"
		a.Feats = "Number=Sing"
		if strings.HasSuffix(a.Form, "s") {
			a.Feats = "Number=Plur"
		}
	}
}

// modalVerbAdjectives are English words that are verbs after a modal
// and adjectives elsewhere: "will free the prisoners", "free elections".
var modalVerbAdjectives = map[string]bool{"free": true, "open": true, "close": true, "clear": true, "secure": true, "empty": true, "separate": true}

var modalAux = map[string]bool{"will": true, "would": true, "shall": true, "should": true, "can": true, "could": true, "may": true, "might": true, "must": true, "'ll": true}

// repairModalAdjective mends an English parse that reads a verb after a
// modal as an adjective of the noun after it ("Israel will free 2,000
// prisoners": root "prisoners", "free" its amod, "will" and "Israel"
// hung on it). The word becomes the root verb, the noun its object, and
// what stood before the word (subject, auxiliary) its own.
func repairModalAdjective(out []Annotated) {
	for v := 1; v+1 < len(out); v++ {
		a := out[v]
		h := a.Head - 1
		if a.UPOS != "ADJ" || a.Deprel != "amod" || h <= v || h >= len(out) || !modalVerbAdjectives[strings.ToLower(a.Form)] {
			continue
		}
		if out[h].UPOS != "NOUN" && out[h].UPOS != "PROPN" {
			continue
		}
		k := v - 1
		if out[k].UPOS == "ADV" && k > 0 {
			k-- // "will also free"
		}
		// A modal hung on the noun or on the adjective is the parser's own
		// doubt.
		if out[k].UPOS != "AUX" || !modalAux[strings.ToLower(out[k].Form)] || out[k].Head != h+1 && out[k].Head != v+1 {
			continue
		}
		for j := range out {
			if out[j].Head == h+1 && j != v && (j < v || out[j].UPOS == "PUNCT" && j > h) {
				out[j].Head = v + 1
			}
		}
		out[v].UPOS, out[v].Feats, out[v].Lemma = "VERB", "VerbForm=Inf", strings.ToLower(a.Form)
		out[v].Head, out[v].Deprel = out[h].Head, out[h].Deprel
		out[h].Head, out[h].Deprel = v+1, "obj"
	}
}

// repairDoubleSubject mends a parse that gives a verb two nominal
// subjects joined by a conjunction that it also hangs on the verb ("The
// Sudanese army and the RSF held talks": "army" and "RSF" both nsubj of
// "held", "and" its cc): the second subject becomes a conjunct of the
// first, and the conjunction its cc.
func repairDoubleSubject(out []Annotated) {
	nominal := func(a Annotated) bool { return a.UPOS == "NOUN" || a.UPOS == "PROPN" || a.UPOS == "PRON" }
	subjects := make([]int, len(out))
	for _, a := range out {
		if strings.HasPrefix(a.Deprel, "nsubj") && a.Head >= 1 && a.Head <= len(out) {
			subjects[a.Head-1]++
		}
	}
	for b := range out {
		if !strings.HasPrefix(out[b].Deprel, "nsubj") || !nominal(out[b]) {
			continue
		}
		v := out[b].Head - 1
		if v <= b || v >= len(out) || subjects[v] != 2 {
			continue // three subjects: a parse too confused to guess at
		}
		for a := b - 1; a >= 0; a-- {
			if out[a].Head != v+1 || !strings.HasPrefix(out[a].Deprel, "nsubj") || !nominal(out[a]) {
				continue
			}
			cc := -1
			for k := a + 1; k < b; k++ {
				if out[k].Head == v+1 && out[k].Deprel == "cc" {
					cc = k
				}
			}
			if cc >= 0 {
				out[b].Head, out[b].Deprel = a+1, "conj"
				out[cc].Head = b + 1
			}
			break
		}
	}
}

// subordinatingPreps are the English prepositions that also introduce a
// clause ("after the talks", "after Hamas fired rockets").
var subordinatingPreps = map[string]bool{"after": true, "before": true, "since": true, "until": true}

// repairSubordinatorAsPreposition mends an English parse that reads "after
// X did Y" as a preposition and its noun ("The talks came a day after
// Russian drones struck a power station": "drones" an nmod of "day" with
// "after" its case, "struck" a parataxis with no subject). The noun becomes
// the verb's subject, the preposition its marker, and the verb an
// adverbial clause of the predicate the noun hung from.
func repairSubordinatorAsPreposition(out []Annotated) {
	for v := 2; v < len(out); v++ {
		a := out[v]
		if a.UPOS != "VERB" || !strings.Contains(a.Feats, "VerbForm=Fin") {
			continue
		}
		switch a.Deprel {
		case "parataxis", "conj", "dep", "ccomp", "advcl", "acl", "acl:relcl":
		default:
			continue
		}
		n := v - 1
		if (out[n].Deprel == "flat" || out[n].Deprel == "flat:name") && out[n].Head-1 < n && out[n].Head > 0 {
			n = out[n].Head - 1 // "after Spanish Prime Minister Pedro Sanchez backed…": the name's head
		}
		if out[n].UPOS != "NOUN" && out[n].UPOS != "PROPN" || out[n].Head == v+1 || hasDep(out, "nsubj", v) {
			continue
		}
		c := -1
		for k := 0; k < n; k++ {
			if out[k].Head == n+1 && out[k].Deprel == "case" && subordinatingPreps[strings.ToLower(out[k].Form)] {
				c = k
			}
		}
		if c < 0 {
			continue
		}
		for k := c + 1; k < n; k++ { // only the noun's own words between
			if !dominates(out, n, k) {
				c = -1
			}
		}
		h := out[n].Head - 1
		if c < 0 || h < 0 || h >= len(out) {
			continue
		}
		if out[h].UPOS != "VERB" {
			h = out[h].Head - 1 // "a day after…": the verb "day" hangs on
		}
		if h < 0 || h >= len(out) || out[h].UPOS != "VERB" || h == v {
			continue
		}
		out[n].Head, out[n].Deprel = v+1, "nsubj"
		out[c].Head, out[c].Deprel, out[c].UPOS = v+1, "mark", "SCONJ"
		out[v].Head, out[v].Deprel = h+1, "advcl"
	}
}

// repairParticipleConj mends a French parse that hangs the second
// participle of "a dénoncé X et appelé Y" on the first one's object, as
// a conjunct of the noun: the participle shares the first one's
// auxiliary, so it is the first verb's conjunct, and a bare name or noun
// the parser made its xcomp is its object ("appelé Niamey au dialogue").
func repairParticipleConj(out []Annotated) {
	for v := range out {
		a := out[v]
		h := a.Head - 1
		if a.UPOS != "VERB" || a.Deprel != "conj" || !strings.Contains(a.Feats, "VerbForm=Part") || h < 0 || h >= v {
			continue
		}
		if out[h].UPOS != "NOUN" && out[h].UPOS != "PROPN" || out[h].Deprel != "obj" {
			continue
		}
		g := out[h].Head - 1
		if g < 0 || g >= h || out[g].UPOS != "VERB" || !strings.Contains(out[g].Feats, "VerbForm=Part") || !hasDep(out, "aux", g) || !headsWith(out, "cc")[v] {
			continue
		}
		out[v].Head = g + 1
		out[v].Feats = strings.Replace(out[v].Feats, "Voice=Pass", "Voice=Act", 1)
		for k := v + 1; k < len(out); k++ {
			if out[k].Head == v+1 && out[k].Deprel == "xcomp" && (out[k].UPOS == "PROPN" || out[k].UPOS == "NOUN") {
				out[k].Deprel = "obj"
				break
			}
		}
	}
}

// incise returns where a French adverbial of three words that stands
// inside a clause begins ("Haftar s'est pour sa part rendu au Caire",
// "Alger a de son côté condamné…"), or -1. The parser, which makes "part"
// the clause's head there, reads the sentence without it; reinsertIncise
// hangs it on the verb.
func incise(words []string) int {
	for i := 1; i+3 < len(words); i++ {
		// inside a clause, the words are in lower case: no folding
		w, d, n := words[i], words[i+1], words[i+2]
		if !(w == "pour" && n == "part" && inciseDets[d] || w == "de" && n == "côté" && inciseDets[d]) {
			continue
		}
		if words[i-1] == "," || words[i+3] == "," {
			continue // "…, pour sa part, …": the parser reads it as it is
		}
		return i
	}
	return -1
}

var inciseDets = map[string]bool{"sa": true, "son": true, "leur": true, "ma": true, "mon": true, "ta": true, "ton": true, "notre": true, "votre": true}

// nameParticles marks the particles inside English names ("Ursula von
// der Leyen", "Charles de Gaulle", "Mohammed bin Salman"): one or two
// lower-case words between two capitalised ones. Where the tagger did not
// read them as a name's words, the parser, which has seen few of them,
// reads "von" as a noun and "der" as an adjective and loses the clause
// around them; Annotate then reads the sentence without them and
// reinsertParticles hangs them on the name. The result says which words
// to keep, or is nil when there is no particle.
func nameParticles(words []string) []bool {
	var keep []bool
	for i := 1; i+1 < len(words); i++ {
		if !nameFirst[words[i]] || !capitalised(words[i-1]) {
			continue
		}
		n := 1
		if i+2 < len(words) && nameSecond[words[i+1]] {
			n = 2
		}
		if !capitalised(words[i+n]) {
			continue
		}
		if keep == nil {
			keep = make([]bool, len(words))
			for j := range keep {
				keep[j] = true
			}
		}
		for j := i; j < i+n; j++ {
			keep[j] = false
		}
		i += n
	}
	return keep
}

var (
	nameFirst  = map[string]bool{"von": true, "van": true, "de": true, "da": true, "di": true, "del": true, "della": true, "du": true, "dos": true, "das": true, "bin": true, "ibn": true, "ter": true}
	nameSecond = map[string]bool{"der": true, "den": true, "la": true, "le": true, "los": true, "las": true}
)

// capitalised reports whether a word starts with an upper-case letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// reinsertParticles puts the particles that nameParticles took out back
// into a, the analysis of the kept words: each a flat dependent of the
// name it stands in, as UD writes names.
func reinsertParticles(a []Annotated, words []string, keep []bool) []Annotated {
	out := make([]Annotated, len(words))
	at := make([]int, 0, len(a)) // kept word j is word at[j] of the sentence
	for i, k := range keep {
		if k {
			at = append(at, i)
		}
	}
	if len(at) != len(a) {
		return a // cannot happen: Annotate gives one analysis a word
	}
	for j, x := range a {
		if x.Head > 0 {
			x.Head = at[x.Head-1] + 1
		}
		out[at[j]] = x
	}
	for i, k := range keep {
		if k {
			continue
		}
		h := i - 1
		for h > 0 && !keep[h] {
			h--
		}
		if out[h].Deprel == "flat" && out[h].Head > 0 {
			h = out[h].Head - 1
		}
		out[i] = Annotated{Form: words[i], Lemma: words[i], UPOS: "PROPN", Feats: "Number=Sing", Head: h + 1, Deprel: "flat"}
	}
	return out
}

// reinsertIncise puts the three words of an incise back at i into a, the
// analysis of the sentence without them: the noun an oblique of the verb
// its next word belongs to.
func reinsertIncise(a []Annotated, words []string, i int) []Annotated {
	out := make([]Annotated, len(words))
	for j := range a {
		k := j
		if j >= i {
			k = j + 3
		}
		out[k] = a[j]
		if a[j].Head > i {
			out[k].Head = a[j].Head + 3
		}
	}
	head := i + 3 // the next word, 0-based: climb to its verb
	for steps := 0; steps < 4 && out[head].UPOS != "VERB" && out[head].Head > 0; steps++ {
		head = out[head].Head - 1
	}
	out[i] = Annotated{Form: words[i], Lemma: words[i], UPOS: "ADP", Head: i + 3, Deprel: "case"}
	out[i+1] = Annotated{Form: words[i+1], Lemma: possessiveLemma(words[i+1]), UPOS: "DET", Feats: "Poss=Yes|PronType=Prs", Head: i + 3, Deprel: "det"}
	out[i+2] = Annotated{Form: words[i+2], Lemma: words[i+2], UPOS: "NOUN", Head: head + 1, Deprel: "obl:mod"}
	return out
}

// possessiveLemma is the lemma of a French possessive determiner.
func possessiveLemma(d string) string {
	switch d {
	case "sa", "son":
		return "son"
	case "ma", "mon":
		return "mon"
	case "ta", "ton":
		return "ton"
	}
	return d
}

// repairLastAdverb mends an English parse that reads the adverb of "the
// two sides last met in Istanbul" as an adjective of the subject, with the
// verb hung on it: the verb takes the noun's place, the noun becomes its
// subject and "last" its adverb.
func repairLastAdverb(out []Annotated) {
	for k := 1; k+1 < len(out); k++ {
		h, v := k-1, k+1
		if strings.ToLower(out[k].Form) != "last" || out[k].Deprel != "amod" || out[k].Head != h+1 {
			continue
		}
		if out[v].UPOS != "VERB" || !strings.Contains(out[v].Feats, "VerbForm=Fin") || out[v].Head != k+1 {
			continue
		}
		if out[h].UPOS != "NOUN" && out[h].UPOS != "PROPN" && out[h].UPOS != "PRON" {
			continue
		}
		for j := range out {
			if out[j].Head == h+1 && j > v {
				out[j].Head = v + 1 // the punctuation and clauses after the verb
			}
		}
		out[v].Head, out[v].Deprel = out[h].Head, out[h].Deprel
		out[h].Head, out[h].Deprel = v+1, "nsubj"
		out[k].Head, out[k].Deprel, out[k].UPOS = v+1, "advmod", "ADV"
	}
}

// repairParticipleList mends an English parse that reads the second of
// "planned, financed and equipped" as the first one's xcomp (a plan to
// finance): a past participle after a comma, with no "to", that is an
// xcomp of a past participle is its conjunct.
func repairParticipleList(out []Annotated) {
	for v := 2; v < len(out); v++ {
		a := out[v]
		h := a.Head - 1
		if a.Deprel != "xcomp" || a.UPOS != "VERB" || !strings.Contains(a.Feats, "VerbForm=Part") || h < 0 || h >= v {
			continue
		}
		if out[h].UPOS != "VERB" || !strings.Contains(out[h].Feats, "VerbForm=Part") || out[v-1].Form != "," {
			continue
		}
		out[v].Deprel = "conj"
	}
}

// speechLemmas are the English verbs of "…, security sources said".
var speechLemmas = map[string]bool{"say": true, "tell": true, "add": true, "report": true, "announce": true, "claim": true, "confirm": true, "state": true}

// repairTrailingSpeech mends an English parse of "Fighters killed 50
// soldiers in northern Burkina Faso, security sources said" that makes the
// object ("soldiers") the subject of "said" and the speaker an apposition
// of the place: the noun right before the speech verb, after the comma,
// is its subject, the stray subject goes back to the first verb as its
// object, and the speech verb is a parataxis.
func repairTrailingSpeech(out []Annotated) {
	for s := 3; s < len(out); s++ {
		if out[s].UPOS != "VERB" || !speechLemmas[out[s].Lemma] || out[s].Deprel != "ccomp" {
			continue
		}
		k, h := out[s].Head-1, s-1
		if k < 0 || k >= s || out[k].UPOS != "VERB" || out[h].UPOS != "NOUN" && out[h].UPOS != "PROPN" || out[h].Head == s+1 {
			continue
		}
		c := h - 1 // the comma before the speaker's words
		for c > k && out[c].Form != "," && out[c].Head == h+1 {
			c--
		}
		if c <= k || out[c].Form != "," {
			continue
		}
		n := -1
		for j := k + 1; j < c; j++ {
			if out[j].Head == s+1 && strings.HasPrefix(out[j].Deprel, "nsubj") {
				n = j
			}
		}
		if n < 0 || hasDep(out, "obj", k) {
			continue
		}
		out[n].Head, out[n].Deprel = k+1, "obj"
		out[h].Head, out[h].Deprel = s+1, "nsubj"
		out[s].Deprel = "parataxis"
		out[c].Head = s + 1
	}
}

// repairTrailingSpeechObject mends an English parse of "Insurgents
// beheaded 50 people in the province, state media reported" that hangs the
// object of the first verb on the trailing speech verb: an object of the
// speech verb before the comma that opens the speaker's words goes back to
// the first verb, when that verb has none.
func repairTrailingSpeechObject(out []Annotated) {
	for s := 3; s < len(out); s++ {
		if out[s].UPOS != "VERB" || !speechLemmas[out[s].Lemma] || out[s].Deprel != "parataxis" && out[s].Deprel != "ccomp" {
			continue
		}
		k := out[s].Head - 1
		if k < 0 || k >= s || out[k].UPOS != "VERB" || hasDep(out, "obj", k) {
			continue
		}
		c := -1
		for j := s - 1; j > k; j-- {
			if out[j].Form == "," {
				c = j
				break
			}
		}
		if c < 0 {
			continue
		}
		for j := k + 1; j < c; j++ {
			if out[j].Head == s+1 && out[j].Deprel == "obj" {
				out[j].Head = k + 1
				break
			}
		}
	}
}

// repairFrenchDate mends a French parse that hangs what follows a date on
// the date ("a imposé le 14 décembre 2020 des sanctions à la Turquie":
// "sanctions" an nmod of "14"; "a reçu lundi 22 février à Sotchi son
// homologue": "lundi" the object, the guest an apposition of "février").
// The date's words (a weekday, a day's number, a month, a year) stay
// together as an oblique of the verb; the words after them that hang on
// them go back to the verb: the first bare or partitive noun as its
// object when it has none, the others as obliques.
func repairFrenchDate(out []Annotated) {
	for d := range out {
		v := out[d].Head - 1
		if v < 0 || out[v].UPOS != "VERB" || !frenchDateHead(out, d) {
			continue
		}
		part := map[int]bool{d: true}
		end := d
		for changed := true; changed; {
			changed = false
			for j := d + 1; j < len(out) && j <= end+3; j++ {
				h := out[j].Head - 1
				if part[j] || !part[h] {
					continue
				}
				if w := strings.ToLower(out[j].Form); out[j].UPOS == "NUM" || out[j].UPOS == "ADJ" || frenchMonths[w] || frenchWeekdays[w] || dayParts[w] {
					part[j], end, changed = true, max(end, j), true
				}
			}
		}
		hasObj := false
		for j, a := range out {
			if a.Head == v+1 && (a.Deprel == "obj" && !part[j] || strings.HasPrefix(a.Deprel, "expl")) {
				hasObj = true // a reflexive verb's "de" is its complement: "s'est inquiétée mardi des manœuvres"
			}
		}
		moved := false
		for j := end + 1; j < len(out); j++ {
			h := out[j].Head - 1
			if h >= 0 && part[h] && out[j].UPOS == "VERB" && out[j].Deprel == "acl" {
				// "ont convenu jeudi de respecter le cessez-le-feu": the
				// infinitive is the verb's complement
				out[j].Head, out[j].Deprel, moved = v+1, "xcomp", true
				continue
			}
			if h < 0 || !part[h] || out[j].UPOS != "NOUN" && out[j].UPOS != "PROPN" && out[j].UPOS != "PRON" {
				continue
			}
			cased, article := "", ""
			for _, c := range out {
				if c.Head == j+1 && c.Deprel == "case" {
					cased = strings.ToLower(c.Form)
				}
				if c.Head == j+1 && c.Deprel == "det" {
					article = strings.ToLower(c.Form)
				}
			}
			out[j].Head = v + 1
			moved = true
			switch {
			case !hasObj && (cased == "" || cased == "de" && (article == "les" || article == "la" || article == "l'")):
				out[j].Deprel, hasObj = "obj", true
			case cased != "":
				out[j].Deprel = "obl"
			default:
				out[j].Deprel = "obl:mod"
			}
		}
		if moved && out[d].Deprel == "obj" {
			out[d].Deprel = "obl:mod"
		}
	}
}

// frenchDateHead reports whether word d heads a date: a weekday, or a
// day's number or a month with a month after or under it.
func frenchDateHead(out []Annotated, d int) bool {
	w := strings.ToLower(out[d].Form)
	if frenchWeekdays[w] || frenchMonths[w] || w == "lendemain" || w == "surlendemain" {
		return true // "a rompu le lendemain ses relations": "lendemain" the object
	}
	if dayParts[w] {
		// "dans la nuit du 11 au 12 janvier"
		for j := d + 1; j < len(out) && j <= d+3; j++ {
			if out[j].UPOS == "NUM" && out[j].Head == d+1 {
				return true
			}
		}
		return false
	}
	if out[d].UPOS != "NUM" || d+1 >= len(out) {
		return false
	}
	return frenchMonths[strings.ToLower(out[d+1].Form)] && out[d+1].Head == d+1
}

var (
	frenchWeekdays = map[string]bool{"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true}
	dayParts       = map[string]bool{"matin": true, "soir": true, "après-midi": true, "midi": true, "nuit": true, "soirée": true, "matinée": true}
	frenchMonths   = map[string]bool{"janvier": true, "février": true, "mars": true, "avril": true, "mai": true, "juin": true, "juillet": true,
		"août": true, "septembre": true, "octobre": true, "novembre": true, "décembre": true}
)

// repairObjOnNoun mends a French parse that hangs a verb's object on the
// oblique before it ("a reçu lundi à Bruxelles son homologue congolais":
// "homologue" an obj of "Bruxelles"). UD gives objects to verbs only: an
// object of a noun whose head is a verb with no object of its own is that
// verb's.
func repairObjOnNoun(out []Annotated) {
	for o := range out {
		h := out[o].Head - 1
		if h < 0 || out[h].UPOS != "NOUN" && out[h].UPOS != "PROPN" || o < h {
			continue
		}
		if out[o].Deprel != "obj" && !(out[o].Deprel == "nmod" && out[o].UPOS == "NOUN" && bareDetermined(out, o)) {
			continue // "à Bruxelles son homologue", with no preposition, is no complement of Brussels
		}
		v := out[h].Head - 1
		if v < 0 || out[v].UPOS != "VERB" || hasDep(out, "obj", v) || !strings.HasPrefix(out[h].Deprel, "obl") {
			continue
		}
		out[o].Head, out[o].Deprel = v+1, "obj"
	}
}

// bareDetermined reports whether noun o has a determiner and no
// preposition: a noun phrase that can stand as an object.
func bareDetermined(out []Annotated, o int) bool {
	det := false
	for _, a := range out {
		if a.Head == o+1 {
			switch a.Deprel {
			case "case":
				return false
			case "det":
				det = true
			}
		}
	}
	return det
}

// nominalRoot returns the first root of a parse when it is a noun or a
// proper noun, else -1.
func nominalRoot(out []Annotated) int {
	for i, a := range out {
		if a.Head == 0 {
			if a.UPOS == "NOUN" || a.UPOS == "PROPN" {
				return i
			}
			return -1
		}
	}
	return -1
}

// repairNounRoot mends a French parse that makes the subject the root when a
// relative clause or apposition stands between it and its verb
// ("L'Espagne et la France, qui soutiennent le plan, ont appelé les deux
// voisins au dialogue": "Espagne" the root, "appelé" its parataxis with
// no subject). The verb becomes the root and the noun its subject.
func repairNounRoot(out []Annotated) {
	n := nominalRoot(out)
	if n < 0 {
		return
	}
	for v := n + 1; v < len(out); v++ {
		a := out[v]
		if a.Head != n+1 || a.UPOS != "VERB" || a.Deprel != "parataxis" && a.Deprel != "dep" || hasDep(out, "nsubj", v) {
			continue
		}
		finite := strings.Contains(a.Feats, "VerbForm=Fin") || strings.Contains(a.Feats, "VerbForm=Part") && hasDep(out, "aux", v)
		inner := false // a relative clause or apposition between them
		for k := n + 1; k < v; k++ {
			if out[k].Head == n+1 && (out[k].Deprel == "acl:relcl" || out[k].Deprel == "appos" || out[k].Deprel == "acl") {
				inner = true
			}
		}
		if !finite || !inner {
			continue
		}
		for k := range out {
			if out[k].Head == n+1 && out[k].Deprel == "punct" && k > v {
				out[k].Head = v + 1
			}
		}
		out[v].Head, out[v].Deprel = 0, "root"
		out[n].Head, out[n].Deprel = v+1, "nsubj"
		return
	}
}

// hasDep reports whether word v has a dependent whose relation starts
// with rel ("nsubj" takes "nsubj:pass", "aux" takes "aux:tense").
func hasDep(out []Annotated, rel string, v int) bool {
	for _, a := range out {
		if a.Head == v+1 && strings.HasPrefix(a.Deprel, rel) {
			return true
		}
	}
	return false
}

// repairRelativeThenVerb mends an English parse that reads a subject's
// relative clause as running on to the end of the sentence ("The United
// States, which does not recognize the government, imposed sanctions on
// Eriador": "States" the root, "imposed" an adjective of "sanctions",
// itself a conjunct inside the relative clause). A past form after the
// comma that closes the clause, hung as a modifier on the noun right
// after it, is the main verb: the root noun its subject, the noun its
// object, the noun's prepositional complements after it the verb's.
func repairRelativeThenVerb(out []Annotated) {
	r := nominalRoot(out)
	if r < 0 {
		return
	}
	c := -1
	for i, a := range out {
		if a.Head == r+1 && a.Deprel == "acl:relcl" && i > r {
			c = i
			break
		}
	}
	if c < 0 {
		return
	}
	for v := c + 2; v+1 < len(out); v++ {
		a, h := out[v], v+1
		if a.UPOS != "VERB" || a.Deprel != "amod" || a.Head != h+1 || !strings.Contains(a.Feats, "Tense=Past") ||
			out[v-1].Form != "," || out[h].UPOS != "NOUN" || !dominates(out, c, h) {
			continue
		}
		cased := headsWith(out, "case")
		for j := range out {
			switch {
			case j == v || j == h:
			case out[j].Head == h+1 && j > h && (out[j].UPOS == "PUNCT" || cased[j]):
				out[j].Head = v + 1
				if cased[j] {
					out[j].Deprel = "obl"
				}
			case out[j].Head == r+1 && j > v:
				out[j].Head = v + 1
			}
		}
		out[v-1].Head = v + 1
		out[v].Head, out[v].Deprel, out[v].Feats = 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"
		out[r].Head, out[r].Deprel = v+1, "nsubj"
		out[h].Head, out[h].Deprel = v+1, "obj"
		return
	}
}

// dominates reports whether word a (0-based) is word b's ancestor.
func dominates(out []Annotated, a, b int) bool {
	for n := 0; b >= 0 && n <= len(out); n++ {
		if b == a {
			return true
		}
		b = out[b].Head - 1
	}
	return false
}

// repairSaidOnDayThat mends an English parse that reads the "that" of
// "The Kremlin said on Tuesday that Putin would visit China" as a relative
// pronoun, the reported clause a relative clause of the day. A "that"
// right after a day or a date, object of a relative clause that has a
// subject of its own, hung on that time word, is the reported clause's
// marker, and the clause the complement of the verb the day belongs to.
func repairSaidOnDayThat(out []Annotated) {
	for t := 1; t+1 < len(out); t++ {
		d := t - 1
		r := out[t].Head - 1
		if strings.ToLower(out[t].Form) != "that" || out[t].Deprel != "obj" || r <= t || out[r].Deprel != "acl:relcl" {
			continue
		}
		if !timeWord(out[d].Form) || !hasDep(out, "nsubj", r) {
			continue
		}
		if h := out[r].Head - 1; h != d {
			if h < 0 || h != out[d].Head-1 || !timeWord(out[h].Form) {
				continue
			}
			d = h // "said in October 2023 that…": the clause hung on the month
		}
		v := out[d].Head - 1
		if v < 0 || out[v].UPOS != "VERB" {
			continue
		}
		out[t].UPOS, out[t].Feats, out[t].Deprel = "SCONJ", "_", "mark"
		out[r].Head, out[r].Deprel = v+1, "ccomp"
	}
}

// timeWord reports whether an English word names a day, a month or a time
// of day: what "said on … that" may put between the verb and its clause.
func timeWord(w string) bool {
	switch strings.ToLower(w) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"today", "yesterday", "tonight", "morning", "afternoon", "evening", "night", "week", "weekend",
		"january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december":
		return true
	}
	return w != "" && w[0] >= '0' && w[0] <= '9' // "on May 5 that"
}

// repairAdjectiveObject mends an English parse that reads the adjective
// starting a verb's object as its predicate ("Putin received Belarusian
// President Lukashenko": "Belarusian" an xcomp of "received", the name its
// obl). A capitalised adjective (a nationality, not "help secure new
// investment") or one of formerWords right after the verb, its xcomp, with a noun after it
// that it governs without a preposition, is that noun's modifier, and the
// noun the verb's object.
func repairAdjectiveObject(out []Annotated) {
	for a := 1; a+1 < len(out); a++ {
		v := a - 1
		if out[a].UPOS != "ADJ" || !capitalised(out[a].Form) && !formerWords[strings.ToLower(out[a].Form)] || out[a].Deprel != "xcomp" || out[a].Head != v+1 || out[v].UPOS != "VERB" {
			continue
		}
		cased := headsWith(out, "case")
		n := -1
		for j := a + 1; j < len(out); j++ {
			if out[j].Head == a+1 && (out[j].UPOS == "PROPN" || out[j].UPOS == "NOUN") && !cased[j] &&
				(out[j].Deprel == "obl" || out[j].Deprel == "nmod" || out[j].Deprel == "obj") {
				n = j
				break
			}
		}
		if n < 0 || hasDep(out, "obj", v) {
			continue
		}
		for j := range out {
			if out[j].Head == a+1 && j != n {
				out[j].Head = n + 1
				if strings.HasPrefix(out[j].Deprel, "obl") {
					out[j].Head = v + 1 // "sentenced former President Zuma to 15 months": the verb's
				}
			}
		}
		out[n].Head, out[n].Deprel = v+1, "obj"
		out[a].Head, out[a].Deprel = n+1, "amod"
	}
}

// formerWords are the lower-case adjectives that start a verb's object
// naming a person by a past or present state ("sentenced former
// President Jacob Zuma", "freed jailed opposition leader X"), which the
// parser reads as the verb's predicate, as it does a nationality.
var formerWords = map[string]bool{"former": true, "late": true, "ousted": true, "deposed": true, "exiled": true,
	"jailed": true, "detained": true, "imprisoned": true, "outgoing": true, "embattled": true, "veteran": true}

// repairArticleAdjective mends an English parse that reads a noun after
// an article as an adjective predicate ("kidnapped a German national in
// Niger": "national" the verb's xcomp). An adjective with an indefinite
// article of its own, xcomp of a verb that has no object, is the verb's
// object noun.
func repairArticleAdjective(out []Annotated) {
	for a := range out {
		v := out[a].Head - 1
		if out[a].UPOS != "ADJ" || out[a].Deprel != "xcomp" || v < 0 || out[v].UPOS != "VERB" || hasDep(out, "obj", v) {
			continue
		}
		art := false
		for _, d := range out {
			if d.Head == a+1 && d.Deprel == "det" {
				switch strings.ToLower(d.Form) {
				case "a", "an": // not "considered the most mortal"
					art = true
				}
			}
		}
		if art {
			out[a].UPOS, out[a].Feats, out[a].Deprel = "NOUN", "Number=Sing", "obj"
			out[a].Lemma = strings.ToLower(out[a].Lemma)
		}
	}
}

// repairReducedRelative mends an English parse that hangs the participle
// of a reduced relative on the main verb ("paid tribute on Wednesday to
// Ukrainian soldiers killed in the war": "killed" an xcomp of "paid"). A
// passive participle right after a noun that is not the verb's object
// ("found the soldiers killed" is a predicate), with no subject of its
// own, modifies that noun.
func repairReducedRelative(out []Annotated) {
	for v := 1; v < len(out); v++ {
		n, h := v-1, out[v].Head-1
		if out[v].UPOS != "VERB" || out[v].Deprel != "xcomp" || h < 0 || h == n || !strings.Contains(out[v].Feats, "Voice=Pass") {
			continue
		}
		if out[n].UPOS != "NOUN" || out[n].Head == h+1 && out[n].Deprel == "obj" || hasDep(out, "nsubj", v) || dominates(out, v, n) {
			continue // a noun under the participle would make a cycle
		}
		out[v].Head, out[v].Deprel, out[v].Feats = n+1, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"
	}
}

// repairBorderWith mends an English parse that hangs the neighbour of a
// border on the verb ("deployed troops along its border with China":
// "with China" an oblique of "deployed"). A "with" phrase right after
// "border", "frontier" or "boundary" is the noun's.
func repairBorderWith(out []Annotated) {
	for k := range out {
		if out[k].Deprel != "obl" {
			continue
		}
		c := -1
		for j := range out {
			if out[j].Head == k+1 && out[j].Deprel == "case" && strings.ToLower(out[j].Form) == "with" {
				c = j
				break
			}
		}
		if c < 1 {
			continue
		}
		switch b := c - 1; strings.ToLower(out[b].Lemma) {
		case "border", "frontier", "boundary":
			if out[b].UPOS == "NOUN" {
				out[k].Head, out[k].Deprel = b+1, "nmod"
			}
		}
	}
}

// repairAdjectiveSubject mends an English parse that reads a noun before
// its verb as an adjective of the verb ("Myanmar's military detained Aung
// San Suu Kyi": "military" an amod of "detained", "Myanmar" its nmod:poss).
// An adjective right before the verb that heads it, with no subject of its
// own, is the verb's subject noun, and what stood before it is its own.
func repairAdjectiveSubject(out []Annotated) {
	for a := 0; a+1 < len(out); a++ {
		v := a + 1
		if out[a].UPOS != "ADJ" || out[a].Deprel != "amod" || out[a].Head != v+1 || out[v].UPOS != "VERB" || hasDep(out, "nsubj", v) {
			continue
		}
		for j := 0; j < a; j++ {
			if out[j].Head == v+1 {
				out[j].Head = a + 1
			}
		}
		out[a].UPOS, out[a].Feats, out[a].Deprel = "NOUN", "Number=Sing", "nsubj"
		if !strings.Contains(out[v].Feats, "VerbForm=Fin") {
			out[v].Feats = "Mood=Ind|Tense=Past|VerbForm=Fin"
		}
	}
}

// repairNounRootParticiple mends an English parse that makes a plural
// subject the root and its verb a participle modifying it ("Indian and
// Pakistani troops exchanged artillery fire across the Line of Control":
// "troops" the root, "exchanged" its acl). A past form right after the
// root noun, with an object of its own, is the verb, the noun its subject.
func repairNounRootParticiple(out []Annotated) {
	r := nominalRoot(out)
	if r < 0 || r+1 >= len(out) {
		return
	}
	// the verb right after the root noun, or after the last noun of a
	// list of subjects ("The United States, Germany and several other
	// donors suspended funding")
	v, n := -1, -1
	for j := r + 1; j < len(out); j++ {
		if out[j].UPOS == "VERB" {
			if h := out[j].Head - 1; h == j-1 && (h == r || listOf(out, h, r)) {
				v, n = j, h
			}
			break
		}
	}
	if v < 0 {
		v, n = countedVerb(out, r)
	}
	if v < 0 || out[v].Deprel != "acl" && out[v].Deprel != "nmod" || !strings.Contains(out[v].Feats, "Tense=Past") || !hasDep(out, "obj", v) && hasFiniteBut(out, v) {
		return // with no object, only when the sentence has no other verb: "the ELN agreed in Havana on a ceasefire"
	}
	for j := range out {
		if out[j].Head == v+1 && out[j].Deprel == "nsubj" && j < v && n >= 0 && j != r {
			// "Hundreds of thousands of Lebanese rallied": Lebanese are
			// the count's, not a second subject
			out[j].Head, out[j].Deprel = n+1, "nmod"
		}
	}
	for j := range out {
		if h := out[j].Head - 1; (h == r || h == n) && j > v {
			out[j].Head = v + 1 // the punctuation and clauses after the verb
			if out[j].Deprel == "nmod" {
				out[j].Deprel = "obl" // a verb's complement
			}
		}
	}
	out[v].Head, out[v].Deprel, out[v].Feats = 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"
	out[r].Head, out[r].Deprel = v+1, "nsubj"
}

// quantityNouns are the plural counts that head a counted subject:
// "Thousands of protesters", "Hundreds of thousands of Lebanese".
var quantityNouns = map[string]bool{"hundreds": true, "thousands": true, "millions": true, "tens": true, "dozens": true, "scores": true}

// countedVerb returns the verb that a count root r ("Thousands of
// protesters rallied") has as a participle of its counted noun, and that
// noun; -1 when there is none.
func countedVerb(out []Annotated, r int) (int, int) {
	if !quantityNouns[strings.ToLower(out[r].Form)] {
		return -1, -1
	}
	for j := r + 1; j < len(out); j++ {
		if out[j].UPOS != "VERB" {
			continue
		}
		h := out[j].Head - 1
		for step := 0; step < 2 && h > r && h < j && out[h].Deprel == "nmod"; step++ {
			if g := out[h].Head - 1; g == r || step == 0 && g > r && out[g].Deprel == "nmod" && out[g].Head-1 == r {
				return j, out[j].Head - 1
			}
			h = out[h].Head - 1
		}
		return -1, -1
	}
	return -1, -1
}

// hasFiniteBut reports whether a sentence has a finite verb or auxiliary
// other than word v.
func hasFiniteBut(out []Annotated, v int) bool {
	for j, a := range out {
		if j != v && (a.UPOS == "VERB" || a.UPOS == "AUX") && strings.Contains(a.Feats, "VerbForm=Fin") {
			return true
		}
	}
	return false
}

// hasFinite reports whether a sentence has a finite verb or auxiliary.
func hasFinite(out []Annotated) bool {
	for _, a := range out {
		if (a.UPOS == "VERB" || a.UPOS == "AUX") && strings.Contains(a.Feats, "VerbForm=Fin") {
			return true
		}
	}
	return false
}

// listOf reports whether noun n is an item of a list that r heads: a
// conjunct or an apposition of r, or of one of r's.
func listOf(out []Annotated, n, r int) bool {
	for step := 0; step < 3 && n >= 0; step++ {
		if out[n].Deprel != "conj" && out[n].Deprel != "appos" {
			return false
		}
		n = out[n].Head - 1
		if n == r {
			return true
		}
	}
	return false
}

// repairNounConjOfVerb mends an English parse that coordinates the last
// noun of a list of objects with the verb ("banned TikTok, WeChat and 57
// other Chinese apps": "apps" a conj of "banned"). A noun conjunct of a
// verb, after the verb's object, with no subject or verb of its own, is
// the object's conjunct.
func repairNounConjOfVerb(out []Annotated) {
	for n := range out {
		v := out[n].Head - 1
		if v < 0 || out[n].Deprel != "conj" || out[v].UPOS != "VERB" || out[n].UPOS != "NOUN" && out[n].UPOS != "PROPN" {
			continue
		}
		if hasDep(out, "nsubj", n) || hasDep(out, "cop", n) {
			continue
		}
		o := -1
		for j := v + 1; j < n; j++ {
			if out[j].Head == v+1 && out[j].Deprel == "obj" {
				o = j
			}
		}
		if o >= 0 {
			out[n].Head = o + 1
		}
	}
}

// repairNominalObl mends an English parse that hangs an oblique on the
// object of a verb ("imposed sanctions on Eriador on Monday": "on
// Eriador" and "on Monday" obl of "sanctions"). UD gives obl to verbs,
// adjectives and adverbs only; a noun's prepositional dependents are
// nmod. The parser chose the relation of a verb's dependent and the wrong
// head, so the oblique goes to the verb.
func repairNominalObl(out []Annotated) {
	for i := range out {
		h := out[i].Head - 1
		if h < 0 || out[i].Deprel != "obl" || out[h].Deprel != "obj" {
			continue
		}
		if out[h].UPOS != "NOUN" && out[h].UPOS != "PROPN" {
			continue
		}
		if v := out[h].Head - 1; v >= 0 && out[v].UPOS == "VERB" {
			out[i].Head = v + 1
		}
	}
}

// repairListVerb mends an English parse that reads a noun of a list of
// objects as a verb in the base form ("fired tear gas, stun grenades and
// rubber bullets at protesters": "stun" a verb joined to "fired", with
// "bullets" its object). After a comma, a base-form verb with no subject
// joined to a verb in the past is no verb of the sentence: it is the
// first word of the list's next noun, and its object the list's last.
func repairListVerb(out []Annotated) {
	for v := 1; v+1 < len(out); v++ {
		a := out[v]
		h, n := a.Head-1, v+1
		if a.UPOS != "VERB" || a.Deprel != "conj" || h < 0 || h >= v || out[v-1].Form != "," || out[n].UPOS != "NOUN" {
			continue
		}
		if strings.Contains(a.Feats, "Tense=") || strings.Contains(a.Feats, "VerbForm=Inf") || strings.Contains(a.Feats, "VerbForm=Part") ||
			out[h].UPOS != "VERB" || !strings.Contains(out[h].Feats, "Tense=Past") || hasDep(out, "nsubj", v) {
			continue
		}
		o := -1
		for k := range out[:v] {
			if out[k].Head == h+1 && out[k].Deprel == "obj" {
				o = k
			}
		}
		if o < 0 {
			continue
		}
		for d := range out {
			if out[d].Head != v+1 || d == n {
				continue
			}
			switch {
			case out[d].Deprel == "obj":
				out[d].Head, out[d].Deprel = o+1, "conj"
			case out[d].Deprel == "punct" && d < v:
				out[d].Head = n + 1
			default:
				out[d].Head = h + 1
			}
		}
		out[n].Head, out[n].Deprel = o+1, "conj"
		out[v].UPOS, out[v].Deprel, out[v].Head, out[v].Feats = "NOUN", "compound", n+1, "Number=Sing"
		out[v].Lemma = strings.ToLower(a.Form)
	}
}

// repairListSubject mends a French parse that cuts the first item off a
// list of subjects ("Le président Emmanuel Macron, le chancelier allemand
// Olaf Scholz et le président du Conseil italien Mario Draghi se sont
// rendus à Kiev": "président" an obl:mod of the verb, "chancelier" its
// subject with "président" after "et" its conj). A noun that begins the
// sentence, hangs on the verb as a bare oblique and is followed by a comma
// then the verb's subject with a conjunct is the list's first item: the
// subject, the other items its conjuncts.
func repairListSubject(out []Annotated) {
	n := -1
	for i, a := range out {
		if a.UPOS == "NOUN" || a.UPOS == "PROPN" {
			n = i
			break
		}
		if a.UPOS != "DET" {
			return
		}
	}
	if n < 0 || !strings.HasPrefix(out[n].Deprel, "obl") || hasDep(out, "case", n) {
		return
	}
	v := out[n].Head - 1
	if v < 0 || out[v].UPOS != "VERB" {
		return
	}
	comma := -1
	for j := n + 1; j < v; j++ {
		if out[j].Head-1 == v && out[j].Deprel == "nsubj" {
			if comma < 0 || !hasDep(out, "conj", j) {
				return
			}
			out[n].Deprel = "nsubj"
			out[j].Head, out[j].Deprel = n+1, "conj"
			for k := range out {
				if out[k].Head-1 == j && out[k].Deprel == "conj" {
					out[k].Head = n + 1
				}
			}
			out[comma].Head = j + 1
			return
		}
		if out[j].Form == "," && comma < 0 && dominates(out, n, j) {
			comma = j
		}
	}
}

// repairObjOfNoun mends an English parse that gives a noun an object.
// UD gives objects to verbs only: a name right after the noun is its
// apposition ("met his counterpart Volodymyr Zelensky"), and a noun after
// the verb's object is the object's predicate, the verb's xcomp
// ("declared the ambassador persona non grata").
func repairObjOfNoun(out []Annotated) {
	for d := range out {
		h := out[d].Head - 1
		if h < 0 || h >= d || out[d].Deprel != "obj" || (out[h].UPOS != "NOUN" && out[h].UPOS != "PROPN") {
			continue
		}
		switch {
		case out[d].UPOS == "PROPN" && d == h+1:
			out[d].Deprel = "appos"
		case out[d].UPOS == "NOUN" && out[h].Deprel == "obj":
			if v := out[h].Head - 1; v >= 0 && out[v].UPOS == "VERB" {
				out[d].Head, out[d].Deprel = v+1, "xcomp"
			}
		}
	}
}

// repairInfinitiveNoun mends an English parse that reads a plural noun
// after "to" as an infinitive ("urged the government to return to talks":
// "talks" a verb under "return"). An infinitive has no -s: the word is the
// noun, "to" its preposition, and the noun its head's oblique.
func repairInfinitiveNoun(out []Annotated) {
	for w := 1; w < len(out); w++ {
		a, t := out[w], w-1
		if a.UPOS != "VERB" || !strings.Contains(a.Feats, "VerbForm=Inf") || a.Form != a.Lemma+"s" || len(a.Lemma) < 3 {
			continue
		}
		if strings.ToLower(out[t].Form) != "to" || out[t].Head != w+1 || out[t].Deprel != "mark" {
			continue
		}
		h := a.Head - 1
		if h < 0 {
			continue
		}
		out[w].UPOS, out[w].Feats = "NOUN", "Number=Plur"
		out[w].Deprel = "obl"
		if out[h].UPOS == "NOUN" || out[h].UPOS == "PROPN" {
			out[w].Deprel = "nmod"
		}
		out[t].UPOS, out[t].Deprel, out[t].Feats = "ADP", "case", ""
	}
}

// repairFiniteConjOfInfinitive mends an English parse that coordinates a
// finite verb with an infinitive under the main verb ("ordered the
// ambassador to leave the country and demanded the withdrawal of troops":
// "demanded" a conj of "leave"). A verb in the past tense is no
// infinitive's conjunct: it is the nearest finite verb's above.
func repairFiniteConjOfInfinitive(out []Annotated) {
	for v := range out {
		a := out[v]
		h := a.Head - 1
		if a.UPOS != "VERB" || a.Deprel != "conj" || h < 0 || !strings.Contains(a.Feats, "Tense=Past") || !strings.Contains(a.Feats, "VerbForm=Fin") {
			continue
		}
		if !strings.Contains(out[h].Feats, "VerbForm=Inf") || hasDep(out, "nsubj", v) {
			continue
		}
		for g, steps := out[h].Head-1, 0; g >= 0 && steps < 4; g, steps = out[g].Head-1, steps+1 {
			if out[g].UPOS == "VERB" && strings.Contains(out[g].Feats, "Tense=Past") {
				out[v].Head = g + 1
				break
			}
		}
	}
}

// repairNameNmod mends a parse that hangs a verb's directional, locative
// or temporal complement on the name that is its object ("extradited
// trafficker Carlos Lobo to the United States in May 2014", "a extradé
// Salah Abdeslam vers la France": "to the United States", "in May 2014"
// and "vers la France" nmod of the name). A person's or place's name
// takes few such complements; the verb takes them all. Complements in
// "of", "from", "de" stay ("Juan Carlos of Spain", "an envoy from Qatar").
func repairNameNmod(out []Annotated) {
	for i := range out {
		h := out[i].Head - 1
		if h < 0 || h > i || out[i].Deprel != "nmod" || out[h].UPOS != "PROPN" || !nameNmodCase(out, i) {
			continue
		}
		// up the name's own words and appositions to the object
		o := h
		for steps := 0; steps < 4 && o >= 0; steps++ {
			switch out[o].Deprel {
			case "flat", "flat:name", "appos", "compound":
				o = out[o].Head - 1
				continue
			}
			break
		}
		if o < 0 || out[o].Deprel != "obj" && !(strings.HasPrefix(out[o].Deprel, "obl") && towardCase(out, i)) {
			continue // "extradé par la Belgique vers la France": a destination is the verb's too
		}
		if v := out[o].Head - 1; v >= 0 && v < o && out[v].UPOS == "VERB" {
			out[i].Head, out[i].Deprel = v+1, "obl"
		}
	}
}

// caseWord returns, lower-cased, the preposition (case) of nominal i
// among the four words before it, or "".
func caseWord(out []Annotated, i int) string {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if out[j].Head == i+1 && out[j].Deprel == "case" {
			return strings.ToLower(out[j].Form)
		}
	}
	return ""
}

// nameNmodCase reports whether nominal i has a preposition of direction,
// place or time.
func nameNmodCase(out []Annotated, i int) bool { return nameNmodPreps[caseWord(out, i)] }

// towardCase reports whether nominal i has a preposition of direction.
func towardCase(out []Annotated, i int) bool {
	switch caseWord(out, i) {
	case "to", "into", "vers":
		return true
	}
	return false
}

var nameNmodPreps = map[string]bool{
	"to": true, "into": true, "in": true, "on": true, "at": true, "during": true, "after": true,
	"vers": true, "à": true, "au": true, "aux": true, "en": true, "dans": true, "pendant": true, "après": true,
}

// repairPluralNounVerb mends an English parse that reads a plural noun
// after a name as a verb in the present ("RSF drones struck a power
// station": "drones" the root with "RSF" its subject, "struck" its
// xcomp). When a past verb hangs on it, the word is the noun, the name
// its compound, and the past verb the clause's verb.
func repairPluralNounVerb(out []Annotated) {
	for v := 1; v+1 < len(out); v++ {
		a, w := out[v], v+1
		if a.UPOS != "VERB" || !strings.Contains(a.Feats, "Tense=Pres") || !strings.HasSuffix(a.Form, "s") || a.Form != a.Lemma+"s" {
			continue
		}
		if out[w].UPOS != "VERB" || !strings.Contains(out[w].Feats, "Tense=Past") || out[w].Head != v+1 {
			continue
		}
		n := v - 1
		if out[n].UPOS != "PROPN" || out[n].Head != v+1 || !strings.HasPrefix(out[n].Deprel, "nsubj") {
			continue
		}
		for k := range out {
			if out[k].Head == v+1 && k != n && k != w {
				out[k].Head = w + 1
			}
		}
		out[w].Head, out[w].Deprel = a.Head, a.Deprel
		if !strings.Contains(out[w].Feats, "VerbForm=Fin") {
			out[w].Feats = "Mood=Ind|Tense=Past|VerbForm=Fin"
		}
		out[v].UPOS, out[v].Feats, out[v].Head, out[v].Deprel = "NOUN", "Number=Plur", w+1, "nsubj"
		out[n].Deprel = "compound"
	}
}

// repairModalHeadAdjective mends the other reading of a verb after a
// modal as an adjective: the adjective hung on the modal, the modal on an
// earlier verb, the subject on the verb that reports it ("Hamas said it
// would free three hostages": "it" the obj of "said", "would" an aux of
// the sentence's first verb, "free" the amod of "would", "hostages" its
// obl). The word becomes the verb of a complement of the reporting verb,
// with the pronoun or noun before the modal as its subject, the modal as
// its auxiliary and its bare nouns as its object.
func repairModalHeadAdjective(out []Annotated) {
	for v := 2; v < len(out); v++ {
		a := out[v]
		k := a.Head - 1
		if a.UPOS != "ADJ" || a.Deprel != "amod" || !modalVerbAdjectives[strings.ToLower(a.Form)] || k != v-1 && k != v-2 || k < 1 {
			continue
		}
		if out[k].UPOS != "AUX" || !modalAux[strings.ToLower(out[k].Form)] || k == v-2 && out[v-1].UPOS != "ADV" {
			continue
		}
		subj := k - 1
		sv := out[subj].Head - 1
		switch out[subj].UPOS {
		case "PRON", "NOUN", "PROPN":
		default:
			continue
		}
		if sv < 0 || sv >= subj || out[sv].UPOS != "VERB" || out[subj].Deprel != "obj" && out[subj].Deprel != "iobj" {
			continue
		}
		out[v].UPOS, out[v].Feats, out[v].Lemma = "VERB", "VerbForm=Inf", strings.ToLower(a.Form)
		out[v].Head, out[v].Deprel = sv+1, "ccomp"
		out[subj].Head, out[subj].Deprel = v+1, "nsubj"
		out[k].Head, out[k].Deprel = v+1, "aux"
		if k == v-2 {
			out[v-1].Head = v + 1
		}
		cased := headsWith(out, "case")
		for j := v + 1; j < len(out); j++ {
			if out[j].Head == v+1 && out[j].Deprel == "obl" && !cased[j] {
				out[j].Deprel = "obj"
			}
		}
	}
}

// repairFiniteModifier mends an English parse that hangs a finite verb
// on its object as a modifier, its subject as a compound ("Hezbollah
// fired rockets at Israel, the army said": "rockets" the head, "fired"
// its amod, "Hezbollah" its compound). The verb takes the noun's place,
// the word before it becomes its subject and the noun its object; the
// noun's prepositional complements after it become the verb's.
func repairFiniteModifier(out []Annotated) {
	for v := 1; v+1 < len(out); v++ {
		a := out[v]
		h := a.Head - 1
		if a.UPOS != "VERB" || a.Deprel != "amod" || !strings.Contains(a.Feats, "VerbForm=Fin") || h <= v || h >= len(out) {
			continue
		}
		subj := v - 1
		if out[h].UPOS != "NOUN" || out[subj].Head != h+1 || out[subj].Deprel != "compound" ||
			out[subj].UPOS != "PROPN" && out[subj].UPOS != "NOUN" {
			continue
		}
		cased := headsWith(out, "case")
		for j := range out {
			switch {
			case j == v || j == subj || out[j].Head != h+1:
			case j < subj:
				out[j].Head = subj + 1 // "The army": its determiner
			case j > h && (out[j].UPOS == "PUNCT" || cased[j]):
				out[j].Head = v + 1
				if cased[j] {
					out[j].Deprel = "obl"
				}
			}
		}
		out[v].Head, out[v].Deprel = out[h].Head, out[h].Deprel
		out[v].Feats = strings.Replace(out[v].Feats, "|Voice=Pass", "", 1)
		out[subj].Head, out[subj].Deprel = v+1, "nsubj"
		out[h].Head, out[h].Deprel = v+1, "obj"
	}
}

// repairVerblessRoot mends an English parse that reads a clause as a noun
// phrase with a reduced relative ("Azerbaijani troops shelled Armenian
// positions": root "troops", "shelled" its amod, "positions" an nmod of
// "troops"). When the root is a noun directly followed by a past-tense
// verb hung on it as amod or acl, the root has no copula, auxiliary or
// finite verb of its own clause, and a noun without a preposition follows
// the verb on the root (what the verb would take as object), the verb is
// the root, the noun its subject and what followed the verb on the noun
// its complements. "Soldiers killed in an attack" stays a noun phrase.
func repairVerblessRoot(out []Annotated) {
	r := -1
	for i, a := range out {
		if a.Head == 0 {
			r = i
		}
	}
	if r < 0 || out[r].UPOS != "NOUN" && out[r].UPOS != "PROPN" {
		return
	}
	// A copula or a finite verb of the main clause makes the noun a
	// predicate ("Russia is a partner"); clauses inside (a relative
	// clause's "had shelled") do not count.
	for _, a := range out {
		if a.Head == r+1 && (a.UPOS == "AUX" || a.UPOS == "VERB" && strings.Contains(a.Feats, "VerbForm=Fin") &&
			a.Deprel != "acl:relcl" && a.Deprel != "acl" && a.Deprel != "ccomp" && a.Deprel != "amod") {
			return
		}
	}
	if repairSubjectVerbObject(out, r) {
		return
	}
	v := r + 1
	if v >= len(out) ||
		out[v].UPOS != "VERB" || out[v].Deprel != "amod" && out[v].Deprel != "acl" ||
		!strings.Contains(out[v].Feats, "Tense=Past") {
		return
	}
	cased := headsWith(out, "case") // words with a preposition
	nominal := func(j int) bool {
		return (out[j].UPOS == "NOUN" || out[j].UPOS == "PROPN" || out[j].UPOS == "PRON") && !cased[j]
	}
	obj := -1
	switch h := out[v].Head - 1; {
	case h == r: // "troops shelled" with "positions" on "troops"
		for j := v + 1; j < len(out); j++ {
			if out[j].Head == r+1 && nominal(j) {
				obj = j
				break
			}
		}
	case h > v && out[h].Head == r+1 && nominal(h): // "shelled positions" on "troops"
		obj = h
	}
	if obj < 0 {
		return
	}
	for j := v + 1; j < len(out); j++ {
		if out[j].Head != r+1 {
			continue
		}
		out[j].Head = v + 1
		switch {
		case j == obj:
			out[j].Deprel = "obj"
		case out[j].UPOS == "PUNCT":
		case cased[j]:
			out[j].Deprel = "obl"
		}
	}
	out[v].Head, out[v].Deprel, out[v].Feats = 0, "root", finitePast
	out[r].Head, out[r].Deprel = v+1, "nsubj"
}

// repairLeadingAdjRoot mends a parse the English models make of news
// sentences that open with a nationality before a title ("Algerian
// President Abdelmadjid Tebboune met…"): the adjective becomes the root
// and the sentence's verb its ccomp, parataxis or relative clause. When the first word is
// an adjective root, the second a noun, and the adjective's only
// dependents are one verb (ccomp, parataxis) and punctuation, the verb is
// the root and the adjective modifies the noun after it. No test set's
// score moves: the treebanks hold no such parse.
func repairLeadingAdjRoot(out []Annotated) {
	if len(out) < 3 || out[0].Head != 0 || out[0].UPOS != "ADJ" || (out[1].UPOS != "PROPN" && out[1].UPOS != "NOUN") {
		return
	}
	verb := -1
	for j, a := range out {
		if a.Head != 1 {
			continue
		}
		switch {
		case (a.Deprel == "ccomp" || a.Deprel == "parataxis" || a.Deprel == "acl:relcl" || a.Deprel == "acl") && a.UPOS == "VERB" && verb < 0:
			verb = j
		case a.UPOS != "PUNCT":
			return
		}
	}
	if verb < 0 {
		return
	}
	for j := range out {
		if out[j].Head == 1 && j != verb {
			out[j].Head = verb + 1 // punctuation
		}
	}
	out[verb].Head, out[verb].Deprel = 0, "root"
	out[0].Head, out[0].Deprel = 2, "amod"
}

// repairLeadingGerund mends an English parse that reads a sentence's
// first word, a noun in -ing, as a gerund root and the sentence's verb as
// its complement ("Fighting erupted in Khartoum…": "erupted" an xcomp of
// "Fighting"). A gerund with no object or subject of its own, the root,
// whose one verb complement comes right after it, is that verb's subject
// noun, and the verb the root.
func repairLeadingGerund(out []Annotated) {
	if len(out) < 3 || out[0].Head != 0 || out[0].UPOS != "VERB" || !strings.Contains(out[0].Feats, "VerbForm=Ger") ||
		!capitalised(out[0].Form) || out[1].UPOS != "VERB" || out[1].Head != 1 ||
		out[1].Deprel != "xcomp" && out[1].Deprel != "ccomp" && out[1].Deprel != "conj" {
		return
	}
	for _, a := range out {
		if a.Head == 1 && (a.Deprel == "obj" || strings.HasPrefix(a.Deprel, "nsubj") || a.Deprel == "iobj") {
			return // "Fighting corruption remains…"
		}
	}
	for j := range out {
		if out[j].Head == 1 && j != 1 {
			out[j].Head = 2
		}
	}
	out[1].Head, out[1].Deprel = 0, "root"
	if strings.Contains(out[1].Feats, "VerbForm=Part") {
		out[1].Feats = finitePast
	}
	out[0].UPOS, out[0].Head, out[0].Deprel = "NOUN", 2, "nsubj"
	out[0].Lemma, out[0].Feats = strings.ToLower(out[0].Form), "Number=Sing"
}

// repairUnmarkedObject mends an English parse that reads a verb's object
// as a bare noun adverbial ("broke off diplomatic relations with Bogota":
// "relations" an obl:unmarked). A noun right after an active verb (and
// its particle) that has no object, with only adjectives or determiners
// before it, is its object, unless it says when or how far ("two days
// later", "this week", "miles").
func repairUnmarkedObject(out []Annotated) {
	for n := range out {
		v := out[n].Head - 1
		if out[n].Deprel != "obl:unmarked" || out[n].UPOS != "NOUN" || v < 0 || v >= n || out[v].UPOS != "VERB" ||
			hasDep(out, "obj", v) || hasDep(out, "aux:pass", v) || englishTimeNouns[strings.ToLower(out[n].Lemma)] {
			continue
		}
		ok := true
		for j := v + 1; j < n && ok; j++ {
			switch {
			case out[j].Head == v+1 && out[j].Deprel == "compound:prt":
			case out[j].Head == n+1 && (out[j].UPOS == "ADJ" || out[j].UPOS == "DET" && out[j].Lemma != "this" && out[j].Lemma != "that" && out[j].Lemma != "every" && out[j].Lemma != "each" && out[j].Lemma != "last" && out[j].Lemma != "next"):
			default:
				ok = false
			}
		}
		if ok {
			out[n].Deprel = "obj"
		}
	}
}

// englishTimeNouns say when, how long or how far: a bare noun phrase of
// them is an adverbial.
var englishTimeNouns = map[string]bool{"day": true, "week": true, "month": true, "year": true, "time": true, "morning": true,
	"evening": true, "night": true, "afternoon": true, "hour": true, "minute": true, "decade": true, "century": true,
	"weekend": true, "today": true, "yesterday": true, "tomorrow": true, "mile": true, "kilometer": true, "kilometre": true,
	"way": true, "home": true, "season": true, "term": true, "spring": true, "summer": true, "autumn": true, "winter": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// finitePast are the features a past participle made the main verb
// takes.
const finitePast = "Mood=Ind|Tense=Past|VerbForm=Fin"

// headsWith marks the words that have a dependent with one of rels.
func headsWith(out []Annotated, rels ...string) []bool {
	has := make([]bool, len(out))
	for _, a := range out {
		if a.Head >= 1 && a.Head <= len(out) && slices.Contains(rels, a.Deprel) {
			has[a.Head-1] = true
		}
	}
	return has
}

// repairSubjectVerbObject is repairVerblessRoot's second case: the root
// noun has a subject, and a past-tense verb between the two hangs on the
// root as amod or acl ("Russia on Monday rejected Ukrainian allegations":
// root "allegations", "Russia" its nsubj, "rejected" its amod; "Hezbollah
// fired rockets…": "Hezbollah" a compound). The verb becomes the root,
// with the subject and the noun, its object.
func repairSubjectVerbObject(out []Annotated, r int) bool {
	subj, v := -1, -1
	for j := 0; j < r; j++ {
		switch {
		case out[j].Head != r+1:
		case (out[j].Deprel == "nsubj" || out[j].Deprel == "compound" && out[j].UPOS == "PROPN") && subj < 0:
			subj = j
		case out[j].UPOS == "VERB" && (out[j].Deprel == "amod" || out[j].Deprel == "acl") &&
			strings.Contains(out[j].Feats, "Tense=Past"):
			if subj < 0 {
				// the verb's own subject: "intelligence" of "Jordanian
				// intelligence shared information", hung on "shared"
				for k := j - 1; k >= 0; k-- {
					if out[k].Head == j+1 && out[k].Deprel == "nsubj" {
						subj = k
						break
					}
				}
			}
			if subj >= 0 {
				v = j
			}
		}
	}
	if v < 0 {
		return false
	}
	for j := range out {
		if out[j].Head == r+1 && (j < v || out[j].UPOS == "PUNCT") {
			out[j].Head = v + 1 // what comes before the verb, and the punctuation
		}
	}
	out[subj].Deprel = "nsubj"
	out[v].Head, out[v].Deprel, out[v].Feats = 0, "root", finitePast
	out[r].Head, out[r].Deprel = v+1, "obj"
	return true
}

// run tags, predicts features (if morph, leaving their classes in b.mcls)
// and parses (if parse, leaving heads and labels in b).
func (m *Model) run(b *annotBuf, words []string, morph, parse bool) []token {
	n := len(words)
	if cap(b.toks) < n {
		b.toks = make([]token, n)
		b.heads = make([]int, n)
		b.labels = make([]int, n)
	}
	toks := b.toks[:n]
	b.heads, b.labels = b.heads[:n], b.labels[:n]
	m.prepare(words, toks)
	if len(b.scores) < 256 {
		b.scores = make([]float32, 256)
	}
	b.fs = m.tag(toks, b.fs, b.scores[:len(uposTags)])
	if morph {
		na := len(m.morph.attrs)
		if cap(b.mcls) < n*na {
			b.mcls = make([]int, n*na)
		}
		b.mcls = b.mcls[:n*na]
		for i := range toks {
			cls := b.mcls[i*na : (i+1)*na]
			m.predictFeats(b, toks, i, cls)
			toks[i].fine = m.morph.fine(toks[i].upos, cls)
		}
	}
	if parse {
		m.parser.parse(&b.pb, toks, b.heads, b.labels)
	}
	return toks
}

func (m *Model) predictFeats(b *annotBuf, toks []token, i int, cls []int) {
	if m.morph.allowed[toks[i].upos] == 0 {
		clear(cls)
		return
	}
	b.fs = morphFeatures(b.fs[:0], toks, i, m.lex)
	sc := b.scores[:256] // tables have at most 256 classes
	clear(sc)
	m.morphW.score(b.fs, sc)
	m.morph.predict(sc, toks[i].upos, cls)
}

// clone copies the model's parts (not its buffers).
func (m *Model) clone() *Model {
	c := &Model{Lang: m.Lang, tagDict: m.tagDict, lex: m.lex, tagger: m.tagger, tagger2: m.tagger2, morph: m.morph,
		morphW: m.morphW, lemmas: m.lemmas}
	c.parser = m.parser
	c.spell = m.spell
	return c
}

var cache sync.Map // lang -> *Model

// Load returns the embedded model of a language ("fr" or "en"). Models are
// decoded once and shared.
func Load(lang string) (*Model, error) {
	if m, ok := cache.Load(lang); ok {
		return m.(*Model), nil
	}
	data, err := syntaxmodels.FS.ReadFile(lang + ".bin.gz")
	if err != nil {
		return nil, fmt.Errorf("syntax: no model for language %q: %w", lang, err)
	}
	m, err := Decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("syntax: model %s: %w", lang, err)
	}
	actual, _ := cache.LoadOrStore(lang, m)
	return actual.(*Model), nil
}

const magic = "vigie-syntax-2\n"

// Encode writes the model, gzip-compressed.
func (m *Model) Encode(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("syntax: %w", err)
	}
	var b []byte
	b = append(b, magic...)
	b = appendStr(b, m.Lang)
	// tag dictionary
	words := sortedKeys(m.tagDict)
	b = binary.AppendUvarint(b, uint64(len(words)))
	for _, w := range words {
		b = appendStr(b, w)
		b = binary.AppendUvarint(b, uint64(m.tagDict[w]))
	}
	b = m.lex.encode(b)
	// morphology
	b = appendStrs(b, m.morph.attrs)
	for _, vs := range m.morph.values {
		b = appendStrs(b, vs)
	}
	for _, a := range m.morph.allowed {
		b = binary.AppendUvarint(b, a)
	}
	b = m.lemmas.encode(b)
	b = appendStrs(b, m.parser.labels)
	if _, err := zw.Write(b); err != nil {
		return fmt.Errorf("syntax: %w", err)
	}
	tagger2 := m.tagger2
	if tagger2 == nil {
		tagger2 = newTable(1, len(uposTags), 1, make([]uint32, 3), nil, nil)
	}
	for _, t := range []scorer{m.tagger, m.morphW, m.parser.trans, m.parser.label, tagger2} {
		tt, ok := t.(*table)
		if !ok {
			return errors.New("syntax: encode: model holds training tables")
		}
		if err := tt.writeTo(zw); err != nil {
			return fmt.Errorf("syntax: %w", err)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("syntax: %w", err)
	}
	return nil
}

// Decode reads a model written by Encode.
func Decode(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("syntax: %w", err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("syntax: %w", err)
	}
	return decodeBytes(data)
}

func decodeBytes(data []byte) (*Model, error) {
	var err error
	if !bytes.HasPrefix(data, []byte(magic)) {
		return nil, errors.New("syntax: not a vigie syntax model")
	}
	rd := &reader{b: data[len(magic):]}
	m := &Model{Lang: rd.str(), tagDict: map[string]uint32{}}
	n := rd.uvarint()
	for i := uint64(0); i < n && rd.err == nil; i++ {
		w := rd.str()
		m.tagDict[w] = uint32(rd.uvarint())
	}
	if m.lex, err = decodeLexicon(rd); err != nil {
		return nil, err
	}
	ms := &morphSpec{attrs: rd.strs()}
	if len(ms.attrs) > 64 {
		return nil, errors.New("syntax: too many morphological attributes")
	}
	ms.values = make([][]string, len(ms.attrs))
	for i := range ms.values {
		ms.values[i] = rd.strs()
	}
	ms.allowed = make([]uint64, len(uposTags))
	for i := range ms.allowed {
		ms.allowed[i] = rd.uvarint()
	}
	ms.finish(nil)
	m.morph = ms
	m.lemmas = decodeLemmatizer(rd)
	m.parser.labels = rd.strs()
	if rd.err != nil {
		return nil, rd.err
	}
	var tabs [5]*table
	for i := range tabs {
		if tabs[i], err = readTable(rd); err != nil {
			return nil, err
		}
	}
	if tabs[0].classes != len(uposTags) || tabs[1].classes != max(ms.classes, 1) ||
		!(tabs[2].classes == nTrans && tabs[3].classes == len(m.parser.labels) ||
			tabs[2].classes == 1+2*len(m.parser.labels)) || ms.classes > 256 {
		return nil, errors.New("syntax: model tables do not match their inventories")
	}
	if tabs[4].classes != len(uposTags) {
		return nil, errors.New("syntax: second tagger does not match the tag set")
	}
	m.tagger, m.morphW = tabs[0], tabs[1]
	if tabs[4].nnz() > 0 {
		m.tagger2 = tabs[4]
	}
	m.setParser(tabs[2], tabs[3])
	m.spell = true
	m.parser.beam = beamOf(DefaultBeam(m.Lang))
	return m, nil
}

func (m *Model) setParser(trans, label scorer) {
	m.parser.trans, m.parser.label = trans, label
	m.parser.tscale, m.parser.lscale = 1, 1
	if t, ok := trans.(*table); ok {
		m.parser.tscale = t.scale
	}
	if t, ok := label.(*table); ok {
		m.parser.lscale = t.scale
	}
	m.parser.joint = false
	if t, ok := trans.(interface{ nclasses() int }); ok && t.nclasses() == 1+2*len(m.parser.labels) {
		m.parser.joint = true
	}
	m.parser.frames = m.lex.hasBits(frameMask << wnFrames)
	m.parser.senses = m.lex.hasBits(math.MaxUint64 >> wnSense << wnSense)
	m.parser.root = -1
	for i, l := range m.parser.labels {
		if l == "root" {
			m.parser.root = i
		}
	}
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
