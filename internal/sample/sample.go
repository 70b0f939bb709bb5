// Package sample embeds vigie's own sample news articles, written for the
// project, used by `vigie demo` and by tests.
//
// The articles live under articles/: full HTML pages with their site chrome
// in several encodings (html/), crawler text dumps (text/), a JSON Lines file
// (jsonl/) and RSS and Atom feeds (feeds/). articles/MANIFEST.json lists, for
// each article, the facts a correct reader and extractor must produce.
package sample

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"
)

//go:embed articles
var FS embed.FS

// Entry is one article of articles/MANIFEST.json: the facts a correct
// reader and extractor must produce for it.
type Entry struct {
	File            string   `json:"file"`
	Index           *int     `json:"index"` // 0-based record or item in a multi-article file
	Format          string   `json:"format"`
	Encoding        string   `json:"encoding"`
	DeclaredCharset *string  `json:"declared_charset"`
	URL             string   `json:"url"`
	Fetched         string   `json:"fetched"`
	Title           string   `json:"title"`
	Section         *string  `json:"section"`
	Author          *string  `json:"author"`
	Published       string   `json:"published"`
	PublishedSource string   `json:"published_source"`
	Lang            string   `json:"lang"`
	TextStarts      string   `json:"text_starts"`
	TextContains    []string `json:"text_contains"`
	TextExcludes    []string `json:"text_excludes"`
}

type manifest struct {
	About    string  `json:"about"`
	Articles []Entry `json:"articles"`
}

// ReadManifest parses articles/MANIFEST.json.
func ReadManifest() (manifest, error) {
	b, err := FS.ReadFile("articles/MANIFEST.json")
	if err != nil {
		return manifest{}, fmt.Errorf("sample: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var m manifest
	if err := dec.Decode(&m); err != nil {
		return manifest{}, fmt.Errorf("sample: MANIFEST.json: %w", err)
	}
	if len(m.Articles) == 0 {
		return manifest{}, errors.New("sample: MANIFEST.json lists no articles")
	}
	return m, nil
}

// Articles returns the manifest entries.
func Articles() ([]Entry, error) {
	m, err := ReadManifest()
	return m.Articles, err
}

// FetchTimes maps each file's path in FS ("articles/html/x.html") to the
// time it was fetched: the latest fetch time of the articles it holds.
func FetchTimes() map[string]time.Time {
	m, err := ReadManifest()
	if err != nil {
		return nil
	}
	out := map[string]time.Time{}
	for _, a := range m.Articles {
		t, err := time.Parse(time.RFC3339, a.Fetched)
		if err != nil {
			continue
		}
		p := "articles/" + a.File
		if t.After(out[p]) {
			out[p] = t
		}
	}
	return out
}

// Unpack writes the sample articles (not the manifest) into dir, keeping
// their paths below articles/ and giving each file the time it was
// fetched, so that relative dates ("il y a 2 jours") resolve as they did
// when the pages were saved.
func Unpack(dir string) error {
	times := FetchTimes()
	return fs.WalkDir(FS, "articles", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Base(p) == "MANIFEST.json" {
			return err
		}
		b, err := fs.ReadFile(FS, p)
		if err != nil {
			return fmt.Errorf("sample: %w", err)
		}
		out := filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(p, "articles/")))
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return fmt.Errorf("sample: %w", err)
		}
		if err := os.WriteFile(out, b, 0o644); err != nil {
			return fmt.Errorf("sample: %w", err)
		}
		if t, ok := times[p]; ok {
			return os.Chtimes(out, t, t)
		}
		return nil
	})
}
