package pubdate

import (
	"time"

	"github.com/vigie-events/vigie/internal/doc"
)

// maxQuantity bounds the number in "il y a N …" so that durations cannot
// overflow; larger numbers are never a publication date.
const maxQuantity = 100000

// parser reads date expressions from the tokens of one string. Every rule
// looks at a bounded number of tokens from where it starts, so scanning a
// whole string is linear in its length.
type parser struct {
	s        string
	lx       lexer
	toks     []token // the tokens lexed so far
	done     bool    // all of s is lexed
	now      time.Time
	loc      *time.Location
	dayFirst bool
	maxT     time.Time // latest accepted instant: now + 1 year
}

// match is one date expression: tokens [i, j) and what they mean.
type match struct {
	res  Result
	i, j int
}

func newParser(s string, now time.Time, lang string) *parser {
	if now.IsZero() {
		now = time.Now()
	}
	return &parser{
		s:        s,
		lx:       lexer{s: s},
		now:      now,
		loc:      now.Location(),
		dayFirst: !monthFirst(lang),
		maxT:     now.AddDate(1, 0, 0),
	}
}

// next returns the leftmost expression that starts at token i or later.
// Tokens that read as a date but not a valid one ("31 février 2020") are
// skipped whole, so that no part of them is read as a smaller date.
func (p *parser) next(i int) (match, bool) {
	for p.tok(i) != nil {
		m, bad, ok := p.at(i)
		if ok {
			return m, true
		}
		if bad > i {
			i = bad
		} else {
			i++
		}
	}
	return match{}, false
}

// at reads an expression starting exactly at token i. When tokens from i
// have the shape of a date that is not valid, bad is the token after them.
func (p *parser) at(i int) (m match, bad int, ok bool) {
	if t := p.toks[i]; t.kind == tPunct || t.kind == tWord && t.w == 0 {
		return match{}, 0, false
	}
	if m, ok := p.timeFirst(i); ok {
		return m, 0, true
	}
	m, bad, ok = p.absolute(i)
	if ok || bad > i {
		return m, bad, ok
	}
	m, ok = p.relative(i)
	return m, 0, ok
}

// finish fills in Expr and checks the range of the time.
func (p *parser) finish(t time.Time, gran string, i, j int) (match, bool) {
	if t.Year() < minYear || t.After(p.maxT) {
		return match{}, false
	}
	return match{
		res: Result{Time: t, Source: doc.PubText, Expr: p.s[p.toks[i].start:p.toks[j-1].end], Granularity: gran},
		i:   i,
		j:   j,
	}, true
}

// ---- token helpers ----

// tok returns token k, lexing up to it when needed, or nil past the end.
func (p *parser) tok(k int) *token {
	for k >= len(p.toks) && !p.done {
		t, ok := p.lx.next()
		if !ok {
			p.done = true
			break
		}
		p.toks = append(p.toks, t)
	}
	if k < 0 || k >= len(p.toks) {
		return nil
	}
	return &p.toks[k]
}

// word returns the folded word at k, or "".
func (p *parser) word(k int) string {
	if t := p.tok(k); t != nil && t.kind == tWord {
		return t.word()
	}
	return ""
}

// punct reports whether token k is the rune r.
func (p *parser) punct(k int, r rune) bool {
	t := p.tok(k)
	return t != nil && t.kind == tPunct && t.r == r
}

// num returns the value at k when it is a number of minD to maxD digits.
func (p *parser) num(k, minD, maxD int) (int, bool) {
	t := p.tok(k)
	if t == nil || t.kind != tNum || int(t.nd) < minD || int(t.nd) > maxD {
		return 0, false
	}
	return int(t.n), true
}

// adj reports whether token k touches the token before it.
func (p *parser) adj(k int) bool {
	return k > 0 && p.tok(k) != nil && p.toks[k-1].end == p.toks[k].start
}

// ---- absolute dates ----

type dateParts struct {
	y, m, d  int
	gran     string
	j        int         // token after the date
	inferred bool        // no year was written
	clock    *clockParts // the time inside an ANSI C date ("Sep 28 14:32:00 2020")
}

