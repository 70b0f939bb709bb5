package store

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vigie-events/vigie/internal/doc"
)

// article is a stored test document: its text holds one sentence per
// event, so that evidence spans can be checked.
type article struct {
	id, url string
	when    time.Time
	text    string
}

func putArticle(t testing.TB, s *SQLite, a article) {
	t.Helper()
	if _, err := s.Put(context.Background(), &doc.Document{ID: a.id, URL: a.url, Title: a.id, Text: a.text,
		Published: a.when, Lang: "fr", Paragraphs: []doc.Span{{Start: 0, End: min(len(a.text), 40)}}}); err != nil {
		t.Fatal(err)
	}
}

// ev returns an event coded from the words of sentence in text.
func ev(text, sentence, src, tgt, cameo string, day time.Time) doc.Event {
	start := strings.Index(text, sentence)
	if start < 0 {
		panic("sentence not in text: " + sentence)
	}
	span := func(w string) [2]int {
		i := strings.Index(sentence, w)
		if i < 0 {
			return [2]int{}
		}
		return [2]int{start + i, start + i + len(w)}
	}
	words := strings.Fields(sentence)
	return doc.Event{
		Lang: "fr", Date: day, DateGranularity: "day",
		Source: doc.Actor{Text: words[0], Code: src, Name: src},
		Target: doc.Actor{Text: words[len(words)-1], Code: tgt, Name: tgt},
		CAMEO:  cameo, CAMEORoot: cameo[:2], Quad: 1, Goldstein: 3.4,
		Plover:   doc.Plover{Event: "CONSULT", Mode: "visit"},
		Modality: doc.Asserted,
		Place:    &doc.Place{Name: "Rabat", GeonameID: 2538475, Country: "MAR", Lat: 34.01, Lon: -6.83, Kind: "action"},
		Sentence: doc.SentenceRef{Text: sentence, Start: start, End: start + len(sentence)},
		Evidence: doc.Evidence{Source: span(words[0]), Target: span(words[len(words)-1]), Trigger: span(words[1])},
		Mentions: 1, Confidence: 0.8, Rule: "fr:visiter",
	}
}

var day1 = time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC)

