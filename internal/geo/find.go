package geo

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vigie-events/vigie/internal/doc"
)

// Mention is a span of the article that may name a place.
type Mention struct {
	Text string   `json:"text"` // the words as written
	Span doc.Span `json:"span"`

	// Qualifier is what follows the name after a comma to say where it is:
	// "CA" in "Long Beach, CA", "Texas" in "Paris, Texas".
	Qualifier     string   `json:"qualifier,omitempty"`
	QualifierSpan doc.Span `json:"qualifier_span,omitzero"`

	// Demonym is set when the words are a country adjective or demonym
	// ("marocain", "Moroccans") rather than a name.
	Demonym bool `json:"demonym,omitempty"`
}

// folded is a text in key form with a map back to the original bytes.
type folded struct {
	s          []byte
	start, end []int32 // original byte range of the rune each folded byte came from
}

// fold writes text in key form, as Normalize does, keeping offsets.
func fold(text string) folded {
	f := folded{
		s:     make([]byte, 0, len(text)),
		start: make([]int32, 0, len(text)),
		end:   make([]int32, 0, len(text)),
	}
	space := true
	for i, r := range text {
		size := utf8.RuneLen(r)
		if r == utf8.RuneError {
			size = 1
		}
		out, kind := foldRune(r)
		switch kind {
		case foldDrop:
			continue
		case foldSpace:
			if space {
				continue
			}
			out = " "
			space = true
		default:
			space = false
		}
		for j := 0; j < len(out); j++ {
			f.s = append(f.s, out[j])
			f.start = append(f.start, int32(i))
			f.end = append(f.end, int32(i+size))
		}
	}
	return f
}

// isWordByte reports whether a folded byte is part of a word: a letter, a
// digit, or a byte of a non-ASCII letter.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80
}

// FindPlaces finds the gazetteer's names in raw text, with byte offsets:
// the longest name at each position, read left to right. Cities, regions
// and admin-1 divisions must be capitalised; a name that is also a common
// word of the language ("Nice", "Reading") is taken at the start of a
// sentence only after a locative preposition; a name inside a longer proper
// name ("Columbia University", "Michael Jordan", "Jordan River",
// "Washington Post") is skipped. Country adjectives are found in lower case
// ("marocains"). A comma followed by a state or country ("Long Beach, CA",
// "Albany, N.Y.", "Paris, Texas") becomes the mention's Qualifier; a
// qualifier that is a full name is also a mention of its own. lang ("fr",
// "en") may be empty.
func (g *Gazetteer) FindPlaces(text, lang string) []Mention {
	f := fold(text)
	s := f.s
	var out []Mention
	for j := 0; j < len(s); {
		if !isWordByte(s[j]) || j > 0 && isWordByte(s[j-1]) {
			j++
			continue
		}
		end, refs := g.longestAt(s, j)
		if end < 0 {
			j++
			continue
		}
		// a longer name from the next word on wins: "La Côte d'Ivoire",
		// "The Horn of Africa"
		if nj := nextWordStart(s, j); nj < end {
			if e2, _ := g.longestAt(s, nj); e2 > end {
				j = nj
				continue
			}
		}
		m, ok := g.accept(text, &f, j, end, refs, lang)
		// a longer name the text does not write as one ("in Borno
		// state", not "Borno State"): the shorter name it starts with
		for e := prevWordEnd(s, j, end); !ok && e > j; e = prevWordEnd(s, j, e) {
			var buf [1]ref
			if r := g.refs(string(s[j:e]), &buf); len(r) > 0 {
				refs = append([]ref(nil), r...)
				if m, ok = g.accept(text, &f, j, e, refs, lang); ok {
					end = e
				}
			}
		}
		if !ok {
			j++
			continue
		}
		next := end
		if m.Span.End > int(f.end[end-1]) {
			// "Washington State": the mention took a word along
			for next < len(s) && int(f.start[next]) < m.Span.End {
				next++
			}
		}
		var qual *Mention
		if q, qs, qe, ok := g.qualifierAt(text, m.Span.End); ok {
			m.Qualifier = q
			m.QualifierSpan = doc.Span{Start: qs, End: qe}
			if k := Normalize(q); countLetters(q) > 3 && g.isPlaceStart(k) {
				qual = &Mention{Text: q, Span: m.QualifierSpan}
			}
			for next < len(s) && int(f.start[next]) < qe {
				next++
			}
		}
		out = append(out, m)
		if qual != nil {
			out = append(out, *qual)
		}
		j = next
	}
	return out
}

