// Package corpus generates benchmark corpora: sentences taken from the UD
// treebanks in ../shared, wrapped in realistic news-page templates (large
// inline scripts and styles, menus, breadcrumbs, share buttons, "read
// also" blocks, comments, footers), written as HTML files or as a WARC.gz.
// Corpora are generated on demand by `vigie gencorpus`, never committed.
package corpus

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"html"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Sentences reads the raw text of every sentence (the "# text = " lines)
// of the CoNLL-U files under dir whose path contains filter ("fr", "en").
func Sentences(dir, filter string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(p, ".conllu") || !strings.Contains(filepath.Base(p), filter) {
			return nil
		}
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			if t, ok := strings.CutPrefix(sc.Text(), "# text = "); ok {
				out = append(out, t)
			}
		}
		return sc.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("corpus: reading sentences: %w", err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("corpus: no sentences with %q under %s", filter, dir)
	}
	return out, nil
}

// Generator makes pages from sentences.
type Generator struct {
	rng *rand.Rand
	fr  []string
	en  []string
	n   int
}

// NewGenerator returns a generator with a fixed seed, so corpora are
// reproducible.
func NewGenerator(fr, en []string, seed uint64) *Generator {
	return &Generator{rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), fr: fr, en: en}
}

func (g *Generator) pick(s []string) string { return s[g.rng.IntN(len(s))] }

func (g *Generator) paragraph(s []string) string {
	n := 2 + g.rng.IntN(4)
	parts := make([]string, n)
	for i := range parts {
		parts[i] = html.EscapeString(g.pick(s))
	}
	return strings.Join(parts, " ")
}

// Page returns one news page and its URL.
func (g *Generator) Page() (url string, page []byte) {
	g.n++
	fr := g.rng.IntN(2) == 0 || len(g.en) == 0
	s, lang := g.fr, "fr"
	home, share, also, comments, most := "Accueil", "Partager sur Facebook", "Lire aussi", "Commentaires", "Les plus lus"
	if !fr {
		s, lang = g.en, "en"
		home, share, also, comments, most = "Home", "Share on Facebook", "Read more", "Comments", "Most read"
	}
	title := html.EscapeString(g.pick(s))
	date := time.Date(2020, 1, 1, 8, 0, 0, 0, time.UTC).Add(time.Duration(g.rng.IntN(1500*24)) * time.Hour)
	url = fmt.Sprintf("https://news.example/%s/%s/article-%d.html", lang, date.Format("2006/01/02"), g.n)
	var b strings.Builder
	b.Grow(96 << 10)
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s | Le Journal</title>
<meta property="og:title" content="%s"><meta property="article:published_time" content="%s">
<meta property="article:section" content="International"><meta name="author" content="Rédaction">
<link rel="canonical" href="%s">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"%s","datePublished":"%s"}</script>
`, lang, title, title, date.Format(time.RFC3339), url, strings.ReplaceAll(title, `"`, `'`), date.Format(time.RFC3339))
	// Real pages carry tens of kilobytes of inline script and style.
	b.WriteString("<script>")
	for i := 0; i < 250+g.rng.IntN(250); i++ {
		fmt.Fprintf(&b, "window.__cfg%d={a:%d,b:[1,2,3],c:'%x'};function f%d(x){return x*%d+1;}\n", i, i, g.rng.Uint32(), i, i)
	}
	b.WriteString("</script><style>")
	for i := 0; i < 150+g.rng.IntN(150); i++ {
		fmt.Fprintf(&b, ".c%d{margin:0;padding:%dpx;color:#%06x}.d%d a:hover{text-decoration:underline}\n", i, i%20, g.rng.IntN(1<<24), i)
	}
	b.WriteString("</style></head><body>\n<div class=\"cookie-banner\">Nous utilisons des cookies pour améliorer votre expérience. <button>OK</button></div>\n<header><nav class=\"menu\"><ul>")
	for i := 0; i < 60+g.rng.IntN(80); i++ {
		fmt.Fprintf(&b, `<li><a href="/rubrique/%d">Rubrique %d</a></li>`, i, i)
	}
	fmt.Fprintf(&b, "</ul></nav></header>\n<div class=\"breadcrumb\"><a href=\"/\">%s</a> &gt; <a href=\"/international\">International</a></div>\n<main><article><h1>%s</h1>\n<div class=\"share\"><a>%s</a> <a>X</a> <a>Email</a></div>\n", home, title, share)
	paras := 6 + g.rng.IntN(10)
	for i := 0; i < paras; i++ {
		fmt.Fprintf(&b, "<p>%s</p>\n", g.paragraph(s))
		if i == paras/2 {
			fmt.Fprintf(&b, "<aside class=\"related\"><h3>%s</h3><ul><li><a href=\"/a\">%s</a></li><li><a href=\"/b\">%s</a></li></ul></aside>\n", also, html.EscapeString(g.pick(s)), html.EscapeString(g.pick(s)))
		}
	}
	fmt.Fprintf(&b, "</article>\n<section class=\"comments\"><h3>%s</h3>", comments)
	for i := 0; i < g.rng.IntN(6); i++ {
		fmt.Fprintf(&b, "<div class=\"comment\"><b>user%d</b><p>%s</p></div>", g.rng.IntN(1000), html.EscapeString(g.pick(s)))
	}
	fmt.Fprintf(&b, "</section></main>\n<aside class=\"sidebar\"><h3>%s</h3><ol>", most)
	for i := 0; i < 8; i++ {
		fmt.Fprintf(&b, "<li><a href=\"/m%d\">%s</a></li>", i, html.EscapeString(g.pick(s)))
	}
	b.WriteString("</ol></aside>\n<footer><a>Mentions légales</a> <a>Confidentialité</a> <a>Contact</a> © Le Journal</footer></body></html>\n")
	return url, []byte(b.String())
}

