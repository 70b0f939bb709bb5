package annotate

import (
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/extract"
	"github.com/vigie-events/vigie/internal/ingest"
	"github.com/vigie-events/vigie/internal/pipeline"
	"github.com/vigie-events/vigie/internal/sample"
)

// sampleDocs extracts vigie's built-in sample articles.
func sampleDocs(t testing.TB) []*doc.Document {
	dir := t.TempDir()
	times := sample.FetchTimes()
	err := fs.WalkDir(sample.FS, "articles", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Base(p) == "MANIFEST.json" {
			return err
		}
		b, err := fs.ReadFile(sample.FS, p)
		if err != nil {
			return err
		}
		out := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(out, b, 0o644); err != nil {
			return err
		}
		if tm, ok := times[p]; ok {
			return os.Chtimes(out, tm, tm)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	rd := ingest.New(ingest.Config{MaxBytes: ingest.DefaultMaxBytes})
	ex := extract.New(extract.Config{})
	var docs []*doc.Document
	pipeline.Extract(context.Background(), rd, ex, []string{dir}, pipeline.Config{Workers: 2}, func(r pipeline.Result) bool {
		if r.Err == nil {
			docs = append(docs, r.Doc)
		}
		return true
	})
	if len(docs) == 0 {
		t.Fatal("no sample article extracted")
	}
	return docs
}

// TestEventsFromStoredParse: coding from an encoded and decoded parse
// gives exactly what the whole chain gives.
func TestEventsFromStoredParse(t *testing.T) {
	a := annotator(t)
	coded, events := 0, 0
	for _, d := range sampleDocs(t) {
		want := a.Events(d)
		got, p := a.EventsParsed(d)
		if !doc.IsSupported(d.Lang) {
			if p != nil || got != nil {
				t.Errorf("%s (%s): a parse for an unsupported language", d.ID, d.Lang)
			}
			continue
		}
		coded++
		events += len(want)
		if !sameEvents(t, got, want) {
			t.Errorf("%s: EventsParsed differs from Events", d.ID)
		}
		data, err := p.Encode(d.Text)
		if err != nil {
			t.Fatalf("%s: %v", d.ID, err)
		}
		back, err := DecodeParse(d.Text, data)
		if err != nil {
			t.Fatalf("%s: %v", d.ID, err)
		}
		kept := *p
		kept.NER, kept.Entities = nil, nil // found while coding, not encoded
		if !reflect.DeepEqual(back, &kept) {
			t.Errorf("%s: the parse does not survive encoding", d.ID)
		}
		if !sameEvents(t, a.EventsFrom(d, back), want) {
			t.Errorf("%s: events from the stored parse differ from Events", d.ID)
		}
		// Truncated data is an error, not a panic.
		for _, n := range []int{0, 1, len(data) / 2, len(data) - 1} {
			if _, err := DecodeParse(d.Text, data[:n]); err == nil {
				t.Errorf("%s: %d of %d bytes decoded without an error", d.ID, n, len(data))
			}
		}
		// A parse of another text is refused where its spans do not fit.
		if _, err := DecodeParse(d.Text[:len(d.Text)/2], data); err == nil {
			t.Errorf("%s: a parse decoded against half its text", d.ID)
		}
	}
	if coded == 0 || events == 0 {
		t.Fatalf("%d documents coded, %d events: the test tests nothing", coded, events)
	}
	t.Logf("%d documents, %d events", coded, events)
}

func sameEvents(t *testing.T, a, b []doc.Event) bool {
	t.Helper()
	ja, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	jb, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	if string(ja) != string(jb) {
		t.Logf("got  %s\nwant %s", ja, jb)
		return false
	}
	return true
}

// BenchmarkRecode compares coding from a kept parse with the whole chain.
func BenchmarkRecode(b *testing.B) {
	a := annotator(b)
	docs := sampleDocs(b)
	parses := make([]*DocParse, len(docs))
	for i, d := range docs {
		parses[i] = a.ParseDocument(d)
	}
	b.Run("events", func(b *testing.B) {
		for b.Loop() {
			for _, d := range docs {
				a.Events(d)
			}
		}
	})
	b.Run("from-parse", func(b *testing.B) {
		for b.Loop() {
			for i, d := range docs {
				a.EventsFrom(d, parses[i])
			}
		}
	})
}
