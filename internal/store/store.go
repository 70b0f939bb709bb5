// Package store keeps documents, and later the annotations vigie adds to
// them, in an embedded SQLite file (modernc.org/sqlite, pure Go).
//
// It reads doc.Document values from the pipeline and adds nothing to them:
// it stores each one once (by id, and by content), keeps earlier versions
// when an article changes, records aliases when the same content arrives
// under another id, and indexes title and text for accent-insensitive
// full-text search.
//
// The schema is a series of numbered SQL files under migrations/, applied
// in order when a database is opened; adding a table is adding a file.
// The full-text index (FTS5, external content) is filled by PutBatch once
// per batch and kept in step on update and delete by triggers; rows written
// to documents by other programs are not indexed until RebuildIndex.
//
// One *SQLite is safe for use from many goroutines: reads go through a pool
// of read-only connections, writes through a single connection, so they
// run one at a time and never wait on each other's locks.
package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// ErrNotFound is returned, wrapped, when no document has the id asked for.
var ErrNotFound = errors.New("store: not found")

// ErrSchemaTooNew is returned, wrapped, by Open when the database was
// written by a newer vigie whose schema this one does not know.
var ErrSchemaTooNew = errors.New("store: database schema is newer than this vigie")

// mmapSize is how much of the file readers map into memory (address
// space, not memory: the pages are the operating system's cache).
const mmapSize = 1 << 40

// busyTimeoutMS is how long a connection waits for another process's lock.
const busyTimeoutMS = 10000

// sqliteHeader opens every SQLite 3 database file.
var sqliteHeader = []byte("SQLite format 3\x00")

// SQLite is a store in one SQLite file.
type SQLite struct {
	path string
	w    *sql.DB // one connection: every write goes through it
	r    *sql.DB // read-only connections

	// Prepared on w, used inside write transactions.
	byID, byHash, archive, update, insert, upsertAlias, dropAlias, maxSeq, index *sql.Stmt

	// Prepared read statements of the event queries, by SQL text.
	rcache stmtCache
}

// Open opens the store at path, creating the file if it does not exist, and
// brings its schema up to date. A file that is not a SQLite database, or a
// SQLite database that vigie did not create, is reported and left untouched.
// path must name a file: ":memory:" is not supported, as readers and the
// writer use separate connections.
func Open(ctx context.Context, path string) (*SQLite, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	if err := checkFile(path, abs); err != nil {
		return nil, err
	}
	ms, err := loadMigrations(migrationFS)
	if err != nil {
		return nil, err
	}

	w, err := sql.Open("sqlite", dsn(abs, false))
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	w.SetConnMaxIdleTime(0)
	if err := w.PingContext(ctx); err != nil {
		w.Close()
		return nil, openError(path, err)
	}
	if err := migrate(ctx, w, path, ms); err != nil {
		w.Close()
		return nil, err
	}

	r, err := sql.Open("sqlite", dsn(abs, true))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	// More readers than cores: a slow query (a broad filter, an export)
	// holds a connection, and fast ones should not queue behind it.
	n := max(4, min(2*runtime.GOMAXPROCS(0), 8))
	r.SetMaxOpenConns(n)
	r.SetMaxIdleConns(n)

	s := &SQLite{path: path, w: w, r: r}
	if err := s.prepare(ctx); err != nil {
		s.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	return s, nil
}

// checkFile refuses a path that exists and is not empty unless it starts
// with the SQLite header, so that Open never writes into another kind of
// file.
func checkFile(path, abs string) error {
	f, err := os.Open(abs)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("store: open %s: %w", path, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return fmt.Errorf("store: open %s: %w", path, err)
	}
	if st.IsDir() {
		return fmt.Errorf("store: open %s: is a directory, not a SQLite database", path)
	}
	if st.Size() == 0 {
		return nil
	}
	hdr := make([]byte, len(sqliteHeader))
	n, err := io.ReadFull(f, hdr)
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("store: open %s: not a SQLite database (only %d bytes long)", path, n)
	case err != nil:
		return fmt.Errorf("store: open %s: %w", path, err)
	case !bytes.Equal(hdr, sqliteHeader):
		return fmt.Errorf("store: open %s: not a SQLite database (file starts with %q)", path, hdr[:n])
	}
	return nil
}

