package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/ingest"
	"github.com/vigie-events/vigie/internal/store"
)

const token = "s3cret-token"

// payload is an article whose text carries markup that must come back
// escaped.
const payload = `Le président a rencontré le ministre à Rabat. <script>alert("x")</script> Les manifestants ont protesté devant le parlement.`

// fakeProcess codes one event per sentence of the form "X a rencontré Y"
// or "X ont protesté", enough to test the server.
func fakeProcess(_ context.Context, it *ingest.Item) (*doc.Document, []doc.Event, error) {
	text := it.Text
	if text == "" {
		text = string(it.Body)
	}
	if strings.Contains(text, "FAIL") {
		return nil, nil, errors.New("cannot code this")
	}
	d := &doc.Document{ID: it.ID, URL: it.URL, Title: it.Title, Text: text, Lang: "fr", LangSupported: true,
		Published: it.Published, Fetched: it.Fetched}
	if d.Published.IsZero() {
		d.Published = time.Date(2024, 5, 2, 8, 0, 0, 0, time.UTC)
	}
	var evs []doc.Event
	start := 0
	for _, s := range strings.SplitAfter(text, ". ") {
		sent := strings.TrimSpace(s)
		at := start + strings.Index(s, sent)
		start += len(s)
		code, tgt := "", ""
		var trig string
		switch {
		case strings.Contains(sent, "a rencontré"):
			code, tgt, trig = "042", "MARGOV", "rencontré"
		case strings.Contains(sent, "protesté"):
			code, trig = "141", "protesté"
		default:
			continue
		}
		ti := at + strings.Index(sent, trig)
		evs = append(evs, doc.Event{Lang: "fr", Date: d.Published, DateGranularity: "day",
			Source: doc.Actor{Text: "Le président", Code: "MARGOV"}, Target: doc.Actor{Code: tgt},
			CAMEO: code, CAMEORoot: code[:2], Quad: map[string]int{"04": 1, "14": 3}[code[:2]],
			Plover:   doc.Plover{Event: map[string]string{"04": "CONSULT", "14": "PROTEST"}[code[:2]]},
			Modality: doc.Asserted, Place: &doc.Place{Name: "Rabat", Country: "MAR", Lat: 34.01, Lon: -6.83, Kind: "action"},
			Sentence:   doc.SentenceRef{Text: sent, Start: at, End: at + len(sent)},
			Evidence:   doc.Evidence{Source: [2]int{at, at + 2}, Trigger: [2]int{ti, ti + len(trig)}},
			Confidence: 0.7, Rule: "test"})
	}
	return d, evs, nil
}

type fixture struct {
	st  *store.SQLite
	srv *Server
	ts  *httptest.Server
}

func newFixture(t testing.TB, cfg Config) *fixture {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "vigie.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	cfg.Store = st
	if cfg.Process == nil {
		cfg.Process = fakeProcess
	}
	srv, err := New(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	f := &fixture{st: st, srv: srv, ts: ts}
	d, evs, _ := fakeProcess(ctx, &ingest.Item{ID: "doc1", URL: "https://www.lemonde.fr/doc1", Title: "<b>Titre</b>", Text: payload})
	if _, err := srv.Store(ctx, d, evs); err != nil {
		t.Fatal(err)
	}
	return f
}

func (f *fixture) do(t testing.TB, method, path string, body io.Reader, hdr map[string]string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, f.ts.URL+path, body)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := f.ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, b
}

func (f *fixture) get(t testing.TB, path string, v any) int {
	t.Helper()
	resp, b := f.do(t, "GET", path, nil, nil)
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("GET %s: Content-Type %q", path, ct)
	}
	if v != nil {
		if err := json.Unmarshal(b, v); err != nil {
			t.Fatalf("GET %s: %v: %s", path, err, b)
		}
	}
	return resp.StatusCode
}

