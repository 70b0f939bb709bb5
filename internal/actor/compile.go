package actor

import (
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

// This file compiles the tables vigie ships from ../shared:
//   - leaders.txt.gz: dated office holders from the Wikidata leaders CSVs
//     (CC0), keyed on QIDs, names validated;
//   - phoenix.txt.gz: the Phoenix actor and agent dictionaries (MIT),
//     converted to vigie's format.
// `go run ./internal/actor/cmd/compile` runs it.

// CompileReport says what Compile wrote and what it skipped.
type CompileReport struct {
	Persons, Offices  int      // leaders.txt.gz
	PhoenixEntries    int      // phoenix.txt.gz
	RejectedLabels    []string // labels that failed validation (QID: label)
	RejectedOffices   []string // offices with impossible dates
	PhoenixErrors     ErrorList
	UnmappedCountries []string
}

// Compile reads ../shared (sharedDir) and writes leaders.txt.gz and
// phoenix.txt.gz into outDir. overrides is vigie's hand-written people
// file (dict/actors/people.txt): its names replace Wikidata labels.
func Compile(sharedDir, outDir, overrides string) (*CompileReport, error) {
	rep := &CompileReport{}
	names := map[string]string{} // QID → canonical name from overrides
	if overrides != "" {
		f, err := os.Open(overrides)
		if err != nil {
			return nil, fmt.Errorf("actor: compile: %w", err)
		}
		es, errs := ParseVigie(overrides, f)
		f.Close()
		if err := errs.Err(); err != nil {
			return nil, fmt.Errorf("actor: compile: %w", err)
		}
		for _, e := range es {
			if e.QID != "" {
				names[e.QID] = e.Name
			}
		}
	}
	countries, err := countryIndex(filepath.Join(filepath.Dir(overrides), "countries.txt"))
	if err != nil {
		return nil, err
	}
	leaders, err := compileLeaders(filepath.Join(sharedDir, "data/people/leaders-wikidata"), names, countries, rep)
	if err != nil {
		return nil, err
	}
	if err := writeGz(filepath.Join(outDir, "leaders.txt.gz"), leadersHeader, leaders); err != nil {
		return nil, err
	}
	phoenix, err := compilePhoenix(filepath.Join(sharedDir, "data/eventdata/petrarch2"), rep)
	if err != nil {
		return nil, err
	}
	if err := writeGz(filepath.Join(outDir, "phoenix.txt.gz"), phoenixHeader, phoenix); err != nil {
		return nil, err
	}
	return rep, nil
}

const leadersHeader = `# vigie actor dictionary: dated office holders, compiled by
# go run ./internal/actor/cmd/compile from ../shared/data/people/leaders-wikidata
# (every-politician-scrapers; Wikidata content, CC0). Do not edit: change
# dict/actors/people.txt or the compiler. One line per office:
# CODE FROM..TO | * | names | qid=…; office=…; rank=1 (head of state or
# government), 2 (minister), 3 (other national office), 4 (local).
`

const phoenixHeader = `# vigie actor dictionary: the Phoenix actor and agent dictionaries
# (Open Event Data Alliance, MIT licence, Copyright (c) 2014 Open Event Data
# Alliance), converted by go run ./internal/actor/cmd/compile from
# ../shared/data/eventdata/petrarch2. Do not edit. English entries; forms in
# capitals (UN, AFP) only match capitals.
`

func writeGz(path, header string, entries []*Entry) error {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("actor: compile: %w", err)
	}
	io.WriteString(zw, header)
	if err := WriteVigie(zw, entries); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("actor: compile: %w", err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("actor: compile: %w", err)
	}
	return nil
}

// countryIndex maps normalised English and French country names to codes.
func countryIndex(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("actor: compile: %w", err)
	}
	defer f.Close()
	es, errs := ParseVigie(path, f)
	if err := errs.Err(); err != nil {
		return nil, fmt.Errorf("actor: compile: %w", err)
	}
	m := map[string]string{}
	for _, e := range es {
		if e.Kind != KindCountry {
			continue
		}
		for _, f := range e.Forms {
			n := Normalize(f.Text)
			if _, ok := m[n]; !ok {
				m[n] = e.Codes[0].Code
			}
		}
	}
	return m, nil
}

