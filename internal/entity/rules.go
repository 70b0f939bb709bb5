package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// spanSet is the mentions of a sentence while the rules edit them.
type spanSet struct {
	spans  []TokenSpan
	scores []float64
}

// overlapping returns the indices of the spans that overlap [a, b).
func (s *spanSet) overlapping(a, b int) []int {
	var out []int
	for k, sp := range s.spans {
		if sp.Start < b && a < sp.End {
			out = append(out, k)
		}
	}
	return out
}

// within reports whether every span overlapping [a, b) lies inside it,
// and returns the best score among them (0 for none): a rule may then
// replace them with a longer mention.
func (s *spanSet) within(a, b int) (bool, float64) {
	best := 0.0
	for _, k := range s.overlapping(a, b) {
		sp := s.spans[k]
		if sp.Start < a || sp.End > b {
			return false, 0
		}
		best = max(best, s.scores[k])
	}
	return true, best
}

// put adds sp, removing the spans it overlaps.
func (s *spanSet) put(sp TokenSpan, score float64) {
	for _, k := range slices.Backward(s.overlapping(sp.Start, sp.End)) {
		s.spans = slices.Delete(s.spans, k, k+1)
		s.scores = slices.Delete(s.scores, k, k+1)
	}
	k, _ := slices.BinarySearchFunc(s.spans, sp.Start, func(x TokenSpan, t int) int { return x.Start - t })
	s.spans = slices.Insert(s.spans, k, sp)
	s.scores = slices.Insert(s.scores, k, score)
}

// applyRules edits the tagger's spans:
//   - titles are dropped from the front of person names, and a regnal
//     number joins the name before it ("Mohammed VI");
//   - a well-known organisation of lexicon.txt is an ORG unless a longer
//     mention holds it;
//   - a name followed by its acronym in brackets, "Bureau central des
//     enquêtes judiciaires (BCIJ)", is two ORG mentions;
//   - in French, an acronym that is not a known place is an ORG, and a
//     capitalised organisation word with its adjectives ("Gendarmerie
//     royale") is an ORG;
//   - nationality adjectives outside other mentions are NORP mentions.
func applyRules(infos []tokInfo, spans []TokenSpan, scores []float64, lang string, news bool) ([]TokenSpan, []float64) {
	s := spanSet{spans, scores}
	n := len(infos)
	if lang == "fr" || news {
		// In edited text a name ends with a capitalised word: "Algerian
		// officials" is a nationality and a noun, not an organisation.
		for k := len(s.spans) - 1; k >= 0; k-- {
			sp := &s.spans[k]
			for sp.End > sp.Start && infos[sp.End-1].cap == capNone {
				sp.End--
			}
			if sp.End-sp.Start == 1 && articles[infos[sp.Start].lw] {
				sp.End = sp.Start // "The militant group": an article is left, no name
			}
			if lang == "en" {
				// English names hold no lower-case word but their links
				// ("Bank of England", "Mohammed bin Salman"): "She urged
				// Washington" is Washington
				for i := sp.End - 1; i > sp.Start; i-- {
					if w := infos[i].w; infos[i].cap == capNone && isWordish(w) && !nameLinks[infos[i].lw] {
						sp.Start = i + 1
						break
					}
				}
				// nor do they begin with a link: "the port of Jeddah"
				for sp.Start < sp.End && infos[sp.Start].cap == capNone && nameLinks[infos[sp.Start].lw] &&
					!arabicParticles[infos[sp.Start].lw] {
					sp.Start++
				}
			}
			if sp.End-sp.Start == 1 && calendarWords[infos[sp.Start].lw] {
				sp.End = sp.Start // "in June": a month, no place
			}
			for sp.End-sp.Start > 1 && sp.Type != "PER" && calendarWords[infos[sp.End-1].lw] {
				sp.End-- // "Sierra Leone | Tuesday": the day is no part of the place
			}
			if lang == "en" && sp.End-sp.Start == 1 && sp.Start > 0 && infos[sp.Start-1].w == "," && usStates[infos[sp.Start].w] {
				sp.Type = "LOC" // "ARLINGTON, Va."
			}
			if sp.End == sp.Start {
				s.spans = slices.Delete(s.spans, k, k+1)
				s.scores = slices.Delete(s.scores, k, k+1)
				continue
			}
			if ph := infos[sp.Start].phrase; sp.End-sp.Start == 1 && ph&(1<<(gNorp*4+posU)) != 0 && ph&(1<<(gCountry*4+posU)) == 0 {
				sp.Type = "NORP"
			}
		}
	}
	if lang == "fr" {
		extendKnown(infos, &s)
	}
	if lang == "fr" || news {
		joinCities(infos, &s)
	}
	if lang == "fr" || news {
		extendDictOrgs(infos, &s, lang)
	}
	// Two person mentions joined by a hyphen are one name: "Jean | - |
	// Bertrand Aristide" (edited text: web text joins more with hyphens).
	for k := len(s.spans) - 1; k > 0 && (lang == "fr" || news); k-- {
		a, b := s.spans[k-1], s.spans[k]
		if a.Type == "PER" && b.Type == "PER" && a.End+1 == b.Start && infos[a.End].w == "-" {
			s.spans[k-1].End = b.End
			s.scores[k-1] = min(s.scores[k-1], s.scores[k])
			s.spans = slices.Delete(s.spans, k, k+1)
			s.scores = slices.Delete(s.scores, k, k+1)
		}
	}
	for k := range s.spans {
		sp := &s.spans[k]
		if sp.Type != "PER" {
			continue
		}
		if infos[sp.Start].place == sp.End && infos[sp.Start].phrase&(1<<(gCountry*4+posU)|1<<(gRegion*4+posU)) != 0 {
			// "Morocco extradited…", "in the Sahel": a country's or a
			// region's name is no person's.
			sp.Type = "LOC"
			continue
		}
		if titleOnly(infos, sp.Start, sp.End) {
			sp.Type = "" // "U.S. Secretary | of State Antony Blinken": a title, no name
			continue
		}
		sp.Start = nameStart(infos, sp.Start, sp.End)
		if sp.End < n && isRoman(infos[sp.End].w) && (k+1 == len(s.spans) || s.spans[k+1].Start > sp.End) {
			sp.End++
		}
		prev, next := -1, n
		if k > 0 {
			prev = s.spans[k-1].End - 1
		}
		if k+1 < len(s.spans) {
			next = s.spans[k+1].Start
		}
		if lang == "fr" || news {
			sp.Start, sp.End = hyphenatedName(infos, sp.Start, sp.End, prev, next)
		}
		if sp.Type == "PER" {
			sp.End = koreanGivenName(infos, sp.Start, sp.End, next)
		}
	}
	for k := range s.spans {
		// "Russia's Foreign Ministry", "the Health Ministry": a name that
		// ends with an institution's head word is an organisation's,
		// unless it is a person the gazetteer knows
		sp := &s.spans[k]
		if (sp.Type == "PER" || sp.Type == "LOC") && sp.End-sp.Start > 1 && institutionHeads[infos[sp.End-1].lw] &&
			infos[sp.Start].phrase&(1<<(gPerson*4+posB)) == 0 {
			sp.Type = "ORG"
		}
	}
	for k := range s.spans {
		sp := &s.spans[k]
		if sp.End-sp.Start != 1 || sp.Type == "" {
			continue
		}
		t := &infos[sp.Start]
		switch {
		case sp.Type == "ORG" && t.known == 0 && t.place == sp.End && t.phrase&(1<<(gRegion*4+posU)) != 0 && t.phrase&(1<<(gCountry*4+posU)) == 0:
			// "au Sahel": a region, not an organisation (countries keep
			// re3d's ORG for a state that acts).
			sp.Type = "LOC"
		case lang == "fr" && (t.lw == "état" || t.lw == "etat") && sp.Start > 0 && (infos[sp.Start-1].lw == "d'" || infos[sp.Start-1].lw == "d’" ||
			sp.Start > 2 && (infos[sp.Start-1].lw == "l'" || infos[sp.Start-1].lw == "l’") && infos[sp.Start-2].lw == "de" && strings.HasPrefix(infos[sp.Start-3].lw, "chef")):
			// "chefs d'État", "coup d'État", "secrétaire d'État", "le chef
			// de l'État": the state of a fixed phrase, not an organisation.
			sp.Type = ""
		case lang == "fr" && sp.Type != "PER" && sp.Start > 1 && (infos[sp.Start-2].lw == "fête" || infos[sp.Start-2].lw == "fete") && (infos[sp.Start-1].lw == "du" || infos[sp.Start-1].lw == "de"):
			// "la fête du Trône", "la fête de Pâques": a holiday.
			sp.Type = ""
		}
	}
	for k := len(s.spans) - 1; k >= 0; k-- {
		if s.spans[k].Type == "" {
			s.spans = slices.Delete(s.spans, k, k+1)
			s.scores = slices.Delete(s.scores, k, k+1)
		}
	}
	if lang == "fr" || news {
		knownSurnames(infos, &s)
		splitPlaces(infos, &s)
		splitPossessive(infos, &s)
		splitTitles(infos, &s)
		splitPersons(infos, &s)
	}
	joinParticles(infos, &s)
	for k := range s.spans { // "Antony Blinken Monday urged…": the day is no part of the name
		sp := &s.spans[k]
		for sp.Type == "PER" && sp.End-sp.Start > 1 && calendarWords[infos[sp.End-1].lw] {
			sp.End--
		}
	}
	if lang == "fr" || news {
		extendNames(infos, &s) // edited text: web text capitalises more than names
		groupNames(infos, &s)
	}
	// Well-known organisations.
	for i := 0; i < n; i++ {
		end := infos[i].known
		if end == 0 || !(infos[i].cap == capInit || infos[i].cap == capAll) {
			continue
		}
		if end-i == 1 && utf8.RuneCountInString(infos[i].w) <= 2 && infos[i].cap != capAll {
			continue // "Un" at a sentence start is not the UN, nor "Ue" the EU
		}
		if end-i == 1 && infos[i].cap == capInit && infos[i].words&(1<<gCommon) != 0 {
			continue // "Who" asks, WHO is the organisation
		}
		contained := false
		for _, k := range s.overlapping(i, end) {
			sp := s.spans[k]
			if sp.Start <= i && end <= sp.End && sp.End-sp.Start > end-i {
				contained = true
			}
		}
		if !contained {
			s.put(TokenSpan{i, end, "ORG"}, 1)
		}
		i = end - 1
	}
	// Countries and regions.
	for i := 0; i < n; i++ {
		end := infos[i].place
		if end == 0 || infos[i].cap != capInit {
			continue
		}
		if len(s.overlapping(i, end)) == 0 {
			s.put(TokenSpan{i, end, "LOC"}, 0.9)
		}
		i = end - 1
	}
	// Acronyms in brackets after their expansion.
	for i := 2; i+1 < n; i++ {
		if infos[i-1].w != "(" || infos[i+1].w != ")" || infos[i].cap != capAll {
			continue
		}
		start := -1
		for k := i - 2; k >= 0 && k >= i-9; k-- {
			w := infos[k].w
			if isPunct(w) && w != "'" && w != "’" && w != "-" {
				break
			}
			if infos[k].words&(1<<gOrgWord) != 0 && infos[k].cap == capInit {
				start = k
			}
		}
		if start >= 0 && acronymMatches(infos[i].w, infos[start:i-1]) {
			s.put(TokenSpan{start, i - 1, "ORG"}, 1)
			s.put(TokenSpan{i, i + 1, "ORG"}, 1)
			continue
		}
		// No organisation word: the initials must spell the acronym,
		// "Greater New Orleans Fair Housing Action Center (GNOFHAC)",
		// "Housing Authority of New Orleans (HANO)". A place keeps its
		// type: "United Arab Emirates (UAE)".
		if start = initialsStart(infos, i); start >= 0 {
			typ := "ORG"
			if infos[start].place == i-1 {
				typ = "LOC"
			}
			for _, k := range s.overlapping(start, i-1) {
				if sp := s.spans[k]; sp.Start == start && sp.End == i-1 && sp.Type != "NORP" {
					typ = sp.Type // the tagger's own reading of the whole name
				}
			}
			s.put(TokenSpan{start, i - 1, typ}, 1)
			s.put(TokenSpan{i, i + 1, typ}, 1)
		}
	}
	if lang == "fr" {
		frenchOrgRules(infos, &s)
	}
	if lang == "en" && news {
		reportedSpeakers(infos, &s)
	}
	addNorp(infos, &s)
	return s.spans, s.scores
}

