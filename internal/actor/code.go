package actor

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vigie-events/vigie/internal/doc"
)

// Evidence is one reason for a code: a title, a dictionary entry, an
// office held on the date, a name variant, a country.
type Evidence struct {
	Kind   string   `json:"kind"` // title, dictionary, office, name-variant, surname, country, place (the gazetteer: internal/annotate.PlaceCodes)
	Span   doc.Span `json:"span"` // the words in the text
	Entry  string   `json:"entry"`
	Code   string   `json:"code,omitempty"` // what this evidence gives
	Source string   `json:"source"`         // file:line of the dictionary entry
	Start  Date     `json:"start,omitzero"`
	End    Date     `json:"end,omitzero"` // days the code holds (JSON: YYYY-MM-DD)
}

// Code is the CAMEO actor code of a mention, with its evidence.
type Code struct {
	Code       string     `json:"code"`
	Name       string     `json:"name,omitempty"`
	Wikidata   string     `json:"wikidata,omitempty"`
	Confidence float64    `json:"confidence"`
	Evidence   []Evidence `json:"evidence"`
}

// contextBytes is how far CodeMention looks left of a mention for a title.
const contextBytes = 400

// CodeMention codes a mention: a name ("Mark Esper", "Kais Ssaied"), an
// organisation ("Pentagone", "L’AFP"), a country ("Maroc", "les
// Américains") or a description ("le ministre tunisien de la Défense", "le
// chef du Pentagone", "U.S. Defense Secretary"), as of date, in lang.
//
// span is the mention, typically an entity span from the recogniser. When
// the span holds a name and no full code, the words just before it in the
// same sentence are read as its title or apposition ("le ministre tunisien
// de la Défense Ibrahim Bartagi", "l’ambassadeur américain au Maroc David
// Fischer", "Le secrétaire américain à la Défense, Mark Esper"). A known
// person is coded by the office held on date; an unknown one by title and
// country. ok is false when nothing gives a code.
func (k *Knowledge) CodeMention(text string, span doc.Span, date time.Time, lang string) (Code, bool) {
	return k.codeMention(text, span, dayOf(date), lang, contextBytes)
}

