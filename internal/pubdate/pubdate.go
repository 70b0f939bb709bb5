// Package pubdate finds when an article was published.
//
// It reads a parsed HTML page (JSON-LD, meta tags, <time> elements, the
// visible text near the top of the article, the URL) or a bit of French or
// English text, and the time the page was fetched. It adds the publication
// time, where it came from (the doc.Pub* source names), the words or
// attribute value that gave it, and how precise it is. Find also gives the
// byte offsets of the expression in its input.
//
// Dates are read, not guessed: an impossible date (31 février, month 13), a
// year before 1900 or a time more than a year after the fetch time gives no
// result rather than a wrong one. Every reader is linear in its input.
package pubdate

import (
	"strings"
	"time"

	"github.com/vigie-events/vigie/internal/doc"
)

// Granularity values: how precise a Result is.
const (
	GranSecond = "second"
	GranMinute = "minute"
	GranHour   = "hour"
	GranDay    = "day"
	GranWeek   = "week"
	GranMonth  = "month"
	GranYear   = "year"
)

// Result is a publication time and where it came from.
type Result struct {
	// Time is in the zone the source gave (UTC for "Z", a fixed zone for
	// "+02:00"); values with no zone, date-only values and relative
	// expressions are in the location of the fetch time. Date-only values
	// are at 00:00.
	Time time.Time
	// Source is doc.PubJSONLD, doc.PubMeta, doc.PubTime, doc.PubText or
	// doc.PubURL (FromText and Find leave it doc.PubText).
	Source string
	// Expr is the attribute value or the words that gave Time, such as
	// "il y a 3 semaines".
	Expr string
	// Granularity is one of the Gran* constants. A relative expression
	// keeps the unit it was written in: "il y a 3 semaines" is the day three
	// weeks before now, with granularity "week".
	Granularity string
}

// FromText reads the first date written in s, in French or English,
// absolute ("le 1er octobre 2020 à 14h32", "Sept. 28, 2020") or relative to
// now ("il y a 3 semaines", "yesterday"). Numeric dates are read day first
// (28/09/2020); use FromTextLang for English month-first dates. A zero now
// stands for time.Now().
func FromText(s string, now time.Time) (Result, bool) {
	return FromTextLang(s, now, "fr")
}

// FromTextLang is FromText with the language of s, which only decides the
// order of numeric dates: month first (10/02/2020 is 2 October) for "en"
// and "en-US", day first for every other tag, "en-GB" and "" included. When
// only the other order gives a valid date (28/09/2020 in English), it is
// used.
func FromTextLang(s string, now time.Time, lang string) (Result, bool) {
	r, _, ok := Find(s, now, lang)
	return r, ok
}

// Find finds the first date expression in s and returns it with its byte
// offsets in s, for lines such as "POLITIQUE - il y a 3 semaines" or
// "Publié le 14/03/2023 à 10h12 | Mis à jour le 15/03/2023" (which gives
// the first date). lang is as for FromTextLang.
func Find(s string, now time.Time, lang string) (Result, doc.Span, bool) {
	p := newParser(s, now, lang)
	m, ok := p.next(0)
	if !ok {
		return Result{}, doc.Span{}, false
	}
	return m.res, p.span(m), true
}

// span returns the byte range of a match.
func (p *parser) span(m match) doc.Span {
	return doc.Span{Start: p.toks[m.i].start, End: p.toks[m.j-1].end}
}

// monthFirst reports whether numeric dates in lang put the month first.
func monthFirst(lang string) bool {
	l := strings.ToLower(strings.ReplaceAll(strings.TrimSpace(lang), "_", "-"))
	return l == "en" || l == "en-us"
}
