package actor

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	actordict "github.com/vigie-events/vigie/dict/actors"
	"github.com/vigie-events/vigie/internal/doc"
)

// Knowledge is everything vigie knows about actors: dictionary entries of
// both formats compiled into one matcher, and the indexes for persons'
// names. It is safe for concurrent use once loaded; loading more
// dictionaries (LoadPetrarch, LoadVigie) must not run concurrently with
// coding.
type Knowledge struct {
	entries []*Entry
	m       *matcher
	byQID   map[string]int32

	// persons' names, for surname-only and name-variant lookups
	surname  map[string][]int32 // normalised last word → person entries
	skelFull map[string][]int32 // skeleton of the whole name → person entries
	skelLast map[string][]int32 // skeleton of the last word → person entries
	skelLens map[int][]string   // skeleton length → last-word skeletons, for edit distance

	fwIDs   map[string]map[uint32]bool // function words by language, as vocabulary ids
	destIDs map[uint32]bool            // destination prepositions (au, en, to), as ids

	ids  []uint32 // scratch for addForm
	toks []token  // scratch for addForm
}

// New returns empty Knowledge; add dictionaries with LoadVigie,
// LoadPetrarch or Add.
func New() *Knowledge {
	k := &Knowledge{
		m:        newMatcher(),
		byQID:    map[string]int32{},
		surname:  map[string][]int32{},
		skelFull: map[string][]int32{},
		skelLast: map[string][]int32{},
		skelLens: map[int][]string{},
	}
	// function words get vocabulary ids even if no form holds them
	for _, words := range functionWords {
		for w := range words {
			k.m.word(w)
		}
	}
	for w := range destPreps {
		k.m.word(w)
	}
	k.indexFunctionWords()
	return k
}

// embeddedOrder lists vigie's dictionaries in priority order: when two
// entries have the same form, the one loaded first wins.
var embeddedOrder = []string{"countries.txt", "demonyms.txt", "roles.txt", "orgs.txt", "people.txt", "world-leaders.txt", "leaders.txt.gz", "phoenix.txt.gz"}

// Load returns the Knowledge compiled from the dictionaries vigie embeds
// (dict/actors). An error in an embedded file is a bug; it is returned
// together with the Knowledge loaded from everything else.
func Load() (*Knowledge, error) {
	return loadEmbedded(nil)
}

// loadEmbedded loads the embedded dictionaries, leaving out the entries
// for which skip (when not nil) returns true; tests use it to check what
// vigie codes without a hand-written entry.
func loadEmbedded(skip func(file string, e *Entry) bool) (*Knowledge, error) {
	k := New()
	var errs ErrorList
	names, err := fs.Glob(actordict.FS, "*")
	if err != nil {
		return nil, fmt.Errorf("actor: list embedded dictionaries: %w", err)
	}
	rank := func(n string) int {
		for i, o := range embeddedOrder {
			if o == n {
				return i
			}
		}
		return len(embeddedOrder)
	}
	sort.SliceStable(names, func(i, j int) bool { return rank(names[i]) < rank(names[j]) })
	// Parse the files in parallel (the big ones are gzipped), then add
	// them in priority order.
	type parsed struct {
		entries []*Entry
		errs    ErrorList
		err     error
	}
	results := make([]parsed, len(names))
	var wg sync.WaitGroup
	for i, name := range names {
		if !strings.HasSuffix(name, ".txt") && !strings.HasSuffix(name, ".txt.gz") {
			continue
		}
		wg.Go(func() {
			data, err := fs.ReadFile(actordict.FS, name)
			if err != nil {
				results[i].err = fmt.Errorf("actor: read embedded %s: %w", name, err)
				return
			}
			var r io.Reader = bytes.NewReader(data)
			if strings.HasSuffix(name, ".gz") {
				zr, err := gzip.NewReader(r)
				if err != nil {
					results[i].err = fmt.Errorf("actor: embedded %s: %w", name, err)
					return
				}
				r = zr
			}
			results[i].entries, results[i].errs = ParseVigie(path.Join("dict/actors", name), r)
		})
	}
	wg.Wait()
	for i, res := range results {
		if res.err != nil {
			return nil, res.err
		}
		errs = append(errs, res.errs...)
		entries := res.entries
		if skip != nil {
			kept := entries[:0]
			for _, en := range entries {
				if !skip(names[i], en) {
					kept = append(kept, en)
				}
			}
			entries = kept
		}
		k.Add(entries)
	}
	return k, errs.Err()
}