// codeMention codes a span, reading up to context bytes before it for a
// title.
func (k *Knowledge) codeMention(text string, span doc.Span, d Date, lang string, context int) (Code, bool) {
	if !span.Valid(len(text)) || span.Len() == 0 {
		return Code{}, false
	}
	from := span.Start - context
	if from < 0 {
		from = 0
	}
	for from > 0 && from < len(text) && !utf8.RuneStart(text[from]) {
		from++
	}
	toks := tokenize(text, from, span.End, make([]token, 0, 64), k.m.vocab, false)
	if from > 0 && from < span.Start && len(toks) > 0 && toks[0].start == from {
		if r, _ := utf8.DecodeLastRuneInString(text[:from]); isWordRune(r) {
			toks = toks[1:] // cut in the middle of a word
		}
	}
	split := len(toks) // first token of the mention
	for i, t := range toks {
		if t.end > span.Start {
			split = i
			break
		}
	}
	if split == len(toks) {
		return Code{}, false
	}
	ms := k.matchTokens(text, toks, d, lang, nil)
	var inner, left []Match
	for _, m := range ms {
		if m.Span.End > span.Start {
			inner = append(inner, m)
		} else {
			left = append(left, m)
		}
	}

	// An organisation's name that ends the mention after capitalised name
	// words is a surname: "Richard Wagner" is no Wagner Group.
	if len(inner) == 1 && inner[0].Span.End == span.End && inner[0].Span.Start > span.Start &&
		k.entries[inner[0].entry].Kind == KindOrg && NameWords(text[span.Start:inner[0].Span.Start]) {
		inner = inner[:0]
	}
	chain := k.chain(text, toks, left, split, span, lang)
	chainDesc, chainOK := k.describe(text, toks, append(chain, inner...))
	// titleWins reports whether the title before a name names another
	// country than a dictionary entry for that name: the text is then
	// better evidence than a homonym in a dictionary.
	titleWins := func(code string) bool {
		return chainOK && len(chain) > 0 && chainDesc.country != "" && countryPart(code) != "" && countryPart(code) != chainDesc.country &&
			!sharedDemonym(text, chain)
	}
	// igoTitle reports whether the title names an international body
	// while the office list gives the person a country: "NATO
	// Secretary-General Jens Stoltenberg" on a day the list has him back
	// in Norway's government. The person is the same; the body the text
	// names is the better evidence of the role.
	igoTitle := func(code string) bool {
		return chainOK && len(chain) > 0 && strings.HasPrefix(chainDesc.code.Code, "IGO") && countryPart(code) != "" &&
			!formerBefore(text, chain[0].Span.Start)
	}

	// 1. A known person named in the mention.
	for mi, m := range inner {
		if k.entries[m.entry].Kind == KindPerson && m.Code != "" && !titleWins(m.Code) {
			c := Code{Code: m.Code, Name: m.Name, Wikidata: m.Wikidata, Confidence: 0.95}
			switch {
			case igoTitle(m.Code):
				c.Code = chainDesc.code.Code
			case chainOK && len(chain) > 0:
				c.Code = titled(m.Code, chainDesc.code.Code)
			case len(chain) == 0 && mi > 0:
				// the title inside the mention, as the actor matcher's
				// runs hold it: "l'opposant Rached Ghannouchi" is in the
				// opposition now, whatever office he held before
				if d, ok := k.describe(text, toks, inner[:mi]); ok {
					c.Code = titled(m.Code, d.code.Code)
					if d.country != "" && !regionBlocks[d.country] && countryPart(m.Code) != d.country && !sharedDemonym(text, inner[:mi]) {
						// "le ministre belge des Affaires étrangères, Didier
						// Reynders": the office the text gives, not the one
						// the list has him in on the article's date
						c.Code = d.code.Code
					}
				}
			}
			c.Evidence = append(c.Evidence, Evidence{Kind: "office", Span: m.Span, Entry: officeOr(m), Code: m.Code,
				Source: m.Source, Start: m.Start, End: m.End})
			if len(chain) > 0 {
				if d, ok := k.describe(text, toks, chain); ok {
					c.Evidence = append(c.Evidence, d.code.Evidence...)
				}
			}
			return c, true
		}
	}
	// 2. An organisation, actor or country named in the mention: its own code.
	// A place that only begins the mention may be a first name ("Ararat
	// Mirzoyan", "Jordan Bardella"): the name and the title are read
	// first, and the place is the last resort.
	desc, ok := k.describe(text, toks, inner)
	firstName := len(inner) == 1 && inner[0].Span.Start == span.Start && inner[0].Span.End < span.End
	if ok && desc.full && !(desc.actor && titleWins(desc.code.Code)) && !firstName {
		if desc.actor && len(chain) > 0 {
			// A PETRARCH actor's dated code, as a person's office: "Kenyan
			// opposition leader Raila Odinga" is no longer the prime
			// minister Phoenix has him as from 2008 on.
			if td, ok := k.describe(text, toks, chain); ok {
				if c := titled(desc.code.Code, td.code.Code); c != desc.code.Code {
					desc.code.Code = c
					desc.code.Evidence = append(desc.code.Evidence, td.code.Evidence...)
				}
			}
		}
		return desc.code, true
	}

	// 3. A name: a person known under a variant of it, or by surname alone.
	name := nameWords(text, toks[split:], inner)
	if len(name) > 0 {
		keys := make([]string, len(name))
		for i, t := range name {
			keys[i] = keyOf(text, t)
		}
		var cand personCandidate
		var found bool
		if len(keys) == 1 {
			cand, found = k.findSurname(keys[0], d)
		} else {
			cand, found = k.findPerson(keys, d)
		}
		if found {
			e := k.entries[cand.entry]
			pc, ok := e.CodeAt(d)
			nameSpan := doc.Span{Start: name[0].start, End: name[len(name)-1].end}
			agree := chainOK && countryPart(chainDesc.code.Code) == countryPart(pc.Code)
			conflict := chainOK && chainDesc.country != "" && countryPart(pc.Code) != "" && countryPart(pc.Code) != chainDesc.country
			if ok && !isNullCode(pc.Code) && !conflict {
				c := Code{Code: pc.Code, Name: e.Name, Wikidata: e.QID, Confidence: cand.conf}
				if agree {
					c.Confidence = min(0.95, c.Confidence+0.15)
				}
				if chainOK {
					c.Code = titled(pc.Code, chainDesc.code.Code)
				}
				c.Evidence = append(c.Evidence,
					Evidence{Kind: cand.how, Span: nameSpan, Entry: e.Name, Code: pc.Code, Source: fmt.Sprintf("%s:%d", e.Source, e.Line)},
					Evidence{Kind: "office", Span: nameSpan, Entry: pc.Office, Code: pc.Code, Source: fmt.Sprintf("%s:%d", e.Source, pc.Line),
						Start: pc.From, End: pc.To})
				if chainOK {
					c.Evidence = append(c.Evidence, chainDesc.code.Evidence...)
				}
				return c, true
			}
		}
	}
	// 4. The title and country around the mention.
	if chainOK {
		return chainDesc.code, true
	}
	if ok {
		return desc.code, true
	}
	return Code{}, false
}