// longestAt returns the end of the longest key that starts at folded
// offset j, and its refs; -1 when none does. A key runs over single
// spaces and apostrophes, up to maxWords words.
func (g *Gazetteer) longestAt(s []byte, j int) (int, []ref) {
	bestEnd := -1
	var best []ref
	var buf [1]ref
	fe := j
	for fe < len(s) && isWordByte(s[fe]) {
		fe++
	}
	limit := int(g.firstWords[string(s[j:fe])])
	if limit == 0 {
		return -1, nil
	}
	words := 0
	for e := j; e <= len(s) && words < limit; e++ {
		if e < len(s) && isWordByte(s[e]) {
			continue
		}
		words++
		if e-j > MaxNameLen {
			break
		}
		if refs := g.refs(string(s[j:e]), &buf); len(refs) > 0 {
			bestEnd = e
			best = append(best[:0], refs...)
		}
		if e+1 >= len(s) || (s[e] != ' ' && s[e] != '\'') || !isWordByte(s[e+1]) {
			break
		}
	}
	return bestEnd, best
}

// prevWordEnd returns the end of the word before the last one of the
// folded key s[j:end], or j when the key is one word.
func prevWordEnd(s []byte, j, end int) int {
	e := end
	for e > j && isWordByte(s[e-1]) {
		e--
	}
	for e > j && !isWordByte(s[e-1]) {
		e--
	}
	return e
}

// nextWordStart returns the folded offset of the word after the one at j.
func nextWordStart(s []byte, j int) int {
	for j < len(s) && isWordByte(s[j]) {
		j++
	}
	for j < len(s) && !isWordByte(s[j]) {
		j++
	}
	return j
}

