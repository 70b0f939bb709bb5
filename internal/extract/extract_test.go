package extract

import (
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/vigie-events/vigie/internal/corpus"
	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/ingest"
)

var fetched = time.Date(2023, 3, 16, 9, 0, 0, 0, time.UTC)

func item(kind ingest.Kind, body string) *ingest.Item {
	return &ingest.Item{Kind: kind, Body: []byte(body), Fetched: fetched, FetchedSource: doc.FetchNow, Origin: doc.Origin{File: "t"}}
}

// checkDoc verifies the invariants every document must hold.
func checkDoc(t *testing.T, d *doc.Document) {
	t.Helper()
	if !utf8.ValidString(d.Text) || !utf8.ValidString(d.Title) {
		t.Error("invalid UTF-8 in output")
	}
	prev := -1
	for i, s := range d.Paragraphs {
		if !s.Valid(len(d.Text)) || s.Len() == 0 || s.Start <= prev {
			t.Fatalf("paragraph %d span %v invalid (text %d bytes)", i, s, len(d.Text))
		}
		prev = s.End
		p := d.Text[s.Start:s.End]
		if strings.TrimSpace(p) != p || strings.Contains(p, "\n") {
			t.Errorf("paragraph %d %q is not a clean line", i, p)
		}
	}
	if d.ID == "" {
		t.Error("no id")
	}
}

func TestCrawlerText(t *testing.T) {
	tests := []struct {
		name, body                     string
		title, section, published, src string
		starts                         string
	}{
		{
			name:      "breadcrumb, section line, repeated title",
			body:      "Accueil MONDE Le Niger rappelle son ambassadeur\nMONDE - il y a 2 jours\n\nLe Niger rappelle son ambassadeur\n\nNiamey a rappelé lundi son ambassadeur à Paris.\n\nLa décision a été annoncée à la télévision.",
			title:     "Le Niger rappelle son ambassadeur",
			section:   "MONDE",
			published: "2023-03-14", src: "text",
			starts: "Niamey a rappelé lundi",
		},
		{
			name:      "English crawler dump",
			body:      "Home WORLD Talks resume in Doha\nWORLD - 3 days ago\n\nTalks resume in Doha\n\nNegotiators met on Sunday in the Qatari capital.\n\nNo agreement was announced.",
			title:     "Talks resume in Doha",
			section:   "WORLD",
			published: "2023-03-13", src: "text",
			starts: "Negotiators met on Sunday",
		},
		{
			name:   "headline then text",
			body:   "Grève dans les transports\n\nLes syndicats ont appelé à une nouvelle journée de mobilisation jeudi.",
			title:  "Grève dans les transports",
			starts: "Les syndicats ont appelé",
		},
		{
			name:   "text only",
			body:   "Les syndicats ont appelé à une nouvelle journée de mobilisation jeudi.\nLe gouvernement a dit regretter cette décision.",
			starts: "Les syndicats ont appelé",
		},
		{
			name:      "wire dateline",
			body:      "Talks resume in Doha\n\nDOHA, March 12, 2023 (Reuters) - Negotiators met on Sunday.\n\nThey will meet again.",
			title:     "Talks resume in Doha",
			published: "2023-03-12", src: "text",
			starts: "DOHA, March 12, 2023",
		},
		{
			name:   "a date in the text is not a dateline",
			body:   "Negotiators met on March 12, 2023 in Doha.\n\nThey will meet again.",
			starts: "Negotiators met",
		},
		{
			name:      "section line without breadcrumb, CRLF",
			body:      "POLITIQUE - hier\r\n\r\nLe Sénat adopte le texte\r\n\r\nLe Sénat a adopté mercredi le projet de loi.",
			title:     "Le Sénat adopte le texte",
			section:   "POLITIQUE",
			published: "2023-03-15", src: "text",
			starts: "Le Sénat a adopté",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := New(Config{}).Extract(item(ingest.KindText, tt.body))
			if err != nil {
				t.Fatal(err)
			}
			checkDoc(t, d)
			if tt.title != "" && d.Title != tt.title {
				t.Errorf("title %q, want %q", d.Title, tt.title)
			}
			if d.Section != tt.section {
				t.Errorf("section %q, want %q", d.Section, tt.section)
			}
			if got := d.Published; tt.published == "" && d.PublishedSource != "" && tt.section == "" {
				t.Errorf("published %v from %q, want none", got, d.PublishedSource)
			}
			if got := d.Published; tt.published != "" && (got.Format("2006-01-02") != tt.published || d.PublishedSource != tt.src) {
				t.Errorf("published %v from %q, want %s from %s", got, d.PublishedSource, tt.published, tt.src)
			}
			if !strings.HasPrefix(d.Text, tt.starts) {
				t.Errorf("text starts %q, want %q", d.Text, tt.starts)
			}
		})
	}
}

