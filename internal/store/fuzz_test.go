package store

import (
	"context"
	"strings"
	"testing"

	"github.com/vigie-events/vigie/internal/doc"
)

// FuzzSearch checks that no query, however odd, is an error.
func FuzzSearch(f *testing.F) {
	for _, q := range []string{"securite", `"a b`, "a -b*", "NEAR(a b, 2)", `x AND (y OR "z")`, "-", "*", "\x00", "é\u0301"} {
		f.Add(q)
	}
	s := openTemp(f)
	ctx := context.Background()
	if _, err := s.Put(ctx, &doc.Document{Title: "Sécurité", Text: "La sécurité en Algérie: NEAR(a b) \"quoted\" AND OR NOT *"}); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		if _, err := s.Search(ctx, q, 5, 0); err != nil {
			t.Errorf("Search(%q): %v", q, err)
		}
		if m := ftsQuery(q); m != "" && !strings.HasPrefix(m, `"`) && !strings.HasPrefix(m, `("`) {
			t.Errorf("ftsQuery(%q) = %s", q, m)
		}
	})
}
