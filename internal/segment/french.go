package segment

import (
	"strings"
	"unicode/utf8"
)

// isElision reports whether w, the letters before an apostrophe at the start
// of a word, is a French elided word that UD writes as its own token:
// l' d' j' m' n' s' t' c' ç' qu' jusqu' lorsqu' puisqu' quoiqu'.
func isElision(w string) bool {
	switch len(w) {
	case 1:
		switch w[0] | 0x20 {
		case 'l', 'd', 'j', 'm', 'n', 's', 't', 'c':
			return true
		}
	case 2:
		return strings.EqualFold(w, "qu") || w == "ç" || w == "Ç"
	case 5, 6, 7:
		switch strings.ToLower(w) {
		case "jusqu", "lorsqu", "puisqu", "quoiqu":
			return true
		}
	}
	return false
}

// isLOn reports whether the elided word s[i:j] and the apostrophe before
// s[k] make "l'on", which UD French keeps as one token.
func isLOn(s string, i, j, k int) bool {
	return j-i == 1 && s[i]|0x20 == 'l' && k+2 <= len(s) &&
		s[k]|0x20 == 'o' && s[k+1]|0x20 == 'n' && !wordRuneAt(s, k+2)
}

// frClitics are the pronouns that follow a verb after a hyphen and that UD
// French splits off with the hyphen: "dit-il" → dit -il, "a-t-on" → a -t-on.
var frClitics = []string{"il", "ils", "elle", "elles", "on", "je", "tu", "nous",
	"vous", "le", "la", "les", "lui", "leur", "moi", "toi", "y", "en", "ce", "là"}

// frCliticLen returns the length of the clitic token ("-il", "-t-elle")
// that starts at the hyphen s[j], or 0. A clitic is followed by a non-word
// rune or by another clitic ("allez-vous-en"); "Aix-la-Chapelle" has none.
func frCliticLen(s string, j, depth int) int {
	k := j + 1 // hyphens in clitics are ASCII in practice
	if j >= len(s) || s[j] != '-' || depth > 3 {
		return 0
	}
	if k+1 < len(s) && s[k]|0x20 == 't' && s[k+1] == '-' {
		k += 2 // euphonic -t-
	}
	end := wordEnd(s[:min(len(s), k+12)], k) // clitics are short
	w := s[k:end]
	if len(w) > 6 || w == "" {
		return 0
	}
	ok := false
	for _, c := range frClitics {
		if strings.EqualFold(w, c) {
			ok = true
			break
		}
	}
	if !ok {
		return 0
	}
	if k == j+3 { // -t- needs a subject pronoun
		switch strings.ToLower(w) {
		case "il", "elle", "on", "ils", "elles":
		default:
			return 0
		}
	}
	if end < len(s) {
		c, n := decode(s, end)
		if isHyphen(c) && wordRuneAt(s, end+n) && frCliticLen(s, end, depth+1) == 0 {
			return 0
		}
		if isApos(c) || c == '.' && wordRuneAt(s, end+1) {
			return 0
		}
	}
	return end - j
}

// frNoClitic lists words whose hyphenated pronoun or "-là" is part of the
// word: "rendez-vous", "celui-là", "jusque-là".
func frNoClitic(w string) bool {
	switch strings.ToLower(w) {
	case "rendez", "chez", "celui", "celle", "ceux", "celles", "jusque", "là", "par", "de", "ça", "çà", "ici":
		return true
	}
	return false
}

// French contractions of a preposition and an article, written as the
// two words UD French gives them.
var frMWT = map[string][]Word{
	"au":         {{"à"}, {"le"}},
	"aux":        {{"à"}, {"les"}},
	"du":         {{"de"}, {"le"}},
	"des":        {{"de"}, {"les"}},
	"auquel":     {{"à"}, {"lequel"}},
	"auxquels":   {{"à"}, {"lesquels"}},
	"auxquelles": {{"à"}, {"lesquelles"}},
	"duquel":     {{"de"}, {"lequel"}},
	"desquels":   {{"de"}, {"lesquels"}},
	"desquelles": {{"de"}, {"lesquelles"}},
	"dudit":      {{"de"}, {"ledit"}},
	"desdits":    {{"de"}, {"lesdits"}},
	"desdites":   {{"de"}, {"lesdites"}},
	"auxdits":    {{"à"}, {"lesdits"}},
	"auxdites":   {{"à"}, {"lesdites"}},
}

// expandFR sets the words of French multiword tokens in a sentence.
func expandFR(toks []Token, a *wordArena) {
	for i := range toks {
		t := toks[i].Text
		if len(t) < 2 || len(t) > 10 {
			continue
		}
		var buf [16]byte
		key := asciiLowerInto(buf[:0], t)
		words, ok := frMWT[string(key)]
		if !ok {
			continue
		}
		if k := mwtKind(toks[i].Text); k != 0 {
			if m := frMWTModel(); m != nil {
				if !isDeLe(m, toks, i) {
					continue
				}
			} else if k == 1 && !desIsDeLes(toks, i) {
				continue
			}
		}
		toks[i].Words = a.words(words...)
	}
}