// accept decides whether the folded match [a, b) is a place mention.
func (g *Gazetteer) accept(text string, f *folded, a, b int, refs []ref, lang string) (Mention, bool) {
	start, end := int(f.start[a]), int(f.end[b-1])
	m := Mention{Text: text[start:end], Span: doc.Span{Start: start, End: end}}
	key := string(f.s[a:b])

	demonymOnly, altOnly := true, true
	hasCountry, hasRegion, hasAdmin1, hasCity, major := false, false, false, false, false
	var maxPop int64
	for _, r := range refs {
		if r&refDemonym == 0 {
			demonymOnly = false
		}
		if r&refAlt == 0 {
			altOnly = false
		}
		e := &g.entries[r.index()]
		switch e.Kind {
		case KindCountry:
			hasCountry, major = true, true
		case KindRegion:
			hasRegion, major = true, true
		case KindAdmin1:
			hasAdmin1 = true
		case KindCapital:
			hasCity, major = true, true
		case KindCity:
			hasCity = true
		}
		if e.Population >= 1_000_000 && r&refAlt == 0 {
			major = true
		}
		maxPop = max(maxPop, e.Population)
	}
	m.Demonym = demonymOnly
	first, _ := utf8.DecodeRuneInString(m.Text)
	multi := strings.IndexByte(key, ' ') >= 0

	// Short keys (US, UK, UAE, RDC) only in capitals, and only for
	// countries and regions.
	if countLetters(m.Text) <= 3 && !demonymOnly {
		switch {
		case isAllUpper(m.Text):
			if !(hasCountry || hasRegion) {
				return m, false
			}
		case altOnly || maxPop < 50_000 || g.isCommon(key, "") || isStopword(key):
			// "Gao", "Fès" but not "Les", "Its"
			return m, false
		}
	}
	switch {
	case demonymOnly:
		// adjectives are written in lower case in French
	case unicode.IsUpper(first):
	case hasRegion && multi && hasUpperWord(m.Text):
		// "golfe Persique"
	default:
		return m, false
	}
	if directions[key] {
		// "Sud" in "l'Ossétie du Sud" is not Cameroon's South region
		return m, false
	}
	if calendarWords[key] && !hasCountry {
		// "in March 2016" is no town in Cambridgeshire
		return m, false
	}
	if multi && !hasCountry && !hasRegion && !demonymOnly && !contentWordsCapitalised(m.Text) {
		// "Le port de …" is not Le Port
		return m, false
	}
	if end < len(text)-1 && text[end] == '-' && unicode.IsUpper(firstRune(text[end+1:])) ||
		start > 1 && text[start-1] == '-' && unicode.IsLetter(lastRune(text[:start-1])) {
		// a part of a hyphenated name: "Victor" in "la prison
		// Victor-Verster", "Pierre" in "Jean-Pierre"
		return m, false
	}
	prevWord, prevStart := wordBefore(text, start)
	lowerPrev := Normalize(prevWord)
	initial := sentenceInitial(text, start)
	if !multi && !demonymOnly {
		if altOnly && maxPop < 100_000 && !isLocative(lowerPrev) {
			// a small town known here only by an alternate spelling: "Parly"
			return m, false
		}
		if altOnly && g.isCommon(key, "") {
			// "Santé" is not an alternate name of Xanten
			return m, false
		}
		if g.isCommon(key, lang) && !major && !isLocative(lowerPrev) && !isLocative(wordBefore2(text, prevStart)) &&
			(initial || titleCased(text, start) || maxPop < 100_000 && !hasCountry && !hasRegion) {
			// "Reading the report…", "Nice words…"; and "l'Alliance des
			// trois fraternités" is no town in Ohio: a small town named by
			// a common word needs a preposition of place before it
			return m, false
		}
	}
	if demonymOnly {
		return m, true
	}
	if featureNouns[lowerPrev] {
		// "fleuve Niger", "river Jordan", "lac Tchad"
		return m, false
	}
	if last := key[strings.LastIndexByte(key, ' ')+1:]; multi && featureNouns[last] && !hasCity {
		// "the Red Sea" is the sea, not the Sudanese state
		return m, false
	}
	next, nextStart, nextEnd := nextWord(text, end)
	nextKey := Normalize(next)
	if featureNouns[nextKey] || orgNouns[nextKey] {
		// "Jordan River", "Niger Delta", "Columbia University", "Washington Post"
		return m, false
	}
	if hasAdmin1 && adminSuffix[nextKey] && nextStart == end+1 {
		// "Washington State"
		m.Text = text[start:nextEnd]
		m.Span.End = nextEnd
		return m, true
	}
	onlyCountry := hasCountry && !hasCity && !hasRegion && !hasAdmin1
	if !onlyCountry && isCapitalised(next) && !g.isCommon(nextKey, "") && !calendarWords[nextKey] && !isStopword(nextKey) && !institutions[nextKey] {
		// inside a longer proper name: "David Fischer", "Columbia Pictures"
		return m, false
	}
	if !initial && isCapitalised(prevWord) && !g.isCommon(lowerPrev, "") && !isStopword(lowerPrev) &&
		!titles[lowerPrev] && !calendarWords[lowerPrev] {
		// "Michael Jordan", "Jack London"
		return m, false
	}
	if lowerPrev == "the" && !hasCountry && !hasRegion && maxPop < 100_000 {
		// "across the Potomac": a river or a building, not a small town
		return m, false
	}
	return m, true
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// institutions may follow a place name that stays a place: "the Georgia
// Legislature", "the Texas Senate".
var institutions = map[string]bool{
	"legislature": true, "senate": true, "governor": true, "parliament": true, "assembly": true,
	"government": true, "police": true, "army": true, "court": true, "council": true,
	"ministry": true, "officials": true, "authorities": true, "border": true, "coast": true,
}

// directions are never a place on their own, though some admin-1
// divisions bear their names.
var directions = map[string]bool{
	"nord": true, "sud": true, "est": true, "ouest": true, "centre": true, "north": true,
	"south": true, "east": true, "west": true, "center": true, "central": true, "centre est": true,
	"centre nord": true, "centre sud": true, "centre ouest": true, "nord est": true, "nord ouest": true,
	"sud est": true, "sud ouest": true, "northeast": true, "northwest": true, "southeast": true,
	"southwest": true, "north east": true, "north west": true, "south east": true, "south west": true,
}

// adminSuffix may follow the name of an admin-1 division as part of it.
var adminSuffix = map[string]bool{"state": true, "province": true, "governorate": true}

// contentWordsCapitalised reports whether every word of a multi-word name,
// other than short function words, starts with a capital.
func contentWordsCapitalised(s string) bool {
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == ' ' || r == '-' || isApostrophe(r) }) {
		if nameParticles[Normalize(w)] {
			continue
		}
		if !isCapitalised(w) {
			return false
		}
	}
	return true
}

var nameParticles = map[string]bool{
	"de": true, "du": true, "des": true, "d": true, "la": true, "le": true, "les": true, "l": true,
	"of": true, "the": true, "and": true, "et": true, "el": true, "al": true, "sur": true, "on": true,
	"upon": true, "en": true, "y": true, "da": true, "do": true, "dos": true, "das": true, "di": true,
	"del": true, "los": true, "las": true, "am": true, "im": true, "an": true, "der": true, "sous": true,
	"lès": true, "les'": true, "ech": true, "es": true, "ed": true, "er": true, "ez": true, "bin": true,
	"ibn": true, "ben": true, "bou": true, "sidi": true, "au": true, "aux": true,
}

