package coref

import "strings"

// The word lists coreference reads, French and English together, in lower
// case. They are short closed classes, kept here rather than in a
// dictionary file because the code depends on what each list means.

// words turns a space-separated list into a set.
func words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// personTitles are the head nouns of a singular description that names a
// person by office: "le chef du Pentagone", "the defense chief". Generic
// nouns (responsable, fonctionnaire, official, source) are left out: a
// definite "le haut fonctionnaire" is usually an unnamed source, not a
// named person of the article.
var personTitles = words(`
	président présidente vice-président vice-présidente ministre secrétaire chef cheffe
	directeur directrice ambassadeur ambassadrice roi reine prince princesse émir sultan
	monarque souverain pape général générale commandant commandante porte-parole chancelier
	chancelière gouverneur gouverneure maire sénateur sénatrice député députée patron
	patronne dirigeant dirigeante envoyé envoyée émissaire procureur procureure juge
	premier première
	president vice-president minister secretary chief head director ambassador king queen
	prince princess emir sultan monarch pope general commander spokesman spokeswoman
	spokesperson chancellor governor mayor senator congressman congresswoman premier
	envoy prosecutor judge leader boss`)

// headTitles take the code of what they head ("le chef du Pentagone",
// "the Pentagon chief") when joined to an organisation.
var headTitles = words(`chef cheffe patron patronne directeur directrice dirigeant dirigeante
	chief head boss director leader`)

// orgNouns are the head nouns of a singular description that names an
// organisation already mentioned: "l'agence" after "l'AFP".
var orgNouns = words(`agence ministère organisation mouvement agency ministry organization movement`)

// definite are the determiners of a singular definite description.
var definite = words(`le la l' du au ce cet cette the this that`)

// pluralDet are the determiners that may open a plural summary
// ("les deux responsables", "the two leaders", "ces deux hommes").
var pluralDet = words(`les ces des the these`)

// pairWords say "two" in a plural summary.
var pairWords = words(`deux two`)

// groupNouns are the heads of a plural summary of persons.
var groupNouns = words(`
	responsables hommes femmes dirigeants dirigeantes ministres présidents chefs diplomates
	officiels interlocuteurs personnalités homologues ambassadeurs généraux rois leaders
	officials men women ministers presidents chiefs diplomats heads counterparts generals
	envoys`)

// Subject pronouns and what they say of their antecedent.
type pronoun struct {
	plural bool
	gender byte // 'm', 'f', or 0 when the pronoun does not say
	lang   string
	latest bool // a demonstrative: the person named last, subject or not
	// thing: the pronoun stands for an organisation or a country, never
	// a person ("Iran said… It also warned", "the EU… It called on").
	thing bool
}

var pronouns = map[string]pronoun{
	"il":    {gender: 'm', lang: "fr"},
	"elle":  {gender: 'f', lang: "fr"},
	"ils":   {plural: true, lang: "fr"}, // masculine plural also covers mixed groups
	"elles": {plural: true, gender: 'f', lang: "fr"},
	"he":    {gender: 'm', lang: "en"},
	"she":   {gender: 'f', lang: "en"},
	"they":  {plural: true, lang: "en"},
	"it":    {lang: "en", thing: true},
	// "…avec le président Emmanuel Macron. Celui-ci a appelé à la
	// fermeté": the last person named, not the last subject
	"celui-ci": {gender: 'm', lang: "fr", latest: true},
	"celle-ci": {gender: 'f', lang: "fr", latest: true},
}

// impersonal are the words after which French "il" is impersonal ("il y
// a", "il faut", "il s'agit", "il est possible que").
var impersonal = words(`y faut fallait faudra faudrait s' semble semblait paraît reste
	restait pleut suffit suffisait convient importe`)

// impersonalAdj after "il est/était/sera" make the clause impersonal.
var impersonalAdj = words(`possible impossible probable improbable nécessaire important
	difficile facile temps question clair vrai évident certain utile urgent interdit`)

// clauseBreaks are the words that open a clause, for the subject heuristic.
var clauseBreaks = words(`que qu' et mais car puis lorsque quand tandis alors où dont si
	that and but when while after before because as who which since if`)

// skipBefore are the words a subject may have between it and the start of
// its clause: determiners, and civilities.
var skipBefore = words(`le la l' les un une the a an m. mme mr mr. mrs mrs. ms ms. dr dr.`)

// civility gives a person's gender from the word before the name.
var civility = map[string]byte{
	"m.": 'm', "mr": 'm', "mr.": 'm', "monsieur": 'm',
	"mme": 'f', "mme.": 'f', "madame": 'f', "mrs": 'f', "mrs.": 'f', "ms": 'f', "ms.": 'f', "miss": 'f',
}

// determinerGender is the gender a determiner before a title gives.
var determinerGender = map[string]byte{
	"le": 'm', "du": 'm', "au": 'm', "un": 'm', "ce": 'm', "cet": 'm',
	"la": 'f', "une": 'f', "cette": 'f',
}

// titleGender are titles whose form says the gender.
var titleGender = map[string]byte{
	"roi": 'm', "king": 'm', "prince": 'm', "émir": 'm', "emir": 'm', "sultan": 'm',
	"reine": 'f', "queen": 'f', "princesse": 'f', "princess": 'f', "présidente": 'f',
	"directrice": 'f', "ambassadrice": 'f', "chancelière": 'f', "sénatrice": 'f',
	"spokesman": 'm', "spokeswoman": 'f', "congressman": 'm', "congresswoman": 'f',
	// institutions the dictionaries code like a title: their article says
	// nothing of the person's gender ("un communiqué de la présidence,
	// Kaïs Saïed…" made Saïed feminine, and "il" no longer found him)
	"présidence": 0, "presidence": 0, "presidency": 0, "gouvernement": 0, "government": 0,
	"ministère": 0, "ministere": 0, "ministry": 0, "primature": 0, "administration": 0,
}

// notSurname are capitalised words the surname scan leaves alone even
// when a person bears them as a name (Theresa May): months and days.
var notSurname = words(`January February March April May June July August September October
	November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday`)

// roleBlocks are CAMEO's role and sector codes (as in internal/actor): a
// code that starts with one of them names no country.
var roleBlocks = words(`GOV MIL COP SPY JUD LEG OPP REB INS BUS MED IGO NGO NGM CVL EDU HLH REF
	LAB UAF ELI CRM AGR DEV ENV HRI MOD RAD PTY REL MUS CHR JEW BUD HIN PPL SET IMG MNC SEP`)

// lower returns s in lower case with the typographic apostrophe written
// ', as the lists above are.
func lower(s string) string {
	s = strings.ToLower(s)
	if strings.Contains(s, "’") {
		s = strings.ReplaceAll(s, "’", "'")
	}
	return s
}
