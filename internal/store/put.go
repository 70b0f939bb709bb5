package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/vigie-events/vigie/internal/doc"
)

// Status says what Put did with a document.
type Status int

// The outcomes of Put.
const (
	Inserted  Status = iota + 1 // a new document, version 1
	Unchanged                   // the same id with the same content: nothing written
	Updated                     // the same id with new content: a new version, the old one kept
	Duplicate                   // new id, but the same content is stored under another id: an alias recorded
)

func (s Status) String() string {
	switch s {
	case Inserted:
		return "inserted"
	case Unchanged:
		return "unchanged"
	case Updated:
		return "updated"
	case Duplicate:
		return "duplicate"
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

// PutResult reports what Put did with one document. ID is the id the
// content is stored under: for a Duplicate, the id of the document that
// already held it. Version is that document's current version.
type PutResult struct {
	ID      string
	Status  Status
	Version int
}

// docColumns are the columns that hold a doc.Document, in the order of
// row.args; documents and document_versions share them.
const docColumns = `id, url, url_norm, title, section, author,
	published, published_source, published_expr, fetched, fetched_source,
	lang, lang_confidence, lang_supported, text, paragraphs,
	origin_file, origin_record, origin_format, content_hash`

// row is a document turned into column values.
type row struct {
	id, hash string
	args     []any // the values of docColumns, then the time of storing
	url      string
	urlNorm  string
	origin   doc.Origin
}

// newRow returns the values of d; the last of row.args is now, the time
// of storing.
func newRow(d *doc.Document, now string) (row, error) {
	id := d.ID
	if id == "" {
		id = doc.NewID(d.URL, d.Text)
	}
	paras, err := json.Marshal(d.Paragraphs)
	if err != nil {
		return row{}, err
	}
	hash := doc.ContentHash(d.Title, d.Text)
	norm := doc.NormalizeURL(d.URL)
	return row{
		id:      id,
		hash:    hash,
		url:     d.URL,
		urlNorm: norm,
		origin:  d.Origin,
		args: []any{id, d.URL, norm, d.Title, d.Section, d.Author,
			formatTime(d.Published), d.PublishedSource, d.PublishedExpr, formatTime(d.Fetched), d.FetchedSource,
			d.Lang, d.LangConfidence, d.LangSupported, d.Text, string(paras),
			d.Origin.File, d.Origin.Record, d.Origin.Format, hash, now},
	}, nil
}

// stampFormat is the layout of the store's own timestamps (created,
// updated, replaced): UTC and fixed width, so that they sort as text.
const stampFormat = "2006-01-02T15:04:05.000000000Z"

// formatTime returns t in RFC 3339 with its own offset, or nil (NULL) for
// the zero time.
func formatTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.Format(time.RFC3339Nano)
}

func (s *SQLite) prepare(ctx context.Context) error {
	var err error
	p := func(q string) *sql.Stmt {
		if err != nil {
			return nil
		}
		var st *sql.Stmt
		st, err = s.w.PrepareContext(ctx, q)
		return st
	}
	s.byID = p("SELECT content_hash, version FROM documents WHERE id = ?")
	s.byHash = p("SELECT id, version FROM documents WHERE content_hash = ? ORDER BY seq LIMIT 1")
	s.archive = p(`INSERT INTO document_versions (` + docColumns + `, version, created, updated, replaced)
	SELECT ` + docColumns + `, version, created, updated, ? FROM documents WHERE id = ?`)
	s.update = p(`UPDATE documents SET
	url = ?2, url_norm = ?3, title = ?4, section = ?5, author = ?6,
	published = ?7, published_source = ?8, published_expr = ?9, fetched = ?10, fetched_source = ?11,
	lang = ?12, lang_confidence = ?13, lang_supported = ?14, text = ?15, paragraphs = ?16,
	origin_file = ?17, origin_record = ?18, origin_format = ?19, content_hash = ?20,
	version = version + 1, updated = ?21
	WHERE id = ?1`)
	s.insert = p(`INSERT INTO documents (` + docColumns + `, version, created, updated)
	VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, 1, ?21, ?21)`)
	s.upsertAlias = p(`INSERT INTO document_aliases (alias_id, doc_id, url, url_norm, origin_file, origin_record, origin_format, created)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?)
	ON CONFLICT (alias_id) DO UPDATE SET doc_id = excluded.doc_id, url = excluded.url, url_norm = excluded.url_norm,
		origin_file = excluded.origin_file, origin_record = excluded.origin_record, origin_format = excluded.origin_format
	WHERE doc_id <> excluded.doc_id`)
	s.dropAlias = p("DELETE FROM document_aliases WHERE alias_id = ?")
	s.maxSeq = p("SELECT coalesce(max(seq), 0) FROM documents")
	s.index = p(`INSERT INTO documents_fts (rowid, title, text)
	SELECT seq, title, text FROM documents WHERE seq > ? AND seq <= ? ORDER BY seq`)
	return err
}

// Put stores one document; see PutBatch.
func (s *SQLite) Put(ctx context.Context, d *doc.Document) (PutResult, error) {
	res, err := s.PutBatch(ctx, []*doc.Document{d})
	if err != nil {
		return PutResult{}, err
	}
	return res[0], nil
}

// PutBatch stores documents in one transaction: either all of them are
// stored or, on error, none is. Storing is idempotent, so a batch
// interrupted by a crash is simply run again.
//
// A document's id is d.ID, or doc.NewID(d.URL, d.Text) when that is empty;
// its content is doc.ContentHash(d.Title, d.Text). For each document:
//   - a known id with the same content is Unchanged, and nothing is written
//     (metadata such as Fetched is not updated);
//   - a known id with other content is Updated: the stored row moves to
//     document_versions and the new one takes its place with version+1;
//   - a new id whose content is already stored under another id is a
//     Duplicate: it is not stored again, its id and URL are recorded as an
//     alias of the stored document;
//   - anything else is Inserted.
//
// Documents of one batch see each other: the second of two identical new
// documents is a Duplicate of the first. The documents are not modified.
func (s *SQLite) PutBatch(ctx context.Context, docs []*doc.Document) ([]PutResult, error) {
	if len(docs) == 0 {
		return nil, nil
	}
	now := time.Now().UTC().Format(stampFormat)
	rows := make([]row, len(docs))
	for i, d := range docs {
		if d == nil {
			return nil, fmt.Errorf("store: put document %d: nil document", i)
		}
		r, err := newRow(d, now)
		if err != nil {
			return nil, fmt.Errorf("store: put document %d (%s): %w", i, d.ID, err)
		}
		rows[i] = r
	}

	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("store: put: begin: %w", err)
	}
	defer tx.Rollback()
	st := stmts{
		byID:        tx.StmtContext(ctx, s.byID),
		byHash:      tx.StmtContext(ctx, s.byHash),
		archive:     tx.StmtContext(ctx, s.archive),
		update:      tx.StmtContext(ctx, s.update),
		insert:      tx.StmtContext(ctx, s.insert),
		upsertAlias: tx.StmtContext(ctx, s.upsertAlias),
		dropAlias:   tx.StmtContext(ctx, s.dropAlias),
		index:       tx.StmtContext(ctx, s.index),
	}
	if err := tx.StmtContext(ctx, s.maxSeq).QueryRowContext(ctx).Scan(&st.indexed); err != nil {
		return nil, fmt.Errorf("store: put: %w", err)
	}
	st.inserted = st.indexed
	res := make([]PutResult, len(rows))
	for i := range rows {
		r, err := st.put(ctx, &rows[i], now)
		if err != nil {
			return nil, fmt.Errorf("store: put document %d (%s): %w", i, rows[i].id, err)
		}
		res[i] = r
	}
	if err := st.flushIndex(ctx); err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("store: put: commit: %w", err)
	}
	return res, nil
}

