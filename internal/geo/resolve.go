package geo

import (
	"math"
	"strings"

	"github.com/vigie-events/vigie/internal/doc"
)

// Context is what the geocoder knows about the document beyond the
// mentions themselves.
type Context struct {
	Lang string // "fr", "en" or ""
	// Text is the article the mention spans point into. With it, Resolve
	// reads the words around each mention: "l'État de Washington",
	// "Rabat a salué", "selon Alger". It may be empty.
	Text string
	// Countries are ISO 3166-1 codes (alpha-2 or alpha-3) known to concern
	// the document from elsewhere: the actors' countries, the source's
	// country. They weigh like a country named in the text.
	Countries []string
}

// Place is a resolved mention.
type Place struct {
	Mention
	Entry // the chosen entry; ID is "" when no entry fits

	Country3 string `json:"country3,omitempty"` // ISO 3166-1 alpha-3
	// Government is set when a capital stands for its government: "Rabat a
	// salué…", "Washington said". The place is still the city; the event
	// coder may take it as the government actor.
	Government bool    `json:"government,omitempty"`
	Score      float64 `json:"score"`      // the winning candidate's score
	Candidates int     `json:"candidates"` // how many entries the name may mean
	Alt        bool    `json:"alt,omitempty"`
}

// Resolved reports whether the mention got an entry.
func (p *Place) Resolved() bool { return p.ID != "" }

// Weights of the disambiguation score. A candidate scores
// log10(population) plus these.
const (
	wCountryKind   = 4.0  // a country or region beats a town of the same name
	wCapital       = 1.5  // a national capital
	wAdmin1Kind    = 1.0  // a state or province
	wAdminSeat     = 0.5  // a seat of an admin-1 division (PPLA)
	wAlt           = -3.0 // the name is only an alternate name
	wAdminAsCity   = -3.0 // an admin-1 named after its own city loses to the city
	wMajor         = 1.0  // a city of a million people or more
	wNear          = 2.5  // within nearKm of another mention's place
	wCountryShare  = 4.0  // times the document's share of mentions of the candidate's country
	wAdmin1Named   = 3.0  // the document names the candidate's admin-1 division
	wQualifier     = 20.0 // the qualifier after a comma names the candidate's state or country
	wStatedAdmin1  = 5.0  // "l'État de Washington", "Washington State"
	wNearMentioned = 1.0  // an unambiguous co-mentioned place of the same admin-1
)

