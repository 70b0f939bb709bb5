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

// readColumns are the columns scanDoc reads, from documents or
// document_versions.
const readColumns = `id, url, title, section, author,
	published, published_source, published_expr, fetched, fetched_source,
	lang, lang_confidence, lang_supported, text, paragraphs,
	origin_file, origin_record, origin_format, version, content_hash, updated`

// stored is one version of a document as read back.
type stored struct {
	doc     *doc.Document
	version int
	hash    string
	updated time.Time
}

func scanDoc(sc interface{ Scan(...any) error }) (stored, error) {
	var (
		d                  doc.Document
		published, fetched sql.NullString
		paras, updated     string
		st                 stored
	)
	err := sc.Scan(&d.ID, &d.URL, &d.Title, &d.Section, &d.Author,
		&published, &d.PublishedSource, &d.PublishedExpr, &fetched, &d.FetchedSource,
		&d.Lang, &d.LangConfidence, &d.LangSupported, &d.Text, &paras,
		&d.Origin.File, &d.Origin.Record, &d.Origin.Format, &st.version, &st.hash, &updated)
	if err != nil {
		return stored{}, err
	}
	if d.Published, err = parseTime(published); err != nil {
		return stored{}, fmt.Errorf("published: %w", err)
	}
	if d.Fetched, err = parseTime(fetched); err != nil {
		return stored{}, fmt.Errorf("fetched: %w", err)
	}
	if err := json.Unmarshal([]byte(paras), &d.Paragraphs); err != nil {
		return stored{}, fmt.Errorf("paragraphs: %w", err)
	}
	if st.updated, err = time.Parse(time.RFC3339Nano, updated); err != nil {
		return stored{}, fmt.Errorf("updated: %w", err)
	}
	st.doc = &d
	return st, nil
}

func parseTime(s sql.NullString) (time.Time, error) {
	if !s.Valid || s.String == "" {
		return time.Time{}, nil
	}
	return time.Parse(time.RFC3339Nano, s.String)
}

// Get returns the current version of the document with the given id, and
// its version number. An unknown id gives an error wrapping ErrNotFound.
// Times come back with the offset they were stored with.
func (s *SQLite) Get(ctx context.Context, id string) (*doc.Document, int, error) {
	st, err := scanDoc(s.r.QueryRowContext(ctx, "SELECT "+readColumns+" FROM documents WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, 0, fmt.Errorf("store: get document %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, 0, fmt.Errorf("store: get document %s: %w", id, err)
	}
	return st.doc, st.version, nil
}

// Version is one version of a document.
type Version struct {
	Version     int
	ContentHash string
	Stored      time.Time // when this version was stored
	Doc         *doc.Document
}

// Versions returns every version of the document with the given id, the
// oldest first and the current one last. An unknown id gives an error
// wrapping ErrNotFound.
func (s *SQLite) Versions(ctx context.Context, id string) ([]Version, error) {
	rows, err := s.r.QueryContext(ctx, `
SELECT `+readColumns+` FROM document_versions WHERE id = ?1
UNION ALL
SELECT `+readColumns+` FROM documents WHERE id = ?1
ORDER BY version`, id)
	if err != nil {
		return nil, fmt.Errorf("store: versions of %s: %w", id, err)
	}
	defer rows.Close()
	var vs []Version
	for rows.Next() {
		st, err := scanDoc(rows)
		if err != nil {
			return nil, fmt.Errorf("store: versions of %s: %w", id, err)
		}
		vs = append(vs, Version{Version: st.version, ContentHash: st.hash, Stored: st.updated, Doc: st.doc})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: versions of %s: %w", id, err)
	}
	if len(vs) == 0 {
		return nil, fmt.Errorf("store: versions of %s: %w", id, ErrNotFound)
	}
	return vs, nil
}

// Alias is an id under which a document's content was offered again.
type Alias struct {
	ID      string // the id the duplicate would have had
	URL     string
	Origin  doc.Origin
	Created time.Time
}

// Aliases returns the aliases of the document with the given id, in the
// order they were recorded; none is not an error.
func (s *SQLite) Aliases(ctx context.Context, id string) ([]Alias, error) {
	rows, err := s.r.QueryContext(ctx, `
SELECT alias_id, url, origin_file, origin_record, origin_format, created
FROM document_aliases WHERE doc_id = ? ORDER BY created, alias_id`, id)
	if err != nil {
		return nil, fmt.Errorf("store: aliases of %s: %w", id, err)
	}
	defer rows.Close()
	var as []Alias
	for rows.Next() {
		var (
			a       Alias
			created string
		)
		if err := rows.Scan(&a.ID, &a.URL, &a.Origin.File, &a.Origin.Record, &a.Origin.Format, &created); err != nil {
			return nil, fmt.Errorf("store: aliases of %s: %w", id, err)
		}
		if a.Created, err = time.Parse(time.RFC3339Nano, created); err != nil {
			return nil, fmt.Errorf("store: aliases of %s: created: %w", id, err)
		}
		as = append(as, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: aliases of %s: %w", id, err)
	}
	return as, nil
}
