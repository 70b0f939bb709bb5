package store

import (
	"context"
	"database/sql"
	"sync"
)

// maxCachedStmts bounds a statement cache; when it is full the cache is
// emptied (queries built from filters repeat a few shapes).
const maxCachedStmts = 512

// stmtCache keeps prepared statements by SQL text, so that SQLite parses
// each query shape once per connection rather than once per call.
type stmtCache struct {
	mu    sync.Mutex
	m     map[string]*sql.Stmt
	facts map[string]bool // what was learnt about a query's plan
}

// fact returns what was learnt about q's plan.
func (c *stmtCache) fact(q string) (v, ok bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok = c.facts[q]
	return v, ok
}

func (c *stmtCache) setFact(q string, v bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.facts == nil || len(c.facts) >= maxCachedStmts {
		c.facts = map[string]bool{}
	}
	c.facts[q] = v
}

// get returns the statement for q prepared on db.
func (c *stmtCache) get(ctx context.Context, db *sql.DB, q string) (*sql.Stmt, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if st, ok := c.m[q]; ok {
		return st, nil
	}
	if c.m == nil || len(c.m) >= maxCachedStmts {
		for _, st := range c.m {
			st.Close()
		}
		c.m = map[string]*sql.Stmt{}
	}
	st, err := db.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	c.m[q] = st
	return st, nil
}

func (c *stmtCache) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, st := range c.m {
		st.Close()
	}
	c.m = nil
}

// rquery runs a read query through the read pool's statement cache.
func (s *SQLite) rquery(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	st, err := s.rcache.get(ctx, s.r, q)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

// rqueryRow is rquery for one row.
func (s *SQLite) rqueryRow(ctx context.Context, q string, args ...any) *sql.Row {
	st, err := s.rcache.get(ctx, s.r, q)
	if err != nil {
		// Let Scan report the error: run the query uncached.
		return s.r.QueryRowContext(ctx, q, args...)
	}
	return st.QueryRowContext(ctx, args...)
}

// stmt returns q prepared in the writer's transaction: a statement is
// parsed once per transaction (preparing on the writer pool itself would
// wait for the one connection the transaction holds).
func (w *eventWriter) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	if st, ok := w.stmts[q]; ok {
		return st, nil
	}
	st, err := w.tx.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	if w.stmts == nil {
		w.stmts = map[string]*sql.Stmt{}
	}
	w.stmts[q] = st
	return st, nil
}
func (w *eventWriter) exec(ctx context.Context, q string, args ...any) (sql.Result, error) {
	st, err := w.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

func (w *eventWriter) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	st, err := w.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

func (w *eventWriter) queryRow(ctx context.Context, q string, args ...any) *sql.Row {
	st, err := w.stmt(ctx, q)
	if err != nil {
		return w.tx.QueryRowContext(ctx, q, args...)
	}
	return st.QueryRowContext(ctx, args...)
}
