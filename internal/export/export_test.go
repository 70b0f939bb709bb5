package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"

	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/store"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// fixed is a Source of hand-made events and mentions.
type fixed struct {
	events   []store.Event
	mentions []store.Mention
}

func (f fixed) Events(context.Context, store.EventFilter) iter.Seq2[store.Event, error] {
	return func(yield func(store.Event, error) bool) {
		for _, e := range f.events {
			if !yield(e, nil) {
				return
			}
		}
	}
}

func (f fixed) Mentions(context.Context, store.EventFilter) iter.Seq2[store.Mention, error] {
	return func(yield func(store.Mention, error) bool) {
		for _, m := range f.mentions {
			if !yield(m, nil) {
				return
			}
		}
	}
}

var (
	added   = time.Date(2024, 3, 4, 9, 30, 0, 0, time.UTC)
	updated = time.Date(2024, 3, 5, 10, 0, 0, 0, time.UTC)
)

const sentence = "Emmanuel Macron a rencontré le roi Mohammed VI\tà Rabat <script>alert(1)</script>."

func testSource() fixed {
	visit := store.Event{
		Seq: 1, ID: "3f2a9c0d1e4b5a67", Date: "2024-03-04", DateGranularity: "day",
		Source: store.EventActor{Code: "FRAGOV", Name: "Emmanuel Macron", Country: "FRA", Wikidata: "Q3052772", Text: "Emmanuel Macron"},
		Target: store.EventActor{Code: "MARGOV", Name: "Mohammed VI", Country: "MAR", Text: "le roi Mohammed VI"},
		CAMEO:  "0421", CAMEORoot: "04", Quad: 1, Goldstein: 1.9,
		Plover:   doc.Plover{Event: "CONSULT", Mode: "visit", Context: "diplomatic"},
		Modality: doc.Asserted, Lang: "fr",
		Place:  &doc.Place{Name: "Rabat", GeonameID: 2538475, Country: "MAR", Lat: 34.01325, Lon: -6.83255, Kind: "action"},
		IsRoot: true, NumMentions: 3, NumSources: 2, NumArticles: 3, Confidence: 0.82,
		FirstDoc: "a1", SourceURL: "https://www.lemonde.fr/afrique/article/2024/03/04/visite.html",
		Created: added, Updated: updated,
	}
	protest := store.Event{
		Seq: 2, ID: "0b1c2d3e4f5a6b7c", Date: "2024-12-31", DateGranularity: "day",
		Source: store.EventActor{Code: "USAOPP", Text: "protesters\tin New York"},
		CAMEO:  "141", CAMEORoot: "14", Quad: 3, Goldstein: -6.5,
		Plover:   doc.Plover{Event: "PROTEST", Mode: "demonstrate"},
		Modality: doc.Reported, Lang: "en",
		Place:       &doc.Place{Name: "United States", Country: "USA", Kind: "source-country"},
		NumMentions: 1, NumSources: 1, NumArticles: 1, Confidence: 0.6,
		FirstDoc: "b7", SourceURL: "https://apnews.com/article/protest",
		Created: added, Updated: updated,
	}
	unplaced := store.Event{
		Seq: 5, ID: "aaaabbbbccccdddd", Date: "2023-07-14", DateGranularity: "month",
		Source: store.EventActor{Code: "IGOUNO", Name: "United Nations"}, Target: store.EventActor{Code: "SDN"},
		CAMEO: "0233", CAMEORoot: "02", Quad: 1, Goldstein: 3.4, Modality: doc.Future, Lang: "fr",
		NumMentions: 1, NumSources: 1, NumArticles: 1, Confidence: 0.5, FirstDoc: "c2",
		Created: added, Updated: updated,
	}
	mention := func(seq int64, id, docID, url, domain string, at time.Time, e store.Event, start int) store.Mention {
		trig := start + strings.Index(sentence, "rencontré")
		return store.Mention{
			ID: id, EventID: e.ID, EventSeq: seq, Doc: docID, URL: url, Domain: domain, SourceKey: domain,
			DocTime: at, DocLen: 2400, SentenceID: 1, InLead: true, Trigger: "rencontré", EventCreated: e.Created,
			Event: doc.Event{Doc: docID, Lang: "fr", Date: added, CAMEO: e.CAMEO, Modality: doc.Asserted, Confidence: 0.82,
				Source:   doc.Actor{Text: "Emmanuel Macron", Code: "FRAGOV"},
				Target:   doc.Actor{Text: "le roi Mohammed VI", Code: "MARGOV"},
				Plover:   e.Plover,
				Sentence: doc.SentenceRef{Text: sentence, Start: start, End: start + len(sentence)},
				Evidence: doc.Evidence{Source: [2]int{start, start + 15}, Target: [2]int{start + 31, start + 49}, Trigger: [2]int{trig, trig + len("rencontré")}},
				Rule:     "fr:rencontrer"},
		}
	}
	ms := []store.Mention{
		mention(1, "m1", "a1", visit.SourceURL, "lemonde.fr", added, visit, 120),
		mention(1, "m2", "a2", "https://lefigaro.fr/x", "lefigaro.fr", added.Add(time.Hour), visit, 0),
		mention(1, "m3", "a3", "", "", added.Add(2*time.Hour), visit, 40),
		mention(2, "m4", "b7", protest.SourceURL, "apnews.com", added, protest, 10),
	}
	ms[3].Event.Lang = "en"
	ms[3].Event.Evidence.Target = [2]int{}
	return fixed{events: []store.Event{visit, protest, unplaced}, mentions: ms}
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file:\n%s", name, got)
	}
}

