// Package ingest reads news as crawlers and newsrooms leave it: plain-text
// crawler dumps, HTML pages in any common charset, WARC and WARC.gz
// archives, RSS and Atom feeds (file or URL), JSON Lines exports,
// directories and stdin. It yields one Item per article, streaming, with
// where it came from and when it was fetched; it does not extract text.
//
// A bad file or record never stops a batch: it is yielded as an *Error that
// names the file, the record and the reason, and reading goes on.
package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/vigie-events/vigie/internal/doc"
)

// Kind says what an Item's Body holds.
type Kind int

const (
	KindHTML     Kind = iota // a whole web page
	KindFragment             // an HTML fragment without site chrome (feed content, JSONL html)
	KindText                 // plain text as a crawler saves it
	KindRecord               // structured record whose Text is already the article
)

func (k Kind) String() string {
	switch k {
	case KindHTML:
		return "html"
	case KindFragment:
		return "fragment"
	case KindText:
		return "text"
	case KindRecord:
		return "record"
	}
	return "unknown"
}

// Item is one article as found, before extraction.
type Item struct {
	Origin      doc.Origin
	Kind        Kind
	URL         string
	Body        []byte // raw bytes: HTML or text
	ContentType string // HTTP Content-Type when known (WARC, URL fetch)

	Fetched       time.Time
	FetchedSource string

	// Fields given by structured inputs (JSON Lines, feeds); empty when absent.
	ID              string
	Title           string
	Author          string
	Section         string
	Lang            string
	Text            string // the article text, for KindRecord
	Published       time.Time
	PublishedSource string
	PublishedExpr   string
}

// Error is a failure to read one file or record. The batch goes on.
type Error struct {
	Origin doc.Origin
	Err    error
}

func (e *Error) Error() string {
	loc := e.Origin.File
	if e.Origin.Record > 0 {
		what := "record"
		if e.Origin.Format == "jsonl" {
			what = "line"
		}
		loc = fmt.Sprintf("%s: %s %d", loc, what, e.Origin.Record)
	}
	return fmt.Sprintf("%s: %v", loc, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Sentinel reasons a caller may act on.
var (
	ErrEmpty    = errors.New("empty input")
	ErrBinary   = errors.New("binary content, not text or HTML")
	ErrTooLarge = errors.New("document too large")
)

// Config sets how inputs are read.
type Config struct {
	// Now is the fetch time for inputs that carry none (--now). When zero,
	// a file's modification time is used.
	Now time.Time
	// MaxBytes caps one document (a page, a record). Default 16 MiB.
	MaxBytes int64
	// Client fetches URLs. Default: a client with a 30 s timeout.
	Client *http.Client
	// UserAgent sent when fetching URLs.
	UserAgent string
	// Stdin is read for the source "-". Default os.Stdin.
	Stdin io.Reader
}

// Stats counts what was read and skipped.
type Stats struct {
	mu      sync.Mutex
	Files   int
	Items   int
	Errors  int
	Skipped map[string]int // reason → count, e.g. "warc request record"
}

func (s *Stats) skip(reason string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.Skipped == nil {
		s.Skipped = map[string]int{}
	}
	s.Skipped[reason]++
}

// SkippedTotal returns the number of skipped records.
func (s *Stats) SkippedTotal() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, v := range s.Skipped {
		n += v
	}
	return n
}

// Reader reads inputs into Items.
type Reader struct {
	cfg   Config
	Stats Stats
}

// DefaultMaxBytes is the default cap on one document.
const DefaultMaxBytes = 16 << 20

// New returns a Reader.
func New(cfg Config) *Reader {
	if cfg.MaxBytes <= 0 {
		cfg.MaxBytes = DefaultMaxBytes
	}
	if cfg.Client == nil {
		cfg.Client = &http.Client{Timeout: 30 * time.Second}
	}
	if cfg.Stdin == nil {
		cfg.Stdin = os.Stdin
	}
	if cfg.UserAgent == "" {
		cfg.UserAgent = "vigie/0.1 (+news event coder)"
	}
	return &Reader{cfg: cfg}
}

// All reads every source in turn: files, directories (recursively, in
// name order), "-" for stdin, and http(s) URLs. It yields an Item or an
// error (an *Error naming the file and record) for each article.
func (r *Reader) All(ctx context.Context, sources []string) iter.Seq2[*Item, error] {
	return func(yield func(*Item, error) bool) {
		y := func(it *Item, err error) bool {
			if err != nil {
				r.Stats.mu.Lock()
				r.Stats.Errors++
				r.Stats.mu.Unlock()
			} else {
				r.Stats.mu.Lock()
				r.Stats.Items++
				r.Stats.mu.Unlock()
			}
			return yield(it, err)
		}
		for _, src := range sources {
			if ctx.Err() != nil {
				return
			}
			if !r.source(ctx, src, y) {
				return
			}
		}
	}
}

func (r *Reader) source(ctx context.Context, src string, yield func(*Item, error) bool) bool {
	switch {
	case src == "-":
		t, fsrc := r.fetchTime(time.Time{})
		return r.stream(ctx, doc.Origin{File: "-"}, r.cfg.Stdin, t, fsrc, yield)
	case strings.HasPrefix(src, "http://") || strings.HasPrefix(src, "https://"):
		return r.url(ctx, src, yield)
	}
	st, err := os.Stat(src)
	if err != nil {
		return yield(nil, &Error{Origin: doc.Origin{File: src}, Err: err})
	}
	if !st.IsDir() {
		return r.file(ctx, src, st, yield)
	}
	var files []string
	werr := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if !yield(nil, &Error{Origin: doc.Origin{File: p}, Err: err}) {
				return fs.SkipAll
			}
			return nil
		}
		if d.IsDir() {
			if p != src && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") || !d.Type().IsRegular() {
			return nil
		}
		files = append(files, p)
		return nil
	})
	if errors.Is(werr, fs.SkipAll) {
		return false
	}
	sort.Strings(files)
	for _, p := range files {
		if ctx.Err() != nil {
			return false
		}
		st, err := os.Stat(p)
		if err != nil {
			if !yield(nil, &Error{Origin: doc.Origin{File: p}, Err: err}) {
				return false
			}
			continue
		}
		if !r.file(ctx, p, st, yield) {
			return false
		}
	}
	return true
}

