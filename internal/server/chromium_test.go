//go:build unix

package server

import (
	"bufio"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/net/websocket"

	"github.com/vigie-events/vigie/internal/store"
)

// TestWebUIChromium loads the UI in headless Chromium over the demo data
// and checks what the map, the timeline, the network and the list show,
// that a clicked event's evidence is highlighted at its byte offsets, that
// an article's markup stays text, and that filters reach the API.
func TestWebUIChromium(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the browser test in short mode")
	}
	b := startBrowser(t)
	st, base := demoServer(t, 18)
	ctx := context.Background()
	arts := artifactDir(t)

	// What the views should show, from the store.
	total, err := st.CountEvents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	all, err := st.ListEvents(ctx, store.EventQuery{Sort: "-mentions", Limit: 500})
	if err != nil {
		t.Fatal(err)
	}
	if len(all.Events) != total || total <= 50 {
		t.Fatalf("demo data: %d events listed of %d; want all, and more than a page", len(all.Events), total)
	}
	groups := map[string]bool{}
	firstDay, lastDay := "9999", ""
	quad4 := 0
	for _, e := range all.Events {
		groups[fmt.Sprintf("%.2f,%.2f,%d", e.Place.Lat, e.Place.Lon, e.Quad)] = true
		firstDay, lastDay = min(firstDay, e.Date), max(lastDay, e.Date)
		if e.Quad == 4 {
			quad4++
		}
	}
	if quad4 == 0 || quad4 >= total || len(groups) < 8 {
		t.Fatalf("demo data: %d of %d events in quad class 4, %d place and quad groups; want a mix", quad4, total, len(groups))
	}
	d0, d1 := mustDay(t, firstDay), mustDay(t, lastDay)
	days := int(d1.Sub(d0).Hours()/24) + 1
	actors, err := st.Actors(ctx, store.EventFilter{}, "any", 30, 12)
	if err != nil {
		t.Fatal(err)
	}

	c := b.page(t)
	for _, m := range []string{"Page.enable", "Runtime.enable", "Log.enable"} {
		c.call(t, m, nil, nil)
	}
	c.call(t, "Emulation.setDeviceMetricsOverride", map[string]any{"width": 1440, "height": 1700, "deviceScaleFactor": 1, "mobile": false}, nil)
	c.call(t, "Page.navigate", map[string]any{"url": base + "/"}, nil)
	c.waitFor(t, "the page", `document.body && document.body.dataset.ready === '1' && document.querySelector('table.events')?.dataset.rows`, 60*time.Second)

	var got struct {
		Summary, TimelineTotal, Buckets, MapEvents, MapCircles, Circles, Rows, Nodes, Edges, CountryShapes int
		Count                                                                                              string
	}
	c.eval(t, `({
		Summary: +document.getElementById('summary').dataset.total,
		TimelineTotal: +document.querySelector('svg.timeline').dataset.total,
		Buckets: +document.querySelector('svg.timeline').dataset.buckets,
		MapEvents: +document.querySelector('svg.map').dataset.events,
		MapCircles: +document.querySelector('svg.map').dataset.circles,
		Circles: document.querySelectorAll('svg.map .points circle').length,
		CountryShapes: document.querySelectorAll('svg.map .countries path').length,
		Rows: document.querySelectorAll('table.events tbody tr').length,
		Nodes: document.querySelectorAll('svg.network .node').length,
		Edges: document.querySelectorAll('svg.network line').length,
		Count: document.querySelector('#list .count').textContent,
	})`, &got)
	c.screenshot(t, filepath.Join(arts, "1-overview.png"))
	checks := []struct {
		name      string
		got, want int
	}{
		{"summary total", got.Summary, total},
		{"timeline total", got.TimelineTotal, total},
		{"timeline days", got.Buckets, days},
		{"events on the map", got.MapEvents, total},
		{"circles on the map (place × quad)", got.MapCircles, len(groups)},
		{"circle elements", got.Circles, len(groups)},
		{"first page of the list", got.Rows, 50},
		{"actors in the network", got.Nodes, len(actors)},
	}
	for _, ck := range checks {
		if ck.got != ck.want {
			t.Errorf("%s: page shows %d, want %d", ck.name, ck.got, ck.want)
		}
	}
	if got.CountryShapes < 200 || got.Edges == 0 {
		t.Errorf("map has %d country shapes, network %d edges", got.CountryShapes, got.Edges)
	}
	if want := fmt.Sprintf("50 of %d events", total); got.Count != want {
		t.Errorf("list count: %q, want %q", got.Count, want)
	}

	// Load more until the list holds every event.
	for i := 0; i < 5; i++ {
		var hidden bool
		c.eval(t, `document.querySelector('#list .more').hidden`, &hidden)
		if hidden {
			break
		}
		var before int
		c.eval(t, `+document.querySelector('table.events').dataset.rows`, &before)
		c.click(t, "#list .more")
		c.waitFor(t, "the next page", fmt.Sprintf(`+document.querySelector('table.events').dataset.rows > %d`, before), 20*time.Second)
	}
	c.eval(t, `document.querySelectorAll('table.events tbody tr').length`, &got.Rows)
	if got.Rows != total {
		t.Errorf("after load more: %d rows, want %d", got.Rows, total)
	}

	// Click an event of the article that carries the script payload and
	// emoji before its evidence.
	ms, err := st.DocumentMentions(ctx, "demo00")
	if err != nil {
		t.Fatal(err)
	}
	var pick store.Mention
	for i := len(ms) - 1; i >= 0; i-- {
		_, em, err := st.GetEvent(ctx, ms[i].EventID)
		if err != nil {
			t.Fatal(err)
		}
		if em[0].Doc == "demo00" {
			pick = em[0]
			break
		}
	}
	if pick.ID == "" {
		t.Fatal("no event of demo00 has it as first mention")
	}
	d, _, err := st.Get(ctx, pick.Doc)
	if err != nil {
		t.Fatal(err)
	}
	ev := pick.Event.Evidence
	want := map[string]string{
		"hl-sel-src":  d.Text[ev.Source[0]:ev.Source[1]],
		"hl-sel-tgt":  d.Text[ev.Target[0]:ev.Target[1]],
		"hl-sel-trig": d.Text[ev.Trigger[0]:ev.Trigger[1]],
		"hl-sel-sent": d.Text[pick.Event.Sentence.Start:pick.Event.Sentence.End],
	}
	c.click(t, fmt.Sprintf(`table.events tr[data-id=%q]`, pick.EventID))
	c.waitFor(t, "the article", fmt.Sprintf(`document.querySelector('#article .doc-text')?.dataset.mention === %q`, pick.ID), 20*time.Second)
	var hl map[string]string
	c.eval(t, `Object.fromEntries(['hl-sel-src', 'hl-sel-tgt', 'hl-sel-trig', 'hl-sel-sent'].map((c) =>
		[c, [...document.querySelectorAll('#article .doc-text .' + c)].map((e) => e.textContent).join('')]))`, &hl)
	for cls, w := range want {
		if hl[cls] != w {
			t.Errorf("highlight .%s: %q, want %q", cls, hl[cls], w)
		}
	}
	var page struct {
		Pwned       bool
		Scripts     int
		Images      int
		HasPayload  bool
		Title       string
		Selected    bool
		TriggerSeen bool
		Entities    int
		Timex       int
	}
	c.eval(t, `(() => { const a = document.getElementById('article'), t = a.querySelector('.doc-text'),
		tr = t.querySelector('.hl-sel-trig').getBoundingClientRect(), s = a.querySelector('.doc-scroll').getBoundingClientRect();
		return {
		Pwned: window.__pwned !== undefined,
		Scripts: a.querySelectorAll('script').length, Images: a.querySelectorAll('img').length,
		HasPayload: t.textContent.includes(`+"`"+scriptPayload+"`"+`),
		Title: a.querySelector('h3').textContent,
		Selected: !!document.querySelector('table.events tr.selected[data-id="`+pick.EventID+`"]'),
		TriggerSeen: tr.top >= s.top && tr.bottom <= s.bottom && tr.top >= 0 && tr.bottom <= innerHeight,
		Entities: t.querySelectorAll('.hl-ent').length, Timex: t.querySelectorAll('.hl-timex').length,
	}; })()`, &page)
	if page.Pwned || page.Scripts != 0 || page.Images != 0 || !page.HasPayload {
		t.Errorf("script payload: ran %v, %d script and %d img elements in the article, shown as text %v", page.Pwned, page.Scripts, page.Images, page.HasPayload)
	}
	if page.Title != d.Title {
		t.Errorf("article title %q, want %q as text", page.Title, d.Title)
	}
	if !page.Selected || !page.TriggerSeen {
		t.Errorf("row selected %v, trigger scrolled into view %v", page.Selected, page.TriggerSeen)
	}
	if page.Entities == 0 || page.Timex == 0 {
		t.Errorf("article highlights: %d entity pieces, %d time expressions", page.Entities, page.Timex)
	}
	c.screenshot(t, filepath.Join(arts, "2-article.png"))

	// A filter from the form reaches the API: material conflict only.
	c.click(t, `#quads input[value="4"]`)
	c.waitFor(t, "the quad filter", fmt.Sprintf(`location.hash.includes('quad=4') && +document.getElementById('summary').dataset.total === %d && document.querySelectorAll('table.events tbody tr').length === %d && !document.body.classList.contains('busy')`, quad4, min(quad4, 50)), 20*time.Second)
	var quads []int
	c.eval(t, `[...new Set([...document.querySelectorAll('svg.map .points circle')].map((c) => +c.getAttribute('class').match(/q(\d)/)[1]))]`, &quads)
	if len(quads) != 1 || quads[0] != 4 {
		t.Errorf("map with quad=4 shows quad classes %v", quads)
	}
	c.screenshot(t, filepath.Join(arts, "3-filter-quad4.png"))

	// A bad value is shown, not ignored.
	c.eval(t, `(() => { const f = document.querySelector('#filters input[name=actor]'); f.value = 'NOT A CODE'; f.dispatchEvent(new Event('change', {bubbles: true})); })()`, nil)
	c.waitFor(t, "the error message", `!document.getElementById('status').hidden && document.getElementById('status').textContent.includes('actor')`, 20*time.Second)
	c.screenshot(t, filepath.Join(arts, "4-bad-filter.png"))

	var problems []string
	for _, p := range c.pageProblems() {
		// The bad filter's 400 is expected.
		if !strings.Contains(p, "400") {
			problems = append(problems, p)
		}
	}
	if len(problems) > 0 {
		t.Errorf("the page reported problems:\n%s", strings.Join(problems, "\n"))
	}
	resp, err := http.Get(base + "/api/events?limit=1")
	if err == nil {
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
}

