package actor

import (
	"strings"
	"unicode"

	"github.com/vigie-events/vigie/internal/fold"
)

// Office is the rank ("minister", "head of government", "monarch") and
// portfolio ("foreign", "defense") a title names, in French or English;
// either is "" when the title does not say.
type Office struct{ Rank, Portfolio string }

// OfficeOf finds the rank and portfolio a title names, in French or
// English. Longer phrases come first: "prime minister" before "minister".
func OfficeOf(text string) Office {
	t := " " + strings.Join(strings.FieldsFunc(fold.String(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-'
	}), " ") + " "
	var o Office
	for _, x := range officeRanks {
		if strings.Contains(t, " "+x[0]+" ") {
			o.Rank = x[1]
			break
		}
	}
	for _, x := range officePortfolios {
		if strings.Contains(t, " "+x[0]+" ") {
			o.Portfolio = x[1]
			break
		}
	}
	return o
}

// officeRanks map title words (folded) to a rank; a word that several
// ranks share ("chef") is left out.
var officeRanks = [][2]string{
	{"prime minister", "head of government"}, {"premier ministre", "head of government"}, {"premiere ministre", "head of government"},
	{"chef du gouvernement", "head of government"}, {"chancellor", "head of government"}, {"chancelier", "head of government"}, {"chanceliere", "head of government"},
	{"chef de l etat", "head of state"}, {"cheffe de l etat", "head of state"}, {"head of state", "head of state"},
	{"vice-president", "vice-president"}, {"vice president", "vice-president"}, {"vice-presidente", "vice-president"},
	{"president", "president"}, {"presidente", "president"},
	{"king", "monarch"}, {"queen", "monarch"}, {"roi", "monarch"}, {"reine", "monarch"}, {"emir", "monarch"}, {"sultan", "monarch"},
	{"souverain", "monarch"}, {"souveraine", "monarch"}, {"monarque", "monarch"}, {"monarch", "monarch"}, {"sovereign", "monarch"},
	{"minister", "minister"}, {"ministre", "minister"}, {"secretary", "minister"}, {"secretaire", "minister"},
	{"ambassador", "ambassador"}, {"ambassadeur", "ambassador"}, {"ambassadrice", "ambassador"},
	{"spokesman", "spokesperson"}, {"spokeswoman", "spokesperson"}, {"spokesperson", "spokesperson"}, {"porte-parole", "spokesperson"},
	{"envoy", "envoy"}, {"envoye", "envoy"}, {"envoyee", "envoy"},
	{"governor", "governor"}, {"gouverneur", "governor"}, {"mayor", "mayor"}, {"maire", "mayor"},
	{"general", "general"}, {"generale", "general"},
}

// officePortfolios map a ministry's words (folded) to one name.
var officePortfolios = [][2]string{
	{"interior", "interior"}, {"interieur", "interior"}, {"home secretary", "interior"},
	{"defense", "defense"}, {"defence", "defense"}, {"armees", "defense"},
	{"foreign", "foreign"}, {"affaires etrangeres", "foreign"}, {"diplomatie", "foreign"}, {"secretary of state", "foreign"},
	{"justice", "justice"}, {"finance", "finance"}, {"finances", "finance"}, {"economy", "finance"}, {"economie", "finance"}, {"treasury", "finance"},
	{"health", "health"}, {"sante", "health"}, {"education", "education"}, {"energy", "energy"}, {"energie", "energy"},
	{"agriculture", "agriculture"}, {"trade", "trade"}, {"commerce", "trade"}, {"transport", "transport"}, {"transports", "transport"},
}

// Clashes reports whether a role description's office and an earlier
// actor's name two different offices: "the interior minister" after
// "President Kais Saied", "le ministre de l'Intérieur" after "le ministre
// des Affaires étrangères". Both codes end in GOV, but the description is
// another person. What one of them does not say (words without an office:
// "Kais Saied", "l'agence") clashes with nothing.
func (o Office) Clashes(p Office) bool {
	return o.Rank != "" && p.Rank != "" && !o.SameRank(p) ||
		o.Portfolio != "" && p.Portfolio != "" && o.Portfolio != p.Portfolio
}

// SameRank reports whether two offices are of one rank; the head of
// state is a president or a monarch.
func (o Office) SameRank(p Office) bool {
	if o.Rank == p.Rank {
		return true
	}
	head := func(a, b string) bool { return a == "head of state" && (b == "president" || b == "monarch") }
	return head(o.Rank, p.Rank) || head(p.Rank, o.Rank)
}