func TestGolden(t *testing.T) {
	tests := []struct {
		format, file string
		records      int
		skipped      int
	}{
		{"gdelt", "events.gdelt.tsv", 3, 0},
		{"mentions", "mentions.gdelt.tsv", 4, 0},
		{"jsonl", "events.jsonl", 3, 0},
		{"plover", "events.plover.jsonl", 2, 1},
		{"csv", "events.csv", 3, 0},
		{"geojson", "events.geojson", 1, 2},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			var buf bytes.Buffer
			st, err := Write(context.Background(), &buf, testSource(), tt.format, store.EventFilter{}, Options{Version: "vigie test"})
			if err != nil {
				t.Fatal(err)
			}
			if st.Records != tt.records || st.Skipped != tt.skipped {
				t.Errorf("stats %+v, want %d records, %d skipped", st, tt.records, tt.skipped)
			}
			golden(t, tt.file, buf.Bytes())
		})
	}
}

func TestGDELTShape(t *testing.T) {
	if len(GDELTColumns) != 61 || len(GDELTMentionColumns) != 16 {
		t.Fatalf("%d event columns, %d mention columns; want 61 and 16", len(GDELTColumns), len(GDELTMentionColumns))
	}
	var buf bytes.Buffer
	if _, err := GDELT(&buf, testSource().Events(context.Background(), store.EventFilter{})); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines, want 3", len(lines))
	}
	col := func(name string) int { return slices.Index(GDELTColumns, name) }
	f := strings.Split(lines[0], "\t")
	if len(f) != 61 {
		t.Fatalf("%d fields, want 61", len(f))
	}
	want := map[string]string{
		"GLOBALEVENTID": "1", "SQLDATE": "20240304", "MonthYear": "202403", "Year": "2024", "FractionDate": "2024.1753",
		"Actor1Code": "FRAGOV", "Actor1Name": "EMMANUEL MACRON", "Actor1CountryCode": "FRA", "Actor1Type1Code": "GOV",
		"Actor2Code": "MARGOV", "Actor2CountryCode": "MAR", "IsRootEvent": "1", "EventCode": "0421",
		"EventBaseCode": "042", "EventRootCode": "04", "QuadClass": "1", "GoldsteinScale": "1.9",
		"NumMentions": "3", "NumSources": "2", "NumArticles": "3", "AvgTone": "0",
		"Actor1Geo_Type": "0", "ActionGeo_Type": "4", "ActionGeo_FullName": "Rabat", "ActionGeo_CountryCode": "MO", "ActionGeo_ADM1Code": "",
		"ActionGeo_Lat": "34.01325", "ActionGeo_Long": "-6.83255", "ActionGeo_FeatureID": "2538475",
		"DATEADDED": "20240304093000", "SOURCEURL": "https://www.lemonde.fr/afrique/article/2024/03/04/visite.html",
	}
	for name, v := range want {
		if got := f[col(name)]; got != v {
			t.Errorf("%s = %q, want %q", name, got, v)
		}
	}
	// A tab inside a value never splits a field.
	f2 := strings.Split(lines[1], "\t")
	if len(f2) != 61 || f2[col("Actor1Name")] != "PROTESTERS IN NEW YORK" || f2[col("Actor1Geo_Type")] != "1" {
		t.Errorf("second event: %d fields, %q", len(f2), lines[1])
	}
	// A country-level place: FIPS country code, repeated as ADM1 as GDELT does.
	if f2[col("Actor1Geo_CountryCode")] != "US" || f2[col("Actor1Geo_ADM1Code")] != "US" {
		t.Errorf("second event: Actor1Geo country %q, ADM1 %q; want US, US", f2[col("Actor1Geo_CountryCode")], f2[col("Actor1Geo_ADM1Code")])
	}
}

