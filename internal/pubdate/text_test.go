package pubdate

import (
	"strings"
	"testing"
	"time"

	"github.com/vigie-events/vigie/internal/doc"
)

// paris is a fixed +02:00 zone, so that tests need no time-zone database.
var paris = time.FixedZone("CEST", 2*3600)

// testNow is Monday 19 October 2020, 15:04:05 in Paris.
var testNow = time.Date(2020, 10, 19, 15, 4, 5, 0, paris)

const layout = "2006-01-02 15:04:05 -0700"

type textCase struct {
	name string
	in   string
	lang string
	want string // layout, in the zone of the result
	gran string
	expr string // "" means the whole input
}

func runTextCases(t *testing.T, cases []textCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r, ok := FromTextLang(tc.in, testNow, tc.lang)
			if !ok {
				t.Fatalf("FromTextLang(%q, %q) found nothing, want %s", tc.in, tc.lang, tc.want)
			}
			if got := r.Time.Format(layout); got != tc.want {
				t.Errorf("FromTextLang(%q) time = %s, want %s", tc.in, got, tc.want)
			}
			if r.Granularity != tc.gran {
				t.Errorf("FromTextLang(%q) granularity = %q, want %q", tc.in, r.Granularity, tc.gran)
			}
			expr := tc.expr
			if expr == "" {
				expr = tc.in
			}
			if r.Expr != expr {
				t.Errorf("FromTextLang(%q) expr = %q, want %q", tc.in, r.Expr, expr)
			}
			if r.Source != doc.PubText {
				t.Errorf("FromTextLang(%q) source = %q, want %q", tc.in, r.Source, doc.PubText)
			}
		})
	}
}

func TestFromTextFrenchAbsolute(t *testing.T) {
	runTextCases(t, []textCase{
		{"day month year", "28 septembre 2020", "fr", "2020-09-28 00:00:00 +0200", GranDay, ""},
		{"le 1er", "le 1er octobre 2020", "fr", "2020-10-01 00:00:00 +0200", GranDay, "1er octobre 2020"},
		{"superscript 1er", "le 1ᵉʳ octobre 2020", "fr", "2020-10-01 00:00:00 +0200", GranDay, "1ᵉʳ octobre 2020"},
		{"weekday", "lundi 28 septembre 2020", "fr", "2020-09-28 00:00:00 +0200", GranDay, ""},
		{"weekday comma", "Lundi, 28 septembre 2020", "fr", "2020-09-28 00:00:00 +0200", GranDay, ""},
		{"capitals", "MARDI 29 SEPTEMBRE 2020", "fr", "2020-09-29 00:00:00 +0200", GranDay, ""},
		{"capital month", "29 Septembre 2020", "fr", "2020-09-29 00:00:00 +0200", GranDay, ""},
		{"no accent", "14 fevrier 2020", "fr", "2020-02-14 00:00:00 +0200", GranDay, ""},
		{"accent", "14 août 2020", "fr", "2020-08-14 00:00:00 +0200", GranDay, ""},
		{"decomposed accent", "3 de\u0301cembre 2019", "fr", "2019-12-03 00:00:00 +0200", GranDay, ""},
		{"abbrev sept.", "28 sept. 2020", "fr", "2020-09-28 00:00:00 +0200", GranDay, ""},
		{"abbrev févr.", "3 févr. 2020", "fr", "2020-02-03 00:00:00 +0200", GranDay, ""},
		{"abbrev janv.", "15 janv. 2020", "fr", "2020-01-15 00:00:00 +0200", GranDay, ""},
		{"slashes", "28/09/2020", "fr", "2020-09-28 00:00:00 +0200", GranDay, ""},
		{"dots", "28.09.2020", "fr", "2020-09-28 00:00:00 +0200", GranDay, ""},
		{"dashes", "28-09-2020", "fr", "2020-09-28 00:00:00 +0200", GranDay, ""},
		{"iso", "2020-09-28", "fr", "2020-09-28 00:00:00 +0200", GranDay, ""},
		{"two-digit year", "28/09/20", "fr", "2020-09-28 00:00:00 +0200", GranDay, ""},
		{"à 14h32", "28 septembre 2020 à 14h32", "fr", "2020-09-28 14:32:00 +0200", GranMinute, ""},
		{"14 h 32", "lundi 28 septembre 2020 à 14 h 32", "fr", "2020-09-28 14:32:00 +0200", GranMinute, ""},
		{"14H32", "28/09/2020 à 14H32", "fr", "2020-09-28 14:32:00 +0200", GranMinute, ""},
		{"colon", "28/09/2020 14:32", "fr", "2020-09-28 14:32:00 +0200", GranMinute, ""},
		{"dash time", "28.09.2020 - 14:32", "fr", "2020-09-28 14:32:00 +0200", GranMinute, ""},
		{"hour only", "28 septembre 2020 à 14h", "fr", "2020-09-28 14:00:00 +0200", GranHour, ""},
		{"publié le", "Publié le 14 mars 2020 à 10h12", "fr", "2020-03-14 10:12:00 +0200", GranMinute, "14 mars 2020 à 10h12"},
		{"time first", "10h12, le 29/09/2020", "fr", "2020-09-29 10:12:00 +0200", GranMinute, ""},
		{"time first dash", "06:00 - 28 septembre 2020", "fr", "2020-09-28 06:00:00 +0200", GranMinute, ""},
		{"no year, this year", "le 28 septembre à 9h05", "fr", "2020-09-28 09:05:00 +0200", GranMinute, "28 septembre à 9h05"},
		{"no year, last year", "25 décembre", "fr", "2019-12-25 00:00:00 +0200", GranDay, ""},
		{"month year", "septembre 2020", "fr", "2020-09-01 00:00:00 +0200", GranMonth, ""},
		{"leap day", "29 février 2020", "fr", "2020-02-29 00:00:00 +0200", GranDay, ""},
		{"next year allowed", "1er mars 2021", "fr", "2021-03-01 00:00:00 +0200", GranDay, ""},
	})
}

