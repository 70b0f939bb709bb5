package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Snippet marks: Hit.Snippet encloses each matched term in SnippetOpen and
// SnippetClose, and marks text cut off with SnippetEllipsis.
const (
	SnippetOpen     = "["
	SnippetClose    = "]"
	SnippetEllipsis = "…"
)

// Search limits.
const (
	DefaultLimit = 20
	MaxLimit     = 1000
	maxTerms     = 32 // terms kept from a query, included and excluded
	maxTermBytes = 256
)

// Hit is one document found by Search.
type Hit struct {
	ID        string
	URL       string
	Title     string
	Published time.Time
	Lang      string
	Snippet   string  // a short passage, matches in SnippetOpen…SnippetClose
	Rank      float64 // higher is more relevant (BM25, the title weighing 4 times the text)
}

// Search returns the documents whose title or text match query, the most
// relevant first, skipping offset hits and returning at most limit (0 means
// DefaultLimit; more than MaxLimit means MaxLimit). Matching ignores case
// and accents: "securite" finds "sécurité".
//
// The query language is a small, safe subset; anything else is taken as
// words, never as FTS5 syntax, so no query is a syntax error:
//   - words: a document must contain every one (AND);
//   - "a phrase": the words next to each other (an unclosed quote runs to
//     the end of the query);
//   - word*: any word that starts with word;
//   - -word or -"a phrase": documents containing it are left out.
//
// A query with no word to look for gives no hits and no error.
func (s *SQLite) Search(ctx context.Context, query string, limit, offset int) ([]Hit, error) {
	match := ftsQuery(query)
	if match == "" {
		return nil, nil
	}
	if limit <= 0 {
		limit = DefaultLimit
	}
	limit = min(limit, MaxLimit)
	offset = max(offset, 0)
	rows, err := s.r.QueryContext(ctx, `
SELECT d.id, d.url, d.title, d.published, d.lang,
	snippet(documents_fts, -1, ?, ?, ?, 24), documents_fts.rank
FROM documents_fts JOIN documents AS d ON d.seq = documents_fts.rowid
WHERE documents_fts MATCH ?
ORDER BY documents_fts.rank
LIMIT ? OFFSET ?`, SnippetOpen, SnippetClose, SnippetEllipsis, match, limit, offset)
	if err != nil {
		return nil, fmt.Errorf("store: search %.100q: %w", query, err)
	}
	defer rows.Close()
	var hits []Hit
	for rows.Next() {
		var (
			h         Hit
			published sql.NullString
		)
		if err := rows.Scan(&h.ID, &h.URL, &h.Title, &published, &h.Lang, &h.Snippet, &h.Rank); err != nil {
			return nil, fmt.Errorf("store: search %.100q: %w", query, err)
		}
		if h.Published, err = parseTime(published); err != nil {
			return nil, fmt.Errorf("store: search %.100q: published of %s: %w", query, h.ID, err)
		}
		h.Rank = -h.Rank
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: search %.100q: %w", query, err)
	}
	return hits, nil
}

// ftsQuery turns a user's query into an FTS5 expression made only of
// double-quoted strings, implicit AND, NOT and trailing '*': see Search
// for the language. It returns "" when the query has no word to look for.
func ftsQuery(q string) string {
	var include, exclude []string
	for len(q) > 0 && len(include)+len(exclude) < maxTerms {
		r, n := utf8.DecodeRuneInString(q)
		if unicode.IsSpace(r) {
			q = q[n:]
			continue
		}
		neg := false
		if r == '-' && len(q) > 1 {
			neg = true
			q = q[1:]
		}
		var term string
		prefix := false
		if strings.HasPrefix(q, `"`) {
			q = q[1:]
			end := strings.IndexByte(q, '"')
			if end < 0 {
				end = len(q)
			}
			term = q[:end]
			q = q[min(end+1, len(q)):]
		} else {
			end := strings.IndexFunc(q, func(r rune) bool { return unicode.IsSpace(r) || r == '"' })
			if end < 0 {
				end = len(q)
			}
			term = q[:end]
			q = q[end:]
			if t := strings.TrimRight(term, "*"); len(t) < len(term) {
				term, prefix = t, true
			}
		}
		term = cleanTerm(term)
		if term == "" {
			continue
		}
		quoted := `"` + term + `"`
		if prefix {
			quoted += "*"
		}
		if neg {
			exclude = append(exclude, quoted)
		} else {
			include = append(include, quoted)
		}
	}
	if len(include) == 0 {
		return ""
	}
	expr := strings.Join(include, " ")
	if len(exclude) > 0 {
		expr = "(" + expr + ") NOT " + strings.Join(exclude, " NOT ")
	}
	return expr
}

// cleanTerm makes a term safe inside an FTS5 string: no double quote, no
// control character, valid UTF-8, at most maxTermBytes long. It returns ""
// when no letter or digit is left to search for.
func cleanTerm(t string) string {
	t = strings.ToValidUTF8(t, " ")
	if len(t) > maxTermBytes {
		t = t[:maxTermBytes]
		for !utf8.ValidString(t) {
			t = t[:len(t)-1]
		}
	}
	word := false
	t = strings.Map(func(r rune) rune {
		switch {
		case r == '"' || unicode.IsControl(r):
			return ' '
		case unicode.IsLetter(r) || unicode.IsNumber(r):
			word = true
		}
		return r
	}, t)
	if !word {
		return ""
	}
	return strings.TrimSpace(t)
}
