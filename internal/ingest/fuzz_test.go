package ingest

import (
	"bufio"
	"bytes"
	"context"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/vigie-events/vigie/internal/doc"
)

// fuzzRead runs one reader over data and checks it neither panics nor
// yields invalid items.
func fuzzRead(t *testing.T, format string, data []byte) {
	r := New(Config{MaxBytes: 1 << 20, Now: time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)})
	br := bufio.NewReader(bytes.NewReader(data))
	r.dispatch(context.Background(), format, doc.Origin{File: "fuzz"}, br, r.cfg.Now, doc.FetchNow, "", "", func(it *Item, err error) bool {
		if err == nil && it == nil {
			t.Fatal("nil item without error")
		}
		if err != nil && !strings.HasPrefix(err.Error(), "fuzz") {
			t.Fatalf("error does not name the file: %v", err)
		}
		return true
	})
}

func FuzzWARC(f *testing.F) {
	recs := sampleWARC()
	f.Add([]byte(strings.Join(recs, "")))
	f.Add(gz(recs...))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 99999999999\r\n\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "warc", data) })
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"x","published":"2023-01-01"}` + "\n{bad\n"))
	f.Add([]byte(`{"id":1.5e400,"html":"<p>"}`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "jsonl", data) })
}

func FuzzFeed(f *testing.F) {
	f.Add([]byte(`<rss version="2.0"><channel><item><title>a</title><description>b</description></item></channel></rss>`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><content>x</content></entry></feed>`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "feed", data) })
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("<meta charset=\"windows-1252\"><p>\x92\xe9</p>"), "")
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"), "text/html; charset=utf-16")
	f.Add([]byte("caf\xc3\xa9 \xe9"), "text/html; charset=\"x-unknown\"")
	f.Fuzz(func(t *testing.T, data []byte, ctype string) {
		if d, err := DecodeHTML(data, ctype); err == nil && !utf8.ValidString(d.Text) {
			t.Fatalf("DecodeHTML gave invalid UTF-8 for %q", data)
		}
		if d, err := DecodeText(data); err == nil && !utf8.ValidString(d.Text) {
			t.Fatalf("DecodeText gave invalid UTF-8 for %q", data)
		}
		sniff("x", data)
	})
}
