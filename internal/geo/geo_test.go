package geo

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/testshared"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Alger", "alger"},
		{"Algérie", "algerie"},
		{"  Côte d’Ivoire ", "cote d'ivoire"},
		{"Guinée-Bissau", "guinee bissau"},
		{"N.Y.", "ny"},
		{"U.S.A.", "usa"},
		{"Long Beach, CA", "long beach, ca"},
		{"Œil-de-Bœuf", "oeil de boeuf"},
		{"Straße", "strasse"},
		{"Ṣanʿāʾ", "sana"},
		{"Tel\u00a0Aviv", "tel aviv"},
		{"الجزائر", "الجزائر"},
		{"أَلْجَزَائِر", "الجزاير"[:0] + "الجزائر"},
		{"", ""},
		{"---", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := Normalize(tc.in); got != tc.want {
				t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestKeysNormalized checks that the compiled keys are what Normalize
// writes today: if Normalize changed, the gazetteer must be recompiled.
func TestKeysNormalized(t *testing.T) {
	g := mustDefault(t)
	bad := 0
	for k := range g.index {
		if n := Normalize(k); n != k {
			if bad++; bad < 10 {
				t.Errorf("key %q normalises to %q: recompile the gazetteer", k, n)
			}
		}
	}
}

func TestLookup(t *testing.T) {
	g := mustDefault(t)
	tests := []struct {
		name string
		want string // id of the most populous candidate of the best kind
		kind Kind
	}{
		{"Alger", "gn:2507480", KindCapital},
		{"ALGIERS", "gn:2507480", KindCapital},
		{"Tanger", "gn:2530335", KindCity},
		{"Maroc", "gn:2542007", KindCountry},
		{"marocaines", "gn:2542007", KindCountry},
		{"Moroccans", "gn:2542007", KindCountry},
		{"États-Unis", "gn:6252001", KindCountry},
		{"Etats Unis", "gn:6252001", KindCountry},
		{"المغرب", "gn:2542007", KindCountry},
		{"Maghreb", "region:maghreb", KindRegion},
		{"Afrique de l’Ouest", "region:west-africa", KindRegion},
		{"Corne de l'Afrique", "region:horn-of-africa", KindRegion},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := g.Lookup(tc.name)
			for _, c := range cs {
				if c.Entry.ID == tc.want && c.Entry.Kind == tc.kind {
					return
				}
			}
			t.Errorf("Lookup(%q) has no %s %s among %d candidates", tc.name, tc.want, tc.kind, len(cs))
		})
	}
}

func TestRegionsHaveNoPoint(t *testing.T) {
	g := mustDefault(t)
	for _, name := range []string{"Maghreb", "Sahel", "Middle East", "Moyen-Orient", "Proche-Orient", "Golfe", "Balkans", "Caucase", "Europe", "Afrique", "Asie centrale"} {
		found := false
		for _, c := range g.Lookup(name) {
			if c.Entry.Kind == KindRegion {
				found = true
				if c.Entry.Point || len(c.Entry.Members) == 0 {
					t.Errorf("%s: region %s has a point or no members", name, c.Entry.ID)
				}
			}
		}
		if !found {
			t.Errorf("%s: no region", name)
		}
	}
}