// NamesPerson reports whether a code was given by a person's entry: its
// evidence is an office, a variant of the person's name or a surname.
func (c Code) NamesPerson() bool {
	for _, ev := range c.Evidence {
		switch ev.Kind {
		case "office", "name-variant", "surname":
			return true
		}
	}
	return false
}

// NameWords reports whether s holds words and each is a name
// word, a capital then lower-case letters ("Richard ", "Thérèse
// Kayikwamba "): not an elided article ("L’") or an acronym.
func NameWords(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 {
		return false
	}
	for _, w := range ws {
		r, size := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.IndexFunc(w[size:], func(c rune) bool { return !unicode.IsLower(c) && c != '-' }) >= 0 || len(w) == size {
			return false
		}
	}
	return true
}

// sharedDemonyms are nationality words two countries share: "le président
// congolais Denis Sassou Nguesso" is the Republic of the Congo's, as his
// office says, though "congolais" reads as the DRC's first.
var sharedDemonyms = set("congolais congolaise congolaises congolese")

// sharedDemonym reports whether one of the matches is a nationality word
// two countries share.
func sharedDemonym(text string, ms []Match) bool {
	for _, m := range ms {
		if sharedDemonyms[strings.ToLower(text[m.Span.Start:m.Span.End])] {
			return true
		}
	}
	return false
}

// titled returns a person's code with the role the title before the name
// gives, when the person's code holds a country alone: "le ministre
// tunisien de la Défense Ibrahim Bartagi" is TUNGOVMIL even on a day the
// office list does not cover, "Bree Prime Minister Romendacil" BREGOV.
func titled(person, title string) string {
	if len(person) >= 3 && len(title) >= 3 && countryPart(title) == "" && countryPart(person) != "" {
		// A title without a country: "Prime Minister Albin Kurti"
		// holds the office now, whatever role (opposition, former)
		// the office list last knew him in.
		if role := person[3:]; (len(person) == 3 || role == "ELI" || role == "OPP" || otherSector(role, title)) && !strings.Contains(title, "ELI") {
			return person[:3] + title
		}
		return person
	}
	if len(title) <= 3 || len(person) < 3 || title[:3] != person[:3] {
		return person
	}
	if len(person) == 3 {
		return title
	}
	// "U.S. Secretary of State Antony Blinken": the title the text
	// gives now beats an office list that only knows a former one.
	if strings.HasSuffix(person, "ELI") && !strings.Contains(title, "ELI") {
		return title
	}
	// "Kenyan opposition leader Raila Odinga": a title of another sector
	// than the office list's says what the person is now; the list's
	// offices often have no end date (Phoenix's "KENGOV 2008-04-17..").
	if otherSector(person[3:], title[3:]) {
		return title
	}
	return person
}

// otherSector reports whether a title's role is of another sector than
// the role an office list gives: OPP against GOV, not GOVMIL against
// GOV. A military title is often a rank that heads of state keep
// ("le général Tiani"), so MIL does not count. A title that says GOV does not overrule a list's more specific
// sector, which the person may hold within government.
func otherSector(listed, title string) bool {
	if len(listed) < 3 || len(title) < 3 || listed[:3] == title[:3] {
		return false
	}
	switch title[:3] {
	case "OPP", "REB", "INS", "JUD", "LEG", "COP", "SPY", "PTY", "CRM", "MED", "BUS", "EDU", "HLH", "REF", "LAB":
		return listed[:3] == "GOV" || listed[:3] == "OPP" || listed[:3] == "ELI"
	}
	return false
}