// qualifierAt reads ", CA", ", N.Y.", ", Texas" or ", Lebanon" at offset
// i of text. It returns the qualifier as written and its span.
func (g *Gazetteer) qualifierAt(text string, i int) (string, int, int, bool) {
	if i < 0 || i+2 >= len(text) || text[i] != ',' {
		return "", 0, 0, false
	}
	qs := i + 1
	for qs < len(text) && text[qs] == ' ' {
		qs++
	}
	if qs == i+1 || qs >= len(text) {
		return "", 0, 0, false
	}
	// up to three words: "N.Y." folds to "ny", "W. Va." to "w va"
	best := -1
	k := qs
	for words := 0; words < 3 && k < len(text); words++ {
		for k < len(text) && text[k] == ' ' {
			k++
		}
		w := wordAfterDot(text, k)
		if w == "" {
			break
		}
		k += len(w)
		// abbreviations: "N.Y.", "Calif."
		for k < len(text) && text[k] == '.' {
			k++
			if w2 := wordAfterDot(text, k); w2 != "" && len(w2) <= 2 {
				k += len(w2)
			}
		}
		if k-qs > 40 {
			break
		}
		if len(g.qualifierEntries(Normalize(text[qs:k]))) > 0 {
			best = k
		}
	}
	if best < 0 {
		return "", 0, 0, false
	}
	for best > qs && text[best-1] == '.' && g.isPlaceStart(Normalize(text[qs:best-1])) && countLetters(text[qs:best]) > 3 {
		// "Paris, Texas." ends the sentence; "Albany, N.Y." keeps its stop
		best--
	}
	q := text[qs:best]
	if !isCapitalised(q) {
		return "", 0, 0, false
	}
	return q, qs, best, true
}

// wordAfterDot returns the letters glued after a full stop: "Y" in "N.Y.".
func wordAfterDot(text string, k int) string {
	j := k
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += size
	}
	return text[k:j]
}

func (g *Gazetteer) isPlaceStart(key string) bool {
	if key == "" {
		return false
	}
	_, ok := g.index[key]
	return ok
}

func countLetters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

func isAllUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func hasUpperWord(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// wordBefore returns the word that ends just before offset i, across
// spaces only (not across punctuation), and where it starts. An elided
// article ("l'", "d'") counts as a word.
func wordBefore(text string, i int) (string, int) {
	j := i
	// an elided article glued to the name: "l'Algérie", "d’Alger"
	if r, size := utf8.DecodeLastRuneInString(text[:j]); isApostrophe(r) {
		k := j - size
		for k > 0 {
			r, size := utf8.DecodeLastRuneInString(text[:k])
			if !isWordRune(r) {
				break
			}
			k -= size
		}
		return text[k:j], k
	}
	spaces := 0
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if r != ' ' && r != '\u00a0' && r != '\t' {
			break
		}
		j -= size
		spaces++
	}
	if spaces == 0 && j != i {
		return "", i
	}
	k := j
	for k > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:k])
		if !isWordRune(r) && !(r == '.' && k-size > 0 && k == j) && !(r == '-' && k < j) {
			break
		}
		k -= size
	}
	if k == j {
		return "", i
	}
	return text[k:j], k
}

// wordBefore2 is the word before the one that starts at i.
func wordBefore2(text string, i int) string {
	w, _ := wordBefore(text, i)
	return w
}

// wordAfter returns the word that starts after offset i across spaces.
func wordAfter(text string, i int) string {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if r != ' ' && r != '\u00a0' {
			break
		}
		j += size
	}
	if j == i && j < len(text) {
		// glued punctuation: no next word
		return ""
	}
	k := j
	for k < len(text) {
		r, size := utf8.DecodeRuneInString(text[k:])
		if !isWordRune(r) {
			break
		}
		k += size
	}
	return text[j:k]
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '\u2019', '\u2018', '\u02bc', '`':
		return true
	}
	return false
}

// sentenceInitial reports whether offset i starts a sentence: only
// spaces, quotes or an elided article stand between it and the text's
// start, a line break, or a . ! ? : «
func sentenceInitial(text string, i int) bool {
	j := i
	words := 0
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		switch {
		case r == '\n' || r == '.' || r == '!' || r == '?' || r == ':' || r == '«' || r == '"' || r == '“' || r == '(' || r == '—' || r == '–':
			return true
		case r == ' ' || r == '\u00a0' || r == '\t' || isApostrophe(r):
			j -= size
		case isWordRune(r) && words == 0:
			// a preposition or article before the name still counts as
			// the sentence's start: "À Nice, …", "In Reading …"
			k := j
			for k > 0 {
				r, size := utf8.DecodeLastRuneInString(text[:k])
				if !isWordRune(r) {
					break
				}
				k -= size
			}
			w := Normalize(text[k:j])
			if !isLocative(w) && !articles[w] {
				return false
			}
			words++
			j = k
		default:
			return false
		}
	}
	return true
}