// reportingVerbs introduce or follow the speaker in edited English.
var reportingVerbs = map[string]bool{"said": true, "says": true, "told": true, "added": true, "adds": true,
	"explained": true, "explains": true, "wrote": true, "writes": true, "argued": true, "argues": true,
	"noted": true, "notes": true, "insisted": true, "insists": true, "recalled": true, "recalls": true}

// extendKnown lengthens a place or organisation mention to the country,
// region or well-known organisation of the gazetteer that starts with it
// and goes on in lower case, which the tagger or the trimming of
// lower-case ends cut short: "Arabie | saoudite", "Émirats | arabes unis"
// (French; EXPERIMENTS.md row 78).
func extendKnown(infos []tokInfo, s *spanSet) {
	for k := range s.spans {
		sp := &s.spans[k]
		if sp.Type != "LOC" && sp.Type != "ORG" {
			continue
		}
		e, typ := infos[sp.Start].place, "LOC"
		if infos[sp.Start].known > e {
			e, typ = infos[sp.Start].known, "ORG"
		}
		if e <= sp.End || (k+1 < len(s.spans) && s.spans[k+1].Start < e) {
			continue
		}
		sp.End, sp.Type = e, typ
	}
}

// joinCities makes one place of a city of the gazetteer whose name runs
// over several words, capitalised at both ends, where the tagger cut it
// or left it out: "Port | - | au | - | Prince", "Dar es | Salaam" (edited
// text). A mention that reaches beyond the name ("Port-au-Prince
// International Airport") or a person inside it keeps it as it is.
func joinCities(infos []tokInfo, s *spanSet) {
	for i := 0; i < len(infos); i++ {
		e := infos[i].city
		if e == 0 || infos[i].cap == capNone || infos[e-1].cap == capNone {
			continue
		}
		ok, score := s.within(i, e)
		for _, k := range s.overlapping(i, e) {
			if s.spans[k].Type == "PER" || s.spans[k] == (TokenSpan{i, e, "LOC"}) {
				ok = false
			}
		}
		if !ok {
			continue
		}
		if score == 0 {
			score = 0.6
		}
		s.put(TokenSpan{i, e, "LOC"}, score)
		i = e - 1
	}
}

