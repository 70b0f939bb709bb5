package ingest

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"strings"
	"time"

	"github.com/nlnwa/gowarc/v3"

	"github.com/vigie-events/vigie/internal/doc"
)

// readWARC streams the records of a WARC or WARC.gz file. Response and
// resource records that hold HTML or text become Items; every other record
// is skipped and counted by reason. A truncated or corrupt file yields an
// error naming the record where reading stopped.
func (r *Reader) readWARC(ctx context.Context, origin doc.Origin, br *bufio.Reader, yield func(*Item, error) bool) bool {
	origin.Format = "warc"
	wr, err := gowarc.NewWarcFileReaderFromStream(br, 0,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore),
		gowarc.WithSpecViolationPolicy(gowarc.ErrWarn), // Warn, not Ignore: only then does gowarc keep the block readable after validating it.
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
		gowarc.WithBlockErrorPolicy(gowarc.ErrIgnore),
		gowarc.WithBufferMaxMemBytes(1<<20),
	)
	if err != nil {
		return yield(nil, &Error{Origin: origin, Err: fmt.Errorf("warc: %w", err)})
	}
	defer wr.Close()
	for n := 1; ; n++ {
		if ctx.Err() != nil {
			return false
		}
		rec, err := wr.Next()
		if errors.Is(err, io.EOF) && rec.WarcRecord == nil {
			if n == 1 {
				return yield(nil, &Error{Origin: origin, Err: errors.New("warc: no record found")})
			}
			return true
		}
		o := origin
		o.Record = n
		if err != nil {
			rec.Close()
			if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
				err = fmt.Errorf("warc: truncated record at byte %d: %w", rec.Offset, err)
			} else {
				err = fmt.Errorf("warc: record at byte %d: %w", rec.Offset, err)
			}
			// The stream position is lost after a broken record: stop this file.
			return yield(nil, &Error{Origin: o, Err: err})
		}
		if err := truncation(rec); err != nil {
			rec.Close()
			return yield(nil, &Error{Origin: o, Err: err})
		}
		it, reason, err := r.warcItem(rec, o)
		rec.Close()
		switch {
		case err != nil:
			if !yield(nil, &Error{Origin: o, Err: err}) {
				return false
			}
		case it == nil:
			r.Stats.skip(reason)
		default:
			if !yield(it, nil) {
				return false
			}
		}
	}
}

func (r *Reader) warcItem(rec gowarc.Record, o doc.Origin) (*Item, string, error) {
	wrec := rec.WarcRecord
	h := wrec.WarcHeader()
	typ := wrec.Type()
	if typ != gowarc.Response && typ != gowarc.Resource {
		return nil, "warc " + strings.ToLower(typ.String()) + " record", nil
	}
	uri := strings.Trim(h.Get(gowarc.WarcTargetURI), "<>")
	fetched, fsrc := time.Time{}, doc.FetchWARC
	if d := h.Get(gowarc.WarcDate); d != "" {
		if t, err := time.Parse(time.RFC3339, d); err == nil {
			fetched = t.UTC()
		}
	}
	if !r.cfg.Now.IsZero() && fetched.IsZero() {
		fetched, fsrc = r.cfg.Now, doc.FetchNow
	}
	var ctype string
	var payload io.Reader
	switch b := wrec.Block().(type) {
	case gowarc.HttpResponseBlock:
		if code := b.HttpStatusCode(); code != 200 {
			return nil, fmt.Sprintf("warc response status %d", code), nil
		}
		if hh := b.HttpHeader(); hh != nil {
			ctype = hh.Get("Content-Type")
		}
		p, err := b.PayloadBytes()
		if err != nil {
			return nil, "", fmt.Errorf("warc: payload: %w", err)
		}
		payload = p
	default:
		if typ == gowarc.Response {
			return nil, "warc non-HTTP response record", nil
		}
		ctype = h.Get(gowarc.ContentType)
		p, err := wrec.Block().RawBytes()
		if err != nil {
			return nil, "", fmt.Errorf("warc: block: %w", err)
		}
		payload = p
	}
	mt, _, _ := mime.ParseMediaType(ctype)
	kind := KindHTML
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml" || mt == "":
	case mt == "text/plain":
		kind = KindText
	default:
		return nil, "warc payload " + mt, nil
	}
	body, err := readLimited(payload, r.cfg.MaxBytes)
	if err != nil {
		return nil, "", fmt.Errorf("warc: %s: %w", uri, err)
	}
	if len(body) == 0 {
		return nil, "warc empty payload", nil
	}
	if mt == "" {
		head := body
		if len(head) > 4096 {
			head = head[:4096]
		}
		switch sniff(uri, head) {
		case "html":
		case "text":
			kind = KindText
		default:
			return nil, "warc payload not text", nil
		}
	}
	return &Item{Origin: o, Kind: kind, URL: uri, Body: body, ContentType: ctype, Fetched: fetched, FetchedSource: fsrc}, "", nil
}

// truncation reports a record whose block is shorter than its
// Content-Length says: the file was cut.
func truncation(rec gowarc.Record) error {
	for _, v := range rec.Validation {
		var cl *gowarc.ContentLengthError
		if errors.As(v, &cl) && cl.Actual < cl.Expected {
			return fmt.Errorf("warc: truncated record at byte %d: %d of %d bytes", rec.Offset, cl.Actual, cl.Expected)
		}
	}
	return nil
}
