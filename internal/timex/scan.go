package timex

import (
	"time"

	"github.com/vigie-events/vigie/internal/pubdate"
)

const (
	// maxQuantity bounds the N of "il y a N jours", so that no step can
	// overflow a time.
	maxQuantity = 100000
	// dateWindow is how many tokens after a written date pubdate may read
	// (a time and a zone: "à 14 h 30 ( UTC + 2 )").
	dateWindow = 14
	// bareYearAhead and cueYearAhead bound years after the reference
	// year: a four-digit number alone is a year up to 20 years ahead, one
	// after "en", "in", "depuis"… up to 100; before, 1900 and 1000.
	bareYearAhead, cueYearAhead = 20, 100
	bareYearMin, cueYearMin     = 1900, 1000
)

// found is one expression of the scan: tokens [i, j) and what they mean.
type found struct {
	i, j    int
	e       Expr
	baseDir int  // anchors: +1 when the base follows ("deux jours avant le 5 mai"), -1 when it comes before
	drop    bool // read, and out of range: "il y a 100 000 ans"
}

// scanner reads the expressions of one text, left to right. Every rule
// looks at a bounded number of tokens around where it starts, so a scan is
// linear in the length of the text.
type scanner struct {
	s       string
	f       string // the folded words, which tokens point into
	toks    []token
	lang    string
	ref     time.Time // zero when unknown
	refYear int
	found   []found
	floor   int // the first token a rule may take before where it starts
}

func newScanner(s, lang string, ref time.Time) *scanner {
	toks, f := lex(s)
	y := ref.Year()
	if ref.IsZero() {
		y = time.Now().Year()
	}
	return &scanner{s: s, f: f, toks: toks, lang: lang, ref: ref, refYear: y, found: make([]found, 0, len(toks)/64+1)}
}

func (sc *scanner) scan() {
	for i := 0; i < len(sc.toks); {
		f, skip, ok := sc.at(i)
		if ok {
			if f.drop {
				i = f.j
				continue
			}
			sc.found = append(sc.found, f)
			i = f.j
			sc.floor = i
			continue
		}
		i = max(i+1, skip)
	}
}

// at reads an expression that starts at token i, or takes a few words
// before it. When tokens from i look like a date that is not valid ("31
// février"), skip is the token after them, so that no part of them is
// read as a smaller date.
func (sc *scanner) at(i int) (f found, skip int, ok bool) {
	t := &sc.toks[i]
	if t.kind == tPunct {
		return found{}, 0, false
	}
	w := sc.word(i)
	c := wordClass[w]
	if t.kind == tWord && c == 0 {
		return found{}, 0, false // most words: one look-up
	}
	isMonth, isWeekday := c&cMonth != 0, c&cWeekday != 0
	if t.kind == tNum || c&(cMonth|cAbbr|cWeekday) != 0 {
		if f, skip, ok := sc.written(i); ok || skip > i {
			return f, skip, ok
		}
	}
	if t.kind == tNum {
		if f, ok := sc.counted(i); ok {
			return f, 0, true
		}
		return sc.year(i)
	}
	if c&cNumber != 0 {
		if f, ok := sc.counted(i); ok {
			return f, 0, true
		}
	}
	if c&cUnit != 0 && c&cStarter == 0 {
		f, ok = sc.bareUnit(i)
		return f, 0, ok
	}
	switch {
	case isWeekday:
		f, ok = sc.weekday(i)
		return f, 0, ok
	case isMonth:
		f, ok = sc.month(i)
		return f, 0, ok
	}
	f, ok = sc.words(i, w)
	return f, 0, ok
}

// ---- token helpers ----

// tok returns token k, or nil outside the text.
func (sc *scanner) tok(k int) *token {
	if k < 0 || k >= len(sc.toks) {
		return nil
	}
	return &sc.toks[k]
}

// word returns the folded word at k, or "".
func (sc *scanner) word(k int) string {
	if t := sc.tok(k); t != nil && t.kind == tWord {
		return sc.f[t.fs:t.fe]
	}
	return ""
}

// back returns the folded word at k when k is not before the floor.
func (sc *scanner) back(k int) string {
	if k < sc.floor {
		return ""
	}
	return sc.word(k)
}

// punct reports whether token k is the rune r.
func (sc *scanner) punct(k int, r rune) bool {
	t := sc.tok(k)
	return t != nil && t.kind == tPunct && t.r == r
}

