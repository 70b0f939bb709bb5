// Package server is vigie's HTTP API: it reads events, documents and
// statistics from the store and serves them as JSON, and takes new
// articles from clients that hold the configured token.
//
// Routes (standard net/http method patterns):
//
//	GET  /api/events             filtered, sorted, cursor-paginated events
//	GET  /api/events/{id}        one event with its mentions and evidence
//	GET  /api/documents/{id}     one article with its annotations and offsets
//	POST /api/documents          submit an article (bearer token)
//	GET  /api/actors             who acts, how often, with whom
//	GET  /api/stats/timeline     events per day by quad class, root, code or PLOVER type
//	GET  /api/openapi.json       the OpenAPI 3 description of all this
//
// An unknown parameter or a bad value is a 400 whose JSON names the
// parameter; nothing is silently ignored. Page sizes, request bodies and
// request times are bounded; every value reaches SQL as a parameter.
package server

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/vigie-events/vigie/internal/cluster"
	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/ingest"
	"github.com/vigie-events/vigie/internal/store"
)

// ProcessFunc turns a submitted article into a document and its events:
// the pipeline the server runs on POST /api/documents.
type ProcessFunc func(ctx context.Context, it *ingest.Item) (*doc.Document, []doc.Event, error)

// Config sets up a Server.
type Config struct {
	Store *store.SQLite
	// Token is the bearer token that write requests must carry. When
	// empty, writes are refused.
	Token string
	// Process runs on submitted articles; when nil, POST /api/documents
	// answers 501.
	Process ProcessFunc
	// Dedup links submitted articles to the originals they copy; when
	// nil, New builds one from the store's sketches.
	Dedup *cluster.Index
	// MaxBody bounds a request body, in bytes; default 4 MiB.
	MaxBody int64
	// Timeout bounds the handling of one request; default 15 s.
	Timeout time.Duration
	// Logger receives server errors; default slog.Default().
	Logger *slog.Logger
}

// Defaults of Config.
const (
	DefaultMaxBody = 4 << 20
	DefaultTimeout = 15 * time.Second
)

// Server serves the API.
type Server struct {
	cfg Config
	mux *http.ServeMux
	log *slog.Logger
}

// New returns a server over cfg.Store.
func New(ctx context.Context, cfg Config) (*Server, error) {
	if cfg.Store == nil {
		return nil, errors.New("server: no store")
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.Dedup == nil {
		x, err := LoadIndex(ctx, cfg.Store)
		if err != nil {
			return nil, err
		}
		cfg.Dedup = x
	}
	s := &Server{cfg: cfg, mux: http.NewServeMux(), log: cfg.Logger}
	s.mux.HandleFunc("GET /api/events", s.listEvents)
	s.mux.HandleFunc("GET /api/events/{id}", s.getEvent)
	s.mux.HandleFunc("GET /api/documents/{id}", s.getDocument)
	s.mux.HandleFunc("POST /api/documents", s.postDocument)
	s.mux.HandleFunc("GET /api/actors", s.actors)
	s.mux.HandleFunc("GET /api/stats/timeline", s.timeline)
	s.mux.HandleFunc("GET /api/openapi.json", s.openAPI)
	s.webRoutes()
	s.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such endpoint: "+r.Method+" "+r.URL.Path+" (see /api/openapi.json)", "")
	})
	return s, nil
}

// LoadIndex builds a near-duplicate index from the sketches in st.
func LoadIndex(ctx context.Context, st *store.SQLite) (*cluster.Index, error) {
	x := cluster.NewIndex(0)
	for k, err := range st.Sketches(ctx) {
		if err != nil {
			return nil, fmt.Errorf("server: load sketches: %w", err)
		}
		var sk cluster.Sketch
		if err := sk.UnmarshalBinary(k.Sketch); err != nil {
			return nil, fmt.Errorf("server: sketch of %s: %w", k.Doc, err)
		}
		x.Add(k.Doc, k.Time, &sk)
	}
	return x, nil
}

// Handler returns the server's handler: the routes behind the common
// headers and the request time limit.
func (s *Server) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cache-Control", "no-store")
		ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout)
		defer cancel()
		s.mux.ServeHTTP(w, r.WithContext(ctx))
	})
}

// ListenAndServe serves on addr until ctx is done, then shuts down,
// letting requests in flight finish for a few seconds. ready, when not
// nil, is called with the address listened on.
func (s *Server) ListenAndServe(ctx context.Context, addr string, ready func(net.Addr)) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("server: %w", err)
	}
	hs := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      s.cfg.Timeout + 15*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	if ready != nil {
		ready(ln.Addr())
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("server: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return fmt.Errorf("server: shutdown: %w", err)
	}
	return nil
}

// errorBody is the JSON of every error answer.
type errorBody struct {
	Error string `json:"error"`
	Param string `json:"param,omitempty"`
}

func writeError(w http.ResponseWriter, code int, msg, param string) {
	writeJSON(w, code, errorBody{Error: msg, Param: param})
}

// writeJSON writes v as JSON; encoding/json escapes <, > and & so that no
// article text can be read as markup.
func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	_ = enc.Encode(v) // the client went away; nothing to tell it
}

// fail answers an error from the store or the parser.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	var pe *store.ParamError
	switch {
	case errors.As(err, &pe):
		writeError(w, http.StatusBadRequest, pe.Error(), pe.Param)
	case errors.Is(err, store.ErrNotFound):
		writeError(w, http.StatusNotFound, "not found", "")
	case errors.Is(err, context.DeadlineExceeded):
		writeError(w, http.StatusServiceUnavailable, "the request took too long; narrow the filters", "")
	case r.Context().Err() != nil:
		// The client is gone.
	default:
		s.log.Error("server: request failed", "method", r.Method, "path", r.URL.Path, "err", err)
		writeError(w, http.StatusInternalServerError, "internal error", "")
	}
}

// authorized checks the bearer token of a write request, answering when
// it is missing or wrong.
func (s *Server) authorized(w http.ResponseWriter, r *http.Request) bool {
	if s.cfg.Token == "" {
		writeError(w, http.StatusForbidden, "writes are disabled: start the server with a token", "")
		return false
	}
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok || subtle.ConstantTimeCompare([]byte(got), []byte(s.cfg.Token)) != 1 {
		w.Header().Set("WWW-Authenticate", `Bearer realm="vigie"`)
		writeError(w, http.StatusUnauthorized, "missing or wrong bearer token", "")
		return false
	}
	return true
}