// absolute reads an optional weekday, a date and an optional time.
func (p *parser) absolute(i int) (match, int, bool) {
	d, ok := p.date(i)
	if _, wd := weekdays[p.word(i)]; wd {
		j := i + 1
		if p.punct(j, '.') && p.adj(j) {
			j++
		}
		if p.punct(j, ',') {
			j++
		}
		if d2, ok2 := p.date(j); ok2 {
			d, ok = d2, true
		}
	}
	if !ok {
		return match{}, 0, false
	}
	if d.inferred {
		d.y = p.inferYear(d.m, d.d)
	}
	if !validDate(d.y, d.m, d.d) {
		return match{}, d.j, false
	}
	m, ok := p.dateTime(d, i)
	if !ok {
		return match{}, d.j, false
	}
	return m, 0, true
}

// timeFirst reads a time written before its date: "10h12, le 29/09/2020",
// "14:32 - 28 septembre 2020".
func (p *parser) timeFirst(i int) (match, bool) {
	c, k, ok := p.clock(i)
	if !ok || c.gran == GranHour {
		return match{}, false
	}
	for n := 0; n < 2; n++ {
		if t := p.tok(k); t != nil && t.kind == tPunct && (t.r == ',' || t.r == '-' || t.r == '–' || t.r == '—' || t.r == '|' || t.r == '/') {
			k++
		} else if w := p.word(k); w == "le" || w == "on" {
			k++
		}
	}
	if _, wd := weekdays[p.word(k)]; wd {
		k++
		if p.punct(k, ',') {
			k++
		}
	}
	d, ok := p.date(k)
	if !ok || d.gran != GranDay || d.clock != nil {
		return match{}, false
	}
	if d.inferred {
		d.y = p.inferYear(d.m, d.d)
	}
	if !validDate(d.y, d.m, d.d) {
		return match{}, false
	}
	return p.at2(d, c, i)
}

// inferYear returns the year of a day written without one: this year,
// unless that is more than two days ahead.
func (p *parser) inferYear(m, d int) int {
	y := p.now.In(p.loc).Year()
	if !validDate(y, m, d) || time.Date(y, time.Month(m), d, 0, 0, 0, 0, p.loc).After(p.now.Add(48*time.Hour)) {
		y--
	}
	return y
}

// dateTime adds the time that may follow a valid date.
func (p *parser) dateTime(d dateParts, i int) (match, bool) {
	if d.clock != nil {
		return p.at2(d, *d.clock, i)
	}
	if d.gran == GranDay {
		if c, k, ok := p.timeAfter(d.j); ok {
			loc := p.loc
			if c.zone != nil {
				loc = c.zone
			}
			t := time.Date(d.y, time.Month(d.m), d.d, c.h, c.mi, c.sec, c.nsec, loc)
			return p.finish(t, c.gran, i, k)
		}
	}
	return p.finish(time.Date(d.y, time.Month(d.m), d.d, 0, 0, 0, 0, p.loc), d.gran, i, d.j)
}

// at2 builds a date whose time was read first: an ANSI C date
// ("Sep 28 14:32:00 2020") or a time written before its date.
func (p *parser) at2(d dateParts, c clockParts, i int) (match, bool) {
	loc := p.loc
	if c.zone != nil {
		loc = c.zone
	}
	return p.finish(time.Date(d.y, time.Month(d.m), d.d, c.h, c.mi, c.sec, c.nsec, loc), c.gran, i, d.j)
}

// date reads the date part: numeric, day-month or month-day.
func (p *parser) date(j int) (dateParts, bool) {
	if d, ok := p.numeric(j); ok {
		return d, true
	}
	if d, ok := p.dayMonth(j); ok {
		return d, true
	}
	return p.monthDay(j)
}

