package extract

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/ingest"
	"github.com/vigie-events/vigie/internal/sample"
)

var update = flag.Bool("update", false, "rewrite golden files")

// unpackSamples writes the embedded sample articles to a folder.
func unpackSamples(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := sample.Unpack(dir); err != nil {
		t.Fatal(err)
	}
	return dir
}

func norm(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\n' || r == '\t' }), " ")
}

// TestSamples extracts every built-in sample article and checks it against
// the facts in MANIFEST.json, then against a golden JSON file of the whole
// output (refresh with -update after checking the diff).
func TestSamples(t *testing.T) {
	dir := unpackSamples(t)
	arts, err := sample.Articles()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		name := a.File
		if a.Index != nil {
			name = fmt.Sprintf("%s#%d", a.File, *a.Index)
		}
		t.Run(name, func(t *testing.T) {
			fetched, err := time.Parse(time.RFC3339, a.Fetched)
			if err != nil {
				t.Fatal(err)
			}
			r := ingest.New(ingest.Config{Now: fetched})
			var it *ingest.Item
			i := 0
			for x, err := range r.All(context.Background(), []string{filepath.Join(dir, filepath.FromSlash(a.File))}) {
				if err != nil {
					t.Fatalf("reading: %v", err)
				}
				if a.Index == nil || i == *a.Index {
					it = x
					break
				}
				i++
			}
			if it == nil {
				t.Fatal("record not found")
			}
			d, err := New(Config{}).Extract(it)
			if err != nil {
				t.Fatal(err)
			}
			checkDoc(t, d)
			if d.Title != a.Title {
				t.Errorf("title %q, want %q", d.Title, a.Title)
			}
			if a.Section != nil && !strings.EqualFold(d.Section, *a.Section) {
				t.Errorf("section %q, want %q", d.Section, *a.Section)
			}
			if a.Author != nil && d.Author != *a.Author {
				t.Errorf("author %q, want %q", d.Author, *a.Author)
			}
			if got := d.Published.Format("2006-01-02"); got != a.Published {
				t.Errorf("published %s (%s from %s %q), want %s", got, d.Published, d.PublishedSource, d.PublishedExpr, a.Published)
			}
			if d.PublishedSource != a.PublishedSource {
				t.Errorf("published_source %q, want %q", d.PublishedSource, a.PublishedSource)
			}
			if d.Lang != a.Lang {
				t.Errorf("lang %s (%.2f), want %s", d.Lang, d.LangConfidence, a.Lang)
			}
			if d.LangSupported != doc.IsSupported(a.Lang) {
				t.Errorf("lang_supported %v", d.LangSupported)
			}
			text := norm(d.Text)
			if !strings.HasPrefix(text, norm(a.TextStarts)) {
				t.Errorf("text starts %q, want %q", text[:min(len(text), 120)], a.TextStarts)
			}
			for _, c := range a.TextContains {
				if !strings.Contains(text, norm(c)) {
					t.Errorf("text lacks %q", c)
				}
			}
			for _, x := range a.TextExcludes {
				if strings.Contains(text, norm(x)) {
					t.Errorf("text contains boilerplate %q", x)
				}
			}
			golden(t, strings.NewReplacer("/", "_", "#", "_").Replace(name), d)
		})
	}
}

func golden(t *testing.T, name string, d *doc.Document) {
	t.Helper()
	c := *d
	c.Origin = doc.Origin{}
	// The detector's exact confidence moves with its model; the golden
	// file keeps one decimal.
	c.LangConfidence = math.Round(c.LangConfidence*10) / 10
	got, err := json.MarshalIndent(&c, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join("testdata", "golden", name+".json")
	if *update {
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("golden file missing (run go test -update): %v", err)
	}
	if strings.TrimSpace(string(want)) != string(got) {
		t.Errorf("output differs from %s (rerun with -update after checking):\n%s", p, got)
	}
}