// formerBefore reports whether the word before offset i says the title
// after it is no longer held: "former NATO Secretary-General", "l'ancien
// secrétaire général de l'Otan", "ex-".
func formerBefore(text string, i int) bool {
	before := strings.TrimRight(text[:i], " \u00a0")
	if strings.HasSuffix(before, "ex-") || strings.HasSuffix(before, "Ex-") {
		return true
	}
	j := strings.LastIndexAny(before, " \u00a0'’\n") + 1
	return formerWords[strings.ToLower(before[j:])]
}

var formerWords = set("former ancien ancienne anciens anciennes ex")

func officeOr(m Match) string {
	if m.Office != "" {
		return m.Office
	}
	return m.Name
}

// chain returns the matches that form a title or apposition right before
// the mention: matched words and function words back to the first other
// word or sentence break.
func (k *Knowledge) chain(text string, toks []token, left []Match, split int, span doc.Span, lang string) []Match {
	cover := map[int]int{} // token → match index
	for mi, m := range left {
		for t := m.toks[0]; t < m.toks[1]; t++ {
			if _, ok := cover[t]; !ok || m.toks[1]-m.toks[0] > left[cover[t]].toks[1]-left[cover[t]].toks[0] {
				cover[t] = mi
			}
		}
	}
	fw := k.functionWords(lang)
	start := split
	next := span.Start
	comma := false
	for i := split - 1; i >= 0; {
		if !softGap(text[toks[i].end:next]) {
			break
		}
		comma = comma || strings.Contains(text[toks[i].end:next], ",")
		if mi, ok := cover[i]; ok {
			m := left[mi]
			if k.entries[m.entry].Kind == KindPerson {
				break
			}

			start = m.toks[0]
			next = toks[m.toks[0]].start
			i = m.toks[0] - 1
			continue
		}
		if fw[toks[i].id] && !coordinators[keyOf(text, toks[i])] {
			next = toks[i].start
			i--
			continue
		}
		break
	}
	var out []Match
	role := false
	for _, m := range left {
		if m.toks[0] >= start {
			out = append(out, m)
			role = role || k.entries[m.entry].Kind == KindRole
		}
	}
	// Across a comma, only a title describes the name after it ("le
	// ministre de la Défense, Ibrahim Bartagi", "L'ambassadeur de France
	// au Maroc, Jean Dupont"); without one, the words before the comma are
	// the previous item of a list ("Hassan Nasrallah, Yahya Sinwar").
	if comma && !role {
		return nil
	}
	return out
}

// coordinators end a title chain: "Chinese President Xi Jinping and U.S.
// President Joe Biden" holds two titles, and Biden's is not Xi's.
var coordinators = set("and et")

// softGap reports whether the text between two words keeps them in one
// description: spaces, commas, brackets, dashes and quotes, no sentence
// break.
//
// A closing bracket then a dash ends a dateline ("TUNIS (Reuters) - Le
// ministre…", "WASHINGTON (AP) — U.S. Secretary of State…"): the agency
// is no part of the title after it.
func softGap(s string) bool {
	if len(s) > 12 {
		return false
	}
	closed := false
	for _, r := range s {
		switch r {
		case ')':
			closed = true
		case '-', '–', '—':
			if closed {
				return false
			}
		case ' ', '\u00a0', '\u202f', ',', '(', '\'', '’', '"', '«', '»', '“', '”':
		default:
			return false
		}
	}
	return true
}

// keyOf returns the normalised form of a token read without one.
func keyOf(text string, t token) string {
	if t.key != "" {
		return t.key
	}
	buf := make([]byte, 0, t.end-t.start)
	for _, r := range text[t.start:t.end] {
		if isWordRune(r) {
			buf = foldAppend(buf, r)
		}
	}
	return string(buf)
}

// nameWords returns the capitalised words at the end of the mention that no
// dictionary entry covers: the person's name in "le président Kais Ssaied".
func nameWords(text string, toks []token, inner []Match) []token {
	covered := func(t token) bool {
		for _, m := range inner {
			if t.start >= m.Span.Start && t.end <= m.Span.End {
				return true
			}
		}
		return false
	}
	end := len(toks)
	for end > 0 && covered(toks[end-1]) {
		end--
	}
	start := end
	for start > 0 && toks[start-1].capital && !covered(toks[start-1]) {
		start--
	}
	// "The Biden administration": a capitalised article opens the
	// sentence, not the name.
	for start < end && nameArticles[strings.ToLower(text[toks[start].start:toks[start].end])] {
		start++
	}
	if start == end || end-start > 6 {
		return nil
	}
	return toks[start:end]
}

