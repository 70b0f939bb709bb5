// Package timex finds the time expressions of a French or English text and
// resolves them to dates.
//
// It reads the text of an article, its language and its publication date,
// and adds the time expressions with their byte offsets: written dates
// ("le 2 octobre 2020", "Oct. 2", "02/10/2020" read in the article's
// locale), weekdays ("vendredi", "last Friday"), words relative to the
// publication date ("hier", "la semaine dernière", "il y a 3 jours", "in
// two weeks"), months and years ("en juin", "fin 2020", "mi-juillet"),
// anchors relative to another event ("une semaine après que …", "48
// heures plus tard") and durations ("pendant trois jours").
//
// Find resolves each expression as it is written. Resolve resolves it again
// with the tense of the verb that governs it, which decides weekdays and
// dates written without a year: "devrait arriver vendredi" is the coming
// Friday, "a reçu mardi" the last Tuesday. Govern and DateOf pick the
// expression that dates an event clause.
//
// Dates are read, not guessed: an impossible date ("31 février"), a year
// far out of range or a number that is a count ("1 500 soldats") gives no
// expression rather than a wrong one. Finding is linear in the length of
// the text. Written dates (numeric ones in the article's locale, with the
// time that may follow them) are read by package pubdate, the project's
// date grammar; timex adds everything around them.
package timex

import (
	"strings"
	"time"

	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/pubdate"
)

// Granularity values: how precise an expression is. They are pubdate's,
// with a decade for "les années 1990".
const (
	GranMinute = pubdate.GranMinute
	GranHour   = pubdate.GranHour
	GranDay    = pubdate.GranDay
	GranWeek   = pubdate.GranWeek
	GranMonth  = pubdate.GranMonth
	GranYear   = pubdate.GranYear
	GranDecade = "decade"
)

// Kind values: what an expression is.
const (
	// KindAbsolute is a calendar date, month, year or decade as written:
	// "le 2 octobre 2020", "en juin", "fin 2020". When NoYear is set, the
	// year comes from the publication date and the tense.
	KindAbsolute = "absolute"
	// KindWeekday is a weekday, resolved in the direction that its
	// modifier ("dernier", "next") or the tense of its verb gives.
	KindWeekday = "weekday"
	// KindRelative is counted from the publication date: "hier",
	// "la semaine dernière", "il y a 3 jours", "in two weeks".
	KindRelative = "relative"
	// KindAnchor is counted from another event: "une semaine après que …",
	// "deux jours avant …", "le lendemain", "48 hours later". It is
	// resolved from another expression of the same sentence (Base) when
	// there is one; otherwise Value is zero.
	KindAnchor = "anchor"
	// KindDuration is a length of time ("pendant trois jours", "for two
	// weeks"); it has no Value and never dates an event.
	KindDuration = "duration"
)

// Notes narrow an expression.
const (
	NoteEarly     = "early"     // "début mars", "early 2020"
	NoteMid       = "mid"       // "mi-juillet", "mid-2020"
	NoteLate      = "late"      // "fin 2020", "the end of March"
	NoteMorning   = "morning"   // "ce matin", "Friday morning"
	NoteAfternoon = "afternoon" // "cet après-midi"
	NoteEvening   = "evening"   // "hier soir"
	NoteNight     = "night"     // "dans la nuit de vendredi à samedi", "last night"
	NoteNoon      = "noon"      // "vendredi midi"
	NoteWeekend   = "weekend"   // "ce week-end": Value is the Saturday
	NoteRange     = "range"     // "2019-2020": Until is the last year
	NoteSince     = "since"     // "depuis 2011": the start of a state
	NoteApprox    = "approx"    // "il y a quelques jours", "il y a environ 3 ans"
	NoteClause    = "clause"    // an anchor followed by a clause: "une semaine après que …"
	NoteThis      = "this"      // "ce vendredi", "this Friday"
)

