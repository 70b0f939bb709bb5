package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/vigie-events/vigie/internal/doc"
)

// Parse is the stored segmentation and parse of one document: an opaque
// blob written by internal/annotate, with what made it.
type Parse struct {
	DocID       string
	ContentHash string // the content hash of the document version parsed
	Lang        string
	Model       string // the syntax model and format that wrote Data
	Data        []byte
}

// PutParses stores parses in one transaction, replacing what the
// documents had. A parse of a document that is not stored is an error
// wrapping ErrNotFound, and nothing of the batch is stored.
func (s *SQLite) PutParses(ctx context.Context, ps []Parse) error {
	if len(ps) == 0 {
		return nil
	}
	now := time.Now().UTC().Format(stampFormat)
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: put parses: begin: %w", err)
	}
	defer tx.Rollback()
	st, err := tx.PrepareContext(ctx, `INSERT INTO parses (doc_id, content_hash, lang, model, data, created)
SELECT id, ?2, ?3, ?4, ?5, ?6 FROM documents WHERE id = ?1
ON CONFLICT (doc_id) DO UPDATE SET content_hash = excluded.content_hash, lang = excluded.lang,
	model = excluded.model, data = excluded.data, created = excluded.created`)
	if err != nil {
		return fmt.Errorf("store: put parses: %w", err)
	}
	defer st.Close()
	for _, p := range ps {
		data := p.Data
		if data == nil {
			data = []byte{}
		}
		res, err := st.ExecContext(ctx, p.DocID, p.ContentHash, p.Lang, p.Model, data, now)
		if err != nil {
			return fmt.Errorf("store: put parse of %s: %w", p.DocID, err)
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			return fmt.Errorf("store: put parse of %s: document %w", p.DocID, ErrNotFound)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: put parses: commit: %w", err)
	}
	return nil
}

// GetParse returns the stored parse of a document; an error wrapping
// ErrNotFound when it has none.
func (s *SQLite) GetParse(ctx context.Context, docID string) (Parse, error) {
	p := Parse{DocID: docID}
	err := s.r.QueryRowContext(ctx, "SELECT content_hash, lang, model, data FROM parses WHERE doc_id = ?", docID).
		Scan(&p.ContentHash, &p.Lang, &p.Model, &p.Data)
	if errors.Is(err, sql.ErrNoRows) {
		return Parse{}, fmt.Errorf("store: parse of %s: %w", docID, ErrNotFound)
	}
	if err != nil {
		return Parse{}, fmt.Errorf("store: parse of %s: %w", docID, err)
	}
	return p, nil
}

// ParsedDoc is a stored document (its current version) with its stored
// parse, if any.
type ParsedDoc struct {
	Doc         *doc.Document
	ContentHash string
	Parse       *Parse // nil when none is stored
}

// ParsedDocuments returns up to limit documents whose id sorts after
// after, in id order, each with its stored parse: page through the store
// by passing the last id of one page to get the next, in bounded memory.
// supportedOnly leaves out documents in languages vigie does not code.
func (s *SQLite) ParsedDocuments(ctx context.Context, after string, limit int, supportedOnly bool) ([]ParsedDoc, error) {
	if limit <= 0 {
		limit = 64
	}
	cond := ""
	if supportedOnly {
		cond = " AND d.lang_supported <> 0"
	}
	rows, err := s.r.QueryContext(ctx, `SELECT `+readColumns+`, p_hash, p_lang, p_model, p_data FROM (
	SELECT d.*, p.content_hash AS p_hash, p.lang AS p_lang, p.model AS p_model, p.data AS p_data
	FROM documents AS d LEFT JOIN parses AS p ON p.doc_id = d.id
	WHERE d.id > ?`+cond+` ORDER BY d.id LIMIT ?)
ORDER BY id`, after, limit)
	if err != nil {
		return nil, fmt.Errorf("store: parsed documents: %w", err)
	}
	defer rows.Close()
	var out []ParsedDoc
	for rows.Next() {
		var (
			ph, pl, pm sql.NullString
			data       []byte
		)
		st, err := scanDoc(scanWith{rows, []any{&ph, &pl, &pm, &data}})
		if err != nil {
			return nil, fmt.Errorf("store: parsed documents: %w", err)
		}
		pd := ParsedDoc{Doc: st.doc, ContentHash: st.hash}
		if pm.Valid {
			pd.Parse = &Parse{DocID: st.doc.ID, ContentHash: ph.String, Lang: pl.String, Model: pm.String, Data: data}
		}
		out = append(out, pd)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: parsed documents: %w", err)
	}
	return out, nil
}

// scanWith scans a row whose first columns are what the caller asks for
// and whose last ones go to extra.
type scanWith struct {
	rows  *sql.Rows
	extra []any
}

func (s scanWith) Scan(dest ...any) error { return s.rows.Scan(append(dest, s.extra...)...) }
