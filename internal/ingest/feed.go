package ingest

import (
	"bufio"
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/vigie-events/vigie/internal/doc"
)

// readFeed reads an RSS, Atom or RDF feed; each item becomes an Item with
// its full content (content:encoded, Atom content) or else its description.
func (r *Reader) readFeed(ctx context.Context, origin doc.Origin, br *bufio.Reader, fetched time.Time, fsrc, feedURL string, yield func(*Item, error) bool) bool {
	origin.Format = "feed"
	body, err := readLimited(br, r.cfg.MaxBytes)
	if err != nil {
		return yield(nil, &Error{Origin: origin, Err: err})
	}
	if err := checkEntities(body); err != nil {
		return yield(nil, &Error{Origin: origin, Err: err})
	}
	f, err := gofeed.NewParser().ParseString(string(body))
	if err != nil {
		return yield(nil, &Error{Origin: origin, Err: fmt.Errorf("feed: %w", err)})
	}
	if len(f.Items) == 0 {
		return yield(nil, &Error{Origin: origin, Err: fmt.Errorf("feed: %w: no items", ErrEmpty)})
	}
	for i, fi := range f.Items {
		if ctx.Err() != nil {
			return false
		}
		o := origin
		o.Record = i + 1
		content := fi.Content
		if strings.TrimSpace(content) == "" {
			content = fi.Description
		}
		if strings.TrimSpace(content) == "" {
			if !yield(nil, &Error{Origin: o, Err: fmt.Errorf("feed item %q has no content", truncate(fi.Title, 60))}) {
				return false
			}
			continue
		}
		it := &Item{Origin: o, Kind: KindFragment, URL: strings.TrimSpace(fi.Link), Title: strings.TrimSpace(fi.Title), Body: []byte(content), Fetched: fetched, FetchedSource: fsrc}
		if fi.Author != nil {
			it.Author = fi.Author.Name
		} else if len(fi.Authors) > 0 && fi.Authors[0] != nil {
			it.Author = fi.Authors[0].Name
		}
		if len(fi.Categories) > 0 {
			it.Section = strings.TrimSpace(fi.Categories[0])
		}
		if f.Language != "" {
			it.Lang = strings.ToLower(f.Language)
			if i := strings.IndexAny(it.Lang, "-_"); i > 0 {
				it.Lang = it.Lang[:i]
			}
		}
		switch {
		case fi.PublishedParsed != nil:
			it.Published, it.PublishedSource, it.PublishedExpr = fi.PublishedParsed.UTC(), doc.PubFeed, fi.Published
		case fi.UpdatedParsed != nil:
			it.Published, it.PublishedSource, it.PublishedExpr = fi.UpdatedParsed.UTC(), doc.PubFeed, fi.Updated
		case fi.Published != "":
			// Left for the extractor, which reads French dates.
			it.PublishedExpr, it.PublishedSource = fi.Published, doc.PubFeed
		}
		if !yield(it, nil) {
			return false
		}
	}
	return true
}

// checkEntities refuses feeds that declare entities in a DTD: the classic
// "billion laughs" expansion bomb. Feeds in the wild do not need them.
func checkEntities(body []byte) error {
	head := body
	if len(head) > 64<<10 {
		head = head[:64<<10]
	}
	s := strings.ToUpper(string(head))
	if i := strings.Index(s, "<!DOCTYPE"); i >= 0 && strings.Contains(s[i:], "<!ENTITY") {
		return fmt.Errorf("feed: refusing a DTD that declares entities (possible entity-expansion bomb)")
	}
	return nil
}
