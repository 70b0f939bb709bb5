// Package doc holds the plain types that every stage of vigie reads and
// adds to. All annotations point into Document.Text by byte offsets.
package doc

import "time"

// Span is a half-open byte range [Start, End) into Document.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes in the span.
func (s Span) Len() int { return s.End - s.Start }

// Valid reports whether the span lies inside a text of n bytes.
func (s Span) Valid(n int) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= n }

// Origin says where a document was read from, so errors and stored records
// can point back at the exact file and record.
type Origin struct {
	File   string `json:"file,omitempty"`   // path, URL or "-" for stdin
	Record int    `json:"record,omitempty"` // 1-based record or line number inside File; 0 when the file is one document
	Format string `json:"format,omitempty"` // text, html, warc, feed, jsonl
}

// Source names for Document.PublishedSource and Document.FetchedSource.
const (
	// PublishedSource values.
	PubMeta   = "meta"   // <meta property="article:published_time"> and kin
	PubJSONLD = "jsonld" // schema.org datePublished
	PubTime   = "time"   // <time datetime>
	PubText   = "text"   // a date written in the visible text ("il y a 3 semaines")
	PubFeed   = "feed"   // pubDate / published of an RSS or Atom item
	PubInput  = "input"  // the published field of a JSON Lines record
	PubURL    = "url"    // a date in the URL path (/2020/09/28/)
	PubNone   = ""       // unknown

	// FetchedSource values.
	FetchWARC  = "warc"  // WARC-Date of the record
	FetchInput = "input" // the fetched field of a JSON Lines record
	FetchNow   = "now"   // the --now flag
	FetchFile  = "file"  // the file's modification time
	FetchHTTP  = "http"  // the time vigie fetched the URL itself
)

// Document is one article: its clean text and metadata. Later stages add
// annotations that point into Text.
type Document struct {
	ID      string `json:"id"`
	URL     string `json:"url"`
	Title   string `json:"title"`
	Section string `json:"section"`
	Author  string `json:"author"`

	Published       time.Time `json:"published,omitzero"`
	PublishedSource string    `json:"published_source"`
	PublishedExpr   string    `json:"published_expr,omitempty"` // the words or attribute value that gave Published
	Fetched         time.Time `json:"fetched,omitzero"`
	FetchedSource   string    `json:"fetched_source,omitempty"`

	Lang           string  `json:"lang"`
	LangConfidence float64 `json:"lang_confidence"`
	LangSupported  bool    `json:"lang_supported"`

	Text       string `json:"text"`
	Paragraphs []Span `json:"paragraphs"`

	Origin Origin `json:"origin,omitzero"`
}

// SupportedLangs are the languages vigie codes. Others are detected and
// stored, but never coded as if they were one of these.
var SupportedLangs = []string{"fr", "en"}

// IsSupported reports whether lang is one vigie codes.
func IsSupported(lang string) bool {
	for _, l := range SupportedLangs {
		if l == lang {
			return true
		}
	}
	return false
}