// LoadVigie adds dictionaries in vigie's format (plain or .gz). Malformed
// lines are returned as an ErrorList; everything else is loaded.
func (k *Knowledge) LoadVigie(paths ...string) error {
	return k.loadFiles(paths, func(name string, r io.Reader) ([]*Entry, ErrorList) { return ParseVigie(name, r) })
}

// LoadPetrarch adds PETRARCH/TABARI dictionaries. A file whose name
// contains "agent" is read as an agent dictionary, any other as an actor
// dictionary. Its entries match in any language. Malformed lines are
// returned as an ErrorList (file, line, reason); everything else is loaded.
func (k *Knowledge) LoadPetrarch(paths ...string) error {
	return k.loadFiles(paths, func(name string, r io.Reader) ([]*Entry, ErrorList) {
		if strings.Contains(strings.ToLower(filepath.Base(name)), "agent") {
			return ParseAgents(name, r)
		}
		return ParseActors(name, r)
	})
}

func (k *Knowledge) loadFiles(paths []string, parse func(string, io.Reader) ([]*Entry, ErrorList)) error {
	var errs ErrorList
	var other []error
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			other = append(other, fmt.Errorf("actor: %w", err))
			continue
		}
		var r io.Reader = f
		if strings.HasSuffix(p, ".gz") {
			zr, err := gzip.NewReader(f)
			if err != nil {
				f.Close()
				other = append(other, fmt.Errorf("actor: %s: %w", p, err))
				continue
			}
			r = zr
		}
		entries, e := parse(p, r)
		f.Close()
		errs = append(errs, e...)
		k.Add(entries)
	}
	if len(other) > 0 {
		if len(errs) > 0 {
			other = append(other, errs)
		}
		return joinErrors(other)
	}
	return errs.Err()
}

func joinErrors(errs []error) error {
	if len(errs) == 1 {
		return errs[0]
	}
	msgs := make([]string, len(errs))
	for i, e := range errs {
		msgs[i] = e.Error()
	}
	return &multiError{errs: errs, msg: strings.Join(msgs, "; ")}
}

type multiError struct {
	errs []error
	msg  string
}

func (m *multiError) Error() string   { return m.msg }
func (m *multiError) Unwrap() []error { return m.errs }

// Add compiles entries into the matcher. Person entries with the same
// Wikidata id are merged: their forms and dated offices add up.
func (k *Knowledge) Add(entries []*Entry) {
	for _, e := range entries {
		if e == nil || len(e.Forms) == 0 {
			continue
		}
		idx := int32(len(k.entries))
		setWhere(e)
		if e.Kind == KindPerson && e.QID != "" {
			if old, ok := k.byQID[e.QID]; ok {
				k.mergePerson(old, e)
				continue
			}
			k.byQID[e.QID] = idx
		}
		k.entries = append(k.entries, e)
		for fi, f := range e.Forms {
			k.addForm(idx, fi, f)
		}
	}
	k.indexFunctionWords()
}

// setWhere fills the "file:line" strings that matches report.
func setWhere(e *Entry) {
	e.where = e.Source + ":" + strconv.Itoa(e.Line)
	for i := range e.Codes {
		if c := &e.Codes[i]; c.Line != 0 && c.Line != e.Line {
			c.where = e.Source + ":" + strconv.Itoa(c.Line)
		} else {
			c.where = e.where
		}
	}
}

func (k *Knowledge) mergePerson(idx int32, e *Entry) {
	old := k.entries[idx]
	// A hand-written entry (people.txt) comes first and keeps its name.
	have := map[string]bool{}
	for _, f := range old.Forms {
		have[Normalize(f.Text)] = true
	}
	for _, f := range e.Forms {
		if n := Normalize(f.Text); !have[n] {
			old.Forms = append(old.Forms, f)
			have[n] = true
			k.addForm(idx, len(old.Forms)-1, f)
		}
	}
	old.Codes = append(old.Codes, clipCodes(e.Codes, old.Codes)...)
}

