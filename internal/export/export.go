// Package export writes the events of the store in the formats analysts'
// tools read: the GDELT 2.0 event and mentions tables (tab-separated, no
// header), PLOVER records as JSON Lines, vigie's own JSON Lines, CSV,
// Parquet and GeoJSON.
//
// It reads aggregated events and their mentions from a Source (the
// store, filtered as the API filters) and adds nothing to them: every
// writer streams, so an export has no size limit.
package export

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"strings"

	"github.com/vigie-events/vigie/internal/store"
)

// Formats are the formats Write knows.
var Formats = []string{"gdelt", "mentions", "jsonl", "plover", "csv", "parquet", "geojson"}

// Source gives the events and mentions to export, in GLOBALEVENTID order;
// *store.SQLite is one.
type Source interface {
	Events(ctx context.Context, f store.EventFilter) iter.Seq2[store.Event, error]
	Mentions(ctx context.Context, f store.EventFilter) iter.Seq2[store.Mention, error]
}

// Stats counts what an export wrote.
type Stats struct {
	Records int // lines, rows or features written
	Skipped int // events the format cannot hold (PLOVER without a PLOVER type, GeoJSON without coordinates)
}

// Options set what writers put in the records they make up.
type Options struct {
	// Version names the coder in PLOVER records ("vigie dev").
	Version string
}

// Write exports the events f selects from src to w in format.
func Write(ctx context.Context, w io.Writer, src Source, format string, f store.EventFilter, opt Options) (Stats, error) {
	bw := bufio.NewWriterSize(w, 64<<10)
	var (
		st  Stats
		err error
	)
	switch format {
	case "gdelt":
		st, err = GDELT(bw, src.Events(ctx, f))
	case "mentions":
		st, err = GDELTMentions(bw, src.Mentions(ctx, f))
	case "jsonl":
		st, err = JSONL(bw, src.Events(ctx, f))
	case "plover":
		st, err = PLOVER(bw, src.Events(ctx, f), src.Mentions(ctx, f), opt)
	case "csv":
		st, err = CSV(bw, src.Events(ctx, f))
	case "parquet":
		st, err = Parquet(bw, src.Events(ctx, f))
	case "geojson":
		st, err = GeoJSON(bw, src.Events(ctx, f))
	default:
		return st, fmt.Errorf("export: unknown format %q (want one of %s)", format, strings.Join(Formats, ", "))
	}
	if err != nil {
		return st, err
	}
	if err := bw.Flush(); err != nil {
		return st, fmt.Errorf("export: %s: %w", format, err)
	}
	return st, nil
}

// JSONL writes each event as the API returns it, one JSON object a line.
func JSONL(w io.Writer, events iter.Seq2[store.Event, error]) (Stats, error) {
	var st Stats
	enc := json.NewEncoder(w)
	for e, err := range events {
		if err != nil {
			return st, fmt.Errorf("export: jsonl: %w", err)
		}
		if err := enc.Encode(&e); err != nil {
			return st, fmt.Errorf("export: jsonl: %w", err)
		}
		st.Records++
	}
	return st, nil
}

// withMentions pairs each event with its mentions; both sequences must be
// in GLOBALEVENTID order, as Source gives them.
func withMentions(events iter.Seq2[store.Event, error], mentions iter.Seq2[store.Mention, error]) iter.Seq2[eventMentions, error] {
	return func(yield func(eventMentions, error) bool) {
		next, stop := iter.Pull2(mentions)
		defer stop()
		var (
			pending *store.Mention
			done    bool
		)
		for e, err := range events {
			if err != nil {
				yield(eventMentions{}, err)
				return
			}
			em := eventMentions{Event: e}
			for !done {
				if pending == nil {
					m, err, ok := next()
					if !ok {
						done = true
						break
					}
					if err != nil {
						yield(eventMentions{}, err)
						return
					}
					pending = &m
				}
				if pending.EventSeq > e.Seq {
					break
				}
				if pending.EventSeq == e.Seq {
					em.Mentions = append(em.Mentions, *pending)
				}
				pending = nil
			}
			if !yield(em, nil) {
				return
			}
		}
	}
}

type eventMentions struct {
	Event    store.Event
	Mentions []store.Mention
}

// clean makes a value safe inside a tab-separated field.
func clean(s string) string {
	if !strings.ContainsAny(s, "\t\r\n") {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\t' || r == '\r' || r == '\n' }), " ")
}
