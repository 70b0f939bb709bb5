package pubdate

import (
	"testing"

	"github.com/vigie-events/vigie/internal/doc"
)

func TestFromURL(t *testing.T) {
	cases := []struct {
		name, in   string
		want, gran string // want is 2006-01-02, "" for no date
		expr       string
	}{
		{"slashes", "https://www.exemple.fr/politique/2023/03/14/titre_123.html", "2023-03-14", GranDay, "2023/03/14"},
		{"slashes at end", "https://exemple.fr/2023/03/14", "2023-03-14", GranDay, "2023/03/14"},
		{"one-digit month", "https://exemple.com/2023/3/4/story", "2023-03-04", GranDay, "2023/3/4"},
		{"dashes in slug", "https://exemple.com/news/2023-03-14-le-titre", "2023-03-14", GranDay, "2023-03-14"},
		{"underscores", "https://exemple.com/news/2023_03_14/titre", "2023-03-14", GranDay, "2023_03_14"},
		{"compact", "https://exemple.com/article/20230314/titre", "2023-03-14", GranDay, "20230314"},
		{"compact in name", "https://exemple.com/a/titre-20230314.html", "2023-03-14", GranDay, "20230314"},
		{"month only", "https://exemple.com/2023/03/titre.html", "2023-03-01", GranMonth, "2023/03"},
		{"no scheme", "/1985/11/02/world/story.html", "1985-11-02", GranDay, "1985/11/02"},
		{"query ignored", "https://exemple.com/a?d=2023-03-14", "", "", ""},
		{"id is not a date", "https://exemple.com/article/12345678", "", "", ""},
		{"compact too old", "https://exemple.com/article/19751231", "", "", ""},
		{"month 13", "https://exemple.com/2023/13/01/x", "", "", ""},
		{"day 31 in april", "https://exemple.com/2023/04/31/x", "", "", ""},
		{"year only", "https://exemple.com/2023/titre", "", "", ""},
		{"year inside a segment", "https://exemple.com/x2023/03/14/", "", "", ""},
		{"broken url", "http://[::1/2023/03/14/x", "2023-03-14", GranDay, "2023/03/14"},
		{"empty", "", "", "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r, ok := FromURL(tc.in)
			if tc.want == "" {
				if ok {
					t.Fatalf("FromURL(%q) = %v, want nothing", tc.in, r.Time)
				}
				return
			}
			if !ok {
				t.Fatalf("FromURL(%q) found nothing, want %s", tc.in, tc.want)
			}
			if got := r.Time.Format("2006-01-02"); got != tc.want || r.Granularity != tc.gran || r.Expr != tc.expr || r.Source != doc.PubURL {
				t.Errorf("FromURL(%q) = %s %s %q %s, want %s %s %q %s", tc.in, got, r.Granularity, r.Expr, r.Source, tc.want, tc.gran, tc.expr, doc.PubURL)
			}
		})
	}
}