// clipCodes returns the dated codes of a later-loaded entry less what the
// earlier one dates more precisely: a code that overlaps an earlier
// entry's same code by more than its first day keeps only the days before
// it. Wikidata rounds dates to years and leaves offices open ("DEUGOV
// 2021.."); the hand-written line that dates the same office
// (2021-12-08..2025-05-06) then decides when it ended, while an earlier
// office with the same code (a minister, then head of government) stays.
func clipCodes(later, earlier []DatedCode) []DatedCode {
	out := make([]DatedCode, 0, len(later))
	for _, c := range later {
		keep := true
		for _, h := range earlier {
			if h.Code != c.Code || !h.dated() || !c.dated() {
				continue
			}
			hFrom, cTo := h.From, c.To
			if cTo == 0 {
				cTo = maxDate
			}
			hTo := h.To
			if hTo == 0 {
				hTo = maxDate
			}
			if c.From > hTo || cTo <= hFrom {
				continue // apart, or meeting on the handover day
			}
			if c.From != 0 && c.From >= hFrom || hFrom == 0 {
				keep = false // it starts within the precise dates
				break
			}
			c.To = hFrom // the days before the precise office
		}
		if keep {
			out = append(out, c)
		}
	}
	return out
}

// maxDate is later than any date a dictionary holds.
const maxDate = Date(1<<31 - 1)

func (k *Knowledge) addForm(idx int32, fi int, f Form) {
	k.ids, k.toks = k.m.addText(f.Text, hit{entry: idx, caps: f.Caps, form: uint16(min(fi, 1<<16-1))}, k.ids, k.toks)
	if k.entries[idx].Kind == KindPerson {
		k.indexPersonName(idx, normalize(f.Text), !endsWithOneWordName(f.Text, k.entries[idx].Name))
	}
}

// endsWithOneWordName reports whether a person's form ends with the
// person's name when that name is one word, hyphens and all ("King
// Willem-Alexander"): its last part is a given name, not a surname.
func endsWithOneWordName(form, name string) bool {
	words := strings.Fields(form)
	return len(words) > 0 && name != "" && !strings.ContainsAny(name, " \u00a0") && strings.EqualFold(words[len(words)-1], name)
}

// Entries returns the number of entries and of distinct forms compiled.
func (k *Knowledge) Entries() (entries, forms int) {
	for _, hs := range k.m.final {
		forms += len(hs)
	}
	return len(k.entries), forms
}

// Match is one dictionary match in a text.
type Match struct {
	Span     doc.Span `json:"span"`
	Text     string   `json:"text"`
	Kind     string   `json:"kind"` // actor, country, demonym, region, role, org, person
	Code     string   `json:"code"` // the code on the date; roles keep their '~' (~GOV)
	Name     string   `json:"name"`
	Wikidata string   `json:"wikidata,omitempty"`
	Form     string   `json:"form"`           // the dictionary form that matched
	Source   string   `json:"source"`         // file:line
	Start    Date     `json:"start,omitzero"` // days the code holds (JSON: YYYY-MM-DD)
	End      Date     `json:"end,omitzero"`
	Office   string   `json:"office,omitempty"`

	entry int32
	toks  [2]int // token range in the tokens it was found in
	head  string // the entry's first form, which names its kind of role
}

// dayOf converts a time to a Date (0 for the zero time).
func dayOf(t time.Time) Date {
	if t.IsZero() {
		return 0
	}
	y, m, d := t.Date()
	return DateOf(y, int(m), d)
}

// Find returns every dictionary match in text, longest first from left to
// right, each coded as of date. lang ("fr", "en") selects entries; entries
// of the other language match only capitalised words. Roles are also found
// across a nationality adjective ("ministre tunisien de la Défense" is the
// role "ministre de la Défense" plus the demonym "tunisien"), so spans may
// overlap. Find never panics and runs in linear time.
func (k *Knowledge) Find(text string, date time.Time, lang string) []Match {
	toks := tokenize(text, 0, len(text), make([]token, 0, len(text)/6+1), k.m.vocab, false)
	ms := k.matchTokens(text, toks, dayOf(date), lang, nil)
	return ms
}