// openError explains a failure to open a connection.
func openError(path string, err error) error {
	if strings.Contains(err.Error(), "not a database") {
		return fmt.Errorf("store: open %s: not a SQLite database or corrupt: %w", path, err)
	}
	return fmt.Errorf("store: open %s: %w", path, err)
}

// dsn returns the modernc.org/sqlite data source name for the file at abs.
// The name is a file: URI so that '?' or '#' in the path stay part of it.
func dsn(abs string, readOnly bool) string {
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows drive letter
	}
	u := url.URL{Scheme: "file", Path: p}
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeoutMS))
	if readOnly {
		q.Add("_pragma", "query_only(1)")
		// Readers map the file rather than read each page with a system
		// call: a query that visits rows all over the file (a list
		// walked by date) spends most of its time there otherwise.
		q.Add("_pragma", fmt.Sprintf("mmap_size(%d)", mmapSize))
	} else {
		q.Add("_pragma", "journal_mode(WAL)")
		q.Add("_pragma", "synchronous(NORMAL)")
		q.Add("_pragma", "foreign_keys(1)")
		// Statement journals (a statement that fires triggers keeps one)
		// in memory rather than in temporary files.
		q.Add("_pragma", "temp_store(MEMORY)")
		q.Set("_txlock", "immediate")
	}
	return u.String() + "?" + q.Encode()
}

// Path returns the path the store was opened with.
func (s *SQLite) Path() string { return s.path }

// Close runs PRAGMA optimize and closes the database.
func (s *SQLite) Close() error {
	var errs []error
	s.rcache.close()
	for _, st := range []*sql.Stmt{s.byID, s.byHash, s.archive, s.update, s.insert, s.upsertAlias, s.dropAlias, s.maxSeq, s.index} {
		if st != nil {
			errs = append(errs, st.Close())
		}
	}
	if _, err := s.w.Exec("PRAGMA optimize"); err != nil {
		errs = append(errs, err)
	}
	errs = append(errs, s.r.Close(), s.w.Close())
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("store: close %s: %w", s.path, err)
	}
	return nil
}

// Count returns the number of documents stored.
func (s *SQLite) Count(ctx context.Context) (int, error) {
	var n int
	if err := s.r.QueryRowContext(ctx, "SELECT count(*) FROM documents").Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count documents: %w", err)
	}
	return n, nil
}

// IntegrityCheck runs SQLite's integrity check and checks that the
// full-text index matches the documents table.
func (s *SQLite) IntegrityCheck(ctx context.Context) error {
	// On the writer's connection: a read-only connection's FTS5 keeps a
	// cached index structure that PRAGMA integrity_check does not refresh
	// after other connections wrote, and then reports a corruption that
	// is not there (TestConcurrent showed it about one run in three).
	rows, err := s.w.QueryContext(ctx, "PRAGMA integrity_check(20)")
	if err != nil {
		return fmt.Errorf("store: integrity check: %w", err)
	}
	var msgs []string
	for rows.Next() {
		var m string
		if err := rows.Scan(&m); err != nil {
			rows.Close()
			return fmt.Errorf("store: integrity check: %w", err)
		}
		if m != "ok" {
			msgs = append(msgs, m)
		}
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return fmt.Errorf("store: integrity check: %w", err)
	}
	if len(msgs) > 0 {
		return fmt.Errorf("store: integrity check of %s failed: %s", s.path, strings.Join(msgs, "; "))
	}
	// rank 1: also compare the index with the content of documents.
	if _, err := s.w.ExecContext(ctx, "INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 1)"); err != nil {
		return fmt.Errorf("store: full-text index check of %s failed: %w", s.path, err)
	}
	return nil
}

// RebuildIndex rebuilds the full-text index from the documents table: the
// repair when IntegrityCheck reports the index out of step, for example
// after rows were added to documents by something other than the store.
func (s *SQLite) RebuildIndex(ctx context.Context) error {
	if _, err := s.w.ExecContext(ctx, "INSERT INTO documents_fts (documents_fts) VALUES ('rebuild')"); err != nil {
		return fmt.Errorf("store: rebuild full-text index of %s: %w", s.path, err)
	}
	return nil
}
