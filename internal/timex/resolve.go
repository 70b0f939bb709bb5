package timex

import (
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vigie-events/vigie/internal/doc"
)

// Resolve resolves e against ref, the publication date, with the tense of
// the verb that governs it. Only weekdays and dates or months written
// without a year depend on the tense; other expressions come back as they
// are. A direction written in the text ("vendredi dernier", "next
// Friday", "juin prochain") wins over the tense and excludes the
// reference day itself; a tense includes it, since news names the day of
// publication by its weekday ("a déclaré lundi" in Monday's paper):
//
//   - Past: the latest one on or before ref;
//   - Future and Conditional: the first one on or after ref;
//   - Present and Unknown: for a weekday, this week's (Monday to Sunday),
//     or the next one when this week's was more than three days before
//     (a French present often names the near future: "se rend lundi" in
//     Sunday's paper is the next day), and always yesterday's (Sunday in
//     Monday's paper); for a date, the next one if it is at most three
//     months ahead, else the latest one; for a month, the latest one.
//
// With a zero ref, these expressions have no Value.
func Resolve(e Expr, tense Tense, ref time.Time) Expr {
	if e.Kind != KindWeekday && (e.Kind != KindAbsolute || !e.NoYear) {
		return e
	}
	if ref.IsZero() {
		e.Value, e.Until = time.Time{}, time.Time{}
		return e
	}
	today := dayOf(ref)
	if e.Note == NoteWeekend && today.Weekday() == time.Sunday {
		today = today.AddDate(0, 0, -1) // a weekend is counted from its Saturday
	}
	dir, strict := e.Direction, e.Direction != 0
	if dir == 0 {
		switch tense {
		case Past:
			dir = -1
		case Future, Conditional:
			dir = 1
		}
	}
	var buf [5]time.Time
	cands := buf[:0]
	switch {
	case e.Kind == KindWeekday:
		wd := time.Weekday(e.weekday - 1)
		back := (int(today.Weekday()) - int(wd) + 7) % 7
		for _, d := range []int{-back - 7, -back, -back + 7} {
			cands = append(cands, today.AddDate(0, 0, d))
		}
	case e.Granularity == GranMonth:
		// Months are compared with the first day of the current month.
		today = time.Date(today.Year(), today.Month(), 1, 0, 0, 0, 0, today.Location())
		if dir == 0 {
			dir = -1
		}
		for y := today.Year() - 1; y <= today.Year()+1; y++ {
			cands = append(cands, time.Date(y, e.Value.Month(), 1, 0, 0, 0, 0, today.Location()))
		}
	case e.mday > 0:
		for n := -2; n <= 2; n++ {
			first := time.Date(today.Year(), today.Month()+time.Month(n), 1, 0, 0, 0, 0, today.Location())
			if int(e.mday) <= daysIn(first.Year(), int(first.Month())) {
				cands = append(cands, first.AddDate(0, 0, int(e.mday)-1))
			}
		}
		cands = sameWeekday(cands, e.weekday)
	default:
		m, d := int(e.Value.Month()), e.Value.Day()
		for y := today.Year() - 1; y <= today.Year()+1; y++ {
			if validDate(y, m, d) {
				cands = append(cands, time.Date(y, time.Month(m), d, 0, 0, 0, 0, today.Location()))
			}
		}
		cands = sameWeekday(cands, e.weekday)
	}
	if e.Kind == KindWeekday && dir == 0 {
		// This week's (Monday to Sunday), or the next one when this
		// week's was more than three days ago, or yesterday.
		back := (int(today.Weekday()) - int(e.weekday-1) + 7) % 7
		sinceMonday := (int(today.Weekday()) + 6) % 7
		if back <= 1 || back <= 3 && back <= sinceMonday {
			cands = cands[1:2]
		} else {
			cands = cands[2:3]
		}
	}
	if e.Kind == KindAbsolute && e.Granularity != GranMonth && dir == 0 {
		// The nearest, leaning to the past: news tells past events more
		// than it announces ones months away.
		if next, ok := pick(cands, today, 1, false); ok && next.Sub(today) <= aheadDays*24*time.Hour {
			cands = append(cands[:0], next)
		} else {
			dir = -1
		}
	}
	day, ok := pick(cands, today, dir, strict)
	if !ok {
		e.Value, e.Until = time.Time{}, time.Time{}
		return e
	}
	loc := day.Location()
	h, mi := 0, 0
	if e.clock {
		h, mi, loc = e.Value.Hour(), e.Value.Minute(), e.Value.Location()
	}
	e.Value = time.Date(day.Year(), day.Month(), day.Day(), h, mi, 0, 0, loc)
	if e.days > 0 {
		e.Until = day.AddDate(0, 0, int(e.days))
	}
	return e
}

// aheadDays is how far ahead a date without a year is read, when no tense
// says: "le 18 décembre" in September is this year's, "le 15 mars" last
// year's.
const aheadDays = 92

