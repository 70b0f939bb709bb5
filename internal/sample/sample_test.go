package sample

import (
	"bufio"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

type entry = Entry

func readManifest(t *testing.T) manifest {
	t.Helper()
	m, err := ReadManifest()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// records counts the articles a multi-record file holds.
func records(t *testing.T, format string, b []byte) int {
	t.Helper()
	switch format {
	case "jsonl":
		n := 0
		sc := bufio.NewScanner(bytes.NewReader(b))
		sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
		for sc.Scan() {
			line := bytes.TrimSpace(sc.Bytes())
			if len(line) == 0 {
				continue
			}
			var rec map[string]any
			if err := json.Unmarshal(line, &rec); err != nil {
				t.Fatalf("record %d: %v", n, err)
			}
			for _, k := range []string{"id", "title", "published", "fetched"} {
				if s, _ := rec[k].(string); s == "" {
					t.Errorf("record %d: no %q", n, k)
				}
			}
			_, hasText := rec["text"]
			_, hasHTML := rec["html"]
			if hasText == hasHTML {
				t.Errorf("record %d: want exactly one of text and html", n)
			}
			n++
		}
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
		return n
	case "rss":
		var f struct {
			Items []struct {
				Title   string `xml:"title"`
				PubDate string `xml:"pubDate"`
			} `xml:"channel>item"`
		}
		if err := xml.Unmarshal(b, &f); err != nil {
			t.Fatalf("parse rss: %v", err)
		}
		return len(f.Items)
	case "atom":
		var f struct {
			Entries []struct {
				Title     string `xml:"title"`
				Published string `xml:"published"`
			} `xml:"entry"`
		}
		if err := xml.Unmarshal(b, &f); err != nil {
			t.Fatalf("parse atom: %v", err)
		}
		return len(f.Entries)
	}
	t.Fatalf("format %q holds one article", format)
	return 0
}

var (
	formats = map[string]bool{"html": true, "text": true, "jsonl": true, "rss": true, "atom": true}
	sources = map[string]bool{"meta": true, "jsonld": true, "time": true, "text": true, "feed": true, "input": true, "url": true}
	multi   = map[string]bool{"jsonl": true, "rss": true, "atom": true}
)

func TestManifest(t *testing.T) {
	m := readManifest(t)
	seen := map[string]bool{}
	for _, a := range m.Articles {
		name := a.File
		if a.Index != nil {
			name = fmt.Sprintf("%s#%d", a.File, *a.Index)
		}
		t.Run(name, func(t *testing.T) {
			if seen[name] {
				t.Fatalf("listed twice")
			}
			seen[name] = true
			b, err := FS.ReadFile(path.Join("articles", a.File))
			if err != nil {
				t.Fatalf("file named in manifest: %v", err)
			}
			if !formats[a.Format] {
				t.Errorf("format %q", a.Format)
			}
			if multi[a.Format] != (a.Index != nil) {
				t.Errorf("format %q: index is %v", a.Format, a.Index)
			}
			if a.Index != nil {
				if n := records(t, a.Format, b); *a.Index < 0 || *a.Index >= n {
					t.Errorf("index %d, file holds %d records", *a.Index, n)
				}
			}
			if a.Title == "" || a.Lang == "" || a.TextStarts == "" || len(a.TextContains) == 0 {
				t.Errorf("title, lang, text_starts and text_contains are required")
			}
			if a.Section == nil || a.Author == nil {
				t.Errorf("section and author must be given, \"\" when unknown")
			}
			if a.Format == "html" && a.DeclaredCharset == nil {
				t.Errorf("html: declared_charset must be given, \"\" when none")
			}
			if !sources[a.PublishedSource] {
				t.Errorf("published_source %q", a.PublishedSource)
			}
			pub, err := time.Parse(time.DateOnly, a.Published)
			if err != nil {
				t.Errorf("published: %v", err)
			}
			fetched, err := time.Parse(time.RFC3339, a.Fetched)
			if err != nil {
				t.Errorf("fetched: %v", err)
			} else if pub.After(fetched) {
				t.Errorf("published %s after fetched %s", a.Published, a.Fetched)
			}
			checkEncoding(t, a, b)
		})
	}

	// Every article file is in the manifest.
	err := fs.WalkDir(FS, "articles", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || p == "articles/MANIFEST.json" {
			return err
		}
		rel := strings.TrimPrefix(p, "articles/")
		for k := range seen {
			if k == rel || strings.HasPrefix(k, rel+"#") {
				return nil
			}
		}
		t.Errorf("%s is not in the manifest", rel)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// checkEncoding checks that a file really is in the encoding the manifest
// names: legacy single-byte pages must not happen to be valid UTF-8.
func checkEncoding(t *testing.T, a entry, b []byte) {
	t.Helper()
	bom := bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF})
	switch a.Encoding {
	case "utf-8":
		if !utf8.Valid(b) {
			t.Errorf("encoding utf-8: not valid UTF-8")
		}
		if bom {
			t.Errorf("encoding utf-8: starts with a BOM")
		}
	case "utf-8-bom":
		if !bom || !utf8.Valid(b) {
			t.Errorf("encoding utf-8-bom: want valid UTF-8 after a BOM")
		}
	case "windows-1252":
		if utf8.Valid(b) {
			t.Errorf("encoding windows-1252: file is valid UTF-8, so the legacy encoding is not real")
		}
		// Bytes 0x80-0x9F are printable in windows-1252 (’ “ ” € œ …) and
		// control codes in ISO-8859-1: the pages must use them.
		if !hasC1(b) {
			t.Errorf("encoding windows-1252: no byte in 0x80-0x9F")
		}
	case "iso-8859-15":
		if utf8.Valid(b) {
			t.Errorf("encoding iso-8859-15: file is valid UTF-8, so the legacy encoding is not real")
		}
		// € is 0xA4 and œ 0xBD in ISO-8859-15 (¤ and ½ in ISO-8859-1).
		if !bytes.Contains(b, []byte{0xA4}) || !bytes.Contains(b, []byte{0xBD}) {
			t.Errorf("encoding iso-8859-15: want the euro sign (0xA4) and œ (0xBD)")
		}
		if hasC1(b) {
			t.Errorf("encoding iso-8859-15: bytes in 0x80-0x9F are not characters there")
		}
	default:
		t.Errorf("encoding %q", a.Encoding)
	}
	if a.DeclaredCharset == nil {
		return
	}
	head := strings.ToLower(string(b[:min(len(b), 2048)]))
	if d := *a.DeclaredCharset; d == "" {
		if strings.Contains(head, "charset") {
			t.Errorf("declared_charset is empty but the page declares one")
		}
	} else if !strings.Contains(head, "charset="+d) && !strings.Contains(head, `charset="`+d+`"`) {
		t.Errorf("page does not declare charset %q", d)
	}
}

// hasC1 reports whether b holds a byte in 0x80-0x9F.
func hasC1(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 && c <= 0x9F {
			return true
		}
	}
	return false
}