func TestEndpoints(t *testing.T) {
	f := newFixture(t, Config{Token: token})
	var list EventList
	if code := f.get(t, "/api/events", &list); code != 200 || len(list.Events) != 2 || list.NextCursor != "" {
		t.Fatalf("list: %d %+v", code, list)
	}
	var detail EventDetail
	if code := f.get(t, "/api/events/"+list.Events[0].ID, &detail); code != 200 || len(detail.Mentions) != 1 {
		t.Fatalf("event: %d %+v", code, detail)
	}
	m := detail.Mentions[0]
	if payload[m.Event.Evidence.Trigger[0]:m.Event.Evidence.Trigger[1]] != m.Trigger {
		t.Errorf("trigger %q does not match its offsets", m.Trigger)
	}
	var dd DocumentDetail
	if code := f.get(t, "/api/documents/doc1", &dd); code != 200 || dd.Document.Text != payload || len(dd.Events) != 2 {
		t.Fatalf("document: %d %+v", code, dd)
	}
	var actors ActorList
	if code := f.get(t, "/api/actors?role=source&partners=2", &actors); code != 200 || len(actors.Actors) != 1 ||
		actors.Actors[0].Code != "MARGOV" || actors.Actors[0].Events != 2 {
		t.Errorf("actors: %d %+v", code, actors)
	}
	var tl Timeline
	if code := f.get(t, "/api/stats/timeline?by=root&root=14", &tl); code != 200 || len(tl.Points) != 1 ||
		tl.Points[0] != (store.TimelinePoint{Date: "2024-05-02", Key: "14", Count: 1}) {
		t.Errorf("timeline: %d %+v", code, tl)
	}
	for _, p := range []string{"/api/events/ffffffffffffffff", "/api/documents/nope", "/api/nothing"} {
		var e errorBody
		if code := f.get(t, p, &e); code != 404 || e.Error == "" {
			t.Errorf("GET %s: %d %+v, want 404", p, code, e)
		}
	}
}

func TestBadParameters(t *testing.T) {
	f := newFixture(t, Config{Token: token})
	tests := []struct{ path, param string }{
		{"/api/events?colour=red", "colour"},
		{"/api/events?limit=100000", "limit"},
		{"/api/events?root=99", "root"},
		{"/api/events?bbox=1,2", "bbox"},
		{"/api/events?from=yesterday", "from"},
		{"/api/events?sort=random", "sort"},
		{"/api/events?cursor=%7B%7D", "cursor"},
		{"/api/events/abc?verbose=1", "verbose"},
		{"/api/events/a%20b", "id"},
		{"/api/documents/doc1?x=1", "x"},
		{"/api/actors?role=boss", "role"},
		{"/api/actors?limit=0", "limit"},
		{"/api/actors?sort=-date", "sort"},
		{"/api/stats/timeline?by=colour", "by"},
		{"/api/stats/timeline?measure=tone", "measure"},
		{"/api/stats/timeline?limit=5", "limit"},
		{"/api/openapi.json?v=2", "v"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			var e errorBody
			if code := f.get(t, tt.path, &e); code != 400 || e.Param != tt.param || !strings.Contains(e.Error, tt.param) {
				t.Errorf("%d %+v, want 400 naming %q", code, e, tt.param)
			}
		})
	}
}

// TestSQLInjectionInert sends injection attempts in every filter: each is
// refused with a 400 or matches nothing, and the store is unchanged.
func TestSQLInjectionInert(t *testing.T) {
	f := newFixture(t, Config{Token: token})
	attacks := []string{
		"' OR '1'='1", "1; DROP TABLE events; --", `" OR ""="`, "USA') OR 1=1 --", "0 UNION SELECT * FROM documents",
		"%' --", "1)) OR ((1=1", "*", "') ; DELETE FROM documents; --", "\x00'", "NEAR(a b)",
	}
	names := []string{"sort", "limit", "cursor"}
	for _, p := range store.FilterParams {
		names = append(names, p.Name)
	}
	for _, name := range names {
		for _, a := range attacks {
			path := "/api/events?" + url.Values{name: {a}}.Encode()
			var list EventList
			resp, b := f.do(t, "GET", path, nil, nil)
			switch resp.StatusCode {
			case 400:
			case 200:
				if err := json.Unmarshal(b, &list); err != nil || len(list.Events) != 0 && a != "*" {
					t.Errorf("%s=%q: %d events: %s", name, a, len(list.Events), b)
				}
			default:
				t.Errorf("%s=%q: status %d: %s", name, a, resp.StatusCode, b)
			}
		}
	}
	var list EventList
	if f.get(t, "/api/events", &list); len(list.Events) != 2 {
		t.Errorf("after the attacks, %d events, want 2", len(list.Events))
	}
	if n, err := f.st.Count(context.Background()); err != nil || n != 1 {
		t.Errorf("after the attacks, %d documents, %v", n, err)
	}
}