// numeric reads 2020-09-28, 28/09/2020, 28.09.2020, 28-09-2020, 28/09/20.
// The parts must touch. The order of day and month follows p.dayFirst, and
// flips when only the other order is a valid date.
func (p *parser) numeric(j int) (dateParts, bool) {
	a, ok := p.num(j, 1, 4)
	if !ok {
		return dateParts{}, false
	}
	sepTok := p.tok(j + 1)
	if sepTok == nil || sepTok.kind != tPunct || !p.adj(j+1) {
		return dateParts{}, false
	}
	sep := sepTok.r
	if sep != '/' && sep != '.' && sep != '-' {
		return dateParts{}, false
	}
	b, ok := p.num(j+2, 1, 2)
	if !ok || !p.adj(j+2) || !p.punct(j+3, sep) || !p.adj(j+3) || !p.adj(j+4) {
		return dateParts{}, false
	}
	c, ok := p.num(j+4, 1, 4)
	if !ok {
		return dateParts{}, false
	}
	// Not part of a longer chain such as 1.28.09.2020 or 28/09/2020/1.
	if p.adj(j) && p.tok(j-1).kind == tPunct && p.adj(j-1) && p.tok(j-2).kind == tNum {
		return dateParts{}, false
	}
	if t := p.tok(j + 5); t != nil && p.adj(j+5) && t.kind == tPunct && (t.r == sep || t.r == '/' || t.r == '.') {
		if n := p.tok(j + 6); n != nil && n.kind == tNum && p.adj(j+6) {
			return dateParts{}, false
		}
	}
	nd := p.toks[j].nd
	cd := p.toks[j+4].nd
	switch {
	case nd == 4 && cd <= 2:
		return dateParts{y: a, m: b, d: c, gran: GranDay, j: j + 5}, true
	case nd <= 2 && cd == 4, nd == 2 && cd == 2 && p.toks[j+2].nd == 2 && sep != '-':
		y := c
		if cd == 2 {
			y = p.expandYear(c)
		}
		d, m := a, b
		if !p.dayFirst {
			d, m = b, a
		}
		if !validDate(y, m, d) && validDate(y, d, m) {
			d, m = m, d
		}
		return dateParts{y: y, m: m, d: d, gran: GranDay, j: j + 5}, true
	}
	return dateParts{}, false
}

// expandYear reads a two-digit year as the latest year not after next year.
func (p *parser) expandYear(y int) int {
	limit := p.now.Year() + 1
	y += limit / 100 * 100
	if y > limit {
		y -= 100
	}
	return y
}

// month reads a month name at k, with the dot of an abbreviation.
func (p *parser) month(k int) (int, int, bool) {
	t := p.tok(k)
	if t == nil || t.kind != tWord {
		return 0, 0, false
	}
	m, ok := months[t.word()]
	if !ok || t.word() == "may" && !t.upper {
		return 0, 0, false // "may" in lower case is the verb
	}
	k++
	if p.punct(k, '.') && p.adj(k) {
		k++
	}
	return int(m), k, true
}

// day reads a day number at k and its ordinal suffix.
func (p *parser) day(k int) (int, int, bool) {
	d, ok := p.num(k, 1, 2) // 0 and 32 are read, and refused as dates
	if !ok {
		return 0, 0, false
	}
	k++
	if ordinals[p.word(k)] && p.adj(k) {
		k++
	}
	return d, k, true
}

// dayMonth reads "28 septembre 2020", "1er octobre", "28th of September 2020",
// "28-Sep-2020" and, before a time, "28 Sep 20".
func (p *parser) dayMonth(j int) (dateParts, bool) {
	d, k, ok := p.day(j)
	if !ok {
		return dateParts{}, false
	}
	if p.punct(k, '-') && p.adj(k) {
		k++
	} else if p.word(k) == "of" {
		k++
	}
	m, k, ok := p.month(k)
	if !ok {
		return dateParts{}, false
	}
	y := k
	if p.punct(y, ',') || p.punct(y, '-') && p.adj(y) {
		y++
	}
	if v, ok := p.num(y, 4, 4); ok {
		return dateParts{y: v, m: m, d: d, gran: GranDay, j: y + 1}, true
	}
	if v, ok := p.num(y, 2, 2); ok {
		if _, _, ok := p.clock(y + 1); ok {
			return dateParts{y: p.expandYear(v), m: m, d: d, gran: GranDay, j: y + 1}, true
		}
	}
	return dateParts{m: m, d: d, gran: GranDay, j: k, inferred: true}, true
}

