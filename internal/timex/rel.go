package timex

import "time"

// ---- quantities ----

// quantity reads a number of units at k: "3", "1 500", "trois",
// "quarante-huit", "a", "a few", "quelques". vague marks "quelques" and
// kin, read as three.
func (sc *scanner) quantity(k int) (n int, vague bool, next int, ok bool) {
	if v, ok := sc.num(k, 1, 6); ok {
		n, k = v, k+1
		// "1 500" and "1,500": groups of three digits.
		for sc.toks[k-1].nd <= 3 && n <= maxQuantity {
			g, ok := sc.num(k, 3, 3)
			if ok && !sc.adj(k) && sc.toks[k].start-sc.toks[k-1].end <= 3 {
				n, k = n*1000+g, k+1
				continue
			}
			if sc.punct(k, ',') && sc.adj(k) && sc.adj(k+1) {
				if g, ok := sc.num(k+1, 3, 3); ok {
					n, k = n*1000+g, k+2
					continue
				}
			}
			break
		}
		if n == 0 || n > maxQuantity {
			return 0, false, 0, false
		}
		return n, false, k, true
	}
	w := sc.word(k)
	switch {
	case w == "a" && sc.word(k+1) == "few":
		return 3, true, k + 2, true
	case w == "a" && sc.word(k+1) == "couple" && sc.word(k+2) == "of":
		return 2, false, k + 3, true
	}
	v, ok := numberWords[w]
	if !ok {
		return 0, false, 0, false
	}
	// "une dizaine de jours", "une quinzaine de jours"
	if g, ok := groupWords[sc.word(k+1)]; ok && v == 1 && (w == "une" || w == "un") {
		switch sc.word(k + 2) {
		case "de":
			return g, true, k + 3, true
		case "d":
			if sc.apos(k + 3) {
				return g, true, k + 4, true
			}
		}
		return 0, false, 0, false
	}
	if v == vagueN {
		return 3, true, k + 1, true
	}
	k++
	// "quarante-huit", "forty-eight", "dix-sept", "soixante-douze"
	if v >= 10 && v < 100 && v%10 == 0 && sc.dash(k) && sc.adj(k) && sc.adj(k+1) {
		if u, ok := numberWords[sc.word(k+1)]; ok && u > 0 && (u < 10 || v == 60 && u < 20) {
			v, k = v+u, k+2
		}
	}
	return v, false, k, true
}

// unitAt reads a unit of time at k ("jours", "weeks", the "h" of "48h").
func (sc *scanner) unitAt(k int) (string, int, bool) {
	w := sc.word(k)
	u, ok := units[w]
	if !ok || w == "h" && !sc.adj(k) {
		return "", 0, false
	}
	return u, k + 1, true
}

// amount reads a quantity and its unit at k.
func (sc *scanner) amount(k int) (n int, unit string, vague bool, next int, ok bool) {
	n, vague, k, ok = sc.quantity(k)
	if !ok {
		return
	}
	unit, k, ok = sc.unitAt(k)
	return n, unit, vague, k, ok
}

// counted reads a quantity of time that starts at i and the word after it
// that makes it a date: "3 semaines plus tard", "deux jours avant",
// "une semaine après que", "three days ago", "48 hours later".
func (sc *scanner) counted(i int) (found, bool) {
	n, unit, vague, k, ok := sc.amount(i)
	if !ok {
		return found{}, false
	}
	switch w := sc.word(k); w {
	case "ago":
		return sc.relCount(i, k+1, unit, -n, vague), true
	case "from":
		if sc.word(k+1) == "now" {
			return sc.relCount(i, k+2, unit, n, vague), true
		}
	case "plus":
		switch sc.word(k + 1) {
		case "tard":
			return sc.anchor(i, k+2, unit, n, -1, vague, ""), true
		case "tot":
			return sc.anchor(i, k+2, unit, -n, -1, vague, ""), true
		}
	case "later", "afterwards", "afterward", "apres", "after", "avant", "before", "auparavant", "earlier", "prior":
		sign := 1
		switch w {
		case "avant", "before", "auparavant", "earlier", "prior":
			sign = -1
		}
		j := k + 1
		if w == "prior" {
			if sc.word(j) != "to" {
				return found{}, false
			}
			return sc.anchor(i, j, unit, sign*n, 1, vague, ""), true
		}
		switch w {
		case "later", "afterwards", "afterward", "auparavant", "earlier":
			return sc.anchor(i, j, unit, sign*n, -1, vague, ""), true
		}
		if x := sc.word(j); x == "que" || x == "qu" {
			return sc.anchor(i, j, unit, sign*n, 1, vague, NoteClause), true
		}
		dir := 1
		if t := sc.tok(j); t == nil || t.kind == tPunct {
			dir = -1
		}
		return sc.anchor(i, j, unit, sign*n, dir, vague, ""), true
	}
	return found{}, false
}