// nameArticles are the articles a name mention may begin with.
var nameArticles = set("the le la les l' l’ a an un une")

// description is what a run of matches says: a country, a role, an
// organisation.
type description struct {
	code    Code
	country string // the country block the description gives, if any
	full    bool   // an organisation, actor or country names the thing itself
	actor   bool   // the code comes from a PETRARCH actor (person or group)
}

// destPreps are the prepositions that make a country a destination rather
// than the actor's own ("l’ambassadeur américain au Maroc").
var destPreps = set("a au aux en vers aupres to in into at")

// servesAbroad reports whether a title is held abroad: an ambassador in
// Morocco is not Morocco's.
func servesAbroad(form string) bool {
	f := strings.ToLower(form)
	for _, p := range []string{"ambassad", "envoy", "consul", "embass", "emissa", "émissa", "chargé", "charge_d", "charge d"} {
		if strings.HasPrefix(f, p) {
			return true
		}
	}
	return false
}

// locPreps are the destination prepositions that also say where a title
// holder is ("lawmakers in Fornost").
var locPreps = set("in en au aux à a")

// describe combines matches into one code: a role with a country
// (TUN + ~GOVMIL → TUNGOVMIL), a head role with the organisation it heads
// (chef du Pentagone → USAMIL), or an organisation, actor or country alone.
func (k *Knowledge) describe(text string, toks []token, ms []Match) (description, bool) {
	var roles, orgs []Match
	var demonym, ofCountry, region, located *Match
	for i := range ms {
		m := &ms[i]
		e := k.entries[m.entry]
		switch e.Kind {
		case KindRole:
			if m.Code != "" {
				roles = append(roles, *m)
			}
		case KindOrg, KindActor, KindPerson:
			if m.Code == "" {
				continue
			}
			// A PETRARCH actor with a bare country code (TUNISIAN [TUN]) is
			// a country name or demonym.
			if len(m.Code) == 3 && countryPart(m.Code) != "" && e.Kind == KindActor {
				if ofCountry == nil {
					if p := m.toks[0] - 1; p >= 0 && p < len(toks) && k.destIDs[toks[p].id] {
						if located == nil && locPreps[keyOf(text, toks[p])] {
							located = m
						}
						continue
					}
					ofCountry = m
				}
				continue
			}
			orgs = append(orgs, *m)
		case KindDemonym:
			if demonym == nil && m.Code != "" {
				demonym = m
			}
		case KindCountry:
			if ofCountry == nil && m.Code != "" {
				if p := m.toks[0] - 1; p >= 0 && p < len(toks) && k.destIDs[toks[p].id] {
					if located == nil && locPreps[keyOf(text, toks[p])] {
						located = m
					}
					continue
				}
				ofCountry = m
			}
		case KindRegion:
			if region == nil && m.Code != "" {
				region = m
			}
		}
	}
	var country *Match
	if demonym != nil {
		country = demonym
	} else if ofCountry != nil {
		country = ofCountry
	} else if located != nil && len(roles) > 0 && !servesAbroad(roles[0].head) {
		// "lawmakers in Fornost", "les militants en Tunisie": the
		// country where a title without one works is its own, unless
		// the title serves abroad (an ambassador).
		country = located
	}
	ev := func(m Match, kind string) Evidence {
		return Evidence{Kind: kind, Span: m.Span, Entry: m.Form, Code: m.Code, Source: m.Source, Start: m.Start, End: m.End}
	}
	var out description
	switch {
	case len(roles) > 0:
		role := roles[0]
		c := &out.code
		c.Evidence = append(c.Evidence, ev(role, "title"))
		head := k.entries[role.entry].Head
		switch {
		case len(orgs) > 0 && (head || country == nil):
			c.Code, c.Name, c.Wikidata, c.Confidence = orgs[0].Code, orgs[0].Name, orgs[0].Wikidata, 0.85
			if !head && k.entries[orgs[0].entry].Kind != KindOrg {
				// a person or group a title introduces: "Prime
				// Minister Albin Kurti", "Bree Prime Minister
				// Romendacil"
				c.Code = titled(c.Code, strings.Trim(role.Code, "~"))
			}
			c.Evidence = append(c.Evidence, ev(orgs[0], "dictionary"))
			out.country = countryPart(orgs[0].Code)
		case country != nil:
			c.Code, c.Confidence = combine(country.Code, role.Code), 0.85
			c.Evidence = append(c.Evidence, ev(*country, "country"))
			out.country = countryPart(country.Code)
		default:
			c.Code, c.Confidence = strings.Trim(role.Code, "~"), 0.4
			if len(roles) > 1 && religions[strings.Trim(role.Code, "~")] {
				// "Islamist insurgents": the noun's role first, then the
				// religion that qualifies it (INSMUS; MUS alone would read
				// as Mauritius). Other titles keep their first role:
				// "opposition leader" is OPP.
				last := roles[len(roles)-1]
				code := strings.Trim(last.Code, "~")
				for _, r := range roles[:len(roles)-1] {
					if rc := strings.Trim(r.Code, "~"); !strings.Contains(code, rc) {
						code += rc
					}
				}
				c.Code = code
				c.Evidence = append(c.Evidence, ev(last, "title"))
			}
		}
	case len(orgs) > 0:
		o := orgs[0]
		out.code = Code{Code: o.Code, Name: o.Name, Wikidata: o.Wikidata, Confidence: 0.9, Evidence: []Evidence{ev(o, "dictionary")}}
		out.country, out.full = countryPart(o.Code), true
		out.actor = k.entries[o.entry].Kind != KindOrg
	case country != nil:
		out.code = Code{Code: country.Code, Name: country.Name, Confidence: 0.8, Evidence: []Evidence{ev(*country, "country")}}
		out.country, out.full = countryPart(country.Code), true
	case ofCountry == nil && region != nil:
		out.code = Code{Code: region.Code, Name: region.Name, Confidence: 0.6, Evidence: []Evidence{ev(*region, "country")}}
		out.full = true
	default:
		// a destination country alone ("au Maroc") is still the country
		for _, m := range ms {
			if k.entries[m.entry].Kind == KindCountry && m.Code != "" {
				out.code = Code{Code: m.Code, Name: m.Name, Confidence: 0.7, Evidence: []Evidence{ev(m, "country")}}
				out.country, out.full = countryPart(m.Code), true
				return out, true
			}
		}
		return out, false
	}
	return out, out.code.Code != ""
}