func TestParquetReadBack(t *testing.T) {
	var buf bytes.Buffer
	src := testSource()
	st, err := Write(context.Background(), &buf, src, "parquet", store.EventFilter{}, Options{})
	if err != nil || st.Records != 3 {
		t.Fatalf("%+v, %v", st, err)
	}
	f, err := parquet.OpenFile(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	if f.NumRows() != 3 {
		t.Errorf("%d rows, want 3", f.NumRows())
	}
	var cols []string
	for _, c := range f.Schema().Columns() {
		cols = append(cols, strings.Join(c, "."))
	}
	if !slices.Equal(cols, RowColumns) {
		t.Errorf("columns %v\nwant %v", cols, RowColumns)
	}
	rows, err := parquet.Read[Row](bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range src.events {
		want := NewRow(&e)
		got := rows[i]
		if got.ID != want.ID || got.CAMEO != want.CAMEO || got.Goldstein != want.Goldstein || got.Updated != want.Updated ||
			got.SourceName != want.SourceName || (got.Lat == nil) != (want.Lat == nil) || (got.Lat != nil && *got.Lat != *want.Lat) {
			t.Errorf("row %d: %+v\nwant %+v", i, got, want)
		}
	}
}

func TestCSVReadBack(t *testing.T) {
	var buf bytes.Buffer
	if _, err := CSV(&buf, testSource().Events(context.Background(), store.EventFilter{})); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 4 || !slices.Equal(recs[0], RowColumns) || recs[2][slices.Index(RowColumns, "source_code")] != "USAOPP" {
		t.Errorf("csv: %q", recs)
	}
}

func TestJSONEscapesMarkup(t *testing.T) {
	for _, format := range []string{"jsonl", "plover", "geojson"} {
		var buf bytes.Buffer
		if _, err := Write(context.Background(), &buf, testSource(), format, store.EventFilter{}, Options{}); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(buf.String(), "<script>") {
			t.Errorf("%s: raw <script> in the output", format)
		}
		if format == "geojson" && !json.Valid(buf.Bytes()) {
			t.Errorf("geojson is not valid JSON")
		}
	}
}

func TestUnknownFormat(t *testing.T) {
	_, err := Write(context.Background(), &bytes.Buffer{}, testSource(), "xml", store.EventFilter{}, Options{})
	if err == nil || !strings.Contains(err.Error(), "unknown format") {
		t.Errorf("error %v", err)
	}
}

func BenchmarkGDELT(b *testing.B) {
	src := testSource()
	var many []store.Event
	for i := range 1000 {
		e := src.events[i%len(src.events)]
		e.Seq = int64(i)
		many = append(many, e)
	}
	src.events = many
	b.ReportAllocs()
	for b.Loop() {
		var buf bytes.Buffer
		if _, err := GDELT(&buf, src.Events(context.Background(), store.EventFilter{})); err != nil {
			b.Fatal(err)
		}
	}
}
