package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/vigie-events/vigie/internal/doc"
)

// openTemp opens a store in a fresh temporary directory.
func openTemp(t testing.TB) *SQLite {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "vigie.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Error(err)
		}
	})
	return s
}

var words = strings.Fields(`le la les un une des gouvernement ministre président sécurité
	Algérie Maroc Tunisie armée police manifestation accord négociation élection
	parlement député opposition réforme crise économie frontière réfugiés sommet
	Bruxelles Paris Alger Rabat déclaration sanctions coopération défense été
	the government minister security agreement talks protest border election`)

// genDoc returns a reproducible article of about n words.
func genDoc(i, n int) *doc.Document {
	r := rand.New(rand.NewPCG(uint64(i), 7))
	var b strings.Builder
	var paras []doc.Span
	start := 0
	for w := range n {
		if w > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(words[r.IntN(len(words))])
		if w%40 == 39 {
			b.WriteByte('.')
			paras = append(paras, doc.Span{Start: start, End: b.Len()})
			b.WriteByte('\n')
			start = b.Len()
		}
	}
	fmt.Fprintf(&b, " Article %d.", i)
	paras = append(paras, doc.Span{Start: start, End: b.Len()})
	return &doc.Document{
		URL:             fmt.Sprintf("https://example.fr/article/%d", i),
		Title:           fmt.Sprintf("Titre %d %s", i, words[r.IntN(len(words))]),
		Published:       time.Date(2024, 3, 1+i%28, 10, 0, 0, 0, time.FixedZone("", 3600)),
		PublishedSource: doc.PubMeta,
		Lang:            "fr",
		LangConfidence:  0.99,
		LangSupported:   true,
		Text:            b.String(),
		Paragraphs:      paras,
		Origin:          doc.Origin{File: "crawl.jsonl", Record: i + 1, Format: "jsonl"},
	}
}

func TestPut(t *testing.T) {
	a := &doc.Document{URL: "https://example.fr/a", Title: "A", Text: "La sécurité en Algérie."}
	aSame := &doc.Document{URL: "https://EXAMPLE.fr/a?utm_source=x#top", Title: "A ", Text: "La sécurité en Algérie.", Author: "ignored"}
	aNew := &doc.Document{URL: "https://example.fr/a", Title: "A", Text: "La sécurité en Algérie, mise à jour."}
	aNewer := &doc.Document{URL: "https://example.fr/a", Title: "A2", Text: "La sécurité en Algérie, mise à jour."}
	aAlias := &doc.Document{URL: "https://example.fr/amp/a", Title: "A", Text: "La sécurité en Algérie."}
	noURL1 := &doc.Document{Title: "B", Text: "Sans adresse."}
	noURL2 := &doc.Document{Title: "B", Text: "Sans adresse.", Origin: doc.Origin{File: "other"}}
	withID := &doc.Document{ID: "crawl2-17", Title: "B", Text: "Sans adresse."}
	idA := doc.NewID(a.URL, "")
	idB := doc.NewID("", noURL1.Text)

	type step struct {
		d       *doc.Document
		id      string
		status  Status
		version int
	}
	tests := []struct {
		name  string
		steps []step
		count int
	}{
		{"insert", []step{{a, idA, Inserted, 1}}, 1},
		{"same content is unchanged", []step{{a, idA, Inserted, 1}, {a, idA, Unchanged, 1}, {aSame, idA, Unchanged, 1}}, 1},
		{"new content is a new version", []step{{a, idA, Inserted, 1}, {aNew, idA, Updated, 2}, {aNew, idA, Unchanged, 2}, {aNewer, idA, Updated, 3}}, 1},
		{"back to old content is a new version", []step{{a, idA, Inserted, 1}, {aNew, idA, Updated, 2}, {a, idA, Updated, 3}}, 1},
		{"alias URL is a duplicate", []step{{a, idA, Inserted, 1}, {aAlias, idA, Duplicate, 1}, {aAlias, idA, Duplicate, 1}}, 1},
		{"duplicate of updated document", []step{{a, idA, Inserted, 1}, {aNew, idA, Updated, 2}, {aAlias, doc.NewID(aAlias.URL, ""), Inserted, 1}}, 2},
		{"no URL, same text", []step{{noURL1, idB, Inserted, 1}, {noURL2, idB, Unchanged, 1}}, 1},
		{"explicit id, same content", []step{{noURL1, idB, Inserted, 1}, {withID, idB, Duplicate, 1}}, 1},
		{"explicit id first", []step{{withID, "crawl2-17", Inserted, 1}, {noURL1, "crawl2-17", Duplicate, 1}}, 1},
		{"two documents", []step{{a, idA, Inserted, 1}, {noURL1, idB, Inserted, 1}}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTemp(t)
			ctx := context.Background()
			for i, st := range tt.steps {
				got, err := s.Put(ctx, st.d)
				if err != nil {
					t.Fatalf("step %d: %v", i, err)
				}
				want := PutResult{ID: st.id, Status: st.status, Version: st.version}
				if got != want {
					t.Errorf("step %d: got %+v, want %+v", i, got, want)
				}
			}
			if n, err := s.Count(ctx); err != nil || n != tt.count {
				t.Errorf("Count = %d, %v; want %d", n, err, tt.count)
			}
			if err := s.IntegrityCheck(ctx); err != nil {
				t.Error(err)
			}
		})
	}
}