// Actor is an actor mention found in raw text by Actors: a run of
// dictionary matches (title, country, organisation, name) and the name
// that follows a title, coded together.
type Actor struct {
	Span doc.Span `json:"span"`
	Text string   `json:"text"`
	Code
}

// maxNameWords bounds the unknown capitalised words Actors takes after a
// title as the name it introduces.
const maxNameWords = 4

// Actors finds actor mentions in raw text without an entity recogniser:
// runs of dictionary matches joined by function words ("le ministre
// tunisien de la Défense", "l’ambassadeur américain au Maroc"), extended
// to the capitalised name a title introduces, each coded by CodeMention.
// Use CodeMention instead when entity spans are known.
func (k *Knowledge) Actors(text string, date time.Time, lang string) []Actor {
	d := dayOf(date)
	ms := k.Find(text, date, lang)
	ms = slices.DeleteFunc(ms, func(m Match) bool { return coupDEtat(text, m) })
	if len(ms) == 0 {
		return nil
	}
	toks := tokenize(text, 0, len(text), make([]token, 0, len(text)/6+1), k.m.vocab, false)
	fw := k.functionWords(lang)
	// token index after a byte offset
	next := func(off int) int {
		lo, hi := 0, len(toks)
		for lo < hi {
			mid := (lo + hi) / 2
			if toks[mid].start < off {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		return lo
	}
	var out []Actor
	for i := 0; i < len(ms); {
		span := ms[i].Span
		hasTitle := ms[i].Kind == "role"
		// "son ambassadeur en France": a title someone owns does not
		// take the place it is posted in as its country.
		owned := false
		if ti := next(span.Start) - 1; hasTitle && ti >= 0 && possessives[keyOf(text, toks[ti])] {
			owned = true
		}
		named := isNamed(ms[i].Kind) // an organisation, actor or person closes the run
		lastKind := ms[i].Kind
		j := i + 1
		for j < len(ms) {
			m := ms[j]
			if m.Span.Start < span.End { // overlapping (a demonym inside a title)
				span.End = max(span.End, m.Span.End)
				j++
				continue
			}
			// A title takes a country, another title, or what it heads or
			// names; a country takes a title; a name closes the run.
			switch {
			case named && !(lastKind == "actor" && m.Kind == "person"):
				// a PETRARCH actor may be a title ("U.S. Defense Secretary")
			case isNamed(m.Kind) && !hasTitle && !named:
			case !isNamed(m.Kind) && m.Kind != "role" && !hasTitle:
			case hasTitle && (m.Kind == "role" || isNamed(m.Kind) && !strings.HasPrefix(strings.TrimSpace(text[span.End:m.Span.Start]), ",")) &&
				coordinated(text[span.End:m.Span.Start]),
				hasTitle && isNamed(m.Kind) && coordinatedOf(text[span.End:m.Span.Start]):
				// "media and government", "lawmakers and officials", "the
				// Sudanese army and the RSF" (a name after a comma is the
				// title's: "le secrétaire…, Mark Esper"): two actors, each
				// coded on its own.
			case owned && (m.Kind == "country" || m.Kind == "region") && (wordsBetween(text, toks, next(span.End), m.Span.Start) || endsWithPreposition(text[span.Start:span.End])):
			case !hasTitle && m.Kind == "role" && wordsBetween(text, toks, next(span.End), m.Span.Start):
				// A country or place takes a title that follows it only
				// directly ("UK Prime Minister", "Britain's envoy"): in
				// "la visite à Kiev du Premier ministre", the minister is
				// not Kyiv's.
			case hasTitle && m.Kind == "role" && dative(text[span.End:m.Span.Start]):
				// "ont opposé l'armée malienne aux rebelles": a title
				// after "à" is another actor, not a complement
			case hasTitle && (m.Kind == "country" || m.Kind == "region") && toward(text[span.End:m.Span.Start]) && !servesAbroad(text[span.Start:span.End]):
				// "extradited a drug trafficker to France": France is
				// where the person goes, not whose (an ambassador to
				// France is posted there, and describe says so)
			default:
				if joinable(text, toks, span.End, next(span.End), m.Span.Start, fw, isNamed(m.Kind)) {
					span.End = m.Span.End
					hasTitle = hasTitle || m.Kind == "role"
					named, lastKind = isNamed(m.Kind), m.Kind
					j++
					continue
				}
			}
			break
		}
		// the name a title introduces: capitalised words and the
		// particles inside Arabic and Dutch names ("Abdel Fattah
		// al-Sisi"), up to the next dictionary match. A person's match
		// ends the name ("President Abdel Fattah al-Sisi"); another
		// match is another actor ("the ministers of Egypt, Jordan").
		if hasTitle && !named {
			t := next(span.End)
			for n := 0; t < len(toks) && n < maxNameWords && softGap(text[span.End:toks[t].start]); n++ {
				particle := !toks[t].capital && nameParticles[keyOf(text, toks[t])] && t+1 < len(toks) &&
					toks[t+1].capital && softGap(text[toks[t].end:toks[t+1].start])
				if !particle && (!toks[t].capital || fw[toks[t].id]) {
					break
				}
				if j < len(ms) && ms[j].Span.Start <= toks[t].start && toks[t].start < ms[j].Span.End {
					if (ms[j].Kind == "person" || ms[j].Kind == "actor") && n > 0 {
						span.End = ms[j].Span.End
						j++
					}
					break
				}
				span.End = toks[t].end
				t++
			}
		}
		// the run is maximal: no title to look for before it
		if c, ok := k.codeMention(text, span, d, lang, 0); ok {
			out = append(out, Actor{Span: span, Text: text[span.Start:span.End], Code: c})
		}
		i = j
	}
	return out
}

// dative reports whether the text between two titles is a bare French
// "à", "au" or "aux".
func dative(gap string) bool {
	switch strings.Join(strings.Fields(strings.ToLower(gap)), " ") {
	case "à", "au", "aux", "à la", "à l'", "à l’":
		return true
	}
	return false
}

// toward reports whether the text between a title and a country holds a
// preposition of destination: "to", "into", "towards", "vers".
func toward(gap string) bool {
	for _, w := range strings.Fields(strings.ToLower(gap)) {
		switch w {
		case "to", "into", "towards", "toward", "vers":
			return true
		}
	}
	return false
}

// coupDEtat reports whether a match is the "État" of "coup d'État", which
// names no state: "le coup d'État au Niger" is no Nigerien government.
func coupDEtat(text string, m Match) bool {
	if m.Kind != "role" || !strings.EqualFold(m.Text, "État") && !strings.EqualFold(m.Text, "Etat") || m.Span.Start > len(text) {
		return false
	}
	before := strings.ToLower(strings.TrimRight(text[max(0, m.Span.Start-16):m.Span.Start], " "))
	return strings.HasSuffix(before, "coup d'") || strings.HasSuffix(before, "coup d’") ||
		strings.HasSuffix(before, "coups d'") || strings.HasSuffix(before, "coups d’")
}

// religions are the CAMEO religion codes a role may begin with ("Islamist",
// "Christian"), which qualify the role after them.
var religions = map[string]bool{"MUS": true, "CHR": true, "JEW": true, "BUD": true, "HIN": true, "SHI": true, "SUN": true, "SFI": true, "CTH": true, "PRO": true}

// coordinated reports whether the text between two titles is a bare
// conjunction ("and", "et", "or", "ou"): they name two actors, unlike "le
// ministre de l'Europe et des Affaires étrangères".
func coordinated(gap string) bool {
	words := strings.Fields(strings.ToLower(gap))
	if len(words) == 0 || len(words) > 2 {
		return false
	}
	switch words[0] {
	case "and", "et", "or", "ou", ",":
	default:
		return false
	}
	if len(words) == 1 {
		return true
	}
	// "le président égyptien et le roi de Jordanie": a conjunction and
	// the article of the second title.
	switch words[1] {
	case "le", "la", "les", "l'", "l’", "the", "son", "sa", "ses", "leur", "leurs", "his", "her", "its", "their":
		return true
	}
	return false
}

// coordinatedOf reports whether the text between a title's complement
// and a named actor is a conjunction with a preposition: "les délégations
// du gouvernement afghan et des talibans" are two sides.
func coordinatedOf(gap string) bool {
	switch strings.Join(strings.Fields(strings.ToLower(gap)), " ") {
	case "et des", "et du", "et de la", "et de l'", "et de l’", "and of the", "and of":
		return true
	}
	return false
}

// joinable reports whether the text between two matches (bytes from..end,
// token ti the first after from) holds only function words (at most three)
// and soft gaps; a comma only before a name (an apposition).
func joinable(text string, toks []token, from, ti, end int, fw map[uint32]bool, name bool) bool {
	prev := from
	gap := func(s string) bool { return softGap(s) && (name || !strings.Contains(s, ",")) }
	for n := 0; ti < len(toks) && toks[ti].start < end; ti++ {
		if !fw[toks[ti].id] || n == 3 || !gap(text[prev:toks[ti].start]) {
			return false
		}
		// A possessive starts another description: "à Alger son
		// homologue malien" is Algiers, then the counterpart.
		if possessives[keyOf(text, toks[ti])] {
			return false
		}
		prev = toks[ti].end
		n++
	}
	return gap(text[prev:end])
}

// endsWithPreposition reports whether a match ends with the preposition
// of a posting ("ambassador to", a PETRARCH agent).
func endsWithPreposition(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	if len(f) < 2 {
		return false
	}
	switch f[len(f)-1] {
	case "to", "in", "at", "à", "au", "aux", "en":
		return true
	}
	return false
}

// wordsBetween reports whether a word other than a possessive 's lies
// between token ti and byte end.
func wordsBetween(text string, toks []token, ti, end int) bool {
	for ; ti < len(toks) && toks[ti].start < end; ti++ {
		switch text[toks[ti].start:toks[ti].end] {
		case "'s", "’s", "s", "'", "’":
		default:
			return true
		}
	}
	return false
}

// nameParticles are the lower-case words inside personal names.
var nameParticles = set("al el ad ar as ash at bin ben ibn abu bou ould van von der ter")

// possessives are the possessive determiners that the function words
// hold.
var possessives = set("son sa ses leur leurs its his her their")

func isNamed(kind string) bool { return kind == "org" || kind == "actor" || kind == "person" }