// extendDictOrgs lengthens a mention to the organisation of the actor
// dictionary whose name starts with it ("Banque centrale | européenne",
// "Conseil | de sécurité"), taking in the mentions inside, and makes an
// organisation of such a name that no mention touches (one word only if
// it can be nothing else, see loneOrgName), in edited text. The actor coder then finds the name it knows.
// English names are capitalised: "UN | refugee agency" stays as it is.
func extendDictOrgs(infos []tokInfo, s *spanSet, lang string) {
	for i := 0; i < len(infos); i++ {
		e := infos[i].dictOrg
		if e == 0 || infos[i].cap == capNone || lang == "en" && (!capitalisedName(infos[i:e]) || infos[e-1].words&(1<<gTitle) != 0) {
			continue // not "UN Secretary-General", a title the dictionary codes
		}
		ov := s.overlapping(i, e)
		switch {
		case len(ov) == 0 && e-i >= 2:
			s.put(TokenSpan{i, e, "ORG"}, 0.6)
		case len(ov) == 0 && loneOrgName(&infos[i]):
			s.put(TokenSpan{i, e, "ORG"}, 0.6)
		case len(ov) > 0 && s.spans[ov[0]].Start == i && s.spans[ov[0]].End < e:
			if ok, score := s.within(i, e); ok {
				s.put(TokenSpan{i, e, "ORG"}, score)
			}
		default:
			continue
		}
		i = e - 1
	}
}

// loneOrgName reports whether a one-word name of the actor dictionary is
// surely the organisation's ("M23", "Hamas"): not a place ("Bruxelles"
// stands for the EU there), a first name or surname ("Wagner"), a title
// or a word also written in lower case ("Amnesty").
func loneOrgName(t *tokInfo) bool {
	return t.place == 0 && t.phrase&placePhrases == 0 &&
		t.words&(1<<gCommon|1<<gLowerWord|1<<gFirst|1<<gLast|1<<gTitle|1<<gCountry|1<<gCity|1<<gRegion) == 0
}

// capitalisedName reports whether every word of ts is capitalised, or a
// link or punctuation: an English name ("UN Secretary-General", not "UN
// secretary-general").
func capitalisedName(ts []tokInfo) bool {
	for i := range ts {
		if ts[i].cap == capNone && !nameLinks[ts[i].lw] && !isPunct(ts[i].w) {
			return false
		}
	}
	return true
}

// reportedSpeakers makes a person of a run of one to three capitalised
// name words that no mention holds, right before a reporting verb after a
// sentence start, comma or quote ("Tarlo explains"), or right after one
// at the end of a sentence or clause (", said Pugh ."): the speaker of
// quoted or reported speech in edited text. Known places, organisations,
// titles, common words and pronouns are left alone.
func reportedSpeakers(infos []tokInfo, s *spanSet) {
	n := len(infos)
	nameWord := func(k int) bool {
		t := &infos[k]
		return t.cap == capInit && nameLike(t) && t.place == 0 && t.known == 0 && !calendarWords[t.lw] &&
			t.words&(1<<gCountry|1<<gCity|1<<gRegion|1<<gOrg|1<<gNorp|1<<gTitle|1<<gOrgWord|1<<gLocWord) == 0
	}
	boundary := func(k int) bool {
		if k < 0 {
			return true
		}
		switch infos[k].w {
		case ",", "\"", "“", "”", "'", "‘", "’", ":", ";", "--", "—":
			return true
		}
		return false
	}
	put := func(a, b int) {
		if b-a >= 1 && b-a <= 3 && len(s.overlapping(a, b)) == 0 {
			s.put(TokenSpan{a, b, "PER"}, 0.5)
		}
	}
	for v := 0; v < n; v++ {
		if !reportingVerbs[infos[v].lw] || infos[v].cap != capNone {
			continue
		}
		// "Tarlo explains", ", Pugh said"
		a := v
		for a > 0 && v-a < 3 && nameWord(a-1) {
			a--
		}
		if a < v && boundary(a-1) {
			put(a, v)
		}
		// ", said Pugh ."
		b := v + 1
		for b < n && b-v-1 < 3 && nameWord(b) {
			b++
		}
		if b > v+1 && (b == n || boundary(b) || infos[b].w == ".") && v > 0 && boundary(v-1) {
			put(v+1, b)
		}
	}
}

// splitPlaces cuts a place or organisation mention at a comma or a dash
// when the words on each side begin a known place: "Egypt, Jordan and the
// United Arab Emirates", a dateline's "WARSAW — Poland's…". Each side
// that keeps a capitalised word stays a mention of the same type.
func splitPlaces(infos []tokInfo, s *spanSet) {
	for k := len(s.spans) - 1; k >= 0; k-- {
		sp := s.spans[k]
		if sp.Type != "LOC" && sp.Type != "ORG" {
			continue
		}
		cut := -1
		for i := sp.Start + 1; i < sp.End-1; i++ {
			if w := infos[i].w; (w == "," || w == "—" || w == "–") && placeStart(&infos[sp.Start]) && placeStart(&infos[i+1]) {
				cut = i
				break
			}
		}
		if cut < 0 {
			continue
		}
		score := s.scores[k]
		s.spans = slices.Delete(s.spans, k, k+1)
		s.scores = slices.Delete(s.scores, k, k+1)
		for _, part := range []TokenSpan{{sp.Start, cut, sp.Type}, {cut + 1, sp.End, sp.Type}} {
			for i := part.Start; i < part.End; i++ {
				if infos[i].cap == capInit || infos[i].cap == capAll {
					s.put(part, score)
					break
				}
			}
		}
		k = min(k+1, len(s.spans)) // the right part may split again
	}
}

// splitPossessive cuts a place or organisation mention that begins with
// a known country, region or city and its possessive: "China's Foreign
// Ministry" is China, a place, and the Foreign Ministry, of the mention's
// type. The actor coder reads the country from the sentence either way.
func splitPossessive(infos []tokInfo, s *spanSet) {
	for k := len(s.spans) - 1; k >= 0; k-- {
		sp := s.spans[k]
		if sp.Type != "LOC" && sp.Type != "ORG" {
			continue
		}
		i := infos[sp.Start].place
		if i <= sp.Start || i+1 >= sp.End || infos[i].lw != "'s" || infos[i+1].cap != capInit && infos[i+1].cap != capAll {
			continue
		}
		score := s.scores[k]
		s.spans = slices.Delete(s.spans, k, k+1)
		s.scores = slices.Delete(s.scores, k, k+1)
		s.put(TokenSpan{sp.Start, i, "LOC"}, score)
		s.put(TokenSpan{i + 1, sp.End, sp.Type}, score)
	}
}

