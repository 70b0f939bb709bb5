package actor

import (
	"strings"
)

// Kind says what a dictionary entry names.
type Kind uint8

// Entry kinds.
const (
	KindActor   Kind = iota // a PETRARCH actor: person, group or place with a full code
	KindCountry             // a country or territory name (Maroc, Morocco)
	KindDemonym             // a nationality adjective or demonym (marocain, Moroccans)
	KindRegion              // a region (Maghreb, Afrique du Nord)
	KindRole                // a title, office or sector: an agent code such as ~GOV
	KindOrg                 // an organisation with a full code (Pentagone → USAMIL)
	KindPerson              // a person with dated offices
)

var kindNames = [...]string{"actor", "country", "demonym", "region", "role", "org", "person"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

func parseKind(s string) (Kind, bool) {
	for i, n := range kindNames {
		if n == s {
			return Kind(i), true
		}
	}
	return 0, false
}

// DatedCode is an actor code and the days it holds, both ends included.
// From or To is 0 when open. A code with neither is a default.
type DatedCode struct {
	Code     string
	From, To Date
	Office   string // the office that gives the code, for persons
	Rank     int    // seniority of the office: 1 head of state or government, 2 minister, 3 other
	Line     int    // line of the dictionary that gave it

	where string // "file:line", set when the entry is added to Knowledge
}

func (c DatedCode) dated() bool { return c.From != 0 || c.To != 0 }

func (c DatedCode) holds(d Date) bool {
	return (c.From == 0 || d >= c.From) && (c.To == 0 || d <= c.To)
}

// Entry is one dictionary entry: forms (the words that name it in text)
// and codes.
type Entry struct {
	Kind   Kind
	Name   string // canonical name
	QID    string // Wikidata id, when known
	Lang   string // "fr", "en", or "" for any language
	Forms  []Form
	Codes  []DatedCode
	Head   bool   // a role that takes the code of what it heads (chef du Pentagone → USAMIL)
	Source string // file name
	Line   int    // line of the entry in Source

	where string // "file:line", set when the entry is added to Knowledge
}

// Form is one way an entry is written.
type Form struct {
	Text string // as written in the dictionary
	Caps bool   // matches only words written in capitals (AFP, ONU, U.S.)
}

// CodeAt returns the code the entry has on day d, PETRARCH's way: the first
// dated code whose dates hold, else the first undated code. For persons, the
// most senior office that holds wins; a person with no office on d is coded
// ELI (former office holder, after the last office) or by country alone
// (before the first). d == 0 means "unknown": the undated code, else the
// latest office.
func (e *Entry) CodeAt(d Date) (DatedCode, bool) {
	if e.Kind == KindPerson {
		return personCode(e.Codes, d)
	}
	if d != 0 {
		for _, c := range e.Codes {
			if c.dated() && c.holds(d) {
				return c, true
			}
		}
	}
	for _, c := range e.Codes {
		if !c.dated() {
			return c, true
		}
	}
	if d == 0 && len(e.Codes) > 0 {
		return e.Codes[len(e.Codes)-1], true
	}
	return DatedCode{}, false
}

func personCode(codes []DatedCode, d Date) (DatedCode, bool) {
	if len(codes) == 0 {
		return DatedCode{}, false
	}
	best := -1
	for i, c := range codes {
		if d == 0 && c.To != 0 {
			continue
		}
		if d != 0 && !c.holds(d) {
			continue
		}
		if best < 0 || rankLess(c, codes[best]) {
			best = i
		}
	}
	if best >= 0 {
		return codes[best], true
	}
	if d == 0 {
		return codes[0], true
	}
	// No office on d: after an office → ELI, before all → country.
	last := -1
	for i, c := range codes {
		if c.To != 0 && c.To < d && (last < 0 || c.To > codes[last].To) {
			last = i
		}
	}
	if last >= 0 {
		c := codes[last]
		cc := countryPart(c.Code)
		if cc == "" {
			return DatedCode{}, false
		}
		return DatedCode{Code: cc + "ELI", From: c.To, Office: "former " + c.Office, Rank: 9, Line: c.Line}, true
	}
	cc := countryPart(codes[0].Code)
	if cc == "" {
		return DatedCode{}, false
	}
	return DatedCode{Code: cc, To: codes[0].From, Office: "before " + codes[0].Office, Rank: 9, Line: codes[0].Line}, true
}

func rankLess(a, b DatedCode) bool {
	ra, rb := a.Rank, b.Rank
	if ra == 0 {
		ra = 5
	}
	if rb == 0 {
		rb = 5
	}
	if ra != rb {
		return ra < rb
	}
	return a.From > b.From // the most recent appointment
}

// countryPart returns the leading three-letter country or IGO block of a
// code, or "" when the code starts with a role.
func countryPart(code string) string {
	if len(code) < 3 || isRoleBlock(code[:3]) {
		return ""
	}
	return code[:3]
}

// CountryPart returns the leading three-letter country of an actor code
// (TUN of TUNGOV), or "" when it begins with a role, a sector or a region
// (IGOUNO, REB, EUR).
func CountryPart(code string) string {
	c := countryPart(code)
	if regionBlocks[c] {
		return ""
	}
	return c
}

// roleBlocks are CAMEO's role and sector codes (the second block of
// USAGOV), from the CAMEO manual and the Phoenix agents dictionary.
var roleBlocks = map[string]bool{}

func init() {
	for _, b := range strings.Fields(`GOV MIL COP SPY JUD LEG OPP REB INS BUS MED IGO NGO NGM CVL EDU HLH REF LAB UAF ELI
		CRM AGR DEV ENV HRI MOD RAD PTY REL MUS CHR JEW BUD HIN PPL SET IMG MNC SEP`) {
		roleBlocks[b] = true
	}
}

func isRoleBlock(b string) bool { return roleBlocks[b] }

// regionBlocks are CAMEO's region codes (countries.txt, @kind region):
// "la diplomatie européenne" names the EU's office, not a country's.
var regionBlocks = map[string]bool{}

func init() {
	for _, b := range strings.Fields(`AFR ASA BLK CAS CAU CFR EAF EEU EUR LAM MDT MEA NAF NAM PGS SAF SAH SAS SEA WAF WST`) {
		regionBlocks[b] = true
	}
}

// combine puts an agent code onto an actor code, PETRARCH's way: "~GOV"
// goes after (TUN + ~GOV → TUNGOV), "IGO~" before; blocks already there
// are not repeated (USAGOV + ~GOVMIL → USAGOVMIL).
func combine(actor, agent string) string {
	switch {
	case strings.HasPrefix(agent, "~"):
		suf := agent[1:]
		for len(suf) >= 3 && strings.Contains(blocksOf(actor), "|"+suf[:3]+"|") {
			suf = suf[3:]
		}
		return actor + suf
	case strings.HasSuffix(agent, "~"):
		return agent[:len(agent)-1] + actor
	}
	return actor + agent
}

// blocksOf returns "|AAA|BBB|" for a code, for block membership tests.
func blocksOf(code string) string {
	var b strings.Builder
	b.WriteByte('|')
	for i := 0; i+3 <= len(code); i += 3 {
		b.WriteString(code[i : i+3])
		b.WriteByte('|')
	}
	return b.String()
}