// office is one dated office of one person, before merging.
type office struct {
	qid, label, enwiki string
	position, country  string
	from, to           Date
	world              bool // from the world-leaders table (years only)
}

var leaderFiles = []struct{ prefix, country string }{
	{"algeria-cabinet", "DZA"}, {"france-cabinet", "FRA"}, {"morocco-ministers", "MAR"},
	{"tunisia-ministers", "TUN"}, {"us-cabinet", "USA"},
}

func compileLeaders(dir string, names map[string]string, countries map[string]string, rep *CompileReport) ([]*Entry, error) {
	var offices []office
	for _, lf := range leaderFiles {
		rows, err := readCSV(filepath.Join(dir, lf.prefix+".holders21.csv"))
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			o := office{position: r["position"], label: r["person"], qid: r["personID"], enwiki: r["enwiki"], country: lf.country}
			o.from, _ = parseISODate(strings.TrimSpace(r["start"]), true)
			o.to, _ = parseISODate(strings.TrimSpace(r["end"]), false)
			offices = append(offices, o)
		}
		rows, err = readCSV(filepath.Join(dir, lf.prefix+".current-cabinet.csv"))
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			o := office{position: r["positionLabel"], label: r["itemLabel"], qid: r["item"], country: lf.country}
			o.from, _ = parseISODate(strings.TrimSpace(r["start"]), true)
			offices = append(offices, o)
		}
	}
	rows, err := readCSV(filepath.Join(dir, "world-leaders-heads-of-state-gov.wikidata.csv"))
	if err != nil {
		return nil, err
	}
	unmapped := map[string]bool{}
	for _, r := range rows {
		cc := countries[Normalize(r["country"])]
		if cc == "" {
			unmapped[r["country"]] = true
			continue
		}
		o := office{position: r["positionLabel"], label: r["officeholderLabel"], qid: r["officeholder"], country: cc, world: true}
		o.from, _ = parseISODate(strings.TrimSpace(r["start_year"]), true)
		o.to, _ = parseISODate(strings.TrimSpace(r["end_year"]), false)
		offices = append(offices, o)
	}
	for c := range unmapped {
		rep.UnmappedCountries = append(rep.UnmappedCountries, c)
	}
	sort.Strings(rep.UnmappedCountries)

	// names per QID: validated labels, override first
	type person struct {
		name  string
		forms []string
		codes []DatedCode
	}
	persons := map[string]*person{}
	var order []string
	seenCode := map[string]bool{}
	for _, o := range offices {
		if !isQID(o.qid) {
			continue
		}
		suffix, rank, ok := officeCode(o.position)
		if !ok {
			continue
		}
		p := persons[o.qid]
		if p == nil {
			p = &person{}
			persons[o.qid] = p
			order = append(order, o.qid)
			if n, ok := names[o.qid]; ok {
				p.name = n
				p.forms = append(p.forms, nameForms(n)...)
			}
		}
		for _, l := range []string{o.label, o.enwiki} {
			if l == "" {
				continue
			}
			if !validName(l) {
				rep.RejectedLabels = append(rep.RejectedLabels, o.qid+": "+l)
				continue
			}
			if p.name == "" {
				p.name = l
			}
			p.forms = append(p.forms, nameForms(l)...)
		}
		if o.world {
			rank = 1
		}
		c := DatedCode{Code: o.country + suffix, From: o.from, To: o.to, Office: o.position + " (" + o.country + ")", Rank: rank}
		if c.To != 0 && c.To < c.From {
			rep.RejectedOffices = append(rep.RejectedOffices, fmt.Sprintf("%s: %s ends (%s) before it starts (%s)", o.qid, o.position, c.To, c.From))
			continue
		}
		if c.From == 0 && c.To == 0 {
			c.From = DateOf(1, 1, 1) // undated office: keep it dated so that it is an office
		}
		key := fmt.Sprintf("%s|%s|%d|%d|%s", o.qid, c.Code, c.From, c.To, c.Office)
		if seenCode[key] {
			continue
		}
		seenCode[key] = true
		p.codes = append(p.codes, c)
	}
	sort.Strings(order)
	var out []*Entry
	for _, q := range order {
		p := persons[q]
		forms := uniqueForms(p.forms)
		if len(forms) == 0 {
			continue
		}
		rep.Persons++
		for _, c := range p.codes {
			rep.Offices++
			out = append(out, &Entry{Kind: KindPerson, Name: p.name, QID: q, Forms: forms, Codes: []DatedCode{c}})
		}
	}
	return out, nil
}

