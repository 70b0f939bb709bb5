package timex

import (
	"testing"
	"time"
)

var kinds = map[string]bool{
	KindAbsolute: true, KindWeekday: true, KindRelative: true, KindAnchor: true, KindDuration: true,
}

// FuzzFind checks the promises of Find on any text: no panic, spans in
// order that give the text, known kinds and granularities, values in the
// calendar; and a written date read alone gives the same date.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"le 2 octobre 2020", "2 Oct. 2020", "October 2", "Oct. 2", "02/10/2020", "1er octobre",
		"mardi 2 octobre", "vendredi dernier", "last Friday", "dans la nuit de vendredi à samedi",
		"il y a 3 semaines", "in two weeks' time", "avant-hier soir à 22h", "aujourd’hui",
		"une semaine après que", "48 heures plus tard", "la veille du 14 juillet", "fin 2020",
		"mi-juillet", "2019-2020", "les années 90", "31 février 2020", "1 500 soldats",
		"Theresa May", "the March 8 protest", "Sunday Times", "du 2 au 5 novembre",
		"à la fin de l'année dernière", "Friday at 3:30 p.m.", "il y a 100 000 ans", "lundi 28",
	} {
		f.Add(s, "fr")
		f.Add(s, "en")
	}
	ref := time.Date(2020, 9, 28, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s, lang string) {
		es := Find(s, lang, ref)
		prev := 0
		for _, e := range es {
			if !e.Span.Valid(len(s)) || e.Span.Start < prev || e.Span.Len() == 0 || s[e.Span.Start:e.Span.End] != e.Text {
				t.Fatalf("bad span %v after %d for %q in %q", e.Span, prev, e.Text, s)
			}
			prev = e.Span.End
			if !kinds[e.Kind] || granRank[e.Granularity] == 0 {
				t.Fatalf("%q: kind %q granularity %q", e.Text, e.Kind, e.Granularity)
			}
			for _, tense := range []Tense{Unknown, Past, Present, Future, Conditional} {
				r := Resolve(e, tense, ref)
				if y := r.Value.Year(); !r.Value.IsZero() && (y < 1 || y > 9999) {
					t.Fatalf("%q resolves to %v", e.Text, r.Value)
				}
			}
			if e.Kind == KindAbsolute && !e.NoYear && e.Granularity == GranDay && e.Note == "" {
				alone := Find(e.Text, lang, ref)
				if len(alone) != 1 || !alone[0].Value.Equal(e.Value) {
					t.Fatalf("%q gives %v in %q and %s alone", e.Text, e.Value, s, describe(alone))
				}
			}
		}
	})
}
