package server

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/store"
)

func TestWebAssets(t *testing.T) {
	f := newFixture(t, Config{})
	tests := []struct {
		name, path string
		code       int
		ctype      string
		contains   string
	}{
		{"page", "/", 200, "text/html", `<script type="module" src="/static/app.js">`},
		{"script", "/static/app.js", 200, "text/javascript", "import"},
		{"module", "/static/article.js", 200, "text/javascript", "byteIndex"},
		{"style", "/static/app.css", 200, "text/css", ".hl-sel-trig"},
		{"map", "/static/world.json", 200, "application/json", "Natural Earth"},
		{"unknown asset", "/static/nope.js", 404, "", ""},
		{"unknown page", "/nope", 404, "", ""},
		{"api still answers", "/api/nope", 404, "application/json", "no such endpoint"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := f.do(t, "GET", tc.path, nil, nil)
			if resp.StatusCode != tc.code {
				t.Fatalf("GET %s: %d, want %d", tc.path, resp.StatusCode, tc.code)
			}
			if !strings.HasPrefix(resp.Header.Get("Content-Type"), tc.ctype) {
				t.Errorf("GET %s: Content-Type %q, want %q", tc.path, resp.Header.Get("Content-Type"), tc.ctype)
			}
			if !strings.Contains(string(body), tc.contains) {
				t.Errorf("GET %s: body lacks %q", tc.path, tc.contains)
			}
			if tc.code == 200 {
				csp := resp.Header.Get("Content-Security-Policy")
				if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") {
					t.Errorf("GET %s: Content-Security-Policy %q", tc.path, csp)
				}
				if resp.Header.Get("ETag") == "" {
					t.Errorf("GET %s: no ETag", tc.path)
				}
			}
		})
	}
	var w struct {
		Attribution string `json:"attribution"`
		Countries   []struct {
			A3, Name, D string
		} `json:"countries"`
	}
	_, body := f.do(t, "GET", "/static/world.json", nil, nil)
	if err := json.Unmarshal(body, &w); err != nil {
		t.Fatal(err)
	}
	if len(w.Countries) < 200 || len(body) > 400<<10 {
		t.Errorf("world.json: %d countries in %d bytes; want at least 200 in under 400 KiB", len(w.Countries), len(body))
	}
	for _, c := range w.Countries {
		if c.A3 == "FRA" && strings.HasPrefix(c.D, "M") {
			return
		}
	}
	t.Error("world.json: no shape for FRA")
}

// The demo data of the browser test: articles in French and English whose
// text holds accents, emoji (two UTF-16 units each) and markup, so that
// byte offsets and escaping are both put to the test.

type demoPlace struct {
	name, country string
	lat, lon      float64
}

type demoActor struct{ text, code, name string }

type demoVerb struct {
	fr, en, trigFR, trigEN, cameo string
	quad                          int
}

var (
	demoPlaces = []demoPlace{
		{"Rabat", "MAR", 34.0209, -6.8416}, {"Paris", "FRA", 48.8566, 2.3522}, {"Kyiv", "UKR", 50.4501, 30.5234},
		{"Washington", "USA", 38.9072, -77.0369}, {"Gaza", "PSE", 31.5017, 34.4668}, {"Bamako", "MLI", 12.6392, -8.0029},
		{"Pékin", "CHN", 39.9042, 116.4074}, {"Brasília", "BRA", -15.7939, -47.8828},
	}
	demoActors = []demoActor{
		{"Emmanuel Macron", "FRAGOV", "Emmanuel Macron"}, {"le roi Mohammed VI", "MARGOV", "Mohammed VI"},
		{"Joe Biden", "USAGOV", "Joe Biden"}, {"l’armée ukrainienne", "UKRMIL", ""}, {"les forces russes", "RUSMIL", ""},
		{"les manifestants palestiniens", "PSEOPP", ""}, {"la junte malienne", "MLIGOV", ""}, {"Pékin", "CHNGOV", ""},
	}
	demoVerbs = []demoVerb{
		{"a rencontré", "met", "rencontré", "met", "042", 1},
		{"a signé un accord avec", "signed an agreement with", "signé", "signed", "057", 1},
		{"a livré de l’aide humanitaire à", "delivered humanitarian aid to", "livré", "delivered", "073", 2},
		{"a critiqué", "criticised", "critiqué", "criticised", "111", 3},
		{"a menacé", "threatened", "menacé", "threatened", "138", 3},
		{"a bombardé", "shelled", "bombardé", "shelled", "195", 4},
		{"a arrêté des partisans de", "arrested supporters of", "arrêté", "arrested", "173", 4},
	}
)

// scriptPayload must reach the page as text.
const scriptPayload = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">`

