package pubdate_test

import (
	"fmt"
	"time"

	"github.com/vigie-events/vigie/internal/pubdate"
)

func ExampleFind() {
	now := time.Date(2020, 10, 19, 9, 0, 0, 0, time.UTC)
	line := "POLITIQUE - il y a 3 semaines"
	r, span, ok := pubdate.Find(line, now, "fr")
	fmt.Println(ok, r.Time.Format("2006-01-02"), r.Granularity, line[span.Start:span.End])
	// Output: true 2020-09-28 week il y a 3 semaines
}

func ExampleFromText() {
	now := time.Date(2020, 10, 19, 9, 0, 0, 0, time.UTC)
	for _, s := range []string{"lundi 28 septembre 2020 à 14h32", "Sept. 28, 2020", "31 février 2020"} {
		r, ok := pubdate.FromText(s, now)
		fmt.Println(ok, r.Time.Format("2006-01-02 15:04"), r.Granularity)
	}
	// Output:
	// true 2020-09-28 14:32 minute
	// true 2020-09-28 00:00 day
	// false 0001-01-01 00:00
}