// splitTitles cuts an organisation or place mention that runs over a
// title into the organisation and the person the title names: "European
// Commission President Ursula" is the Commission and Ursula (whom
// joinParticles and extendNames may then complete).
func splitTitles(infos []tokInfo, s *spanSet) {
	for k := len(s.spans) - 1; k >= 0; k-- {
		sp := s.spans[k]
		if sp.Type != "ORG" && sp.Type != "LOC" {
			continue
		}
		for i := sp.Start + 1; i < sp.End-1; i++ {
			t := &infos[i]
			if t.cap != capInit || t.words&(1<<gTitle) == 0 || !nameLike(&infos[i+1]) {
				continue
			}
			score := s.scores[k]
			s.spans = slices.Delete(s.spans, k, k+1)
			s.scores = slices.Delete(s.scores, k, k+1)
			s.put(TokenSpan{sp.Start, i, sp.Type}, score)
			s.put(TokenSpan{i + 1, sp.End, "PER"}, score)
			break
		}
	}
}

// splitPersons cuts a place or organisation mention around the full name
// of a person the gazetteer knows that starts inside it: "[Secretary of]
// State Antony Blinken Monday" is Antony Blinken, a person. What comes
// before the name stays a mention of its type if it holds a capitalised
// word that is neither common nor a title; days and months after it go.
func splitPersons(infos []tokInfo, s *spanSet) {
	for k := len(s.spans) - 1; k >= 0; k-- {
		sp := s.spans[k]
		if sp.Type != "ORG" && sp.Type != "LOC" {
			continue
		}
		for i := sp.Start + 1; i < sp.End; i++ {
			if infos[i].phrase&(1<<(gPerson*4+posB)) == 0 {
				continue
			}
			j := i + 1
			for j < sp.End && infos[j].phrase&(1<<(gPerson*4+posL)) == 0 {
				j++
			}
			if j == sp.End {
				break
			}
			score := s.scores[k]
			s.spans = slices.Delete(s.spans, k, k+1)
			s.scores = slices.Delete(s.scores, k, k+1)
			for h := sp.Start; h < i; h++ {
				if t := &infos[h]; t.cap != capNone && t.words&(1<<gCommon|1<<gTitle) == 0 && !isPunct(t.w) {
					s.put(TokenSpan{sp.Start, i, sp.Type}, score)
					break
				}
			}
			s.put(TokenSpan{i, j + 1, "PER"}, score)
			end := sp.End
			for end > j+1 && calendarWords[infos[end-1].lw] {
				end--
			}
			if end > j+1 {
				s.put(TokenSpan{j + 1, end, sp.Type}, score)
			}
			break
		}
	}
}

// placeStart tells whether a known country, region or city begins at t.
func placeStart(t *tokInfo) bool {
	const starts = 1<<(gCountry*4+posU) | 1<<(gCountry*4+posB) | 1<<(gCity*4+posU) | 1<<(gCity*4+posB) |
		1<<(gRegion*4+posU) | 1<<(gRegion*4+posB)
	return t.place != 0 || t.phrase&starts != 0
}

// institutionHeads are the organisation words that end no person's or
// place's name (unlike bank, church, press, union or university, which
// are also surnames or places).
var institutionHeads = map[string]bool{"ministry": true, "department": true, "agency": true, "bureau": true,
	"commission": true, "committee": true, "council": true, "parliament": true, "senate": true, "congress": true,
	"tribunal": true, "party": true, "army": true, "navy": true, "police": true, "corporation": true, "corp": true,
	"corp.": true, "inc": true, "inc.": true, "ltd": true, "ltd.": true, "llc": true, "authority": true,
	"administration": true, "association": true, "federation": true, "foundation": true, "institute": true,
	"organization": true, "organisation": true, "ministere": true, "departement": true, "agence": true,
	"comite": true, "conseil": true, "assemblee": true, "parlement": true, "senat": true, "parti": true,
	"armee": true, "gendarmerie": true, "fondation": true, "institut": true, "autorite": true}

// arabicParticles join the parts of a name ("Mohammed bin Salman", "Abdel
// Fattah al-Sisi", "Ahmed ould Abdallah"); the tagger often sees the
// parts on either side as two names, or the last one alone.
var arabicParticles = map[string]bool{"al": true, "el": true, "bin": true, "ben": true, "ibn": true,
	"bint": true, "abu": true, "ould": true, "ag": true}

// nameInitialParticles may begin a name with no given name before them:
// "bin Laden", "ibn Saud", "abu Mazen" (not "al", "el", "ben", "de": "al-Qaeda",
// the article, the French preposition).
var nameInitialParticles = map[string]bool{"bin": true, "ibn": true, "abu": true, "bint": true}

// arabicArticles, joined to the name by a hyphen, begin it even with no
// given name before them: "al-Sadr said" (UNER's spans hold the article).
// Without a hyphen, "al" may be the article of an organisation ("the al
// Qaeda cell").
var arabicArticles = map[string]bool{"al": true, "el": true}

// nameParticles are the European particles of surnames ("Ursula von der
// Leyen", "Charles de Gaulle", "Rafael van der Vaart"), one or two of them.
var nameParticles = map[string]bool{"von": true, "van": true, "der": true, "den": true, "de": true, "du": true,
	"da": true, "di": true, "del": true, "della": true, "la": true, "le": true, "ter": true, "zu": true}

// particle reports whether word i is a European particle of a surname:
// in lower case, or capitalised in a Flemish, Dutch or Italian name
// after a known first name or a person mention ("Bart De Wever",
// "Alexander De Croo", "Rafael Van der Vaart").
func particle(infos []tokInfo, s *spanSet, i int) bool {
	w := infos[i].w
	if nameParticles[w] {
		return true
	}
	if i < 1 || infos[i].cap != capInit || !nameParticles[strings.ToLower(w)] {
		return false
	}
	j := i - 1
	if nameParticles[strings.ToLower(infos[j].w)] {
		j-- // "Van Der": the word before the first decides
	}
	if j < 0 || infos[j].cap != capInit {
		return false
	}
	if infos[j].words&(1<<gFirst) != 0 {
		return true
	}
	ov := s.overlapping(j, j+1)
	return len(ov) == 1 && s.spans[ov[0]].Type == "PER" && s.spans[ov[0]].End == j+1
}

// joinParticles makes one person of a name written with a lower-case
// particle: the person mention after the particle (and its hyphen,
// "al-Sisi") takes in the particle and the capitalised name words before
// it, and the person mention they held.
func joinParticles(infos []tokInfo, s *spanSet) {
	for k := len(s.spans) - 1; k >= 0; k-- {
		sp := s.spans[k]
		if sp.Type != "PER" {
			continue
		}
		p := sp.Start - 1
		if p >= 1 && infos[p].w == "-" {
			p--
		}
		if p >= 2 && particle(infos, s, p) && particle(infos, s, p-1) {
			p-- // "Ursula von der Leyen", "Rafael Van Der Vaart"
		}
		if p < 1 || !arabicParticles[infos[p].w] && !particle(infos, s, p) { // lower case only: "Al" may begin the name
			continue
		}
		start := p
		for {
			if start > 0 && nameLike(&infos[start-1]) {
				start--
				continue
			}
			// given names joined by a hyphen: "Abdul-Malik al-Houthi"
			if start > 1 && start < p && infos[start-1].w == "-" && infos[start-2].cap == capInit && nameLike(&infos[start-2]) &&
				len(s.overlapping(start-2, start-1)) == 0 {
				start -= 2
				continue
			}
			break
		}
		if start == p && !nameInitialParticles[infos[p].w] && !(arabicArticles[infos[p].w] && infos[p+1].w == "-") {
			continue
		}
		ov := s.overlapping(start, p)
		if len(ov) > 1 || len(ov) == 1 && s.spans[ov[0]].Type != "PER" {
			continue // the words before are another kind of mention
		}
		s.put(TokenSpan{start, sp.End, "PER"}, s.scores[k])
		k = min(k, len(s.spans))
	}
}

