package pubdate

import "time"

// Word tables, keyed by folded words (lower case, no accents).

var months = map[string]time.Month{
	// French
	"janvier": 1, "janv": 1,
	"fevrier": 2, "fevr": 2, "fev": 2,
	"mars":  3,
	"avril": 4, "avr": 4,
	"mai":     5,
	"juin":    6,
	"juillet": 7, "juil": 7,
	"aout":      8,
	"septembre": 9,
	"octobre":   10,
	"novembre":  11,
	"decembre":  12,
	// English
	"january": 1, "jan": 1,
	"february": 2, "feb": 2,
	"march": 3, "mar": 3,
	"april": 4, "apr": 4,
	"may":  5,
	"june": 6, "jun": 6,
	"july": 7, "jul": 7,
	"august": 8, "aug": 8,
	"september": 9, "sept": 9, "sep": 9,
	"october": 10, "oct": 10,
	"november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

var weekdays = map[string]time.Weekday{
	"lundi": time.Monday, "lun": time.Monday,
	"mardi": time.Tuesday, "mar": time.Tuesday,
	"mercredi": time.Wednesday, "mer": time.Wednesday,
	"jeudi": time.Thursday, "jeu": time.Thursday,
	"vendredi": time.Friday, "ven": time.Friday,
	"samedi": time.Saturday, "sam": time.Saturday,
	"dimanche": time.Sunday, "dim": time.Sunday,
	"monday": time.Monday, "mon": time.Monday,
	"tuesday": time.Tuesday, "tue": time.Tuesday, "tues": time.Tuesday,
	"wednesday": time.Wednesday, "wed": time.Wednesday,
	"thursday": time.Thursday, "thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday,
	"friday": time.Friday, "fri": time.Friday,
	"saturday": time.Saturday, "sat": time.Saturday,
	"sunday": time.Sunday, "sun": time.Sunday,
}

// fullWeekday reports whether w is a weekday written in full, the only form
// read in "lundi dernier" or "last Monday".
func fullWeekday(w string) (time.Weekday, bool) {
	d, ok := weekdays[w]
	return d, ok && len(w) > 4
}

var ordinals = map[string]bool{
	"er": true, "re": true, "e": true, "eme": true, "ere": true,
	"st": true, "nd": true, "rd": true, "th": true,
}

// numberWords are quantities written as words. "quelques", "few" and
// "several" are -1: they are read only with seconds and minutes, as "now".
var numberWords = map[string]int{
	"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
	"six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11,
	"douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
	"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
	"twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty":    50,
	"quelques": -1, "few": -1, "several": -1,
}

// unit is the size of a relative step, and the granularity it gives.
type unit uint8

const (
	uSecond unit = iota + 1
	uMinute
	uHour
	uDay
	uWeek
	uMonth
	uYear
)

var frUnits = map[string]unit{
	"seconde": uSecond, "secondes": uSecond, "sec": uSecond, "s": uSecond,
	"minute": uMinute, "minutes": uMinute, "min": uMinute, "mins": uMinute, "mn": uMinute,
	"heure": uHour, "heures": uHour, "h": uHour,
	"jour": uDay, "jours": uDay, "j": uDay,
	"semaine": uWeek, "semaines": uWeek, "sem": uWeek,
	"mois": uMonth,
	"an":   uYear, "ans": uYear, "annee": uYear, "annees": uYear,
}

var enUnits = map[string]unit{
	"second": uSecond, "seconds": uSecond, "sec": uSecond, "secs": uSecond, "s": uSecond,
	"minute": uMinute, "minutes": uMinute, "min": uMinute, "mins": uMinute, "m": uMinute,
	"hour": uHour, "hours": uHour, "hr": uHour, "hrs": uHour, "h": uHour,
	"day": uDay, "days": uDay, "d": uDay,
	"week": uWeek, "weeks": uWeek, "wk": uWeek, "wks": uWeek, "w": uWeek,
	"month": uMonth, "months": uMonth, "mo": uMonth, "mos": uMonth,
	"year": uYear, "years": uYear, "yr": uYear, "yrs": uYear, "y": uYear,
}

// zoneNames are the time-zone abbreviations of RFC 822 and the two of
// central Europe, with their offsets in hours.
var zoneNames = map[string]int{
	"utc": 0, "gmt": 0, "ut": 0, "z": 0,
	"cet": 1, "cest": 2,
	"est": -5, "edt": -4, "cst": -6, "cdt": -5,
	"mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
}

// Cue words seen just before a date in the visible text.
var (
	modifiedCues = map[string]bool{
		"jour": true, // "mis à jour", "mise à jour"
		"maj":  true, "modifie": true, "modifiee": true, "actualise": true,
		"actualisee": true, "updated": true, "update": true, "modified": true,
		"edited": true, "revised": true,
	}
	publishedCues = map[string]bool{
		"publie": true, "publiee": true, "publication": true, "ligne": true, // "mis en ligne"
		"published": true, "posted": true, "cree": true, "creation": true,
	}
	// fillers are the small words around a date in a by-line; they do not
	// count as text that would make a block prose.
	fillers = map[string]bool{
		"le": true, "la": true, "du": true, "de": true, "en": true, "et": true,
		"a": true, "mis": true, "mise": true, "par": true, "date": true,
		"on": true, "at": true, "by": true, "the": true, "and": true, "last": true,
	}
)

// starters are the words that can begin an expression, besides months,
// weekdays and number words.
var starters = []string{
	"il", "about", "around", "over", "almost", "nearly", "just", "a",
	"aujourd", "today", "hier", "yesterday", "avant", "the",
	"ce", "cet", "cette", "this", "tonight", "last", "la", "le", "l",
}

// others are the words read after the first word of an expression.
var others = []string{
	"y", "environ", "now", "instant", "hui", "day", "before", "matin", "apres", "midi",
	"soir", "morning", "afternoon", "evening", "night", "week", "month", "year",
	"semaine", "mois", "dernier", "derniere", "passe", "passee", "ago", "of",
	"t", "at", "vers", "kl", "h", "am", "pm", "p", "m",
}

// known numbers every word a rule reads; wordList holds them by number,
// "" first. The lexer keeps only these words, so that reading a long text
// allocates nothing per word.
var known, wordList = func() (map[string]uint16, []string) {
	m := map[string]uint16{}
	list := []string{""}
	add := func(w string) {
		if _, ok := m[w]; !ok {
			m[w] = uint16(len(list))
			list = append(list, w)
		}
	}
	for w := range months {
		add(w)
	}
	for w := range weekdays {
		add(w)
	}
	for w := range numberWords {
		add(w)
	}
	for w := range ordinals {
		add(w)
	}
	for _, units := range []map[string]unit{frUnits, enUnits} {
		for w := range units {
			add(w)
		}
	}
	for w := range zoneNames {
		add(w)
	}
	for _, set := range []map[string]bool{modifiedCues, publishedCues, fillers} {
		for w := range set {
			add(w)
		}
	}
	for _, w := range starters {
		add(w)
	}
	for _, w := range others {
		add(w)
	}
	return m, list
}()