// demoDocs builds n articles of five coded sentences each.
func demoDocs(n int) ([]*doc.Document, [][]doc.Event, [][]store.Entity) {
	base := time.Date(2024, 5, 1, 9, 0, 0, 0, time.UTC)
	var docs []*doc.Document
	var events [][]doc.Event
	var ents [][]store.Entity
	k := 0
	for i := range n {
		lang := "fr"
		if i%3 == 2 {
			lang = "en"
		}
		var text strings.Builder
		text.WriteString("Accueil › Monde 🌍 — édition spéciale\n\n")
		if i == 0 {
			text.WriteString("Extrait du code de la page : " + scriptPayload + "\n\n")
		}
		var evs []doc.Event
		entIdx := map[string]int{}
		var es []store.Entity
		addEnt := func(typ, words, code, name string, at int) {
			j, ok := entIdx[words]
			if !ok {
				j = len(es)
				entIdx[words] = j
				es = append(es, store.Entity{Type: typ, Text: words, Code: code, Name: name})
			}
			es[j].Mentions = append(es[j].Mentions, doc.Span{Start: at, End: at + len(words)})
		}
		for j := range 5 {
			k++
			// The first sentence reports the same event as the next
			// article's, the second as two others': several mentions.
			key, day := k+i, (i*5+j*3)%24
			switch j {
			case 0:
				key, day = 100+i/2*11, i/2*3
			case 1:
				key, day = 200+i/3*13, 1+i/3*4
			}
			si := (key*3 + key/8) % len(demoActors)
			src := demoActors[si]
			tgt := demoActors[(si+1+(key/3)%(len(demoActors)-1))%len(demoActors)]
			v := demoVerbs[(key*5+key/9)%len(demoVerbs)]
			pl := demoPlaces[(key*3+key/7)%len(demoPlaces)]
			date := base.AddDate(0, 0, day)
			verb, trig, when, at := v.fr, v.trigFR, "mardi", "à"
			if lang == "en" {
				verb, trig, when, at = v.en, v.trigEN, "on Tuesday", "in"
			}
			start := text.Len()
			text.WriteString("🇫🇷🇲🇦 « ")
			srcAt := text.Len()
			text.WriteString(src.text)
			text.WriteString(" ")
			verbAt := text.Len()
			text.WriteString(verb)
			text.WriteString(" ")
			tgtAt := text.Len()
			text.WriteString(tgt.text)
			text.WriteString(" " + at + " ")
			plAt := text.Len()
			text.WriteString(pl.name)
			text.WriteString(" " + when + " », selon notre correspondant.")
			end := text.Len()
			text.WriteString(" Le détail n’est pas connu.\n\n")
			trigAt := verbAt + strings.Index(verb, trig)
			addEnt("PER", src.text, src.code, src.name, srcAt)
			addEnt("ORG", tgt.text, tgt.code, tgt.name, tgtAt)
			addEnt("LOC", pl.name, "", "", plAt)
			sentence := text.String()[start:end]
			evs = append(evs, doc.Event{
				Lang: lang, Date: date, DateGranularity: "day", DateExpr: when,
				Source: doc.Actor{Text: src.text, Code: src.code, Name: src.name},
				Target: doc.Actor{Text: tgt.text, Code: tgt.code, Name: tgt.name},
				CAMEO:  v.cameo, CAMEORoot: v.cameo[:2], Quad: v.quad, Goldstein: float64(5 - 2*v.quad),
				Plover:   doc.Plover{Event: map[int]string{1: "CONSULT", 2: "AID", 3: "ACCUSE", 4: "ASSAULT"}[v.quad]},
				Modality: doc.Asserted,
				Place:    &doc.Place{Name: pl.name, Country: pl.country, Lat: pl.lat, Lon: pl.lon, Kind: "action"},
				Sentence: doc.SentenceRef{Text: sentence, Start: start, End: end},
				Evidence: doc.Evidence{Source: [2]int{srcAt, srcAt + len(src.text)}, Target: [2]int{tgtAt, tgtAt + len(tgt.text)},
					Trigger: [2]int{trigAt, trigAt + len(trig)}},
				Confidence: 0.8, Rule: "demo",
			})
		}
		title := fmt.Sprintf("Tensions et accords n°%d <b>à suivre</b>", i+1)
		if lang == "en" {
			title = fmt.Sprintf("Talks and strikes, part %d <b>live</b>", i+1)
		}
		d := &doc.Document{
			ID: fmt.Sprintf("demo%02d", i), URL: fmt.Sprintf("https://www.exemple%d.fr/monde/article-%d", i%4, i),
			Title: title, Text: text.String(), Lang: lang, LangSupported: true,
			Published: base.AddDate(0, 0, i), Fetched: base.AddDate(0, 0, i+1),
		}
		docs = append(docs, d)
		events = append(events, evs)
		ents = append(ents, es)
	}
	return docs, events, ents
}

// demoServer stores the demo data and serves it on 127.0.0.1.
func demoServer(t *testing.T, n int) (*store.SQLite, string) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "vigie.db"))
	if err != nil {
		t.Fatal(err)
	}
	docs, events, ents := demoDocs(n)
	for i, d := range docs {
		if _, err := st.Put(ctx, d); err != nil {
			t.Fatal(err)
		}
		for j := range events[i] {
			events[i][j].Doc = d.ID
		}
		if _, err := st.PutEvents(ctx, d.ID, events[i], ents[i]); err != nil {
			t.Fatal(err)
		}
	}
	return st, serveTest(t, ctx, cancel, st)
}

// serveTest serves st on a random loopback port until the test ends and
// returns the base URL.
func serveTest(t *testing.T, ctx context.Context, cancel context.CancelFunc, st *store.SQLite) string {
	t.Helper()
	srv, err := New(ctx, Config{Store: st})
	if err != nil {
		t.Fatal(err)
	}
	addr := make(chan net.Addr, 1)
	done := make(chan error, 1)
	go func() { done <- srv.ListenAndServe(ctx, "127.0.0.1:0", func(a net.Addr) { addr <- a }) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
		st.Close()
	})
	select {
	case a := <-addr:
		return "http://" + a.String()
	case err := <-done:
		t.Fatal(err)
	}
	return ""
}

func artifactDir(t *testing.T) string {
	dir := os.Getenv("VIGIE_ARTIFACTS")
	if dir == "" {
		return t.TempDir()
	}
	dir = filepath.Join(dir, "webui")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

func mustDay(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