func (r *Reader) fetchTime(mod time.Time) (time.Time, string) {
	if !r.cfg.Now.IsZero() {
		return r.cfg.Now, doc.FetchNow
	}
	if !mod.IsZero() {
		return mod, doc.FetchFile
	}
	return time.Now().UTC().Truncate(time.Second), doc.FetchNow
}

func (r *Reader) file(ctx context.Context, path string, st os.FileInfo, yield func(*Item, error) bool) bool {
	r.Stats.mu.Lock()
	r.Stats.Files++
	r.Stats.mu.Unlock()
	f, err := os.Open(path)
	if err != nil {
		return yield(nil, &Error{Origin: doc.Origin{File: path}, Err: err})
	}
	defer f.Close()
	if st.Size() == 0 {
		return yield(nil, &Error{Origin: doc.Origin{File: path}, Err: ErrEmpty})
	}
	t, src := r.fetchTime(st.ModTime().UTC().Truncate(time.Second))
	return r.stream(ctx, doc.Origin{File: path}, f, t, src, yield)
}

func (r *Reader) url(ctx context.Context, u string, yield func(*Item, error) bool) bool {
	origin := doc.Origin{File: u}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return yield(nil, &Error{Origin: origin, Err: err})
	}
	req.Header.Set("User-Agent", r.cfg.UserAgent)
	resp, err := r.cfg.Client.Do(req)
	if err != nil {
		return yield(nil, &Error{Origin: origin, Err: err})
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return yield(nil, &Error{Origin: origin, Err: fmt.Errorf("HTTP %s", resp.Status)})
	}
	now := r.cfg.Now
	fsrc := doc.FetchNow
	if now.IsZero() {
		now, fsrc = time.Now().UTC().Truncate(time.Second), doc.FetchHTTP
	}
	return r.streamURL(ctx, origin, resp.Body, now, fsrc, resp.Header.Get("Content-Type"), u, yield)
}

// stream sniffs the format of one input and reads it.
func (r *Reader) stream(ctx context.Context, origin doc.Origin, rd io.Reader, fetched time.Time, fsrc string, yield func(*Item, error) bool) bool {
	if fsrc == "" {
		fetched, fsrc = r.fetchTime(fetched)
	}
	return r.streamURL(ctx, origin, rd, fetched, fsrc, "", "", yield)
}

func (r *Reader) streamURL(ctx context.Context, origin doc.Origin, rd io.Reader, fetched time.Time, fsrc, ctype, pageURL string, yield func(*Item, error) bool) bool {
	br := bufio.NewReaderSize(rd, 64<<10)
	head, err := br.Peek(4096)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return yield(nil, &Error{Origin: origin, Err: err})
	}
	if len(head) == 0 {
		return yield(nil, &Error{Origin: origin, Err: ErrEmpty})
	}
	format := sniff(origin.File, head)
	switch format {
	case "gzip":
		zr, err := gzip.NewReader(br)
		if err != nil {
			return yield(nil, &Error{Origin: origin, Err: fmt.Errorf("gzip: %w", err)})
		}
		defer zr.Close()
		inner := origin
		inner.File = origin.File
		// The inner name decides the format: a.jsonl.gz is JSON Lines.
		name := strings.TrimSuffix(strings.TrimSuffix(origin.File, ".gz"), ".GZ")
		ib := bufio.NewReaderSize(zr, 64<<10)
		ih, err := ib.Peek(4096)
		if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
			return yield(nil, &Error{Origin: origin, Err: fmt.Errorf("gzip: %w", err)})
		}
		if len(ih) == 0 {
			return yield(nil, &Error{Origin: origin, Err: ErrEmpty})
		}
		f := sniff(name, ih)
		if f == "gzip" {
			return yield(nil, &Error{Origin: origin, Err: errors.New("gzip inside gzip is not supported")})
		}
		return r.dispatch(ctx, f, inner, ib, fetched, fsrc, ctype, pageURL, yield)
	case "warc":
		// gowarc reads gzip members itself; hand it the raw stream.
		return r.readWARC(ctx, origin, br, yield)
	}
	return r.dispatch(ctx, format, origin, br, fetched, fsrc, ctype, pageURL, yield)
}

