package pubdate

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/vigie-events/vigie/internal/testshared"
)

// TestSeedGold reads the shared seed article and checks the publication
// date and its words against the gold annotation: the first date found in
// the first lines of the text, counted back from the crawl date.
func TestSeedGold(t *testing.T) {
	goldPath := testshared.Path(t, "gold/seed.gold.json")
	raw, err := os.ReadFile(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Document struct {
			File          string `json:"file"`
			Language      string `json:"language"`
			Crawled       string `json:"crawled"`
			Published     string `json:"published"`
			PublishedFrom string `json:"published_from"`
		} `json:"document"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	g := gold.Document
	text, err := os.ReadFile(testshared.Path(t, g.File))
	if err != nil {
		t.Fatal(err)
	}
	now, err := time.Parse("2006-01-02", g.Crawled)
	if err != nil {
		t.Fatal(err)
	}
	s := string(text)
	offset := 0
	for n, line := range strings.SplitAfter(s, "\n") {
		if n == 5 {
			break
		}
		r, span, ok := Find(line, now, g.Language)
		if !ok {
			offset += len(line)
			continue
		}
		if got := r.Time.Format("2006-01-02"); got != g.Published {
			t.Errorf("published %s, gold %s", got, g.Published)
		}
		if r.Expr != g.PublishedFrom {
			t.Errorf("expression %q, gold %q", r.Expr, g.PublishedFrom)
		}
		if got := s[offset+span.Start : offset+span.End]; got != r.Expr {
			t.Errorf("offsets %d-%d give %q", offset+span.Start, offset+span.End, got)
		}
		return
	}
	t.Errorf("no date in the first lines of %s", g.File)
}
