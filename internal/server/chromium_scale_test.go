//go:build unix

package server

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/vigie-events/vigie/internal/store"
)

// TestWebUIAtScale measures how long the page takes to show everything on
// a large store: set VIGIE_BENCH_DB to a store made by
// 'go run ./internal/server/cmd/benchapi --events 1000000 …'. It reports
// figures and fails only when the page is not ready within 10 s.
func TestWebUIAtScale(t *testing.T) {
	db := os.Getenv("VIGIE_BENCH_DB")
	if db == "" {
		t.Skip("set VIGIE_BENCH_DB to a large store to measure the page at scale")
	}
	b := startBrowser(t)
	ctx, cancel := context.WithCancel(context.Background())
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	total, _ := st.CountEvents(ctx)
	srv, err := New(ctx, Config{Store: st})
	if err != nil {
		t.Fatal(err)
	}
	addr := make(chan net.Addr, 1)
	done := make(chan error, 1)
	go func() { done <- srv.ListenAndServe(ctx, "127.0.0.1:0", func(a net.Addr) { addr <- a }) }()
	defer func() { cancel(); <-done; st.Close() }()
	base := "http://" + (<-addr).String()

	c := b.page(t)
	for _, m := range []string{"Page.enable", "Runtime.enable"} {
		c.call(t, m, nil, nil)
	}
	c.call(t, "Emulation.setDeviceMetricsOverride", map[string]any{"width": 1440, "height": 1700, "deviceScaleFactor": 1, "mobile": false}, nil)
	for i := range 3 {
		start := time.Now()
		c.call(t, "Page.navigate", map[string]any{"url": base + "/?run=" + string(rune('a'+i))}, nil)
		c.waitFor(t, "the page", `document.body && document.body.dataset.ready === '1' && document.querySelector('table.events')?.dataset.rows && !document.body.classList.contains('busy')`, 10*time.Second)
		t.Logf("%d events: page ready (map, timeline, network, list) in %v", total, time.Since(start).Round(time.Millisecond))
	}
	start := time.Now()
	c.click(t, `#quads input[value="4"]`)
	c.waitFor(t, "the quad filter", `location.hash.includes('quad=4') && !document.body.classList.contains('busy')`, 10*time.Second)
	t.Logf("quad filter applied in %v", time.Since(start).Round(time.Millisecond))
	c.screenshot(t, filepath.Join(artifactDir(t), "scale-overview.png"))
}
