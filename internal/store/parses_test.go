package store

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/vigie-events/vigie/internal/doc"
)

// TestParsesRoundTrip stores parses, reads them back alone and with their
// documents, pages through the documents, and replaces a parse.
func TestParsesRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	var docs []*doc.Document
	for i := range 5 {
		d := genDoc(i, 40)
		d.Lang, d.LangSupported = "fr", true
		if i == 4 {
			d.Lang, d.LangSupported = "de", false
		}
		docs = append(docs, d)
	}
	res, err := s.PutBatch(ctx, docs)
	if err != nil {
		t.Fatal(err)
	}
	var ps []Parse
	for i, r := range res[:3] {
		ps = append(ps, Parse{DocID: r.ID, ContentHash: doc.ContentHash(docs[i].Title, docs[i].Text), Lang: "fr", Model: "fr-abc/v1",
			Data: []byte{0, 1, 2, byte(i), 0xff}})
	}
	if err := s.PutParses(ctx, ps); err != nil {
		t.Fatal(err)
	}
	for _, want := range ps {
		got, err := s.GetParse(ctx, want.DocID)
		if err != nil {
			t.Fatal(err)
		}
		if got.DocID != want.DocID || got.ContentHash != want.ContentHash || got.Lang != want.Lang || got.Model != want.Model || !bytes.Equal(got.Data, want.Data) {
			t.Errorf("GetParse = %+v, want %+v", got, want)
		}
	}
	if _, err := s.GetParse(ctx, res[3].ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("GetParse of a document without one: %v, want ErrNotFound", err)
	}
	// A parse of a document that is not stored: nothing of the batch is kept.
	bad := []Parse{{DocID: res[3].ID, Model: "m", Data: []byte{1}}, {DocID: "nope", Model: "m", Data: []byte{1}}}
	if err := s.PutParses(ctx, bad); !errors.Is(err, ErrNotFound) {
		t.Errorf("PutParses of an unknown document: %v, want ErrNotFound", err)
	}
	if _, err := s.GetParse(ctx, res[3].ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("a failed batch kept a parse: %v", err)
	}
	// Replace.
	ps[0].Model, ps[0].Data = "fr-def/v1", []byte("new")
	if err := s.PutParses(ctx, ps[:1]); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.GetParse(ctx, ps[0].DocID); got.Model != "fr-def/v1" || string(got.Data) != "new" {
		t.Errorf("replaced parse = %+v", got)
	}

	// Page through the documents, two at a time.
	for _, supported := range []bool{true, false} {
		var seen []ParsedDoc
		after := ""
		for {
			page, err := s.ParsedDocuments(ctx, after, 2, supported)
			if err != nil {
				t.Fatal(err)
			}
			if len(page) == 0 {
				break
			}
			if len(page) > 2 {
				t.Fatalf("page of %d", len(page))
			}
			seen = append(seen, page...)
			after = page[len(page)-1].Doc.ID
		}
		want := 5
		if supported {
			want = 4
		}
		if len(seen) != want {
			t.Fatalf("supported=%v: %d documents, want %d", supported, len(seen), want)
		}
		withParse := 0
		for i, pd := range seen {
			if i > 0 && seen[i-1].Doc.ID >= pd.Doc.ID {
				t.Errorf("not in id order: %s then %s", seen[i-1].Doc.ID, pd.Doc.ID)
			}
			var d *doc.Document
			for j, r := range res {
				if r.ID == pd.Doc.ID {
					d = docs[j]
				}
			}
			if d == nil || pd.Doc.Text != d.Text || pd.ContentHash != doc.ContentHash(d.Title, d.Text) {
				t.Errorf("%s: document or hash not as stored", pd.Doc.ID)
			}
			if pd.Parse != nil {
				withParse++
				got, _ := s.GetParse(ctx, pd.Doc.ID)
				if pd.Parse.Model != got.Model || !bytes.Equal(pd.Parse.Data, got.Data) || pd.Parse.ContentHash != got.ContentHash {
					t.Errorf("%s: parse %+v, want %+v", pd.Doc.ID, *pd.Parse, got)
				}
			}
		}
		if withParse != 3 {
			t.Errorf("%d documents with a parse, want 3", withParse)
		}
	}
}