// monthDay reads "September 28, 2020", "Sept. 28", "Sep 28 14:32:00 2020"
// and, with month granularity, "septembre 2020".
func (p *parser) monthDay(j int) (dateParts, bool) {
	m, k, ok := p.month(j)
	if !ok {
		return dateParts{}, false
	}
	if v, ok := p.num(k, 4, 4); ok {
		return dateParts{y: v, m: m, d: 1, gran: GranMonth, j: k + 1}, true
	}
	d, k, ok := p.day(k)
	if !ok {
		return dateParts{}, false
	}
	y := k
	if p.punct(y, ',') {
		y++
	}
	if v, ok := p.num(y, 4, 4); ok {
		return dateParts{y: v, m: m, d: d, gran: GranDay, j: y + 1}, true
	}
	if c, k2, ok := p.clock(k); ok {
		if v, ok := p.num(k2, 4, 4); ok {
			return dateParts{y: v, m: m, d: d, gran: GranDay, j: k2 + 1, clock: &c}, true
		}
	}
	return dateParts{m: m, d: d, gran: GranDay, j: k, inferred: true}, true
}

// ---- times ----

type clockParts struct {
	h, mi, sec, nsec int
	gran             string
	zone             *time.Location
}

// timeAfter reads a time that follows a date: "à 14h32", ", 14:32",
// "T14:32:00Z", "at 2:32 PM", "- 10:12". With an ANSI C date it reads the
// year that follows the time.
func (p *parser) timeAfter(k int) (clockParts, int, bool) {
	if p.word(k) == "t" && p.adj(k) && p.adj(k+1) {
		return p.clock(k + 1)
	}
	for n := 0; n < 2; n++ {
		t := p.tok(k)
		if t == nil {
			break
		}
		if t.kind == tPunct && (t.r == ',' || t.r == '-' || t.r == '–' || t.r == '—' || t.r == '|' || t.r == '@' || t.r == '/') {
			k++
			continue
		}
		if w := p.word(k); w == "a" || w == "at" || w == "vers" || w == "kl" {
			k++
			continue
		}
		break
	}
	return p.clock(k)
}

// clock reads 14:32, 14:32:05.123, 14h32, 14 h 32, 10h, 2:32 PM, 2 p.m.,
// and a time zone after it.
func (p *parser) clock(k int) (clockParts, int, bool) {
	var c clockParts
	h, ok := p.num(k, 1, 2)
	if !ok {
		return c, 0, false
	}
	c.h = h
	k++
	switch {
	case p.punct(k, ':') && p.adj(k) && p.adj(k+1):
		mi, ok := p.num(k+1, 2, 2)
		if !ok {
			return c, 0, false
		}
		c.mi, c.gran = mi, GranMinute
		k += 2
		if p.punct(k, ':') && p.adj(k) && p.adj(k+1) {
			if s, ok := p.num(k+1, 2, 2); ok {
				c.sec, c.gran = s, GranSecond
				k += 2
				if (p.punct(k, '.') || p.punct(k, ',')) && p.adj(k) && p.adj(k+1) {
					if t := p.tok(k + 1); t.kind == tNum {
						c.nsec = fraction(p.s[t.start:t.end])
						k += 2
					}
				}
			}
		}
	case p.word(k) == "h":
		k++
		c.gran = GranHour
		if mi, ok := p.num(k, 2, 2); ok {
			c.mi, c.gran = mi, GranMinute
			k++
		}
	default:
		if _, ok := p.ampm(k); !ok {
			return c, 0, false
		}
		c.gran = GranHour
	}
	if pm, k2, ok := p.ampmEnd(k); ok {
		if c.h < 1 || c.h > 12 {
			return c, 0, false
		}
		c.h %= 12
		if pm {
			c.h += 12
		}
		k = k2
	}
	if c.h > 23 || c.mi > 59 || c.sec > 59 {
		return c, 0, false
	}
	if z, k2, ok := p.zone(k); ok {
		c.zone = z
		k = k2
	}
	return c, k, true
}