// Resolve resolves each mention to a gazetteer entry. It returns one Place
// per mention, in order; a mention that names nothing has an empty ID.
// Candidates are scored by population, feature type (country, capital,
// admin-1 seat), whether the name is a main or only an alternate name, the
// share of the document's mentions that point to their country, the
// admin-1 divisions the document names, and a qualifier after a comma.
// Two passes let unambiguous places inform ambiguous ones.
func (g *Gazetteer) Resolve(mentions []Mention, ctx Context) []Place {
	n := len(mentions)
	cands := make([][]Candidate, n)
	for i, m := range mentions {
		cands[i] = g.candidates(m)
		if m.Qualifier == "" && ctx.Text != "" && m.Span.Valid(len(ctx.Text)) && m.Span.End > 0 {
			if q, qs, qe, ok := g.qualifierAt(ctx.Text, m.Span.End); ok {
				m.Qualifier, m.QualifierSpan = q, doc.Span{Start: qs, End: qe}
				mentions[i] = m
			}
		}
		if m.Demonym {
			cands[i] = onlyDemonyms(cands[i])
		}
		if m.Qualifier != "" && len(cands[i]) > 1 {
			q := g.qualifierEntries(Normalize(m.Qualifier))
			var kept []Candidate
			for _, c := range cands[i] {
				if g.inAny(c.Entry, q) {
					kept = append(kept, c)
				}
			}
			if len(kept) > 0 {
				cands[i] = kept
			}
		}
	}

	// Evidence from each mention, so it can be left out when scoring the
	// mention itself.
	type vote struct {
		country string
		admin1  string
		w       float64
	}
	votes := make([][]vote, n)
	base := map[string]float64{}
	for _, c := range ctx.Countries {
		if e, ok := g.Country(c); ok {
			base[e.Country] += 2
		}
	}
	evidence := func(i int, e *Entry, unique bool) []vote {
		switch e.Kind {
		case KindCountry:
			return []vote{{country: e.Country, w: 1}}
		case KindAdmin1:
			return []vote{{country: e.Country, admin1: e.Country + "." + e.Admin1, w: 1}}
		case KindRegion:
			return nil
		}
		w := 0.5
		if !unique {
			w = 0.3
		}
		return []vote{{country: e.Country, admin1: e.Country + "." + e.Admin1, w: w}}
	}
	countryOnly := func(cs []Candidate) string {
		cc := ""
		for _, c := range cs {
			if c.Entry.Kind == KindRegion {
				return ""
			}
			if cc != "" && c.Entry.Country != cc {
				return ""
			}
			cc = c.Entry.Country
		}
		return cc
	}
	for i, m := range mentions {
		switch {
		case m.Demonym && armedForce(ctx.Text, m.Span):
			// "Russian forces captured Pokrovsk": an army fights abroad,
			// its nationality says nothing of where
		case len(cands[i]) == 1:
			votes[i] = evidence(i, cands[i][0].Entry, true)
		case countryOnly(cands[i]) != "":
			votes[i] = []vote{{country: countryOnly(cands[i]), w: 0.5}}
		}
	}
	chosen := make([]int, n)
	for i := range chosen {
		chosen[i] = -1
		if len(cands[i]) == 1 {
			chosen[i] = 0
		}
	}
	out := make([]Place, n)
	for pass := 0; pass < 3; pass++ {
		// points of the other mentions' places, for nearness
		anchors := grid{}
		for i, c := range chosen {
			if c >= 0 {
				if e := cands[i][c].Entry; e.Point && e.Kind != KindCountry {
					anchors.add(anchor{i, e.Lat, e.Lon})
				}
			}
		}
		countries := map[string]float64{}
		admin1 := map[string]float64{}
		total := 0.0
		for k, w := range base {
			countries[k] += w
			total += w
		}
		for _, vs := range votes {
			for _, v := range vs {
				countries[v.country] += v.w
				total += v.w
				if v.admin1 != "" {
					admin1[v.admin1] += v.w
				}
			}
		}
		for i, m := range mentions {
			if len(cands[i]) == 0 {
				continue
			}
			own := map[string]float64{}
			ownA := map[string]float64{}
			ownTotal := 0.0
			for _, v := range votes[i] {
				own[v.country] += v.w
				ownTotal += v.w
				if v.admin1 != "" {
					ownA[v.admin1] += v.w
				}
			}
			best, bestScore := 0, math.Inf(-1)
			for k, c := range cands[i] {
				s := g.score(c, cands[i], m, ctx)
				if t := total - ownTotal; t > 0 {
					s += wCountryShare * (countries[c.Entry.Country] - own[c.Entry.Country]) / t
				}
				if c.Entry.Kind != KindCountry && c.Entry.Kind != KindRegion && c.Entry.Point && len(cands[i]) > 1 && anchors.near(i, c.Entry) {
					s += wNear
				}
				if c.Entry.Kind == KindCity || c.Entry.Kind == KindCapital {
					a := c.Entry.Country + "." + c.Entry.Admin1
					if admin1[a]-ownA[a] >= 1 {
						s += wAdmin1Named
					} else if admin1[a]-ownA[a] > 0 {
						s += wNearMentioned
					}
				}
				if s > bestScore {
					best, bestScore = k, s
				}
			}
			chosen[i] = best
			c := cands[i][best]
			out[i] = Place{Mention: m, Entry: *c.Entry, Country3: g.Country3(c.Entry.Country), Score: bestScore, Candidates: len(cands[i]), Alt: c.Alt}
			if len(cands[i]) > 1 && (votes[i] == nil || pass > 0) {
				votes[i] = evidence(i, c.Entry, false)
			}
		}
	}
	for i := range out {
		if chosen[i] < 0 {
			out[i] = Place{Mention: mentions[i]}
			continue
		}
		if out[i].Kind == KindCapital && !out[i].Demonym {
			out[i].Government = standsForGovernment(ctx.Text, mentions[i].Span.Start, mentions[i].Span.End)
		}
	}
	return out
}

// Geocode finds and resolves the places of a text: FindPlaces, then
// Resolve with ctx (ctx.Text is set to text).
func (g *Gazetteer) Geocode(text string, ctx Context) []Place {
	ctx.Text = text
	return g.Resolve(g.FindPlaces(text, ctx.Lang), ctx)
}

