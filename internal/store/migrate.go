package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// A migration is one numbered SQL file: migrations/NNNN_name.sql.
type migration struct {
	version int
	name    string
	sql     string
}

// loadMigrations reads the numbered SQL files of fsys and checks that they
// run 1, 2, 3… without a gap or a repeat.
func loadMigrations(fsys fs.FS) ([]migration, error) {
	names, err := fs.Glob(fsys, "migrations/*.sql")
	if err != nil {
		return nil, fmt.Errorf("store: list migrations: %w", err)
	}
	var ms []migration
	for _, n := range names {
		base := path.Base(n)
		num, _, ok := strings.Cut(strings.TrimSuffix(base, ".sql"), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("store: migration %s: name must be NNNN_name.sql", base)
		}
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, fmt.Errorf("store: migration %s: %w", base, err)
		}
		ms = append(ms, migration{version: v, name: base, sql: string(b)})
	}
	slices.SortFunc(ms, func(a, b migration) int { return a.version - b.version })
	for i, m := range ms {
		if m.version != i+1 {
			return nil, fmt.Errorf("store: migration %s: expected version %d", m.name, i+1)
		}
	}
	return ms, nil
}

// migrate applies the migrations the database at path lacks, each in its
// own transaction, and records them in schema_migrations.
func migrate(ctx context.Context, db *sql.DB, path string, ms []migration) error {
	for {
		done, err := migrateOne(ctx, db, path, ms)
		if err != nil || done {
			return err
		}
	}
}

// migrateOne applies the next missing migration, if any, and reports
// whether the schema is now up to date. It reads the version inside the
// write transaction, so two processes opening the same file at once apply
// each migration once.
func migrateOne(ctx context.Context, db *sql.DB, path string, ms []migration) (done bool, err error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return false, openError(path, err)
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	cur, err := schemaVersion(ctx, tx, path)
	if err != nil {
		return false, err
	}
	latest := len(ms)
	if cur > latest {
		return false, fmt.Errorf("store: open %s: schema version %d, this vigie knows up to %d; use a newer vigie: %w",
			path, cur, latest, ErrSchemaTooNew)
	}
	if cur == latest {
		return true, tx.Commit()
	}
	m := ms[cur]
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return false, fmt.Errorf("store: open %s: migration %s: %w", path, m.name, err)
	}
	if _, err := tx.ExecContext(ctx,
		"INSERT INTO schema_migrations (version, name, applied) VALUES (?, ?, ?)",
		m.version, m.name, time.Now().UTC().Format(time.RFC3339)); err != nil {
		return false, fmt.Errorf("store: open %s: record migration %s: %w", path, m.name, err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("store: open %s: migration %s: %w", path, m.name, err)
	}
	return m.version == latest, nil
}

// schemaVersion returns the highest migration applied, creating the
// schema_migrations table in an empty database. A database that has tables
// but no schema_migrations was not made by vigie and is refused.
func schemaVersion(ctx context.Context, tx *sql.Tx, path string) (int, error) {
	var n int
	err := tx.QueryRowContext(ctx,
		"SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'").Scan(&n)
	if err != nil {
		return 0, openError(path, err)
	}
	if n == 0 {
		var other []string
		rows, err := tx.QueryContext(ctx,
			"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name LIMIT 5")
		if err != nil {
			return 0, openError(path, err)
		}
		for rows.Next() {
			var name string
			if err := rows.Scan(&name); err != nil {
				rows.Close()
				return 0, openError(path, err)
			}
			other = append(other, name)
		}
		if err := errors.Join(rows.Err(), rows.Close()); err != nil {
			return 0, openError(path, err)
		}
		if len(other) > 0 {
			return 0, fmt.Errorf("store: open %s: a SQLite database, but not a vigie one (no schema_migrations; tables %s)",
				path, strings.Join(other, ", "))
		}
		if _, err := tx.ExecContext(ctx, `CREATE TABLE schema_migrations (
	version INTEGER PRIMARY KEY,
	name    TEXT NOT NULL,
	applied TEXT NOT NULL
)`); err != nil {
			return 0, openError(path, err)
		}
		return 0, nil
	}
	var v int
	if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(version), 0) FROM schema_migrations").Scan(&v); err != nil {
		return 0, openError(path, err)
	}
	return v, nil
}

// SchemaVersion returns the highest schema migration applied to the store.
func (s *SQLite) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	if err := s.r.QueryRowContext(ctx, "SELECT coalesce(max(version), 0) FROM schema_migrations").Scan(&v); err != nil {
		return 0, fmt.Errorf("store: schema version: %w", err)
	}
	return v, nil
}