func TestFromTextEnglishAbsolute(t *testing.T) {
	runTextCases(t, []textCase{
		{"month day year", "September 28, 2020", "en", "2020-09-28 00:00:00 +0200", GranDay, ""},
		{"abbrev", "Sept. 28, 2020", "en", "2020-09-28 00:00:00 +0200", GranDay, ""},
		{"ordinal", "September 28th, 2020", "en", "2020-09-28 00:00:00 +0200", GranDay, ""},
		{"day month year", "28 September 2020", "en", "2020-09-28 00:00:00 +0200", GranDay, ""},
		{"of", "the 28th of September 2020", "en", "2020-09-28 00:00:00 +0200", GranDay, "28th of September 2020"},
		{"weekday pm", "Monday, Sep 28 2020 2:32 PM", "en", "2020-09-28 14:32:00 +0200", GranMinute, ""},
		{"at p.m.", "Sep. 28, 2020 at 2:32 p.m.", "en", "2020-09-28 14:32:00 +0200", GranMinute, ""},
		{"12 am", "Sep 28, 2020 12:05 AM", "en", "2020-09-28 00:05:00 +0200", GranMinute, ""},
		{"hour pm", "Sep 28, 2020, 2 PM", "en", "2020-09-28 14:00:00 +0200", GranHour, ""},
		{"iso utc", "2020-09-28T14:32:00Z", "en", "2020-09-28 14:32:00 +0000", GranSecond, ""},
		{"iso offset", "2020-09-28T14:32:00.123+02:00", "en", "2020-09-28 14:32:00 +0200", GranSecond, ""},
		{"iso minute offset", "2020-09-28T14:32-0400", "en", "2020-09-28 14:32:00 -0400", GranMinute, ""},
		{"iso space", "2020-09-28 14:32:07", "en", "2020-09-28 14:32:07 +0200", GranSecond, ""},
		{"rfc1123", "Mon, 28 Sep 2020 14:32:00 GMT", "en", "2020-09-28 14:32:00 +0000", GranSecond, ""},
		{"rfc1123z", "Mon, 28 Sep 2020 14:32:00 -0400", "en", "2020-09-28 14:32:00 -0400", GranSecond, ""},
		{"rfc822", "28 Sep 20 14:32 EDT", "en", "2020-09-28 14:32:00 -0400", GranMinute, ""},
		{"rfc850", "Monday, 28-Sep-20 14:32:00 UTC", "en", "2020-09-28 14:32:00 +0000", GranSecond, ""},
		{"ansic", "Mon Sep 28 14:32:00 2020", "en", "2020-09-28 14:32:00 +0200", GranSecond, ""},
		{"unix date", "Mon Sep 28 14:32:00 UTC 2020", "en", "2020-09-28 14:32:00 +0000", GranSecond, ""},
		{"gmt offset", "28 Sep 2020 14:32 (UTC+1)", "en", "2020-09-28 14:32:00 +0100", GranMinute, ""},
		{"cest", "28 septembre 2020 14:32 CEST", "fr", "2020-09-28 14:32:00 +0200", GranMinute, ""},
		{"month year", "September 2020", "en", "2020-09-01 00:00:00 +0200", GranMonth, ""},
		{"Sept no year", "Updated Sept. 28", "en", "2020-09-28 00:00:00 +0200", GranDay, "Sept. 28"},
		{"May", "May 5, 2020", "en", "2020-05-05 00:00:00 +0200", GranDay, ""},
	})
}

