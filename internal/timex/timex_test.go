package timex

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vigie-events/vigie/internal/doc"
)

var (
	monday   = time.Date(2020, 9, 28, 0, 0, 0, 0, time.UTC)
	thursday = time.Date(2020, 10, 1, 0, 0, 0, 0, time.UTC)
	friday   = time.Date(2020, 10, 2, 0, 0, 0, 0, time.UTC)
	sunday   = time.Date(2020, 10, 4, 0, 0, 0, 0, time.UTC)
)

// only returns the single expression of text, or fails.
func only(t *testing.T, text, lang string, ref time.Time) Expr {
	t.Helper()
	es := Find(text, lang, ref)
	if len(es) != 1 {
		t.Fatalf("Find(%q) = %s, want one expression", text, describe(es))
	}
	return es[0]
}

func TestResolveWeekday(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		tense Tense
		ref   time.Time
		want  string
	}{
		{"past before", "mardi", Past, monday, "2020-09-22"},
		{"past today", "lundi", Past, monday, "2020-09-28"},
		{"future after", "vendredi", Future, monday, "2020-10-02"},
		{"future today", "lundi", Future, monday, "2020-09-28"},
		{"conditional", "vendredi", Conditional, monday, "2020-10-02"},
		{"present later this week", "samedi", Present, monday, "2020-10-03"},
		{"present earlier this week", "mardi", Present, thursday, "2020-09-29"},
		{"present not too far back", "lundi", Present, thursday, "2020-09-28"},
		{"present too far back", "lundi", Present, friday, "2020-10-05"},
		{"present yesterday on Monday", "dimanche", Present, monday, "2020-09-27"},
		{"present on Sunday", "lundi", Present, sunday, "2020-10-05"},
		{"present yesterday", "samedi", Present, sunday, "2020-10-03"},
		{"unknown is present", "friday", Unknown, monday, "2020-10-02"},
		{"dernier wins over future", "vendredi dernier", Future, monday, "2020-09-25"},
		{"dernier excludes today", "lundi dernier", Past, monday, "2020-09-21"},
		{"prochain excludes today", "lundi prochain", Future, monday, "2020-10-05"},
		{"last", "last Sunday", Unknown, sunday, "2020-09-27"},
		{"next", "next Thursday", Past, thursday, "2020-10-08"},
		{"ce with past", "ce lundi", Past, thursday, "2020-09-28"},
		{"since", "depuis mardi", Present, monday, "2020-09-22"},
		{"last weekend on Sunday", "le week-end dernier", Unknown, sunday, "2020-09-26"},
		{"this weekend on Sunday", "ce week-end", Past, sunday, "2020-10-03"},
		{"next weekend on Sunday", "next weekend", Unknown, sunday, "2020-10-10"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := Resolve(only(t, tt.text, "fr", tt.ref), tt.tense, tt.ref)
			if got := e.Value.Format(time.DateOnly); got != tt.want {
				t.Errorf("%q %s from %s = %s, want %s", tt.text, tt.tense, tt.ref.Weekday(), got, tt.want)
			}
		})
	}
}

func TestResolveNoYear(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		tense Tense
		want  string
	}{
		{"date past", "le 2 octobre", Past, "2019-10-02"},
		{"date future", "le 2 octobre", Future, "2020-10-02"},
		{"date nearest", "le 2 octobre", Unknown, "2020-10-02"},
		{"date nearest back", "le 14 juillet", Present, "2020-07-14"},
		{"date leaning to the past", "le 15 mars", Unknown, "2020-03-15"},
		{"date within three months", "le 18 décembre", Unknown, "2020-12-18"},
		{"date future next year", "le 14 juillet", Future, "2021-07-14"},
		{"date with weekday", "mercredi 2 octobre", Unknown, "2019-10-02"},
		{"date with a wrong weekday", "mardi 2 octobre", Unknown, "2020-10-02"},
		{"29 February", "le 29 février", Unknown, "2020-02-29"},
		{"month past", "en octobre", Past, "2019-10-01"},
		{"month unknown is latest", "en octobre", Unknown, "2019-10-01"},
		{"month this month", "en septembre", Unknown, "2020-09-01"},
		{"month future", "en octobre", Future, "2020-10-01"},
		{"month future this month", "en septembre", Conditional, "2020-09-01"},
		{"month dernier", "septembre dernier", Unknown, "2019-09-01"},
		{"month prochain", "septembre prochain", Past, "2021-09-01"},
		{"day of month", "lundi 21", Unknown, "2020-09-21"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := Resolve(only(t, tt.text, "fr", monday), tt.tense, monday)
			if got := e.Value.Format(time.DateOnly); got != tt.want {
				t.Errorf("%q %s = %s, want %s", tt.text, tt.tense, got, tt.want)
			}
			if !e.NoYear {
				t.Errorf("%q: NoYear not set", tt.text)
			}
		})
	}
}