// sameWeekday keeps the candidates on the weekday written with the date
// (plus one), when there are any.
func sameWeekday(cands []time.Time, wd int8) []time.Time {
	if wd == 0 {
		return cands
	}
	n := 0
	for _, c := range cands {
		if int(c.Weekday())+1 == int(wd) {
			n++
		}
	}
	if n == 0 {
		return cands
	}
	keep := cands[:0]
	for _, c := range cands {
		if int(c.Weekday())+1 == int(wd) {
			keep = append(keep, c)
		}
	}
	return keep
}

// pick chooses among sorted candidates: the latest before today (dir -1),
// the first after it (dir +1), today included unless strict, or the
// nearest (dir 0, the earlier one on a tie).
func pick(cands []time.Time, today time.Time, dir int, strict bool) (time.Time, bool) {
	var best time.Time
	found := false
	for _, c := range cands {
		switch {
		case dir < 0:
			if c.Before(today) || !strict && c.Equal(today) {
				best, found = c, true
			}
		case dir > 0:
			if !found && (c.After(today) || !strict && c.Equal(today)) {
				best, found = c, true
			}
		default:
			if !found || absDur(c.Sub(today)) < absDur(best.Sub(today)) {
				best, found = c, true
			}
		}
	}
	return best, found
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// ResolveAnchor counts anchor a from base: "deux jours avant" from "le 12
// décembre" is 10 December. The granularity is the coarser of the two.
// Use it after resolving the base with its own tense. a comes back
// unchanged when it is not an anchor or base has no value.
func ResolveAnchor(a, base Expr) Expr {
	if a.Kind != KindAnchor || base.Value.IsZero() || base.Kind == KindDuration {
		return a
	}
	v := shift(base.Value, a.Offset, a.Unit)
	if v.Year() < 1 || v.Year() > 9999 {
		return a
	}
	a.Value, a.Base = v, base.Span
	a.Granularity = coarser(base.Granularity, a.Unit)
	return a
}

var granRank = map[string]int{
	GranMinute: 1, GranHour: 2, GranDay: 3, GranWeek: 4, GranMonth: 5, GranYear: 6, GranDecade: 7,
}

// coarser returns the coarser of two granularities.
func coarser(a, b string) string {
	if granRank[b] > granRank[a] {
		return b
	}
	return a
}

// shift moves t by n units. Months and years keep the day inside the
// month reached (31 March + 1 month is 30 April).
func shift(t time.Time, n int, unit string) time.Time {
	switch unit {
	case GranMinute:
		return t.Add(time.Duration(n) * time.Minute)
	case GranHour:
		return t.Add(time.Duration(n) * time.Hour)
	case GranDay:
		return t.AddDate(0, 0, n)
	case GranWeek:
		return t.AddDate(0, 0, 7*n)
	case GranMonth:
		return addMonths(t, n)
	case GranYear:
		return addMonths(t, 12*n)
	case GranDecade:
		return addMonths(t, 120*n)
	}
	return t
}

func addMonths(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	total := y*12 + int(m) - 1 + n
	ny, nm := total/12, total%12+1
	if total < 0 {
		return time.Time{}
	}
	d = min(d, daysIn(ny, nm))
	return time.Date(ny, time.Month(nm), d, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location())
}

// maxAnchorGap is how far, in bytes, an anchor looks for its base.
const maxAnchorGap = 300

// linkAnchors resolves each anchor from the expression next to it, in the
// direction its words give, when both are in the same sentence.
func linkAnchors(text string, exprs []Expr, fs []found) {
	for a := range exprs {
		e := exprs[a]
		if e.Kind != KindAnchor || !e.Value.IsZero() {
			continue
		}
		b := a + fs[a].baseDir
		if b < 0 || b >= len(exprs) {
			continue
		}
		base := exprs[b]
		if base.Kind == KindDuration || base.Value.IsZero() || base.Kind == KindAnchor && b > a {
			continue
		}
		from, to := e.Span.End, base.Span.Start
		if b < a {
			from, to = base.Span.End, e.Span.Start
		}
		if to-from > maxAnchorGap || sentenceBreak(text, from, to) {
			continue
		}
		exprs[a] = ResolveAnchor(e, base)
	}
}

// sentenceBreak reports whether text[from:to] holds the end of a
// sentence: a line break, or ".", "!" or "?" followed by spaces and a
// capital (which may be the first letter after to), unless the dot ends a
// single capital ("M. Macron").
func sentenceBreak(text string, from, to int) bool {
	for i := from; i < to; i++ {
		switch c := text[i]; c {
		case '\n':
			return true
		case '.', '!', '?':
			if c == '.' && i >= 1 && text[i-1] >= 'A' && text[i-1] <= 'Z' && (i == 1 || text[i-2] == ' ') {
				continue
			}
			j := i + 1
			for j < len(text) && (text[j] == ' ' || text[j] == '"') {
				j++
			}
			if j == i+1 || j >= len(text) {
				continue
			}
			r, _ := utf8.DecodeRuneInString(text[j:])
			if unicode.IsUpper(r) || r == '«' || r == '“' {
				return true
			}
		}
	}
	return false
}

// spanIn reports whether a lies inside b.
func spanIn(a, b doc.Span) bool { return a.Start >= b.Start && a.End <= b.End }
