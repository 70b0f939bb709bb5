package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/vigie-events/vigie/internal/doc"
)

// jsonRecord is one line of a JSON Lines export.
type jsonRecord struct {
	ID        json.RawMessage `json:"id"`
	URL       string          `json:"url"`
	Title     string          `json:"title"`
	Text      string          `json:"text"`
	HTML      string          `json:"html"`
	Published string          `json:"published"`
	Fetched   string          `json:"fetched"`
	Lang      string          `json:"lang"`
	Author    string          `json:"author"`
}

// readJSONL reads one article per line: {id, url, title, text | html,
// published, fetched, lang}. A line that is not JSON, or has neither text
// nor html, is an error naming the line; the next line is read.
func (r *Reader) readJSONL(ctx context.Context, origin doc.Origin, br *bufio.Reader, fetched time.Time, fsrc string, yield func(*Item, error) bool) bool {
	origin.Format = "jsonl"
	for n := 1; ; n++ {
		if ctx.Err() != nil {
			return false
		}
		line, err := readLine(br, r.cfg.MaxBytes)
		if errors.Is(err, io.EOF) && line == nil {
			return true
		}
		o := origin
		o.Record = n
		if err != nil && !errors.Is(err, io.EOF) {
			if !yield(nil, &Error{Origin: o, Err: err}) {
				return false
			}
			if errors.Is(err, ErrTooLarge) {
				continue
			}
			return true
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		it, perr := parseJSONRecord(line, o, fetched, fsrc)
		if perr != nil {
			if !yield(nil, &Error{Origin: o, Err: perr}) {
				return false
			}
			continue
		}
		if !yield(it, nil) {
			return false
		}
	}
}

func parseJSONRecord(line []byte, o doc.Origin, fetched time.Time, fsrc string) (*Item, error) {
	var rec jsonRecord
	if err := json.Unmarshal(line, &rec); err != nil {
		return nil, fmt.Errorf("not a JSON object: %w", err)
	}
	it := &Item{Origin: o, URL: strings.TrimSpace(rec.URL), Title: strings.TrimSpace(rec.Title), Lang: strings.ToLower(strings.TrimSpace(rec.Lang)), Author: rec.Author, Fetched: fetched, FetchedSource: fsrc}
	if len(rec.ID) > 0 && string(rec.ID) != "null" {
		var s string
		if err := json.Unmarshal(rec.ID, &s); err == nil {
			it.ID = s
		} else {
			var num json.Number
			if err := json.Unmarshal(rec.ID, &num); err != nil {
				return nil, fmt.Errorf("id must be a string or a number, got %s", truncate(string(rec.ID), 40))
			}
			it.ID = num.String()
		}
	}
	switch {
	case strings.TrimSpace(rec.HTML) != "":
		it.Kind = KindFragment
		if looksLikeWholePage(rec.HTML) {
			it.Kind = KindHTML
		}
		it.Body = []byte(rec.HTML)
	case strings.TrimSpace(rec.Text) != "":
		it.Kind = KindRecord
		it.Text = rec.Text
	default:
		return nil, errors.New("record has neither text nor html")
	}
	if rec.Published != "" {
		if t, ok := ParseTime(rec.Published); ok {
			it.Published, it.PublishedSource = t, doc.PubInput
		}
		it.PublishedExpr = rec.Published
	}
	if rec.Fetched != "" {
		t, ok := ParseTime(rec.Fetched)
		if !ok {
			return nil, fmt.Errorf("fetched: cannot read time %q", truncate(rec.Fetched, 40))
		}
		it.Fetched, it.FetchedSource = t, doc.FetchInput
	}
	return it, nil
}

func looksLikeWholePage(s string) bool {
	head := strings.ToLower(s[:min(len(s), 2048)])
	return strings.Contains(head, "<html") || strings.Contains(head, "<body") || strings.Contains(head, "<!doctype")
}

// readLine reads one line of at most max bytes. A longer line is skipped
// up to its end and reported with ErrTooLarge.
func readLine(br *bufio.Reader, max int64) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if int64(len(buf)+len(chunk)) > max {
			// Drain the rest of the line.
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = br.ReadSlice('\n')
			}
			if err != nil && !errors.Is(err, io.EOF) {
				return nil, err
			}
			return []byte{}, fmt.Errorf("%w: line longer than %d bytes", ErrTooLarge, max)
		}
		buf = append(buf, chunk...)
		switch {
		case err == nil:
			return buf, nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF):
			if len(buf) == 0 {
				return nil, io.EOF
			}
			return buf, nil
		default:
			return nil, err
		}
	}
}

// ParseTime reads the machine-written times of structured inputs: RFC 3339
// with or without seconds or zone, a bare date, RFC 1123 and a Unix time
// in seconds.
func ParseTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02", time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822} {
		if t, err := time.Parse(layout, s); err == nil {
			if t.Year() < 1800 || t.Year() > 2200 {
				return time.Time{}, false
			}
			return t, true
		}
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil && n > 0 && n < 1<<33 {
		return time.Unix(n, 0).UTC(), true
	}
	return time.Time{}, false
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }
