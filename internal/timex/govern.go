package timex

import (
	"time"

	"github.com/vigie-events/vigie/internal/doc"
)

// Govern returns the index in exprs of the expression that dates an event
// whose clause is the byte span clause of the sentence sentence (both in
// the text exprs were found in): the most precise expression inside the
// clause (the first of equals), else the nearest one in the rest of the
// sentence (the one before on a tie). It returns -1 when there is none:
// the event then takes the publication date. Durations never date an
// event; an anchor with no base is taken only when nothing else is there.
func Govern(clause, sentence doc.Span, exprs []Expr) int {
	best, bestRank := -1, 0
	for i, e := range exprs {
		if e.Kind == KindDuration || !spanIn(e.Span, clause) {
			continue
		}
		r := granRank[e.Granularity]
		if e.Value.IsZero() {
			r += 100
		}
		if best < 0 || r < bestRank {
			best, bestRank = i, r
		}
	}
	if best >= 0 {
		return best
	}
	bestDist := 0
	for i, e := range exprs {
		if e.Kind == KindDuration || !spanIn(e.Span, sentence) {
			continue
		}
		d := 0
		switch {
		case e.Span.End <= clause.Start:
			d = clause.Start - e.Span.End
		case e.Span.Start >= clause.End:
			d = e.Span.Start - clause.End
		}
		if e.Value.IsZero() {
			d += sentence.Len()
		}
		if best < 0 || d < bestDist {
			best, bestDist = i, d
		}
	}
	return best
}

// DateOf returns the date of an event: the expression that governs its
// clause (see Govern), resolved with the tense of the event's verb. It
// returns false when no expression dates the clause; the caller then uses
// the publication date.
//
// An anchor with no base dates the event it counts from when that event
// is the clause the anchor introduces: in "la visite intervient une
// semaine après que X a reçu Y", X received Y a week before the visit,
// whose date is that of an expression before the anchor in the sentence,
// or else ref.
func DateOf(clause, sentence doc.Span, exprs []Expr, tense Tense, ref time.Time) (Expr, bool) {
	i := Govern(clause, sentence, exprs)
	if i < 0 {
		return Expr{}, false
	}
	e := exprs[i]
	if e.Kind != KindAnchor {
		e = Resolve(e, tense, ref)
		return e, !e.Value.IsZero()
	}
	if !e.Value.IsZero() {
		for _, b := range exprs {
			if b.Span == e.Base {
				return ResolveAnchor(e, Resolve(b, tense, ref)), true
			}
		}
		return e, true
	}
	if e.Note != NoteClause || clause.Start < e.Span.End || ref.IsZero() {
		return e, false
	}
	main := dayOf(ref)
	for j := i - 1; j >= 0 && spanIn(exprs[j].Span, sentence); j-- {
		if b := exprs[j]; b.Kind != KindDuration && !b.Value.IsZero() {
			main = b.Value
			break
		}
	}
	e.Value = shift(main, -e.Offset, e.Unit)
	e.Granularity = coarser(GranDay, e.Unit)
	return e, true
}
