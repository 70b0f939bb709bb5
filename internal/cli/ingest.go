package cli

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/extract"
	"github.com/vigie-events/vigie/internal/ingest"
	"github.com/vigie-events/vigie/internal/pipeline"
	"github.com/vigie-events/vigie/internal/store"
)

const defaultDB = "vigie.db"

func runIngest(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "ingest", "[flags] FILE|DIR|URL|-...", "Read, extract and store articles. The same URL or the same content is stored\nonce; changed content becomes a new version of the document.")
	var rf readerFlags
	rf.register(fs)
	db := fs.String("db", defaultDB, "store file (SQLite)")
	batch := fs.Int("batch", 64, "documents written per transaction")
	noCode := fs.Bool("no-code", false, "store articles only, without coding their events")
	quiet := fs.Bool("quiet", false, "no progress bar")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageErr("no input given")
	}
	cfg, err := rf.config(env)
	if err != nil {
		return err
	}
	st, err := store.Open(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	var coder *coding
	if !*noCode {
		if coder, err = newCoding(); err != nil {
			return err
		}
	}
	sum, err := ingestInto(ctx, env, st, cfg, rf, fs.Args(), *batch, !*quiet && env.IsTerminal, coder)
	fmt.Fprintln(env.Stderr, sum.String(*db))
	if err != nil {
		return err
	}
	if sum.failed > 0 {
		return ErrFailed
	}
	return nil
}

// summary counts what an ingest did.
type summary struct {
	read, failed, mentions                  int
	inserted, updated, unchanged, duplicate int
	start                                   time.Time
	stats                                   *ingest.Stats
}

func (s *summary) String(db string) string {
	el := time.Since(s.start)
	rate := float64(s.read) / el.Seconds()
	return fmt.Sprintf("vigie ingest: %s into %s in %s (%.1f docs/s): %d new, %d updated, %d unchanged, %d duplicates; %d event mentions; %s%s",
		plural(s.read, "article", "articles"), db, el.Round(time.Millisecond), rate,
		s.inserted, s.updated, s.unchanged, s.duplicate, s.mentions, plural(s.failed, "error", "errors"), skippedSummary(s.stats))
}

// ingestInto runs the pipeline into the store, writing in batches: each
// batch is one transaction, so a crash loses at most the batch in flight
// and a rerun completes it without storing anything twice.
func ingestInto(ctx context.Context, env *Env, st *store.SQLite, cfg ingest.Config, rf readerFlags, sources []string, batchSize int, progress bool, coder *coding) (*summary, error) {
	rd := ingest.New(cfg)
	ex := extract.New(extract.Config{Fallback: rf.fallback})
	sum := &summary{start: time.Now(), stats: &rd.Stats}
	if batchSize <= 0 {
		batchSize = 64
	}
	var bar *progressbar.ProgressBar
	if progress {
		bar = progressbar.NewOptions(-1,
			progressbar.OptionSetWriter(env.Stderr),
			progressbar.OptionSetDescription("ingesting"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("docs"),
			progressbar.OptionSpinnerType(14),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
	}
	var pending []*doc.Document
	var coded []*pipeline.Coded
	var storeErr error
	flush := func() bool {
		if len(pending) == 0 {
			return true
		}
		// The batch is written even if ctx was cancelled meanwhile: what was
		// extracted is not thrown away on Ctrl-C.
		res, err := st.PutBatch(context.WithoutCancel(ctx), pending)
		if err != nil {
			storeErr = err
			return false
		}
		// Events go in a second transaction. They are stored for unchanged
		// documents too: a run killed between the two transactions is
		// completed by the next, and replacing a document's events with
		// the same events changes nothing (ids are stable).
		var ann []store.Annotations
		var parses []store.Parse
		for i, r := range res {
			if coded[i] == nil || r.Status == store.Duplicate {
				continue
			}
			ann = append(ann, store.Annotations{DocID: r.ID, Events: coded[i].Events, Entities: storeEntities(coded[i].Entities)})
			if coded[i].Parse != nil {
				d := pending[i]
				parses = append(parses, store.Parse{DocID: r.ID, ContentHash: doc.ContentHash(d.Title, d.Text), Lang: d.Lang, Model: coded[i].ParseModel, Data: coded[i].Parse})
			}
		}
		if len(ann) > 0 {
			er, err := st.PutEventsBatch(context.WithoutCancel(ctx), ann)
			if err != nil {
				storeErr = err
				return false
			}
			sum.mentions += er.Mentions
		}
		// The parses, kept for vigie recode, in a third transaction: a run
		// killed before it leaves documents that recode parses again.
		if err := st.PutParses(context.WithoutCancel(ctx), parses); err != nil {
			storeErr = err
			return false
		}
		for _, r := range res {
			switch r.Status {
			case store.Inserted:
				sum.inserted++
			case store.Updated:
				sum.updated++
			case store.Unchanged:
				sum.unchanged++
			case store.Duplicate:
				sum.duplicate++
			}
		}
		pending, coded = pending[:0], coded[:0]
		return true
	}
	lastFlush := time.Now()
	pcfg := pipeline.Config{Workers: rf.workers}
	if coder != nil {
		pcfg.Code = coder.code
	}
	pipeline.Extract(ctx, rd, ex, sources, pcfg, func(r pipeline.Result) bool {
		if r.Err != nil {
			sum.failed++
			if bar != nil {
				bar.Clear()
			}
			printErr(env, r.Err)
		} else {
			sum.read++
			pending = append(pending, r.Doc)
			coded = append(coded, r.Coded)
		}
		if bar != nil {
			bar.Describe(fmt.Sprintf("ingesting (%s)", plural(sum.failed, "error", "errors")))
			bar.Add(1)
		}
		if len(pending) >= batchSize || time.Since(lastFlush) > time.Second {
			lastFlush = time.Now()
			return flush()
		}
		return true
	})
	flush()
	if bar != nil {
		bar.Finish()
		io.WriteString(env.Stderr, "")
	}
	if storeErr != nil {
		return sum, fmt.Errorf("storing: %w", storeErr)
	}
	if err := ctx.Err(); err != nil {
		return sum, fmt.Errorf("interrupted; everything read so far is stored: %w", err)
	}
	return sum, nil
}