// stmts are the write statements bound to one transaction.
type stmts struct {
	byID, byHash, archive, update, insert, upsertAlias, dropAlias, index *sql.Stmt

	// Rows with indexed < seq <= inserted are stored but not yet in
	// documents_fts.
	indexed, inserted int64
}

// flushIndex adds the documents inserted since the last call to the
// full-text index, in one statement.
func (st *stmts) flushIndex(ctx context.Context) error {
	if st.inserted == st.indexed {
		return nil
	}
	if _, err := st.index.ExecContext(ctx, st.indexed, st.inserted); err != nil {
		return fmt.Errorf("store: put: index: %w", err)
	}
	st.indexed = st.inserted
	return nil
}

func (st *stmts) put(ctx context.Context, r *row, now string) (PutResult, error) {
	var (
		hash    string
		version int
	)
	err := st.byID.QueryRowContext(ctx, r.id).Scan(&hash, &version)
	switch {
	case err == nil && hash == r.hash:
		return PutResult{ID: r.id, Status: Unchanged, Version: version}, nil
	case err == nil:
		// The update trigger takes the old row out of the index: it
		// must be there, even if this batch inserted it.
		if err := st.flushIndex(ctx); err != nil {
			return PutResult{}, err
		}
		if _, err := st.archive.ExecContext(ctx, now, r.id); err != nil {
			return PutResult{}, fmt.Errorf("keep version %d: %w", version, err)
		}
		if _, err := st.update.ExecContext(ctx, r.args...); err != nil {
			return PutResult{}, fmt.Errorf("update: %w", err)
		}
		return PutResult{ID: r.id, Status: Updated, Version: version + 1}, nil
	case !errors.Is(err, sql.ErrNoRows):
		return PutResult{}, fmt.Errorf("look up id: %w", err)
	}

	var other string
	err = st.byHash.QueryRowContext(ctx, r.hash).Scan(&other, &version)
	switch {
	case err == nil:
		o := r.origin
		if _, err := st.upsertAlias.ExecContext(ctx, r.id, other, r.url, r.urlNorm, o.File, o.Record, o.Format, now); err != nil {
			return PutResult{}, fmt.Errorf("record alias of %s: %w", other, err)
		}
		return PutResult{ID: other, Status: Duplicate, Version: version}, nil
	case !errors.Is(err, sql.ErrNoRows):
		return PutResult{}, fmt.Errorf("look up content: %w", err)
	}

	// The id may have been an alias while its content matched another
	// document's; it now has content of its own.
	if _, err := st.dropAlias.ExecContext(ctx, r.id); err != nil {
		return PutResult{}, fmt.Errorf("drop alias: %w", err)
	}
	res, err := st.insert.ExecContext(ctx, r.args...)
	if err != nil {
		return PutResult{}, fmt.Errorf("insert: %w", err)
	}
	if st.inserted, err = res.LastInsertId(); err != nil {
		return PutResult{}, fmt.Errorf("insert: %w", err)
	}
	return PutResult{ID: r.id, Status: Inserted, Version: 1}, nil
}