// matchTokens runs the two passes over toks: longest match, then longest
// match again with demonym words removed, so that roles interrupted by a
// nationality adjective are found. Results are in text order.
func (k *Knowledge) matchTokens(text string, toks []token, d Date, lang string, dst []Match) []Match {
	n0 := len(dst)
	out := k.matchAll(text, toks, d, lang, dst)
	return k.dropNameTails(text, toks, lang, out, n0)
}

// dropNameTails removes, from ms[n0:], the organisations whose name ends a
// longer proper name: "Thérèse Kayikwamba Wagner" is a person, not the
// Wagner Group. The word before the match must be capitalised, joined to
// it by a space, in no other match, no function word, and no sentence's
// first word ("Yesterday Hamas said…" keeps Hamas).
func (k *Knowledge) dropNameTails(text string, toks []token, lang string, ms []Match, n0 int) []Match {
	fw := k.functionWords(lang)
	covered := make([]bool, len(toks))
	for _, m := range ms[n0:] {
		for t := m.toks[0]; t < m.toks[1]; t++ {
			covered[t] = true
		}
	}
	out := ms[:n0]
	for _, m := range ms[n0:] {
		p := m.toks[0] - 1
		if k.entries[m.entry].Kind == KindOrg && p >= 1 && toks[p].capital && !toks[p].upper && !fw[toks[p].id] &&
			text[toks[p].end:toks[m.toks[0]].start] == " " && !covered[p] &&
			!strings.ContainsAny(text[toks[p-1].end:toks[p].start], ".!?:;\"«»“”\n") {
			continue
		}
		out = append(out, m)
	}
	return out
}

// functionWords returns the vocabulary ids of lang's function words
// (French's for a language that has none).
func (k *Knowledge) functionWords(lang string) map[uint32]bool {
	if fw := k.fwIDs[lang]; fw != nil {
		return fw
	}
	return k.fwIDs["fr"]
}

// matchAll is matchTokens before dropNameTails.
func (k *Knowledge) matchAll(text string, toks []token, d Date, lang string, dst []Match) []Match {
	first := k.longestAll(text, toks, nil, d, lang, nil)
	demonyms := 0
	for _, m := range first {
		if k.entries[m.entry].Kind == KindDemonym {
			demonyms++
		}
	}
	if demonyms == 0 {
		return append(dst, first...)
	}
	// second pass over the words that are not demonyms
	drop := make([]bool, len(toks))
	for _, m := range first {
		if k.entries[m.entry].Kind == KindDemonym {
			for t := m.toks[0]; t < m.toks[1]; t++ {
				drop[t] = true
			}
		}
	}
	keep := make([]int, 0, len(toks))
	for i := range toks {
		if !drop[i] {
			keep = append(keep, i)
		}
	}
	out := k.longestAll(text, toks, keep, d, lang, dst)
	n := len(dst)
	for _, m := range first {
		if k.entries[m.entry].Kind == KindDemonym {
			out = append(out, m)
		}
	}
	sort.SliceStable(out[n:], func(a, b int) bool { return out[n+a].Span.Start < out[n+b].Span.Start })
	return out
}

// longestAll does leftmost-longest matching over toks (or over the tokens
// toks[idx[0]], toks[idx[1]], … when idx is not nil).
func (k *Knowledge) longestAll(text string, toks []token, idx []int, d Date, lang string, dst []Match) []Match {
	n := len(toks)
	if idx != nil {
		n = len(idx)
	}
	at := func(i int) *token {
		if idx != nil {
			return &toks[idx[i]]
		}
		return &toks[i]
	}
	for i := 0; i < n; {
		node := uint32(0)
		bestEnd, bestHit := -1, hit{}
		for j := i; j < n && j-i < maxFormWords; j++ {
			t := at(j)
			if t.id == 0 {
				break
			}
			child, ok := k.m.edges[uint64(node)<<32|uint64(t.id)]
			if !ok {
				break
			}
			node = child
			hs, ok := k.m.final[node]
			if !ok {
				continue
			}
			if h, ok := k.choose(hs, text, toks, idx, i, j+1, lang); ok {
				bestEnd, bestHit = j+1, h
			}
		}
		if bestEnd < 0 {
			i++
			continue
		}
		a, b := i, bestEnd-1
		ta, tb := a, b
		if idx != nil {
			ta, tb = idx[a], idx[b]
		}
		dst = append(dst, k.makeMatch(text, toks[ta].start, toks[tb].end, bestHit, d, [2]int{ta, tb + 1}))
		i = bestEnd
	}
	return dst
}

