package segment

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

type language uint8

const (
	generic language = iota
	french
	english
)

type abbrevKind uint8

const (
	notAbbrev   abbrevKind = iota
	abbrevNum              // an abbreviation only before a number: "art. 5"
	abbrevOther            // may end a sentence
	abbrevTitle            // comes before a name: never ends a sentence
)

// rules are the language-dependent parts of segmentation.
type rules struct {
	lang     language
	abbrev   map[string]abbrevKind // forms with their final period
	starters map[string]bool       // capitalised words that often begin a sentence
	heads    map[string]bool       // capitalised words that only begin a sentence
	articles map[string]bool       // capitalised articles, which also begin names
	// semicolonEnds makes ";" before a capital end a sentence, as the
	// French treebanks do.
	semicolonEnds bool
}

//go:embed abbrev_fr.txt
var abbrevFR string

//go:embed abbrev_en.txt
var abbrevEN string

var (
	rulesFR = &rules{
		lang:          french,
		abbrev:        parseAbbrev(abbrevFR),
		starters:      wordSet(startersFR),
		heads:         wordSet(headsFR),
		articles:      wordSet("Le La Les L' L’ Un Une"),
		semicolonEnds: true,
	}
	rulesEN = &rules{
		lang:     english,
		abbrev:   parseAbbrev(abbrevEN),
		starters: wordSet(startersEN),
		heads:    wordSet(headsEN),
		articles: wordSet("The"),
	}
	rulesGeneric = &rules{
		lang:     generic,
		abbrev:   parseAbbrev(abbrevFR + "\n" + abbrevEN),
		starters: wordSet(startersFR + " " + startersEN),
	}
)

func rulesFor(lang string) *rules {
	switch strings.ToLower(lang) {
	case "fr", "fra", "fre", "french":
		return rulesFR
	case "en", "eng", "english":
		return rulesEN
	}
	return rulesGeneric
}

// parseAbbrev reads one abbreviation a line, optionally followed by
// "title" or "num"; '#' starts a comment.
func parseAbbrev(text string) map[string]abbrevKind {
	m := make(map[string]abbrevKind)
	for line := range strings.Lines(text) {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		k := abbrevOther
		if len(f) > 1 {
			switch f[1] {
			case "title":
				k = abbrevTitle
			case "num":
				k = abbrevNum
			}
		}
		m[f[0]] = max(m[f[0]], k)
	}
	return m
}

func wordSet(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// abbrevOf says whether w (with its final period) is a known abbreviation.
// w matches an entry exactly, or with its first letter in upper case where
// the entry has it in lower case ("Cf." for "cf.").
func (r *rules) abbrevOf(w string) abbrevKind {
	if k, ok := r.abbrev[w]; ok {
		return k
	}
	c, n := utf8.DecodeRuneInString(w)
	if isUpper(c) && n < len(w) {
		var buf [32]byte
		if len(w) <= len(buf)-utf8.UTFMax {
			b := utf8.AppendRune(buf[:0], unicode.ToLower(c))
			b = append(b, w[n:]...)
			if k, ok := r.abbrev[string(b)]; ok && k != abbrevTitle {
				return k
			}
		}
	}
	return notAbbrev
}

// Capitalised words that, after a word in lower case, start a new
// sentence: pronouns, conjunctions, adverbs and determiners that names and
// titles seldom begin with ("Le", "La", "Les" do: "le quotidien Le Monde").
const (
	headsFR = `Il Ils Elle Elles On Nous Vous Ce Cet Cette Ces Cela Ça Celui Celle
Ceux Au Aux Si Dans Des Du Aucun Aucune Chaque Chez Hier Que Qu' Qu’ Pour Après
Ensuite En Toute Tous Toutes De D' D’ Puis Pourquoi Comment Quel Quelle Quels
Quelles Lorsque Lorsqu' Lorsqu’ Quand Mais Cependant Toutefois Pourtant
Néanmoins Enfin Depuis Selon Lors Alors Aujourd'hui Désormais Parmi Certains
Certaines Plusieurs Grâce Malgré Lorsqu C' C’ N' N’ S' S’ J' J’ Voici Voilà`
	headsEN = "He She They We"
)

// Capitalised words that often begin a sentence. After an abbreviation
// that may end a sentence ("etc.", "Inc."), one of these starts a new one.
const startersFR = `Le La Les L' L’ Il Ils Elle Elles On Je J' J’ Nous Vous Tu Ce Cet
Cette Ces C' C’ Cela Ça Celui Celle Ceux Un Une Des Du De D' D’ Au Aux Mais Et Ou
Donc Or Ni Car Si Dans En Pour Par Sur Selon Après Avant Depuis Pendant Lors
Alors Puis Ensuite Enfin Toutefois Cependant Pourtant Néanmoins Ainsi Aussi Mon
Ma Mes Son Sa Ses Leur Leurs Notre Nos Votre Vos Qui Que Qu' Qu’ Quand Comme
Lorsque Lorsqu' Lorsqu’ Pourquoi Comment Où Y A À Chez Avec Sans Entre Contre
Tout Tous Toute Toutes Certains Certaines Plusieurs Aucun Aucune Chaque N' N’
S' S’ M' M’ Rien Personne Parmi Désormais Aujourd'hui Hier Demain Cet Voici
Voilà Quant Malgré Grâce Face Outre`

const startersEN = `The A An This That These Those It Its He She They We I You His
Her Their Our My Your There Here But And Or So Yet If When While Although Though
After Before Since Because In On At For From By With As Then However Also
Meanwhile Now What Who Why How Where Which Some Many Most All Each Every No Not
Both Neither Either Such Another Other Last Next Still Even Only Just Once
Today Yesterday Tomorrow Instead Thus Therefore Moreover Furthermore Besides
Indeed Please Thanks Thank`