// Expr is one time expression of a text.
type Expr struct {
	Span doc.Span // bytes in the text
	Text string   // the words, as written

	// Value is the resolved time: midnight of the day for a day, the
	// first day of the week (Monday), month or year for those
	// granularities, with the hour and minute when they are written. It
	// is in the location of the reference time, unless the text gives a
	// zone. It is zero for durations and for anchors with no base.
	Value time.Time
	// Granularity is one of the Gran* constants.
	Granularity string
	// Kind is one of the Kind* constants.
	Kind string
	// Direction, for weekdays and dates or months without a year, is -1
	// for the past ("vendredi dernier", "last June"), +1 for the future
	// ("next Friday", "juin prochain") and 0 when the words do not say.
	// Resolve returns the direction it used.
	Direction int
	// Note is one of the Note* constants, or "".
	Note string
	// NoYear is set for a date or month written without its year
	// ("le 2 octobre", "en juin").
	NoYear bool
	// Offset and Unit are the step of a relative expression, an anchor or
	// a duration: "il y a 3 jours" is -3 "day", "une semaine après" is
	// +1 "week", "pendant deux mois" 2 "month".
	Offset int
	Unit   string
	// Base is the span of the expression an anchor was counted from; zero
	// when the anchor has none.
	Base doc.Span
	// Until is the last period of a range ("2019-2020", "dans la nuit de
	// vendredi à samedi"), at the same granularity; zero otherwise.
	Until time.Time

	weekday int8 // the weekday, plus one, of a weekday or of a date written without its year
	mday    int8 // the day of a date written with its weekday but without a month ("lundi 28")
	days    int8 // a range of weekdays: the days from the first to the last
	clock   bool // Value holds a written hour
}

// Tense is the tense or mood of the verb that governs an expression, as
// the tagger's Tense and Mood features or the auxiliaries give it.
type Tense int

const (
	// Unknown resolves like Present.
	Unknown Tense = iota
	// Past reads a weekday or a date without a year as the latest one on
	// or before the publication date ("a reçu mardi").
	Past
	// Present reads a weekday as this week's (Monday to Sunday), or the
	// next one when this week's was more than three days before (a French
	// present often names the near future: "se rend lundi" in Sunday's
	// paper is the next day), and yesterday as yesterday ("dimanche" in
	// Monday's paper). It reads a date without a year as the next one
	// when that is at most three months ahead, else the latest one, and a
	// month without a year as the latest one.
	Present
	// Future reads them as the first one on or after the publication
	// date ("arrivera vendredi", "will arrive on Friday").
	Future
	// Conditional reads them as Future does: in news it is mostly the
	// reported future ("devrait arriver vendredi", "would meet on
	// Friday"). Give Past for a past conditional ("aurait reçu mardi").
	Conditional
)

var tenseNames = [...]string{"unknown", "past", "present", "future", "conditional"}

func (t Tense) String() string {
	if t < 0 || int(t) >= len(tenseNames) {
		return "unknown"
	}
	return tenseNames[t]
}

// ParseTense reads a tense name as String writes it.
func ParseTense(s string) (Tense, bool) {
	for i, n := range tenseNames {
		if n == s {
			return Tense(i), true
		}
	}
	return Unknown, false
}

// TenseOf reads a tense from Universal Dependencies features ("Mood=Cnd",
// "Tense=Fut", "VerbForm=Part|Tense=Past"), given for a verb and for its
// auxiliaries and modals together: "a reçu" is Past by its participle,
// "devrait arriver" Conditional by its modal, "aurait reçu" (a past
// conditional, reported) Past. A future wins over a past, a past over a
// present. Words that carry a tense without features (English "will",
// "would") are the caller's.
func TenseOf(feats ...string) Tense {
	var cnd, fut, past, part, pres bool
	for _, f := range feats {
		isPart, isPast := false, false
		for kv := range strings.SplitSeq(f, "|") {
			switch kv {
			case "Mood=Cnd":
				cnd = true
			case "Tense=Fut":
				fut = true
			case "Tense=Past", "Tense=Imp", "Tense=Pqp":
				isPast = true
			case "Tense=Pres":
				pres = true
			case "VerbForm=Part":
				isPart = true
			}
		}
		past = past || isPast
		part = part || isPart && isPast
	}
	switch {
	case cnd && part:
		return Past
	case cnd:
		return Conditional
	case fut:
		return Future
	case past:
		return Past
	case pres:
		return Present
	}
	return Unknown
}

// Find returns the time expressions of text in order, resolved against
// ref, the publication date, as they are written (weekdays with no word of
// direction are the nearest ones, months without a year the latest).
// lang is "fr" or "en": it decides the order of numeric dates (02/10/2020
// is 2 October in French, 10 February in English, and 28/09/2020 28
// September in both). A zero ref leaves relative expressions unresolved.
func Find(text, lang string, ref time.Time) []Expr {
	sc := newScanner(text, lang, ref)
	sc.scan()
	out := make([]Expr, 0, len(sc.found))
	for _, f := range sc.found {
		e := f.e
		e.Span = doc.Span{Start: int(sc.toks[f.i].start), End: int(sc.toks[f.j-1].end)}
		e.Text = text[e.Span.Start:e.Span.End]
		out = append(out, Resolve(e, Unknown, ref))
	}
	linkAnchors(text, out, sc.found)
	return out
}