// WriteHTML writes pages into dir until they total at least size bytes.
// It returns the number of pages and bytes written.
func (g *Generator) WriteHTML(dir string, size int64) (int, int64, error) {
	var n int
	var total int64
	for total < size {
		_, page := g.Page()
		sub := filepath.Join(dir, fmt.Sprintf("%03d", n/1000))
		if n%1000 == 0 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				return n, total, fmt.Errorf("corpus: %w", err)
			}
		}
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("page-%06d.html", n)), page, 0o644); err != nil {
			return n, total, fmt.Errorf("corpus: %w", err)
		}
		n++
		total += int64(len(page))
	}
	return n, total, nil
}

// WriteWARC writes a WARC.gz of response records (with a request record
// before each, as crawlers write them) until the uncompressed payloads total
// at least size bytes.
func (g *Generator) WriteWARC(path string, size int64) (int, int64, error) {
	f, err := os.Create(path)
	if err != nil {
		return 0, 0, fmt.Errorf("corpus: %w", err)
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	zw, _ := gzip.NewWriterLevel(bw, gzip.BestSpeed)
	var n int
	var total int64
	record := func(typ, uri string, date time.Time, ctype string, block []byte) error {
		zw.Reset(bw)
		fmt.Fprintf(zw, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: %s\r\nWARC-Record-ID: <urn:uuid:%08x-0000-4000-8000-%012x>\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n",
			typ, uri, date.Format(time.RFC3339), g.rng.Uint32(), g.rng.Uint64()&0xffffffffffff, ctype, len(block))
		zw.Write(block)
		io.WriteString(zw, "\r\n\r\n")
		return zw.Close()
	}
	for total < size {
		url, page := g.Page()
		date := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(n) * time.Second)
		req := fmt.Sprintf("GET %s HTTP/1.1\r\nHost: news.example\r\n\r\n", url)
		if err := record("request", url, date, "application/http;msgtype=request", []byte(req)); err != nil {
			return n, total, fmt.Errorf("corpus: %w", err)
		}
		resp := append([]byte(fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n", len(page))), page...)
		if err := record("response", url, date, "application/http;msgtype=response", resp); err != nil {
			return n, total, fmt.Errorf("corpus: %w", err)
		}
		n++
		total += int64(len(page))
	}
	if err := bw.Flush(); err != nil {
		return n, total, fmt.Errorf("corpus: %w", err)
	}
	return n, total, f.Close()
}