func TestPage(t *testing.T) {
	body, err := os.ReadFile("testdata/chrome-fr.html")
	if err != nil {
		t.Fatal(err)
	}
	for _, fast := range []bool{false, true} {
		d, err := New(Config{Fallback: !fast}).Extract(item(ingest.KindHTML, string(body)))
		if err != nil {
			t.Fatal(err)
		}
		checkDoc(t, d)
		if d.Title != "Le ministre reçoit son homologue" || d.Section != "International" || d.Author != "Claire Dubois" {
			t.Errorf("metadata: title %q section %q author %q", d.Title, d.Section, d.Author)
		}
		if d.PublishedSource != doc.PubMeta || d.Published.Format(time.RFC3339) != "2023-03-14T10:12:00+01:00" {
			t.Errorf("published %v from %s", d.Published, d.PublishedSource)
		}
		if !strings.HasPrefix(d.Text, "Le ministre algérien des Affaires étrangères a reçu mardi") {
			t.Errorf("text starts %q", d.Text[:min(80, len(d.Text))])
		}
		if len(d.Paragraphs) != 6 {
			t.Errorf("%d paragraphs, want 6", len(d.Paragraphs))
		}
		for _, bad := range []string{"Accepter", "Rubrique", "Partager", "Lire aussi", "Sahel : la France annonce", "Jean75", "Encore une visite", "Les plus lus", "Mentions légales", "newsletter", "publié le"} {
			if strings.Contains(d.Text, bad) {
				t.Errorf("fast=%v: text contains boilerplate %q", fast, bad)
			}
		}
		if d.Lang != "fr" {
			t.Errorf("lang %s", d.Lang)
		}
	}
}

func TestFragmentAndRecord(t *testing.T) {
	it := item(ingest.KindFragment, "<p>Le Parlement a voté <b>jeudi</b> la loi.</p><p>Lire aussi : un autre sujet</p><p>Le texte doit encore passer au Sénat.</p>")
	it.Title = "Vote au Parlement"
	d, err := New(Config{}).Extract(it)
	if err != nil {
		t.Fatal(err)
	}
	checkDoc(t, d)
	if d.Text != "Le Parlement a voté jeudi la loi.\n\nLe texte doit encore passer au Sénat." {
		t.Errorf("text %q", d.Text)
	}
	rec := &ingest.Item{Kind: ingest.KindRecord, ID: "r1", Title: "T", Text: "Officials met in Cairo on Monday.\n\nThey agreed to meet again.", Lang: "en", Fetched: fetched, PublishedExpr: "2 days ago", PublishedSource: doc.PubInput}
	d, err = New(Config{}).Extract(rec)
	if err != nil {
		t.Fatal(err)
	}
	checkDoc(t, d)
	if d.ID != "r1" || len(d.Paragraphs) != 2 || d.Lang != "en" || d.Published.Format("2006-01-02") != "2023-03-14" {
		t.Errorf("record: id %q, %d paragraphs, lang %s, published %v", d.ID, len(d.Paragraphs), d.Lang, d.Published)
	}
}

func TestUnsupportedLanguage(t *testing.T) {
	rec := &ingest.Item{Kind: ingest.KindRecord, Text: "El ministro de Asuntos Exteriores se reunió el lunes con su homólogo en Madrid para hablar de la cooperación entre los dos países y de la situación en la región.", Fetched: fetched}
	d, err := New(Config{}).Extract(rec)
	if err != nil {
		t.Fatal(err)
	}
	if d.Lang != "es" || d.LangSupported {
		t.Errorf("lang %s supported %v, want es unsupported", d.Lang, d.LangSupported)
	}
}

func TestNoText(t *testing.T) {
	for _, body := range []string{"<html><body><nav><a>Accueil</a></nav></body></html>", "<html></html>"} {
		if _, err := New(Config{}).Extract(item(ingest.KindHTML, body)); err == nil {
			t.Errorf("%q: want an error", body)
		}
	}
}

func TestBoilerplate(t *testing.T) {
	in := []string{"Titre", "Premier paragraphe.", "Lire aussi : autre chose", "Share on Facebook", "Premier paragraphe.", "Read more about it here", "© Le Journal 2023", "Dernier paragraphe."}
	got := filterBoilerplate(in, "titre")
	want := []string{"Premier paragraphe.", "Dernier paragraphe."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

func FuzzExtract(f *testing.F) {
	body, _ := os.ReadFile("testdata/chrome-fr.html")
	f.Add(body, uint8(0))
	f.Add([]byte("Accueil X titre\nX - il y a 3 jours\n\ntitre\n\ntexte."), uint8(2))
	f.Add([]byte("<p>a</p><p>b"), uint8(1))
	f.Fuzz(func(t *testing.T, data []byte, kind uint8) {
		it := item(ingest.Kind(kind%3), string(data))
		d, err := New(Config{}).Extract(it)
		if err == nil {
			checkDoc(t, d)
		}
	})
}

func BenchmarkExtractPage(b *testing.B) {
	fr := []string{"Le ministre a reçu mardi son homologue pour des entretiens sur la sécurité.", "Les deux pays ont signé un accord de coopération énergétique.", "« Nous sommes déterminés », a déclaré le porte-parole du gouvernement.", "La visite intervient une semaine après une série d’attaques dans le nord."}
	en := []string{"The minister met his counterpart on Tuesday for talks on security.", "The two countries signed an energy cooperation agreement.", "“We are determined,” the government spokesman said.", "The visit comes a week after a series of attacks in the north."}
	g := corpus.NewGenerator(fr, en, 1)
	var pages [][]byte
	var total int
	for range 20 {
		_, p := g.Page()
		pages = append(pages, p)
		total += len(p)
	}
	for _, fast := range []bool{false, true} {
		name := "fallback"
		if fast {
			name = "fast"
		}
		b.Run(name, func(b *testing.B) {
			ex := New(Config{Fallback: !fast})
			b.SetBytes(int64(total / len(pages)))
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				if _, err := ex.Extract(item(ingest.KindHTML, string(pages[i%len(pages)]))); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}
