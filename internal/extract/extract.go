// Package extract turns an ingested item into a clean article: main text
// without boilerplate, paragraphs with byte offsets, title, section,
// author, publication time (with the source that gave it) and language.
//
// Web pages are decoded to UTF-8 here, parsed once, and handed as a tree to
// go-trafilatura for the main-text decision; metadata and dates are read by
// vigie itself (internal/pubdate) so that their source can be recorded.
package extract

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/ingest"
	"github.com/vigie-events/vigie/internal/lang"
	"github.com/vigie-events/vigie/internal/pubdate"
)

// Config tunes extraction.
type Config struct {
	// Fallback also runs trafilatura's readability and DOM-distiller
	// fallbacks and keeps the best candidate: about 1.3× slower, sometimes
	// better on unusual layouts. Off by default, as in trafilatura; vigie's
	// own density pass already replaces trafilatura's whole-page rescue.
	Fallback bool
}

// Extractor turns Items into Documents. It is safe for concurrent use.
type Extractor struct {
	cfg Config
}

// New returns an Extractor.
func New(cfg Config) *Extractor { return &Extractor{cfg: cfg} }

// ErrNoText is returned when no article text could be found.
var ErrNoText = errors.New("no article text found")

// Extract turns one item into a document.
func (e *Extractor) Extract(it *ingest.Item) (*doc.Document, error) {
	d := &doc.Document{
		URL:           it.URL,
		Fetched:       it.Fetched,
		FetchedSource: it.FetchedSource,
		Origin:        it.Origin,
	}
	var paras []string
	var err error
	switch it.Kind {
	case ingest.KindHTML:
		paras, err = e.page(it, d)
	case ingest.KindFragment:
		paras, err = fragment(it, d)
	case ingest.KindText:
		paras, err = crawlerText(it, d)
	case ingest.KindRecord:
		paras = splitParagraphs(it.Text)
	default:
		err = fmt.Errorf("unknown item kind %v", it.Kind)
	}
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	// Structured inputs say what they know; it wins over what was guessed.
	if it.Title != "" {
		d.Title = clean(it.Title)
	}
	if it.Author != "" {
		d.Author = clean(it.Author)
	}
	if it.Section != "" {
		d.Section = clean(it.Section)
	}
	switch {
	case !it.Published.IsZero():
		d.Published, d.PublishedSource, d.PublishedExpr = it.Published, it.PublishedSource, it.PublishedExpr
	case it.PublishedExpr != "":
		if r, ok := pubdate.FromText(it.PublishedExpr, d.Fetched); ok {
			d.Published, d.PublishedExpr = r.Time, it.PublishedExpr
			d.PublishedSource = it.PublishedSource
			if d.PublishedSource == "" {
				d.PublishedSource = doc.PubInput
			}
		}
	}
	if it.Kind == ingest.KindHTML || it.Kind == ingest.KindFragment {
		paras = trimLead(paras, d.Title, d.Author, d.Fetched)
	}
	paras = filterBoilerplate(paras, d.Title)
	if len(paras) == 0 {
		return nil, fmt.Errorf("extract: %w", ErrNoText)
	}
	d.Text, d.Paragraphs = join(paras)
	if d.Title == "" {
		d.Title = firstWords(paras[0], 12)
	}
	det := lang.Detect(langSample(d.Title, d.Text))
	d.Lang, d.LangConfidence = det.Code, det.Confidence
	if it.Lang != "" && it.Lang != det.Code {
		// The input declares a language: keep it, with the detector's doubt.
		d.Lang, d.LangConfidence = it.Lang, 1-det.Confidence
		if d.LangConfidence < 0.5 {
			d.LangConfidence = 0.5
		}
	}
	d.LangSupported = doc.IsSupported(d.Lang)
	if d.Published.IsZero() {
		// A wire dateline opening the text dates it: "WASHINGTON, March
		// 3, 2025 (Reuters) -".
		for _, p := range paras[:min(2, len(paras))] {
			if r, ok := pubdate.FromDateline(p, d.Fetched, d.Lang); ok {
				d.Published, d.PublishedSource, d.PublishedExpr = r.Time, doc.PubText, r.Expr
				break
			}
		}
	}
	if it.ID != "" {
		d.ID = it.ID
	} else {
		d.ID = doc.NewID(d.URL, d.Text)
	}
	return d, nil
}

// page extracts a whole web page.
func (e *Extractor) page(it *ingest.Item, d *doc.Document) ([]string, error) {
	dec, err := ingest.DecodeHTML(it.Body, it.ContentType)
	if err != nil {
		return nil, err
	}
	root, err := html.Parse(strings.NewReader(dec.Text))
	if err != nil {
		return nil, fmt.Errorf("parsing HTML: %w", err)
	}
	m := readMeta(root)
	if d.URL == "" {
		d.URL = m.canonical
	}
	d.Title, d.Section, d.Author = m.title, m.section, m.author
	if r, ok := pubdate.FromHTML(root, d.URL, d.Fetched); ok {
		d.Published, d.PublishedSource, d.PublishedExpr = r.Time, r.Source, r.Expr
	}
	stripNoise(root)
	opts := trafilatura.Options{
		EnableFallback:  e.cfg.Fallback,
		ExcludeComments: true,
		ExcludeTables:   false,
		HtmlDateMode:    trafilatura.Disabled,
		// internal/lang identifies the language; trafilatura's own
		// classifier would cost a quarter of the extraction time.
		SkipLanguageDetection: true,
		Deduplicate:           false,
	}
	if u, err := url.Parse(d.URL); err == nil && u.Host != "" {
		opts.OriginalURL = u
	}
	res, err := trafilatura.ExtractDocument(root, opts)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNoText, err)
	}
	if d.Title == "" {
		d.Title = clean(res.Metadata.Title)
	}
	if d.Author == "" {
		d.Author = clean(res.Metadata.Author)
	}
	if d.Section == "" && len(res.Metadata.Categories) > 0 {
		d.Section = clean(res.Metadata.Categories[0])
	}
	paras := blockTexts(res.ContentNode)
	// trafilatura works on a copy: root is still the whole page here.
	if looksLikeBaseline(paras) {
		if alt := densest(root); len(alt) >= 2 {
			paras = alt
		}
	}
	words := 0
	for _, p := range paras {
		words += len(strings.Fields(p))
	}
	if words < minPageWords {
		// A page of menus and buttons only: nothing to code.
		return nil, fmt.Errorf("%w: %d words left after removing site chrome", ErrNoText, words)
	}
	return paras, nil
}

// minPageWords is the fewest words a web page's article may have.
const minPageWords = 8

// fragment reads an HTML fragment without site chrome: feed content or a
// JSON Lines html field.
func fragment(it *ingest.Item, d *doc.Document) ([]string, error) {
	dec, err := ingest.DecodeHTML(it.Body, it.ContentType)
	if err != nil {
		return nil, err
	}
	nodes, err := html.ParseFragment(strings.NewReader(dec.Text), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return nil, fmt.Errorf("parsing HTML: %w", err)
	}
	body := &html.Node{Type: html.ElementNode, Data: "div"}
	for _, n := range nodes {
		body.AppendChild(n)
	}
	stripNoise(body)
	return blockTexts(body), nil
}

// langSample is the part of an article the language is identified from:
// the title and the first kilobyte of text are plenty, and the cost
// no longer grows with the article.
func langSample(title, text string) string {
	const max = 1024
	if len(text) > max {
		cut := max
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	return title + "\n" + text
}