// groupHeads are the nouns that make the name next to them a group's:
// "Wagner mercenary group", "le groupe Wagner", "la milice Wagner".
var groupHeads = map[string]bool{
	"group": true, "militia": true, "movement": true, "network": true, "gang": true, "cartel": true,
	"groupe": true, "mouvement": true, "milice": true, "réseau": true,
}

// groupStops end the words between a name and a group noun: "Smith and
// his group" is a person's.
var groupStops = map[string]bool{
	"and": true, "or": true, "of": true, "the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true,
	"to": true, "in": true, "on": true, "with": true, "said": true, "says": true, "has": true, "had": true, "is": true, "was": true,
	"et": true, "ou": true, "de": true, "du": true, "des": true, "le": true, "la": true, "les": true, "son": true, "sa": true, "ses": true,
	"leur": true, "à": true, "au": true, "aux": true, "avec": true, "dans": true, "est": true,
}

// groupNames retypes as an organisation a person mention that a group
// noun in lower case follows (after at most two lower-case words) or
// precedes: the surname-like name of a group ("Wagner").
func groupNames(infos []tokInfo, s *spanSet) {
	for k := range s.spans {
		sp := &s.spans[k]
		if sp.Type != "PER" || sp.End-sp.Start > 2 {
			continue
		}
		before := false // "le groupe Wagner", "le groupe paramilitaire russe Wagner"
		for j := sp.Start - 1; j >= 0 && j >= sp.Start-3; j-- {
			w := infos[j].w
			if groupHeads[w] {
				before = true
				break
			}
			if infos[j].cap != capNone || isPunct(w) || groupStops[w] {
				break
			}
		}
		if before {
			sp.Type = "ORG"
			continue
		}
		for j := sp.End; j < len(infos) && j <= sp.End+2; j++ {
			w := infos[j].w
			if groupHeads[w] {
				sp.Type = "ORG" // "Wagner mercenary group"
				break
			}
			if infos[j].cap != capNone || isPunct(w) || groupStops[w] {
				break
			}
		}
	}
}

// extendNames lets a person mention take in the capitalised name words
// right after it that no other mention holds ("José Manuel | Albares"):
// not a title, common, organisation or place word, a known place, a day
// or a month; and the known first names right before it.
func extendNames(infos []tokInfo, s *spanSet) {
	for k := range s.spans {
		sp := &s.spans[k]
		if sp.Type != "PER" {
			continue
		}
		next := len(infos)
		if k+1 < len(s.spans) {
			next = s.spans[k+1].Start
		}
		for sp.End < next {
			t := &infos[sp.End]
			if t.cap != capInit || !nameLike(t) || t.place != 0 || t.phrase != 0 || calendarWords[t.lw] {
				break
			}
			sp.End++
		}
		// and a first name right before it: "Secretary of State Antony |
		// Blinken"
		prev := -1
		if k > 0 {
			prev = s.spans[k-1].End - 1
		}
		for sp.Start-1 > prev {
			t := &infos[sp.Start-1]
			const person = 0xf<<(gPerson*4) | 0xf<<(gCity*4) // "Antony", "Florence" are towns too
			if t.cap != capInit || !nameLike(t) || t.words&(1<<gFirst) == 0 || t.place != 0 || t.phrase&^person != 0 || calendarWords[t.lw] {
				break
			}
			sp.Start--
		}
	}
}

// usStates are the abbreviations of the US states that American datelines
// and addresses write after a town and a comma (AP style).
var usStates = func() map[string]bool {
	m := map[string]bool{}
	for w := range strings.FieldsSeq(`Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md.
		Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D.
		Tenn. Vt. Va. Wash. W.Va. Wis. Wyo. D.C.`) {
		m[w] = true
	}
	return m
}()

// calendarWords are the days and months, capitalised in English; not
// May, a surname (Theresa May).
var calendarWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range strings.FieldsSeq(`monday tuesday wednesday thursday friday saturday sunday january february march
		april june july august september october november december lundi mardi mercredi jeudi vendredi samedi
		dimanche janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre`) {
		m[w] = true
	}
	return m
}()

// nameStart returns where the name of a person mention [a, b) begins:
// after the titles, lowercase and common words before it ("Secretary of
// State Antony Blinken" → "Antony Blinken").
func nameStart(infos []tokInfo, a, b int) int {
	start := b - 1
	for start > a && nameLike(&infos[start-1]) {
		start--
	}
	if !nameLike(&infos[start]) {
		return a
	}
	return start
}

// titleOnly reports whether the words [a, b) are titles and the words of
// a country's name only: "U.S. Secretary", "Defense Minister".
func titleOnly(infos []tokInfo, a, b int) bool {
	title := false
	for i := a; i < b; i++ {
		t := &infos[i]
		switch {
		case t.words&(1<<gTitle) != 0:
			title = true
		case t.phrase&(1<<(gCountry*4+posU)|1<<(gCountry*4+posB)|1<<(gCountry*4+posI)|1<<(gCountry*4+posL)|1<<(gNorp*4+posU)) != 0:
		case dottedInitials(t.w): // U.S., U.K.
		default:
			return false
		}
	}
	return title
}

// dottedInitials reports whether w is capitals each followed by a
// period, two or more: "U.S.", "U.K.".
func dottedInitials(w string) bool {
	if len(w) < 4 || len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] < 'A' || w[i] > 'Z' || w[i+1] != '.' {
			return false
		}
	}
	return true
}

// nameLike reports whether a word may be part of a person's name.
func nameLike(t *tokInfo) bool {
	return t.cap != capNone && t.words&(1<<gTitle|1<<gCommon|1<<gOrgWord|1<<gLocWord) == 0 && !isPunct(t.w)
}

// frenchOrgRules applies the French acronym and organisation-word rules.
func frenchOrgRules(infos []tokInfo, s *spanSet) {
	n := len(infos)
	const places = 1<<(gCountry*4+posU) | 1<<(gCity*4+posU) | 1<<(gRegion*4+posU)
	for i := 0; i < n; i++ {
		t := &infos[i]
		if t.cap == capAll && isAcronym(t.w) && t.words&(1<<gCommon) == 0 && t.phrase&places == 0 && !isRoman(t.w) {
			ov := s.overlapping(i, i+1)
			if len(ov) == 0 || (len(ov) == 1 && s.spans[ov[0]].End-s.spans[ov[0]].Start == 1 && s.spans[ov[0]].Type != "ORG") {
				s.put(TokenSpan{i, i + 1, "ORG"}, 0.6)
			}
			continue
		}
		if t.cap == capNone && (t.lw == "ministere" || t.lw == "departement") {
			// "le ministère de l'Intérieur", "le ministère des Affaires
			// étrangères": the ministry's domain is capitalised; a
			// nationality may come between ("le ministère marocain des
			// Affaires étrangères")
			k := i + 1
			if k < n && infos[k].cap == capNone && infos[k].phrase&(0xf<<(gNorp*4)) != 0 {
				k++
			}
			if end := ministryEnd(infos, k); end > 0 {
				if ok, score := s.within(i, end); ok {
					s.put(TokenSpan{i, end, "ORG"}, max(score, 0.6))
					i = end - 1
					continue
				}
			}
		}
		if t.cap != capInit || i == 0 || t.words&(1<<gOrgWord) == 0 {
			continue
		}
		j := i + 1
		for j < n && j-i <= 3 && infos[j].cap == capNone && isFrenchAdjForm(infos[j].lw) {
			j++
		}
		if j == i+1 {
			continue
		}
		// The tagger may have read the name without its adjectives
		// ("Gendarmerie | royale"); a longer mention holding it stays.
		if ok, score := s.within(i, j); ok {
			s.put(TokenSpan{i, j, "ORG"}, max(score, 0.6))
		}
	}
}