// titleCased reports whether the line holding offset i capitalises most
// of its words, as headlines do.
func titleCased(text string, i int) bool {
	a := strings.LastIndexByte(text[:i], '\n') + 1
	b := strings.IndexByte(text[i:], '\n')
	if b < 0 {
		b = len(text)
	} else {
		b += i
	}
	if b-a > 300 {
		return false
	}
	up, n := 0, 0
	for w := range strings.FieldsSeq(text[a:b]) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) || len(w) < 4 {
			continue
		}
		n++
		if unicode.IsUpper(r) {
			up++
		}
	}
	return n >= 3 && up*10 >= n*7
}

var articles = map[string]bool{
	"le": true, "la": true, "les": true, "l'": true, "l": true, "the": true,
}

// locatives are the prepositions that introduce the place of an action.
var locatives = map[string]bool{
	"a": true, "au": true, "aux": true, "en": true, "dans": true, "pres": true,
	"vers": true, "sur": true, "depuis": true,
	"in": true, "at": true, "near": true, "to": true, "outside": true, "inside": true,
	"across": true, "throughout": true, "within": true, "into": true,
}

// isLocative reports whether w is a locative preposition. French "à"
// folds to "a", which in English is the article: "kidnapped a German
// national" names no place of action. A capital "A" stays locative: French
// often writes "A Tunis, …" without the accent.
func isLocative(w string) bool {
	if w == "a" {
		return false
	}
	return locatives[Normalize(w)]
}

// featureNouns name a river, lake or mountain: a country name next to one
// is the feature, not the country.
var featureNouns = map[string]bool{
	"fleuve": true, "riviere": true, "river": true, "lac": true, "lake": true, "mont": true,
	"mount": true, "delta": true, "valley": true, "vallee": true, "basin": true, "bassin": true,
	"desert": true, "sea": true, "mer": true, "oued": true, "wadi": true, "strait": true,
	"detroit": true, "canal": true, "ocean": true, "mountains": true, "peninsula": true,
}

// orgNouns follow a place name inside the name of an organisation.
var orgNouns = map[string]bool{
	"university": true, "universite": true, "college": true, "post": true, "times": true,
	"airlines": true, "airways": true, "daily": true, "telecom": true, "pictures": true,
	"records": true, "journal": true, "herald": true, "tribune": true, "fc": true,
	"club": true, "united": true, "today": true, "city": false, "institute": true, "stock": true,
}

// titles before a capitalised name mean a person, which FindPlaces does
// not mind: "président" + place is rare, but a title before the name of a
// place does not make it a person's surname either.
var titles = map[string]bool{
	"president": true, "roi": true, "king": true, "ministre": true, "minister": true,
	"general": true, "mr": true, "mrs": true, "m": true, "mme": true, "dr": true,
	"saint": true, "st": true, "sainte": true, "port": true, "fort": true, "new": true,
	"north": true, "south": true, "east": true, "west": true, "nord": true, "sud": true,
	"upper": true, "lower": true, "greater": true, "grand": true, "la": true, "le": true,
	"el": true, "al": true, "ville": true, "city": true, "etat": true, "state": true,
	"province": true, "region": true, "republique": true, "republic": true, "royaume": true,
	"kingdom": true, "emirat": true, "gouvernorat": true, "wilaya": true, "capitale": true,
}

var calendarWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "sept": true, "oct": true, "nov": true,
	"dec": true, "jan": true, "feb": true, "aug": true,
}

// stopwords are the French and English function words that may stand
// capitalised before or after a name.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for w := range strings.FieldsSeq(`a à au aux avec ce ces dans de des du elle en et il ils je
		la le les leur lui mais ne ni nous on ou où par pas pour qu que qui sa se ses son sur ta
		te tu un une vous y après avant selon contre entre depuis pendant chez sans sous vers
		cependant ainsi alors lors hier demain aujourd'hui mardi lundi mercredi jeudi vendredi samedi dimanche
		the a an and or but if of in on at to from by with for as is was are were be been has have had
		it its this that these those he she they we you i his her their our after before during
		since until while when where why how what who which yesterday today tomorrow however also
		meanwhile then there here not no yes`) {
		m[Normalize(w)] = true
	}
	return m
}()

func isStopword(k string) bool { return stopwords[k] }
