package extract

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/vigie-events/vigie/internal/ingest"
	"github.com/vigie-events/vigie/internal/testshared"
)

// TestSeed checks the reference article: read as a crawler saved it, with
// the fetch time the gold gives, it must yield the gold's metadata and a
// text that starts at the first real sentence.
func TestSeed(t *testing.T) {
	p := testshared.Path(t, "seed/000_23f9d90b709144ca.txt")
	r := ingest.New(ingest.Config{Now: time.Date(2020, 10, 19, 0, 0, 0, 0, time.UTC)})
	var got int
	for it, err := range r.All(context.Background(), []string{p}) {
		if err != nil {
			t.Fatal(err)
		}
		got++
		d, err := New(Config{}).Extract(it)
		if err != nil {
			t.Fatal(err)
		}
		if want := "Le chef du Pentagone se rend au Maroc pour évoquer la coopération antidjihadiste"; d.Title != want {
			t.Errorf("title %q, want %q", d.Title, want)
		}
		if d.Section != "POLITIQUE" {
			t.Errorf("section %q, want POLITIQUE", d.Section)
		}
		if got := d.Published.Format("2006-01-02"); got != "2020-09-28" || d.PublishedSource != "text" {
			t.Errorf("published %s from %q, want 2020-09-28 from text", got, d.PublishedSource)
		}
		if d.Lang != "fr" || !d.LangSupported || d.LangConfidence < 0.9 {
			t.Errorf("lang %s (%.2f, supported %v), want fr", d.Lang, d.LangConfidence, d.LangSupported)
		}
		if !strings.HasPrefix(d.Text, "Le secrétaire américain à la Défense") {
			t.Errorf("text starts %q", d.Text[:min(len(d.Text), 80)])
		}
		for _, bad := range []string{"Acceuil", "il y a 3 semaines", d.Title} {
			if strings.Contains(d.Text, bad) {
				t.Errorf("text contains header %q", bad)
			}
		}
		for i, s := range d.Paragraphs {
			if !s.Valid(len(d.Text)) || strings.TrimSpace(d.Text[s.Start:s.End]) != d.Text[s.Start:s.End] || s.Len() == 0 {
				t.Errorf("paragraph %d span %v is not a trimmed slice of the text", i, s)
			}
		}
		t.Logf("%d paragraphs, %d bytes; last: %q", len(d.Paragraphs), len(d.Text), d.Text[d.Paragraphs[len(d.Paragraphs)-1].Start:])
	}
	if got != 1 {
		t.Fatalf("got %d items", got)
	}
}