// ministryEnd returns the end of the domain of a French ministry whose
// name starts at i ("de l'Intérieur", "des Affaires étrangères", "de la
// Défense nationale"), or 0: a preposition and article, then a capitalised
// word and the lower-case adjectives after it.
func ministryEnd(infos []tokInfo, i int) int {
	n := len(infos)
	switch {
	case i < n && (infos[i].lw == "des" || infos[i].lw == "du" || infos[i].lw == "d'"):
		i++
	case i+1 < n && infos[i].lw == "de" && (infos[i+1].lw == "la" || infos[i+1].lw == "l'"):
		i += 2
	case i < n && infos[i].lw == "de":
		i++
	default:
		return 0
	}
	if i >= n || infos[i].cap != capInit {
		return 0
	}
	j := i + 1
	for j < n && j-i <= 3 && infos[j].cap == capNone && isFrenchAdjForm(infos[j].lw) {
		j++ // "étrangères", "nationale"
	}
	return j
}

// isFrenchAdjForm reports whether a lowercase folded French word (accents
// stripped, as tokInfo.lw) looks like an adjective of the kind that
// qualifies institutions ("royale", "nationale", "militaire",
// "populaire", "americaine", "etrangeres").
func isFrenchAdjForm(w string) bool {
	for _, suf := range []string{"al", "ale", "aux", "ales", "ique", "iques", "aire", "aires", "ien", "ienne", "iens", "iennes", "ain", "aine", "ais", "aise", "ois", "oise", "el", "elle", "if", "ive", "eur", "rice", "ere", "eres", "e"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return suf != "e" || strings.HasSuffix(w, "ale") || strings.HasSuffix(w, "yale")
		}
	}
	return false
}

// acronymMatches reports whether the initials of the capitalised and
// content words of ws spell at least the first letter of acr.
func acronymMatches(acr string, ws []tokInfo) bool {
	if len(ws) == 0 {
		return false
	}
	a := strings.ToLower(acr)
	return len(a) > 0 && ws[0].lw != "" && ws[0].lw[0] == a[0]
}

// isAcronym reports whether w is made of 2 to 6 letters, or of such
// parts joined by hyphens ("DGST-DGSN").
func isAcronym(w string) bool {
	for _, part := range strings.Split(w, "-") {
		if len(part) < 2 || len(part) > 6 || strings.IndexFunc(part, func(r rune) bool { return r < 'A' || r > 'Z' }) >= 0 {
			return false
		}
	}
	return true
}

// isRoman reports whether w is a regnal number (II to XXX).
func isRoman(w string) bool {
	if len(w) < 1 || len(w) > 5 || w == "I" {
		return false
	}
	return strings.Trim(w, "IVX") == ""
}

// addNorp adds NORP mentions for nationality words outside other
// mentions.
func addNorp(infos []tokInfo, s *spanSet) {
	for i := 0; i < len(infos); i++ {
		ph := infos[i].phrase
		if ph&(1<<(gNorp*4+posU)) != 0 && len(s.overlapping(i, i+1)) == 0 && norpCase(&infos[i]) {
			// A country's own name used as a modifier ("U.S. officials",
			// "UK bands") is the country, as UNER and OntoNotes label it.
			typ := "NORP"
			if ph&(1<<(gCountry*4+posU)) != 0 {
				typ = "LOC"
			}
			s.put(TokenSpan{i, i + 1, typ}, 1)
			continue
		}
		if ph&(1<<(gNorp*4+posB)) != 0 && norpCase(&infos[i]) {
			j := i + 1
			for j < len(infos) && infos[j].phrase&(1<<(gNorp*4+posL)) == 0 {
				j++
			}
			if j < len(infos) && len(s.overlapping(i, j+1)) == 0 {
				s.put(TokenSpan{i, j + 1, "NORP"}, 1)
				i = j
			}
		}
	}
}

// norpCase reports whether a nationality word is written as one: English
// demonyms are capitalised ("American"), French adjectives are not
// ("américain"), but French demonyms are ("les Américains").
func norpCase(t *tokInfo) bool {
	if t.cap == capInit || t.cap == capAll {
		return true
	}
	return t.cap == capNone && t.lw != "" && isFrenchAdj(t.lw)
}

// isFrenchAdj reports whether a lowercase word may be a French
// nationality adjective: the English words of the list are written
// capitalised when they are one.
func isFrenchAdj(lw string) bool {
	switch lw {
	case "democratic", "republican", "western", "islamic", "christian", "muslim",
		"jewish", "catholic", "protestant", "arab", "arabic", "democrat", "democrats",
		"republicans", "islamist", "english", "french", "american":
		return false
	}
	return true
}

// articles are the words a name cut down to its capitals may be left
// with ("The | militant group") that are no name.
var articles = map[string]bool{"the": true, "a": true, "an": true, "le": true, "la": true, "les": true,
	"l'": true, "l’": true, "un": true, "une": true, "des": true}

// initialsStart returns where the name spelt by the acronym at i (between
// brackets) begins, or -1: the initials of its words but the links
// ("of", "and", "de la"…) spell the acronym, it begins with a capital,
// and it holds no punctuation but hyphens and apostrophes. Acronyms of 3
// to 8 letters only: "(US)" or "(AP)" are too short to tell.
func initialsStart(infos []tokInfo, i int) int {
	w := infos[i].w
	if len(w) < 3 || len(w) > 8 || strings.IndexFunc(w, func(r rune) bool { return r < 'A' || r > 'Z' }) >= 0 {
		return -1
	}
	acr := strings.ToLower(w)
	got := len(acr) // letters of acr not yet matched, from the end
	for k := i - 2; k >= 0 && k >= i-14; k-- {
		t := &infos[k]
		if isPunct(t.w) {
			if t.w == "-" || t.w == "'" || t.w == "’" {
				continue
			}
			return -1
		}
		if acronymLinks[t.lw] {
			continue
		}
		if got == 0 || t.lw == "" || t.lw[0] != acr[got-1] {
			return -1
		}
		got--
		if got == 0 && (t.cap == capInit || t.cap == capAll) {
			return k
		}
	}
	return -1
}

// acronymLinks are the words an acronym skips.
var acronymLinks = func() map[string]bool {
	m := map[string]bool{}
	for w := range strings.FieldsSeq(`of the and for on in at to & de la le les des du d' l' et pour en`) {
		m[w] = true
	}
	return m
}()