func isQID(s string) bool {
	return len(s) > 1 && s[0] == 'Q' && strings.Trim(s[1:], "0123456789") == ""
}

// validName accepts labels that look like a person's name: 2 to 6 words,
// each a capitalised word, an initial, a particle or a Roman numeral, made
// of letters, apostrophes, hyphens and dots. It rejects bare QIDs and
// vandalism such as lower-case strings.
func validName(s string) bool {
	s = cleanName(s)
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 6 || isQID(s) {
		return false
	}
	for _, w := range words {
		first := true
		for _, r := range w {
			switch {
			case unicode.IsLetter(r):
				if first && !unicode.IsUpper(r) && !particles[strings.ToLower(strings.TrimRight(w, ".'’"))] && !nameLinks[w] && !hasAnyPrefix(w, "al-", "el-", "d'", "d’", "l'", "l’") {
					return false
				}
			case r == '.' || r == '\'' || r == '’' || r == '-':
			default:
				return false
			}
			first = false
		}
	}
	return true
}

// nameForms returns a name and its usual variants: without a parenthesis,
// without middle initials ("Mark T. Esper" → "Mark Esper").
func nameForms(n string) []string {
	n = cleanName(n)
	out := []string{n}
	// "Felipe VI of Spain" → "Felipe VI"
	if i := strings.Index(n, " of "); i > 0 && isRoman(strings.ToLower(n[strings.LastIndexByte(n[:i], ' ')+1:i])) {
		out = append(out, n[:i])
	}
	words := strings.Fields(n)
	var keep []string
	for i, w := range words {
		if i > 0 && i < len(words)-1 && len(strings.TrimRight(w, ".")) == 1 {
			continue
		}
		keep = append(keep, w)
	}
	if len(keep) != len(words) && len(keep) >= 2 {
		out = append(out, strings.Join(keep, " "))
	}
	return out
}

// nameLinks are lower-case words allowed inside a name ("Felipe VI of
// Spain", "Ulisses Correia e Silva").
var nameLinks = set("of the do dos das e y")

// cleanName removes "(politician)" and ", Jr." style additions.
func cleanName(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, " ("); i > 0 {
		s = s[:i]
	}
	for _, suf := range []string{", Jr.", " Jr.", ", Sr.", " Sr."} {
		s = strings.TrimSuffix(s, suf)
	}
	return strings.TrimSpace(s)
}

func hasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func uniqueForms(ss []string) []Form {
	seen := map[string]bool{}
	var out []Form
	for _, s := range ss {
		k := Normalize(s)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, Form{Text: s})
	}
	return out
}

// officeCode maps an office's English label (as Wikidata words it) to a
// CAMEO suffix and a rank. The rules follow roles.txt's conventions.
func officeCode(position string) (suffix string, rank int, ok bool) {
	p := " " + strings.ToLower(position) + " "
	// "Minister Delegate to the Head of Government in charge of National
	// Defense" (Morocco) is a minister, not the head of government.
	p = strings.Replace(p, " to the head of government ", " ", 1)
	has := func(words ...string) bool {
		for _, w := range words {
			if strings.Contains(p, w) {
				return true
			}
		}
		return false
	}
	switch {
	case has("first lady", "spouse", "first gentleman"):
		return "", 0, false
	case has(" state of ", "mayor", "governor of ", "lieutenant governor"):
		return "GOV", 4, true
	case has("supreme court", " judge", "court ", "justice of"):
		return "JUD", 3, true
	case has("deputy prime minister", "vice president", "vice-president"):
		return "GOV", 2, true
	case has("prime minister", "head of government", "chancellor"):
		return "GOV", 1, true
	case has("chamber of deputies", "house of representatives", "speaker", "senate", "parliament", "assembly", "council of the nation"):
		return "LEG", 2, true
	case has(" president", " king", " emir", "sultan", "monarch", "head of state"):
		return "GOV", 1, true
	case has("intelligence", "central intelligence"):
		return "SPY", 3, true
	case has("national security advis"):
		return "GOVMIL", 3, true
	case has("chief of staff of the army", "chief of staff of the people", "joint chiefs", "land forces", "commander", "chief of naval", "chief of staff of the air"):
		return "MIL", 3, true
	case has("defen", "armed forces", "secretary of the army", "secretary of the navy", "secretary of the air force", "veterans"):
		if has("minister", "secretary") {
			if has("deputy", "assistant", "under ") {
				return "GOVMIL", 3, true
			}
			return "GOVMIL", 2, true
		}
		return "MIL", 3, true
	case has("police", "federal bureau of investigation", "gendarmerie"):
		return "COP", 3, true
	case has("ambassador"):
		return "GOV", 3, true
	case has("minister", "secretary of ", "secretary for "):
		if has("deputy", "assistant", "under ", "delegate", "state secretary") {
			return "GOV", 3, true
		}
		return "GOV", 2, true
	}
	return "GOV", 3, true
}