func TestScriptComesBackEscaped(t *testing.T) {
	f := newFixture(t, Config{Token: token})
	for _, path := range []string{"/api/documents/doc1", "/api/events?q=parlement"} {
		resp, b := f.do(t, "GET", path, nil, nil)
		if resp.StatusCode != 200 {
			t.Fatalf("%s: %d %s", path, resp.StatusCode, b)
		}
		if bytes.Contains(b, []byte("<script>")) || bytes.Contains(b, []byte("<b>")) {
			t.Errorf("%s: raw markup in the JSON: %s", path, b)
		}
		if resp.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: no nosniff header", path)
		}
	}
	_, b := f.do(t, "GET", "/api/documents/doc1", nil, nil)
	if !bytes.Contains(b, []byte(`\u003cscript\u003e`)) {
		t.Errorf("the script is not in the document, escaped: %s", b)
	}
	var dd DocumentDetail
	if err := json.Unmarshal(b, &dd); err != nil || dd.Document.Text != payload {
		t.Errorf("the escaped text does not decode to the article: %v", err)
	}
}

func TestPostDocument(t *testing.T) {
	auth := map[string]string{"Authorization": "Bearer " + token, "Content-Type": "application/json"}
	sub := func(s Submission) io.Reader {
		b, _ := json.Marshal(s)
		return bytes.NewReader(b)
	}
	wire := strings.Repeat("Le président a rencontré le ministre à Rabat pour parler de coopération régionale. ", 6)
	tests := []struct {
		name   string
		cfg    Config
		hdr    map[string]string
		body   io.Reader
		status int
	}{
		{"no token", Config{Token: token}, map[string]string{"Content-Type": "application/json"}, sub(Submission{Text: "x"}), 401},
		{"wrong token", Config{Token: token}, map[string]string{"Authorization": "Bearer nope"}, sub(Submission{Text: "x"}), 401},
		{"token not configured", Config{}, auth, sub(Submission{Text: "x"}), 403},
		{"too large", Config{Token: token, MaxBody: 1000}, auth, sub(Submission{Text: strings.Repeat("a", 2000)}), 413},
		{"too large raw", Config{Token: token, MaxBody: 1000}, map[string]string{"Authorization": "Bearer " + token, "Content-Type": "text/plain"},
			strings.NewReader(strings.Repeat("a", 5000)), 413},
		{"unknown field", Config{Token: token}, auth, strings.NewReader(`{"text":"x","evil":1}`), 400},
		{"text and html", Config{Token: token}, auth, sub(Submission{Text: "x", HTML: "<p>x</p>"}), 400},
		{"bad date", Config{Token: token}, auth, sub(Submission{Text: "x", Published: "hier"}), 400},
		{"bad content type", Config{Token: token}, map[string]string{"Authorization": "Bearer " + token, "Content-Type": "image/png"},
			strings.NewReader("x"), 400},
		{"processing fails", Config{Token: token}, auth, sub(Submission{Text: "FAIL"}), 422},
		{"text", Config{Token: token}, auth, sub(Submission{URL: "https://afp.com/a", Text: wire, Published: "2024-05-01"}), 201},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, tt.cfg)
			resp, b := f.do(t, "POST", "/api/documents", tt.body, tt.hdr)
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tt.status, b)
			}
			if tt.status == 401 && resp.Header.Get("WWW-Authenticate") == "" {
				t.Error("401 without WWW-Authenticate")
			}
			if n, _ := f.st.Count(context.Background()); tt.status != 201 && n != 1 {
				t.Errorf("a refused request stored documents: %d", n)
			}
		})
	}

	// A syndicated copy posted after the wire story is linked to it, and
	// the shared event counts one source.
	f := newFixture(t, Config{Token: token})
	var first, second Submitted
	for i, s := range []Submission{
		{URL: "https://www.afp.com/wire", Text: wire, Published: "2024-05-01T06:00:00Z"},
		{URL: "https://www.lefigaro.fr/copie", Title: "Copie", Text: "Par la rédaction. " + wire, Published: "2024-05-01T09:00:00Z"},
	} {
		resp, b := f.do(t, "POST", "/api/documents", sub(s), auth)
		if resp.StatusCode != 201 {
			t.Fatalf("post %d: %d %s", i, resp.StatusCode, b)
		}
		out := []*Submitted{&first, &second}[i]
		if err := json.Unmarshal(b, out); err != nil {
			t.Fatal(err)
		}
	}
	if second.Original == nil || second.Original.Original != first.ID || len(second.Events) == 0 {
		t.Fatalf("copy: %+v", second)
	}
	var detail EventDetail
	f.get(t, "/api/events/"+second.Events[0].EventID, &detail)
	if e := detail.Event; e.NumArticles != 2 || e.NumSources != 1 {
		t.Errorf("syndicated event: %d articles, %d sources; want 2 and 1", e.NumArticles, e.NumSources)
	}
}

