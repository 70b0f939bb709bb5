package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/vigie-events/vigie/internal/store"
)

func runSearch(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "search", "[flags] QUERY", "Full-text search over stored titles and text, accent-insensitive.\nWords must all match; \"a phrase\"; word* for a prefix; -word to exclude.")
	db := fs.String("db", defaultDB, "store file (SQLite)")
	limit := fs.Int("limit", 20, "hits to print")
	offset := fs.Int("offset", 0, "hits to skip")
	asJSON := fs.Bool("json", false, "print JSON Lines")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageErr("no query given")
	}
	st, err := openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	hits, err := st.Search(ctx, strings.Join(fs.Args(), " "), *limit, *offset)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetEscapeHTML(false)
		for _, h := range hits {
			if err := enc.Encode(h); err != nil {
				return err
			}
		}
		return nil
	}
	if len(hits) == 0 {
		fmt.Fprintln(env.Stderr, "no match")
		return nil
	}
	for _, h := range hits {
		date := ""
		if !h.Published.IsZero() {
			date = h.Published.Format("2006-01-02")
		}
		fmt.Fprintf(env.Stdout, "%s  %-10s %s  %s\n    %s\n", h.ID, date, h.Lang, h.Title, h.Snippet)
	}
	return nil
}

func runShow(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "show", "[flags] ID", "Print one stored article: its metadata and text, or JSON.")
	db := fs.String("db", defaultDB, "store file (SQLite)")
	asJSON := fs.Bool("json", false, "print the document as JSON")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return usageErr("want exactly one ID")
	}
	st, err := openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	d, version, err := st.Get(ctx, fs.Arg(0))
	if errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("no document %q in %s", fs.Arg(0), *db)
	}
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Version int `json:"version"`
			*docJSON
		}{version, (*docJSON)(d)})
	}
	w := env.Stdout
	fmt.Fprintf(w, "id:        %s (version %d)\n", d.ID, version)
	fmt.Fprintf(w, "title:     %s\n", d.Title)
	if d.URL != "" {
		fmt.Fprintf(w, "url:       %s\n", d.URL)
	}
	if d.Section != "" {
		fmt.Fprintf(w, "section:   %s\n", d.Section)
	}
	if d.Author != "" {
		fmt.Fprintf(w, "author:    %s\n", d.Author)
	}
	if !d.Published.IsZero() {
		fmt.Fprintf(w, "published: %s (from %s", d.Published.Format("2006-01-02 15:04 MST"), d.PublishedSource)
		if d.PublishedExpr != "" {
			fmt.Fprintf(w, ": %q", d.PublishedExpr)
		}
		fmt.Fprintln(w, ")")
	}
	if !d.Fetched.IsZero() {
		fmt.Fprintf(w, "fetched:   %s (from %s)\n", d.Fetched.Format("2006-01-02 15:04 MST"), d.FetchedSource)
	}
	sup := ""
	if !d.LangSupported {
		sup = ", not coded: unsupported language"
	}
	fmt.Fprintf(w, "lang:      %s (%.2f%s)\n\n", d.Lang, d.LangConfidence, sup)
	fmt.Fprintln(w, d.Text)
	return nil
}

func openExisting(ctx context.Context, path string) (*store.SQLite, error) {
	if _, err := statFile(path); err != nil {
		return nil, fmt.Errorf("no store at %s (run 'vigie ingest --db %s …' first): %w", path, path, err)
	}
	return store.Open(ctx, path)
}