func readCSV(path string) ([]map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("actor: compile: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("actor: compile: %s: %w", path, err)
	}
	var out []map[string]string
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("actor: compile: %s: %w", path, err)
		}
		m := map[string]string{}
		for i, h := range head {
			if i < len(rec) {
				m[h] = rec[i]
			}
		}
		out = append(out, m)
	}
	return out, nil
}

// phoenixFiles are the Phoenix dictionaries vigie ships, in priority order.
var phoenixFiles = []string{"Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt", "Phoenix.Countries.actors.txt", "Phoenix.agents.txt"}

func compilePhoenix(dir string, rep *CompileReport) ([]*Entry, error) {
	var out []*Entry
	for _, name := range phoenixFiles {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			return nil, fmt.Errorf("actor: compile: %w", err)
		}
		var es []*Entry
		var errs ErrorList
		if strings.Contains(name, "agents") {
			es, errs = ParseAgents(name, f)
		} else {
			es, errs = ParseActors(name, f)
		}
		f.Close()
		rep.PhoenixErrors = append(rep.PhoenixErrors, errs...)
		for _, e := range es {
			e.Lang = "en"
			seen := map[string]bool{}
			forms := e.Forms[:0]
			for _, f := range e.Forms {
				f.Text = phoenixCase(f, e.Kind)
				if len(e.Codes) == 1 && staleForms[e.Codes[0].Code+" "+f.Text] {
					continue
				}
				// "The European Union": the article is not part of the name
				if rest, ok := strings.CutPrefix(f.Text, "The "); ok && len(e.Forms) > 0 {
					f.Text = rest
				}
				if n := Normalize(f.Text); !seen[n] {
					seen[n] = true
					forms = append(forms, f)
				}
			}
			e.Forms = forms
			e.Name = e.Forms[0].Text
			out = append(out, e)
		}
	}
	// Roles first, then actors: WriteVigie groups by kind.
	sort.SliceStable(out, func(i, j int) bool { return out[i].Kind < out[j].Kind })
	rep.PhoenixEntries = len(out)
	return out, nil
}

// staleForms are Phoenix forms, by code and form, that now name something
// else first: Salisbury was Harare's name until 1982, and is today the
// English city of the Skripal poisoning.
var staleForms = map[string]bool{"ZWE Salisbury": true}

// phoenixCase writes a Phoenix actor form in title case and an agent form
// in lower case, so that vigie's capitals rules apply as for its own
// dictionaries: short forms in capitals (UN, AFP) match only capitals,
// capitalised words only capitalised words.
var smallWords = set("of the and for in on at to by de du des la le al el bin ben ibn van von der")

func phoenixCase(f Form, kind Kind) string {
	if f.Caps {
		return strings.ToUpper(f.Text)
	}
	words := strings.Fields(strings.ToLower(f.Text))
	for i, w := range words {
		if strings.Count(w, ".") >= 2 && len(w) <= 6 { // u.s. → U.S.
			words[i] = strings.ToUpper(w)
			continue
		}
		if kind == KindRole || (i > 0 && smallWords[w]) {
			continue // agents are common nouns; "Department of Defense"
		}
		r := []rune(w)
		for j, c := range r {
			if unicode.IsLetter(c) {
				r[j] = unicode.ToUpper(c)
				break
			}
		}
		words[i] = string(r)
	}
	s := strings.Join(words, " ")
	if allCaps(s) { // "U.S." alone, or "A.B": keep as caps only if it was
		return strings.ToLower(s)
	}
	return s
}