func TestPutEventsAggregation(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	const wire = "Macron visite le Maroc. Le roi reçoit Macron. Macron rencontre Mohammed."
	arts := []article{
		{"a1", "https://www.lemonde.fr/a1", day1.Add(8 * time.Hour), wire},
		{"a2", "https://lefigaro.fr/a2", day1.Add(9 * time.Hour), wire}, // a syndicated copy of a1
		{"a3", "https://www.bbc.co.uk/a3", day1.Add(10 * time.Hour), "Macron visits Morocco."},
		{"a4", "https://www.lemonde.fr/a4", day1.Add(11 * time.Hour), "Macron visite le Maroc encore."},
	}
	for _, a := range arts {
		putArticle(t, s, a)
	}
	visit := func(a article, sentence string) doc.Event { return ev(a.text, sentence, "FRAGOV", "MAR", "042", day1) }
	puts := []Annotations{
		{DocID: "a1", Events: []doc.Event{visit(arts[0], "Macron visite le Maroc."), visit(arts[0], "Macron rencontre Mohammed."),
			ev(wire, "Le roi reçoit Macron.", "MARGOV", "FRAGOV", "043", day1)},
			Entities: []Entity{{Type: "PER", Text: "Macron", Code: "FRAGOV", Mentions: []doc.Span{{Start: 0, End: 6}}}}},
		{DocID: "a2", Events: []doc.Event{visit(arts[1], "Macron visite le Maroc.")}},
		{DocID: "a3", Events: []doc.Event{visit(arts[2], "Macron visits Morocco.")}},
		{DocID: "a4", Events: []doc.Event{visit(arts[3], "Macron visite le Maroc encore.")}},
	}
	if err := s.SetLinks(ctx, []Link{{Doc: "a2", Original: "a1", Similarity: 1}}); err != nil {
		t.Fatal(err)
	}
	res, err := s.PutEventsBatch(ctx, puts)
	if err != nil {
		t.Fatal(err)
	}
	if res.Mentions != 6 || res.Added != 6 || res.Events != 2 {
		t.Errorf("result %+v, want 6 mentions, 6 added, 2 events", res)
	}

	id := EventKey(&puts[0].Events[0])
	e, ms, err := s.GetEvent(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	// lemonde.fr (a1, a4, and a2 as a copy of a1), bbc.co.uk.
	if e.NumMentions != 5 || e.NumArticles != 4 || e.NumSources != 2 {
		t.Errorf("mentions/articles/sources = %d/%d/%d, want 5/4/2", e.NumMentions, e.NumArticles, e.NumSources)
	}
	if e.FirstDoc != "a1" || e.SourceURL != "https://www.lemonde.fr/a1" || !e.IsRoot || e.Date != "2024-03-04" {
		t.Errorf("event %+v", e)
	}
	if e.Source.Country != "FRA" || e.Target.Country != "MAR" || e.Place == nil || e.Place.Lat != 34.01 {
		t.Errorf("actors or place: %+v %+v %+v", e.Source, e.Target, e.Place)
	}
	if len(ms) != 5 {
		t.Fatalf("%d mentions, want 5", len(ms))
	}
	for _, m := range ms {
		ev := m.Event
		a := arts[slices.IndexFunc(arts, func(a article) bool { return a.id == m.Doc })]
		if got := a.text[ev.Evidence.Trigger[0]:ev.Evidence.Trigger[1]]; got != m.Trigger || got == "" {
			t.Errorf("mention %s: trigger %q, text has %q", m.ID, m.Trigger, got)
		}
		if got := a.text[ev.Sentence.Start:ev.Sentence.End]; got != ev.Sentence.Text {
			t.Errorf("mention %s: sentence %q, text has %q", m.ID, ev.Sentence.Text, got)
		}
	}
	if ms[1].Doc != "a1" || ms[1].SentenceID != 3 || ms[1].InLead {
		t.Errorf("second mention: %+v", ms[1])
	}
	if ms[2].Doc != "a2" || ms[2].SourceKey != "lemonde.fr" || ms[2].Domain != "lefigaro.fr" {
		t.Errorf("the copy's mention counts as %q from %q, want lemonde.fr from lefigaro.fr", ms[2].SourceKey, ms[2].Domain)
	}

	// Unlinking the copy makes lefigaro.fr a source of its own.
	if err := s.SetLinks(ctx, []Link{{Doc: "a2"}}); err != nil {
		t.Fatal(err)
	}
	if e, _, _ = s.GetEvent(ctx, id); e.NumSources != 3 {
		t.Errorf("after unlinking, %d sources, want 3", e.NumSources)
	}
	ents, err := s.Entities(ctx, "a1")
	if err != nil || len(ents) != 1 || ents[0].Mentions[0] != (doc.Span{Start: 0, End: 6}) {
		t.Errorf("entities %+v, %v", ents, err)
	}
}

func TestPutEventsRecode(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	a := article{"r1", "https://example.org/r1", day1, "Paris accuse Moscou. Berlin soutient Kiev."}
	putArticle(t, s, a)
	e1 := ev(a.text, "Paris accuse Moscou.", "FRA", "RUS", "112", day1)
	e2 := ev(a.text, "Berlin soutient Kiev.", "DEU", "UKR", "051", day1)
	if _, err := s.PutEvents(ctx, "r1", []doc.Event{e1, e2}, nil); err != nil {
		t.Fatal(err)
	}
	before, _, err := s.GetEvent(ctx, EventKey(&e1))
	if err != nil {
		t.Fatal(err)
	}
	stamp := time.Now().UTC().Format(stampFormat)

	// The same coding again changes nothing.
	res, err := s.PutEvents(ctx, "r1", []doc.Event{e1, e2}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Added != 0 || res.Removed != 0 || res.Events != 0 {
		t.Errorf("re-put: %+v, want nothing changed", res)
	}
	after, _, _ := s.GetEvent(ctx, EventKey(&e1))
	if after.Seq != before.Seq || !after.Updated.Equal(before.Updated) {
		t.Errorf("unchanged event moved: %+v → %+v", before, after)
	}

	// A new coding that drops e2 and raises e1's confidence.
	e1.Confidence = 0.95
	res, err = s.PutEvents(ctx, "r1", []doc.Event{e1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Added != 0 || res.Removed != 1 || res.Events != 2 {
		t.Errorf("recode: %+v, want 1 removed, 2 events changed", res)
	}
	after, _, _ = s.GetEvent(ctx, EventKey(&e1))
	if after.Seq != before.Seq || after.Confidence != 0.95 || !after.Updated.After(before.Updated) {
		t.Errorf("recoded event: %+v", after)
	}
	if _, _, err := s.GetEvent(ctx, EventKey(&e2)); !errors.Is(err, ErrNotFound) {
		t.Errorf("dropped event: %v, want ErrNotFound", err)
	}
	del, err := s.Deleted(ctx, stamp)
	if err != nil || !slices.Equal(del, []string{EventKey(&e2)}) {
		t.Errorf("Deleted = %v, %v", del, err)
	}
	page, err := s.ListEvents(ctx, EventQuery{EventFilter: EventFilter{UpdatedSince: stamp}})
	if err != nil || len(page.Events) != 1 || page.Events[0].ID != EventKey(&e1) {
		t.Errorf("updated since: %+v, %v", page, err)
	}
}

func TestPutEventsErrors(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	a := article{"x1", "", day1, "Un texte court."}
	putArticle(t, s, a)
	good := ev(a.text, "Un texte court.", "FRA", "", "010", day1)
	tests := []struct {
		name string
		doc  string
		edit func(*doc.Event)
		want string
	}{
		{"unknown document", "nope", nil, "not found"},
		{"no code", "x1", func(e *doc.Event) { e.CAMEO = "" }, "no CAMEO code"},
		{"no date", "x1", func(e *doc.Event) { e.Date = time.Time{} }, "no date"},
		{"span outside", "x1", func(e *doc.Event) { e.Evidence.Trigger = [2]int{10, 99} }, "outside the text"},
		{"reversed span", "x1", func(e *doc.Event) { e.Evidence.Source = [2]int{5, 2} }, "outside the text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := good
			if tt.edit != nil {
				tt.edit(&e)
			}
			_, err := s.PutEvents(ctx, tt.doc, []doc.Event{e}, nil)
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "store: ") {
				t.Errorf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
	page, _ := s.ListEvents(ctx, EventQuery{})
	if len(page.Events) != 0 {
		t.Errorf("a failed put stored %d events", len(page.Events))
	}
}

// fillEvents stores n events over 30 days, four per document, with
// varied actors, codes, places and domains.
func fillEvents(t testing.TB, s *SQLite, n int) {
	t.Helper()
	ctx := context.Background()
	actors := []string{"FRAGOV", "MARGOV", "USAMIL", "DZA", "RUSGOV", "UKR", "IGOUNO", "FRACVL"}
	codes := []string{"010", "042", "0211", "112", "141", "173", "190", "051"}
	places := []*doc.Place{nil, {Name: "Paris", Country: "FRA", Lat: 48.85, Lon: 2.35, Kind: "action"},
		{Name: "Rabat", Country: "MAR", Lat: 34.01, Lon: -6.83, Kind: "action"},
		{Name: "Kyiv", Country: "UKR", Lat: 50.45, Lon: 30.52, Kind: "target-country"}}
	domains := []string{"lemonde.fr", "bbc.co.uk", "hespress.com"}
	var docs []*doc.Document
	var anns []Annotations
	for i := 0; i < n; i += 4 {
		id := fmt.Sprintf("d%05d", i/4)
		var b strings.Builder
		var evs []doc.Event
		for j := i; j < min(n, i+4); j++ {
			start := b.Len()
			sent := fmt.Sprintf("Phrase %d sur un événement.", j)
			b.WriteString(sent + " ")
			c := codes[j%len(codes)]
			e := doc.Event{
				Lang: []string{"fr", "en"}[j%2], Date: day1.AddDate(0, 0, j%30), DateGranularity: "day",
				Source: doc.Actor{Code: actors[j%len(actors)], Text: "Phrase"}, Target: doc.Actor{Code: actors[(j/3+1)%len(actors)]},
				CAMEO: c, CAMEORoot: c[:2], Quad: []int{1, 1, 2, 4, 3, 3, 4, 1}[j%8], Goldstein: 1,
				Plover:   doc.Plover{Event: []string{"CONSULT", "COOPERATE", "PROTEST", "ASSAULT"}[j%4]},
				Modality: []doc.Modality{doc.Asserted, doc.Reported, doc.Hypothetical}[j%3], Place: places[j%len(places)],
				Sentence:   doc.SentenceRef{Text: sent, Start: start, End: start + len(sent)},
				Evidence:   doc.Evidence{Source: [2]int{start, start + 6}, Trigger: [2]int{start + 7, start + 9}},
				Confidence: 0.5, Rule: "test",
			}
			evs = append(evs, e)
		}
		docs = append(docs, &doc.Document{ID: id, URL: "https://" + domains[(i/4)%len(domains)] + "/" + id,
			Title: "Titre " + id, Text: b.String(), Published: day1, Lang: "fr"})
		anns = append(anns, Annotations{DocID: id, Events: evs})
	}
	if _, err := s.PutBatch(ctx, docs); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PutEventsBatch(ctx, anns); err != nil {
		t.Fatal(err)
	}
}

func allEvents(t *testing.T, s *SQLite, q EventQuery) []Event {
	t.Helper()
	var all []Event
	for range 10000 {
		page, err := s.ListEvents(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, page.Events...)
		if page.Next == "" {
			return all
		}
		q.Cursor = page.Next
	}
	t.Fatal("pagination does not end")
	return nil
}

func TestListEventsFilters(t *testing.T) {
	s := openTemp(t)
	// Enough events for plan to walk the date index on broad filters
	// (200 matches or more) and to let SQLite sort on narrow ones.
	fillEvents(t, s, 1200)
	every := allEvents(t, s, EventQuery{Limit: MaxPage})
	tests := []struct {
		query string
		keep  func(e Event) bool
	}{
		{"", func(e Event) bool { return true }},
		{"root=14", func(e Event) bool { return e.CAMEORoot == "14" }},
		{"root=14,19", func(e Event) bool { return e.CAMEORoot == "14" || e.CAMEORoot == "19" }},
		{"cameo=02*", func(e Event) bool { return strings.HasPrefix(e.CAMEO, "02") }},
		{"cameo=0211", func(e Event) bool { return e.CAMEO == "0211" }},
		{"quad=4", func(e Event) bool { return e.Quad == 4 }},
		{"actor=FRA*", func(e Event) bool {
			return strings.HasPrefix(e.Source.Code, "FRA") || strings.HasPrefix(e.Target.Code, "FRA")
		}},
		{"source=usamil", func(e Event) bool { return e.Source.Code == "USAMIL" }},
		{"target=IGOUNO&root=01", func(e Event) bool { return e.Target.Code == "IGOUNO" && e.CAMEORoot == "01" }},
		{"country=MAR", func(e Event) bool {
			return e.Source.Country == "MAR" || e.Target.Country == "MAR" || (e.Place != nil && e.Place.Country == "MAR")
		}},
		{"plover=protest", func(e Event) bool { return e.Plover.Event == "PROTEST" }},
		{"modality=hypothetical", func(e Event) bool { return e.Modality == doc.Hypothetical }},
		{"from=2024-03-10&to=2024-03-12", func(e Event) bool { return e.Date >= "2024-03-10" && e.Date <= "2024-03-12" }},
		{"bbox=-10,30,0,40", func(e Event) bool { return e.Place != nil && e.Place.Name == "Rabat" }},
		{"lang=en", func(e Event) bool { return e.Lang == "en" }},
		{"domain=bbc.co.uk", func(e Event) bool { return strings.Contains(e.SourceURL, "bbc.co.uk") }},
		{"q=phrase+12", func(e Event) bool { return e.FirstDoc == "d00003" }},
		{"lang=en&sort=-mentions", func(e Event) bool { return e.Lang == "en" }},
		{"country=FRA,MAR&sort=date", func(e Event) bool {
			in := func(c string) bool { return c == "FRA" || c == "MAR" }
			return in(e.Source.Country) || in(e.Target.Country) || (e.Place != nil && in(e.Place.Country))
		}},
		{"doc=d00001", func(e Event) bool { return e.FirstDoc == "d00001" }},
		{"q=x'+OR+'1'='1", func(e Event) bool { return false }},
	}
	// With a small walk budget, ListEvents walks a bounded stretch of
	// the sort order, and sometimes has to go on with another plan.
	defer func(w, s, c int) { minWalk, scanBudget, maxCount = w, s, c }(minWalk, scanBudget, maxCount)
	for _, budget := range [][2]int{{2000, 5000}, {60, 5000}, {15, 100}} {
		minWalk, scanBudget, maxCount = budget[0], budget[1], budget[1]
		for _, tt := range tests {
			t.Run(fmt.Sprintf("%s/walk%d,%d", tt.query, budget[0], budget[1]), func(t *testing.T) {
				v, err := url.ParseQuery(tt.query)
				if err != nil {
					t.Fatal(err)
				}
				q, err := ParseEventQuery(v)
				if err != nil {
					t.Fatal(err)
				}
				q.Limit = 7
				got := allEvents(t, s, q)
				var want []string
				for _, e := range every {
					if tt.keep(e) {
						want = append(want, e.ID)
					}
				}
				var ids []string
				for _, e := range got {
					ids = append(ids, e.ID)
				}
				if strings.Contains(tt.query, "sort=") { // the order is TestListEventsSorts's
					slices.Sort(ids)
					slices.Sort(want)
				}
				if !slices.Equal(ids, want) {
					t.Errorf("got %d events %v\nwant %d %v", len(ids), ids, len(want), want)
				}
			})
		}
	}
}

func TestListEventsSorts(t *testing.T) {
	s := openTemp(t)
	fillEvents(t, s, 150)
	total := len(allEvents(t, s, EventQuery{Limit: MaxPage}))
	for _, sort := range Sorts {
		t.Run(sort, func(t *testing.T) {
			got := allEvents(t, s, EventQuery{Sort: sort, Limit: 9})
			if len(got) != total {
				t.Fatalf("%d events, want %d", len(got), total)
			}
			seen := map[string]bool{}
			for i, e := range got {
				if seen[e.ID] {
					t.Fatalf("event %s twice", e.ID)
				}
				seen[e.ID] = true
				if i == 0 {
					continue
				}
				p := got[i-1]
				var c int
				switch strings.TrimPrefix(sort, "-") {
				case "date":
					c = strings.Compare(p.Date, e.Date)
				case "updated":
					c = p.Updated.Compare(e.Updated)
				case "mentions":
					c = p.NumMentions - e.NumMentions
				}
				if c == 0 {
					c = int(p.Seq - e.Seq)
				}
				if strings.HasPrefix(sort, "-") {
					c = -c
				}
				if c >= 0 {
					t.Fatalf("events %d and %d out of order", i-1, i)
				}
			}
		})
	}
}

func TestParseEventQuery(t *testing.T) {
	tests := []struct {
		query, param string // param: the one the error names; "" for no error
	}{
		{"actor=USA&root=14&from=2024-01-01&to=2024-02-01&sort=-mentions&limit=1000", ""},
		{"bbox=-10.5,30,0,40.25&lang=fr&domain=www.lemonde.fr&quad=1,2", ""},
		{"updated_since=2024-01-01T00:00:00Z", ""},
		{"colour=red", "colour"},
		{"limit=0", "limit"},
		{"limit=1001", "limit"},
		{"limit=10&limit=20", "limit"},
		{"root=21", "root"},
		{"root=1", "root"},
		{"quad=5", "quad"},
		{"cameo=1a", "cameo"},
		{"cameo=1", "cameo"},
		{"actor=US%20A", "actor"},
		{"actor=USA'--", "actor"},
		{"country=FR", "country"},
		{"from=2024-13-01", "from"},
		{"from=2024-02-01&to=2024-01-01", "to"},
		{"bbox=1,2,3", "bbox"},
		{"bbox=10,0,0,10", "bbox"},
		{"bbox=0,0,200,10", "bbox"},
		{"bbox=NaN,0,1,1", "bbox"},
		{"modality=negated", "modality"},
		{"lang=french", "lang"},
		{"domain=a%3Bb", "domain"},
		{"q=%2A%2A", "q"},
		{"sort=random", "sort"},
		{"cursor=abc", "cursor"},
		{"root=", "root"},
		{"updated_since=yesterday", "updated_since"},
		{"plover=DROP%20TABLE", "plover"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			v, err := url.ParseQuery(tt.query)
			if err != nil {
				t.Fatal(err)
			}
			_, err = ParseEventQuery(v)
			var pe *ParamError
			switch {
			case tt.param == "" && err != nil:
				t.Errorf("unexpected error %v", err)
			case tt.param != "" && !errors.As(err, &pe):
				t.Errorf("error %v, want a *ParamError for %q", err, tt.param)
			case tt.param != "" && pe.Param != tt.param:
				t.Errorf("error names %q, want %q: %v", pe.Param, tt.param, err)
			}
		})
	}
}

// TestCursorOfOtherSort checks that a cursor is refused under another sort.
func TestCursorOfOtherSort(t *testing.T) {
	s := openTemp(t)
	fillEvents(t, s, 20)
	page, err := s.ListEvents(context.Background(), EventQuery{Limit: 5})
	if err != nil || page.Next == "" {
		t.Fatal(page, err)
	}
	_, err = ParseEventQuery(url.Values{"cursor": {page.Next}, "sort": {"mentions"}})
	var pe *ParamError
	if !errors.As(err, &pe) || pe.Param != "cursor" {
		t.Errorf("error %v, want one naming cursor", err)
	}
}

func TestTimelineAndActors(t *testing.T) {
	s := openTemp(t)
	fillEvents(t, s, 64)
	ctx := context.Background()
	every := allEvents(t, s, EventQuery{Limit: MaxPage})
	pts, err := s.Timeline(ctx, EventFilter{}, "quad", "events")
	if err != nil {
		t.Fatal(err)
	}
	sum := 0
	for _, p := range pts {
		sum += p.Count
	}
	if sum != len(every) {
		t.Errorf("timeline counts %d events, want %d", sum, len(every))
	}
	if _, err := s.Timeline(ctx, EventFilter{}, "colour", "events"); err == nil {
		t.Error("timeline by colour: no error")
	}
	stats, err := s.Actors(ctx, EventFilter{Root: []string{"14"}}, "any", 3, 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(stats) == 0 || len(stats) > 3 {
		t.Fatalf("%d actors", len(stats))
	}
	want := 0
	for _, e := range every {
		if e.CAMEORoot == "14" && (e.Source.Code == stats[0].Code || e.Target.Code == stats[0].Code) {
			want++
		}
	}
	if stats[0].Events != want || stats[0].AsSource+stats[0].AsTarget != want || len(stats[0].Partners) > 2 {
		t.Errorf("top actor %+v, want %d events", stats[0], want)
	}
}

func TestActorParts(t *testing.T) {
	tests := []struct {
		code, country, group string
		types                []string
	}{
		{"USAGOV", "USA", "", []string{"GOV"}},
		{"FRAMILGOV", "FRA", "", []string{"MIL", "GOV"}},
		{"IGOUNO", "", "UNO", []string{"IGO"}},
		{"GOV", "", "", []string{"GOV"}},
		{"MAR", "MAR", "", nil},
		{"", "", "", nil},
	}
	for _, tt := range tests {
		c, g, ty := ActorParts(tt.code)
		if c != tt.country || g != tt.group || !slices.Equal(ty, tt.types) {
			t.Errorf("ActorParts(%q) = %q, %q, %v", tt.code, c, g, ty)
		}
	}
}

// FuzzParseEventQuery checks that any query string is either refused with
// a *ParamError or runs without error.
func FuzzParseEventQuery(f *testing.F) {
	for _, q := range []string{"actor=USA*&root=14", "bbox=-10,30,0,40&q=maroc", "cameo=0%27%20OR%201=1--",
		"q=%22a%20b&sort=-mentions&limit=3", "from=2024-03-01&to=2024-03-02&country=FRA", "domain=lemonde.fr&lang=fr",
		"updated_since=2024-01-01T00:00:00%2B01:00", "cursor=eyJzIjoiLWRhdGUiLCJxIjoxfQ"} {
		f.Add(q)
	}
	s := openTemp(f)
	fillEvents(f, s, 40)
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, raw string) {
		v, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		q, err := ParseEventQuery(v)
		if err != nil {
			var pe *ParamError
			if !errors.As(err, &pe) {
				t.Fatalf("ParseEventQuery(%q): %v is not a *ParamError", raw, err)
			}
			return
		}
		if _, err := s.ListEvents(ctx, q); err != nil {
			t.Fatalf("ListEvents(%q): %v", raw, err)
		}
	})
}

func BenchmarkPutEventsBatch(b *testing.B) {
	b.ReportAllocs()
	s := openTemp(b)
	ctx := context.Background()
	n := 0
	for b.Loop() {
		b.StopTimer()
		base := n
		b.StartTimer()
		fillEventsFrom(b, s, base, 400)
		n += 400
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "events/s")
	_ = ctx
}

// fillEventsFrom is fillEvents for documents numbered from base.
func fillEventsFrom(b *testing.B, s *SQLite, base, n int) {
	ctx := context.Background()
	var docs []*doc.Document
	var anns []Annotations
	for i := 0; i < n; i += 4 {
		id := fmt.Sprintf("b%07d", base+i)
		// The id ends the text: identical texts would be stored once, as
		// duplicates, and the others would have no document to code.
		text := strings.Repeat("Une phrase d'événement. ", 4) + id
		var evs []doc.Event
		for j := range 4 {
			k := base + i + j
			evs = append(evs, doc.Event{Date: day1.AddDate(0, 0, k%365), CAMEO: "042", CAMEORoot: "04",
				Source: doc.Actor{Code: fmt.Sprintf("A%03d", k%500)}, Target: doc.Actor{Code: fmt.Sprintf("B%03d", k%300)},
				Sentence: doc.SentenceRef{Start: j * 24, End: j*24 + 23}, Modality: doc.Asserted})
		}
		docs = append(docs, &doc.Document{ID: id, URL: "https://example.org/" + id, Text: text})
		anns = append(anns, Annotations{DocID: id, Events: evs})
	}
	if _, err := s.PutBatch(ctx, docs); err != nil {
		b.Fatal(err)
	}
	if _, err := s.PutEventsBatch(ctx, anns); err != nil {
		b.Fatal(err)
	}
}

func BenchmarkListEvents(b *testing.B) {
	s := openTemp(b)
	fillEvents(b, s, 4000)
	ctx := context.Background()
	q, err := ParseEventQuery(url.Values{"root": {"14"}, "from": {"2024-03-05"}, "to": {"2024-03-20"}})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.ListEvents(ctx, q); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSummaries checks the counts the triggers keep (event_day_counts,
// actor_counts, actor_pairs) against the same counts taken over the
// events, after events are added, gain mentions and are deleted.
func TestSummaries(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	fillEvents(t, s, 64)
	check := func(stage string) {
		t.Helper()
		// A filter that selects every event but is not empty makes
		// Timeline and Actors count over the events.
		every := EventFilter{UpdatedSince: "0"}
		for _, by := range TimelineBy {
			for _, m := range TimelineMeasures {
				for _, f := range []EventFilter{{}, {Root: []string{"14"}}, {From: 20240310, To: 20240320, Quad: []int{1, 4}}} {
					got, err := s.Timeline(ctx, f, by, m)
					if err != nil {
						t.Fatal(err)
					}
					g := f
					g.UpdatedSince = every.UpdatedSince
					want, err := s.Timeline(ctx, g, by, m)
					if err != nil {
						t.Fatal(err)
					}
					if !slices.Equal(got, want) {
						t.Errorf("%s: timeline by %s, %s, %+v:\n got %v\nwant %v", stage, by, m, f, got, want)
					}
				}
			}
		}
		for _, role := range ActorRoles {
			got, err := s.Actors(ctx, EventFilter{}, role, 100, 50)
			if err != nil {
				t.Fatal(err)
			}
			want, err := s.Actors(ctx, every, role, 100, 50)
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("%s: actors as %s:\n got %+v\nwant %+v", stage, role, got, want)
			}
		}
	}
	check("filled")

	// Another article reports the events of d00002: they gain mentions.
	ms, err := s.DocumentMentions(ctx, "d00002")
	if err != nil || len(ms) == 0 {
		t.Fatal(ms, err)
	}
	var evs []doc.Event
	for _, m := range ms {
		evs = append(evs, m.Event)
	}
	d2, _, err := s.Get(ctx, "d00002")
	if err != nil {
		t.Fatal(err)
	}
	putArticle(t, s, article{"copy", "https://rfi.fr/copy", day1, d2.Text + " Fin."})
	if _, err := s.PutEvents(ctx, "copy", evs, nil); err != nil {
		t.Fatal(err)
	}
	check("more mentions")

	// d00005 is coded again with actor names and another PLOVER type:
	// its events change keys of the summaries.
	ms, err = s.DocumentMentions(ctx, "d00005")
	if err != nil || len(ms) == 0 {
		t.Fatal(ms, err)
	}
	var renamed []doc.Event
	for _, m := range ms {
		e := m.Event
		e.Source.Name, e.Target.Name, e.Plover.Event = "Nom "+e.Source.Code, "Nom "+e.Target.Code, "AID"
		renamed = append(renamed, e)
	}
	if _, err := s.PutEvents(ctx, "d00005", renamed, nil); err != nil {
		t.Fatal(err)
	}
	if stats, err := s.Actors(ctx, EventFilter{}, "source", 100, 0); err != nil || !slices.ContainsFunc(stats, func(a ActorStat) bool {
		return a.Name == "Nom "+renamed[0].Source.Code
	}) {
		t.Errorf("renamed: %+v, %v", stats, err)
	}
	check("renamed")

	// d00003 loses its events, and the copy one of its two.
	if _, err := s.PutEvents(ctx, "d00003", nil, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PutEvents(ctx, "copy", evs[1:], nil); err != nil {
		t.Fatal(err)
	}
	check("deleted")
}