// dash reports whether token k is a hyphen or a dash.
func (sc *scanner) dash(k int) bool {
	t := sc.tok(k)
	return t != nil && t.kind == tPunct && (t.r == '-' || t.r == '‑' || t.r == '–' || t.r == '—')
}

// apos reports whether token k is an apostrophe.
func (sc *scanner) apos(k int) bool {
	t := sc.tok(k)
	return t != nil && t.kind == tPunct && (t.r == '\'' || t.r == '’' || t.r == 'ʼ')
}

// num returns the value at k when it is a number of minD to maxD digits.
func (sc *scanner) num(k, minD, maxD int) (int, bool) {
	t := sc.tok(k)
	if t == nil || t.kind != tNum || int(t.nd) < minD || int(t.nd) > maxD {
		return 0, false
	}
	return int(t.n), true
}

// adj reports whether token k touches the token before it.
func (sc *scanner) adj(k int) bool {
	return k > 0 && k < len(sc.toks) && sc.toks[k-1].end == sc.toks[k].start
}

// upper reports whether token k is a word that starts with a capital.
func (sc *scanner) upper(k int) bool {
	t := sc.tok(k)
	return t != nil && t.kind == tWord && t.upper
}

// sentStart reports whether token k opens a sentence or a line, past any
// quotes, brackets and dashes.
func (sc *scanner) sentStart(k int) bool {
	for n := 0; n < 4; n++ {
		if k <= 0 || sc.toks[k].nl {
			return true
		}
		p := sc.toks[k-1]
		if p.kind != tPunct {
			return false
		}
		switch p.r {
		case '.', '!', '?', '…', ':', '|', '•':
			return true
		case '«', '»', '"', '“', '”', '\'', '‘', '’', '(', '[', '-', '–', '—':
			k--
		default:
			return false
		}
	}
	return false
}

// compound reads a word written as a and b joined by an apostrophe or a
// hyphen, or apart: "aujourd'hui", "après-demain", "week-end", "l'an". It
// returns the token after it.
func (sc *scanner) compound(k int, a, b string) (int, bool) {
	if sc.word(k) != a {
		return 0, false
	}
	if t := sc.tok(k + 1); t != nil && t.kind == tPunct {
		if (sc.apos(k+1) || sc.dash(k+1)) && sc.adj(k+1) && sc.adj(k+2) && sc.word(k+2) == b {
			return k + 3, true
		}
		return 0, false
	}
	if sc.word(k+1) == b {
		return k + 2, true
	}
	return 0, false
}

// suffixLa reports whether "-là" or "-ci" follows at k ("cette année-là"),
// which makes a period one of the story, not of the publication date.
func (sc *scanner) suffixLa(k int) bool {
	return sc.dash(k) && sc.adj(k) && sc.word(k+1) == "la" && sc.adj(k+1)
}

// ---- calendar helpers ----

// day returns midnight of the day days after the reference date, or zero
// when there is no reference.
func (sc *scanner) day(days int) time.Time {
	if sc.ref.IsZero() {
		return time.Time{}
	}
	return dayOf(sc.ref).AddDate(0, 0, days)
}

// period returns the start of the week, month or year n periods after the
// one of the reference date.
func (sc *scanner) period(unit string, n int) time.Time {
	if sc.ref.IsZero() {
		return time.Time{}
	}
	return periodStart(dayOf(sc.ref), unit, n)
}

func dayOf(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}

