// Package pipeline is the explicit chain of vigie's stages: it reads
// items from the ingest readers, extracts each on a pool of workers, and
// hands the results on in input order. A bad item is reported with its
// reason and the chain goes on.
package pipeline

import (
	"context"
	"runtime"
	"sync"

	"github.com/vigie-events/vigie/internal/coref"
	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/extract"
	"github.com/vigie-events/vigie/internal/ingest"
)

// Result is one input item after extraction: a document or the error
// that stopped it, with where it came from.
type Result struct {
	Seq    int
	Origin doc.Origin
	Bytes  int // size of the raw input item
	Doc    *doc.Document
	Err    error
	// Coded holds what Config.Code found in Doc, when it is set.
	Coded *Coded
}

// Coded is what the coding stages found in one document: its events and
// its entities with their mentions.
type Coded struct {
	Events   []doc.Event
	Entities []coref.Entity
	// Parse is the document's segmentation and parse, encoded, and
	// ParseModel what made it: kept so that vigie recode need not parse
	// again. Nil when the coding stages do not keep it.
	Parse      []byte
	ParseModel string
}

// Config sets up the chain.
type Config struct {
	Workers int // extraction workers; default GOMAXPROCS
	// Code, when set, runs the coding stages (parse, entities, actors,
	// events, time, place) on each extracted document, on the workers.
	Code func(*doc.Document) *Coded
}

// Extract reads sources and extracts every item, calling out for each
// result in input order. It stops early when out returns false or ctx is
// done. Memory stays bounded: at most a few items per worker are in flight.
func Extract(ctx context.Context, r *ingest.Reader, ex *extract.Extractor, sources []string, cfg Config, out func(Result) bool) {
	workers := cfg.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		seq  int
		item *ingest.Item
		err  error
	}
	jobs := make(chan job, workers*2)
	results := make(chan Result, workers*2)
	// window bounds the items between reading and in-order output, so a
	// slow item cannot make the reorder buffer grow without limit.
	window := make(chan struct{}, workers*4)

	go func() {
		defer close(jobs)
		seq := 0
		for it, err := range r.All(ctx, sources) {
			j := job{seq: seq, item: it, err: err}
			seq++
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return
			}
		}
	}()

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				res := Result{Seq: j.seq}
				if j.err != nil {
					res.Err = j.err
					if ie, ok := j.err.(*ingest.Error); ok {
						res.Origin = ie.Origin
					}
				} else {
					res.Origin = j.item.Origin
					res.Bytes = len(j.item.Body) + len(j.item.Text)
					res.Doc, res.Err = ex.Extract(j.item)
					if res.Err != nil {
						res.Err = &ingest.Error{Origin: j.item.Origin, Err: res.Err}
					} else if cfg.Code != nil {
						res.Coded = cfg.Code(res.Doc)
					}
				}
				select {
				case results <- res:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	// Reorder: hold results that arrive early until their turn.
	pending := map[int]Result{}
	next := 0
	for res := range results {
		pending[res.Seq] = res
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-window
			if !out(r) {
				cancel()
				for range results {
				}
				return
			}
		}
	}
}