func TestFrenchForms(t *testing.T) {
	tests := []struct{ in, want string }{
		{"marocain", "marocain marocaine marocains marocaines"},
		{"algérien", "algérien algérienne algériens algériennes"},
		{"français", "français française français françaises"},
		{"belge", "belge belge belges belges"},
		{"grec/grecque", "grec grecque grecs grecques"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := strings.Join(frenchForms(tc.in), " "); got != tc.want {
				t.Errorf("frenchForms(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestFindPlaces(t *testing.T) {
	g := mustDefault(t)
	tests := []struct {
		lang, text string
		want       string // mentions as text[qualifier], space-separated with |
	}{
		{"fr", "Le ministre est arrivé à Alger puis à Tunis.", "Alger|Tunis"},
		{"fr", "Les autorités marocaines et l'Algérie.", "marocaines|Algérie"},
		{"en", "Police in Long Beach, CA, arrested two men.", "Long Beach[CA]"},
		{"en", "The governor of New York spoke in Albany, N.Y., on Monday.", "New York|Albany[N.Y.]"},
		{"en", "Storms hit Paris, Texas.", "Paris[Texas]|Texas"},
		{"en", "Columbia University and the Washington Post.", ""},
		{"en", "Michael Jordan visited the Jordan River.", ""},
		{"en", "Reading the report, she smiled.", ""},
		{"en", "Troops were deployed in March 2016 and left in May.", ""},
		{"fr", "La junte et l'Alliance des trois fraternités ont conclu un cessez-le-feu.", ""},
		{"fr", "La Côte d'Ivoire et la Guinée-Bissau.", "Côte d'Ivoire|Guinée-Bissau"},
		{"en", "The US and the UK; us and uk.", "US|UK"},
		{"fr", "Le fleuve Niger traverse le Niger.", "Niger"},
		{"en", "Wildfires in Washington State.", "Washington State"},
		{"en", "Gunmen killed 110 farmers in Borno state and in Zamfara.", "Borno state|Zamfara"},
		{"en", "Gunmen killed 110 farmers in Borno.", "Borno"},
		{"fr", "Des gangs ont attaqué des commissariats à Port-au-Prince.", "Port-au-Prince"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			var got []string
			for _, m := range g.FindPlaces(tc.text, tc.lang) {
				if tc.text[m.Span.Start:m.Span.End] != m.Text {
					t.Errorf("span %v is %q, text %q", m.Span, tc.text[m.Span.Start:m.Span.End], m.Text)
				}
				s := m.Text
				if m.Qualifier != "" {
					s += "[" + m.Qualifier + "]"
				}
				got = append(got, s)
			}
			if g := strings.Join(got, "|"); g != tc.want {
				t.Errorf("got %q, want %q", g, tc.want)
			}
		})
	}
}

func TestResolveContext(t *testing.T) {
	g := mustDefault(t)
	tests := []struct {
		name      string
		text      string
		countries []string
		mention   string
		want      string // country, or id
	}{
		{"paris default", "Talks opened in Paris.", nil, "Paris", "FR"},
		{"paris texas story", "The Texas storm hit Paris and Dallas.", nil, "Paris", "US"},
		{"paris with actor country", "Talks opened in Paris.", []string{"USA"}, "Paris", "FR"},
		{"tripoli lebanon", "Clashes in Tripoli, Beirut said.", []string{"LB"}, "Tripoli", "LB"},
		{"tripoli default", "Clashes in Tripoli.", nil, "Tripoli", "LY"},
		{"georgia us", "Georgia voters and Atlanta.", nil, "Georgia", "US"},
		{"georgia country", "Georgia and Russia; Tbilisi.", nil, "Georgia", "GE"},
		{"carthage", "A speech at Carthage, in Tunisia.", nil, "Carthage", "TN"},
		// an army's nationality says nothing of where it fights; the
		// police's does
		{"armed force abroad", "Russian forces captured Pokrovsk on Monday.", nil, "Pokrovsk", "UA"},
		{"police at home", "Russian police detained protesters in Pokrovsk.", nil, "Pokrovsk", "RU"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ps := g.Geocode(tc.text, Context{Lang: "en", Countries: tc.countries})
			for _, p := range ps {
				if p.Text == tc.mention {
					if p.Country != tc.want && p.ID != tc.want {
						t.Errorf("%s → %s %s (%s), want %s", p.Text, p.ID, p.Name, p.Country, tc.want)
					}
					return
				}
			}
			t.Errorf("%q not found in %q", tc.mention, tc.text)
		})
	}
}

func TestEventPlace(t *testing.T) {
	g := mustDefault(t)
	tests := []struct {
		name, text, trigger string
		fb                  Fallback
		kind, want          string // want: place name
		target              string // the target's words, when the event acts on them
	}{
		{"au", "Le ministre se rendra au Maroc vendredi.", "rendra", Fallback{}, PlaceAction, "Morocco", ""},
		{"à capital", "Il a été reçu à Rabat par le roi.", "reçu", Fallback{}, PlaceAction, "Rabat", ""},
		{"in", "Talks were held in Algiers on Monday.", "held", Fallback{}, PlaceAction, "Algiers", ""},
		{"direction", "Une attaque a eu lieu dans le nord du Mali.", "attaque", Fallback{}, PlaceAction, "Mali", ""},
		{"after trigger", "Après une visite en Tunisie, il a signé un accord en Algérie.", "signé", Fallback{}, PlaceAction, "Algeria", ""},
		{"not locative", "Il a critiqué le Maroc.", "critiqué", Fallback{Target: "MAR"}, PlaceTarget, "Morocco", ""},
		{"demonym", "Les autorités marocaines ont protesté.", "protesté", Fallback{Source: "MA"}, PlaceSource, "Morocco", ""},
		{"government", "Rabat a salué la décision.", "salué", Fallback{}, PlaceNone, "", ""},
		{"previous", "Ils ont discuté.", "discuté", Fallback{Previous: &Place{Entry: Entry{ID: "gn:2538475", Name: "Rabat"}}}, PlacePrevious, "Rabat", ""},
		// a town the event acts on is where it happens, before the
		// country of a locative
		{"target town", "Russian forces attacked Kharkiv on Monday.", "attacked", Fallback{Target: "UKR"}, PlaceAction, "Kharkiv", "Kharkiv"},
		{"target town in a country", "Russian forces attacked Kharkiv in northeastern Ukraine.", "attacked", Fallback{Target: "UKR"}, PlaceAction, "Kharkiv", "Kharkiv"},
		// the English article is no French "à"
		{"article a", "Militants kidnapped a German national in Niger.", "kidnapped", Fallback{Target: "DEU"}, PlaceAction, "Niger", ""},
		{"target country", "Russian forces attacked Ukraine on Monday.", "attacked", Fallback{Target: "UKR"}, PlaceTarget, "Ukraine", "Ukraine"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			places := g.Geocode(tc.text, Context{})
			i := strings.Index(tc.text, tc.trigger)
			if tc.target != "" {
				k := strings.Index(tc.text, tc.target)
				tc.fb.TargetSpan = doc.Span{Start: k, End: k + len(tc.target)}
			}
			got := g.EventPlace(tc.text, doc.Span{Start: 0, End: len(tc.text)}, doc.Span{Start: i, End: i + len(tc.trigger)}, places, tc.fb)
			if got.Kind != tc.kind || got.Place.Name != tc.want {
				t.Errorf("got %s %q, want %s %q", got.Kind, got.Place.Name, tc.kind, tc.want)
			}
		})
	}
}

func TestGovernment(t *testing.T) {
	g := mustDefault(t)
	tests := []struct {
		text, capital string
		want          bool
	}{
		{"Rabat a salué la décision.", "Rabat", true},
		{"Rabat n'a pas réagi.", "Rabat", true},
		{"Selon Alger, la frontière reste fermée.", "Alger", true},
		{"Washington said it would respond.", "Washington", true},
		{"Paris et Berlin ont signé.", "Berlin", true},
		{"Le ministre a quitté Paris pour Berlin.", "Berlin", false},
		{"Paris et Berlin ont signé.", "Paris", true},
		{"Le sommet s'est tenu à Rabat.", "Rabat", false},
		{"He lives in Washington and works there.", "Washington", false},
	}
	for _, tc := range tests {
		t.Run(tc.text+"/"+tc.capital, func(t *testing.T) {
			for _, p := range g.Geocode(tc.text, Context{}) {
				if p.Text == tc.capital {
					if p.Government != tc.want {
						t.Errorf("Government = %v, want %v", p.Government, tc.want)
					}
					return
				}
			}
			t.Errorf("%s not found", tc.capital)
		})
	}
}

// TestBadInput feeds names and texts no gazetteer should answer: nothing
// panics, and nothing bogus comes back.
func TestBadInput(t *testing.T) {
	g := mustDefault(t)
	long := strings.Repeat("Paris", 2000)
	longSpaced := strings.Repeat("Paris ", 2000)
	tests := []struct {
		name string
		in   string
	}{
		{"10k letters", long},
		{"10k words", longSpaced},
		{"invalid utf8", "\xff\xfe\xfd Alg\xe9rie"},
		{"nul bytes", "Rabat\x00\x00Alger"},
		{"only marks", strings.Repeat("\u0301", 5000)},
		{"empty", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if cs := g.Lookup(tc.in); len(tc.in) > MaxNameLen && cs != nil {
				t.Errorf("Lookup of %d bytes gave %d candidates", len(tc.in), len(cs))
			}
			ms := g.FindPlaces(tc.in, "fr")
			for _, m := range ms {
				if !m.Span.Valid(len(tc.in)) || m.Span.Len() > MaxNameLen+20 {
					t.Errorf("bad span %v", m.Span)
				}
			}
			ps := g.Resolve([]Mention{{Text: tc.in, Span: doc.Span{Start: 0, End: len(tc.in)}}}, Context{Text: tc.in})
			if len(tc.in) > MaxNameLen && ps[0].Resolved() {
				t.Errorf("a %d-byte name resolved to %s", len(tc.in), ps[0].ID)
			}
			_ = g.EventPlace(tc.in, doc.Span{Start: -5, End: 1 << 30}, doc.Span{}, ps, Fallback{Target: "\xff"})
			_ = Locative(tc.in, doc.Span{Start: len(tc.in), End: len(tc.in) + 1})
		})
	}
}