func periodStart(today time.Time, unit string, n int) time.Time {
	y, m, _ := today.Date()
	loc := today.Location()
	switch unit {
	case GranWeek:
		back := (int(today.Weekday()) + 6) % 7 // days since Monday
		return today.AddDate(0, 0, 7*n-back)
	case GranMonth:
		return time.Date(y, m+time.Month(n), 1, 0, 0, 0, 0, loc)
	case GranYear:
		return time.Date(y+n, 1, 1, 0, 0, 0, 0, loc)
	}
	return today.AddDate(0, 0, n)
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func validDate(y, m, d int) bool {
	return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

// placeholderYear holds the month and day of a date written without a year
// until Resolve picks one; it is a leap year, so that 29 February is kept.
const placeholderYear = 2000

// ---- written dates ----

// shape is the extent of a written date: an optional weekday, then a
// numeric date, a day and month, a month and day, or a month and year.
type shape struct {
	j       int // the token after it
	y, m, d int // y is 0 when no year is written, d when only a month and year are
	wd      int // a weekday written before it, plus one
	numeric bool
}

// written reads a written date at i and the time that may follow it.
func (sc *scanner) written(i int) (found, int, bool) {
	sh, ok := sc.shape(i)
	if !ok {
		f, ok := sc.dayRange(i)
		return f, 0, ok
	}
	if !sh.numeric && !sc.validShape(sh) {
		return found{}, sh.j, false
	}
	now := sc.ref
	if now.IsZero() {
		now = time.Now()
	}
	start := int(sc.toks[i].start)
	end := int(sc.toks[min(sh.j+dateWindow, len(sc.toks))-1].end)
	e := Expr{Kind: KindAbsolute}
	j := 0
	if r, span, ok := pubdate.Find(sc.s[start:end], now, sc.lang); ok && span.Start == 0 {
		for k := i; k < len(sc.toks) && int(sc.toks[k].end) <= start+span.End; k++ {
			j = k + 1
		}
		if j-1 > i && sc.punct(j-1, '.') {
			if _, full := monthNames[sc.word(j-2)]; full {
				j-- // pubdate reads "juillet." as an abbreviation
			}
		}
		if j >= sh.j {
			e.Value, e.Granularity = r.Time, r.Granularity
			if e.Granularity == pubdate.GranSecond {
				e.Granularity = GranMinute
			}
		}
	}
	if e.Value.IsZero() {
		if sh.numeric {
			return found{}, sh.j, false // impossible in both orders, or out of range
		}
		j = sh.j
		loc := sc.loc()
		if sh.d == 0 {
			e.Value, e.Granularity = time.Date(sh.y, time.Month(sh.m), 1, 0, 0, 0, 0, loc), GranMonth
		} else {
			y := sh.y
			if y == 0 {
				y = placeholderYear
			}
			e.Value, e.Granularity = time.Date(y, time.Month(sh.m), sh.d, 0, 0, 0, 0, loc), GranDay
		}
	}
	if sh.y == 0 && !sh.numeric {
		v := e.Value
		e.Value = time.Date(placeholderYear, v.Month(), v.Day(), v.Hour(), v.Minute(), v.Second(), 0, v.Location())
		e.NoYear = true
		e.weekday = int8(sh.wd)
	}
	e.clock = e.Granularity == GranHour || e.Granularity == GranMinute
	if e.Granularity == GranMonth {
		start, note, dir, _ := sc.prefix(i)
		if dir == 0 {
			e.Note = note
			i = start
		}
	}
	return found{i: i, j: j, e: e}, 0, true
}

// dayRange reads "2 au 5 novembre", "2 et 3 octobre 2020", "2-5
// November": Value is the first day, Until the last.
func (sc *scanner) dayRange(i int) (found, bool) {
	d1, k, ok := sc.dayAt(i)
	if !ok {
		return found{}, false
	}
	switch sc.word(k) {
	case "au", "et", "and", "to":
		k++
	default:
		if !sc.dash(k) {
			return found{}, false
		}
		k++
	}
	sh, ok := sc.dayMonth(k)
	if !ok || d1 < 1 || d1 >= sh.d || !sc.validShape(sh) {
		return found{}, false
	}
	y := sh.y
	if y == 0 {
		y = placeholderYear
	}
	e := Expr{Kind: KindAbsolute, Granularity: GranDay, Note: NoteRange, NoYear: sh.y == 0, days: int8(sh.d - d1),
		Value: time.Date(y, time.Month(sh.m), d1, 0, 0, 0, 0, sc.loc())}
	if !e.NoYear {
		e.Until = time.Date(y, time.Month(sh.m), sh.d, 0, 0, 0, 0, sc.loc())
	}
	return found{i: i, j: sh.j, e: e}, true
}

func (sc *scanner) loc() *time.Location {
	if sc.ref.IsZero() {
		return time.UTC
	}
	return sc.ref.Location()
}

// validShape checks the calendar and the range of the year.
func (sc *scanner) validShape(sh shape) bool {
	if sh.y != 0 && (sh.y < cueYearMin || sh.y > sc.refYear+cueYearAhead) {
		return false
	}
	if sh.d == 0 {
		return sh.y != 0 && sh.m >= 1 && sh.m <= 12
	}
	y := sh.y
	if y == 0 {
		y = placeholderYear
	}
	return validDate(y, sh.m, sh.d)
}

// shape reads the tokens of a written date at i.
func (sc *scanner) shape(i int) (shape, bool) {
	k, wd := i, 0
	if d, ok := weekdayNames[sc.word(k)]; ok {
		wd = int(d) + 1
		k++
		if sc.punct(k, ',') {
			k++
		}
	}
	sh, ok := sc.numeric(k)
	if !ok {
		sh, ok = sc.dayMonth(k)
	}
	if !ok {
		sh, ok = sc.monthDay(k)
	}
	if !ok || wd != 0 && sh.d == 0 {
		return shape{}, false
	}
	sh.wd = wd
	return sh, true
}

// numeric reads 2020-09-28, 28/09/2020, 28.09.2020, 02/10/20: three
// numbers that touch, joined by the same separator.
func (sc *scanner) numeric(k int) (shape, bool) {
	a, ok := sc.num(k, 1, 4)
	if !ok || sc.adj(k) && sc.tok(k-1).kind != tWord && sc.tok(k-1).r != '(' {
		return shape{}, false
	}
	sep := sc.tok(k + 1)
	if sep == nil || sep.kind != tPunct || !sc.adj(k+1) || sep.r != '/' && sep.r != '.' && sep.r != '-' {
		return shape{}, false
	}
	b, ok := sc.num(k+2, 1, 2)
	if !ok || !sc.adj(k+2) || !sc.punct(k+3, sep.r) || !sc.adj(k+3) || !sc.adj(k+4) {
		return shape{}, false
	}
	c, ok := sc.num(k+4, 1, 4)
	if !ok {
		return shape{}, false
	}
	na, nc := sc.toks[k].nd, sc.toks[k+4].nd
	switch {
	case na == 4 && nc <= 2:
		return shape{j: k + 5, y: a, m: b, d: c, numeric: true}, true
	case na <= 2 && (nc == 4 || nc == 2):
		return shape{j: k + 5, y: c, m: b, d: a, numeric: true}, true
	}
	return shape{}, false
}

// monthAt reads a month name or abbreviation at k, with the dot of an
// abbreviation. English names read next to a day must not be the verbs
// "may" and "march".
func (sc *scanner) monthAt(k int) (int, int, bool) {
	w := sc.word(k)
	if n, ok := monthNames[w]; ok {
		if (w == "may" || w == "march") && !sc.upper(k) {
			return 0, 0, false
		}
		return int(n.m), k + 1, true // a dot after a full name ends the sentence
	}
	n, ok := monthAbbrs[w]
	if !ok {
		return 0, 0, false
	}
	k++
	if sc.punct(k, '.') && sc.adj(k) {
		k++
	}
	return int(n), k, true
}

// dayAt reads a day number at k and its ordinal suffix ("1er", "2nd").
func (sc *scanner) dayAt(k int) (int, int, bool) {
	d, ok := sc.num(k, 1, 2)
	if !ok {
		return 0, 0, false
	}
	k++
	if ordinals[sc.word(k)] && sc.adj(k) {
		k++
	}
	return d, k, true
}

// yearAt reads a four-digit year at k, after an optional comma or hyphen.
func (sc *scanner) yearAt(k int) (int, int, bool) {
	if sc.punct(k, ',') || sc.dash(k) && sc.adj(k) && sc.adj(k+1) {
		k++
	}
	y, ok := sc.num(k, 4, 4)
	if !ok || sc.adj(k+1) && (sc.dash(k+1) || sc.punct(k+1, '/')) && sc.tok(k+2) != nil && sc.tok(k+2).kind == tNum {
		return 0, 0, false // "2019-2020" is a range of years, not the year of this date
	}
	return y, k + 1, true
}

// dayMonth reads "28 septembre 2020", "1er octobre", "2 Oct. 2020",
// "2nd of October", "14-Juillet".
func (sc *scanner) dayMonth(k int) (shape, bool) {
	d, k, ok := sc.dayAt(k)
	if !ok {
		return shape{}, false
	}
	if sc.dash(k) && sc.adj(k) && sc.adj(k+1) || sc.word(k) == "of" {
		k++
	}
	m, k, ok := sc.monthAt(k)
	if !ok {
		return shape{}, false
	}
	if y, k2, ok := sc.yearAt(k); ok {
		return shape{j: k2, y: y, m: m, d: d}, true
	}
	return shape{j: k, m: m, d: d}, true
}

// monthDay reads "October 2, 2020", "Oct. 2", "juin 2019".
func (sc *scanner) monthDay(k int) (shape, bool) {
	m, k, ok := sc.monthAt(k)
	if !ok {
		return shape{}, false
	}
	if y, k2, ok := sc.yearAt(k); ok && !sc.punct(k, ',') {
		return shape{j: k2, y: y, m: m}, true
	}
	d, k, ok := sc.dayAt(k)
	if !ok || sc.adj(k) && sc.tok(k).kind == tPunct && (sc.tok(k).r == ':' || sc.tok(k).r == '.') && sc.tok(k+1) != nil && sc.tok(k+1).kind == tNum {
		return shape{}, false
	}
	if _, isUnit := units[sc.word(k)]; isUnit {
		return shape{}, false // "March 3 days later"
	}
	if y, k2, ok := sc.yearAt(k); ok {
		return shape{j: k2, y: y, m: m, d: d}, true
	}
	return shape{j: k, m: m, d: d}, true
}

// prefix reads the words before a month or a year that belong to it ("en",
// "in", "début", "fin", "mi-", "courant", "early", "late", "mid-", "the end
// of", "the beginning of", and for months "last", "next", "this"). It
// returns the first token, the note and direction they give, and whether
// a word before it marks a date ("depuis", "since", "of"…).
func (sc *scanner) prefix(i int) (start int, note string, dir int, cue bool) {
	start = i
	k := i - 1
	switch w := sc.back(k - 1); {
	case sc.dash(k) && sc.adj(k) && sc.adj(i) && (w == "mi" || w == "mid") && k-1 >= sc.floor:
		start, note, k = k-1, NoteMid, k-2
	default:
		switch sc.back(k) {
		case "debut", "early":
			start, note, k = k, NoteEarly, k-1
		case "fin", "late":
			start, note, k = k, NoteLate, k-1
		case "courant":
			start, k = k, k-1
		case "of":
			switch sc.back(k - 1) {
			case "end":
				start, note, k = k-1, NoteLate, k-2
			case "beginning", "start":
				start, note, k = k-1, NoteEarly, k-2
			}
			if start < i && sc.back(k) == "the" {
				start, k = k, k-1
			}
		}
	}
	switch w := sc.back(k); w {
	case "en", "in":
		return k, note, 0, true
	case "last", "next", "this":
		if start == i {
			switch w {
			case "last":
				dir = -1
			case "next":
				dir = 1
			}
			return k, note, dir, true
		}
	}
	return start, note, 0, start < i || monthCues[sc.back(k)]
}

// ---- years ----

// year reads a year written alone ("en 2019", "since 2011", "fin 2020"),
// a range ("2019-2020") or a decade ("les années 1990", "the 1990s").
func (sc *scanner) year(i int) (found, int, bool) {
	y, ok := sc.num(i, 4, 4)
	if !ok {
		return sc.decade2(i)
	}
	// Part of a code, a longer number or an amount: "A320", "1,500", "$2000".
	if sc.adj(i) {
		p := sc.tok(i - 1)
		if p.kind == tWord || p.kind == tNum || p.kind == tPunct && !(sc.dash(i-1) && (sc.back(i-2) == "mi" || sc.back(i-2) == "mid")) && p.r != '(' && p.r != '\'' && p.r != '’' {
			return found{}, 0, false
		}
	}
	if p := sc.tok(i - 1); p != nil && p.kind == tNum {
		return found{}, 0, false
	}
	start, note, _, cue := sc.prefix(i)
	pw := sc.back(i - 1)
	switch {
	case pw == "annees" || pw == "years" && sc.back(i-2) == "the":
		return sc.decade(i-1, i+1, y)
	case sc.word(i+1) == "s" && sc.adj(i+1):
		return sc.decade(i, i+2, y)
	case notYearBefore[pw] && !(pw == "a" && sc.upper(i-1)):
		return found{}, 0, false
	case pw == "de" && notYearBefore[sc.back(i-2)]:
		return found{}, 0, false
	case pw == "the" || pw == "l" || yearSeasons[pw]:
		cue = true
	}
	switch sc.word(i + 1) {
	case "av", "avant":
		if x := sc.word(i + 3); x != "j" && x != "jesus" && sc.word(i+2) != "j" && sc.word(i+2) != "jesus" {
			break
		}
		fallthrough
	case "bc", "bce":
		return found{}, i + 1, false // before our era: outside the calendar this package reads
	}
	if t := sc.tok(i + 1); t != nil {
		if t.kind == tPunct && (t.r == '%' || t.r == '€' || t.r == '$' || t.r == '£') ||
			t.kind == tWord && countNouns[sc.word(i+1)] ||
			sc.adj(i+1) && t.kind == tPunct && (t.r == '.' || t.r == ',') && sc.adj(i+2) && sc.tok(i+2).kind == tNum {
			return found{}, 0, false
		}
	}
	if !cue && i-1 >= sc.floor && sc.upper(i-1) && !sc.sentStart(i-1) && sc.upper(i+1) {
		return found{}, i + 1, false // "Mirage 2000 Dassault", "Windows 2000 Server"
	}
	lo, hi := bareYearMin, sc.refYear+bareYearAhead
	if cue {
		lo, hi = cueYearMin, sc.refYear+cueYearAhead
	}
	if y < lo || y > hi {
		return found{}, i + 1, false
	}
	if pw == "depuis" || pw == "since" {
		note = NoteSince
	}
	e := Expr{Kind: KindAbsolute, Granularity: GranYear, Note: note, Value: time.Date(y, 1, 1, 0, 0, 0, 0, sc.loc())}
	j := i + 1
	// "2019-2020", "2019-20", "2019/2020"
	if (sc.dash(j) || sc.punct(j, '/')) && sc.tok(j+1) != nil && sc.tok(j+1).kind == tNum && (sc.adj(j) == sc.adj(j+1)) {
		y2, ok := sc.num(j+1, 4, 4)
		if v, ok2 := sc.num(j+1, 2, 2); ok2 && sc.adj(j) {
			y2, ok = y/100*100+v, true
		}
		if ok && y2 > y && y2-y <= 10 {
			e.Note, e.Until = NoteRange, time.Date(y2, 1, 1, 0, 0, 0, 0, sc.loc())
			j += 2
		}
	}
	return found{i: start, j: j, e: e}, 0, true
}

// decade reads "années 1990" (from token i) and "1990s" (to token j).
func (sc *scanner) decade(i, j, y int) (found, int, bool) {
	if y%10 != 0 || y < cueYearMin || y > sc.refYear+cueYearAhead {
		return found{}, 0, false
	}
	e := Expr{Kind: KindAbsolute, Granularity: GranDecade, Value: time.Date(y, 1, 1, 0, 0, 0, 0, sc.loc())}
	return found{i: i, j: j, e: e}, 0, true
}

// decade2 reads "les années 90" and "les années 2000".
func (sc *scanner) decade2(i int) (found, int, bool) {
	v, ok := sc.num(i, 2, 2)
	if !ok || sc.back(i-1) != "annees" || v%10 != 0 {
		return found{}, 0, false
	}
	return sc.decade(i-1, i+1, 1900+v)
}

// ---- months ----

// month reads a month written alone: "en juin", "juin dernier", "in
// June", "last March", "début mars", "mi-juillet". A capitalised French
// month or any English one needs a word before it that marks a date:
// "March" may be a protest, "May" a verb or a surname.
func (sc *scanner) month(i int) (found, bool) {
	w := sc.word(i)
	mn := monthNames[w]
	start, note, dir, cue := sc.prefix(i)
	pw := sc.back(i - 1)
	switch {
	case mn.en && !sc.upper(i):
		return found{}, false
	case w == "may" && !mayCues[pw] && note == "":
		return found{}, false
	case (mn.en || sc.upper(i)) && !cue:
		return found{}, false
	case !mn.en && sc.upper(i) && !sc.sentStart(i) && pw != "en" && note == "":
		return found{}, false // "la place de Mai": French months are written in lower case
	}
	j := i + 1
	if !mn.en && dir == 0 {
		switch sc.word(j) {
		case "dernier", "passe":
			dir, j = -1, j+1
		case "prochain":
			dir, j = 1, j+1
		}
	}
	e := Expr{Kind: KindAbsolute, Granularity: GranMonth, NoYear: true, Direction: dir, Note: note,
		Value: time.Date(placeholderYear, mn.m, 1, 0, 0, 0, 0, sc.loc())}
	return found{i: start, j: j, e: e}, true
}

// ---- weekdays ----

// weekday reads "vendredi", "ce vendredi", "vendredi dernier", "vendredi
// prochain", "vendredi soir", "lundi 28", "on Friday", "last Friday",
// "next Friday", "Friday night", "Friday at 3 p.m.". Habits ("chaque
// vendredi", "le vendredi", "every Friday") and names ("Vendredi saint",
// "Black Friday", "Sunday Times") are not dates.
func (sc *scanner) weekday(i int) (found, bool) {
	w := sc.word(i)
	wd := weekdayNames[w]
	en := len(w) > 5 && w[len(w)-3:] == "day"
	pw := sc.back(i - 1)
	switch pw {
	case "chaque", "every", "each", "le", "les", "tous", "toutes",
		"er", "e", "eme", "premier", "deuxieme", "troisieme", "st", "nd", "rd", "th", "first", "second", "third", "fourth":
		return found{}, false // habits, and "le 1er dimanche de juin"
	}
	if namedDays[sc.word(i+1)] || sc.word(i+1) == "de" && (sc.word(i+2) == "paques" || sc.word(i+2) == "pentecote") || sc.word(i+1) == "des" && sc.word(i+2) == "cendres" {
		return found{}, false
	}
	cue := false
	switch pw {
	case "on", "last", "next", "this", "by", "until", "since", "from", "before", "after", "ce", "depuis", "des", "jusqu", "avant", "apres", "et", "and", "or", "ou", "to", "between", "entre", "a", "au", "that", "late", "early":
		cue = true
	}
	if !en && sc.upper(i) && !sc.sentStart(i) && !cue {
		return found{}, false // "le Vendredi noir"
	}
	if en && (pw == "a" || pw == "any" || pw == "one") {
		return found{}, false // "on a Friday": any Friday
	}
	if en && (namedBefore[pw] && sc.upper(i-1) || namedAfter[sc.word(i+1)] && sc.upper(i+1)) {
		return found{}, false // "Black Friday", "Super Tuesday", "Sunday Times"
	}
	e := Expr{Kind: KindWeekday, weekday: int8(wd) + 1}
	start, j := i, i+1
	switch pw {
	case "ce", "this":
		start, e.Note = i-1, NoteThis
	case "last":
		if sc.back(i-2) != "the" {
			start, e.Direction = i-1, -1
		}
	case "next":
		if sc.back(i-2) != "the" {
			start, e.Direction = i-1, 1
		}
	case "depuis", "since":
		e.Direction = -1 // "depuis mardi": the state began in the past
	}
	switch sc.word(j) {
	case "dernier", "passe":
		if e.Direction == 0 && e.Note == "" {
			e.Direction, j = -1, j+1
		}
	case "prochain":
		if e.Direction == 0 && e.Note == "" {
			e.Direction, j = 1, j+1
		}
	}
	// "lundi 28": a day of the month without the month.
	if d, ok := sc.num(j, 1, 2); ok && d >= 1 && d <= 31 && !sc.adj(j) {
		if _, unit := units[sc.word(j+1)]; !unit && !sc.punct(j+1, ':') && !sc.punct(j+1, '.') && !sc.punct(j+1, ',') || sc.punct(j+1, ',') && !sc.adj(j+2) {
			if _, _, _, _, clock := sc.clock(j); !clock {
				e = Expr{Kind: KindAbsolute, Granularity: GranDay, NoYear: true, weekday: e.weekday, mday: int8(d)}
				j++
			}
		}
	}
	j = sc.dayPart(j, &e)
	if e.Granularity == "" {
		e.Granularity = GranDay
	}
	return found{i: start, j: j, e: e}, true
}

// dayPart reads what may follow a day: a part of the day ("soir", "Friday
// night", "dans la soirée") and a time ("à 14h30", "at 3 p.m."). It sets
// the note and the clock of e and returns the token after them.
func (sc *scanner) dayPart(j int, e *Expr) int {
	if p, ok := partsOfDay[sc.word(j)]; ok {
		e.Note, j = p, j+1
		if p == NoteNoon {
			e.Value, e.Granularity, e.clock = time.Date(placeholderYear, 1, 1, 12, 0, 0, 0, sc.loc()), GranHour, true
			return j
		}
	} else if k, ok := sc.compound(j, "apres", "midi"); ok {
		e.Note, j = NoteAfternoon, k
	} else if sc.word(j) == "dans" && sc.word(j+1) == "la" {
		switch sc.word(j + 2) {
		case "soiree":
			e.Note, j = NoteEvening, j+3
		case "matinee":
			e.Note, j = NoteMorning, j+3
		case "nuit":
			e.Note, j = NoteNight, j+3
		}
	}
	if h, mi, gran, k, ok := sc.clock(j); ok {
		if e.Note == NoteEvening || e.Note == NoteAfternoon || e.Note == NoteNight && h >= 6 {
			if h < 12 {
				h += 12
			}
		}
		if h < 24 {
			v := e.Value
			if v.IsZero() {
				v = time.Date(placeholderYear, 1, 1, 0, 0, 0, 0, sc.loc())
			}
			e.Value = time.Date(v.Year(), v.Month(), v.Day(), h, mi, 0, 0, v.Location())
			e.Granularity, e.clock = gran, true
			j = k
		}
	}
	return j
}

// clock reads a time at k: "à 14h", "14h30", "14 h 30", "14:30", "at 3
// p.m.", "vers 10 heures", "à midi", "at noon".
func (sc *scanner) clock(k int) (h, mi int, gran string, end int, ok bool) {
	if sc.punct(k, ',') {
		k++
	}
	lead := false
	switch sc.word(k) {
	case "a", "at", "vers", "around", "about", "des", "aux":
		k, lead = k+1, true
	}
	if lead && (sc.word(k) == "midi" || sc.word(k) == "noon") {
		return 12, 0, GranHour, k + 1, true
	}
	h, ok = sc.num(k, 1, 2)
	if !ok || h > 23 {
		return 0, 0, "", 0, false
	}
	k++
	gran = GranHour
	switch {
	case sc.word(k) == "h" || lead && (sc.word(k) == "heures" || sc.word(k) == "heure"):
		k++
		if m, ok := sc.num(k, 2, 2); ok && (sc.adj(k) || sc.word(k-1) == "h") {
			mi, gran, k = m, GranMinute, k+1
		}
	case sc.punct(k, ':') && sc.adj(k) && sc.adj(k+1):
		m, ok := sc.num(k+1, 2, 2)
		if !ok {
			return 0, 0, "", 0, false
		}
		mi, gran, k = m, GranMinute, k+2
		if pm, k2, ok := sc.ampm(k); ok {
			if h < 1 || h > 12 {
				return 0, 0, "", 0, false
			}
			h, k = h%12+12*pm, k2
		}
	default:
		pm, k2, ok := sc.ampm(k)
		if !ok || h < 1 || h > 12 {
			return 0, 0, "", 0, false
		}
		h, k = h%12+12*pm, k2
	}
	if mi > 59 {
		return 0, 0, "", 0, false
	}
	return h, mi, gran, k, true
}

// ampm reads "am", "pm", "a.m." or "p.m." at k; pm is 1 for the afternoon.
func (sc *scanner) ampm(k int) (pm, end int, ok bool) {
	switch w := sc.word(k); w {
	case "am", "pm":
		if w == "pm" {
			pm = 1
		}
		return pm, k + 1, true
	case "a", "p":
		if sc.punct(k+1, '.') && sc.adj(k+1) && sc.word(k+2) == "m" && sc.adj(k+2) {
			end = k + 3
			if sc.punct(end, '.') && sc.adj(end) {
				end++
			}
			if w == "p" {
				pm = 1
			}
			return pm, end, true
		}
	}
	return 0, 0, false
}

// weekend reads "week-end" or "weekend" at k.
func (sc *scanner) weekend(k int) (int, bool) {
	if sc.word(k) == "weekend" {
		return k + 1, true
	}
	return sc.compound(k, "week", "end")
}

// weekendExpr is the Saturday of a weekend, in the given direction.
func weekendExpr(dir int) Expr {
	return Expr{Kind: KindWeekday, Granularity: GranDay, Note: NoteWeekend, Direction: dir, weekday: int8(time.Saturday) + 1}
}