func TestFromTextNumericOrder(t *testing.T) {
	runTextCases(t, []textCase{
		{"fr day first", "10/02/2020", "fr", "2020-02-10 00:00:00 +0200", GranDay, ""},
		{"default day first", "10/02/2020", "", "2020-02-10 00:00:00 +0200", GranDay, ""},
		{"en-GB day first", "10/02/2020", "en-GB", "2020-02-10 00:00:00 +0200", GranDay, ""},
		{"en month first", "10/02/2020", "en", "2020-10-02 00:00:00 +0200", GranDay, ""},
		{"en-US month first", "10/02/2020", "en-US", "2020-10-02 00:00:00 +0200", GranDay, ""},
		{"en flips when only day first is valid", "28/09/2020", "en", "2020-09-28 00:00:00 +0200", GranDay, ""},
		{"fr flips when only month first is valid", "09/28/2020", "fr", "2020-09-28 00:00:00 +0200", GranDay, ""},
		{"year first is never flipped", "2020/09/28", "en", "2020-09-28 00:00:00 +0200", GranDay, ""},
	})
}

func TestFromTextFrenchRelative(t *testing.T) {
	runTextCases(t, []textCase{
		{"weeks", "il y a 3 semaines", "fr", "2020-09-28 00:00:00 +0200", GranWeek, ""},
		{"weeks capitals", "IL Y A 3 SEMAINES", "fr", "2020-09-28 00:00:00 +0200", GranWeek, ""},
		{"days", "il y a 2 jours", "fr", "2020-10-17 00:00:00 +0200", GranDay, ""},
		{"hours", "il y a 5 heures", "fr", "2020-10-19 10:04:05 +0200", GranHour, ""},
		{"hours abbrev", "Il y a 5 h", "fr", "2020-10-19 10:04:05 +0200", GranHour, ""},
		{"minutes", "il y a 30 minutes", "fr", "2020-10-19 14:34:05 +0200", GranMinute, ""},
		{"min", "il y a 30 min", "fr", "2020-10-19 14:34:05 +0200", GranMinute, ""},
		{"seconds", "il y a 10 secondes", "fr", "2020-10-19 15:03:55 +0200", GranSecond, ""},
		{"quelques minutes", "il y a quelques minutes", "fr", "2020-10-19 15:04:05 +0200", GranMinute, ""},
		{"une heure", "il y a une heure", "fr", "2020-10-19 14:04:05 +0200", GranHour, ""},
		{"un mois", "il y a un mois", "fr", "2020-09-19 00:00:00 +0200", GranMonth, ""},
		{"un an", "il y a un an", "fr", "2019-10-19 00:00:00 +0200", GranYear, ""},
		{"deux ans", "il y a deux ans", "fr", "2018-10-19 00:00:00 +0200", GranYear, ""},
		{"sept jours", "il y a sept jours", "fr", "2020-10-12 00:00:00 +0200", GranDay, ""},
		{"environ", "il y a environ 2 heures", "fr", "2020-10-19 13:04:05 +0200", GranHour, ""},
		{"aujourd'hui", "aujourd'hui", "fr", "2020-10-19 00:00:00 +0200", GranDay, ""},
		{"aujourd’hui", "Aujourd’hui", "fr", "2020-10-19 00:00:00 +0200", GranDay, ""},
		{"aujourd'hui time", "Aujourd'hui à 10h12", "fr", "2020-10-19 10:12:00 +0200", GranMinute, ""},
		{"hier", "hier", "fr", "2020-10-18 00:00:00 +0200", GranDay, ""},
		{"hier time", "Hier à 18h30", "fr", "2020-10-18 18:30:00 +0200", GranMinute, ""},
		{"avant-hier", "avant-hier", "fr", "2020-10-17 00:00:00 +0200", GranDay, ""},
		{"avant hier", "avant hier", "fr", "2020-10-17 00:00:00 +0200", GranDay, ""},
		{"avant-hier soir à 22h", "avant-hier soir à 22h", "fr", "2020-10-17 22:00:00 +0200", GranHour, ""},
		{"hier après-midi", "hier après-midi", "fr", "2020-10-18 00:00:00 +0200", GranDay, ""},
		{"ce matin", "ce matin", "fr", "2020-10-19 00:00:00 +0200", GranDay, ""},
		{"cet après-midi", "cet après-midi", "fr", "2020-10-19 00:00:00 +0200", GranDay, ""},
		{"hier soir", "hier soir", "fr", "2020-10-18 00:00:00 +0200", GranDay, ""},
		{"lundi dernier", "lundi dernier", "fr", "2020-10-12 00:00:00 +0200", GranDay, ""},
		{"vendredi dernier", "Vendredi dernier", "fr", "2020-10-16 00:00:00 +0200", GranDay, ""},
		{"semaine dernière", "la semaine dernière", "fr", "2020-10-12 00:00:00 +0200", GranWeek, ""},
		{"mois dernier", "le mois dernier", "fr", "2020-09-19 00:00:00 +0200", GranMonth, ""},
		{"l'an dernier", "l'an dernier", "fr", "2019-10-19 00:00:00 +0200", GranYear, ""},
		{"l'année dernière", "l’année dernière", "fr", "2019-10-19 00:00:00 +0200", GranYear, ""},
		{"à l'instant", "à l'instant", "fr", "2020-10-19 15:04:05 +0200", GranMinute, ""},
	})
}