func TestPaginationThroughAPI(t *testing.T) {
	f := newFixture(t, Config{Token: token})
	ctx := context.Background()
	if err := Synthesize(ctx, f.st, SynthConfig{Events: 2500, Seed: 3}); err != nil {
		t.Fatal(err)
	}
	want := 0
	for _, err := range f.st.Events(ctx, store.EventFilter{Root: []string{"14"}}) {
		if err != nil {
			t.Fatal(err)
		}
		want++
	}
	seen := map[string]bool{}
	path := "/api/events?root=14&limit=37"
	for range 1000 {
		var list EventList
		if code := f.get(t, path, &list); code != 200 {
			t.Fatalf("%s: %d", path, code)
		}
		for _, e := range list.Events {
			if seen[e.ID] || e.CAMEORoot != "14" {
				t.Fatalf("event %s twice or off filter", e.ID)
			}
			seen[e.ID] = true
		}
		if list.NextCursor == "" {
			break
		}
		path = "/api/events?root=14&limit=37&cursor=" + url.QueryEscape(list.NextCursor)
	}
	if len(seen) != want || want < 100 {
		t.Errorf("paged through %d events, want %d", len(seen), want)
	}
}

func TestOpenAPI(t *testing.T) {
	f := newFixture(t, Config{Token: token})
	var spec struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	if code := f.get(t, "/api/openapi.json", &spec); code != 200 || !strings.HasPrefix(spec.OpenAPI, "3.") {
		t.Fatalf("%d %q", code, spec.OpenAPI)
	}
	for _, route := range []string{"GET /api/events", "GET /api/events/{id}", "GET /api/documents/{id}",
		"POST /api/documents", "GET /api/actors", "GET /api/stats/timeline", "GET /api/openapi.json"} {
		method, path, _ := strings.Cut(route, " ")
		if _, ok := spec.Paths[path][strings.ToLower(method)]; !ok {
			t.Errorf("%s is not described", route)
		}
	}
	var get struct {
		Parameters []struct{ Name string } `json:"parameters"`
	}
	if err := json.Unmarshal(spec.Paths["/api/events"]["get"], &get); err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, p := range get.Parameters {
		names[p.Name] = true
	}
	for _, p := range store.FilterParams {
		if !names[p.Name] {
			t.Errorf("filter %s is not described", p.Name)
		}
	}
}

// FuzzEventsQuery checks that no query string makes GET /api/events fail
// with anything but a 400, and that every answer is JSON.
func FuzzEventsQuery(f *testing.F) {
	for _, q := range []string{"root=14&from=2024-01-01", "actor=USA*&sort=mentions", "q=%22rabat", "bbox=-10,30,0,40",
		"limit=1000&cursor=x", "country=FRA,MAR&quad=1,4", "updated_since=2024-01-01T00:00:00Z", "%zz"} {
		f.Add(q)
	}
	fx := newFixture(f, Config{Token: token})
	h := fx.srv.Handler()
	f.Fuzz(func(t *testing.T, raw string) {
		if strings.ContainsAny(raw, " #\r\n\t\x00") {
			return
		}
		req, err := http.NewRequest("GET", "/api/events?"+raw, nil)
		if err != nil {
			return
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code != 200 && w.Code != 400 {
			t.Fatalf("%q: status %d: %s", raw, w.Code, w.Body)
		}
		if !json.Valid(w.Body.Bytes()) {
			t.Fatalf("%q: not JSON: %s", raw, w.Body)
		}
	})
}

func BenchmarkListEventsHTTP(b *testing.B) {
	f := newFixture(b, Config{Token: token})
	if err := Synthesize(context.Background(), f.st, SynthConfig{Events: 20000, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	h := f.srv.Handler()
	queries := TypicalQueries(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), 365)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		req := httptest.NewRequest("GET", "/api/events?"+queries[i%len(queries)], nil)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code != 200 {
			b.Fatalf("%s: %d %s", queries[i%len(queries)], w.Code, w.Body)
		}
		i++
	}
}