func TestLoadRejectsGarbage(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(formatMagic + "\nE\tgn:1\t1\tcity\n"))
	zw.Close()
	tests := []struct {
		name string
		in   []byte
	}{
		{"not gzip", []byte("hello")},
		{"short line", gz.Bytes()},
		{"empty", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Load(bytes.NewReader(tc.in)); err == nil {
				t.Error("Load accepted garbage")
			}
		})
	}
}

// TestLoadTime measures loading the embedded gazetteer. The goal is under
// 300 ms; the test fails only far above it, as shared CI machines vary.
func TestLoadTime(t *testing.T) {
	t0 := time.Now()
	g, err := Load(bytes.NewReader(embedded))
	if err != nil {
		t.Fatal(err)
	}
	d := time.Since(t0)
	t.Logf("loaded %d entries, %d keys, %d bytes compressed in %v", g.Len(), len(g.index), len(embedded), d)
	if d > 3*time.Second {
		t.Errorf("load took %v", d)
	}
}

// TestCompiledUpToDate rebuilds the gazetteer from ../shared and checks
// that the embedded file is the same.
func TestCompiledUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles the gazetteer")
	}
	testshared.Path(t, srcCities)
	var buf bytes.Buffer
	if err := Compile(testshared.Dir(), &buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), embedded) {
		t.Errorf("data/gazetteer.bin.gz is stale (%d bytes, compiled %d): run go run ./internal/geo/cmd/compile", len(embedded), buf.Len())
	}
}