// ampm reports whether "am", "pm", "a.m." or "p.m." starts at k.
func (p *parser) ampm(k int) (bool, bool) {
	pm, _, ok := p.ampmEnd(k)
	return pm, ok
}

func (p *parser) ampmEnd(k int) (pm bool, end int, ok bool) {
	switch w := p.word(k); w {
	case "am", "pm":
		return w == "pm", k + 1, true
	case "a", "p":
		if p.punct(k+1, '.') && p.adj(k+1) && p.word(k+2) == "m" && p.adj(k+2) {
			end = k + 3
			if p.punct(end, '.') && p.adj(end) {
				end++
			}
			return w == "p", end, true
		}
	}
	return false, 0, false
}

// zone reads Z, UTC, GMT+2, +02:00, -0500, CEST or (UTC) at k.
func (p *parser) zone(k int) (*time.Location, int, bool) {
	paren := p.punct(k, '(')
	if paren {
		k++
	}
	w := p.word(k)
	off, named := zoneNames[w]
	if named && w != "z" {
		// Abbreviations are read in capitals only: "est" is a French word.
		t := p.toks[k]
		for i := t.start; i < t.end; i++ {
			if c := p.s[i]; c < 'A' || c > 'Z' {
				named = false
			}
		}
	}
	switch {
	case w == "z":
		if paren || !p.adj(k) {
			return nil, 0, false
		}
		return time.UTC, k + 1, true
	case named:
		k++
		secs := off * 3600
		if w == "utc" || w == "gmt" || w == "ut" {
			if o, k2, ok := p.offset(k); ok {
				secs, k = o, k2
			}
		}
		if paren {
			if !p.punct(k, ')') {
				return nil, 0, false
			}
			k++
		}
		if secs == 0 && (w == "utc" || w == "gmt" || w == "ut") {
			return time.UTC, k, true
		}
		return time.FixedZone(zoneLabel(w), secs), k, true
	case paren:
		return nil, 0, false
	}
	if o, k2, ok := p.offset(k); ok {
		return time.FixedZone("", o), k2, true
	}
	return nil, 0, false
}

func zoneLabel(w string) string {
	switch w {
	case "utc", "gmt", "ut":
		return ""
	}
	b := []byte(w)
	for i := range b {
		b[i] -= 'a' - 'A'
	}
	return string(b)
}

// offset reads +02:00, +0200, +02 or +2 at k, in seconds east of UTC.
func (p *parser) offset(k int) (int, int, bool) {
	sign := 0
	switch {
	case p.punct(k, '+'):
		sign = 1
	case p.punct(k, '-'), p.punct(k, '−'):
		sign = -1
	default:
		return 0, 0, false
	}
	if !p.adj(k + 1) {
		return 0, 0, false
	}
	t := p.tok(k + 1)
	if t == nil || t.kind != tNum {
		return 0, 0, false
	}
	var h, m int
	k += 2
	switch t.nd {
	case 4:
		h, m = int(t.n/100), int(t.n%100)
	case 1, 2:
		h = int(t.n)
		if p.punct(k, ':') && p.adj(k) && p.adj(k+1) {
			if v, ok := p.num(k+1, 2, 2); ok {
				m = v
				k += 2
			}
		}
	default:
		return 0, 0, false
	}
	if h > 14 || m > 59 {
		return 0, 0, false
	}
	return sign * (h*3600 + m*60), k, true
}

// fraction reads the digits of a fraction of a second as nanoseconds.
func fraction(digits string) int {
	ns := 0
	for i := 0; i < 9; i++ {
		ns *= 10
		if i < len(digits) {
			ns += int(digits[i] - '0')
		}
	}
	return ns
}

// ---- relative dates ----