func TestFind(t *testing.T) {
	tests := []struct {
		name, text, lang string
		wantText         string
		kind, gran, note string
		value            string // at the granularity, as in the test set
		offset           int
		unit             string
	}{
		{"written", "signé le 2 octobre 2020 à Rabat", "fr", "2 octobre 2020", KindAbsolute, GranDay, "", "2020-10-02", 0, ""},
		{"written with time", "le 5 mai 2019 à 14h30,", "fr", "5 mai 2019 à 14h30", KindAbsolute, GranMinute, "", "2019-05-05T14:30", 0, ""},
		{"numeric fr", "le 02/10/2020", "fr", "02/10/2020", KindAbsolute, GranDay, "", "2020-10-02", 0, ""},
		{"numeric en", "on 02/10/2020", "en", "02/10/2020", KindAbsolute, GranDay, "", "2020-02-10", 0, ""},
		{"numeric flipped", "on 28/09/2020", "en", "28/09/2020", KindAbsolute, GranDay, "", "2020-09-28", 0, ""},
		{"iso", "le 2020-09-28", "fr", "2020-09-28", KindAbsolute, GranDay, "", "2020-09-28", 0, ""},
		{"month year", "en juin 2019", "fr", "en juin 2019", KindAbsolute, GranMonth, "", "2019-06", 0, ""},
		{"month before a name", "début mars Emmanuel Macron", "fr", "début mars", KindAbsolute, GranMonth, NoteEarly, "2020-03", 0, ""},
		{"mid month", "à la mi-juillet", "fr", "mi-juillet", KindAbsolute, GranMonth, NoteMid, "2020-07", 0, ""},
		{"late year", "fin 2020", "fr", "fin 2020", KindAbsolute, GranYear, NoteLate, "2020", 0, ""},
		{"year before a word", "en 2019 avant le scrutin", "fr", "en 2019", KindAbsolute, GranYear, "", "2019", 0, ""},
		{"early month year", "early March 2020", "en", "early March 2020", KindAbsolute, GranMonth, NoteEarly, "2020-03", 0, ""},
		{"since year", "depuis 2011", "fr", "2011", KindAbsolute, GranYear, NoteSince, "2011", 0, ""},
		{"range", "2019-2020", "fr", "2019-2020", KindAbsolute, GranYear, NoteRange, "2019", 0, ""},
		{"decade", "les années 90", "fr", "années 90", KindAbsolute, GranDecade, "", "1990", 0, ""},
		{"ago", "il y a environ 3 ans", "fr", "il y a environ 3 ans", KindRelative, GranYear, NoteApprox, "2017", -3, GranYear},
		{"in", "in two weeks' time", "en", "in two weeks' time", KindRelative, GranWeek, "", "2020-10-12", 2, GranWeek},
		{"compound number", "il y a quarante-huit heures", "fr", "il y a quarante-huit heures", KindRelative, GranHour, "", "2020-09-26T00:00", -48, GranHour},
		{"grouped number", "il y a 1 000 jours", "fr", "il y a 1 000 jours", KindRelative, GranDay, "", "2018-01-02", -1000, GranDay},
		{"end of last year", "à la fin de l'année dernière", "fr", "à la fin de l'année dernière", KindRelative, GranYear, NoteLate, "2019", -1, GranYear},
		{"end of the month", "at the end of the month", "en", "at the end of the month", KindRelative, GranMonth, NoteLate, "2020-09", 0, GranMonth},
		{"late last year", "late last year", "en", "late last year", KindRelative, GranYear, NoteLate, "2019", -1, GranYear},
		{"tonight", "tonight", "en", "tonight", KindRelative, GranDay, NoteNight, "2020-09-28", 0, GranDay},
		{"noon", "vendredi à midi", "fr", "vendredi à midi", KindWeekday, GranHour, "", "2020-10-02T12:00", 0, ""},
		{"evening hour", "hier soir à 9 h", "fr", "hier soir à 9 h", KindRelative, GranHour, NoteEvening, "2020-09-27T21:00", -1, GranDay},
		{"pm", "Friday at 3:30 p.m.", "en", "Friday at 3:30 p.m.", KindWeekday, GranMinute, "", "2020-10-02T15:30", 0, ""},
		{"clause anchor", "deux jours avant qu'il", "fr", "deux jours avant", KindAnchor, GranDay, NoteClause, "-", -2, GranDay},
		{"day before", "the day before, he", "en", "the day before", KindAnchor, GranDay, "", "-", -1, GranDay},
		{"duration", "for three weeks", "en", "for three weeks", KindDuration, GranWeek, "", "-", 3, GranWeek},
		{"weekend", "this weekend", "en", "this weekend", KindWeekday, GranDay, NoteWeekend, "2020-10-03", 0, ""},
		{"night range", "la nuit de dimanche à lundi", "fr", "la nuit de dimanche à lundi", KindWeekday, GranDay, NoteNight, "2020-09-27", 0, ""},
		{"day range", "les 2 et 3 octobre 2020", "fr", "2 et 3 octobre 2020", KindAbsolute, GranDay, NoteRange, "2020-10-02", 0, ""},
		{"ordinal en", "on October 2nd", "en", "October 2nd", KindAbsolute, GranDay, "", "2020-10-02", 0, ""},
		{"of", "the 2nd of October 2019", "en", "2nd of October 2019", KindAbsolute, GranDay, "", "2019-10-02", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := only(t, tt.text, tt.lang, monday)
			if e.Text != tt.wantText || tt.text[e.Span.Start:e.Span.End] != e.Text {
				t.Errorf("text %q at %v, want %q", e.Text, e.Span, tt.wantText)
			}
			if e.Kind != tt.kind || e.Granularity != tt.gran || e.Note != tt.note {
				t.Errorf("kind %s gran %s note %q, want %s %s %q", e.Kind, e.Granularity, e.Note, tt.kind, tt.gran, tt.note)
			}
			if v := formatValue(e); v != tt.value {
				t.Errorf("value %s, want %s", v, tt.value)
			}
			if e.Offset != tt.offset || e.Unit != tt.unit {
				t.Errorf("offset %d %s, want %d %s", e.Offset, e.Unit, tt.offset, tt.unit)
			}
		})
	}
}

