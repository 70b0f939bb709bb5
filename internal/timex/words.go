package timex

import "time"

// Word tables, keyed by folded words (lower case, no accents).

// monthNames are the full month names, read alone ("en juin", "in June")
// as well as in dates. en tells the English ones, which are read alone only
// with a capital and a cue word before them.
var monthNames = map[string]struct {
	m  time.Month
	en bool
}{
	"janvier": {1, false}, "fevrier": {2, false}, "mars": {3, false}, "avril": {4, false},
	"mai": {5, false}, "juin": {6, false}, "juillet": {7, false}, "aout": {8, false},
	"septembre": {9, false}, "octobre": {10, false}, "novembre": {11, false}, "decembre": {12, false},
	"january": {1, true}, "february": {2, true}, "march": {3, true}, "april": {4, true},
	"may": {5, true}, "june": {6, true}, "july": {7, true}, "august": {8, true},
	"september": {9, true}, "october": {10, true}, "november": {11, true}, "december": {12, true},
}

// monthAbbrs are read only inside a date, next to a day or a year.
var monthAbbrs = map[string]time.Month{
	"janv": 1, "jan": 1, "fevr": 2, "fev": 2, "feb": 2, "mar": 3, "avr": 4, "apr": 4,
	"jun": 6, "juil": 7, "jul": 7, "aug": 8, "sept": 9, "sep": 9, "oct": 10,
	"nov": 11, "dec": 12,
}

// weekdayNames are the weekdays written in full; plurals mark habits
// ("tous les vendredis", "on Fridays") and are not dates.
var weekdayNames = map[string]time.Weekday{
	"lundi": time.Monday, "mardi": time.Tuesday, "mercredi": time.Wednesday,
	"jeudi": time.Thursday, "vendredi": time.Friday, "samedi": time.Saturday,
	"dimanche": time.Sunday,
	"monday":   time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
	"sunday": time.Sunday,
}

var weekdayPlurals = map[string]bool{
	"lundis": true, "mardis": true, "mercredis": true, "jeudis": true, "vendredis": true,
	"samedis": true, "dimanches": true, "mondays": true, "tuesdays": true,
	"wednesdays": true, "thursdays": true, "fridays": true, "saturdays": true, "sundays": true,
}

// namedDays are the words after a French weekday that make it the name of
// a day of the calendar or of history ("vendredi saint", "mardi gras",
// "jeudi noir"), not a date.
var namedDays = map[string]bool{
	"saint": true, "sainte": true, "gras": true, "noir": true, "noire": true,
	"sanglant": true, "rouge": true, "fou": true,
}

var ordinals = map[string]bool{
	"er": true, "re": true, "e": true, "eme": true, "ere": true,
	"st": true, "nd": true, "rd": true, "th": true,
}

// numberWords are quantities written as words. vague marks "quelques",
// "few" and "several", read as about three.
var numberWords = map[string]int{
	"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
	"sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
	"treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
	"trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100,
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
	"ninety": 90, "hundred": 100,
	"quelques": vagueN, "plusieurs": vagueN, "few": vagueN, "several": vagueN,
}

// groupWords are the round numbers of "une dizaine de jours".
var groupWords = map[string]int{
	"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20,
	"trentaine": 30, "quarantaine": 40, "cinquantaine": 50, "centaine": 100,
}

// vagueN is the value of "quelques" and kin.
const vagueN = -1

// units are the steps of a quantity of time.
var units = map[string]string{
	"minute": GranMinute, "minutes": GranMinute, "min": GranMinute,
	"heure": GranHour, "heures": GranHour, "h": GranHour,
	"hour": GranHour, "hours": GranHour,
	"jour": GranDay, "jours": GranDay, "journee": GranDay, "journees": GranDay,
	"day": GranDay, "days": GranDay,
	"semaine": GranWeek, "semaines": GranWeek, "week": GranWeek, "weeks": GranWeek,
	"mois": GranMonth, "month": GranMonth, "months": GranMonth,
	"an": GranYear, "ans": GranYear, "annee": GranYear, "annees": GranYear,
	"year": GranYear, "years": GranYear,
	"decennie": GranDecade, "decennies": GranDecade, "decade": GranDecade, "decades": GranDecade,
}

// partsOfDay are the words after a day that narrow it ("vendredi soir",
// "Friday night"), with the note they give.
var partsOfDay = map[string]string{
	"matin": "morning", "soir": "evening", "soiree": "evening", "matinee": "morning",
	"nuit": "night", "morning": "morning", "afternoon": "afternoon",
	"evening": "evening", "night": "night", "midi": "noon",
}

// monthCues are the words after which a capitalised English month, or a
// year without other context, is a date ("in June", "since 2011", "the end
// of March"). French months in lower case need none.
var monthCues = map[string]bool{
	"en": true, "in": true, "depuis": true, "since": true, "de": true, "d": true,
	"du": true, "des": true, "by": true, "until": true, "till": true,
	"from": true, "through": true, "during": true, "of": true, "jusqu": true,
	"avant": true, "apres": true, "before": true, "after": true, "to": true,
	"et": true, "and": true, "ou": true, "or": true, "au": true, "a": true,
	"debut": true, "fin": true, "mi": true, "courant": true, "early": true,
	"late": true, "mid": true, "vers": true, "around": true, "ici": true,
	"this": true, "last": true, "next": true, "between": true, "entre": true,
}

