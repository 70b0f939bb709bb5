package server

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"
)

// The web UI: plain ES modules, CSS and the world map, embedded in the
// binary so that it works offline. world.json is generated from Natural
// Earth (public domain) by ./web/gen.
//
//go:generate go run ./web/gen -out web/world.json
//go:embed web/*.html web/*.js web/*.css web/*.json web/*.svg
var webFiles embed.FS

// webCSP lets the UI load its own scripts, styles and data, nothing else.
const webCSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// webAsset is one embedded file with its validator.
type webAsset struct {
	body  []byte
	ctype string
	etag  string
}

// webAssets reads the embedded files once.
func webAssets() map[string]webAsset {
	m := map[string]webAsset{}
	_ = fs.WalkDir(webFiles, "web", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := webFiles.ReadFile(p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		ct := map[string]string{
			".html": "text/html; charset=utf-8",
			".js":   "text/javascript; charset=utf-8",
			".css":  "text/css; charset=utf-8",
			".json": "application/json; charset=utf-8",
			".svg":  "image/svg+xml",
		}[path.Ext(p)]
		m[strings.TrimPrefix(p, "web/")] = webAsset{body: b, ctype: ct, etag: `"` + hex.EncodeToString(sum[:8]) + `"`}
		return nil
	})
	return m
}

// webRoutes serves the UI: the page at / and its files under /static/.
func (s *Server) webRoutes() {
	assets := webAssets()
	serve := func(w http.ResponseWriter, r *http.Request, name string) {
		a, ok := assets[name]
		if !ok {
			http.NotFound(w, r)
			return
		}
		h := w.Header()
		h.Set("Content-Security-Policy", webCSP)
		h.Set("Content-Type", a.ctype)
		h.Set("Cache-Control", "no-cache")
		h.Set("ETag", a.etag)
		http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(a.body))
	}
	s.mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) { serve(w, r, "index.html") })
	s.mux.HandleFunc("GET /static/{file}", func(w http.ResponseWriter, r *http.Request) {
		name := r.PathValue("file")
		if name == "index.html" {
			http.Redirect(w, r, "/", http.StatusMovedPermanently)
			return
		}
		serve(w, r, name)
	})
}