func TestPutDoesNotModify(t *testing.T) {
	s := openTemp(t)
	d := genDoc(1, 50)
	before := *d
	if _, err := s.Put(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if d.ID != before.ID || d.Text != before.Text {
		t.Errorf("Put changed the document")
	}
}

func TestGetRoundTrip(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	paris, _ := time.LoadLocation("Europe/Paris")
	tests := []struct {
		name string
		d    *doc.Document
	}{
		{"full", &doc.Document{
			ID: "x1", URL: "https://Example.fr/a?b=2&a=1", Title: "Titre « guillemets »", Section: "Monde", Author: "A. Auteur",
			Published: time.Date(2024, 2, 29, 23, 30, 0, 123456789, paris), PublishedSource: doc.PubJSONLD, PublishedExpr: "2024-02-29T23:30:00+01:00",
			Fetched: time.Date(2024, 3, 1, 8, 0, 0, 0, time.UTC), FetchedSource: doc.FetchWARC,
			Lang: "fr", LangConfidence: 0.875, LangSupported: true,
			Text: "Premier paragraphe.\nSecond paragraphe.", Paragraphs: []doc.Span{{Start: 0, End: 19}, {Start: 20, End: 38}},
			Origin: doc.Origin{File: "a.warc.gz", Record: 12, Format: "warc"},
		}},
		{"empty", &doc.Document{ID: "x2"}},
		{"empty paragraphs", &doc.Document{ID: "x3", Text: "t", Paragraphs: []doc.Span{}}},
		{"not UTF-8 safe text", &doc.Document{ID: "x4", Title: "nul\x00byte", Text: "a\x00b \U0001F600"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := s.Put(ctx, tt.d); err != nil {
				t.Fatal(err)
			}
			got, v, err := s.Get(ctx, tt.d.ID)
			if err != nil {
				t.Fatal(err)
			}
			if v != 1 {
				t.Errorf("version = %d", v)
			}
			if !got.Published.Equal(tt.d.Published) || !got.Fetched.Equal(tt.d.Fetched) {
				t.Errorf("times: got %v %v, want %v %v", got.Published, got.Fetched, tt.d.Published, tt.d.Fetched)
			}
			if _, off := got.Published.Zone(); !tt.d.Published.IsZero() {
				if _, want := tt.d.Published.Zone(); off != want {
					t.Errorf("published offset %d, want %d", off, want)
				}
			}
			g, w := *got, *tt.d
			g.Published, g.Fetched, w.Published, w.Fetched = time.Time{}, time.Time{}, time.Time{}, time.Time{}
			if fmt.Sprintf("%#v", g) != fmt.Sprintf("%#v", w) {
				t.Errorf("got  %#v\nwant %#v", g, w)
			}
		})
	}
}

func TestGetNotFound(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	if _, _, err := s.Get(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Get: %v, want ErrNotFound", err)
	}
	if _, err := s.Versions(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Versions: %v, want ErrNotFound", err)
	}
}

func TestVersions(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	texts := []string{"Version un.", "Version deux.", "Version trois."}
	for i, text := range texts {
		d := &doc.Document{URL: "https://example.fr/v", Title: "V", Text: text, Author: fmt.Sprint("auteur ", i)}
		if _, err := s.Put(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	id := doc.NewID("https://example.fr/v", "")
	vs, err := s.Versions(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) != len(texts) {
		t.Fatalf("%d versions, want %d", len(vs), len(texts))
	}
	for i, v := range vs {
		if v.Version != i+1 || v.Doc.Text != texts[i] || v.Doc.Author != fmt.Sprint("auteur ", i) || v.Doc.ID != id {
			t.Errorf("version %d: %d %q %q", i, v.Version, v.Doc.Text, v.Doc.Author)
		}
		if v.ContentHash != doc.ContentHash("V", texts[i]) {
			t.Errorf("version %d: hash %s", i, v.ContentHash)
		}
	}
	got, v, err := s.Get(ctx, id)
	if err != nil || v != 3 || got.Text != texts[2] {
		t.Errorf("Get = %q, %d, %v", got.Text, v, err)
	}
}

func TestAliases(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	text := "Le sommet de Rabat s'est achevé."
	orig := &doc.Document{URL: "https://example.ma/sommet", Title: "Sommet", Text: text}
	amp := &doc.Document{URL: "https://example.ma/amp/sommet", Title: "Sommet", Text: text, Origin: doc.Origin{File: "feed.xml", Record: 3, Format: "feed"}}
	r1, err := s.Put(ctx, orig)
	if err != nil {
		t.Fatal(err)
	}
	r2, err := s.Put(ctx, amp)
	if err != nil {
		t.Fatal(err)
	}
	if r2.Status != Duplicate || r2.ID != r1.ID {
		t.Fatalf("second put: %+v", r2)
	}
	as, err := s.Aliases(ctx, r1.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 1 || as[0].URL != amp.URL || as[0].ID != doc.NewID(amp.URL, "") || as[0].Origin != amp.Origin {
		t.Errorf("aliases = %+v", as)
	}
	if _, _, err := s.Get(ctx, as[0].ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("alias stored as a document: %v", err)
	}

	// The alias URL later gets content of its own: it becomes a document.
	amp2 := *amp
	amp2.Text += " Mise à jour."
	r3, err := s.Put(ctx, &amp2)
	if err != nil {
		t.Fatal(err)
	}
	if r3.Status != Inserted || r3.ID != as[0].ID {
		t.Errorf("third put: %+v", r3)
	}
	if as, _ := s.Aliases(ctx, r1.ID); len(as) != 0 {
		t.Errorf("stale alias kept: %+v", as)
	}
}

func TestPutBatchInBatchDuplicates(t *testing.T) {
	s := openTemp(t)
	a := &doc.Document{URL: "https://example.fr/1", Text: "Même texte."}
	b := &doc.Document{URL: "https://example.fr/2", Text: "Même texte."}
	res, err := s.PutBatch(context.Background(), []*doc.Document{a, b, a})
	if err != nil {
		t.Fatal(err)
	}
	want := []Status{Inserted, Duplicate, Unchanged}
	for i, r := range res {
		if r.Status != want[i] || r.ID != res[0].ID {
			t.Errorf("%d: %+v, want %v", i, r, want[i])
		}
	}
}

func TestPutBatchAtomic(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	if _, err := s.w.ExecContext(ctx, `CREATE TEMP TRIGGER boom BEFORE INSERT ON documents
		WHEN new.title = 'boom' BEGIN SELECT RAISE(ABORT, 'boom'); END`); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		docs []*doc.Document
	}{
		{"nil document", []*doc.Document{genDoc(1, 20), nil}},
		{"failing insert", []*doc.Document{genDoc(1, 20), genDoc(2, 20), {Title: "boom", Text: "x"}, genDoc(3, 20)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := s.PutBatch(ctx, tt.docs); err == nil {
				t.Fatal("no error")
			}
			if n, err := s.Count(ctx); err != nil || n != 0 {
				t.Errorf("Count = %d, %v; want 0", n, err)
			}
		})
	}
	// The store still works after a failed batch.
	if res, err := s.PutBatch(ctx, []*doc.Document{genDoc(1, 20)}); err != nil || res[0].Status != Inserted {
		t.Errorf("PutBatch after failure: %v %v", res, err)
	}
}

func TestSearchAccents(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	docs := []*doc.Document{
		{ID: "alg", Title: "Algérie : la sécurité renforcée", Text: "Les forces de sécurité algériennes ont été déployées à la frontière."},
		{ID: "mar", Title: "Maroc", Text: "Rabat et Alger ont signé un accord de coopération économique."},
		{ID: "eng", Title: "Security talks", Text: "The security council met in New York about Algeria."},
		{ID: "elev", Title: "Élection", Text: "ÉLECTION PRÉSIDENTIELLE : le député élu."},
	}
	if _, err := s.PutBatch(ctx, docs); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		query string
		want  []string // ids, any order
	}{
		{"securite", []string{"alg"}},
		{"sécurité", []string{"alg"}},
		{"SECURITE", []string{"alg"}},
		{"Algerie", []string{"alg"}},
		{"algérie", []string{"alg"}},
		{"election presidentielle", []string{"elev"}},
		{"elu", []string{"elev"}},
		{"security", []string{"eng"}},
		{"secur*", []string{"alg", "eng"}},
		{"accord economique", []string{"mar"}},
		{`"accord de cooperation"`, []string{"mar"}},
		{`"cooperation accord"`, nil},
		{"securite -frontiere", nil},
		{"secur* -frontiere", []string{"eng"}},
		{"rabat alger", []string{"mar"}},
		{"nothing", nil},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			hits, err := s.Search(ctx, tt.query, 10, 0)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range hits {
				got = append(got, h.ID)
			}
			if !sameSet(got, tt.want) {
				t.Errorf("Search(%q) = %v, want %v", tt.query, got, tt.want)
			}
		})
	}
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	seen := map[string]int{}
	for _, x := range a {
		seen[x]++
	}
	for _, x := range b {
		seen[x]--
	}
	for _, n := range seen {
		if n != 0 {
			return false
		}
	}
	return true
}