func BenchmarkLookup(b *testing.B) {
	g := mustDefault(b)
	names := []string{"Alger", "paris", "Long Beach", "marocaines", "Afrique du Nord", "Tripoli", "nowhere", "Guinée-Bissau"}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		_ = g.Has(names[i%len(names)])
		i++
	}
}

func BenchmarkLookupCandidates(b *testing.B) {
	g := mustDefault(b)
	names := []string{"Alger", "paris", "Long Beach", "marocaines", "Afrique du Nord", "Tripoli", "nowhere", "Guinée-Bissau"}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		_ = g.Lookup(names[i%len(names)])
		i++
	}
}

func BenchmarkGeocode(b *testing.B) {
	g := mustDefault(b)
	var sb strings.Builder
	for _, c := range readPlaceCases(b, "testdata/places.tsv") {
		sb.WriteString(c.text)
		sb.WriteString("\n")
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		_ = g.Geocode(text, Context{Lang: "fr"})
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(bytes.NewReader(embedded)); err != nil {
			b.Fatal(err)
		}
	}
}

func ExampleGazetteer_Geocode() {
	g, err := Default()
	if err != nil {
		panic(err)
	}
	text := "Rabat a salué la visite du ministre à Alger, selon l'agence marocaine."
	for _, p := range g.Geocode(text, Context{Lang: "fr"}) {
		fmt.Printf("%s %v → %s %s %s government=%v\n", p.Text, p.Span, p.ID, p.Name, p.Kind, p.Government)
	}
	// Output:
	// Rabat {0 5} → gn:2538475 Rabat capital government=true
	// Alger {40 45} → gn:2507480 Algiers capital government=false
	// marocaine {62 71} → gn:2542007 Morocco country government=false
}
