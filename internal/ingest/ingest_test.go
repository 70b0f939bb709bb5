package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestDecodeHTML(t *testing.T) {
	cp := func(s string) []byte { // windows-1252 bytes for a few French characters
		r := strings.NewReplacer("é", "\xe9", "’", "\x92", "€", "\x80", "œ", "\x9c", "«", "\xab", "»", "\xbb")
		return []byte(r.Replace(s))
	}
	tests := []struct {
		name, ctype, wantCS, wantSrc, want string
		body                               []byte
	}{
		{"utf8 meta", "", "utf-8", "meta", "sécurité", []byte(`<html><head><meta charset="utf-8"></head><body>sécurité</body></html>`)},
		{"utf8 bom", "", "utf-8", "bom", "sécurité", append([]byte{0xEF, 0xBB, 0xBF}, []byte("<p>sécurité</p>")...)},
		{"cp1252 meta http-equiv", "", "windows-1252", "meta", "l’€ œuvre", cp(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>l’€ œuvre</p>`)},
		{"latin1 label is windows-1252", "", "windows-1252", "meta", "« l’été »", cp(`<meta charset="iso-8859-1"><p>« l’été »</p>`)},
		{"iso-8859-15", "", "iso-8859-15", "meta", "€ œ", []byte("<meta charset=\"iso-8859-15\"><p>\xa4 \xbd</p>")},
		{"header wins over meta", "text/html; charset=windows-1252", "windows-1252", "header", "été", cp(`<meta charset="utf-8"><p>été</p>`)},
		{"undeclared cp1252 sniffed", "", "windows-1252", "sniff", "l’été", cp(`<p>l’été</p>`)},
		{"undeclared utf8 sniffed", "", "utf-8", "sniff", "l’été", []byte(`<p>l’été</p>`)},
		{"declared latin1 but utf8 bytes", "", "utf-8", "sniff", "l’été", []byte(`<meta charset="iso-8859-1"><p>l’été</p>`)},
		{"declared utf8 but cp1252 bytes", "", "windows-1252", "sniff", "l’été", cp(`<meta charset="utf-8"><p>l’été</p>`)},
		{"meta after big script", "", "windows-1252", "meta", "été", cp(`<head><script>` + strings.Repeat("x", 5000) + `</script><meta charset="windows-1252"></head><p>été</p>`)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := DecodeHTML(tt.body, tt.ctype)
			if err != nil {
				t.Fatal(err)
			}
			if d.Charset != tt.wantCS || d.Source != tt.wantSrc {
				t.Errorf("charset %s from %s, want %s from %s", d.Charset, d.Source, tt.wantCS, tt.wantSrc)
			}
			if !strings.Contains(d.Text, tt.want) {
				t.Errorf("text %q does not contain %q", d.Text, tt.want)
			}
			if !utf8.ValidString(d.Text) {
				t.Error("output is not valid UTF-8")
			}
		})
	}
}

func TestDecodeText(t *testing.T) {
	if _, err := DecodeText([]byte("caf\xc3\xa9 et caf\xe9 et th\xc3\xa9")); err == nil {
		t.Error("mixed UTF-8 and invalid bytes: want an error")
	}
	d, err := DecodeText([]byte("l\x92\xe9t\xe9"))
	if err != nil || d.Text != "l’été" {
		t.Errorf("cp1252 text: %q, %v", d.Text, err)
	}
}

func TestSniff(t *testing.T) {
	tests := []struct{ name, file, head, want string }{
		{"warc", "x", "WARC/1.1\r\n", "warc"},
		{"gz warc by name", "a.warc.gz", "\x1f\x8b\x08", "warc"},
		{"gz other", "a.gz", "\x1f\x8b\x08", "gzip"},
		{"jsonl by content", "x", `{"id":1}`, "jsonl"},
		{"rss", "x", `<?xml version="1.0"?><rss version="2.0">`, "feed"},
		{"atom", "x", `<feed xmlns="http://www.w3.org/2005/Atom">`, "feed"},
		{"html", "x", "<!DOCTYPE html><html>", "html"},
		{"html by ext", "a.html", "hello", "html"},
		{"text", "a.txt", "Accueil POLITIQUE titre\n", "text"},
		{"pdf", "a.pdf", "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary"},
		{"png", "a.png", "\x89PNG\r\n\x1a\n\x00\x00", "binary"},
		{"nul bytes", "a.txt", "abc\x00\x00def", "binary"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sniff(tt.file, []byte(tt.head)); got != tt.want {
				t.Errorf("sniff(%q) = %s, want %s", tt.head, got, tt.want)
			}
		})
	}
}

// collect reads sources and returns items and errors.
func collect(t *testing.T, cfg Config, sources ...string) ([]*Item, []error, *Reader) {
	t.Helper()
	r := New(cfg)
	var items []*Item
	var errs []error
	for it, err := range r.All(context.Background(), sources) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		items = append(items, it)
	}
	return items, errs, r
}

func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func warcRecord(typ, uri, date, ctype string, block string) string {
	return fmt.Sprintf("WARC/1.1\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: %s\r\nWARC-Record-ID: <urn:uuid:%x>\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		typ, uri, date, len(uri)+len(block), ctype, len(block), block)
}

func httpResp(status, ctype, body string) string {
	return fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", status, ctype, len(body), body)
}

func gz(parts ...string) []byte {
	var buf bytes.Buffer
	for _, p := range parts { // one gzip member per record, as WARC.gz wants
		zw := gzip.NewWriter(&buf)
		zw.Write([]byte(p))
		zw.Close()
	}
	return buf.Bytes()
}

func sampleWARC() []string {
	page := "<html><head><meta charset=\"utf-8\"></head><body><p>Le ministre a reçu son homologue.</p></body></html>"
	return []string{
		warcRecord("warcinfo", "", "2023-03-16T08:00:00Z", "application/warc-fields", "software: test\r\n"),
		warcRecord("request", "https://ex.fr/a", "2023-03-16T08:00:00Z", "application/http;msgtype=request", "GET /a HTTP/1.1\r\nHost: ex.fr\r\n\r\n"),
		warcRecord("response", "https://ex.fr/a", "2023-03-16T08:00:01Z", "application/http;msgtype=response", httpResp("200 OK", "text/html; charset=utf-8", page)),
		warcRecord("response", "https://ex.fr/missing", "2023-03-16T08:00:02Z", "application/http;msgtype=response", httpResp("404 Not Found", "text/html", "nope")),
		warcRecord("response", "https://ex.fr/logo.png", "2023-03-16T08:00:03Z", "application/http;msgtype=response", httpResp("200 OK", "image/png", "\x89PNG")),
		warcRecord("resource", "file:///notes.txt", "2023-03-16T08:00:04Z", "text/plain", "A plain text note about talks in Rabat."),
	}
}

func TestWARC(t *testing.T) {
	dir := t.TempDir()
	recs := sampleWARC()
	plain := write(t, dir, "a.warc", []byte(strings.Join(recs, "")))
	zipped := write(t, dir, "b.warc.gz", gz(recs...))
	for _, p := range []string{plain, zipped} {
		t.Run(filepath.Base(p), func(t *testing.T) {
			items, errs, r := collect(t, Config{}, p)
			if len(errs) != 0 {
				t.Fatalf("errors: %v", errs)
			}
			if len(items) != 2 {
				t.Fatalf("got %d items, want 2; skipped %v", len(items), r.Stats.Skipped)
			}
			it := items[0]
			if it.URL != "https://ex.fr/a" || it.Kind != KindHTML || it.FetchedSource != "warc" || !it.Fetched.Equal(time.Date(2023, 3, 16, 8, 0, 1, 0, time.UTC)) {
				t.Errorf("item 0: %+v", it)
			}
			if it.Origin.Record != 3 || it.Origin.Format != "warc" {
				t.Errorf("origin %+v, want record 3", it.Origin)
			}
			if items[1].Kind != KindText {
				t.Errorf("resource record: kind %v", items[1].Kind)
			}
			if got := r.Stats.SkippedTotal(); got != 4 {
				t.Errorf("skipped %d, want 4 (%v)", got, r.Stats.Skipped)
			}
		})
	}
}

func TestWARCTruncated(t *testing.T) {
	dir := t.TempDir()
	recs := sampleWARC()
	full := gz(recs...)
	p := write(t, dir, "cut.warc.gz", full[:len(full)-40])
	items, errs, _ := collect(t, Config{}, p)
	if len(errs) != 1 {
		t.Fatalf("want one error for the truncated record, got %v", errs)
	}
	if !strings.Contains(errs[0].Error(), "cut.warc.gz") || !strings.Contains(errs[0].Error(), "record") {
		t.Errorf("error does not name file and record: %v", errs[0])
	}
	if len(items) != 1 {
		t.Errorf("records before the cut: got %d items, want 1", len(items))
	}
	raw := []byte(strings.Join(recs, ""))
	p2 := write(t, dir, "cut.warc", raw[:len(raw)-20])
	_, errs, _ = collect(t, Config{}, p2)
	if len(errs) != 1 {
		t.Errorf("plain truncated WARC: want one error, got %v", errs)
	}
}

func TestJSONL(t *testing.T) {
	dir := t.TempDir()
	data := `{"id":"a1","url":"https://ex.com/a","title":"Talks","text":"Officials met on Monday.","published":"2023-05-02","fetched":"2023-05-03T10:00:00Z","lang":"en"}
not json at all
{"id":7,"html":"<p>Le ministre a reçu son homologue.</p>","published":"2023-05-02T09:00:00+02:00"}

{"id":"x","title":"nothing"}
{"id":"y","text":"ok","fetched":"someday"}
`
	p := write(t, dir, "a.jsonl", []byte(data))
	items, errs, _ := collect(t, Config{Now: time.Date(2023, 5, 4, 0, 0, 0, 0, time.UTC)}, p)
	if len(items) != 2 {
		t.Fatalf("got %d items, want 2", len(items))
	}
	if items[0].ID != "a1" || items[0].Kind != KindRecord || items[0].FetchedSource != "input" || items[0].PublishedSource != "input" {
		t.Errorf("item 0: %+v", items[0])
	}
	if items[1].ID != "7" || items[1].Kind != KindFragment || items[1].FetchedSource != "now" {
		t.Errorf("item 1: %+v", items[1])
	}
	wantLines := []int{2, 5, 6}
	if len(errs) != len(wantLines) {
		t.Fatalf("errors %v, want lines %v", errs, wantLines)
	}
	for i, e := range errs {
		var ie *Error
		if !errors.As(e, &ie) || ie.Origin.Record != wantLines[i] || !strings.Contains(e.Error(), fmt.Sprintf("a.jsonl: line %d", wantLines[i])) {
			t.Errorf("error %d = %v, want line %d", i, e, wantLines[i])
		}
	}
}

func TestFeeds(t *testing.T) {
	dir := t.TempDir()
	rss := `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title><language>fr-FR</language>
<item><title>Un</title><link>https://ex.fr/1</link><pubDate>Tue, 14 Mar 2023 10:12:00 +0100</pubDate><description>court</description><content:encoded><![CDATA[<p>Le texte complet.</p>]]></content:encoded></item>
<item><title>Deux</title><link>https://ex.fr/2</link><pubDate>mar., 14 mars 2023 10:12:00 +0100</pubDate><description>Seulement un résumé.</description></item>
</channel></rss>`
	atom := `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><title>One</title><link href="https://ex.com/1"/><id>1</id><published>2023-03-14T10:12:00Z</published><content type="html">&lt;p&gt;Full text.&lt;/p&gt;</content></entry></feed>`
	bomb := `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><rss version="2.0"><channel><item><title>&lol3;</title><description>&lol3;</description></item></channel></rss>`
	items, errs, _ := collect(t, Config{}, write(t, dir, "a.xml", []byte(rss)), write(t, dir, "b.atom", []byte(atom)), write(t, dir, "c.rss", []byte(bomb)))
	if len(items) != 3 {
		t.Fatalf("got %d items, want 3", len(items))
	}
	if string(items[0].Body) != "<p>Le texte complet.</p>" || items[0].Lang != "fr" || items[0].PublishedSource != "feed" || items[0].Published.IsZero() {
		t.Errorf("rss item 0: %+v", items[0])
	}
	if items[1].PublishedExpr == "" {
		t.Errorf("French pubDate should be kept for the extractor: %+v", items[1])
	}
	if items[2].URL != "https://ex.com/1" || string(items[2].Body) != "<p>Full text.</p>" {
		t.Errorf("atom item: %+v", items[2])
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "c.rss") || !strings.Contains(errs[0].Error(), "entit") {
		t.Errorf("entity bomb: want one error naming c.rss, got %v", errs)
	}
}

func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, file string
		data       []byte
		want       string
	}{
		{"empty", "empty.html", nil, "empty"},
		{"blank", "blank.txt", []byte("  \n\n "), "empty"},
		{"binary", "x.bin", []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00"), "binary"},
		{"pdf", "x.pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), "binary"},
		{"truncated gzip", "x.html.gz", gz("<html><body><p>hello</p></body></html>")[:20], "gzip"},
		{"too large", "big.html", append([]byte("<html><body>"), bytes.Repeat([]byte("<p>x</p>"), 20000)...), "too large"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := write(t, dir, tt.file, tt.data)
			items, errs, _ := collect(t, Config{MaxBytes: 100000}, p)
			if len(items) != 0 || len(errs) != 1 {
				t.Fatalf("items %d errors %v, want one error", len(items), errs)
			}
			if !strings.Contains(errs[0].Error(), tt.file) || !strings.Contains(strings.ToLower(errs[0].Error()), tt.want) {
				t.Errorf("error %q should name %s and say %q", errs[0], tt.file, tt.want)
			}
		})
	}
}

func TestDirectoryOrderAndBatchGoesOn(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "b/2.html", []byte("<html><body><p>deux</p></body></html>"))
	write(t, dir, "a.txt", []byte("Un titre\n\nUn paragraphe."))
	write(t, dir, "b/1.bin", []byte("\x00\x01\x02\x03"))
	write(t, dir, ".hidden/x.html", []byte("<p>hidden</p>"))
	items, errs, r := collect(t, Config{}, dir, filepath.Join(dir, "missing.html"))
	if len(items) != 2 || len(errs) != 2 {
		t.Fatalf("items %d, errors %v", len(items), errs)
	}
	if !strings.HasSuffix(items[0].Origin.File, "a.txt") || !strings.HasSuffix(items[1].Origin.File, "2.html") {
		t.Errorf("order: %s, %s", items[0].Origin.File, items[1].Origin.File)
	}
	if items[0].FetchedSource != "file" {
		t.Errorf("fetched source %q, want file", items[0].FetchedSource)
	}
	if r.Stats.Errors != 2 || r.Stats.Items != 2 {
		t.Errorf("stats: %d errors, %d items", r.Stats.Errors, r.Stats.Items)
	}
}

func TestParseTime(t *testing.T) {
	for _, s := range []string{"2023-05-02", "2023-05-02T09:00:00Z", "2023-05-02T09:00:00+02:00", "2023-05-02 09:00:00", "Tue, 02 May 2023 09:00:00 +0200", "1683010800"} {
		if _, ok := ParseTime(s); !ok {
			t.Errorf("ParseTime(%q) failed", s)
		}
	}
	for _, s := range []string{"", "someday", "2023-13-02", "0001-01-01"} {
		if _, ok := ParseTime(s); ok {
			t.Errorf("ParseTime(%q) should fail", s)
		}
	}
}