func TestSearchHit(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	d := genDoc(3, 200)
	d.Text += " Une phrase sur la coopération sécuritaire entre Alger et Rabat."
	res, err := s.Put(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	hits, err := s.Search(ctx, "securitaire", 10, 0)
	if err != nil || len(hits) != 1 {
		t.Fatalf("Search = %v, %v", hits, err)
	}
	h := hits[0]
	if h.ID != res.ID || h.URL != d.URL || h.Title != d.Title || h.Lang != "fr" || !h.Published.Equal(d.Published) {
		t.Errorf("hit = %+v", h)
	}
	if !strings.Contains(h.Snippet, SnippetOpen+"sécuritaire"+SnippetClose) {
		t.Errorf("snippet %q has no marked match", h.Snippet)
	}
	if h.Rank <= 0 {
		t.Errorf("rank %v, want > 0", h.Rank)
	}
}

func TestSearchRanking(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	long := strings.Repeat("Un long texte qui parle d'autre chose, de sport et de météo. ", 40)
	docs := []*doc.Document{
		{ID: "passing", Title: "Météo", Text: long + "Un mot sur les sanctions."},
		{ID: "title", Title: "Sanctions contre Moscou", Text: "Les sanctions visent les banques. De nouvelles sanctions sont prévues."},
		{ID: "body", Title: "Diplomatie", Text: "Les sanctions visent les banques. De nouvelles sanctions sont prévues."},
	}
	if _, err := s.PutBatch(ctx, docs); err != nil {
		t.Fatal(err)
	}
	hits, err := s.Search(ctx, "sanctions", 10, 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range hits {
		got = append(got, h.ID)
	}
	if want := []string{"title", "body", "passing"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("order %v, want %v", got, want)
	}
	for i := 1; i < len(hits); i++ {
		if hits[i].Rank > hits[i-1].Rank {
			t.Errorf("ranks not decreasing: %v then %v", hits[i-1].Rank, hits[i].Rank)
		}
	}
	// Paging.
	page, err := s.Search(ctx, "sanctions", 1, 1)
	if err != nil || len(page) != 1 || page[0].ID != "body" {
		t.Errorf("page 2 = %v, %v", page, err)
	}
}

func TestSearchAfterUpdate(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	u := "https://example.fr/maj"
	steps := []struct {
		text      string
		gone, new string
	}{
		{"Le ministre a démissionné.", "", "démissionné"},
		{"Le ministre est resté en poste.", "demissionne", "reste"},
		{"Le président a parlé.", "ministre", "president"},
	}
	for _, st := range steps {
		if _, err := s.Put(ctx, &doc.Document{URL: u, Text: st.text}); err != nil {
			t.Fatal(err)
		}
		if st.gone != "" {
			if hits, err := s.Search(ctx, st.gone, 10, 0); err != nil || len(hits) != 0 {
				t.Errorf("after %q, %q finds %v, %v", st.text, st.gone, hits, err)
			}
		}
		if hits, err := s.Search(ctx, st.new, 10, 0); err != nil || len(hits) != 1 {
			t.Errorf("after %q, %q finds %v, %v", st.text, st.new, hits, err)
		}
	}
	if err := s.IntegrityCheck(ctx); err != nil {
		t.Error(err)
	}
}

func TestSearchNastyQueries(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	if _, err := s.Put(ctx, &doc.Document{Title: "AND OR NOT", Text: "Near the border, a NEAR(miss) at 10* o'clock; \"quoted\" - minus."}); err != nil {
		t.Fatal(err)
	}
	queries := []string{
		``, ` `, `"`, `""`, `"""`, `*`, `**`, `-`, `--`, `-*`, `- -`, `(`, `)`, `()`, `AND`, `OR`, `NOT`, `AND OR`,
		`a AND`, `NOT a`, `a NOT`, `NEAR(`, `NEAR(a b`, `NEAR(a b, 2)`, `near`, `title:x`, `text:border`, `{title}: x`,
		`^a`, `a + b`, `a:`, `:`, `'`, `l'Algérie`, `"unbalanced`, `un"balanced`, `-"`, `-"a`, `"a" -`, `a* *b`,
		`border*"`, `\`, `\"`, `%`, `_`, `;DROP TABLE documents;--`, "\x00", "a\x00b", "\xff\xfe", "é\u0301",
		"\u200b", "\t\n", `[`, `]`, `{`, `}`, `"a" OR "b"`, `a OR b`, strings.Repeat(`"(`, 5000),
		strings.Repeat("a ", 5000), strings.Repeat("é", 5000), strings.Repeat("-x ", 3333), strings.Repeat("x", 10000),
		strings.Repeat(`NEAR(a b) AND (c OR "d`, 500)[:10000],
	}
	for i, q := range queries {
		name := q
		if len(name) > 20 {
			name = fmt.Sprintf("%d:%.20s…", i, q)
		}
		t.Run(name, func(t *testing.T) {
			if _, err := s.Search(ctx, q, 10, 0); err != nil {
				t.Errorf("Search(%q): %v", q, err)
			}
			if _, err := s.Search(ctx, q, -1, -5); err != nil {
				t.Errorf("Search(%q, -1, -5): %v", q, err)
			}
		})
	}
	// Operator words are searched as words.
	for _, q := range []string{"AND", "NOT", "near", "border*", `"quoted"`, "10*"} {
		if hits, err := s.Search(ctx, q, 10, 0); err != nil || len(hits) != 1 {
			t.Errorf("Search(%q) = %d hits, %v; want 1", q, len(hits), err)
		}
	}
}

func TestFTSQuery(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"  ", ""},
		{"securite", `"securite"`},
		{"Algérie sécurité", `"Algérie" "sécurité"`},
		{`"accord de paix"`, `"accord de paix"`},
		{`"unclosed phrase`, `"unclosed phrase"`},
		{"secur*", `"secur"*`},
		{"a -b", `("a") NOT "b"`},
		{`a -"b c" -d*`, `("a") NOT "b c" NOT "d"*`},
		{"-b", ""},
		{"AND OR NOT", `"AND" "OR" "NOT"`},
		{"NEAR(a b)", `"NEAR(a" "b)"`},
		{"(", ""},
		{`a"b`, `"a" "b"`},
		{"l'Algérie", `"l'Algérie"`},
		{"a\x00b", `"a b"`},
		{"- a", `"a"`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := ftsQuery(tt.in); got != tt.want {
				t.Errorf("ftsQuery(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
	if got := ftsQuery(strings.Repeat("x ", 1000)); strings.Count(got, `"x"`) != maxTerms {
		t.Errorf("long query kept %d terms, want %d", strings.Count(got, `"x"`), maxTerms)
	}
}

func TestOpen(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name    string
		content []byte // nil: no file
	}{
		{"missing file", nil},
		{"empty file", []byte{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "sub dir?#%", "vigie.db")
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if tt.content != nil {
				if err := os.WriteFile(path, tt.content, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			s, err := Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			v, err := s.SchemaVersion(ctx)
			if want := len(mustMigrations(t)); err != nil || v != want {
				t.Errorf("SchemaVersion = %d, %v; want %d", v, err, want)
			}
			var mode string
			if err := s.w.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
				t.Errorf("journal_mode = %q, %v", mode, err)
			}
			var fk, sync int
			if err := s.w.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
				t.Errorf("foreign_keys = %d, %v", fk, err)
			}
			if err := s.w.QueryRowContext(ctx, "PRAGMA synchronous").Scan(&sync); err != nil || sync != 1 {
				t.Errorf("synchronous = %d, %v", sync, err)
			}
			if _, err := s.Put(ctx, genDoc(1, 10)); err != nil {
				t.Fatal(err)
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			// Reopening applies nothing and keeps the data.
			s, err = Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if n, err := s.Count(ctx); err != nil || n != 1 {
				t.Errorf("Count after reopen = %d, %v", n, err)
			}
			if _, err := os.Stat(path); err != nil {
				t.Error(err)
			}
		})
	}
}

func mustMigrations(t *testing.T) []migration {
	t.Helper()
	ms, err := loadMigrations(migrationFS)
	if err != nil {
		t.Fatal(err)
	}
	return ms
}

func TestOpenNotSQLite(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name    string
		content []byte
		reason  string
	}{
		{"text", []byte("Ceci n'est pas une base de données.\n"), "not a SQLite database"},
		{"short", []byte("SQLite"), "not a SQLite database"},
		{"html", []byte("<!DOCTYPE html><html><body>" + strings.Repeat("x", 5000)), "not a SQLite database"},
		{"jsonl", []byte(`{"url":"https://example.fr","text":"x"}` + "\n"), "not a SQLite database"},
		{"corrupt SQLite", append([]byte("SQLite format 3\x00"), bytes.Repeat([]byte{0xff}, 8192)...), "not a SQLite database or corrupt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "articles.db")
			if err := os.WriteFile(path, tt.content, 0o644); err != nil {
				t.Fatal(err)
			}
			s, err := Open(ctx, path)
			if err == nil {
				s.Close()
				t.Fatal("Open succeeded")
			}
			if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), tt.reason) {
				t.Errorf("error %q does not name the path and %q", err, tt.reason)
			}
			got, err := os.ReadFile(path)
			if err != nil || !bytes.Equal(got, tt.content) {
				t.Errorf("file changed")
			}
			entries, _ := os.ReadDir(dir)
			if len(entries) != 1 {
				t.Errorf("files left beside it: %v", entries)
			}
		})
	}
	t.Run("directory", func(t *testing.T) {
		if _, err := Open(ctx, t.TempDir()); err == nil || !strings.Contains(err.Error(), "directory") {
			t.Errorf("Open(dir) = %v", err)
		}
	})
}