// choose picks the usable hit of a final node: own-language entries before
// other-language ones, then the entry loaded first.
func (k *Knowledge) choose(hs []hit, text string, toks []token, idx []int, from, to int, lang string) (hit, bool) {
	best, bestScore := hit{}, -1
	for _, h := range hs {
		e := k.entries[h.entry]
		score := 2
		if e.Lang != "" && lang != "" && e.Lang != lang {
			// names travel between languages, titles and adjectives do not
			if e.Kind == KindRole || e.Kind == KindDemonym {
				continue
			}
			score = 1
			if !k.crossLangOK(toks, idx, from, to, lang) {
				continue
			}
		}
		if h.caps && !allUpper(toks, idx, from, to) {
			continue
		}
		if h.cased != 0 && !casedOK(h.cased, toks, idx, from, to) {
			continue
		}
		if score > bestScore || (score == bestScore && h.entry < best.entry) {
			best, bestScore = h, score
		}
	}
	return best, bestScore >= 0
}

func casedOK(mask uint32, toks []token, idx []int, from, to int) bool {
	for i := from; i < to && i-from < 32; i++ {
		if mask&(1<<(i-from)) == 0 {
			continue
		}
		t := &toks[i]
		if idx != nil {
			t = &toks[idx[i]]
		}
		if !t.capital {
			return false
		}
	}
	return true
}

func allUpper(toks []token, idx []int, from, to int) bool {
	for i := from; i < to; i++ {
		t := &toks[i]
		if idx != nil {
			t = &toks[idx[i]]
		}
		if !t.upper {
			return false
		}
	}
	return true
}

// crossLangOK accepts an entry of another language only on capitalised
// words (names travel between languages, common words do not), and a
// single word only when it is not a function word of the text's language.
func (k *Knowledge) crossLangOK(toks []token, idx []int, from, to int, lang string) bool {
	first := &toks[from]
	if idx != nil {
		first = &toks[idx[from]]
	}
	if !first.capital {
		return false
	}
	if to-from == 1 && first.id != 0 && k.isFunctionWordID(first.id, lang) {
		return false
	}
	return true
}

func (k *Knowledge) isFunctionWordID(id uint32, lang string) bool {
	return k.fwIDs[lang][id]
}

// indexFunctionWords maps the function words to vocabulary ids; Add calls
// it, since new forms may add the words.
func (k *Knowledge) indexFunctionWords() {
	k.fwIDs = map[string]map[uint32]bool{}
	for lang, words := range functionWords {
		ids := map[uint32]bool{}
		for w := range words {
			if id := k.m.vocab[w]; id != 0 {
				ids[id] = true
			}
		}
		k.fwIDs[lang] = ids
	}
	k.destIDs = map[uint32]bool{}
	for w := range destPreps {
		if id := k.m.vocab[w]; id != 0 {
			k.destIDs[id] = true
		}
	}
}

func (k *Knowledge) makeMatch(text string, start, end int, h hit, d Date, tr [2]int) Match {
	e := k.entries[h.entry]
	m := Match{
		Span:     doc.Span{Start: start, End: end},
		Text:     text[start:end],
		Kind:     e.Kind.String(),
		Name:     e.Name,
		Wikidata: e.QID,
		Source:   e.where,
		entry:    h.entry,
		toks:     tr,
	}
	m.Form = e.Forms[0].Text
	m.head = m.Form
	if int(h.form) < len(e.Forms) {
		m.Form = e.Forms[h.form].Text
	}
	if c, ok := e.CodeAt(d); ok {
		if !isNullCode(c.Code) {
			m.Code = c.Code
		}
		m.Start, m.End, m.Office = c.From, c.To, c.Office
		if c.where != "" {
			m.Source = c.where
		}
	}
	return m
}

// functionWords are the words a description may hold between its parts
// ("le ministre tunisien de la Défense", "the U.S. defense secretary").
var functionWords = map[string]map[string]bool{
	"fr": set("le la les l un une des de du d à a au aux en et son sa ses leur leurs ce cet cette ces"),
	"en": set("the a an of to in for and at by on s"),
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
