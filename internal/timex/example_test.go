package timex_test

import (
	"fmt"
	"time"

	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/timex"
)

func ExampleFind() {
	ref := time.Date(2020, 9, 28, 0, 0, 0, 0, time.UTC) // a Monday
	text := "Le ministre devrait arriver vendredi à Rabat, une semaine après que son homologue a reçu l'ambassadeur. Le rapport a été publié en juin."
	for _, e := range timex.Find(text, "fr", ref) {
		fmt.Printf("%d-%d %q %s %s\n", e.Span.Start, e.Span.End, e.Text, e.Kind, e.Granularity)
	}
	// Output:
	// 28-36 "vendredi" weekday day
	// 47-65 "une semaine après" anchor week
	// 134-141 "en juin" absolute month
}

func ExampleResolve() {
	ref := time.Date(2020, 9, 28, 0, 0, 0, 0, time.UTC) // a Monday
	e := timex.Find("mardi", "fr", ref)[0]
	for _, tense := range []timex.Tense{timex.Past, timex.Future} {
		fmt.Println(tense, timex.Resolve(e, tense, ref).Value.Format(time.DateOnly))
	}
	// Output:
	// past 2020-09-22
	// future 2020-09-29
}

func ExampleDateOf() {
	ref := time.Date(2020, 9, 28, 0, 0, 0, 0, time.UTC)
	text := "Hier, le président a reçu l'ambassadeur, qui arrivera jeudi à Alger."
	exprs := timex.Find(text, "fr", ref)
	sentence := doc.Span{Start: 0, End: len(text)}
	clause := doc.Span{Start: 43, End: len(text)} // "qui arrivera jeudi à Alger."
	e, _ := timex.DateOf(clause, sentence, exprs, timex.Future, ref)
	fmt.Println(e.Text, e.Value.Format(time.DateOnly))
	// Output:
	// jeudi 2020-10-01
}