func TestFromTextEnglishRelative(t *testing.T) {
	runTextCases(t, []textCase{
		{"weeks", "3 weeks ago", "en", "2020-09-28 00:00:00 +0200", GranWeek, ""},
		{"days", "2 days ago", "en", "2020-10-17 00:00:00 +0200", GranDay, ""},
		{"an hour", "an hour ago", "en", "2020-10-19 14:04:05 +0200", GranHour, ""},
		{"about", "about an hour ago", "en", "2020-10-19 14:04:05 +0200", GranHour, ""},
		{"compact", "2h ago", "en", "2020-10-19 13:04:05 +0200", GranHour, ""},
		{"mins", "Updated 5 mins ago", "en", "2020-10-19 14:59:05 +0200", GranMinute, "5 mins ago"},
		{"a few", "a few seconds ago", "en", "2020-10-19 15:04:05 +0200", GranMinute, ""},
		{"a month", "a month ago", "en", "2020-09-19 00:00:00 +0200", GranMonth, ""},
		{"years", "two years ago", "en", "2018-10-19 00:00:00 +0200", GranYear, ""},
		{"yesterday", "yesterday", "en", "2020-10-18 00:00:00 +0200", GranDay, ""},
		{"yesterday at", "Yesterday at 9:15 AM", "en", "2020-10-18 09:15:00 +0200", GranMinute, ""},
		{"today", "Today", "en", "2020-10-19 00:00:00 +0200", GranDay, ""},
		{"day before", "the day before yesterday", "en", "2020-10-17 00:00:00 +0200", GranDay, ""},
		{"last monday", "last Monday", "en", "2020-10-12 00:00:00 +0200", GranDay, ""},
		{"last friday", "Last Friday", "en", "2020-10-16 00:00:00 +0200", GranDay, ""},
		{"last night", "last night", "en", "2020-10-18 00:00:00 +0200", GranDay, ""},
		{"last week", "last week", "en", "2020-10-12 00:00:00 +0200", GranWeek, ""},
		{"this morning", "this morning", "en", "2020-10-19 00:00:00 +0200", GranDay, ""},
		{"just now", "just now", "en", "2020-10-19 15:04:05 +0200", GranMinute, ""},
	})
}

// TestThreeWeeksAgo is the example of the brief: three weeks before Monday
// 19 October 2020 is Monday 28 September.
func TestThreeWeeksAgo(t *testing.T) {
	now := time.Date(2020, 10, 19, 9, 0, 0, 0, time.UTC)
	r, ok := FromText("il y a 3 semaines", now)
	if !ok {
		t.Fatal("FromText found nothing")
	}
	if y, m, d := r.Time.Date(); y != 2020 || m != time.September || d != 28 {
		t.Errorf("got %v, want 2020-09-28", r.Time)
	}
	if r.Granularity != GranWeek {
		t.Errorf("granularity %q, want %q", r.Granularity, GranWeek)
	}
}

