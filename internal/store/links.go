package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"iter"
	"time"
)

// Link says that a document is a syndicated copy (a near-duplicate) of an
// earlier one, its original. An empty Original removes the link.
type Link struct {
	Doc        string  `json:"doc"`
	Original   string  `json:"original"`
	Similarity float64 `json:"similarity"`
}

// SetLinks records which documents are copies of which, in one
// transaction, and recounts the sources of the events they mention: a
// copy's mentions count under its original's domain. Linking a document to
// itself removes its link.
func (s *SQLite) SetLinks(ctx context.Context, links []Link) error {
	if len(links) == 0 {
		return nil
	}
	now := time.Now().UTC().Format(stampFormat)
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: set links: begin: %w", err)
	}
	defer tx.Rollback()
	w := &eventWriter{tx: tx, now: now, touched: map[int64]bool{}}
	for _, l := range links {
		if l.Original == "" || l.Original == l.Doc {
			_, err = tx.ExecContext(ctx, "DELETE FROM document_links WHERE doc_id = ?", l.Doc)
		} else {
			_, err = tx.ExecContext(ctx, `INSERT INTO document_links (doc_id, original_id, similarity, created) VALUES (?, ?, ?, ?)
ON CONFLICT (doc_id) DO UPDATE SET original_id = excluded.original_id, similarity = excluded.similarity`,
				l.Doc, l.Original, l.Similarity, now)
		}
		if err != nil {
			return fmt.Errorf("store: link %s to %s: %w", l.Doc, l.Original, err)
		}
		if err := w.relink(ctx, l.Doc); err != nil {
			return fmt.Errorf("store: link %s to %s: %w", l.Doc, l.Original, err)
		}
	}
	if _, err := w.refresh(ctx); err != nil {
		return fmt.Errorf("store: set links: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: set links: commit: %w", err)
	}
	return nil
}

// relink updates the source key of a document's mentions after its link
// changed.
func (w *eventWriter) relink(ctx context.Context, id string) error {
	var url string
	err := w.queryRow(ctx, "SELECT url FROM documents WHERE id = ?", id).Scan(&url)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("document %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return err
	}
	key, err := w.sourceKey(ctx, id, Domain(url))
	if err != nil {
		return err
	}
	rows, err := w.query(ctx, `UPDATE event_mentions SET source_key = ?1, updated = ?2
WHERE doc_id = ?3 AND source_key <> ?1 RETURNING event_seq`, key, w.now, id)
	if err != nil {
		return err
	}
	for rows.Next() {
		var seq int64
		if err := rows.Scan(&seq); err != nil {
			rows.Close()
			return err
		}
		w.touched[seq] = true
	}
	return errors.Join(rows.Err(), rows.Close())
}

// Original returns the document that id is a copy of, and "" when it is
// not a known copy.
func (s *SQLite) Original(ctx context.Context, id string) (Link, error) {
	l := Link{Doc: id}
	err := s.r.QueryRowContext(ctx, "SELECT original_id, similarity FROM document_links WHERE doc_id = ?", id).Scan(&l.Original, &l.Similarity)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return l, fmt.Errorf("store: original of %s: %w", id, err)
	}
	return l, nil
}

// Copies returns the documents linked to id as its copies.
func (s *SQLite) Copies(ctx context.Context, id string) ([]Link, error) {
	rows, err := s.r.QueryContext(ctx, "SELECT doc_id, similarity FROM document_links WHERE original_id = ? ORDER BY doc_id", id)
	if err != nil {
		return nil, fmt.Errorf("store: copies of %s: %w", id, err)
	}
	defer rows.Close()
	var ls []Link
	for rows.Next() {
		l := Link{Original: id}
		if err := rows.Scan(&l.Doc, &l.Similarity); err != nil {
			return nil, fmt.Errorf("store: copies of %s: %w", id, err)
		}
		ls = append(ls, l)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: copies of %s: %w", id, err)
	}
	return ls, nil
}

// PutSketch keeps a document's near-duplicate sketch (see
// internal/cluster), so that the index can be rebuilt with Sketches.
func (s *SQLite) PutSketch(ctx context.Context, id string, sketch []byte) error {
	_, err := s.w.ExecContext(ctx, `INSERT INTO document_sketches (doc_id, sketch) VALUES (?, ?)
ON CONFLICT (doc_id) DO UPDATE SET sketch = excluded.sketch`, id, sketch)
	if err != nil {
		return fmt.Errorf("store: put sketch of %s: %w", id, err)
	}
	return nil
}

// Sketch is a stored near-duplicate sketch with its document's time.
type Sketch struct {
	Doc    string
	Time   time.Time // published, else fetched, else first stored
	Sketch []byte
}

// Sketches yields every stored sketch, oldest document first.
func (s *SQLite) Sketches(ctx context.Context) iter.Seq2[Sketch, error] {
	return func(yield func(Sketch, error) bool) {
		rows, err := s.r.QueryContext(ctx, `SELECT k.doc_id, coalesce(d.published, d.fetched, d.created), k.sketch
FROM document_sketches AS k JOIN documents AS d ON d.id = k.doc_id ORDER BY d.seq`)
		if err != nil {
			yield(Sketch{}, fmt.Errorf("store: sketches: %w", err))
			return
		}
		defer rows.Close()
		for rows.Next() {
			var (
				k Sketch
				t string
			)
			if err := rows.Scan(&k.Doc, &t, &k.Sketch); err != nil {
				yield(Sketch{}, fmt.Errorf("store: sketches: %w", err))
				return
			}
			k.Time, _ = time.Parse(time.RFC3339Nano, t)
			if !yield(k, nil) {
				return
			}
		}
		if err := rows.Err(); err != nil {
			yield(Sketch{}, fmt.Errorf("store: sketches: %w", err))
		}
	}
}