func TestUntil(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"dans la nuit de vendredi à samedi", "2020-10-03"},
		{"du 2 au 5 novembre", "2020-11-05"},
		{"2019-2020", "2020-01-01"},
		{"2019-21", "2021-01-01"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			e := only(t, tt.text, "fr", monday)
			if got := e.Until.Format(time.DateOnly); got != tt.want {
				t.Errorf("Until = %s, want %s", got, tt.want)
			}
		})
	}
}

// TestNothing lists inputs that hold no time expression, or that look
// like one and are not valid: they give nothing, and no part of them is
// read as a smaller date.
func TestNothing(t *testing.T) {
	tests := []struct{ name, text, lang string }{
		{"31 February", "le 31 février 2020", "fr"},
		{"31 February no year", "le 31 février", "fr"},
		{"month 13", "le 31/13/2020", "fr"},
		{"day 0", "le 0 mars", "fr"},
		{"year far ahead", "en 9999", "fr"},
		{"year far ahead with a day", "le 3 mars 2150", "fr"},
		{"bare year far back", "1200 hommes", "fr"},
		{"huge count", "il y a 99999999999 jours", "fr"},
		{"too many years", "il y a 100 000 ans", "fr"},
		{"may", "the talks may resume", "en"},
		{"march", "they march on Sunday Times", "en"},
		{"habit", "tous les vendredis", "fr"},
		{"le weekday", "le vendredi, il prie", "fr"},
		{"count", "2 000 soldats", "fr"},
		{"count year-like", "1995 soldats", "fr"},
		{"currency", "$2020", "en"},
		{"percent", "2020 %", "fr"},
		{"decimal", "2019.5", "en"},
		{"code", "A320", "en"},
		{"chain", "1.28.09.2020", "fr"},
		{"planet", "sur Mars", "fr"},
		{"sentence", "Il a été condamné à trois ans de prison.", "fr"},
		{"story year", "cette année-là", "fr"},
		{"named day", "Good Friday", "en"},
		{"the last week", "the last week of", "en"},
		{"square", "la place de Mai", "fr"},
		{"model", "des Mirage 2000 Dassault", "fr"},
		{"ordinal weekday", "le 1er dimanche du mois", "fr"},
		{"any Friday", "it can only fall on a Friday", "en"},
		{"before our era", "around 1000 BC", "en"},
		{"avant J.-C.", "en 1200 av. J.-C.", "fr"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if es := Find(tt.text, tt.lang, monday); len(es) != 0 {
				t.Errorf("Find(%q) = %s, want nothing", tt.text, describe(es))
			}
		})
	}
}