// nameLinks are the lower-case words English names may hold: links and
// European particles, and the Arabic particles.
var nameLinks = func() map[string]bool {
	m := map[string]bool{}
	for w := range strings.FieldsSeq(`of the and for on in at to des y e 's ’s`) {
		m[w] = true
	}
	for w := range nameParticles {
		m[w] = true
	}
	for w := range arabicParticles {
		m[w] = true
	}
	return m
}()

// isWordish reports whether w holds a letter.
func isWordish(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// addLowerPlaces marks the places web text writes in lower case ("moving
// to kerala", "chicago"): a gazetteer place none of whose words WordNet
// writes in lower case ("best", "police" and "north" are towns and
// regions as well). It runs on English web text after applyRules, and
// not on the silver sentences, which the teacher labels with applyRules
// alone.
func addLowerPlaces(infos []tokInfo, spans []TokenSpan, scores []float64) ([]TokenSpan, []float64) {
	s := spanSet{spans, scores}
	for i := 0; i < len(infos); i++ {
		end := lowerPlace(infos, i)
		if end == 0 {
			continue
		}
		if len(s.overlapping(i, end)) == 0 {
			s.put(TokenSpan{i, end, "LOC"}, 0.6)
		}
		i = end - 1
	}
	return s.spans, s.scores
}

// knownSurnames makes a person of a lone capitalised word that is the
// surname of a person the gazetteer knows, in edited text, where the
// tagger left it unlabelled ("people might vote for Trump."; "trump" is
// also a card game). Not a word that may be something else: a place, a
// known organisation, a nationality, a title or a common, organisation or
// place word of the treebanks, a day or a month; not next to another
// capitalised word ("Trump Tower") or a number ("30 May 1913").
func knownSurnames(infos []tokInfo, s *spanSet) {
	const other = placePhrases | 0xf<<(gNorp*4) | 0xf<<(gOrg*4)
	capWord := func(i int) bool { return i >= 0 && i < len(infos) && infos[i].cap != capNone && isWordish(infos[i].w) }
	number := func(i int) bool {
		return i >= 0 && i < len(infos) && infos[i].w != "" && infos[i].w[0] >= '0' && infos[i].w[0] <= '9'
	}
	for i := range infos {
		t := &infos[i]
		if t.cap != capInit || t.words&(1<<gLast) == 0 || !nameLike(t) || len(t.lw) < 3 || t.place != 0 || t.known != 0 ||
			t.phrase&other != 0 || calendarWords[t.lw] || capWord(i-1) || capWord(i+1) || number(i-1) || number(i+1) {
			continue
		}
		if len(s.overlapping(i, i+1)) == 0 {
			s.put(TokenSpan{i, i + 1, "PER"}, 0.5)
		}
	}
}

// lowerPlace returns the end of the longest lower-case country, region or
// city name starting at i, or 0: words of three letters or more (four
// alone), none of them a lower-case word of WordNet or of the treebanks
// or a nationality ("german").
func lowerPlace(infos []tokInfo, i int) int {
	best := 0
	for _, c := range []int{gCountry, gCity, gRegion} {
		ph := infos[i].phrase
		if ph&(1<<(c*4+posU)) != 0 {
			best = max(best, i+1)
		}
		if ph&(1<<(c*4+posB)) == 0 {
			continue
		}
		for j := i + 1; j < len(infos) && j-i < maxPhrase; j++ {
			pj := infos[j].phrase
			if pj&(1<<(c*4+posL)) != 0 {
				best = max(best, j+1)
			}
			if pj&(1<<(c*4+posI)) == 0 {
				break
			}
		}
	}
	if best == i+1 && len(infos[i].lw) < 4 {
		return 0 // "san", "est"
	}
	const norp = 0xf << (gNorp * 4)
	for k := i; k < best; k++ {
		t := &infos[k]
		if t.cap != capNone || t.words&(1<<gCommon|1<<gLowerWord) != 0 || t.phrase&norp != 0 || len(t.lw) < 3 || !isWordish(t.w) {
			return 0
		}
	}
	return best
}

// webRules edits the spans of English web text, where names are written as
// people type them:
//   - an e-mail's "Lenhart, Matthew" is one person, surname first: a
//     one-word name (or a capitalised word after punctuation or at the
//     start) and a one-word person name around a comma, the second a known
//     first name and the first not;
//   - "Rick's Pizza", "Martin Lee Motorsports": a shop named after a
//     person is an organisation (businessNames);
//   - "San Rafael Ca", "Miramar California", "Del Frisco's Philadelphia":
//     a place mention that ends with a known state, region, country or
//     city, or a US state's postal code, after a name of its own, is two
//     places, as a comma would have made them.
func webRules(infos []tokInfo, spans []TokenSpan, scores []float64) ([]TokenSpan, []float64) {
	s := spanSet{spans, scores}
	var merged []TokenSpan
	for k, sp := range s.spans {
		if sp.Type != "PER" || sp.End-sp.Start != 1 || sp.Start < 2 || infos[sp.Start-1].w != "," {
			continue
		}
		first, sur := &infos[sp.Start], &infos[sp.Start-2]
		if first.words&(1<<gFirst) == 0 || sur.words&(1<<gFirst) != 0 || !nameLike(sur) || sur.words&(1<<gLowerWord) != 0 {
			continue
		}
		switch {
		case k > 0 && s.spans[k-1].Start == sp.Start-2 && s.spans[k-1].End == sp.Start-1 && s.spans[k-1].Type == "PER":
		case (k == 0 || s.spans[k-1].End <= sp.Start-2) && (sp.Start == 2 || isPunct(infos[sp.Start-3].w)):
		default:
			continue
		}
		merged = append(merged, TokenSpan{sp.Start - 2, sp.End, "PER"})
	}
	for _, m := range merged {
		s.put(m, 1)
	}
	businessNames(infos, &s)
	for k := range s.spans {
		sp := &s.spans[k]
		// "interim Governing Council": a common word in lower case before
		// a capitalised name is no part of it (lower-case names, "taco
		// bell", stay whole).
		for sp.End-sp.Start > 1 && infos[sp.Start].cap == capNone && infos[sp.Start].words&(1<<gLowerWord) != 0 &&
			!nameLinks[infos[sp.Start].lw] && infos[sp.Start+1].cap != capNone {
			sp.Start++
		}
		// "Dan I have…": the pronoun after a first name, in web text where
		// sign-offs and greetings run into the next line. (A regnal "I",
		// "Charles I", is lost in web text; edited text keeps it.)
		if sp.Type == "PER" && sp.End-sp.Start > 1 && infos[sp.End-1].w == "I" {
			sp.End--
		}
	}
	const places = 1<<(gCountry*4+posU) | 1<<(gRegion*4+posU) | 1<<(gCity*4+posU)
	for k := len(s.spans) - 1; k >= 0; k-- {
		sp := s.spans[k]
		if sp.Type != "LOC" || sp.End-sp.Start < 2 {
			continue
		}
		last := &infos[sp.End-1]
		if last.phrase&places == 0 && !(len(last.w) == 2 && usPostal[strings.ToUpper(last.w)] && last.cap != capNone) ||
			last.words&(1<<gLowerWord|1<<gLocWord) != 0 {
			continue // not "Tampa | Bay": a place that is also a word ends a longer name
		}
		if knownWhole(infos, sp.Start, sp.End) {
			continue // "New Mexico", "Papua New Guinea"
		}
		if head := &infos[sp.End-2]; nameLinks[head.lw] && head.lw != "'s" && head.lw != "’s" {
			continue // "Gulf of Mexico"
		}
		own := false
		for h := sp.Start; h < sp.End-1; h++ {
			if t := &infos[h]; t.cap != capNone && nameLike(t) && t.words&(1<<gLowerWord) == 0 {
				own = true
			}
		}
		if !own {
			continue // "Northern California", "Greater Noida", "Lake Michigan"
		}
		score := s.scores[k]
		s.spans = slices.Delete(s.spans, k, k+1)
		s.scores = slices.Delete(s.scores, k, k+1)
		s.put(TokenSpan{sp.Start, sp.End - 1, "LOC"}, score)
		s.put(TokenSpan{sp.End - 1, sp.End, "LOC"}, score)
	}
	return s.spans, s.scores
}

// businessHeads end the names that web text gives shops and firms after
// a person's name: "Martin Lee Motorsports".
var businessHeads = func() map[string]bool {
	m := map[string]bool{}
	for w := range strings.FieldsSeq(`motorsports motors auto autos automotive insurance karate pizza pizzeria grill cafe café
		bakery restaurant realty plumbing construction dental photography studio studios jewelers jewellers cleaners
		landscaping hardware furniture florist florists garage tire tires towing transport electric roofing catering
		travel fitness gym spa salon deli diner pub tavern market foods farms nursery kennels clinic pharmacy
		tech motorcycles cycles marine boats imports inc llc ltd`) {
		m[w] = true
	}
	return m
}()

// businessNames makes a shop or firm of a person's name and the words after
// it, in web text: "Rick 's Pizza", "Kim 's Karate", "Gary s Auto Tech"
// (a possessive, then up to three words, each capitalised and no title, or
// a business head in lower case, none a known place, and no mention but an
// ORG inside them); "Martin Lee Motorsports", "Lee insurance" (no
// possessive: the last word must head a business name). EXPERIMENTS.md
// row 79.
func businessNames(infos []tokInfo, s *spanSet) {
	for k := 0; k < len(s.spans); k++ {
		sp := s.spans[k]
		if sp.Type != "PER" || sp.End-sp.Start > 3 {
			continue
		}
		j := sp.End
		poss := j < len(infos) && (infos[j].w == "'s" || infos[j].w == "’s" || infos[j].w == "s")
		if poss {
			j++
		}
		e := j
		for e < len(infos) && e-j < 3 && infos[e].place == 0 && infos[e].phrase&placePhrases == 0 && !isPunct(infos[e].w) &&
			(infos[e].cap != capNone && infos[e].words&(1<<gTitle) == 0 || businessHeads[infos[e].lw]) {
			e++
		}
		if e == j || !poss && !businessHeads[infos[e-1].lw] {
			continue
		}
		if e < len(infos) && infos[e].cap != capNone && nameLike(&infos[e]) {
			continue
		}
		ok := true
		for _, o := range s.overlapping(j, e) {
			if s.spans[o].Type != "ORG" || s.spans[o].Start < j || s.spans[o].End > e {
				ok = false
			}
		}
		if !ok {
			continue
		}
		s.put(TokenSpan{sp.Start, e, "ORG"}, s.scores[k])
	}
}

// placePhrases are the phrase bits of the gazetteer's countries, cities
// and regions, at any position.
const placePhrases = 0xf<<(gCountry*4) | 0xf<<(gCity*4) | 0xf<<(gRegion*4)

// knownWhole reports whether the words [a, b) are one known place phrase.
func knownWhole(infos []tokInfo, a, b int) bool {
	if infos[a].place == b {
		return true
	}
	for _, c := range []int{gCountry, gRegion, gCity} {
		if infos[a].phrase&(1<<(c*4+posB)) == 0 || infos[b-1].phrase&(1<<(c*4+posL)) == 0 {
			continue
		}
		whole := true
		for i := a + 1; i < b-1; i++ {
			if infos[i].phrase&(1<<(c*4+posI)) == 0 {
				whole = false
			}
		}
		if whole {
			return true
		}
	}
	return false
}

// usPostal are the US states' postal codes; not DC, which web text writes
// with its city as one place ("Washington DC").
var usPostal = func() map[string]bool {
	m := map[string]bool{}
	for w := range strings.FieldsSeq(`AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH
		NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY`) {
		m[w] = true
	}
	return m
}()

// hyphenParticles join names only between hyphens ("Fazl - ur - Rehman",
// "Zia - ul - Haq", "Salah - ud - Din").
var hyphenParticles = map[string]bool{"ur": true, "ul": true, "ud": true, "ad": true, "ar": true, "as": true, "ash": true}

// hyphenatedName extends a person's name [a, b) over the hyphens the
// tokeniser split it at, between the words at prev and next that other
// mentions hold: "Jean - | Bertrand Aristide", "Ken Saro | - Wiwa",
// "Zia - Ul - | Haq", "Fazl | - ur - Rehman". Each hyphen must join two
// name words, capitalised or, rightwards, a lower-case particle.
// koreanFamilies are the commonest Korean family names, which begin the
// name in romanisation.
var koreanFamilies = map[string]bool{
	"kim": true, "lee": true, "park": true, "choi": true, "jung": true, "kang": true, "cho": true, "yoon": true,
	"jang": true, "lim": true, "han": true, "oh": true, "seo": true, "shin": true, "kwon": true, "hwang": true,
	"ahn": true, "song": true, "yoo": true, "hong": true, "moon": true, "ban": true, "roh": true, "chun": true,
	"ri": true, "pak": true, "yun": true, "choe": true,
}

// koreanGivenName lengthens a person mention [a, b) over the second
// syllable of a Korean given name, written in lower case after a hyphen
// ("Kim Jong | - un", "Lee Jae | - myung"): the mention begins with a
// Korean family name and holds the first syllable.
func koreanGivenName(infos []tokInfo, a, b, next int) int {
	if b-a != 2 || b+1 >= next || !koreanFamilies[infos[a].lw] || infos[b].w != "-" {
		return b
	}
	w := infos[b+1].w
	if len(w) < 1 || len(w) > 6 || strings.IndexFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
		return b
	}
	return b + 2
}

func hyphenatedName(infos []tokInfo, a, b, prev, next int) (int, int) {
	part := func(k int) bool {
		t := &infos[k]
		return t.cap == capInit && nameLike(t) || t.cap == capNone && (arabicParticles[t.lw] || hyphenParticles[t.lw])
	}
	// Leftwards only over capitalised words: a particle there ("al -
	// Sisi") is joinParticles' to take, with the given names before it.
	for a-2 > prev && infos[a-1].w == "-" && part(a-2) && infos[a-2].cap == capInit {
		a -= 2
	}
	for b+1 < next && infos[b].w == "-" && part(b+1) {
		b += 2
	}
	// A particle ends no name: "Fazl - ur" needs its "- Rehman".
	for b-a > 1 && infos[b-1].cap == capNone {
		b -= 2
	}
	return a, b
}