// candidates looks a mention up; "Washington State", "Sindh province"
// fall back to the admin-1 entries of the name without its last word.
func (g *Gazetteer) candidates(m Mention) []Candidate {
	cs := g.Lookup(m.Text)
	if len(cs) > 0 {
		return cs
	}
	k := Normalize(m.Text)
	sp := strings.LastIndexByte(k, ' ')
	if sp < 0 || !adminSuffix[k[sp+1:]] {
		return nil
	}
	for _, c := range g.lookupKey(k[:sp]) {
		if c.Entry.Kind == KindAdmin1 {
			cs = append(cs, c)
		}
	}
	return cs
}

// anchor is the point of another mention's place.
type anchor struct {
	mention  int
	lat, lon float64
}

// nearKm is how close a co-mentioned place must be to count as near.
const nearKm = 300

// grid buckets anchors by cells of gridDeg degrees, so that finding a
// near one costs the same however many places a document names.
type grid map[[2]int][]anchor

const gridDeg = 3.0

func cell(lat, lon float64) [2]int {
	return [2]int{int(math.Floor(lat / gridDeg)), int(math.Floor(lon / gridDeg))}
}

// add keeps at most a few anchors of other mentions per cell: enough to
// tell whether a candidate is near one.
func (g grid) add(a anchor) {
	c := cell(a.lat, a.lon)
	for _, o := range g[c] {
		if o.lat == a.lat && o.lon == a.lon && o.mention != a.mention && len(g[c]) >= 2 {
			return
		}
	}
	if len(g[c]) < 8 {
		g[c] = append(g[c], a)
	}
}

// near reports whether e lies within nearKm of the place of a mention
// other than mention i.
func (g grid) near(i int, e *Entry) bool {
	c := cell(e.Lat, e.Lon)
	cos := math.Cos(e.Lat * math.Pi / 180)
	dlon := 1
	if cos > 0.01 {
		dlon = int(math.Ceil(nearKm / (111 * cos) / gridDeg))
	}
	dlon = min(dlon, int(360/gridDeg))
	for y := c[0] - 1; y <= c[0]+1; y++ {
		for x := c[1] - dlon; x <= c[1]+dlon; x++ {
			xx := ((x % 120) + 120) % 120 // wrap around the antimeridian
			if xx >= 60 {
				xx -= 120
			}
			for _, a := range g[[2]int{y, xx}] {
				if a.mention != i && distanceKm(a.lat, a.lon, e.Lat, e.Lon) < nearKm {
					return true
				}
			}
		}
	}
	return false
}

// distanceKm is the great-circle distance between two points.
func distanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371
	rad := math.Pi / 180
	dlat, dlon := (lat2-lat1)*rad, (lon2-lon1)*rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Sqrt(min(1, a)))
}

func onlyDemonyms(cs []Candidate) []Candidate {
	var out []Candidate
	for _, c := range cs {
		if c.Demonym {
			out = append(out, c)
		}
	}
	if out == nil {
		return cs
	}
	return out
}

// inAny reports whether e lies in one of the admin-1 or country entries.
func (g *Gazetteer) inAny(e *Entry, in []int32) bool {
	for _, i := range in {
		q := &g.entries[i]
		switch q.Kind {
		case KindCountry:
			if e.Country == q.Country {
				return true
			}
		case KindAdmin1:
			if e.Country == q.Country && e.Admin1 == q.Admin1 && e.Kind != KindAdmin1 {
				return true
			}
		}
	}
	return false
}

// score is a candidate's score before document evidence.
func (g *Gazetteer) score(c Candidate, all []Candidate, m Mention, ctx Context) float64 {
	e := c.Entry
	s := math.Log10(float64(e.Population) + 10)
	switch e.Kind {
	case KindCountry, KindRegion:
		s += wCountryKind
	case KindCapital:
		s += wCapital
	case KindAdmin1:
		s += wAdmin1Kind
		for _, o := range all {
			if (o.Entry.Kind == KindCity || o.Entry.Kind == KindCapital) && o.Entry.Country == e.Country && !o.Alt &&
				o.Entry.Population*10 >= e.Population {
				s += wAdminAsCity
				break
			}
		}
		if statedAdmin1(ctx.Text, m.Span) {
			s += wStatedAdmin1
		}
	}
	if e.Population >= 1_000_000 && (e.Kind == KindCity || e.Kind == KindCapital) {
		s += wMajor
	}
	switch e.Feature {
	case "PPLA":
		s += wAdminSeat
	case "PPLA2":
		s += wAdminSeat / 2
	}
	if c.Alt {
		s += wAlt
	}
	return s
}