func TestOpenForeignSQLite(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "other.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	// Make it look like another program's database.
	for _, q := range []string{"DROP TABLE schema_migrations", "CREATE TABLE accounts (id INTEGER)"} {
		if _, err := s.w.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	if _, err := Open(ctx, path); err == nil || !strings.Contains(err.Error(), "not a vigie one") {
		t.Errorf("Open = %v", err)
	}
}

func TestOpenNewerSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "vigie.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	latest := len(mustMigrations(t))
	if _, err := s.w.ExecContext(ctx, "INSERT INTO schema_migrations (version, name, applied) VALUES (?, '9999_future.sql', '')", latest+1); err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, err = Open(ctx, path)
	if !errors.Is(err, ErrSchemaTooNew) || !strings.Contains(err.Error(), path) {
		t.Errorf("Open = %v, want ErrSchemaTooNew naming the path", err)
	}
}

func TestLoadMigrations(t *testing.T) {
	sql := &fstest.MapFile{Data: []byte("CREATE TABLE t (x);")}
	tests := []struct {
		name    string
		files   []string
		want    []int
		wantErr bool
	}{
		{"ordered", []string{"0002_b.sql", "0001_a.sql", "0010_j.sql", "0003_c.sql", "0004_d.sql", "0005_e.sql", "0006_f.sql", "0007_g.sql", "0008_h.sql", "0009_i.sql"}, []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, false},
		{"none", nil, nil, false},
		{"gap", []string{"0001_a.sql", "0003_c.sql"}, nil, true},
		{"repeat", []string{"0001_a.sql", "0001_b.sql"}, nil, true},
		{"no number", []string{"documents.sql"}, nil, true},
		{"zero", []string{"0000_a.sql"}, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for _, f := range tt.files {
				fsys["migrations/"+f] = sql
			}
			ms, err := loadMigrations(fsys)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v", err)
			}
			var got []int
			for _, m := range ms {
				got = append(got, m.version)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("versions %v, want %v", got, tt.want)
			}
		})
	}
}