func TestZeroRef(t *testing.T) {
	es := Find("Il est arrivé hier, vendredi, le 2 octobre 2020, en juin, il y a 3 jours.", "fr", time.Time{})
	if len(es) != 5 {
		t.Fatalf("got %s", describe(es))
	}
	for _, e := range es {
		written := e.Kind == KindAbsolute && !e.NoYear
		if written == e.Value.IsZero() {
			t.Errorf("%q: value %v with no reference", e.Text, e.Value)
		}
	}
}

func TestAnchors(t *testing.T) {
	tests := []struct {
		name, text, lang string
		anchor, value    string
	}{
		{"base after", "Il a démissionné deux jours avant le 5 septembre 2020.", "fr", "deux jours avant", "2020-09-03"},
		{"base before", "Élu le 3 mars 2020, il a démissionné une semaine plus tard.", "fr", "une semaine plus tard", "2020-03-10"},
		{"clause base", "une semaine après que le président a été élu le 5 mai 2019", "fr", "une semaine après", "2019-05-12"},
		{"veille", "la veille du 14 juillet 2020", "fr", "la veille", "2020-07-13"},
		{"next day", "Fighting began on Aug. 4, 2020 and the city fell the next day.", "en", "the next day", "2020-08-05"},
		{"other sentence", "Il est arrivé le 3 mars 2020. Le lendemain, il est reparti.", "fr", "Le lendemain", "-"},
		{"paragraph", "Il est arrivé le 3 mars 2020\nle lendemain, il est reparti.", "fr", "le lendemain", "-"},
		{"abbreviation is no break", "Le 3 mars 2020, M. Dupont est arrivé, et il est reparti le lendemain.", "fr", "le lendemain", "2020-03-04"},
		{"chain", "Le 3 mars 2020, il arrive; le lendemain il parle; le surlendemain il repart.", "fr", "le surlendemain", "2020-03-06"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, e := range Find(tt.text, tt.lang, monday) {
				if e.Text == tt.anchor {
					if v := e.Value.Format(time.DateOnly); e.Value.IsZero() && tt.value != "-" || !e.Value.IsZero() && v != tt.value {
						t.Errorf("%q = %s, want %s", e.Text, formatValue(e), tt.value)
					}
					return
				}
			}
			t.Errorf("%q not found in %s", tt.anchor, describe(Find(tt.text, tt.lang, monday)))
		})
	}
}