// A small client of the Chrome DevTools Protocol, enough to drive a
// headless Chromium through one page: navigate, evaluate, click, take
// screenshots, and collect the page's errors.

const chromiumPath = "/usr/bin/chromium"

// browser is a headless Chromium started for a test.
type browser struct {
	cmd  *exec.Cmd
	port string
}

func startBrowser(t *testing.T) *browser {
	t.Helper()
	if _, err := os.Stat(chromiumPath); err != nil {
		if os.Getenv("VIGIE_SHARED") != "" {
			t.Fatalf("VIGIE_SHARED is set but %s is missing (CI installs it: apt-get install -y chromium): %v", chromiumPath, err)
		}
		t.Skipf("skipping: %s not found; install Debian's chromium (apt-get install -y chromium) to run the web UI test", chromiumPath)
	}
	// Not t.TempDir: Chromium's helpers may still write there while the
	// test cleans up, and a failed removal must not fail the test.
	profile, err := os.MkdirTemp("", "vigie-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(chromiumPath,
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-extensions", "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
		"--user-data-dir="+profile,
		"--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
		"--remote-allow-origins=http://127.0.0.1",
		"about:blank")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	b := &browser{cmd: cmd}
	t.Cleanup(func() {
		// The whole process group: the browser and its helpers.
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		_ = cmd.Wait()
		for range 10 {
			if os.RemoveAll(profile) == nil {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
	})
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		sent := false
		for sc.Scan() {
			line := sc.Text()
			if rest, ok := strings.CutPrefix(line, "DevTools listening on ws://"); ok && !sent {
				found <- rest
				sent = true
			}
		}
	}()
	select {
	case addr := <-found:
		// 127.0.0.1:PORT/devtools/browser/ID
		hostPort, _, _ := strings.Cut(addr, "/")
		_, b.port, _ = strings.Cut(hostPort, ":")
	case <-time.After(60 * time.Second):
		t.Fatal("chromium did not start its DevTools server within 60 s")
	}
	return b
}

// page returns a connection to the browser's first page.
func (b *browser) page(t *testing.T) *cdp {
	t.Helper()
	var targets []struct {
		Type string `json:"type"`
		WS   string `json:"webSocketDebuggerUrl"`
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get("http://127.0.0.1:" + b.port + "/json/list")
		if err == nil {
			err = json.NewDecoder(resp.Body).Decode(&targets)
			resp.Body.Close()
		}
		for _, tg := range targets {
			if tg.Type == "page" && tg.WS != "" {
				return dialCDP(t, tg.WS)
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("no page target in chromium: %v", err)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// cdp is one DevTools connection.
type cdp struct {
	ws   *websocket.Conn
	mu   sync.Mutex
	next int
	wait map[int]chan cdpReply
	// problems are the page's exceptions, console errors and failed loads.
	problems []string
}

type cdpReply struct {
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

func dialCDP(t *testing.T, url string) *cdp {
	t.Helper()
	cfg, err := websocket.NewConfig(url, "http://127.0.0.1")
	if err != nil {
		t.Fatal(err)
	}
	ws, err := websocket.DialConfig(cfg)
	if err != nil {
		t.Fatalf("devtools: %v", err)
	}
	ws.MaxPayloadBytes = 64 << 20
	c := &cdp{ws: ws, wait: map[int]chan cdpReply{}}
	t.Cleanup(func() { ws.Close() })
	go c.read()
	return c
}

func (c *cdp) read() {
	for {
		var msg struct {
			ID     int             `json:"id"`
			Method string          `json:"method"`
			Params json.RawMessage `json:"params"`
			cdpReply
		}
		if err := websocket.JSON.Receive(c.ws, &msg); err != nil {
			c.mu.Lock()
			for id, ch := range c.wait {
				close(ch)
				delete(c.wait, id)
			}
			c.mu.Unlock()
			return
		}
		if msg.ID != 0 {
			c.mu.Lock()
			ch := c.wait[msg.ID]
			delete(c.wait, msg.ID)
			c.mu.Unlock()
			if ch != nil {
				ch <- msg.cdpReply
			}
			continue
		}
		c.event(msg.Method, msg.Params)
	}
}

// event records what the page reports going wrong.
func (c *cdp) event(method string, params json.RawMessage) {
	var p struct {
		Type             string `json:"type"`
		ExceptionDetails struct {
			Text      string `json:"text"`
			Exception struct {
				Description string `json:"description"`
			} `json:"exception"`
		} `json:"exceptionDetails"`
		Args []struct {
			Value       any    `json:"value"`
			Description string `json:"description"`
		} `json:"args"`
		Entry struct {
			Level  string `json:"level"`
			Source string `json:"source"`
			Text   string `json:"text"`
			URL    string `json:"url"`
		} `json:"entry"`
	}
	_ = json.Unmarshal(params, &p)
	var problem string
	switch method {
	case "Runtime.exceptionThrown":
		problem = "exception: " + p.ExceptionDetails.Text + " " + p.ExceptionDetails.Exception.Description
	case "Runtime.consoleAPICalled":
		if p.Type == "error" || p.Type == "assert" {
			var parts []string
			for _, a := range p.Args {
				parts = append(parts, fmt.Sprint(a.Value, a.Description))
			}
			problem = "console." + p.Type + ": " + strings.Join(parts, " ")
		}
	case "Log.entryAdded":
		if p.Entry.Level == "error" && !strings.HasSuffix(p.Entry.URL, "/favicon.ico") {
			problem = "log " + p.Entry.Source + ": " + p.Entry.Text + " " + p.Entry.URL
		}
	}
	if problem != "" {
		c.mu.Lock()
		c.problems = append(c.problems, problem)
		c.mu.Unlock()
	}
}

// call sends a command and decodes its result into out (when not nil).
func (c *cdp) call(t *testing.T, method string, params any, out any) {
	t.Helper()
	if err := c.try(method, params, out); err != nil {
		t.Fatal(err)
	}
}

func (c *cdp) try(method string, params any, out any) error {
	if params == nil {
		params = struct{}{}
	}
	c.mu.Lock()
	c.next++
	id := c.next
	ch := make(chan cdpReply, 1)
	c.wait[id] = ch
	c.mu.Unlock()
	if err := websocket.JSON.Send(c.ws, map[string]any{"id": id, "method": method, "params": params}); err != nil {
		return fmt.Errorf("devtools %s: %w", method, err)
	}
	select {
	case r, ok := <-ch:
		if !ok {
			return fmt.Errorf("devtools %s: connection closed", method)
		}
		if r.Error != nil {
			return fmt.Errorf("devtools %s: %d %s", method, r.Error.Code, r.Error.Message)
		}
		if out != nil {
			return json.Unmarshal(r.Result, out)
		}
		return nil
	case <-time.After(60 * time.Second):
		return fmt.Errorf("devtools %s: no answer in 60 s", method)
	}
}

// eval evaluates a JavaScript expression (awaiting a promise) and decodes
// its value into out.
func (c *cdp) eval(t *testing.T, expr string, out any) {
	t.Helper()
	var r struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		ExceptionDetails *struct {
			Text      string `json:"text"`
			Exception struct {
				Description string `json:"description"`
			} `json:"exception"`
		} `json:"exceptionDetails"`
	}
	c.call(t, "Runtime.evaluate", map[string]any{"expression": expr, "awaitPromise": true, "returnByValue": true}, &r)
	if r.ExceptionDetails != nil {
		t.Fatalf("evaluating %s: %s %s", expr, r.ExceptionDetails.Text, r.ExceptionDetails.Exception.Description)
	}
	if out != nil && len(r.Result.Value) > 0 {
		if err := json.Unmarshal(r.Result.Value, out); err != nil {
			t.Fatalf("evaluating %s: %v (got %s)", expr, err, r.Result.Value)
		}
	}
}

// waitFor polls a JavaScript condition until it is true.
func (c *cdp) waitFor(t *testing.T, what, cond string, timeout time.Duration) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		var ok bool
		c.eval(t, "Boolean("+cond+")", &ok)
		if ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s (%s); page problems: %v", timeout, what, cond, c.problems)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// click scrolls the element that selector finds into view and clicks its
// centre with the mouse.
func (c *cdp) click(t *testing.T, selector string) {
	t.Helper()
	var pt struct{ X, Y float64 }
	sel, _ := json.Marshal(selector)
	c.eval(t, `(() => { const e = document.querySelector(`+string(sel)+`); if (!e) return null;
		e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();
		return {X: r.left + r.width / 2, Y: r.top + r.height / 2}; })()`, &pt)
	if pt.X == 0 && pt.Y == 0 {
		t.Fatalf("click: nothing matches %s", selector)
	}
	for _, typ := range []string{"mouseMoved", "mousePressed", "mouseReleased"} {
		c.call(t, "Input.dispatchMouseEvent", map[string]any{"type": typ, "x": pt.X, "y": pt.Y, "button": "left", "buttons": 1, "clickCount": 1}, nil)
	}
}

// screenshot saves the page as a PNG and returns its path.
func (c *cdp) screenshot(t *testing.T, path string) string {
	t.Helper()
	var r struct {
		Data string `json:"data"`
	}
	c.call(t, "Page.captureScreenshot", map[string]any{"format": "png"}, &r)
	b, err := base64.StdEncoding.DecodeString(r.Data)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
	return path
}

func (c *cdp) pageProblems() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]string(nil), c.problems...)
}