// TestPutBatchIndex checks that the full-text index follows every mix of
// inserts and updates inside one batch.
func TestPutBatchIndex(t *testing.T) {
	u := func(n int) string { return fmt.Sprintf("https://example.fr/%d", n) }
	d := func(n int, text string) *doc.Document { return &doc.Document{URL: u(n), Text: text} }
	tests := []struct {
		name    string
		before  []*doc.Document
		batch   []*doc.Document
		query   string
		want    int
		absent  string
		version int // of u(1)
	}{
		{"insert then update", nil, []*doc.Document{d(1, "alpha"), d(1, "bravo")}, "bravo", 1, "alpha", 2},
		{"insert update insert", nil, []*doc.Document{d(1, "alpha"), d(2, "delta"), d(1, "bravo"), d(3, "bravo charlie")}, "bravo", 2, "alpha", 2},
		{"update old then insert", []*doc.Document{d(1, "alpha")}, []*doc.Document{d(1, "bravo"), d(2, "bravo two")}, "bravo", 2, "alpha", 2},
		{"update twice", []*doc.Document{d(1, "alpha")}, []*doc.Document{d(1, "bravo"), d(1, "charlie"), d(2, "delta")}, "charlie", 1, "bravo", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTemp(t)
			ctx := context.Background()
			if _, err := s.PutBatch(ctx, tt.before); err != nil {
				t.Fatal(err)
			}
			if _, err := s.PutBatch(ctx, tt.batch); err != nil {
				t.Fatal(err)
			}
			if err := s.IntegrityCheck(ctx); err != nil {
				t.Fatal(err)
			}
			if hits, err := s.Search(ctx, tt.query, 10, 0); err != nil || len(hits) != tt.want {
				t.Errorf("Search(%q) = %d hits, %v; want %d", tt.query, len(hits), err, tt.want)
			}
			if hits, err := s.Search(ctx, tt.absent, 10, 0); err != nil || len(hits) != 0 {
				t.Errorf("Search(%q) = %d hits, %v; want 0", tt.absent, len(hits), err)
			}
			if _, v, err := s.Get(ctx, doc.NewID(u(1), "")); err != nil || v != tt.version {
				t.Errorf("version = %d, %v; want %d", v, err, tt.version)
			}
		})
	}
}

func TestIntegrityCheckFindsStaleIndex(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	if _, err := s.Put(ctx, genDoc(1, 20)); err != nil {
		t.Fatal(err)
	}
	// A row added behind the store's back is not in the index.
	if _, err := s.w.ExecContext(ctx, `INSERT INTO documents (id, title, text, content_hash, created, updated)
		VALUES ('manual', 'Manuel', 'ajouté à la main', 'h', '', '')`); err != nil {
		t.Fatal(err)
	}
	if err := s.IntegrityCheck(ctx); err == nil {
		t.Error("IntegrityCheck passed with a stale index")
	}
	if err := s.RebuildIndex(ctx); err != nil {
		t.Fatal(err)
	}
	if err := s.IntegrityCheck(ctx); err != nil {
		t.Errorf("after RebuildIndex: %v", err)
	}
	if hits, err := s.Search(ctx, "ajoute main", 10, 0); err != nil || len(hits) != 1 {
		t.Errorf("Search after rebuild = %v, %v", hits, err)
	}
}
