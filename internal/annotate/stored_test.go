package annotate

import (
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/vigie-events/vigie/internal/coref"
	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/extract"
	"github.com/vigie-events/vigie/internal/ingest"
	"github.com/vigie-events/vigie/internal/pipeline"
	"github.com/vigie-events/vigie/internal/sample"
	"github.com/vigie-events/vigie/internal/segment"
)

// sampleDocs extracts vigie's built-in sample articles.
func sampleDocs(t testing.TB) []*doc.Document {
	dir := t.TempDir()
	times := sample.FetchTimes()
	err := fs.WalkDir(sample.FS, "articles", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Base(p) == "MANIFEST.json" {
			return err
		}
		b, err := fs.ReadFile(sample.FS, p)
		if err != nil {
			return err
		}
		out := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(out, b, 0o644); err != nil {
			return err
		}
		if tm, ok := times[p]; ok {
			return os.Chtimes(out, tm, tm)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	rd := ingest.New(ingest.Config{MaxBytes: ingest.DefaultMaxBytes})
	ex := extract.New(extract.Config{})
	var docs []*doc.Document
	pipeline.Extract(context.Background(), rd, ex, []string{dir}, pipeline.Config{Workers: 2}, func(r pipeline.Result) bool {
		if r.Err == nil {
			docs = append(docs, r.Doc)
		}
		return true
	})
	if len(docs) == 0 {
		t.Fatal("no sample article extracted")
	}
	return docs
}

// TestEventsFromStoredParse: coding from an encoded and decoded parse
// gives exactly what the whole chain gives.
func TestEventsFromStoredParse(t *testing.T) {
	a := annotator(t)
	coded, events := 0, 0
	for _, d := range sampleDocs(t) {
		want := a.Events(d)
		got, p := a.EventsParsed(d)
		if !doc.IsSupported(d.Lang) {
			if p != nil || got != nil {
				t.Errorf("%s (%s): a parse for an unsupported language", d.ID, d.Lang)
			}
			continue
		}
		coded++
		events += len(want)
		if !sameEvents(t, got, want) {
			t.Errorf("%s: EventsParsed differs from Events", d.ID)
		}
		data, err := p.Encode(d.Text)
		if err != nil {
			t.Fatalf("%s: %v", d.ID, err)
		}
		back, err := DecodeParse(d.Text, data)
		if err != nil {
			t.Fatalf("%s: %v", d.ID, err)
		}
		kept := *p
		kept.NER, kept.Entities, kept.Places = nil, nil, nil // found while coding, not encoded
		if !reflect.DeepEqual(back, &kept) {
			t.Errorf("%s: the parse does not survive encoding", d.ID)
		}
		if !sameEvents(t, a.EventsFrom(d, back), want) {
			t.Errorf("%s: events from the stored parse differ from Events", d.ID)
		}
		// Truncated data is an error, not a panic.
		for _, n := range []int{0, 1, len(data) / 2, len(data) - 1} {
			if _, err := DecodeParse(d.Text, data[:n]); err == nil {
				t.Errorf("%s: %d of %d bytes decoded without an error", d.ID, n, len(data))
			}
		}
		// A parse of another text is refused where its spans do not fit.
		if _, err := DecodeParse(d.Text[:len(d.Text)/2], data); err == nil {
			t.Errorf("%s: a parse decoded against half its text", d.ID)
		}
	}
	if coded == 0 || events == 0 {
		t.Fatalf("%d documents coded, %d events: the test tests nothing", coded, events)
	}
	t.Logf("%d documents, %d events", coded, events)
}

func sameEvents(t *testing.T, a, b []doc.Event) bool {
	t.Helper()
	ja, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	jb, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	if string(ja) != string(jb) {
		t.Logf("got  %s\nwant %s", ja, jb)
		return false
	}
	return true
}

// BenchmarkRecode compares coding from a kept parse with the whole chain.
func BenchmarkRecode(b *testing.B) {
	a := annotator(b)
	docs := sampleDocs(b)
	parses := make([]*DocParse, len(docs))
	for i, d := range docs {
		parses[i] = a.ParseDocument(d)
	}
	b.Run("events", func(b *testing.B) {
		for b.Loop() {
			for _, d := range docs {
				a.Events(d)
			}
		}
	})
	b.Run("from-parse", func(b *testing.B) {
		for b.Loop() {
			for i, d := range docs {
				a.EventsFrom(d, parses[i])
			}
		}
	})
}

// TestDocParseSyntax checks the parse as coreference reads it: heads and
// relations by token, a multiword token standing for its heading word,
// and a pronoun going back to the parse's subject, not to the first name
// of its clause.
func TestDocParseSyntax(t *testing.T) {
	a := annotator(t)
	text := "Selon un communiqué de la présidence, Saïed a salué la solidité des liens avec Alger. Il a reçu l'ambassadeur."
	p := a.ParseDocument(&doc.Document{Text: text, Lang: "fr"})
	syn := p.Syntax()
	if syn == nil {
		t.Fatal("no syntax")
	}
	toks := p.Sentences[0].Tokens
	idx := func(form string) int {
		for i, tk := range toks {
			if tk.Text == form {
				return i
			}
		}
		t.Fatalf("no token %q", form)
		return -1
	}
	head, rel, ok := syn(0, idx("Saïed"))
	if !ok || rel != "nsubj" || head != idx("salué") {
		t.Errorf("Saïed: head %d rel %q ok %v, want nsubj of %d", head, rel, ok, idx("salué"))
	}
	if _, rel, ok := syn(0, idx("des")); !ok || rel == "det" { // de les: the word that heads the token is "de"
		t.Errorf("des: rel %q ok %v, want the relation of de", rel, ok)
	}
	if h, _, ok := syn(0, idx("salué")); !ok || h != -1 {
		t.Errorf("salué: head %d ok %v, want the root", h, ok)
	}
	for _, bad := range [][2]int{{-1, 0}, {9, 0}, {0, -1}, {0, 999}} {
		if _, _, ok := syn(bad[0], bad[1]); ok {
			t.Errorf("syn%v answered", bad)
		}
	}
	if (&DocParse{}).Syntax() != nil {
		t.Error("an empty parse gives a syntax")
	}
}

// TestPronounsByParse checks that the pipeline's coreference reads the
// parse: a pronoun goes back to the parse's subject, including a title the
// parse makes the subject before the name.
func TestPronounsByParse(t *testing.T) {
	a := annotator(t)
	tests := []struct{ lang, text, pronoun, want string }{
		{"fr", "M. Attaf a remis au chef de l'État un message. Selon un communiqué de la présidence, Kaïs Saïed a salué la solidité des liens. Il a reçu l'ambassadeur de France.", "Il", "Saied"},
		{"en", "German Chancellor Olaf Scholz said he agreed with French President Emmanuel Macron.", "he", "Scholz"},
		// a description with its article is the subject the parse gives
		{"fr", "La ministre de la Culture, Soraya Mouloudji, a reçu le ministre Ahmed Attaf. Elle a salué un choix de continuité.", "Elle", "Mouloudji"},
	}
	for _, tt := range tests {
		p := a.ParseDocument(&doc.Document{Text: tt.text, Lang: tt.lang})
		ents := coref.Resolve(coref.Input{Text: tt.text, Lang: tt.lang, Date: time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC),
			Sentences: p.Sentences, Mentions: a.ner.Find(tt.text, tt.lang, p.Sentences), Knowledge: a.actors, Syntax: p.Syntax()})
		got := ""
		for _, e := range ents {
			for _, m := range e.Mentions {
				if m.Kind == coref.KindPronoun && m.Text == tt.pronoun {
					got = e.Name
				}
			}
		}
		if !strings.Contains(got, tt.want) {
			t.Errorf("%s: %q → %q, want %s", tt.lang, tt.pronoun, got, tt.want)
			for _, e := range ents {
				t.Logf("%s %s %v", e.Name, e.Code, e.Mentions)
			}
		}
	}
}

// needsCoref finds the words events read from coreference, "dernière"
// (nine bytes) among them.
func TestNeedsCoref(t *testing.T) {
	for _, tt := range []struct {
		lang, text string
		want       bool
	}{
		{"fr", "La ministre a parlé. Cette dernière a signé.", true},
		{"fr", "Le ministre a parlé. Il a signé.", true},
		{"en", "Hamas fired rockets. The group said so.", true},
		{"en", "The group of seven met in Rome.", true}, // the noun is enough to run it
		{"en", "Egypt held talks with Israel.", false},
	} {
		if got := needsCoref(segment.Segment(tt.text, tt.lang)); got != tt.want {
			t.Errorf("%q: %v, want %v", tt.text, got, tt.want)
		}
	}
}