// mayCues are the only cues for a lone "May", which is also a modal verb
// and a surname ("Theresa May").
var mayCues = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "during": true,
	"early": true, "late": true, "mid": true, "last": true, "next": true,
	"of": true, "this": true, "from": true, "through": true,
}

// yearSeasons are words after which a year is a date ("l'été 2020",
// "summer 2020").
var yearSeasons = map[string]bool{
	"printemps": true, "ete": true, "automne": true, "hiver": true,
	"spring": true, "summer": true, "autumn": true, "fall": true, "winter": true,
	"an": true, "annee": true, "year": true, "exercice": true, "saison": true,
	"election": true, "elections": true, "scrutin": true, "budget": true,
}

// notYearBefore are words after which a four-digit number is a count or
// a name, not a year ("résolution 1973", "plus de 2000", "vol 1549").
var notYearBefore = map[string]bool{
	"resolution": true, "resolutions": true, "article": true, "articles": true,
	"loi": true, "n": true, "no": true, "numero": true, "number": true,
	"vol": true, "flight": true, "route": true, "page": true, "pages": true,
	"code": true, "modele": true, "model": true, "type": true, "version": true,
	"plus": true, "moins": true, "pres": true, "environ": true, "than": true,
	"about": true, "nearly": true, "almost": true, "some": true, "over": true,
	"quelque": true, "tue": true, "tues": true, "killed": true, "kill": true,
	"airbus": true, "boeing": true, "chambre": true,
	"room": true, "bus": true, "ligne": true, "line": true, "lot": true,
}

// countNouns are words after which a four-digit number is a count.
var countNouns = map[string]bool{
	"personnes": true, "morts": true, "blesses": true, "soldats": true,
	"militaires": true, "manifestants": true, "habitants": true,
	"refugies": true, "migrants": true, "victimes": true, "civils": true,
	"euros": true, "dollars": true, "dinars": true, "dirhams": true,
	"francs": true, "km": true, "kilometres": true, "metres": true, "m": true,
	"tonnes": true, "hectares": true, "voix": true, "votes": true,
	"people": true, "dead": true, "soldiers": true, "troops": true,
	"protesters": true, "residents": true, "refugees": true, "victims": true,
	"civilians": true, "miles": true, "meters": true, "tons": true,
	"policiers": true, "police": true, "hommes": true, "men": true,
	"femmes": true, "women": true, "enfants": true, "children": true,
	"cas": true, "cases": true, "deces": true, "deaths": true, "emplois": true,
	"jobs": true, "membres": true, "members": true, "prisonniers": true,
	"prisoners": true, "detenus": true, "combattants": true, "fighters": true,
	"jihadistes": true, "djihadistes": true, "sieges": true, "seats": true,
	"fois": true, "times": true, "pieces": true, "exemplaires": true,
	"participants": true, "delegues": true, "delegates": true,
}

// namedBefore are the capitalised words before an English weekday that
// make it the name of a day ("Black Friday", "Super Tuesday").
var namedBefore = map[string]bool{
	"black": true, "good": true, "super": true, "cyber": true, "bloody": true,
	"ash": true, "holy": true, "maundy": true, "easter": true, "palm": true,
	"giving": true, "fat": true, "shrove": true, "orthodox": true,
}

// namedAfter are the capitalised words after an English weekday that make
// it part of a name ("Sunday Times", "Monday Night Football").
var namedAfter = map[string]bool{
	"times": true, "telegraph": true, "express": true, "mirror": true, "post": true,
	"herald": true, "mail": true, "independent": true, "observer": true,
	"tribune": true, "group": true, "club": true, "school": true, "league": true,
	"football": true, "sport": true, "star": true, "people": true, "sun": true,
}

// Classes of the words that can start an expression.
const (
	cMonth   = 1 << iota // a full month name
	cAbbr                // a month abbreviation
	cWeekday             // a weekday
	cNumber              // a number word
	cStarter             // a word that scanner.words reads
	cUnit                // a unit of time
)

// starters are the words that scanner.words reads first.
var starters = []string{
	"il", "dans", "in", "within", "d", "pendant", "durant", "for", "during",
	"depuis", "apres", "after", "au", "a", "fin", "debut", "milieu", "en", "mi",
	"early", "late", "mid", "end", "beginning", "start", "middle", "aujourd",
	"today", "yesterday", "tomorrow", "tonight", "hier", "demain", "avant",
	"ce", "cet", "cette", "this", "earlier", "later", "la", "le", "l", "last",
	"next", "the", "at", "by", "that", "over", "overnight",
}

// wordClass gives the classes of each word that can start an expression;
// a word it lacks starts none, and costs the scan one look-up.
var wordClass = func() map[string]uint8 {
	m := map[string]uint8{}
	for w := range monthNames {
		m[w] |= cMonth
	}
	for w := range monthAbbrs {
		m[w] |= cAbbr
	}
	for w := range weekdayNames {
		m[w] |= cWeekday
	}
	for w := range numberWords {
		m[w] |= cNumber
	}
	for _, w := range starters {
		m[w] |= cStarter
	}
	for w := range units {
		m[w] |= cUnit
	}
	return m
}()
