//go:build unix

package server

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/vigie-events/vigie/internal/annotate"
	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/extract"
	"github.com/vigie-events/vigie/internal/ingest"
	"github.com/vigie-events/vigie/internal/pipeline"
	"github.com/vigie-events/vigie/internal/sample"
	"github.com/vigie-events/vigie/internal/store"
)

// sampleServer serves a store built the way 'vigie demo' builds it: the
// built-in sample articles read, extracted and coded by the real chain.
func sampleServer(t *testing.T) (*store.SQLite, string) {
	t.Helper()
	dir := t.TempDir()
	if err := sample.Unpack(dir); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "vigie.db"))
	if err != nil {
		t.Fatal(err)
	}
	an, err := annotate.New(annotate.Config{})
	if err != nil {
		t.Fatal(err)
	}
	code := func(d *doc.Document) *pipeline.Coded { return &pipeline.Coded{Events: an.Events(d)} }
	pipeline.Extract(ctx, ingest.New(ingest.Config{}), extract.New(extract.Config{}), []string{dir}, pipeline.Config{Code: code}, func(r pipeline.Result) bool {
		if r.Err != nil {
			t.Errorf("sample: %v", r.Err)
			return true
		}
		res, err := st.Put(ctx, r.Doc)
		if err != nil {
			t.Fatal(err)
		}
		if res.Status != store.Duplicate && len(r.Coded.Events) > 0 {
			if _, err := st.PutEvents(ctx, res.ID, r.Coded.Events, nil); err != nil {
				t.Fatal(err)
			}
		}
		return true
	})
	return st, serveTest(t, ctx, cancel, st)
}

// TestWebUIDemoData loads the demo data (the sample articles coded by the
// real chain) in headless Chromium: the map, timeline and list show the
// store's counts, and clicking an event highlights exactly its evidence.
func TestWebUIDemoData(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the browser test in short mode")
	}
	b := startBrowser(t)
	st, base := sampleServer(t)
	ctx := context.Background()
	arts := artifactDir(t)
	total, err := st.CountEvents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if total < 10 {
		t.Fatalf("the demo data has %d events; want at least 10", total)
	}
	all, err := st.ListEvents(ctx, store.EventQuery{Sort: "-mentions", Limit: 500})
	if err != nil {
		t.Fatal(err)
	}
	placed := 0 // events with a point; an event without a place is not on the map
	for _, e := range all.Events {
		if e.Place != nil && (e.Place.Lat != 0 || e.Place.Lon != 0) {
			placed++
		}
	}
	c := b.page(t)
	for _, m := range []string{"Page.enable", "Runtime.enable", "Log.enable"} {
		c.call(t, m, nil, nil)
	}
	c.call(t, "Emulation.setDeviceMetricsOverride", map[string]any{"width": 1440, "height": 1700, "deviceScaleFactor": 1, "mobile": false}, nil)
	c.call(t, "Page.navigate", map[string]any{"url": base + "/"}, nil)
	c.waitFor(t, "the page", `document.body && document.body.dataset.ready === '1' && document.querySelector('table.events')?.dataset.rows`, 60*time.Second)
	var got struct{ Summary, TimelineTotal, MapEvents, Rows int }
	c.eval(t, `({
		Summary: +document.getElementById('summary').dataset.total,
		TimelineTotal: +document.querySelector('svg.timeline').dataset.total,
		MapEvents: +document.querySelector('svg.map').dataset.events,
		Rows: document.querySelectorAll('table.events tbody tr').length,
	})`, &got)
	c.screenshot(t, filepath.Join(arts, "demo-1-overview.png"))
	for _, ck := range []struct {
		name      string
		got, want int
	}{
		{"summary total", got.Summary, total},
		{"timeline total", got.TimelineTotal, total},
		{"events on the map", got.MapEvents, placed},
		{"rows of the list", got.Rows, min(total, 50)},
	} {
		if ck.got != ck.want {
			t.Errorf("%s: page shows %d, want %d", ck.name, ck.got, ck.want)
		}
	}

	// Click the first event of the list and check its evidence.
	var id string
	c.eval(t, `document.querySelector('table.events tbody tr').dataset.id`, &id)
	_, ms, err := st.GetEvent(ctx, id)
	if err != nil || len(ms) == 0 {
		t.Fatalf("event %s: %v (%d mentions)", id, err, len(ms))
	}
	m := ms[0]
	d, _, err := st.Get(ctx, m.Doc)
	if err != nil {
		t.Fatal(err)
	}
	e := m.Event.Evidence
	want := map[string]string{
		"hl-sel-src":  d.Text[e.Source[0]:e.Source[1]],
		"hl-sel-tgt":  d.Text[e.Target[0]:e.Target[1]],
		"hl-sel-trig": d.Text[e.Trigger[0]:e.Trigger[1]],
	}
	c.click(t, fmt.Sprintf(`table.events tr[data-id=%q]`, id))
	c.waitFor(t, "the article", `document.querySelector('#article .doc-text .hl-sel-trig')`, 20*time.Second)
	var hl map[string]string
	c.eval(t, `Object.fromEntries(['hl-sel-src', 'hl-sel-tgt', 'hl-sel-trig'].map((c) =>
		[c, [...document.querySelectorAll('#article .doc-text .' + c)].map((e) => e.textContent).join('')]))`, &hl)
	for cls, w := range want {
		if hl[cls] != w {
			t.Errorf("highlight .%s: %q, want %q", cls, hl[cls], w)
		}
	}
	c.screenshot(t, filepath.Join(arts, "demo-2-article.png"))
	if p := c.pageProblems(); len(p) > 0 {
		t.Errorf("the page reported problems: %v", p)
	}
}