func TestFromTextRejects(t *testing.T) {
	cases := []struct {
		name, in string
	}{
		{"31 février", "31 février 2020"},
		{"30/02", "30/02/2020"},
		{"29 feb non-leap", "29 février 2019"},
		{"month 13 iso", "2020-13-01"},
		{"month 13 both orders", "13/13/2020"},
		{"day 32", "32 mars 2020"},
		{"day 0", "0 mars 2020"},
		{"before 1900", "1 janvier 1899"},
		{"iso before 1900", "1850-01-01"},
		{"more than a year ahead", "1 janvier 2023"},
		{"iso more than a year ahead", "2021-11-01"},
		{"il y a 200 ans", "il y a 200 ans"},
		{"huge quantity", "il y a 99999999 minutes"},
		{"empty", ""},
		{"no date", "bonjour à tous"},
		{"number alone", "2020"},
		{"not a duration", "il y a 3 candidats"},
		{"no ago", "3 weeks"},
		{"time alone", "14:32"},
		{"version", "version 1.2.3"},
		{"ip", "192.168.10.20"},
		{"chain", "1.28.09.2020"},
		{"may verb", "we may 5 times"},
		{"est is a word", "il est 10h"},
		{"weekday alone", "lundi"},
		{"digits", strings.Repeat("7", 10000)},
		{"slashes", strings.Repeat("1/", 5000)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if r, ok := FromText(tc.in, testNow); ok {
				t.Errorf("FromText(%.40q) = %v %q, want nothing", tc.in, r.Time, r.Expr)
			}
		})
	}
}

func TestFind(t *testing.T) {
	cases := []struct {
		name, in, lang string
		expr           string
		want           string
	}{
		{"rubric", "POLITIQUE - il y a 3 semaines", "fr", "il y a 3 semaines", "2020-09-28 00:00:00 +0200"},
		{"rubric glued", "POLITIQUE-Il y a 3 semaines", "fr", "Il y a 3 semaines", "2020-09-28 00:00:00 +0200"},
		{"elided", "Mis à jour aujourd’hui à 10h12", "fr", "aujourd’hui à 10h12", "2020-10-19 10:12:00 +0200"},
		{"published then updated", "Publié le 14/03/2020 à 10h12 | Mis à jour le 15/03/2020", "fr", "14/03/2020 à 10h12", "2020-03-14 10:12:00 +0200"},
		{"by-line", "Par Jeanne Martin, le 1er octobre 2020 à 8h00", "fr", "1er octobre 2020 à 8h00", "2020-10-01 08:00:00 +0200"},
		{"english", "By John Smith | Updated 5 mins ago", "en", "5 mins ago", "2020-10-19 14:59:05 +0200"},
		{"sentence end", "Signed on 28/09/2020.", "en", "28/09/2020", "2020-09-28 00:00:00 +0200"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r, span, ok := Find(tc.in, testNow, tc.lang)
			if !ok {
				t.Fatalf("Find(%q) found nothing", tc.in)
			}
			start := strings.Index(tc.in, tc.expr)
			if want := (doc.Span{Start: start, End: start + len(tc.expr)}); span != want {
				t.Errorf("Find(%q) span = %v, want %v", tc.in, span, want)
			}
			if got := tc.in[span.Start:span.End]; got != r.Expr {
				t.Errorf("span text %q differs from Expr %q", got, r.Expr)
			}
			if got := r.Time.Format(layout); got != tc.want {
				t.Errorf("Find(%q) time = %s, want %s", tc.in, got, tc.want)
			}
		})
	}
}

// TestLinear checks that long inputs take time in proportion to their
// length: 64 times the input may not take 512 times as long (quadratic work
// would take 4,096 times as long). Timing is noisy on a shared machine, so a
// unit fails only when three tries in a row are too slow. It checks the
// shape of the cost, not a speed: speed is measured by the benchmarks.
func TestLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	units := []string{"1", "1/", "il y a ", "28 septembre ", "lundi ", "1er ", "12:", "a.m.", "é'", "\xff"}
	for _, u := range units {
		t.Run(u, func(t *testing.T) {
			small := strings.Repeat(u, 500)
			big := strings.Repeat(u, 32000)
			var ts, tb time.Duration
			for try := 0; try < 3; try++ {
				ts = timeIt(func() { FromText(small, testNow) })
				tb = timeIt(func() { FromText(big, testNow) })
				if tb < 512*ts+2*time.Millisecond {
					return
				}
			}
			t.Errorf("%q: 500 copies took %v, 32000 took %v", u, ts, tb)
		})
	}
}

func timeIt(f func()) time.Duration {
	best := time.Duration(1 << 62)
	for i := 0; i < 5; i++ {
		start := time.Now()
		f()
		if d := time.Since(start); d < best {
			best = d
		}
	}
	return best
}