// relative reads "il y a 3 semaines", "3 weeks ago", "hier", "yesterday",
// "lundi dernier", "last Monday", "la semaine dernière" and kin.
func (p *parser) relative(i int) (match, bool) {
	w := p.word(i)
	switch w {
	case "il":
		if p.word(i+1) == "y" && p.word(i+2) == "a" {
			k := i + 3
			if p.word(k) == "environ" {
				k++
			}
			return p.ago(i, k, frUnits, false)
		}
	case "about", "around", "over", "almost", "nearly":
		if m, ok := p.ago(i+1, i+1, enUnits, true); ok {
			m.i = i
			m.res.Expr = p.s[p.toks[i].start:p.toks[m.j-1].end]
			return m, true
		}
	case "just":
		if p.word(i+1) == "now" {
			return p.finish(p.now.In(p.loc), GranMinute, i, i+2)
		}
	case "a":
		if k, ok := p.compound(i+1, "l", "instant"); ok {
			return p.finish(p.now.In(p.loc), GranMinute, i, k)
		}
	case "aujourd":
		if k, ok := p.compound(i, "aujourd", "hui"); ok {
			return p.dayWord(i, k, 0)
		}
	case "today":
		return p.dayWord(i, i+1, 0)
	case "hier", "yesterday":
		return p.dayWord(i, i+1, -1)
	case "avant":
		if k, ok := p.compound(i, "avant", "hier"); ok {
			return p.dayWord(i, k, -2)
		}
	case "the":
		if p.word(i+1) == "day" && p.word(i+2) == "before" && p.word(i+3) == "yesterday" {
			return p.dayWord(i, i+4, -2)
		}
	case "ce", "cet", "cette", "this":
		if k, ok := p.partOfDay(i + 1); ok {
			return p.withTime(i, k, p.dayFrom(0))
		}
	case "tonight":
		return p.dayWord(i, i+1, 0)
	case "last":
		switch n := p.word(i + 1); n {
		case "night":
			return p.dayWord(i, i+2, -1)
		case "week", "month", "year":
			return p.lastPeriod(i, i+2, n)
		default:
			if wd, ok := fullWeekday(n); ok {
				return p.lastWeekday(i, i+2, wd)
			}
		}
	case "la", "le", "l":
		k, period := i+1, ""
		if w == "la" && p.word(k) == "semaine" {
			period, k = "week", k+1
		} else if w == "le" && p.word(k) == "mois" {
			period, k = "month", k+1
		} else if k2, ok := p.compound(i, "l", "an"); ok {
			period, k = "year", k2
		} else if k2, ok := p.compound(i, "l", "annee"); ok {
			period, k = "year", k2
		}
		if period != "" {
			switch p.word(k) {
			case "dernier", "derniere", "passe", "passee":
				return p.lastPeriod(i, k+1, period)
			}
		}
	}
	if wd, ok := fullWeekday(w); ok {
		switch p.word(i + 1) {
		case "dernier", "passe":
			return p.lastWeekday(i, i+2, wd)
		}
	}
	if p.toks[i].kind == tNum || numberWords[w] != 0 {
		return p.ago(i, i, enUnits, true)
	}
	return match{}, false
}

// ago reads a quantity and a unit at k ("3 semaines", "an hour"), then
// "ago" when needAgo. The expression starts at token i.
func (p *parser) ago(i, k int, units map[string]unit, needAgo bool) (match, bool) {
	n, ok := p.num(k, 1, 6)
	few := false
	if !ok {
		w := p.word(k)
		if w == "a" && p.word(k+1) == "few" {
			k++
			w = "few"
		}
		v := numberWords[w]
		if v == 0 {
			return match{}, false
		}
		n, few = v, v < 0
	}
	k++
	ut := p.tok(k)
	if ut == nil || ut.kind != tWord {
		return match{}, false
	}
	u, ok := units[ut.word()]
	if !ok || len(ut.word()) == 1 && !p.adj(k) && needAgo {
		return match{}, false // "5m ago" but not "5 m ago"
	}
	k++
	if needAgo {
		if p.word(k) != "ago" {
			return match{}, false
		}
		k++
	}
	if n > maxQuantity || few && u > uMinute {
		return match{}, false
	}
	if few {
		return p.finish(p.now.In(p.loc), GranMinute, i, k)
	}
	now := p.now.In(p.loc)
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, p.loc)
	var t time.Time
	var gran string
	switch u {
	case uSecond:
		t, gran = now.Add(-time.Duration(n)*time.Second), GranSecond
	case uMinute:
		t, gran = now.Add(-time.Duration(n)*time.Minute), GranMinute
	case uHour:
		t, gran = now.Add(-time.Duration(n)*time.Hour), GranHour
	case uDay:
		t, gran = today.AddDate(0, 0, -n), GranDay
	case uWeek:
		t, gran = today.AddDate(0, 0, -7*n), GranWeek
	case uMonth:
		t, gran = addMonths(today, -n), GranMonth
	case uYear:
		t, gran = addMonths(today, -12*n), GranYear
	}
	return p.finish(t, gran, i, k)
}

