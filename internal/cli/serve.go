package cli

import (
	"context"

	"fmt"
	"github.com/vigie-events/vigie/internal/annotate"
	"net"
	"os"
	"time"

	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/extract"
	"github.com/vigie-events/vigie/internal/ingest"
	"github.com/vigie-events/vigie/internal/server"
	"github.com/vigie-events/vigie/internal/store"
)

// serveProcess is what POST /api/documents runs on a submitted article:
// extraction, then the whole annotation chain for French and English.
func serveProcess(ex *extract.Extractor, an *annotate.Annotator) server.ProcessFunc {
	return func(_ context.Context, it *ingest.Item) (*doc.Document, []doc.Event, error) {
		d, err := ex.Extract(it)
		if err != nil || !d.LangSupported {
			return d, nil, err
		}
		return d, an.Events(d), nil
	}
}

func runServe(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "serve", "[flags]", "Serve the store's events, documents and statistics over HTTP (see /api/openapi.json).\nPOST /api/documents needs the bearer token given by --token or $VIGIE_TOKEN.")
	db := fs.String("db", defaultDB, "store file (SQLite)")
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	token := fs.String("token", "", "bearer token for write requests (default $VIGIE_TOKEN; none: writes refused)")
	maxBody := fs.Int64("max-body", server.DefaultMaxBody, "largest request body accepted, in bytes")
	timeout := fs.Duration("timeout", server.DefaultTimeout, "longest time spent on one request")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		fs.Usage()
		return usageErr("unexpected arguments %q", fs.Args())
	}
	if *token == "" {
		*token = os.Getenv("VIGIE_TOKEN")
	}
	st, err := store.Open(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	return serveStore(ctx, env, st, *db, *addr, *token, *maxBody, *timeout)
}

// serveStore serves st's API (and UI) on addr until ctx is done.
func serveStore(ctx context.Context, env *Env, st *store.SQLite, db, addr, token string, maxBody int64, timeout time.Duration) error {
	an, err := annotate.New(annotate.Config{})
	if err != nil {
		return err
	}
	srv, err := server.New(ctx, server.Config{
		Store: st, Token: token, MaxBody: maxBody, Timeout: timeout,
		Process: serveProcess(extract.New(extract.Config{}), an),
	})
	if err != nil {
		return err
	}
	return srv.ListenAndServe(ctx, addr, func(a net.Addr) {
		writes := "writes need the token"
		if token == "" {
			writes = "writes disabled (no --token)"
		}
		fmt.Fprintf(env.Stderr, "vigie serving %s: open http://%s/ (web UI; API at http://%s/api/events; %s). Ctrl-C stops.\n", db, a, a, writes)
	})
}
