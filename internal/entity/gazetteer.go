package entity

import (
	"bufio"
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	actordict "github.com/vigie-events/vigie/dict/actors"
	"github.com/vigie-events/vigie/internal/segment"
)

// Gazetteer classes. A phrase (one or more folded tokens) carries a set of
// them as a bit mask.
const (
	gCountry    = iota // country names (GeoNames, ISO 3166)
	gCity              // cities (GeoNames cities15000)
	gRegion            // first-level divisions, continents, regions
	gPerson            // full names of persons (Phoenix, Wikidata)
	gOrg               // organisation names (Phoenix, lexicon.txt)
	gNorp              // nationality adjectives and demonyms
	gFirst             // first names
	gLast              // surnames
	gTitle             // titles before names
	gOrgWord           // words that head organisation names
	gLocWord           // words that head place names
	gPropn             // usually a proper noun in the treebanks
	gCommon            // usually a lowercase common word in the treebanks
	gNP                // a proper noun of the Lefff
	gKnownOrg          // a well-known organisation of lexicon.txt
	gKnownPlace        // a country or a region of lexicon.txt
	nGaz
)

// gLowerWord marks the words WordNet writes in lower case (English). It
// is no class of lexicon.txt, so it comes after nGaz; the tagger's
// features read it as they read the others (nWordClasses), and so do
// the rules (lower-case places).
const (
	gLowerWord   = nGaz
	nWordClasses = nGaz + 1
	// gDictOrg marks the names of vigie's actor dictionary's organisations
	// (dict/actors/orgs.txt). The model file does not hold them: they are
	// added when it loads (addDictOrgs), and no feature reads them, only
	// the rule that lengthens a mention to such a name (extendDictOrgs).
	gDictOrg = nWordClasses
)

var gazNames = [nGaz]string{"country", "city", "region", "person", "org", "norp",
	"first", "last", "title", "orgword", "locword", "propn", "common", "np", "knownorg", "knownplace"}

// gazClass returns the class numbered by name, or -1.
func gazClass(name string) int {
	for i, n := range gazNames {
		if n == name {
			return i
		}
	}
	switch name {
	case "orgname":
		return gKnownOrg
	}
	return -1
}

// phraseClasses are the classes matched as multi-token phrases; the
// others are properties of single words.
const phraseClasses = 1<<gCountry | 1<<gCity | 1<<gRegion | 1<<gPerson | 1<<gOrg | 1<<gNorp | 1<<gKnownOrg | 1<<gKnownPlace

// maxPhrase is the longest phrase, in tokens, that the gazetteer matches.
const maxPhrase = 8

//go:embed lexicon.txt
var lexiconText string

// gazetteer maps hashed sequences of folded tokens to class masks.
type gazetteer struct {
	m map[uint64]uint32
	// clus maps a folded word's hash to its packed word clusters
	// (clusters.go); nil when the language has none.
	clus map[uint64]uint32
}

// FNV-1a constants.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// tokenHash hashes a folded token.
func tokenHash(folded string) uint64 { return hashString(fnvOffset, folded) }

// extend adds the next token's hash to a phrase hash.
func extend(h, tok uint64) uint64 {
	h ^= tok
	h *= fnvPrime
	h ^= h >> 29
	return h
}

// phraseHash hashes a sequence of folded tokens.
func phraseHash(toks []string) uint64 {
	var h uint64 = fnvOffset
	for _, t := range toks {
		h = extend(h, tokenHash(t))
	}
	return h
}

func (g *gazetteer) add(toks []string, mask uint32) {
	if len(toks) == 0 || len(toks) > maxPhrase {
		return
	}
	g.m[phraseHash(toks)] |= mask
}

// lookup returns the class mask of a phrase hash.
func (g *gazetteer) lookup(h uint64) uint32 { return g.m[h] }

// gazEntries is the text form of a gazetteer as the model file ships it:
// lines "MASK<TAB>folded tokens separated by spaces".
func parseGazetteer(text string) (*gazetteer, error) {
	g := &gazetteer{m: make(map[uint64]uint32, strings.Count(text, "\n")+1)}
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	n := 0
	var toks []string
	for sc.Scan() {
		n++
		line := sc.Text()
		tab := strings.IndexByte(line, '\t')
		if tab < 0 {
			return nil, fmt.Errorf("entity: gazetteer line %d: no tab", n)
		}
		var mask uint32
		for _, c := range line[:tab] {
			if c < '0' || c > '9' {
				return nil, fmt.Errorf("entity: gazetteer line %d: bad mask %q", n, line[:tab])
			}
			mask = mask*10 + uint32(c-'0')
		}
		toks = strings.Fields(line[tab+1:])
		g.add(toks, mask)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("entity: gazetteer: %w", err)
	}
	return g, nil
}

// foldedTokens tokenizes a phrase as Find would and folds each token.
func foldedTokens(phrase, lang string) []string {
	toks := segment.Tokens(phrase, lang)
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		for _, u := range splitToken(t, lang) {
			out = append(out, fold(t.Text[u.start-t.Span.Start:u.end-t.Span.Start]))
		}
	}
	return out
}

// frenchInflections returns the feminine and plural forms of a French
// adjective given in the masculine singular.
func frenchInflections(w string) []string {
	out := []string{w}
	switch {
	case strings.HasSuffix(w, "e"):
		out = append(out, w+"s")
	case strings.HasSuffix(w, "s"):
		out = append(out, w+"e", w+"es")
	case strings.HasSuffix(w, "ien"):
		out = append(out, w+"s", w+"ne", w+"nes")
	case strings.HasSuffix(w, "ec"):
		out = append(out, w+"s", w+"que", w+"ques")
	default:
		out = append(out, w+"s", w+"e", w+"es")
	}
	return out
}

// addDictOrgs adds the names that vigie's actor dictionary gives its
// organisations in lang (dict/actors/orgs.txt, lines for lang or "*"),
// as gDictOrg phrases. Forms that begin in lower case ("armée
// américaine") describe an organisation rather than name it, and are left
// out.
func (g *gazetteer) addDictOrgs(lang string) error {
	b, err := actordict.FS.ReadFile("orgs.txt")
	if err != nil {
		return fmt.Errorf("entity: actor dictionary: %w", err)
	}
	for line := range strings.Lines(string(b)) {
		cols := strings.Split(line, "|")
		if len(cols) < 3 || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		if l := strings.TrimSpace(cols[1]); l != lang && l != "*" {
			continue
		}
		for form := range strings.SplitSeq(cols[2], ";") {
			form = strings.TrimSpace(form)
			if r, _ := utf8.DecodeRuneInString(form); unicode.IsUpper(r) {
				g.add(foldedTokens(form, lang), 1<<gDictOrg)
			}
		}
	}
	return nil
}