// statedAdmin1 reports whether the words around span say it is a state or
// province: "l'État de Washington", "the state of Georgia", "Washington
// State", "la province d'Alexandrie".
func statedAdmin1(text string, sp doc.Span) bool {
	if text == "" || !sp.Valid(len(text)) {
		return false
	}
	lo := max(sp.Start-30, 0)
	before := Normalize(text[lo:sp.Start])
	for _, p := range []string{"etat de", "etat d'", "state of", "province de", "province d'", "province of", "gouvernorat de", "gouvernorat d'", "governorate of", "wilaya de", "wilaya d'", "region de", "region d'"} {
		if strings.HasSuffix(before, p) || strings.HasSuffix(before, p+" ") {
			return true
		}
	}
	hi := min(sp.End+12, len(text))
	after := Normalize(text[sp.End:hi])
	return strings.HasPrefix(after, "state") || strings.HasPrefix(after, "province") || strings.HasPrefix(after, "governorate")
}

// govWords follow a capital that stands for its government.
var govWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range strings.FieldsSeq(`a ont avait avaient aura auront est sont etait sera va vont veut
		doit devrait pourrait n ne s se y
		salue dit declare annonce affirme estime juge considere denonce condamne accuse rejette
		refuse accepte exige reclame appelle menace repond nie dement proteste rappelle convoque
		expulse sanctionne reagit soutient reconnait souhaite insiste met reste multiplie tente
		said says has had have will would could should may might must is was were are
		announced accused condemned rejected denied warned welcomed urged called insisted
		responded recalled expelled summoned imposed threatened wants sees believes hopes
		agreed signed vowed demanded blamed criticised criticized praised backed supports
		supported refused accepted claimed stated added confirmed`) {
		m[w] = true
	}
	return m
}()

// govObjectVerbs take a government as their object: "accuse Paris",
// "urged Washington".
var govObjectVerbs = func() map[string]bool {
	m := map[string]bool{}
	for w := range strings.FieldsSeq(`accuse accusait accusent condamne critique exhorte appelle presse
		soutient annonce somme avertit previent menace
		accused accuses condemned criticised criticized urged urges warned warns pressed
		blamed blames threatened announced said`) {
		m[w] = true
	}
	return m
}()

// armedForce reports whether the nationality adjective at sp qualifies an
// armed force or its weapons: "Russian forces", "les troupes russes",
// "Israeli strikes". Such a force is often abroad, so the adjective is no
// evidence of where the text's places are.
func armedForce(text string, sp doc.Span) bool {
	if text == "" || !sp.Valid(len(text)) {
		return false
	}
	w, _, _ := nextWord(text, sp.End)
	if armedNouns[Normalize(w)] {
		return true
	}
	prev, _ := wordBefore(text, sp.Start)
	return armedNouns[Normalize(prev)]
}

var armedNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`forces force troops troop army armies military soldiers soldier
		missiles missile drones drone strikes strike airstrikes warplanes jets navy artillery shelling
		forces troupes armee armees militaires soldats missiles drones frappes avions marine artillerie
		bombardements`) {
		m[Normalize(w)] = true
	}
	return m
}()

// standsForGovernment reports whether the capital at [start, end) is the
// subject of a verb ("Rabat a salué", "Washington said", "Paris et Berlin
// ont signé") or the source of a statement ("selon Alger", "according to
// Moscow"), rather than a place where something happens.
func standsForGovernment(text string, start, end int) bool {
	if text == "" || start < 0 || end > len(text) || start > end {
		return false
	}
	prev, prevStart := wordBefore(text, start)
	p := Normalize(prev)
	if p == "selon" || p == "to" && Normalize(wordBefore2(text, prevStart)) == "according" {
		return true
	}
	if isLocative(p) || p == "de" || p == "d'" || p == "from" || p == "of" || p == "du" {
		return false
	}
	if govObjectVerbs[p] {
		// "Bamako accuse Paris de…", "Ankara accused Athens of…"
		return true
	}
	// skip "et Berlin", "and Berlin"
	i := end
	for k := 0; k < 3; k++ {
		w, _, wEnd := nextWord(text, i)
		nw := Normalize(w)
		if nw == "et" || nw == "and" {
			_, _, i = nextWord(text, wEnd)
			continue
		}
		return govWords[nw]
	}
	return false
}

// nextWord returns the word after offset i across spaces, and its span.
func nextWord(text string, i int) (string, int, int) {
	w := wordAfter(text, i)
	if w == "" {
		return "", i, i
	}
	j := i
	for j < len(text) && !strings.HasPrefix(text[j:], w) {
		j++
	}
	return w, j, j + len(w)
}
