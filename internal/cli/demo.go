package cli

import (
	"context"
	"fmt"
	"os"

	"github.com/vigie-events/vigie/internal/sample"
	"github.com/vigie-events/vigie/internal/server"
	"github.com/vigie-events/vigie/internal/store"
)

func runDemo(ctx context.Context, env *Env, args []string) error {
	fset := newFlags(env, "demo", "[flags]", "Ingest and code vigie's built-in sample articles (French and English pages, a\ncrawler text dump, feeds and JSON Lines, in several charsets) into a store,\nthen serve the API and web UI and print its address.")
	db := fset.String("db", "vigie-demo.db", "store file (SQLite)")
	addr := fset.String("addr", "127.0.0.1:8080", "address to serve the API and UI on")
	noServe := fset.Bool("no-serve", false, "ingest and code, then exit without serving")
	var rf readerFlags
	rf.register(fset)
	if err := fset.Parse(args); err != nil {
		return err
	}
	cfg, err := rf.config(env)
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "vigie-demo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	if err := sample.Unpack(dir); err != nil {
		return fmt.Errorf("unpacking samples: %w", err)
	}
	st, err := store.Open(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	coder, err := newCoding()
	if err != nil {
		return err
	}
	sum, err := ingestInto(ctx, env, st, cfg, rf, []string{dir}, 64, env.IsTerminal, coder)
	if err != nil {
		return err
	}
	fmt.Fprintln(env.Stderr, sum.String(*db))
	n, err := st.Count(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "%d articles stored and coded in %s. Try:\n  vigie search --db %s sécurité\n  vigie show --db %s ID\n  vigie export --db %s --format jsonl\n", n, *db, *db, *db, *db)
	if *noServe {
		return nil
	}
	return serveStore(ctx, env, st, *db, *addr, os.Getenv("VIGIE_TOKEN"), server.DefaultMaxBody, server.DefaultTimeout)
}
