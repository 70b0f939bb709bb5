package entity

import (
	"bytes"
	"compress/gzip"
	"slices"
	"strings"
	"testing"

	"github.com/vigie-events/vigie/internal/testshared"
)

func gz(t testing.TB, s string) *bytes.Reader {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return bytes.NewReader(b.Bytes())
}

func TestReviewedRoundTrip(t *testing.T) {
	sents := []Labeled{
		{ID: "doc-0001", Words: []string{"I", "met", "Ann", "in", "New", "York"}, Spans: []TokenSpan{{2, 3, "PER"}, {4, 6, "LOC"}}},
		{ID: "doc-0002", Words: []string{"Nothing", "here"}},
		{ID: "doc-0003", Words: []string{"Enron", "Corp", "."}, Spans: []TokenSpan{{0, 3, "ORG"}}},
	}
	var b bytes.Buffer
	if err := WriteReviewed(&b, "line one\nline two", sents, false); err != nil {
		t.Fatal(err)
	}
	got, err := readReviewed(&b, "x.tsv.gz")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("%d sentences, want 2 (a sentence with no entity has no line)", len(got))
	}
	for _, s := range sents {
		g, ok := got[s.ID]
		if len(s.Spans) == 0 {
			if ok {
				t.Errorf("%s listed", s.ID)
			}
			continue
		}
		if g.words != len(s.Words) || !slices.Equal(g.spans, s.Spans) {
			t.Errorf("%s: got %+v", s.ID, g)
		}
	}
}

// With all, a sentence without entity gets a line with an empty third
// column, and reads back as listed with no spans.
func TestReviewedRoundTripAll(t *testing.T) {
	sents := []Labeled{
		{ID: "s1", Words: []string{"Rien", "ici"}},
		{ID: "s2", Words: []string{"La", "Gendarmerie", "royale"}, Spans: []TokenSpan{{1, 3, "ORG"}}},
	}
	var b bytes.Buffer
	if err := WriteReviewed(&b, "h", sents, true); err != nil {
		t.Fatal(err)
	}
	got, err := readReviewed(&b, "x.tsv.gz")
	if err != nil {
		t.Fatal(err)
	}
	if g, ok := got["s1"]; !ok || g.words != 2 || len(g.spans) != 0 {
		t.Errorf("s1: %+v, %v", g, ok)
	}
	if g := got["s2"]; g.words != 3 || !slices.Equal(g.spans, sents[1].Spans) {
		t.Errorf("s2: %+v", g)
	}
}

func TestReviewedErrors(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"columns", "a\t3\n", "x.gz:1: malformed reviewed line: want 3"},
		{"count", "# c\na\tthree\tPER:0-1\n", "x.gz:2: malformed reviewed line: bad word count"},
		{"type", "a\t3\tMISC:0-1\n", "bad span \"MISC:0-1\""},
		{"range", "a\t3\tPER:2-4\n", "out of the sentence's 3 words"},
		{"order", "a\t3\tPER:1-2,LOC:0-1\n", "out of order"},
		{"empty", "a\t3\tPER:1-1\n", "out of order"},
		{"twice", "a\t3\tPER:0-1\na\t3\tLOC:0-1\n", "x.gz:2: sentence \"a\" listed twice"},
		{"no id", "\t3\t\n", "want 3 tab-separated columns"},
		{"trailing comma", "a\t3\tPER:0-1,\n", "bad span \"\""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := readReviewed(gz(t, tc.in), "x.gz")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want one with %q", err, tc.want)
			}
		})
	}
	if _, err := readReviewed(strings.NewReader("not gzip"), "x.gz"); err == nil || !strings.Contains(err.Error(), "x.gz") {
		t.Fatalf("plain text: error %v", err)
	}
}

// TestReviewedEmbedded checks the shipped annotation parses; with the
// shared data it also checks it against the EWT train treebank.
func TestReviewedEmbedded(t *testing.T) {
	f, err := dataFS.Open(reviewedFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ann, err := readReviewed(f, reviewedFile)
	if err != nil {
		t.Fatal(err)
	}
	if len(ann) < 4000 {
		t.Fatalf("%d annotated sentences, want thousands", len(ann))
	}
	testshared.Path(t, ewtTrain)
	sents, _, err := reviewedSilver(testshared.Dir())
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 12544 {
		t.Errorf("%d sentences of EWT train, want 12,544", len(sents))
	}
}

func FuzzParseReviewedLine(f *testing.F) {
	f.Add("doc-0001\t6\tPER:2-3,LOC:4-6")
	f.Add("a\t3\tMISC:0-1")
	f.Add("a\t-1\tPER:0-")
	f.Fuzz(func(t *testing.T, line string) {
		s, _, err := parseReviewedLine(line)
		if err != nil {
			return
		}
		end := 0
		for _, sp := range s.spans {
			if sp.Start < end || sp.End <= sp.Start || sp.End > s.words {
				t.Fatalf("%q: bad span %+v", line, sp)
			}
			end = sp.End
		}
	})
}

// TestTextAnnotations checks the annotations of treebank text parse and,
// with the shared data, that they fit the treebanks' text as vigie splits
// it.
func TestTextAnnotations(t *testing.T) {
	for _, tc := range []struct {
		file, lang string
		banks      []string
		min        int
	}{
		{frReviewedFile, "fr", FrenchTrainBanks, 4900},
		{frPudFile, "fr", []string{frPudBank}, 1000},
		{enPudFile, "en", []string{enPudBank}, 1000},
	} {
		f, err := dataFS.Open(tc.file)
		if err != nil {
			t.Fatal(err)
		}
		ann, err := readReviewed(f, tc.file)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if len(ann) < tc.min {
			t.Fatalf("%s: %d sentences, want at least %d", tc.file, len(ann), tc.min)
		}
		for _, b := range tc.banks {
			testshared.Path(t, b)
		}
		sents, err := annotatedText(testshared.Dir(), tc.file, tc.banks, tc.lang)
		if err != nil {
			t.Fatal(err)
		}
		if len(sents) != len(ann) {
			t.Errorf("%s: %d sentences found of %d", tc.file, len(sents), len(ann))
		}
	}
}

// A listed sentence missing from the treebank, or with another word
// count, is an error naming the annotation file.
func TestAnnotatedTextErrors(t *testing.T) {
	testshared.Path(t, frPudBank)
	for _, tc := range []struct{ name, ann, want string }{
		{"missing", "nosuch\t3\t\n", "1 of its sentences are not in"},
		{"words", "n01001011\t2\t\n", "sentence n01001011 has"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := annotatedTextFS(testshared.Dir(), gz(t, tc.ann), "x.tsv.gz", []string{frPudBank}, "fr")
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "x.tsv.gz") {
				t.Fatalf("error %v, want one naming x.tsv.gz with %q", err, tc.want)
			}
		})
	}
}

// The English news development set fits the PLOVER records' text.
func TestNewsDev(t *testing.T) {
	testshared.Path(t, GSRRecords)
	sents, err := NewsDev(testshared.Dir())
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 322 {
		t.Errorf("%d sentences, want 322", len(sents))
	}
}