func (r *Reader) dispatch(ctx context.Context, format string, origin doc.Origin, br *bufio.Reader, fetched time.Time, fsrc, ctype, pageURL string, yield func(*Item, error) bool) bool {
	origin.Format = format
	switch format {
	case "warc":
		return r.readWARC(ctx, origin, br, yield)
	case "jsonl":
		return r.readJSONL(ctx, origin, br, fetched, fsrc, yield)
	case "feed":
		return r.readFeed(ctx, origin, br, fetched, fsrc, pageURL, yield)
	case "binary":
		return yield(nil, &Error{Origin: origin, Err: ErrBinary})
	}
	body, err := readLimited(br, r.cfg.MaxBytes)
	if err != nil {
		return yield(nil, &Error{Origin: origin, Err: err})
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return yield(nil, &Error{Origin: origin, Err: ErrEmpty})
	}
	it := &Item{Origin: origin, URL: pageURL, Body: body, ContentType: ctype, Fetched: fetched, FetchedSource: fsrc}
	if format == "html" {
		it.Kind = KindHTML
	} else {
		it.Kind = KindText
	}
	return yield(it, nil)
}

// readLimited reads all of r, or fails with ErrTooLarge past max bytes.
func readLimited(r io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%w: more than %d bytes (raise --max-bytes)", ErrTooLarge, max)
	}
	return b, nil
}

// sniff decides an input's format from its name and first bytes.
func sniff(name string, head []byte) string {
	lname := strings.ToLower(name)
	if len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b {
		if strings.HasSuffix(lname, ".warc.gz") || strings.HasSuffix(lname, ".arc.gz") {
			return "warc"
		}
		return "gzip"
	}
	trim := bytes.TrimLeft(head, " \t\r\n\ufeff")
	trim = bytes.TrimPrefix(trim, []byte{0xEF, 0xBB, 0xBF})
	trim = bytes.TrimLeft(trim, " \t\r\n")
	switch {
	case bytes.HasPrefix(trim, []byte("WARC/")):
		return "warc"
	case strings.HasSuffix(lname, ".jsonl") || strings.HasSuffix(lname, ".ndjson") || strings.HasSuffix(lname, ".jsonl.gz"):
		return "jsonl"
	case len(trim) > 0 && trim[0] == '{':
		return "jsonl"
	}
	if isBinary(head) {
		return "binary"
	}
	low := bytes.ToLower(trim)
	if bytes.HasPrefix(low, []byte("<?xml")) || bytes.HasPrefix(low, []byte("<rss")) || bytes.HasPrefix(low, []byte("<feed")) || bytes.HasPrefix(low, []byte("<rdf:rdf")) {
		if bytes.Contains(low, []byte("<rss")) || bytes.Contains(low, []byte("<feed")) || bytes.Contains(low, []byte("<rdf:rdf")) {
			return "feed"
		}
		if bytes.Contains(low, []byte("<html")) {
			return "html"
		}
		return "feed"
	}
	if bytes.HasPrefix(low, []byte("<!doctype html")) || bytes.HasPrefix(low, []byte("<html")) || bytes.HasPrefix(low, []byte("<!--")) ||
		bytes.Contains(low, []byte("<html")) || bytes.Contains(low, []byte("<body")) || bytes.Contains(low, []byte("<head")) ||
		strings.HasSuffix(lname, ".html") || strings.HasSuffix(lname, ".htm") || strings.HasSuffix(lname, ".xhtml") {
		return "html"
	}
	if bytes.HasPrefix(low, []byte("<")) && (bytes.Contains(low, []byte("<p>")) || bytes.Contains(low, []byte("<div"))) {
		return "html"
	}
	return "text"
}

// isBinary reports whether the first bytes look like binary data: NUL
// bytes, many control characters, or a known binary signature.
func isBinary(head []byte) bool {
	if ct := http.DetectContentType(head); !strings.HasPrefix(ct, "text/") && ct != "application/octet-stream" && !strings.Contains(ct, "xml") && !strings.Contains(ct, "json") {
		return true
	}
	if bytes.IndexByte(head, 0) >= 0 {
		// UTF-16 text has NULs too; a BOM tells.
		if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
			return false
		}
		return true
	}
	ctrl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	return ctrl*20 > len(head)
}