// bareUnit reads a plural unit with no number before it and a word of
// order after it: "hours later", "des jours plus tard", "weeks earlier".
// The step is about three units.
func (sc *scanner) bareUnit(i int) (found, bool) {
	if p := sc.tok(i - 1); p != nil && (p.kind == tNum || numberWords[sc.word(i-1)] != 0 && sc.word(i-1) != "a") {
		return found{}, false
	}
	w := sc.word(i)
	if w[len(w)-1] != 's' {
		return found{}, false
	}
	unit := units[w]
	switch sc.word(i + 1) {
	case "later", "afterwards":
		return sc.anchor(i, i+2, unit, 3, -1, true, ""), true
	case "earlier":
		return sc.anchor(i, i+2, unit, -3, -1, true, ""), true
	case "plus":
		switch sc.word(i + 2) {
		case "tard":
			return sc.anchor(i, i+3, unit, 3, -1, true, ""), true
		case "tot":
			return sc.anchor(i, i+3, unit, -3, -1, true, ""), true
		}
	}
	return found{}, false
}

// ---- words ----

// words reads the expressions that start with a word that is not a
// number, a month or a weekday.
func (sc *scanner) words(i int, w string) (found, bool) {
	switch w {
	case "il":
		if sc.word(i+1) != "y" || sc.word(i+2) != "a" {
			return found{}, false
		}
		k, approx := i+3, false
		switch sc.word(k) {
		case "environ", "quelque":
			k, approx = k+1, true
		case "pres", "plus", "moins":
			if x := sc.word(k + 1); x == "de" || x == "d" {
				k, approx = k+2, true
				if sc.apos(k) {
					k++
				}
			}
		}
		if n, unit, vague, j, ok := sc.amount(k); ok {
			return sc.relCount(i, j, unit, -n, vague || approx), true
		}
	case "dans", "in", "within":
		if n, unit, vague, j, ok := sc.amount(i + 1); ok {
			if sc.apos(j) && sc.word(j+1) == "s" && sc.word(j+2) == "time" {
				j += 3 // "in a week's time"
			} else if sc.apos(j) && sc.word(j+1) == "time" {
				j += 2 // "in two weeks' time"
			}
			return sc.relCount(i, j, unit, n, vague || w == "within"), true
		}
		if w == "dans" && sc.word(i+1) == "la" && sc.word(i+2) == "nuit" {
			return sc.night(i, i+3)
		}
	case "d":
		if f, ok := sc.edge(i); ok {
			return f, true
		}
		if sc.apos(i+1) && sc.word(i+2) == "ici" {
			if n, unit, vague, j, ok := sc.amount(i + 3); ok {
				return sc.relCount(i, j, unit, n, vague), true
			}
		}
	case "pendant", "durant", "for", "during", "depuis":
		if n, unit, vague, j, ok := sc.amount(i + 1); ok {
			e := Expr{Kind: KindDuration, Granularity: unit, Offset: n, Unit: unit}
			if vague {
				e.Note = NoteApprox
			}
			return found{i: i, j: j, e: e}, true
		}
	case "apres", "after":
		if n, unit, vague, j, ok := sc.amount(i + 1); ok {
			return sc.anchor(i, j, unit, n, -1, vague, ""), true
		}
		if j, ok := sc.compound(i, "apres", "demain"); ok {
			return sc.relDay(i, j, 2), true
		}
	case "au":
		if f, ok := sc.edge(i); ok {
			return f, true
		}
		if sc.word(i+1) == "bout" && sc.word(i+2) == "de" {
			if n, unit, vague, j, ok := sc.amount(i + 3); ok {
				return sc.anchor(i, j, unit, n, -1, vague, ""), true
			}
		}
	case "a":
		if f, ok := sc.edge(i); ok {
			return f, true
		}
		// "à trois jours du scrutin"
		if n, unit, vague, j, ok := sc.amount(i + 1); ok && (unit == GranHour || unit == GranDay || unit == GranWeek) {
			if x := sc.word(j); x == "du" || x == "de" || x == "des" || x == "d" {
				return sc.anchor(i, j, unit, -n, 1, vague, ""), true
			}
		}
	case "fin", "debut", "milieu", "en", "mi", "early", "late", "mid", "end", "beginning", "start", "middle":
		if f, ok := sc.edge(i); ok {
			return f, true
		}
	case "aujourd":
		if j, ok := sc.compound(i, "aujourd", "hui"); ok {
			return sc.relDay(i, j, 0), true
		}
	case "today", "yesterday", "tomorrow", "tonight":
		if sc.upper(i) && !sc.sentStart(i) {
			return found{}, false // "USA Today", "Tomorrow Never Dies"
		}
		switch w {
		case "yesterday":
			return sc.relDay(i, i+1, -1), true
		case "tomorrow":
			return sc.relDay(i, i+1, 1), true
		case "tonight":
			f := sc.relDay(i, i+1, 0)
			f.e.Note = NoteNight
			return f, true
		}
		return sc.relDay(i, i+1, 0), true
	case "hier":
		return sc.relDay(i, i+1, -1), true
	case "demain":
		return sc.relDay(i, i+1, 1), true
	case "avant":
		if j, ok := sc.compound(i, "avant", "hier"); ok {
			return sc.relDay(i, j, -2), true
		}
	case "ce", "cet", "cette", "this":
		return sc.this(i)
	case "earlier", "later":
		if sc.word(i+1) == "today" {
			return sc.relDay(i, i+2, 0), true
		}
		if sc.word(i+1) == "this" {
			if f, ok := sc.this(i + 1); ok && f.e.Kind == KindRelative && f.e.Unit != GranDay {
				f.i = i
				return f, true
			}
		}
	case "la", "le", "l":
		if f, ok := sc.edge(i); ok {
			return f, true
		}
		return sc.theFr(i, w)
	case "overnight":
		// "struck overnight": the night before; "an overnight curfew" is no date.
		if t := sc.tok(i + 1); t == nil || t.kind == tPunct || t.nl || sc.word(i+1) == "in" || sc.word(i+1) == "on" {
			if p := sc.back(i - 1); p != "an" && p != "the" && p != "a" {
				f := sc.relDay(i, i+1, -1)
				f.e.Note = NoteNight
				return f, true
			}
		}
	case "last", "next":
		return sc.lastNext(i, w)
	case "the", "at", "by":
		if f, ok := sc.edge(i); ok {
			return f, true
		}
		if w == "the" {
			return sc.theEn(i)
		}
	case "that":
		if sc.word(i+1) == "day" || sc.word(i+1) == "same" && sc.word(i+2) == "day" {
			return sc.anchor(i, i+2+boolInt(sc.word(i+1) == "same"), GranDay, 0, -1, false, ""), true
		}
	case "over":
		if sc.word(i+1) == "the" {
			if j, ok := sc.weekend(i + 2); ok {
				return found{i: i + 1, j: j, e: weekendExpr(0)}, true
			}
		}
	}
	return found{}, false
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// this reads "cette semaine", "ce mois-ci", "cette année", "ce matin",
// "ce soir", "cet après-midi", "cette nuit", "ce week-end", "ce jour-là",
// "this week", "this morning", "this weekend".
func (sc *scanner) this(i int) (found, bool) {
	k := i + 1
	w := sc.word(k)
	if j, ok := sc.weekend(k); ok && !sc.suffixLa(j) {
		return found{i: i, j: j, e: weekendExpr(0)}, true
	}
	if p, ok := partsOfDay[w]; ok && p != NoteNoon {
		f := sc.relDay(i, k+1, 0)
		f.e.Note = p
		return f, true
	}
	if j, ok := sc.compound(k, "apres", "midi"); ok {
		f := sc.relDay(i, j, 0)
		f.e.Note = NoteAfternoon
		return f, true
	}
	unit := ""
	switch w {
	case "semaine", "week":
		unit = GranWeek
	case "mois", "month":
		unit = GranMonth
		if sc.word(k+1) == "de" || sc.word(k+1) == "d" {
			return found{}, false // "ce mois de juin": the month reads it
		}
	case "annee", "year":
		unit = GranYear
	case "jour":
		if sc.suffixLa(k + 1) {
			return sc.anchor(i, k+3, GranDay, 0, -1, false, ""), true
		}
		return found{}, false
	default:
		return found{}, false
	}
	j := k + 1
	if sc.suffixLa(j) {
		return found{}, false // "cette année-là": a year of the story
	}
	if sc.dash(j) && sc.adj(j) && sc.word(j+1) == "ci" {
		j += 2
	}
	return sc.relPeriod(i, j, unit, 0), true
}

// theFr reads "la semaine dernière", "le mois prochain", "l'an dernier",
// "l'année suivante", "la nuit dernière", "la veille", "le lendemain",
// "le week-end dernier", "le jour même" and "la nuit de vendredi à
// samedi".
func (sc *scanner) theFr(i int, w string) (found, bool) {
	k := i + 1
	if w == "l" {
		if !sc.apos(k) || !sc.adj(k+1) {
			return found{}, false
		}
		k++
	}
	unit := ""
	switch n := sc.word(k); n {
	case "semaine":
		unit = GranWeek
	case "mois":
		unit = GranMonth
	case "an", "annee":
		unit = GranYear
	case "jour":
		unit = GranDay
	case "nuit":
		if x := sc.word(k + 1); x == "derniere" || x == "passee" {
			f := sc.relDay(i, k+2, -1)
			f.e.Note = NoteNight
			return f, true
		}
		return sc.night(i, k+1)
	case "veille":
		return sc.dayAnchor(i, k+1, -1), true
	case "lendemain":
		return sc.dayAnchor(i, k+1, 1), true
	case "surlendemain":
		return sc.dayAnchor(i, k+1, 2), true
	case "avant":
		if j, ok := sc.compound(k, "avant", "veille"); ok {
			return sc.dayAnchor(i, j, -2), true
		}
		return found{}, false
	default:
		if j, ok := sc.weekend(k); ok {
			switch sc.word(j) {
			case "dernier", "passe":
				return found{i: i, j: j + 1, e: weekendExpr(-1)}, true
			case "prochain":
				return found{i: i, j: j + 1, e: weekendExpr(1)}, true
			}
		}
		return found{}, false
	}
	k++
	switch sc.word(k) {
	case "dernier", "derniere", "passe", "passee":
		if unit != GranDay {
			return sc.relPeriod(i, k+1, unit, -1), true
		}
	case "prochain", "prochaine":
		if unit != GranDay {
			return sc.relPeriod(i, k+1, unit, 1), true
		}
	case "suivant", "suivante":
		return sc.anchor(i, k+1, unit, 1, -1, false, ""), true
	case "precedent", "precedente":
		return sc.anchor(i, k+1, unit, -1, -1, false, ""), true
	case "meme":
		if unit == GranDay {
			return sc.anchor(i, k+1, unit, 0, -1, false, ""), true
		}
	case "d":
		if sc.apos(k + 1) {
			switch sc.word(k + 2) {
			case "apres":
				return sc.anchor(i, k+3, unit, 1, -1, false, ""), true
			case "avant":
				return sc.anchor(i, k+3, unit, -1, -1, false, ""), true
			}
		}
	}
	return found{}, false
}

// night reads "de vendredi à samedi", "du vendredi au samedi" or "de
// vendredi" after "(dans) la nuit" (tokens i to k): the night that starts
// on the first day.
func (sc *scanner) night(i, k int) (found, bool) {
	if x := sc.word(k); x != "de" && x != "du" {
		return found{}, false
	}
	wd, ok := weekdayNames[sc.word(k+1)]
	if !ok {
		return found{}, false
	}
	e := Expr{Kind: KindWeekday, Granularity: GranDay, Note: NoteNight, weekday: int8(wd) + 1}
	j := k + 2
	if x := sc.word(j); x == "a" || x == "au" {
		if wd2, ok := weekdayNames[sc.word(j+1)]; ok {
			e.days = int8((int(wd2) - int(wd) + 7) % 7)
			j += 2
		}
	}
	return found{i: i, j: j, e: e}, true
}

// lastNext reads "last week", "next month", "last year", "last night",
// "last weekend".
func (sc *scanner) lastNext(i int, w string) (found, bool) {
	if sc.back(i-1) == "the" {
		return found{}, false // "the last week of June", "the next day"
	}
	n := -1
	if w == "next" {
		n = 1
	}
	switch sc.word(i + 1) {
	case "week":
		return sc.relPeriod(i, i+2, GranWeek, n), true
	case "month":
		return sc.relPeriod(i, i+2, GranMonth, n), true
	case "year":
		return sc.relPeriod(i, i+2, GranYear, n), true
	case "night":
		if n < 0 {
			f := sc.relDay(i, i+2, -1)
			f.e.Note = NoteNight
			return f, true
		}
	}
	if j, ok := sc.weekend(i + 1); ok {
		return found{i: i, j: j, e: weekendExpr(n)}, true
	}
	return found{}, false
}

// theEn reads "the day before yesterday", "the day after tomorrow", "the
// day before", "the day after", "the next day", "the following week",
// "the previous month", "the same day", "the weekend".
func (sc *scanner) theEn(i int) (found, bool) {
	k := i + 1
	switch sc.word(k) {
	case "day":
		switch sc.word(k + 1) {
		case "before", "after":
			n := 1
			if sc.word(k+1) == "before" {
				n = -1
			}
			switch sc.word(k + 2) {
			case "yesterday":
				if n < 0 {
					return sc.relDay(i, k+3, -2), true
				}
			case "tomorrow":
				if n > 0 {
					return sc.relDay(i, k+3, 2), true
				}
			}
			return sc.dayAnchor(i, k+2, n), true
		}
	case "next", "following", "previous", "same":
		n := 1
		switch sc.word(k) {
		case "previous":
			n = -1
		case "same":
			n = 0
		}
		unit := ""
		switch sc.word(k + 1) {
		case "day", "morning", "evening", "night":
			unit = GranDay
		case "week":
			unit = GranWeek
		case "month":
			unit = GranMonth
		case "year":
			unit = GranYear
		}
		if unit != "" && (n != 0 || unit == GranDay) {
			return sc.anchor(i, k+2, unit, n, -1, false, ""), true
		}
	}
	return found{}, false
}

// ---- builders ----

// relDay is a day counted from the publication date, with the part of the
// day and the time that may follow it.
func (sc *scanner) relDay(i, j, n int) found {
	e := Expr{Kind: KindRelative, Granularity: GranDay, Offset: n, Unit: GranDay, Value: sc.day(n)}
	j = sc.dayPart(j, &e)
	if sc.ref.IsZero() {
		e.Value = time.Time{}
	}
	return found{i: i, j: j, e: e}
}

// relPeriod is the week, month or year n periods from the publication
// date's: Value is its first day.
func (sc *scanner) relPeriod(i, j int, unit string, n int) found {
	return found{i: i, j: j, e: Expr{Kind: KindRelative, Granularity: unit, Offset: n, Unit: unit, Value: sc.period(unit, n)}}
}

// relCount is a quantity of time from the publication date: "il y a 3
// semaines" is the day three weeks before it, with granularity week.
func (sc *scanner) relCount(i, j int, unit string, n int, approx bool) found {
	e := Expr{Kind: KindRelative, Granularity: unit, Offset: n, Unit: unit}
	if approx {
		e.Note = NoteApprox
	}
	if !sc.ref.IsZero() {
		base := dayOf(sc.ref)
		if unit == GranHour || unit == GranMinute {
			base = sc.ref
		}
		e.Value = shift(base, n, unit)
		if y := e.Value.Year(); e.Value.IsZero() || y < 1 || y > 9999 {
			return found{i: i, j: j, drop: true}
		}
	}
	return found{i: i, j: j, e: e}
}

// anchor is a step from another expression. baseDir says where to look
// for it: +1 after ("deux jours avant le 5 mai"), -1 before ("le 3 mai …
// deux jours plus tard").
func (sc *scanner) anchor(i, j int, unit string, n, baseDir int, approx bool, note string) found {
	e := Expr{Kind: KindAnchor, Granularity: unit, Offset: n, Unit: unit, Note: note}
	if approx && note == "" {
		e.Note = NoteApprox
	}
	return found{i: i, j: j, e: e, baseDir: baseDir}
}

// dayAnchor is "la veille", "le lendemain", "the day before": the base
// follows when a noun phrase or a clause comes next ("la veille du
// scrutin", "the day after the vote"), else it comes before ("le
// lendemain, …").
func (sc *scanner) dayAnchor(i, j, n int) found {
	dir := -1
	switch sc.word(j) {
	case "de", "du", "d", "des":
		dir = 1
	case "":
	default:
		if sc.word(i) == "the" {
			dir = 1
		}
	}
	return sc.anchor(i, j, GranDay, n, dir, false, "")
}

// edge reads the start, middle or end of a period of the publication date:
// "au début du mois", "à la fin de l'année dernière", "en fin d'année",
// "mi-mars" aside (the month reads it), "at the end of the month", "by the
// end of the year", "early this year", "late last year".
func (sc *scanner) edge(i int) (found, bool) {
	k := i
	switch sc.word(k) {
	case "au", "en", "at", "by", "le":
		k++
	case "a", "la":
		if sc.word(k) == "a" {
			if sc.word(k+1) != "la" {
				return found{}, false
			}
			k++
		}
		k++
	case "d":
		// "d'ici la fin de la semaine"
		if !sc.apos(k+1) || sc.word(k+2) != "ici" {
			return found{}, false
		}
		k += 3
		if x := sc.word(k); x == "la" || x == "le" {
			k++
		}
	}
	if sc.word(k) == "the" {
		k++
	}
	note := ""
	switch sc.word(k) {
	case "debut", "beginning", "start", "early":
		note = NoteEarly
	case "fin", "end", "late":
		note = NoteLate
	case "milieu", "mi", "middle", "mid":
		note = NoteMid
	default:
		return found{}, false
	}
	k++
	if sc.dash(k) && sc.adj(k) { // "mid-" before "this year"
		k++
	}
	switch w := sc.word(k); w {
	case "this", "last", "next":
		// "early this year", "late last year"
		if u := periodUnit(sc.word(k + 1)); u != "" {
			f := sc.relPeriod(i, k+2, u, map[string]int{"this": 0, "last": -1, "next": 1}[w])
			f.e.Note = note
			return f, true
		}
		return found{}, false
	case "of":
		k++
		n := 0
		switch sc.word(k) {
		case "the", "this":
		case "last":
			n = -1
		case "next":
			n = 1
		default:
			return found{}, false
		}
		u := periodUnit(sc.word(k + 1))
		if u == "" {
			return found{}, false
		}
		f := sc.relPeriod(i, k+2, u, n)
		f.e.Note = note
		return f, true
	case "du", "de", "d":
		k++
		if w == "d" {
			if !sc.apos(k) {
				return found{}, false
			}
			k++
		}
		switch sc.word(k) {
		case "la", "cette", "ce", "cet":
			k++
		case "l":
			if !sc.apos(k + 1) {
				return found{}, false
			}
			k += 2
		}
		u := periodUnit(sc.word(k))
		if u == "" || sc.suffixLa(k+1) {
			return found{}, false
		}
		k++
		n := 0
		switch sc.word(k) {
		case "dernier", "derniere", "passe", "passee":
			n, k = -1, k+1
		case "prochain", "prochaine":
			n, k = 1, k+1
		case "en":
			if sc.word(k+1) == "cours" {
				k += 2
			}
		}
		f := sc.relPeriod(i, k, u, n)
		f.e.Note = note
		return f, true
	}
	return found{}, false
}

// periodUnit is the unit of "semaine", "mois", "année", "week", "month",
// "year"; "" for other words.
func periodUnit(w string) string {
	switch w {
	case "semaine", "week":
		return GranWeek
	case "mois", "month":
		return GranMonth
	case "an", "annee", "year":
		return GranYear
	}
	return ""
}