func TestGovern(t *testing.T) {
	text := "Le 3 mars 2020, le ministre, qui avait démissionné pendant trois jours en 2019, est revenu. Il a parlé."
	exprs := Find(text, "fr", monday)
	span := func(s string) doc.Span {
		i := strings.Index(text, s)
		return doc.Span{Start: i, End: i + len(s)}
	}
	first := span("Le 3 mars 2020, le ministre, qui avait démissionné pendant trois jours en 2019, est revenu.")
	second := span("Il a parlé.")
	tests := []struct {
		name             string
		clause, sentence doc.Span
		want             string
	}{
		{"inside the clause", span("qui avait démissionné pendant trois jours en 2019"), first, "en 2019"},
		{"from the sentence", span("le ministre"), first, "3 mars 2020"},
		{"nearest in the sentence", span("est revenu"), first, "en 2019"},
		{"none", second, second, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := Govern(tt.clause, tt.sentence, exprs)
			got := ""
			if i >= 0 {
				got = exprs[i].Text
			}
			if got != tt.want {
				t.Errorf("Govern = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDateOf(t *testing.T) {
	text := "La visite intervient une semaine après que le ministre a reçu l'ambassadeur."
	exprs := Find(text, "fr", monday)
	sentence := doc.Span{Start: 0, End: len(text)}
	sub := doc.Span{Start: strings.Index(text, "le ministre"), End: len(text)}
	e, ok := DateOf(sub, sentence, exprs, Past, monday)
	if !ok || e.Value.Format(time.DateOnly) != "2020-09-21" || e.Granularity != GranWeek {
		t.Errorf("subordinate clause: %v %s %v, want 2020-09-21 week", e.Value, e.Granularity, ok)
	}
	main := doc.Span{Start: 0, End: strings.Index(text, " une")}
	if e, ok := DateOf(main, sentence, exprs, Present, monday); ok {
		t.Errorf("main clause dated %v by an anchor with no base", e.Value)
	}
	// A weekday is resolved with the tense of the clause.
	text = "Il a été reçu mardi."
	exprs = Find(text, "fr", monday)
	all := doc.Span{Start: 0, End: len(text)}
	if e, _ := DateOf(all, all, exprs, Past, monday); e.Value.Format(time.DateOnly) != "2020-09-22" {
		t.Errorf("past Tuesday = %v", e.Value)
	}
	if e, _ := DateOf(all, all, exprs, Future, monday); e.Value.Format(time.DateOnly) != "2020-09-29" {
		t.Errorf("future Tuesday = %v", e.Value)
	}
}

func TestParseTense(t *testing.T) {
	for _, tn := range []Tense{Unknown, Past, Present, Future, Conditional} {
		if got, ok := ParseTense(tn.String()); !ok || got != tn {
			t.Errorf("ParseTense(%q) = %v %v", tn.String(), got, ok)
		}
	}
	if _, ok := ParseTense("aorist"); ok {
		t.Error("ParseTense accepted aorist")
	}
	if Tense(42).String() != "unknown" {
		t.Error("Tense(42) has a name")
	}
}

// TestBadInput feeds inputs that a lexer or a scanner may choke on.
func TestBadInput(t *testing.T) {
	inputs := []string{
		"",
		strings.Repeat("a", 10000),
		strings.Repeat("1", 10000),
		strings.Repeat("1 ", 10000),
		strings.Repeat("il y a ", 3000),
		strings.Repeat("le 2 ", 3000),
		strings.Repeat("vendredi ", 3000),
		strings.Repeat("-", 10000),
		"\xff\xfe le 2 octobre\x00 2020",
		strings.Repeat("2020-", 2000),
		"il y a 999999 ans",
	}
	for _, s := range inputs {
		for _, lang := range []string{"fr", "en", ""} {
			for _, e := range Find(s, lang, monday) {
				if !e.Span.Valid(len(s)) || s[e.Span.Start:e.Span.End] != e.Text {
					t.Fatalf("bad span %v", e.Span)
				}
			}
		}
	}
}

// TestStarters checks that every word scanner.words reads first is in
// starters, without which the scan never calls it for that word.
func TestStarters(t *testing.T) {
	f, err := parser.ParseFile(gotoken.NewFileSet(), "rel.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	ast.Inspect(f, func(node ast.Node) bool {
		fn, ok := node.(*ast.FuncDecl)
		if !ok || fn.Name.Name != "words" {
			return true
		}
		sw := fn.Body.List[0].(*ast.SwitchStmt)
		for _, s := range sw.Body.List {
			for _, e := range s.(*ast.CaseClause).List {
				w, err := strconv.Unquote(e.(*ast.BasicLit).Value)
				if err != nil {
					t.Fatal(err)
				}
				n++
				if wordClass[w]&(cStarter|cNumber) == 0 {
					t.Errorf("%q is read by words but not a starter", w)
				}
			}
		}
		return false
	})
	if n < 20 {
		t.Errorf("found %d case words in words; the test no longer reads it", n)
	}
}

func TestTenseOf(t *testing.T) {
	tests := []struct {
		name  string
		feats []string
		want  Tense
	}{
		{"none", nil, Unknown},
		{"present", []string{"Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"}, Present},
		{"passé composé", []string{"Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part", "Mood=Ind|Tense=Pres|VerbForm=Fin"}, Past},
		{"future", []string{"Mood=Ind|Tense=Fut|VerbForm=Fin"}, Future},
		{"modal conditional", []string{"VerbForm=Inf", "Mood=Cnd|Tense=Pres|VerbForm=Fin"}, Conditional},
		{"imperfect", []string{"Mood=Ind|Tense=Imp|VerbForm=Fin"}, Past},
		{"past conditional", []string{"Tense=Past|VerbForm=Part", "Mood=Cnd|Tense=Pres|VerbForm=Fin"}, Past},
		{"future perfect", []string{"Tense=Past|VerbForm=Part", "Mood=Ind|Tense=Fut|VerbForm=Fin"}, Future},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TenseOf(tt.feats...); got != tt.want {
				t.Errorf("TenseOf(%q) = %s, want %s", tt.feats, got, tt.want)
			}
		})
	}
}