// asciiLowerInto appends s to buf with ASCII letters in lower case.
func asciiLowerInto(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// desIsDeLes guesses whether "des" at toks[i] is the preposition de with
// the article les ("la liste des candidats") rather than the indefinite
// article ("il a des amis"), from the words before it: after a noun or an
// adjective it is de + les; at the start of a sentence, after punctuation,
// a preposition, a conjunction, an adverb or a verb it is the article.
// Coordinated "des" repeat the choice made for the first one.
func desIsDeLes(toks []Token, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i].Text {
	case "des":
	case "DES": // in a heading: RESUME DES CARACTERISTIQUES
		return isAllUpper(toks[i-1].Text)
	default:
		return false // "Des": sentence start
	}
	p := toks[i-1].Text
	c, _ := utf8.DecodeRuneInString(p)
	if !isWordRune(c) {
		switch p {
		case "%", ")", "»", "”", "\"":
			return true
		case ",":
			// "des ports, des routes": as the "des" before.
			for k := i - 2; k >= 0 && k >= i-8; k-- {
				if toks[k].Text == "des" {
					return toks[k].Words != nil
				}
			}
		}
		return false
	}
	var buf [32]byte
	if len(p) > 24 {
		return desAfterWord(p)
	}
	lp := string(lowerKey(buf[:0], p))
	if lp == "et" || lp == "ou" {
		// Coordination repeats the choice made before: "des A et des B".
		for k := i - 2; k >= 0 && k >= i-12; k-- {
			switch strings.ToLower(toks[k].Text) {
			case "des":
				return toks[k].Words != nil
			case "de", "d'", "d’", "du":
				return true
			}
		}
		return false
	}
	if desArticleAfter[lp] {
		return false
	}
	if desNotVerb[lp] {
		return true
	}
	// A past participle after an auxiliary: "a signé des accords".
	if i >= 2 && frAux[strings.ToLower(toks[i-2].Text)] && isParticiple(lp) {
		return false
	}
	return desAfterWord(lp)
}

// frAux are forms of avoir and être that come before a past participle.
var frAux = wordSet(`a ont ai as avons avez avait avaient aura auront aurait
auraient eu été est sont était étaient sera seront serait seraient`)

func isParticiple(w string) bool {
	for _, suf := range [...]string{"é", "és", "ée", "ées", "i", "is", "u", "us", "it", "ert", "ait"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// desAfterWord guesses from the shape of a lower-case word whether it is a
// verb or adverb (then "des" after it is an article) or a noun or
// adjective.
func desAfterWord(w string) bool {
	n := utf8.RuneCountInString(w)
	switch {
	case n >= 4 && (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir")):
		return false // infinitive
	case n >= 6 && strings.HasSuffix(w, "ment"):
		for _, suf := range advSuffixes {
			if strings.HasSuffix(w, suf) {
				return false
			}
		}
	case n >= 5 && strings.HasSuffix(w, "ant"):
		return false // present participle
	case strings.HasSuffix(w, "aient") || strings.HasSuffix(w, "èrent") ||
		n >= 6 && strings.HasSuffix(w, "ront") || n >= 4 && strings.HasSuffix(w, "ez") ||
		n >= 6 && (strings.HasSuffix(w, "erons") || strings.HasSuffix(w, "irons")) ||
		strings.HasSuffix(w, "aît"):
		return false // finite verb
	}
	return true
}

var advSuffixes = []string{"alement", "ellement", "ivement", "iquement", "ièrement",
	"eusement", "amment", "emment", "ément", "ablement", "iblement", "ûment",
	"uement", "ainement", "inement", "ssement", "tement", "lement"}

// Words that end like verbs but are nouns or adjectives, or verbs that
// take "de": "des" after them is de + les.
var desNotVerb = wordSet(`premier dernier quartier dossier métier chantier
atelier courrier calendrier papier cahier foyer loyer clocher boucher
particulier entier fichier panier rocher verger acier cancer hiver
souvenir avenir désir plaisir loisir soupir leader super manager
partir sortir venir provenir parler bénéficier profiter disposer
enfant enfants restaurant habitant habitants représentant représentants
commandant président étudiant étudiants participant participants
combattant combattants dirigeant dirigeants montant gérant fabricant
fabricants intervenant intervenants militant militants manifestant
manifestants occupant occupants gouvernant gouvernants survivant
survivants assistant assistants géant savant savants négociant négociants
front affront chez`)

// Words after which "des" is the indefinite article.
var desArticleAfter = wordSet(`par à sur dans pour chez avec en entre sans
contre vers selon parmi sous après avant depuis pendant durant malgré dès
envers outre via comme que qu' qu’ et ou mais ni car donc or si quand
lorsque lorsqu' puisque puisqu' est sont a ont était étaient avait avaient
sera seront aura auront serait seraient aurait auraient fut furent eut
été fait font faisait y il elle on ils elles je tu nous vous
aussi déjà ainsi pas également notamment hier aujourd'hui aujourd’hui
encore toujours souvent surtout même parfois jamais plus moins très trop
seulement uniquement voire dont où ce cela ça ceci c'est voici voilà
comprend contient présente possède trouve existe comporte
reçoit donne offre propose utilise fournit permet faire dire prendre
mettre conduire produire permettre comprendre suivre vivre lire écrire
croire rendre vendre attendre entendre réduire construire détruire
inscrire décrire traduire introduire connaître reconnaître`)
