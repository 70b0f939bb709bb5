package timex

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/testshared"
)

// seedGold is the part of gold/seed.gold.json that dates things.
type seedGold struct {
	Document struct {
		File      string `json:"file"`
		Published string `json:"published"`
		Crawled   string `json:"crawled"`
	} `json:"document"`
	TimeExpressions []struct {
		Text          string `json:"text"`
		ResolvesTo    string `json:"resolves_to"`
		Anchor        string `json:"anchor"`
		ToleranceDays int    `json:"tolerance_days"`
	} `json:"time_expressions"`
	Events []struct {
		ID            string `json:"id"`
		Sentence      string `json:"sentence"`
		Date          string `json:"date"`
		ToleranceDays int    `json:"date_tolerance_days"`
	} `json:"events"`
}

func readSeed(t *testing.T) (seedGold, string) {
	t.Helper()
	var g seedGold
	b, err := os.ReadFile(testshared.Path(t, "gold/seed.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile(testshared.Path(t, g.Document.File))
	if err != nil {
		t.Fatal(err)
	}
	return g, string(text)
}

func parseDay(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// sameDate reports whether got matches a gold date: a day within tol days,
// or any day of a gold month ("2020-06").
func sameDate(got time.Time, gold string, tol int) bool {
	if len(gold) == len("2020-06") {
		return got.Format("2006-01") == gold
	}
	want, err := time.Parse(time.DateOnly, gold)
	if err != nil {
		return false
	}
	d := dayOf(got).Sub(want)
	return absDur(d) <= time.Duration(tol)*24*time.Hour
}

// TestSeedExpressions checks that Find gives every time expression of the
// seed article and nothing else, each resolved as the gold says.
func TestSeedExpressions(t *testing.T) {
	g, text := readSeed(t)
	published, crawled := parseDay(t, g.Document.Published), parseDay(t, g.Document.Crawled)
	got := Find(text, "fr", published)
	byText := map[string]Expr{}
	for _, e := range got {
		byText[e.Text] = e
		t.Logf("%v %q %s %s %s", e.Span, e.Text, e.Kind, formatValue(e), e.Granularity)
	}
	for _, ge := range g.TimeExpressions {
		e, ok := byText[ge.Text]
		if !ok {
			t.Errorf("%q not found", ge.Text)
			continue
		}
		switch {
		case ge.Anchor == "crawled":
			// The by-line date, read against the crawl date.
			for _, c := range Find(text, "fr", crawled) {
				if c.Text == ge.Text {
					e = c
				}
			}
		case e.Kind == KindAnchor:
			// Counted back from the publication date by DateOf: see
			// TestSeedEvents.
			if e.Value.IsZero() && e.Note == NoteClause && e.Offset == 1 && e.Unit == GranWeek {
				continue
			}
		}
		if !sameDate(e.Value, ge.ResolvesTo, ge.ToleranceDays) {
			t.Errorf("%q resolves to %s, want %s", ge.Text, formatValue(e), ge.ResolvesTo)
		}
	}
	// Nothing else is a time expression in the article, besides "cette
	// année" (the year of the cancelled exercise), which the gold leaves out.
	for _, e := range got {
		found := e.Text == "cette année"
		for _, ge := range g.TimeExpressions {
			found = found || ge.Text == e.Text
		}
		if !found {
			t.Errorf("spurious %q", e.Text)
		}
	}
}

// seedEvents says, for each dated gold event, the tense of its verb and
// where its date is written. The tenses are read from the verbs: "devrait
// se rendre" and "ouvrirait" are conditional, "se rendra" future, "a
// reçu", "ont discuté" and "a déclaré" past.
var seedEvents = []struct {
	id    string
	tense Tense
	// from is the event whose sentence states the date, when it is not
	// the event's own: the discourse, not the clause, dates it.
	from string
	// afterAnchor makes the clause start after the "que" that follows an
	// anchor of the sentence: the clause that the anchor introduces.
	afterAnchor bool
}{
	{id: "e1", tense: Conditional},
	{id: "e2", tense: Conditional, from: "e4"}, // the Tunisia leg, dated where the article restates it
	{id: "e3", tense: Future},
	{id: "e4", tense: Conditional},
	{id: "e5", tense: Future},
	{id: "e6", tense: Past, afterAnchor: true},
	{id: "e7", tense: Past, from: "e6", afterAnchor: true}, // "Ils" are the two men of e6's clause
	{id: "e9", tense: Past},
}

// TestSeedEvents checks that every dated gold event gets its date from
// Find and DateOf, with the tense of its verb.
func TestSeedEvents(t *testing.T) {
	g, text := readSeed(t)
	ref := parseDay(t, g.Document.Published)
	exprs := Find(text, "fr", ref)
	sentences := map[string]string{}
	for _, ev := range g.Events {
		sentences[ev.ID] = ev.Sentence
	}
	checked := 0
	for _, ev := range g.Events {
		if ev.Date == "" {
			continue
		}
		k := -1
		for i, s := range seedEvents {
			if s.id == ev.ID {
				k = i
			}
		}
		if k < 0 {
			t.Errorf("%s: dated gold event with no case here", ev.ID)
			continue
		}
		c := seedEvents[k]
		t.Run(ev.ID, func(t *testing.T) {
			src := ev.Sentence
			if c.from != "" {
				src = sentences[c.from]
			}
			start := strings.Index(text, src)
			if start < 0 {
				t.Fatalf("sentence not in the text: %q", src)
			}
			sentence := doc.Span{Start: start, End: start + len(src)}
			clause := sentence
			if c.afterAnchor {
				for _, e := range exprs {
					if e.Kind == KindAnchor && spanIn(e.Span, sentence) {
						q := strings.Index(text[e.Span.End:sentence.End], "que")
						if q < 0 {
							t.Fatal("no clause after the anchor")
						}
						clause.Start = e.Span.End + q + len("que")
					}
				}
			}
			e, ok := DateOf(clause, sentence, exprs, c.tense, ref)
			if !ok {
				t.Fatalf("no date; want %s", ev.Date)
			}
			if !sameDate(e.Value, ev.Date, ev.ToleranceDays) {
				t.Errorf("date %s from %q, want %s (±%d days)", formatValue(e), e.Text, ev.Date, ev.ToleranceDays)
			}
			t.Logf("%s from %q (%s, %s)", formatValue(e), e.Text, e.Kind, c.tense)
		})
		checked++
	}
	if checked < 8 {
		t.Errorf("checked %d dated events, want 8", checked)
	}
}
