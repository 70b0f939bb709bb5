package annotate

import (
	"github.com/vigie-events/vigie/internal/entity"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vigie-events/vigie/internal/actor"
	"github.com/vigie-events/vigie/internal/coref"
	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/event"
	"github.com/vigie-events/vigie/internal/fold"
	"github.com/vigie-events/vigie/internal/geo"
	"github.com/vigie-events/vigie/internal/segment"
)

// mentions returns the actor mentions of a text, sorted and not
// overlapping: dictionary runs (actor.Actors), then the recogniser's names
// the dictionaries missed (coded with their titles), then the mentions
// that coreference resolves (surnames, role descriptions, "du pays").
//
// This is vigie's own small coreference until internal/coref is wired in:
// it keeps to what is safe in news text.
func (a *Annotator) mentions(text, lang string, date time.Time, sents []segment.Sentence, ner []entity.Mention, ents []coref.Entity) []event.Mention {
	var ms []event.Mention
	for _, x := range a.actors.Actors(text, date, lang) {
		if !x.Code.NamesPerson() && tailOfName(text, x.Span, ner) {
			continue
		}
		code, role := x.Code.Code, titleOnly(x.Code)
		if alignedTo(text, x.Span.Start) && a.hasCountry(code) && x.Name == "" {
			// "Anti-Japanese protesters", "pro-Russian separatists": a
			// stance towards a country, not its nationality; the people
			// are of the place the sentence puts them in
			if len(code) <= 3 {
				continue
			}
			code, role = code[3:], true
		}
		ms = append(ms, event.Mention{Span: x.Span, Text: x.Text, Code: code, Name: x.Name, Wikidata: x.Wikidata, Confidence: x.Confidence, Role: role})
	}
	if a.ner != nil {
		for _, m := range ner {
			if m.Type == "NORP" || overlaps(ms, m.Span) {
				continue
			}
			c, ok := a.actors.CodeMention(text, m.Span, date, lang)
			if !ok || (m.Type == "LOC" && len(c.Code) != 3) {
				continue
			}
			ms = append(ms, event.Mention{Span: m.Span, Text: m.Text, Code: c.Code, Name: c.Name, Wikidata: c.Wikidata, Confidence: c.Confidence * m.Score, Role: titleOnly(c)})
		}
	}
	ms = a.compoundDemonyms(text, lang, date, ms)
	// "un restaurant espagnol", "a Spanish hotel": the nationality of a
	// business or a place of worship says whose it is, not who acts or is
	// acted on
	ms = slices.DeleteFunc(ms, func(m event.Mention) bool {
		if len(m.Code) != 3 || !a.isDemonym(m.Text, date, lang) {
			return false
		}
		if businessNouns[strings.ToLower(wordBefore(text, m.Span.Start))] {
			return true
		}
		// "a Spanish restaurant in", not "South Korean church volunteers"
		next := strings.Fields(text[m.Span.End:min(len(text), m.Span.End+40)])
		if len(next) == 0 || !businessNouns[strings.ToLower(strings.Trim(next[0], ",.;"))] {
			return false
		}
		return len(next) == 1 || strings.ContainsAny(next[0], ",.;") || !startsLower(next[1]) || linkWords[strings.ToLower(next[1])]
	})
	sort.Slice(ms, func(i, j int) bool { return ms[i].Span.Start < ms[j].Span.Start })
	ms = dropOverlaps(ms)
	dateline := datelineCountry(text, ms)
	ms = dropDatelines(text, ms)
	ms = a.combineRoles(text, ms)
	ms = a.distributeRoles(text, ms)
	ms = a.coordinatedDemonyms(text, lang, date, ms)
	ms = a.possessiveRoles(text, sents, ms)
	ms = appositions(text, ms)
	ms = a.resolveRoles(text, sents, ms, dateline)
	ms = a.counterparts(text, sents, ms)
	ms = titledNames(ms)
	ms = a.dropRegions(text, lang, ms)
	ms = append(ms, surnames(text, sents, ms)...)
	ms = append(ms, a.countryNouns(text, lang, sents, ms)...)
	ms = append(ms, a.pronouns(sents, ents, ms)...)
	ms = append(ms, a.orgDescriptions(ents, ms)...)
	sort.Slice(ms, func(i, j int) bool { return ms[i].Span.Start < ms[j].Span.Start })
	return dropOverlaps(ms)
}

// alignedTo reports whether the word at byte i is prefixed "anti-" or
// "pro-".
func alignedTo(text string, i int) bool {
	pre := strings.ToLower(text[max(0, i-5):i])
	return strings.HasSuffix(pre, "anti-") || strings.HasSuffix(pre, "pro-") || strings.HasSuffix(pre, "anti‑")
}

// tailOfName reports whether a dictionary match ends a person's name that
// the recogniser read whole, after capitalised words: "Wagner" in
// "Richard Wagner" (the sentence's first word, which the matcher does
// not count as a name word).
func tailOfName(text string, sp doc.Span, ner []entity.Mention) bool {
	for _, m := range ner {
		if m.Type == "PER" && m.Span.End == sp.End && m.Span.Start < sp.Start && sp.Start <= len(text) {
			if actor.NameWords(text[m.Span.Start:sp.Start]) {
				return true
			}
		}
	}
	return false
}

func overlaps(ms []event.Mention, sp doc.Span) bool {
	for _, m := range ms {
		if m.Span.Start < sp.End && sp.Start < m.Span.End {
			return true
		}
	}
	return false
}

// dropOverlaps keeps the first of overlapping mentions (sorted by start).
func dropOverlaps(ms []event.Mention) []event.Mention {
	out := ms[:0]
	end := -1
	for _, m := range ms {
		if m.Span.Start < end {
			continue
		}
		out = append(out, m)
		end = m.Span.End
	}
	return out
}

// appositions codes a title that names no country as the person named in
// apposition after it with a title of their own: "le chef du régime, le
// général Abdourahamane Tiani, a reçu…" is Tiani (NERGOV), whom the actor
// matcher reads as a second actor, not whatever country comes before.
// The person must be followed by a comma or the end of the sentence's
// clause, as an apposition is, and nothing but a comma and an article lie
// between.
func appositions(text string, ms []event.Mention) []event.Mention {
	for i := 0; i+1 < len(ms); i++ {
		m, n := ms[i], ms[i+1]
		if !m.Role || n.Role || n.Name == "" || len(n.Code) < 3 {
			continue
		}
		if !appositionGap(text[m.Span.End:n.Span.Start]) {
			continue
		}
		after := strings.TrimSpace(text[n.Span.End:])
		if after != "" && !strings.HasPrefix(after, ",") {
			continue
		}
		ms[i].Code, ms[i].Name, ms[i].Wikidata, ms[i].Role = n.Code, n.Name, n.Wikidata, false
	}
	return ms
}