// addMonths moves t by n months, keeping the day inside the month reached
// (31 March − 1 month is 28 or 29 February).
func addMonths(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	total := y*12 + int(m) - 1 + n
	ny, nm := total/12, time.Month(total%12+1)
	if total < 0 {
		return time.Time{}
	}
	if dim := daysIn(ny, int(nm)); d > dim {
		d = dim
	}
	return time.Date(ny, nm, d, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location())
}

// dayWord resolves "hier", "today" and kin, days from today, with an
// optional part of the day ("hier soir") and time ("hier à 18h").
func (p *parser) dayWord(i, k, days int) (match, bool) {
	if k2, ok := p.partOfDay(k); ok {
		k = k2
	}
	return p.withTime(i, k, p.dayFrom(days))
}

// dayFrom returns 00:00 on the day days from today.
func (p *parser) dayFrom(days int) time.Time {
	y, m, d := p.now.In(p.loc).AddDate(0, 0, days).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, p.loc)
}

// partOfDay reads "matin", "soir", "après-midi", "morning", "night"… at k.
func (p *parser) partOfDay(k int) (int, bool) {
	switch p.word(k) {
	case "matin", "soir", "morning", "afternoon", "evening", "night":
		return k + 1, true
	}
	return p.compound(k, "apres", "midi")
}

// compound reads a word written as a and b joined by an apostrophe or a
// hyphen, or apart: "aujourd'hui", "aujourd’hui", "avant-hier",
// "avant hier". It returns the token after it.
func (p *parser) compound(k int, a, b string) (int, bool) {
	if p.word(k) != a {
		return 0, false
	}
	if t := p.tok(k + 1); t != nil && t.kind == tPunct && p.adj(k+1) && p.adj(k+2) {
		switch t.r {
		case '\'', '’', 'ʼ', '-', '‑':
			if p.word(k+2) == b {
				return k + 3, true
			}
		}
		return 0, false
	}
	if p.word(k+1) == b {
		return k + 2, true
	}
	return 0, false
}

// withTime ends a day expression at k, or after a time that follows it.
func (p *parser) withTime(i, k int, day time.Time) (match, bool) {
	if c, k2, ok := p.timeAfter(k); ok {
		loc := p.loc
		if c.zone != nil {
			loc = c.zone
		}
		y, m, d := day.Date()
		return p.finish(time.Date(y, m, d, c.h, c.mi, c.sec, c.nsec, loc), c.gran, i, k2)
	}
	return p.finish(day, GranDay, i, k)
}

// lastWeekday resolves "lundi dernier" and "last Monday": the latest such
// day strictly before today.
func (p *parser) lastWeekday(i, k int, wd time.Weekday) (match, bool) {
	now := p.now.In(p.loc)
	back := (int(now.Weekday()) - int(wd) + 7) % 7
	if back == 0 {
		back = 7
	}
	return p.withTime(i, k, p.dayFrom(-back))
}

// lastPeriod resolves "la semaine dernière", "last month", "l'an dernier".
func (p *parser) lastPeriod(i, k int, period string) (match, bool) {
	now := p.now.In(p.loc)
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, p.loc)
	switch period {
	case "week":
		return p.finish(today.AddDate(0, 0, -7), GranWeek, i, k)
	case "month":
		return p.finish(addMonths(today, -1), GranMonth, i, k)
	default:
		return p.finish(addMonths(today, -12), GranYear, i, k)
	}
}

// ---- calendar ----

const minYear = 1900

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
	return y >= minYear && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}