// appositionGap reports whether the text between a title and a name sets
// the name in apposition: a comma and perhaps an article, after the rest
// of the title in lower case ("le Premier ministre du gouvernement d'union
// nationale, Abdelhamid Dbeibah").
func appositionGap(gap string) bool {
	before, after, ok := strings.Cut(gap, ",")
	if !ok {
		return false
	}
	switch strings.ToLower(strings.TrimSpace(after)) {
	case "", "le", "la", "l'", "l’", "the":
	default:
		return false
	}
	words := strings.Fields(before)
	if len(words) > 5 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// titledNames codes a person named again without a title as the title
// first named him: "son homologue malien, Abdoulaye Diop" makes a later
// "Abdoulaye Diop" Malian, whatever a namesake in a dictionary holds.
func titledNames(ms []event.Mention) []event.Mention {
	titled := map[string]event.Mention{}
	for i, m := range ms {
		if t, ok := titled[m.Text]; ok && m.Coref == "" && countryOf(t.Code) != countryOf(m.Code) {
			ms[i].Code, ms[i].Name, ms[i].Wikidata = t.Code, t.Name, t.Wikidata
			continue
		}
		words := strings.Fields(m.Text)
		if len(words) < 3 || m.Role || m.Coref != "" {
			continue
		}
		// the name at the end of a titled mention: two to four
		// capitalised words
		for k := 2; k <= 4 && k < len(words); k++ {
			name := words[len(words)-k:]
			if !isCapital(name[0]) {
				break
			}
			if _, ok := titled[strings.Join(name, " ")]; !ok {
				titled[strings.Join(name, " ")] = m
			}
		}
	}
	return ms
}

// dropDatelines leaves out the place of a dateline ("CAIRO —", "PARIS
// (AFP) -", "TUNIS, 3 mars (Reuters) -"): where the report was filed, not
// an actor.
func dropDatelines(text string, ms []event.Mention) []event.Mention {
	out := ms[:0]
	for _, m := range ms {
		if isDateline(text, m.Span) || isDatelineAgency(text, m.Span) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// isDatelineAgency reports whether span is the agency in brackets of a
// dateline, "WASHINGTON (Reuters) -": the wire that filed the report is
// not the subject of its first sentence.
func isDatelineAgency(text string, sp doc.Span) bool {
	if sp.Start < 1 || sp.End >= len(text) || text[sp.Start-1] != '(' || text[sp.End] != ')' {
		return false
	}
	line := text[:sp.Start-1]
	if i := strings.LastIndexByte(line, '\n'); i >= 0 {
		line = line[i+1:]
	}
	if len(line) > 60 || strings.ContainsAny(line, ".!?") {
		return false
	}
	rest := strings.TrimLeft(text[sp.End+1:], " \t")
	for _, d := range []string{"—", "–", "-"} {
		if strings.HasPrefix(rest, d) {
			return true
		}
	}
	return false
}

// isDateline reports whether span opens a line or paragraph, is written in
// capitals, and is followed by a dash (after an optional comma, date and
// agency in brackets) before the first sentence.
func isDateline(text string, sp doc.Span) bool {
	// at the start of a line
	for j := sp.Start - 1; j >= 0; j-- {
		c := text[j]
		if c == '\n' {
			break
		}
		if c != ' ' && c != '\t' && c != '\r' {
			return false
		}
	}
	w := text[sp.Start:sp.End]
	if strings.ToUpper(w) != w || strings.ToLower(w) == w {
		return false
	}
	rest := text[sp.End:min(len(text), sp.End+60)]
	if i := strings.IndexAny(rest, "\n"); i >= 0 {
		rest = rest[:i]
	}
	for _, d := range []string{"—", "–", " - ", " -- "} {
		if i := strings.Index(rest, d); i >= 0 {
			// nothing but a comma and a date, or an agency in brackets,
			// between: "TUNIS, 3 mars (Reuters) -"
			h := strings.TrimSpace(rest[:i])
			return h == "" || ((h[0] == ',' || h[0] == '(') && !strings.ContainsAny(h, ".!?") && len(strings.Fields(h)) <= 5)
		}
	}
	return false
}

// titleOnly reports whether an actor code comes from titles alone: a
// role that names no country or organisation ("the government").
func titleOnly(c actor.Code) bool {
	if len(c.Evidence) == 0 {
		return false
	}
	for _, e := range c.Evidence {
		if e.Kind != "title" {
			return false
		}
	}
	return true
}

// hasCountry reports whether an actor code starts with a country or
// international block (USA…, IGO…) rather than a bare sector (GOV, MIL).
func (a *Annotator) hasCountry(code string) bool {
	if len(code) < 3 {
		return false
	}
	if sectors[code[:3]] {
		return false
	}
	return true
}

// isRole reports whether a mention is a title or sector without a
// country.
func (a *Annotator) isRole(m event.Mention) bool {
	return m.Name == "" && (m.Role || !a.hasCountry(m.Code))
}

// sectors are the CAMEO role and sector blocks that can stand alone.
var sectors = map[string]bool{
	"GOV": true, "MIL": true, "COP": true, "SPY": true, "JUD": true, "LEG": true, "MED": true,
	"UAF": true, "REB": true, "OPP": true, "CVL": true, "BUS": true, "EDU": true, "ELI": true,
	"HLH": true, "HRI": true, "LAB": true, "REF": true, "AGR": true, "CRM": true, "DEV": true,
	"ENV": true, "MOD": true, "RAD": true, "SEP": true, "INS": true, "PTY": true, "REL": true,
	"SET": true, "IMG": false, "NGO": false, "IGO": false,
}

// joinCode adds a role to an actor code, leaving out the blocks the code
// already has: USAGOV + GOV is USAGOV, GON + MOP is GONMOP.
func joinCode(code, role string) string {
	role = strings.Trim(role, "~")
	for len(role) >= 3 {
		has := false
		for i := 3; i+3 <= len(code); i += 3 {
			if code[i:i+3] == role[:3] {
				has = true
				break
			}
		}
		if !has {
			break
		}
		role = role[3:]
	}
	return code + role
}

// roleOf returns the role blocks of a code after its country: GOV for
// CALGOV, "" for a bare country.
func roleOf(code string) string {
	if len(code) <= 3 {
		return ""
	}
	return code[3:]
}

// combineRoles joins a role without a country to the country next to it:
// "Gondor's government", "Bree Prime Minister", "soldiers from Gondor",
// "the ambassadors of Arnor", "Arnor cleric", "lawmakers and officials in
// Fornost and Gondor" (PETRARCH's agents). A country right before a title
// and a name ("Mali's foreign minister Abdoulaye Diop", "Bree Prime
// Minister Romendacil") gives the name its country: the text says which
// country the office is of, better than a dictionary's homonym.
func (a *Annotator) combineRoles(text string, ms []event.Mention) []event.Mention {
	out := make([]event.Mention, 0, len(ms))
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if a.isRole(m) {
			if n, ok := a.rolesOfCountries(text, ms, i); ok {
				out = append(out, n.m)
				i = n.last
				continue
			}
		}
		if a.isRole(m) && strings.HasPrefix(strings.TrimPrefix(m.Code, "~"), "CVL") && i+1 < len(ms) && a.isRole(ms[i+1]) &&
			!strings.HasPrefix(strings.TrimPrefix(ms[i+1].Code, "~"), "CVL") && memberGap(text[m.Span.End:ms[i+1].Span.Start]) {
			// "Hunters from the Dozo militia", "des villageois de la
			// milice": people of an armed group or force act as it does
			n := ms[i+1]
			n.Span.Start, n.Text = m.Span.Start, text[m.Span.Start:n.Span.End]
			out = append(out, n)
			i++
			continue
		}
		if !a.isRole(m) && a.hasCountry(m.Code) && len(m.Code) <= 6 && i+1 < len(ms) {
			// COUNTRY('s) [adjectives] role [name]
			n := ms[i+1]
			gap := text[m.Span.End:n.Span.Start]
			if (a.isRole(n) || (len(m.Code) == 3 && roleOf(n.Code) != "" && a.hasCountry(n.Code))) && possessiveGap(gap) {
				role := n.Code
				if !a.isRole(n) {
					role = roleOf(n.Code)
				}
				c := joinCode(m.Code, role)
				if a.isRole(n) || n.Name == "" || countryOf(n.Code) != m.Code {
					n.Name, n.Wikidata = m.Name, m.Wikidata
				}
				n.Code, n.Role = c, false
				n.Span.Start, n.Text = m.Span.Start, text[m.Span.Start:n.Span.End]
				out = append(out, n)
				i++
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// memberGap reports whether the words between two mentions make the first
// a member of the second: "from the", "of the", "de la", "du", "des".
func memberGap(gap string) bool {
	ws := strings.Fields(gap)
	for len(ws) > 1 && isCapital(ws[len(ws)-1]) {
		ws = ws[:len(ws)-1] // the group's name: "from the Dozo militia"
	}
	g := strings.ToLower(strings.Join(ws, " "))
	switch g {
	case "from the", "of the", "from", "de la", "du", "des", "de l'", "de l’":
		return true
	}
	return false
}

func countryOf(code string) string {
	if len(code) < 3 {
		return code
	}
	return code[:3]
}

// coordinatedDemonyms shares a title between the nationalities
// coordinated on it: "les armées indienne et pakistanaise" (one mention
// for the actor matcher, coded from its first adjective) is a group of
// INDMIL and PAKMIL, and in "the Indian and Pakistani armies" the bare
// "Indian" before the conjunction is India's army.
func (a *Annotator) coordinatedDemonyms(text, lang string, date time.Time, ms []event.Mention) []event.Mention {
	for i := range ms {
		m := &ms[i]
		role := roleOf(m.Code)
		if role == "" || m.Role || len(m.Group) > 0 || !a.hasCountry(m.Code) {
			continue
		}
		var dems []actor.Match
		for _, d := range a.actors.Find(m.Text, date, lang) {
			if d.Kind == "demonym" && len(d.Code) == 3 {
				dems = append(dems, d)
			}
		}
		// French: the title, then its adjectives joined by "et" or commas.
		if len(dems) >= 2 && lang == "fr" {
			group := []event.Mention{}
			for k, d := range dems {
				if k > 0 && !listGap(m.Text[dems[k-1].Span.End:d.Span.Start]) {
					group = nil
					break
				}
				g := *m
				g.Code, g.Name, g.Wikidata, g.Group = joinCode(d.Code, role), "", "", nil
				group = append(group, g)
			}
			if len(group) >= 2 {
				m.Group = group
			}
			continue
		}
		// English: bare adjectives before "COUNTRY-adjective title".
		if lang != "en" || len(dems) == 0 || dems[0].Span.Start != 0 {
			continue
		}
		for k := i - 1; k >= 0; k-- {
			b := &ms[k]
			if len(b.Code) != 3 || b.Role || !listGap(text[b.Span.End:ms[k+1].Span.Start]) || !a.isDemonym(b.Text, date, lang) {
				break
			}
			b.Code, b.Name, b.Wikidata = joinCode(b.Code, role), "", ""
		}
	}
	return ms
}

// combiningForms are the first halves of compound nationality adjectives,
// folded: "américano-britanniques", "franco-allemand", "Sino-Russian".
var combiningForms = map[string]string{
	"americano": "USA", "anglo": "GBR", "franco": "FRA", "germano": "DEU", "italo": "ITA", "hispano": "ESP",
	"luso": "PRT", "russo": "RUS", "sino": "CHN", "nippo": "JPN", "indo": "IND", "israelo": "ISR",
	"syro": "SYR", "irako": "IRQ", "irano": "IRN", "turco": "TUR", "greco": "GRC", "belgo": "BEL",
	"polono": "POL", "ukraino": "UKR", "algero": "DZA", "tuniso": "TUN", "maroco": "MAR", "egypto": "EGY",
	"libano": "LBN", "jordano": "JOR", "saoudo": "SAU", "afghano": "AFG", "pakistano": "PAK", "ivoiro": "CIV",
	"rwando": "RWA", "tchado": "TCD", "soudano": "SDN", "ethiopo": "ETH", "erythreo": "ERI", "somalo": "SOM",
	"nigero": "NER", "azero": "AZE", "armeno": "ARM", "serbo": "SRB", "croato": "HRV", "albano": "ALB",
	"sovieto": "RUS", "mexicano": "MEX", "cubano": "CUB", "colombo": "COL", "argentino": "ARG", "chypro": "CYP",
}

// compoundDemonyms adds a group mention for each compound nationality
// adjective ("les frappes américano-britanniques", "le sommet
// franco-allemand", "Sino-Indian talks"): one member a country, each of
// its halves, in place of the mention of its second half alone.
func (a *Annotator) compoundDemonyms(text, lang string, date time.Time, ms []event.Mention) []event.Mention {
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], '-')
		if j < 0 {
			break
		}
		h := i + j
		i = h + 1
		start := h
		for start > 0 {
			r, n := utf8.DecodeLastRuneInString(text[:start])
			if !unicode.IsLetter(r) {
				break
			}
			start -= n
		}
		end := h + 1
		for end < len(text) {
			r, n := utf8.DecodeRuneInString(text[end:])
			if !unicode.IsLetter(r) {
				break
			}
			end += n
		}
		first, ok := combiningForms[fold.String(text[start:h])]
		if !ok || end == h+1 {
			continue
		}
		second := a.demonymCode(text[h+1:end], date, lang)
		if len(second) != 3 || second == first {
			continue
		}
		sp := doc.Span{Start: start, End: end}
		kept := ms[:0]
		for _, m := range ms {
			if m.Span.Start >= sp.Start && m.Span.End <= sp.End {
				continue // "britanniques", "Indian" alone
			}
			kept = append(kept, m)
		}
		ms = kept
		if overlaps(ms, sp) {
			continue
		}
		members := []event.Mention{
			{Span: sp, Text: text[start:end], Code: first, Confidence: 0.7},
			{Span: sp, Text: text[start:end], Code: second, Confidence: 0.7},
		}
		ms = append(ms, event.Mention{Span: sp, Text: text[start:end], Code: first, Confidence: 0.7, Group: members})
		i = end
	}
	return ms
}

// isDemonym reports whether s is one nationality adjective.
func (a *Annotator) isDemonym(s string, date time.Time, lang string) bool {
	return a.demonymCode(s, date, lang) != ""
}

// demonymCode returns the code of s when it is one nationality
// adjective, else "".
func (a *Annotator) demonymCode(s string, date time.Time, lang string) string {
	ds := a.actors.Find(s, date, lang)
	if len(ds) == 1 && ds[0].Kind == "demonym" && ds[0].Span.Start == 0 && ds[0].Span.End == len(s) {
		return ds[0].Code
	}
	return ""
}

// distributeRoles shares titles and countries within a list of actors:
// "the ambassadors of Arnor, Osgiliath and Gondor" (each country's
// ambassadors), "lawmakers and officials in Fornost and Gondor" (each
// title in each country), "Danish media and government" (the
// government is Danish too).
func (a *Annotator) distributeRoles(text string, ms []event.Mention) []event.Mention {
	for i := 0; i < len(ms); {
		j := i + 1
		for j < len(ms) && listGap(text[ms[j-1].Span.End:ms[j].Span.Start]) {
			j++
		}
		if j-i >= 2 {
			a.distribute(text, ms[i:j])
		}
		i = j
	}
	return ms
}

// distribute works on one list of mentions, in place.
func (a *Annotator) distribute(text string, run []event.Mention) {
	// A title of a country, then bare countries: each gets the title.
	for l := range run {
		m := run[l]
		if a.isRole(m) || roleOf(m.Code) == "" || !a.hasCountry(m.Code) || !ofPhrase(m.Text) {
			continue
		}
		var countries []string
		countries = append(countries, countryOf(m.Code))
		for k := l + 1; k < len(run) && len(run[k].Code) == 3 && !a.isRole(run[k]) && a.hasCountry(run[k].Code); k++ {
			run[k].Code = joinCode(run[k].Code, roleOf(m.Code))
			countries = append(countries, run[k].Code[:3])
		}
		// Bare titles before it hold in each of those countries.
		for r := l - 1; r >= 0 && a.isRole(run[r]); r-- {
			var group []event.Mention
			for _, c := range countries {
				g := run[r]
				g.Code, g.Role = joinCode(c, run[r].Code), false
				group = append(group, g)
			}
			run[r].Code, run[r].Role = group[0].Code, false
			if len(group) > 1 {
				run[r].Group = group
			}
		}
		return
	}
	// A country's title, then bare titles: the same country's.
	for l := range run {
		m := run[l]
		if a.isRole(m) || !a.hasCountry(m.Code) || roleOf(m.Code) == "" {
			continue
		}
		for k := l + 1; k < len(run) && a.isRole(run[k]); k++ {
			run[k].Code, run[k].Role = joinCode(countryOf(m.Code), run[k].Code), false
			run[k].Name, run[k].Wikidata = m.Name, m.Wikidata
		}
	}
}

// ofPhrase reports whether a mention's words name a title of a place:
// "ambassadors of Arnor", "officials in Fornost", "ministre de l'Intérieur".
func ofPhrase(s string) bool {
	s = " " + strings.ToLower(s) + " "
	for _, p := range []string{" of ", " in ", " from ", " de ", " du ", " des ", " d'", " d’", " en "} {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// possessiveGap reports whether the text between a country and a title
// keeps them in one description: nothing ("Bree Prime Minister"), "'s"
// ("Gondor's government"), or "'s" and up to four lower-case words
// ("Ithilen's awful and evil minister").
func possessiveGap(gap string) bool {
	g := strings.TrimSpace(gap)
	if g == "" {
		return gap == " " || gap == ""
	}
	rest, ok := strings.CutPrefix(g, "'s")
	if !ok {
		rest, ok = strings.CutPrefix(g, "’s")
	}
	if !ok {
		return false
	}
	words := strings.Fields(rest)
	if len(words) > 4 {
		return false
	}
	for _, w := range words {
		if clauseWords[w] {
			return false // "Gondor's claim that the envoy…"
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLower(r) {
			return false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && c != '-' {
				return false
			}
		}
	}
	return true
}

// clauseWords open a clause: a title after them is not the possessor's.
var clauseWords = map[string]bool{"that": true, "which": true, "who": true, "whose": true, "whom": true, "where": true, "when": true}

// joined is a run of mentions read as one.
type joined struct {
	m    event.Mention
	last int // index of the last mention of the run
}

// rolesOfCountries reads "ROLE [and ROLE] of|from|in COUNTRY [, COUNTRY]
// [and COUNTRY]" from mention i: one mention over the whole run, coded
// with each role of each country (a group when there are several).
func (a *Annotator) rolesOfCountries(text string, ms []event.Mention, i int) (joined, bool) {
	if possessiveDets[strings.ToLower(wordBefore(text, ms[i].Span.Start))] {
		// "its ambassador from Caracas", "son ambassadeur au Mali": the
		// owner's, posted there
		return joined{}, false
	}
	roles := []event.Mention{ms[i]}
	j := i + 1
	for j < len(ms) && a.isRole(ms[j]) && listGap(text[ms[j-1].Span.End:ms[j].Span.Start]) {
		roles = append(roles, ms[j])
		j++
	}
	if j >= len(ms) || a.isRole(ms[j]) {
		return joined{}, false
	}
	gap := strings.ToLower(strings.TrimSpace(text[ms[j-1].Span.End:ms[j].Span.Start]))
	gap = strings.TrimSuffix(strings.TrimSuffix(gap, " the"), " la")
	switch gap {
	case "of", "from", "in", "de", "du", "des", "d'", "d’", "en", "au":
	default:
		return joined{}, false
	}
	countries := []event.Mention{ms[j]}
	k := j + 1
	for k < len(ms) && !a.isRole(ms[k]) && len(ms[k].Code) == 3 && listGap(text[ms[k-1].Span.End:ms[k].Span.Start]) {
		countries = append(countries, ms[k])
		k++
	}
	var group []event.Mention
	for _, c := range countries {
		for _, r := range roles {
			g := c
			g.Role = false
			// "delegations from Sudan's army": the army's own code.
			if roleOf(c.Code) == "" {
				g.Code = joinCode(c.Code, r.Code)
			}
			group = append(group, g)
		}
	}
	m := group[0]
	m.Span = doc.Span{Start: ms[i].Span.Start, End: countries[len(countries)-1].Span.End}
	m.Text = text[m.Span.Start:m.Span.End]
	if len(group) > 1 {
		for g := range group {
			group[g].Span = m.Span
		}
		m.Group = group
	}
	return joined{m: m, last: k - 1}, true
}

// listGap reports whether the text between two mentions joins them in a
// list: a comma, "and", "et", "or", "ou".
func listGap(gap string) bool {
	g := strings.ToLower(strings.TrimSpace(gap))
	g = strings.TrimSpace(strings.TrimPrefix(g, ","))
	g = strings.TrimSuffix(strings.TrimSuffix(g, " the"), " la")
	switch g {
	case "", "and", "et", "or", "ou", "and the", "et la", "et le", "et les":
		return true
	}
	return false
}

// resolveRoles codes a role description without a country ("le
// secrétaire à la Défense", "l'agence") as the latest actor before it whose
// code ends with the same role (USAGOVMIL, MED for AFP); a description
// that nothing resolves is left out: it names no actor.
func (a *Annotator) resolveRoles(text string, sents []segment.Sentence, ms []event.Mention, dateline string) []event.Mention {
	out := ms[:0]
	orig := slices.Clone(ms)
	for i, m := range ms {
		if !a.isRole(m) {
			out = append(out, m)
			continue
		}
		// Only a definite description refers back: "le secrétaire à la
		// Défense", "l'agence"; not "l'exercice militaire".
		role := strings.TrimPrefix(m.Code, "~")
		if !definites[strings.ToLower(wordBefore(text, m.Span.Start))] {
			// "Des manifestants ont attaqué l'ambassade de France à
			// Niamey": people acting where the sentence places them are
			// of that country, as "militants in Casablanca" are.
			// The place is known only after geocoding: the mention
			// waits, coded by its role alone (placeGroups).
			if actsWhereItIs(role, m.Text) {
				m.Code, m.Coref = role, "place"
				out = append(out, m)
			} else if len(role) >= 3 && datelineRoles[role[:3]] && !namesSomeone(m.Text) {
				// "was arrested by police": an institution without an
				// article, of the one country its sentence names
				if c := a.sentenceCountry(sents, orig, m); c != "" {
					m.Code, m.Coref = joinCode(c, role), "role"
					out = append(out, m)
				} else if t := strings.ToLower(m.Text); role == "COP" && (t == "police" || t == "riot police") {
					// "Clashes erupted between police and protesters in
					// Dhaka": with no country named, the police of the
					// place the sentence names (placeGroups).
					m.Code, m.Coref = role, "place"
					out = append(out, m)
				}
			}
			continue
		}
		found := false
		other := "" // the country of the nearest actor of another office
		office := actor.OfficeOf(m.Text)
		// "les militaires au pouvoir", "the military in power": the
		// rulers, not the last soldiers named ("1 000 militaires
		// américains"); only the sentence's own place says whose.
		ruling := inPower(text[m.Span.End:])
		for j := i - 1; j >= 0 && j >= i-40 && !ruling; j-- {
			p := ms[j]
			if p.Coref == "" && (p.Code != role || p.Name != "") && strings.HasSuffix(p.Code, role) && (a.hasCountry(p.Code) || p.Name != "") {
				if office.Clashes(actor.OfficeOf(p.Text)) || otherName(m.Text, p) {
					if other == "" && a.hasCountry(p.Code) {
						other = countryOf(p.Code)
					}
					continue
				}
				m.Code, m.Name, m.Wikidata, m.Coref = p.Code, p.Name, p.Wikidata, "role"
				found = true
				break
			}
		}
		if !found {
			// "expulsé par la junte", "a appelé les autorités": the
			// government of the country the sentence places itself in.
			if c := a.locativeCountry(text, sents, orig, m); c != "" {
				m.Code, m.Coref = joinCode(c, role), "role"
				found = true
			}
		}
		if !found && other == "" && dateline != "" && datelineRoles[role] {
			// "TUNIS (AFP) - … La police a arrêté une dizaine de
			// manifestants": with no other country in sight, the
			// dateline's.
			m.Code, m.Coref = joinCode(dateline, role), "role"
			found = true
		}
		if !found && other == "" && len(role) >= 3 && datelineRoles[role[:3]] && !namesSomeone(m.Text) {
			// "Moroccan doctors went on strike against the health
			// ministry": with one country in the sentence, its own
			// (an institution, not "le président Bazoum", whose office
			// the text does not date).
			if c := a.sentenceCountry(sents, orig, m); c != "" {
				m.Code, m.Coref = joinCode(c, role), "role"
				found = true
			}
		}
		if !found && other != "" && !ruling {
			// "President Saied sacked the interior minister": another
			// member of the government the text is about, not Saied.
			m.Code, m.Coref = joinCode(other, role), "role"
			found = true
		}
		if !found && actsWhereItIs(role, m.Text) {
			// "Les jihadistes ont tué des dizaines de villageois dans le
			// centre du Mali": a definite group nobody named before is of
			// the place its sentence names, as an indefinite one is.
			m.Code, m.Coref = role, "place"
			found = true
		}
		if found {
			out = append(out, m)
		}
	}
	return out
}

// actsWhereItIs reports whether a role with no country names people of
// the place their sentence puts them in (groupRoles): protesters, armed
// men, rebels; soldiers and police officers only as rank and file; also
// a group a sector qualifies ("Islamist insurgents", MUSINS).
func actsWhereItIs(role, text string) bool {
	for i := 0; i+3 <= len(role); i += 3 {
		switch r := role[i : i+3]; {
		case r == "MIL" || r == "COP":
			if i == 0 && rankAndFile[strings.ToLower(text)] {
				return true
			}
		case groupRoles[r]:
			return true
		}
	}
	return false
}

// datelineRoles are the institutions a bare definite description names
// in a local story: the police, the army, the courts, the government.
var datelineRoles = map[string]bool{"COP": true, "MIL": true, "JUD": true, "GOV": true}

// datelineCountry returns the country of the document's dateline place
// ("TUNIS, 9 juillet 2025 (AFP) -"), or "".
func datelineCountry(text string, ms []event.Mention) string {
	for _, m := range ms {
		if len(m.Code) >= 3 && isDateline(text, m.Span) {
			return m.Code[:3] // "TUNIS" may stand for the government, TUNGOV
		}
	}
	return ""
}

// inPower reports whether the words after a description say it holds
// power: "au pouvoir", "in power".
func inPower(after string) bool {
	after = strings.ToLower(strings.TrimLeft(after, " "))
	return strings.HasPrefix(after, "au pouvoir") || strings.HasPrefix(after, "in power")
}

// otherName reports whether a description names its own person after a
// comma ("le chef du gouvernement, Ahmed Hachani") who is not the earlier
// actor p.
func otherName(text string, p event.Mention) bool {
	i := strings.LastIndexByte(text, ',')
	if i < 0 {
		return false
	}
	words := strings.Fields(text[i+1:])
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !actor.IsNameParticle(strings.ToLower(w)) {
			return false
		}
	}
	last := words[len(words)-1]
	return !strings.Contains(p.Text, last) && !strings.Contains(p.Name, last)
}

// onlyCountry reports whether every actor of a sentence that names a
// country names country c: the dateline's country is the place of people
// the sentence does not place only when no other country is in sight
// ("Pakistan's military said Indian missiles had killed 31 civilians",
// datelined NEW DELHI, says nothing of Indian civilians).
func onlyCountry(ms []event.Mention, c string) bool {
	for _, m := range ms {
		if !m.Role && m.Coref != "place" && len(m.Code) >= 3 && !strings.HasPrefix(m.Code, "IGO") && !strings.HasPrefix(m.Code, "NGO") && countryOf(m.Code) != c && !groupRoles[m.Code[:3]] {
			return false
		}
	}
	return true
}

// rankAndFile are the words of soldiers and police officers who, with no
// nationality, are of the place the sentence puts them in ("killed 50
// soldiers in northern Burkina Faso"); "forces" and "officers" are not
// ("forces under his command").
var rankAndFile = map[string]bool{"soldiers": true, "soldier": true, "troops": true, "policemen": true, "police officers": true,
	"soldats": true, "soldat": true, "militaires": true, "policiers": true, "gendarmes": true}

// groupRoles are the sectors of people who act where they are, not for a
// state: protesters, armed men, rebels, insurgents, criminals, strikers,
// farmers, students, refugees, people, and soldiers and police officers
// (rankAndFile).
var groupRoles = map[string]bool{"CVL": true, "UAF": true, "REB": true, "INS": true, "CRM": true, "LAB": true, "OPP": true, "MIL": true, "COP": true, "AGR": true, "EDU": true, "REF": true, "PPL": true}

// placeGroups gives the people that resolveRoles left waiting
// ("des manifestants", "gunmen") the country of the one place their
// sentence puts the action in ("à Niamey", "in northern Burkina Faso",
// "dans la région de Mopti"), and drops those whose sentence names no
// such place, or places in two countries.
func (a *Annotator) placeGroups(text string, sents []event.Sentence, places []geo.Place) {
	dateline := "" // "TUNIS (AFP) -": where people act when their sentence says nowhere
	for _, p := range places {
		if p.Country3 != "" && isDateline(text, p.Span) {
			dateline = p.Country3
			break
		}
	}
	for si := range sents {
		s := &sents[si]
		kept := s.Actors[:0]
		for _, m := range s.Actors {
			if m.Coref == "place" && (m.Role || !a.hasCountry(m.Code)) { // a role may begin with a sector that is also a country code ("Islamist", MUS)
				c := ""
				// places are in text order: those of the sentence only
				k := sort.Search(len(places), func(k int) bool { return places[k].Span.Start >= s.Span.Start })
				for _, p := range places[k:] {
					if p.Span.Start >= s.Span.End {
						break
					}
					if p.Span.End > s.Span.End || p.Country3 == "" || p.Demonym && !demonymPlace(text, p.Span) || !p.Demonym && !locativeBefore(text, p.Span.Start) {
						continue
					}
					if c != "" && c != p.Country3 {
						c = "-"
						break
					}
					c = p.Country3
				}
				if c == "" && onlyCountry(s.Actors, dateline) {
					c = dateline
				}
				if c == "" && strings.HasPrefix(m.Code, "CVL") {
					// "Myanmar police opened fire on protesters": police
					// act at home, and so do the people they face; so do
					// rebels and insurgents ("Les insurgés de Boko Haram
					// ont massacré des centaines de civils").
					c = sectorCountry(s.Actors, "COP")
					if r := sectorCountry(s.Actors, "REB", "INS"); c == "" && r != "" && onlyCountry(s.Actors, r) {
						c = r // not "Hamas gunmen stormed into southern Israel, killing 1,200 people"
					}
				}
				if c == "" && homeGroups[m.Code[:min(3, len(m.Code))]] {
					// "Chadian troops attacked the opposition", "le
					// gouvernement a dissous les syndicats": a state's
					// forces, courts or government acting on the
					// opposition, workers or students of no named
					// country, with no other country in sight, act at
					// home. Not rebels: "US forces killed militants".
					home := slices.DeleteFunc(slices.Clone(s.Actors), func(m event.Mention) bool { return m.Coref != "" || abroad(m) })
					if st := sectorCountry(home, "GOV", "MIL", "COP", "JUD"); st != "" && onlyCountry(home, st) {
						c = st
					}
				}
				if c == "" || c == "-" {
					continue
				}
				m.Code = joinCode(c, m.Code)
			}
			kept = append(kept, m)
		}
		s.Actors = kept
	}
}

// abroad reports whether mention m names a state's mission abroad (an
// embassy, a consulate), which says nothing of where its sentence is.
func abroad(m event.Mention) bool {
	t := strings.ToLower(m.Text)
	for _, w := range []string{"ambassade", "consulat", "embassy", "consulate"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// homeGroups are the people of no named country whom their own state's
// forces, courts or government face (placeGroups): the opposition,
// workers, students, protesters, people. An embassy is no such state:
// people gather before a foreign one ("devant l'ambassade de France").
var homeGroups = map[string]bool{"OPP": true, "LAB": true, "EDU": true, "CVL": true, "PPL": true}

// sectorCountry returns the one country of the mentions among ms whose
// sector is one of sectors (COP: the police), or "" when they name none or
// several.
func sectorCountry(ms []event.Mention, sectors ...string) string {
	c := ""
	for _, m := range ms {
		if len(m.Code) < 6 || !slices.Contains(sectors, m.Code[3:6]) {
			continue
		}
		if c != "" && c != m.Code[:3] {
			return ""
		}
		c = m.Code[:3]
	}
	return c
}

// locativeBefore reports whether the words before byte i put a place
// name after a locative preposition: "à Niamey", "in northern Mali", "dans
// la région de Mopti", "in the north of Mali".
func locativeBefore(text string, i int) bool {
	var w [4]string
	for k := range w {
		b := wordBefore(text, i)
		if b == "" {
			break
		}
		i = strings.LastIndex(text[:i], b)
		if i > 0 && text[i-1] == '-' {
			// "dans le nord-ouest du Nigeria": one word
			if a := wordBefore(text, i-1); a != "" {
				b = a + "-" + b
				i = strings.LastIndex(text[:i-1], a)
			}
		}
		w[k] = strings.ToLower(b)
	}
	switch {
	case locPreps[w[0]]:
		return true
	case indefinites[w[0]] && locPreps[w[1]]:
		return true // "in a Netanya hotel", "dans une école de…" is below
	case (w[0] == "de" || w[0] == "du" || w[0] == "d'") && regionNouns[w[1]] && (w[2] == "du" || w[2] == "de" || w[2] == "d'") && siteNouns[w[3]]:
		return true // "dans une pizzeria du centre de Jérusalem"
	case directions[w[0]]:
		return locPreps[w[1]] || w[1] == "the" && locPreps[w[2]]
	case w[0] == "de" || w[0] == "du" || w[0] == "d'" || w[0] == "of":
		// "dans la région de Mopti"; "attaqué les commissariats de
		// Port-au-Prince", "le village de Banjska"
		return regionNouns[w[1]] && (locPreps[w[2]] || definites[w[2]] && locPreps[w[3]]) || siteNouns[w[1]]
	}
	return false
}

var (
	locPreps    = map[string]bool{"à": true, "au": true, "aux": true, "en": true, "dans": true, "in": true, "at": true, "near": true, "près": true, "through": true, "across": true, "outside": true, "around": true, "throughout": true, "within": true}
	directions  = map[string]bool{"northern": true, "southern": true, "eastern": true, "western": true, "central": true, "north": true, "south": true, "east": true, "west": true, "northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true}
	regionNouns = map[string]bool{"région": true, "region": true, "province": true, "nord": true, "sud": true, "est": true, "ouest": true, "centre": true,
		"nord-ouest": true, "nord-est": true, "sud-ouest": true, "sud-est": true, "état": true, "district": true, "départements": true, "département": true,
		"area": true, "areas": true, "parts": true, "part": true, "regions": true, "districts": true, "zones": true, "zone": true,
		"north": true, "south": true, "east": true, "west": true, "outskirts": true, "périphérie": true, "banlieue": true, "environs": true}
)

// indefinites are the articles a place may take as a noun's modifier: "in
// a Netanya hotel".
var indefinites = map[string]bool{"a": true, "an": true}

// demonymPlace reports whether the nationality adjective at sp names the
// country of a place of action: "in several Chinese cities", "dans
// plusieurs villes chinoises".
func demonymPlace(text string, sp doc.Span) bool {
	var i int // where the words before the place phrase end
	switch {
	case placeNouns[strings.ToLower(strings.Trim(firstWord(text[sp.End:]), ",."))]: // English: the noun after
		i = sp.Start
	case placeNouns[strings.ToLower(wordBefore(text, sp.Start))]: // French: the noun before
		i = strings.LastIndex(text[:sp.Start], wordBefore(text, sp.Start))
	default:
		return false
	}
	for k := 0; k < 3 && i > 0; k++ {
		w := wordBefore(text, i)
		lw := strings.ToLower(w)
		if locPreps[lw] {
			return true
		}
		if w == "" || !quantifiers[lw] {
			return false
		}
		i = strings.LastIndex(text[:i], w)
	}
	return false
}

// firstWord returns the first word of s.
func firstWord(s string) string {
	s = strings.TrimLeft(s, " ")
	if j := strings.IndexByte(s, ' '); j >= 0 {
		return s[:j]
	}
	return s
}

var (
	placeNouns  = map[string]bool{"cities": true, "towns": true, "city": true, "town": true, "provinces": true, "regions": true, "villes": true, "ville": true, "régions": true, "localités": true}
	quantifiers = map[string]bool{"several": true, "many": true, "some": true, "other": true, "major": true, "the": true, "a": true, "plusieurs": true, "des": true, "les": true, "de": true, "nombreuses": true, "grandes": true}
)

// siteNouns are the places of a town where things happen: what is named
// after "de" is where they are ("la prison de Kondengui", "the villages of
// Darfur"). Not embassies ("l'ambassade de France" is France's), nor
// towns and cities: "withdrew from the city of Kherson" says nothing of
// whose troops were there.
var siteNouns = map[string]bool{"commissariat": true, "commissariats": true, "prison": true, "prisons": true,
	"aéroport": true, "airport": true, "village": true, "villages": true, "quartier": true, "quartiers": true,
	"marché": true, "market": true, "camp": true, "camps": true, "hôpital": true, "hospital": true,
	"caserne": true, "casernes": true, "barracks": true, "école": true, "school": true, "église": true, "church": true,
	"mosquée": true, "mosque": true, "hôtel": true, "hotel": true, "restaurant": true, "pizzeria": true, "café": true,
	"théâtre": true, "theatre": true, "theater": true, "stade": true, "stadium": true, "gare": true, "localités": true}

// startsLower reports whether w begins with a lower-case letter.
func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// linkWords may follow a noun phrase's head: prepositions, conjunctions,
// articles.
var linkWords = map[string]bool{"in": true, "at": true, "on": true, "of": true, "and": true, "or": true, "near": true,
	"outside": true, "inside": true, "with": true, "to": true, "from": true, "for": true, "the": true, "a": true,
	"where": true, "which": true, "that": true, "was": true, "were": true, "is": true, "killing": true, "wounding": true}

// businessNouns are the businesses and places of worship whose
// nationality adjective names no actor: "un restaurant espagnol", "a
// Spanish hotel".
var businessNouns = map[string]bool{"restaurant": true, "restaurants": true, "hôtel": true, "hotel": true, "hotels": true,
	"hôtels": true, "café": true, "cafe": true, "bar": true, "pizzeria": true, "church": true, "église": true,
	"synagogue": true, "mosque": true, "mosquée": true, "school": true, "école": true, "shop": true, "magasin": true,
	"supermarket": true, "supermarché": true, "cuisine": true, "food": true}

// localRoles are the bodies news names without their country when the
// sentence says where it is: the junta, the authorities, the government.
var localRoles = []string{"junte", "autorités", "gouvernement", "régime", "pouvoir", "junta", "authorities", "government", "regime"}

// locativeCountry returns the country that sentence of m names after a
// locative preposition ("au Niger", "en Tunisie", "in Mali"), when m is one
// of localRoles and the sentence names exactly one such country; else "".
// namesSomeone reports whether a description holds a capitalised word
// after its first: a name ("président Bazoum"), not an institution ("the
// health ministry", "le ministère de la Santé" has only its domain).
func namesSomeone(s string) bool {
	f := strings.Fields(s)
	for i, w := range f {
		if i == 0 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) && !domainWord(w) {
			return true
		}
	}
	return false
}

// domainWord reports whether a capitalised word is the domain of a French
// ministry ("Santé", "Défense", "Affaires"), which names no one.
func domainWord(w string) bool {
	switch strings.ToLower(w) {
	case "santé", "défense", "affaires", "étrangères", "intérieur", "justice", "armées", "économie", "finances", "éducation", "culture", "travail", "agriculture", "énergie", "transports", "environnement":
		return true
	}
	return false
}

// sentenceCountry returns the one country of the actors named in m's
// sentence, or "" when there is none or more than one.
func (a *Annotator) sentenceCountry(sents []segment.Sentence, ms []event.Mention, m event.Mention) string {
	return a.oneCountry(sents, ms, m, func(p event.Mention) bool {
		return p.Span != m.Span && !p.Role && len(p.Code) >= 3 && a.hasCountry(p.Code)
	})
}

func (a *Annotator) locativeCountry(text string, sents []segment.Sentence, ms []event.Mention, m event.Mention) string {
	words := strings.Fields(strings.ToLower(m.Text))
	if len(words) == 0 || !slices.Contains(localRoles, words[len(words)-1]) {
		return ""
	}
	return a.oneCountry(sents, ms, m, func(p event.Mention) bool {
		if len(p.Code) != 3 || !a.hasCountry(p.Code) || p.Role {
			return false
		}
		switch strings.ToLower(wordBefore(text, p.Span.Start)) {
		case "à", "au", "aux", "en", "dans", "in", "at":
			return true
		}
		return false
	})
}

// oneCountry returns the country of the mentions of m's sentence that keep
// accepts, or "" when they name none or two (which one is not clear).
func (a *Annotator) oneCountry(sents []segment.Sentence, ms []event.Mention, m event.Mention, keep func(event.Mention) bool) string {
	k := sort.Search(len(sents), func(k int) bool { return sents[k].Span.End > m.Span.Start })
	if k == len(sents) {
		return ""
	}
	sp := sents[k].Span
	found := ""
	for _, p := range ms {
		if p.Span.Start < sp.Start || p.Span.End > sp.End || !keep(p) {
			continue
		}
		if c := countryOf(p.Code); found != "" && found != c {
			return ""
		} else {
			found = c
		}
	}
	return found
}

// singularPronouns are the subject pronouns internal/coref resolves to
// one person; plural ones ("ils", "they") are the two sides of the
// previous event (groups).
var singularPronouns = map[string]bool{"il": true, "elle": true, "he": true, "she": true, "celui-ci": true, "celle-ci": true,
	"ce dernier": true, "cette dernière": true, "the latter": true}

// thingPronouns are the subject pronouns internal/coref may link to an
// organisation: English "it", and French "il" and "elle" when no person
// fits ("La Cédéao a condamné le coup d'État. Elle a appelé…").
var thingPronouns = map[string]bool{"it": true, "il": true, "elle": true}

// pronouns adds the singular subject pronouns that internal/coref links to
// a coded person ("Emmanuel Macron a reçu… Il a ensuite appelé…"), and the
// "it", "il" or "elle" it links to a coded organisation or country ("The
// European Union condemned the strikes. It called on Tehran…"), where no
// other mention is. An "it" whose entity its own sentence named before it is left to
// the event coder, which gives the speaker's name as the evidence ("Iran
// said it had fired…").
func (a *Annotator) pronouns(sents []segment.Sentence, ents []coref.Entity, ms []event.Mention) []event.Mention {
	var out []event.Mention
	for _, e := range ents {
		person := e.Type == "PER" && a.hasCountry(e.Code)
		thing := (e.Type == "ORG" || e.Type == "LOC") && e.Code != ""
		if !person && !thing {
			continue
		}
		for _, m := range e.Mentions {
			if m.Kind != coref.KindPronoun || m.Score < 0.6 || overlaps(ms, m.Span) {
				continue
			}
			if w := strings.ToLower(m.Text); person && !singularPronouns[w] || !person && (!thingPronouns[w] || namedBefore(sents, e, m.Span)) {
				continue
			}
			out = append(out, event.Mention{Span: m.Span, Text: m.Text, Code: e.Code, Name: e.Name, Wikidata: e.Wikidata,
				Confidence: m.Score, Coref: "pronoun"})
		}
	}
	return out
}

// namedBefore reports whether a mention of e other than a pronoun lies
// before sp in sp's sentence.
func namedBefore(sents []segment.Sentence, e coref.Entity, sp doc.Span) bool {
	start := 0
	for _, s := range sents {
		if s.Span.Start <= sp.Start && sp.Start < s.Span.End {
			start = s.Span.Start
		}
	}
	for _, m := range e.Mentions {
		if m.Kind != coref.KindPronoun && m.Span.Start >= start && m.Span.End <= sp.Start {
			return true
		}
	}
	return false
}

// counterparts give a counterpart ("son homologue japonais", "his
// Japanese counterpart") the office of the one whose counterpart it is,
// the first actor of its sentence with an office: the Pentagon chief's
// Japanese counterpart is Japan's defence minister (JPNGOVMIL), not any
// member of its government. A counterpart that a dictionary knows by name
// keeps its own code.
func (a *Annotator) counterparts(text string, sents []segment.Sentence, ms []event.Mention) []event.Mention {
	for i := range ms {
		m := &ms[i]
		l := strings.ToLower(m.Text)
		if !strings.Contains(l, "homologue") && !strings.Contains(l, "counterpart") || len(m.Code) != 6 || m.Code[3:] != "GOV" || m.Wikidata != "" {
			continue
		}
		k := sort.Search(len(sents), func(k int) bool { return sents[k].Span.End > m.Span.Start })
		if k == len(sents) {
			continue
		}
		first := sort.Search(i, func(j int) bool { return ms[j].Span.Start >= sents[k].Span.Start })
		for _, p := range ms[first:i] {
			if !a.hasCountry(p.Code) || len(p.Code) <= 3 || p.Place {
				continue
			}
			if role := p.Code[3:]; role != "GOV" && strings.HasPrefix(role, "GOV") || role == "MILGOV" || role == "MIL" && p.Name != "" {
				m.Code = joinCode(m.Code[:3], role)
			}
			break
		}
	}
	return ms
}

// expelWords are the verbs of expulsion before a possessive title.
var expelWords = map[string]bool{"expelled": true, "expel": true, "expels": true, "expelling": true,
	"expulsé": true, "expulse": true, "expulser": true, "expulsent": true}

// possessiveDets are the possessive determiners that make a title
// someone's: "son porte-parole", "sa ministre", "its ambassador".
var possessiveDets = map[string]bool{"son": true, "sa": true, "ses": true, "leur": true, "leurs": true,
	"its": true, "his": true, "her": true, "their": true}

// ownedTitle reports whether a title a possessive introduces takes its
// owner's country: not "son homologue" (the other side's), nor a title
// posted somewhere ("son ambassadeur en Espagne"), whose place the
// matcher has folded into the mention.
func ownedTitle(t string) bool {
	l := strings.ToLower(t)
	if strings.HasPrefix(l, "homologue") || strings.HasPrefix(l, "counterpart") {
		return false
	}
	for _, w := range []string{" à ", " en ", " au ", " aux ", " in ", " to "} {
		if strings.Contains(l, w) {
			return false
		}
	}
	return true
}

// possessiveRoles codes a title without a country that a possessive
// introduces ("Le Kremlin a dénoncé l'accord. Son porte-parole, Dmitri
// Peskov, a accusé…"; "L'Algérie a rappelé son ambassadeur") with the
// country of its owner: the first actor of the sentence before the title,
// else the first of the sentence before, as news writes its subjects
// first.
func (a *Annotator) possessiveRoles(text string, sents []segment.Sentence, ms []event.Mention) []event.Mention {
	sentOf := func(off int) int {
		return sort.Search(len(sents), func(k int) bool { return sents[k].Span.End > off })
	}
	for i := range ms {
		m := &ms[i]
		if !a.isRole(*m) || !possessiveDets[strings.ToLower(wordBefore(text, m.Span.Start))] {
			continue
		}
		si := sentOf(m.Span.Start)
		owner := -1
		det := wordBefore(text, m.Span.Start)
		if ds := strings.LastIndex(text[:m.Span.Start], det); ds > 0 && expelWords[strings.ToLower(wordBefore(text, ds))] {
			// "Pakistan downgraded ties with India and expelled its
			// envoy": no one expels their own envoy; the envoy is the
			// nearest other country's before it.
			first := ""
			for j := 0; j < i; j++ {
				if sentOf(ms[j].Span.Start) == si && !a.isRole(ms[j]) && a.hasCountry(ms[j].Code) {
					if first == "" {
						first = countryOf(ms[j].Code)
					} else if countryOf(ms[j].Code) != first {
						owner = j
					}
				}
			}
			if owner < 0 {
				continue
			}
		} else if !ownedTitle(m.Text) {
			continue
		}
		// "sanctions on Turkey's procurement agency and its head": after
		// a conjunction, the possessive is the nearest actor's
		if ds := strings.LastIndex(text[:m.Span.Start], det); ds > 0 && owner < 0 {
			if c := strings.ToLower(wordBefore(text, ds)); c == "and" || c == "et" {
				for j := i - 1; j >= 0 && sentOf(ms[j].Span.Start) == si; j-- {
					if !a.isRole(ms[j]) && a.hasCountry(ms[j].Code) && ms[j].Coref != "group" {
						owner = j
						break
					}
				}
			}
		}
		for _, want := range []int{si, si - 1} {
			if owner >= 0 {
				break
			}
			if want < 0 {
				continue
			}
			for j := 0; j < i; j++ {
				p := ms[j]
				if sentOf(p.Span.Start) == want && !a.isRole(p) && a.hasCountry(p.Code) && p.Coref != "group" {
					owner = j
					break
				}
			}
			if owner >= 0 {
				break
			}
		}
		if owner < 0 {
			continue
		}
		o := ms[owner].Code
		if len(o) > 3 && !strings.HasPrefix(o, "IGO") && !strings.HasPrefix(o, "NGO") {
			o = o[:3] // a country's title: Kremlin (RUSGOV) → its spokesman RUSGOV
		}
		m.Code = joinCode(o, strings.TrimPrefix(m.Code, "~"))
		m.Role, m.Coref = false, "possessive"
	}
	return ms
}

// dropRegions leaves out mentions of regions (Maghreb, Afrique du Nord):
// places, not actors.
func (a *Annotator) dropRegions(text, lang string, ms []event.Mention) []event.Mention {
	if a.gaz == nil {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		if len(m.Code) == 3 && waterBefore(text, m.Span.Start) {
			continue // "sur les rives du lac Tchad", "in the Gulf of Guinea": a body of water, not the state
		}
		if len(m.Code) == 3 && m.Name != "" {
			region := false
			for _, c := range a.gaz.Lookup(m.Text) {
				if c.Entry.Kind == geo.KindRegion {
					region = true
				}
				break
			}
			if region {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// waterBefore reports whether the words before byte i make the name after
// them that of a lake, gulf or sea: "lac Tchad", "Lake Chad", "golfe de
// Guinée", "Gulf of Guinea", "mer de Chine".
func waterBefore(text string, i int) bool {
	w := strings.ToLower(wordBefore(text, i))
	if waterWords[w] {
		return true
	}
	if w == "of" || w == "de" || w == "du" || w == "d'" || w == "d’" {
		j := strings.LastIndex(strings.TrimRight(text[:i], " "), " ")
		if j < 0 {
			return false
		}
		return waterWords[strings.ToLower(wordBefore(text, j))]
	}
	return false
}

var waterWords = map[string]bool{"lac": true, "lake": true, "golfe": true, "gulf": true, "mer": true, "sea": true, "bassin": true, "basin": true}

// surnames finds the later mentions of a person by surname alone ("Esper"
// after "Mark Esper"). It also recodes in place the one-word mentions of
// ms that a dictionary coded by that surname as someone else.
func surnames(text string, sents []segment.Sentence, ms []event.Mention) []event.Mention {
	type person struct {
		m     event.Mention
		first int
	}
	known := map[string]person{}
	for _, m := range ms {
		words := strings.Fields(m.Name)
		if len(words) < 2 || m.Coref != "" {
			continue
		}
		last := words[len(words)-1]
		if !strings.Contains(m.Text, last) || !isCapital(last) {
			// The dictionary spells the name its own way ("Volodymyr
			// Zelenskyy" for "Volodymyr Zelensky"): the article's
			// spelling, when the mention ends with a name of two
			// capitalised words, is the surname it will use again.
			tw := strings.Fields(m.Text)
			if len(tw) < 2 || !isCapital(tw[len(tw)-1]) || !isCapital(tw[len(tw)-2]) {
				continue
			}
			last = strings.TrimRight(tw[len(tw)-1], ",.;:")
		}
		if _, ok := known[last]; !ok {
			known[last] = person{m, m.Span.Start}
		}
		// Chinese and Korean names put the family name first: "Xi
		// Jinping" is "Xi" again, "Lee Jae-myung" "Lee".
		if familyFirst[countryOf(m.Code)] && strings.Contains(m.Text, words[0]) && isCapital(words[0]) {
			if _, ok := known[words[0]]; !ok {
				known[words[0]] = person{m, m.Span.Start}
			}
		}
	}
	if len(known) == 0 {
		return nil
	}
	// A one-word mention that a dictionary coded by surname alone is the
	// person of the same surname the text named before: "Lee" after
	// "President Lee Jae-myung" is no American Lee.
	for i := range ms {
		m := &ms[i]
		p, ok := known[m.Text]
		if !ok || m.Coref != "" || m.Span.Start < p.first || m.Name == p.m.Name || len(m.Code) <= 3 || strings.ContainsAny(m.Text, " \u00a0") {
			continue
		}
		span, text := m.Span, m.Text
		*m = p.m
		m.Span, m.Text, m.Coref = span, text, "surname"
	}
	var out []event.Mention
	for _, s := range sents {
		for _, t := range s.Tokens {
			w := t.Text
			// "d’Esper" is one token in some tokenisations.
			start := t.Span.Start
			if i := strings.IndexAny(w, "'’"); i >= 0 && i < 4 {
				_, n := utf8.DecodeRuneInString(w[i:])
				start += i + n
				w = w[i+n:]
			}
			p, ok := known[w]
			if !ok || start < p.first || overlaps(ms, t.Span) {
				continue
			}
			m := p.m
			m.Span = doc.Span{Start: start, End: t.Span.End}
			m.Text = text[m.Span.Start:m.Span.End]
			m.Coref = "surname"
			out = append(out, m)
		}
	}
	return out
}

// familyFirst are the countries whose names put the family name first.
var familyFirst = map[string]bool{"CHN": true, "KOR": true, "PRK": true, "TWN": true, "HKG": true}

func isCapital(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// countryNouns codes "le pays", "du pays", "ce pays", "the country" as
// the latest country named before it.
func (a *Annotator) countryNouns(text, lang string, sents []segment.Sentence, ms []event.Mention) []event.Mention {
	var out []event.Mention
	for _, s := range sents {
		toks := s.Tokens
		for i, t := range toks {
			w := strings.ToLower(t.Text)
			if w != "pays" && w != "country" || i == 0 {
				continue
			}
			det := strings.ToLower(toks[i-1].Text)
			if !slices.Contains([]string{"le", "du", "ce", "the", "this", "that"}, det) {
				continue
			}
			// The latest country before it.
			for j := len(ms) - 1; j >= 0; j-- {
				m := ms[j]
				if m.Span.End > t.Span.Start {
					continue
				}
				if len(m.Code) == 3 && a.hasCountry(m.Code) && m.Coref == "" && (a.gaz == nil || a.isCountry(m.Code)) {
					out = append(out, event.Mention{Span: t.Span, Text: t.Text, Code: m.Code, Name: m.Name, Wikidata: m.Wikidata, Confidence: 0.7, Coref: "country"})
					break
				}
			}
		}
	}
	return out
}

// orgDescriptions adds the definite descriptions that internal/coref
// links to an organisation it codes: "the RSF … accused the group of
// genocide", "l'OMS … l'organisation a averti".
func (a *Annotator) orgDescriptions(ents []coref.Entity, ms []event.Mention) []event.Mention {
	var out []event.Mention
	for _, e := range ents {
		if e.Type != "ORG" || e.Code == "" {
			continue
		}
		for _, m := range e.Mentions {
			if m.Kind != coref.KindDescription || overlaps(ms, m.Span) || overlaps(out, m.Span) {
				continue
			}
			out = append(out, event.Mention{Span: m.Span, Text: m.Text, Code: e.Code, Name: e.Name, Wikidata: e.Wikidata,
				Confidence: m.Score, Coref: "role"})
		}
	}
	return out
}

func (a *Annotator) isCountry(code string) bool {
	_, ok := a.gaz.Country(code)
	return ok
}

// groups adds the plural mentions of sentence s that stand for the two
// sides of the previous event: "ils", "elles", "they", "les deux
// responsables", "both sides".
func (a *Annotator) groups(s *event.Sentence, prev *built) {
	if prev == nil || s.Span.Start-prev.Sentence.End > 600 {
		return
	}
	members := []event.Mention{
		{Text: prev.Source.Text, Code: prev.Source.Code, Name: prev.Source.Name, Wikidata: prev.Source.Wikidata, Span: doc.Span{Start: prev.Evidence.Source[0], End: prev.Evidence.Source[1]}},
		{Text: prev.Target.Text, Code: prev.Target.Code, Name: prev.Target.Name, Wikidata: prev.Target.Wikidata, Span: doc.Span{Start: prev.Evidence.Target[0], End: prev.Evidence.Target[1]}},
	}
	ws := s.Words
	var add []event.Mention
	for i := 0; i < len(ws); i++ {
		sp, n, ok := groupAt(ws, i)
		if !ok {
			continue
		}
		i += n
		add = append(add, event.Mention{Span: sp, Text: s.Text[sp.Start:sp.End], Code: members[0].Code, Name: members[0].Name, Group: withCoref(members), Coref: "group", Confidence: 0.6})
	}
	putActors(s, add)
}

// putActors puts the mentions add among sentence s's actors, in place of
// those they overlap, in text order.
func putActors(s *event.Sentence, add []event.Mention) {
	if len(add) == 0 {
		return
	}
	var kept []event.Mention
	for _, m := range s.Actors {
		if !overlaps(add, m.Span) {
			kept = append(kept, m)
		}
	}
	kept = append(kept, add...)
	sort.Slice(kept, func(i, j int) bool { return kept[i].Span.Start < kept[j].Span.Start })
	s.Actors = kept
}

// clauseGroups gives a plural subject pronoun of a clause the conjoined
// subjects of the verb that governs the clause: "Israel and Syria said
// that they were holding talks", "Le Mali et le Niger ont annoncé qu'ils
// quittaient la Cédéao". It replaces the group the previous event gave
// the pronoun, which is the weaker evidence.
func clauseGroups(s *event.Sentence) {
	ws := s.Words
	for i, w := range ws {
		f := strings.ToLower(w.Form)
		if (f != "they" && f != "ils" && f != "elles") || w.UPOS != "PRON" || !strings.HasPrefix(w.Deprel, "nsubj") || w.Head < 0 {
			continue
		}
		v := w.Head
		h := ws[v].Head
		if h < 0 || ws[v].Deprel != "ccomp" && ws[v].Deprel != "advcl" && ws[v].Deprel != "xcomp" {
			continue
		}
		var subj []int
		for j := range ws {
			if ws[j].Head == h && strings.HasPrefix(ws[j].Deprel, "nsubj") && j != i {
				subj = append(subj, j)
				for k := range ws {
					if ws[k].Head == j && ws[k].Deprel == "conj" {
						subj = append(subj, k)
					}
				}
			}
		}
		var members []event.Mention
		seen := map[string]bool{}
		for _, j := range subj {
			for _, m := range s.Actors {
				if m.Span.Start <= ws[j].Span.Start && ws[j].Span.End <= m.Span.End && m.Code != "" && !seen[m.Code] && len(m.Group) == 0 {
					seen[m.Code] = true
					members = append(members, m)
				}
			}
		}
		if len(members) < 2 {
			continue
		}
		putActors(s, []event.Mention{{Span: w.Span, Text: w.Form, Code: members[0].Code, Name: members[0].Name, Group: withCoref(members), Coref: "group", Confidence: 0.6}})
	}
}

// objectPronouns gives an object pronoun the actor it stands for in its
// own sentence: the object of the verb its verb is coordinated with
// ("Iran detained 15 British sailors and released them", "ont arrêté le
// président Zelaya et l'ont expulsé"), else, for him, her and lui in a
// subordinate clause, the subject of the clause it depends on ("Charles
// Taylor flew into exile after Obasanjo granted him asylum").
func objectPronouns(s *event.Sentence) {
	ws := s.Words
	var add []event.Mention
	for i, w := range ws {
		if w.UPOS != "PRON" || w.Head < 0 || !objectPronounForms[strings.ToLower(w.Form)] || covered(s.Actors, w.Span) {
			continue
		}
		if r, _, _ := strings.Cut(w.Deprel, ":"); r != "obj" && r != "iobj" {
			continue
		}
		v := w.Head
		var from []int
		if ws[v].Deprel == "conj" && ws[v].Head >= 0 {
			u := ws[v].Head
			for j := range ws {
				if ws[j].Head == u && ws[j].Deprel == "obj" && j < i {
					from = append(from, j)
				}
			}
		}
		subj := doc.Span{Start: -1, End: -1}
		for j := range ws {
			if ws[j].Head == v && strings.HasPrefix(ws[j].Deprel, "nsubj") {
				subj = subtreeSpan(ws, j)
			}
		}
		var ante *event.Mention
		if len(from) > 0 {
			ante = objectActor(s, from[0], true)
		} else if r := ws[v].Deprel; subj.Start < 0 && (r == "advcl" || r == "xcomp") && ws[v].Head >= 0 && s.Lang == "fr" && strings.Contains(ws[v].Feats, "VerbForm=Inf") {
			// "ont arrêté le président Zelaya avant de l'expulser": an
			// infinitive has the matrix subject for its own; its object
			// pronoun is the matrix verb's object. (Not English "accusing
			// him of", whose "him" is often someone else.)
			h := ws[v].Head
			for j := range ws {
				if ws[j].Head == h && ws[j].Deprel == "obj" && j < i {
					ante = objectActor(s, j, false)
				}
			}
		} else if f := strings.ToLower(w.Form); singularObjectPronouns[f] && (ws[v].Deprel == "advcl" || ws[v].Deprel == "ccomp") && ws[v].Head >= 0 {
			// "Taylor flew into exile after Obasanjo granted him
			// asylum": the subject of the clause the verb depends on
			h := ws[v].Head
			for j := range ws {
				if ws[j].Head != h || !strings.HasPrefix(ws[j].Deprel, "nsubj") {
					continue
				}
				sp := ws[j].Span // the subject's head word, inside its mention
				for k := range s.Actors {
					m := &s.Actors[k]
					if m.Code != "" && !m.Place && len(m.Group) == 0 && m.Span.Start <= sp.Start && sp.End <= m.Span.End && (subj.Start < 0 || m.Span.End <= subj.Start || m.Span.Start >= subj.End) {
						ante = m
						break
					}
				}
			}
		}
		if ante == nil {
			continue
		}
		a := *ante
		a.Span, a.Text, a.Coref, a.Confidence = w.Span, w.Form, "pronoun", 0.5*ante.Confidence
		add = append(add, a)
	}
	addActors(s, add)
}

// objectActor returns the first actor of sentence s that names object
// word o (namesObject) inside its phrase, or nil; groups ("the two
// sides") only when withGroups.
func objectActor(s *event.Sentence, o int, withGroups bool) *event.Mention {
	sp := subtreeSpan(s.Words, o)
	for k := range s.Actors {
		m := &s.Actors[k]
		if m.Code != "" && !m.Place && (withGroups || len(m.Group) == 0) && m.Span.Start >= sp.Start && m.Span.End <= sp.End && namesObject(s.Words, o, m.Span) {
			return m
		}
	}
	return nil
}

// namesObject reports whether a mention at sp names object word o itself
// or qualifies it ("15 British sailors", "Iran's envoy"), not something it
// is of ("son indépendance de la Serbie").
func namesObject(ws []event.Word, o int, sp doc.Span) bool {
	in := func(w event.Word) bool { return sp.Start <= w.Span.Start && w.Span.End <= sp.End }
	if in(ws[o]) {
		return true
	}
	for _, w := range ws {
		if w.Head == o && in(w) && (w.Deprel == "amod" || w.Deprel == "compound" || w.Deprel == "nmod:poss" || strings.HasPrefix(w.Deprel, "flat") || w.Deprel == "appos") {
			return true
		}
	}
	return false
}

// objectPronounForms are the object pronouns objectPronouns resolves;
// singularObjectPronouns those that may take the subject of the clause
// above them.
var (
	objectPronounForms     = map[string]bool{"him": true, "her": true, "them": true, "l'": true, "l’": true, "le": true, "la": true, "les": true, "lui": true, "leur": true}
	singularObjectPronouns = map[string]bool{"him": true, "her": true, "lui": true}
)

// subtreeSpan returns the bytes of the words under word i (i included).
func subtreeSpan(ws []event.Word, i int) doc.Span {
	sp := ws[i].Span
	for j := range ws {
		for k, steps := j, 0; k >= 0 && steps < len(ws); k, steps = ws[k].Head, steps+1 {
			if k == i {
				sp.Start, sp.End = min(sp.Start, ws[j].Span.Start), max(sp.End, ws[j].Span.End)
				break
			}
		}
	}
	return sp
}

// groupAt reports whether word i begins a plural mention of two sides
// ("ils", "they", "les deux responsables", "both sides"), and returns its
// span and how many words it holds after the first.
func groupAt(ws []event.Word, i int) (doc.Span, int, bool) {
	f := strings.ToLower(ws[i].Form)
	switch {
	case (f == "ils" || f == "they" || f == "elles") && ws[i].UPOS == "PRON":
		return ws[i].Span, 0, true
	case (f == "deux" || f == "two") && i > 0 && i+1 < len(ws) && slices.Contains([]string{"les", "the", "ces"}, strings.ToLower(ws[i-1].Form)) && ws[i+1].UPOS == "NOUN":
		return doc.Span{Start: ws[i-1].Span.Start, End: ws[i+1].Span.End}, 1, true
	case f == "both" && i+1 < len(ws) && (ws[i+1].UPOS == "NOUN" || ws[i+1].Form == "sides"):
		return doc.Span{Start: ws[i].Span.Start, End: ws[i+1].Span.End}, 1, true
	}
	return doc.Span{}, 0, false
}

// groupWord returns the index of the first word of sentence s that begins
// a plural summary of two sides ("les deux dirigeants", "both sides"; not
// a pronoun, which may stand for either side's members), or -1.
func groupWord(s *event.Sentence) int {
	for i := range s.Words {
		if _, n, ok := groupAt(s.Words, i); ok && n > 0 {
			return i
		}
	}
	return -1
}

func withCoref(ms []event.Mention) []event.Mention {
	out := make([]event.Mention, len(ms))
	for i, m := range ms {
		m.Coref = "group"
		out[i] = m
	}
	return out
}

var definites = map[string]bool{"le": true, "la": true, "l'": true, "l’": true, "les": true, "the": true, "ce": true, "cet": true, "cette": true, "this": true}

// wordBefore returns the word that ends just before byte i (an elided
// article keeps its apostrophe: "l’").
func wordBefore(text string, i int) string {
	j := i
	for j > 0 && (text[j-1] == ' ' || text[j-1] == '\n') {
		j--
	}
	end := j
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsLetter(r) && r != '\'' && r != '’' {
			break
		}
		if (r == '\'' || r == '’') && j != end {
			break
		}
		j -= n
	}
	return text[j:end]
}
