package entity

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/vigie-events/vigie/internal/segment"
	"github.com/vigie-events/vigie/internal/testshared"
)

func mustLoad(tb testing.TB) *Model {
	tb.Helper()
	m, err := Load()
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

// find runs segmentation and Find, and returns "TYPE text" strings.
func find(m *Model, text, lang string) []string {
	var out []string
	for _, x := range m.Find(text, lang, segment.Segment(text, lang)) {
		out = append(out, x.Type+" "+x.Text)
	}
	return out
}

func TestFind(t *testing.T) {
	m := mustLoad(t)
	tests := []struct {
		name, lang, text string
		want, notWant    []string
	}{
		{
			name:    "french title before name",
			lang:    "fr",
			text:    "Le président Emmanuel Macron a reçu mardi à Paris le roi Abdallah II de Jordanie.",
			want:    []string{"PER Emmanuel Macron", "LOC Paris", "PER Abdallah II", "LOC Jordanie"},
			notWant: []string{"PER président Emmanuel Macron"},
		},
		{
			name: "french organisations and nationality",
			lang: "fr",
			text: "Selon l’AFP, la Direction générale de la sécurité intérieure (DGSI) et le ministère de l’Intérieur ont été saisis par le gouvernement marocain.",
			want: []string{"ORG AFP", "ORG DGSI", "NORP marocain"},
		},
		{
			name: "english",
			lang: "en",
			text: "Secretary of State Antony Blinken met Algerian officials in Algiers on Monday, the State Department said.",
			want: []string{"PER Antony Blinken", "NORP Algerian", "LOC Algiers"},
		},
		{
			name:    "names with particles",
			lang:    "en",
			text:    "Saudi Crown Prince Mohammed bin Salman met Egyptian President Abdel Fattah al-Sisi in Cairo.",
			want:    []string{"PER Mohammed bin Salman", "PER Abdel Fattah al-Sisi"},
			notWant: []string{"PER Mohammed", "PER Salman", "PER Sisi"},
		},
		{
			name:    "name words after the recognised ones",
			lang:    "fr",
			text:    "Le ministre a reçu son homologue espagnol, José Manuel Albares, à Rabat.",
			want:    []string{"PER José Manuel Albares"},
			notWant: []string{"PER José Manuel"},
		},
		{
			name: "an article left of a description",
			lang: "en",
			text: "Hamas said it would not negotiate. The militant group's political chief Ismail Haniyeh later met officials in Doha.",
			want: []string{"ORG Hamas", "PER Ismail Haniyeh"}, notWant: []string{"ORG The"},
		},
		{
			name: "a pronoun and a verb before a place",
			lang: "en",
			text: "Mao Ning said the remark was wrong. She urged Washington to stop interfering in Taiwan.",
			want: []string{"LOC Washington", "LOC Taiwan"}, notWant: []string{"LOC She urged Washington"},
		},
		{
			name: "a region read as a person",
			lang: "en",
			text: "Paris said it would review its military presence in the Sahel.",
			want: []string{"LOC Sahel"}, notWant: []string{"PER Sahel"},
		},
		{
			name:    "a day after a name",
			lang:    "en",
			text:    "Secretary of State Antony Blinken Monday urged restraint in Gaza, as Theresa May did.",
			want:    []string{"PER Antony Blinken", "PER Theresa May"},
			notWant: []string{"PER Antony Blinken Monday"},
		},
		{
			name:    "french fixed phrases",
			lang:    "fr",
			text:    "Un coup d'État a eu lieu. Les chefs d’État de l'Otan, le chef de l'État et le Département d’État ont réagi.",
			want:    []string{"ORG Otan", "ORG Département d’État"},
			notWant: []string{"ORG Un", "ORG État"},
		},
		{
			name:    "months and leading links",
			lang:    "en",
			text:    "In June, the king flew to the port of Jeddah, where he met Saudi officials.",
			want:    []string{"LOC Jeddah"},
			notWant: []string{"LOC June", "LOC of Jeddah", "LOC port of Jeddah"},
		},
		{
			name:    "a state after its town",
			lang:    "en",
			text:    "ARLINGTON, Va. (AP) — Secretary of State Antony Blinken hosted the talks.",
			want:    []string{"LOC ARLINGTON"},
			notWant: []string{"PER Va.", "ORG Va."},
		},
		{
			name:    "reported speakers",
			lang:    "en",
			text:    "The bath removes the cuticle completely, Okafor explains. \"It works,\" said Quennell. Officials said the plan would stand, Reuters reported.",
			want:    []string{"PER Okafor", "PER Quennell"},
			notWant: []string{"PER Officials", "PER Reuters", "PER It"},
		},
		{
			name:    "hyphenated names and trailing days",
			lang:    "en",
			text:    "Jean-Bertrand Aristide flew to Sierra Leone Tuesday, where Ken Saro-Wiwa had been remembered.",
			want:    []string{"PER Jean-Bertrand Aristide", "LOC Sierra Leone", "PER Ken Saro-Wiwa"},
			notWant: []string{"PER Bertrand Aristide", "LOC Sierra Leone Tuesday", "PER Ken Saro"},
		},
		{
			name:    "cities of several words",
			lang:    "en",
			text:    "Police arrested ten protesters in Dar es Salaam on Monday, and gangs attacked police stations in Port-au-Prince.",
			want:    []string{"LOC Dar es Salaam", "LOC Port-au-Prince"},
			notWant: []string{"LOC Salaam", "LOC -Prince"},
		},
		{
			name:    "french ministries",
			lang:    "fr",
			text:    "Le ministère de l’Intérieur et le ministère tunisien des Affaires étrangères ont réagi, selon le ministère.",
			want:    []string{"ORG ministère de l’Intérieur", "ORG ministère tunisien des Affaires étrangères"},
			notWant: []string{"ORG ministère"},
		},
		{
			name:    "french region",
			lang:    "fr",
			text:    "Les deux présidents ont évoqué la situation au Sahel.",
			want:    []string{"LOC Sahel"},
			notWant: []string{"ORG Sahel"},
		},
		{
			name:    "english title cut from its name",
			lang:    "en",
			text:    "Israeli Prime Minister Benjamin Netanyahu met U.S. Secretary of State Antony Blinken in Jerusalem.",
			want:    []string{"PER Benjamin Netanyahu", "PER Antony Blinken", "LOC Jerusalem"},
			notWant: []string{"PER U.S. Secretary"},
		},
		{
			name:    "english country as subject",
			lang:    "en",
			text:    "Morocco extradited the suspect to France on Monday.",
			want:    []string{"LOC Morocco"},
			notWant: []string{"PER Morocco"},
		},
		{
			name:    "european particles",
			lang:    "en",
			text:    "European Commission President Ursula von der Leyen met Charles de Gaulle's grandson.",
			want:    []string{"ORG European Commission", "PER Ursula von der Leyen"},
			notWant: []string{"PER Ursula", "PER Leyen"},
		},
		{
			name:    "ministries are organisations",
			lang:    "en",
			text:    "China's Foreign Ministry said on Monday that talks would resume. The Health Ministry in Gaza said 30 people were killed. Russia's Defence Ministry did not comment.",
			want:    []string{"ORG Foreign Ministry", "LOC China", "ORG Defence Ministry"},
			notWant: []string{"PER Foreign Ministry", "LOC Health Ministry", "LOC The Health Ministry", "ORG China's Foreign Ministry", "ORG Russia's Defence Ministry"},
		},
		{
			name:    "places in a list",
			lang:    "en",
			text:    "WARSAW — Poland's president said Egypt, Jordan and the United Arab Emirates had sent aid.",
			want:    []string{"LOC WARSAW", "LOC Jordan"},
			notWant: []string{"LOC WARSAW — Poland", "LOC Egypt, Jordan"},
		},
		{
			name:    "well-known companies",
			lang:    "en",
			text:    "I switched from Internet Explorer to Firefox, and Mozilla says Starbucks and Enron staff use it too. Who knows?",
			want:    []string{"ORG Mozilla", "ORG Starbucks", "ORG Enron"},
			notWant: []string{"ORG Who"},
		},
		{
			name:    "acronyms defined in brackets, then used alone",
			lang:    "en",
			text:    "The Northern Valley Water Quality Board (NVWQB) fined the plant on Monday. Residents had written to the NVWQB twice. The United Arab Emirates (UAE) sent aid.",
			want:    []string{"ORG Northern Valley Water Quality Board", "ORG NVWQB", "LOC United Arab Emirates", "LOC UAE"},
			notWant: []string{"LOC Northern Valley"},
		},
		{
			name: "acronyms in French",
			lang: "fr",
			text: "La Direction générale de la sûreté nationale (DGSN) a annoncé l'arrestation. Selon la DGSN, l'enquête continue.",
			want: []string{"ORG Direction générale de la sûreté nationale", "ORG DGSN"},
		},
		{
			name: "english possessive",
			lang: "en",
			text: "NATO's secretary general spoke to reporters in Brussels.",
			want: []string{"ORG NATO", "LOC Brussels"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := find(m, tt.text, tt.lang)
			for _, w := range tt.want {
				if !contains(got, w) {
					t.Errorf("missing %q in %q", w, got)
				}
			}
			for _, w := range tt.notWant {
				if contains(got, w) {
					t.Errorf("unwanted %q in %q", w, got)
				}
			}
		})
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// TestFindSpans checks that every mention lies on its own bytes, in order,
// without overlaps, for inputs of all kinds.
func TestFindSpans(t *testing.T) {
	m := mustLoad(t)
	for _, text := range []string{
		"",
		"   ",
		"M.",
		"Mohammed VI",
		"((( DGSN )))",
		"\xff\xfe Paris \x00 Londres",
		strings.Repeat("Jean Dupont ", 300),
	} {
		for _, lang := range []string{"fr", "en", "xx"} {
			checkMentions(t, text, m.Find(text, lang, segment.Segment(text, lang)))
		}
	}
}

func checkMentions(t *testing.T, text string, ms []Mention) {
	t.Helper()
	last := 0
	for _, x := range ms {
		if !x.Span.Valid(len(text)) || x.Span.Start < last || x.Span.Len() == 0 {
			t.Fatalf("bad span %+v after %d in %q", x, last, text)
		}
		if text[x.Span.Start:x.Span.End] != x.Text {
			t.Fatalf("text %q does not match span %+v", x.Text, x.Span)
		}
		if x.Score <= 0 || x.Score > 1 {
			t.Fatalf("score %v out of (0, 1]", x.Score)
		}
		last = x.Span.End
	}
}

func FuzzFind(f *testing.F) {
	m := mustLoad(f)
	f.Add("Le roi Mohammed VI a reçu l’ambassadeur américain David Smith à Rabat.", "fr")
	f.Add("The UN (United Nations) said Mr. Smith's visit to New Zealand was cancelled.", "en")
	f.Fuzz(func(t *testing.T, text, lang string) {
		checkMentions(t, text, m.Find(text, lang, segment.Segment(text, lang)))
	})
}

func TestReadIOB2(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // sentences as "word/TYPE…" with spans
		err      string
	}{
		{
			name: "two sentences",
			in:   "# sent_id = a\n1\tJohn\tB-PER\t-\t-\n2\tSmith\tI-PER\t-\t-\n3\tleft\tO\t-\t-\n\n1\tin\tO\n2\tNew\tB-LOC\n3\tYork\tI-LOC\n",
			want: "a:[{0 2 PER}] :[{1 3 LOC}]",
		},
		{
			name: "I without B starts an entity",
			in:   "1\tParis\tI-LOC\n2\tRome\tB-LOC\n",
			want: ":[{0 1 LOC} {1 2 LOC}]",
		},
		{name: "bad tag", in: "1\tParis\tX-LOC\n", err: "line 1"},
		{name: "short line", in: "1\tParis\n", err: "line 1"},
		{name: "empty", in: "", want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadIOB2(strings.NewReader(tt.in))
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) || !strings.HasPrefix(err.Error(), "entity: ") {
					t.Fatalf("err = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var parts []string
			for _, s := range got {
				parts = append(parts, fmt.Sprintf("%s:%v", s.ID, s.Spans))
			}
			if g := strings.Join(parts, " "); g != tt.want {
				t.Errorf("got %s, want %s", g, tt.want)
			}
		})
	}
}

func TestReadIO(t *testing.T) {
	in := "Le O\nmaire O\nde O\nRennes I-LOC\n. O\nM. O\nJean I-PER\nDupont I-PER\nparle O\n"
	got, err := ReadIO(strings.NewReader(in), 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || fmt.Sprint(got[0].Spans) != "[{3 4 LOC}]" || fmt.Sprint(got[1].Spans) != "[{1 3 PER}]" {
		t.Errorf("got %+v", got)
	}
	if _, err := ReadIO(strings.NewReader("Rennes\n"), 1, 0); err == nil {
		t.Error("want an error for a line without a tag")
	}
}

// checkSpans fails when spans do not lie inside n words.
func checkSpans(t *testing.T, ls []Labeled) {
	for _, l := range ls {
		for _, s := range l.Spans {
			if s.Start < 0 || s.End > len(l.Words) || s.Start >= s.End {
				t.Fatalf("bad span %+v in %d words", s, len(l.Words))
			}
		}
	}
}

func FuzzReadIOB2(f *testing.F) {
	f.Add("1\tJohn\tB-PER\n2\tSmith\tI-PER\n\n1\tx\tO\n")
	f.Add("# c\n1\tA\tI-ORG\n2\tB\tB-LOC\n")
	f.Fuzz(func(t *testing.T, in string) {
		ls, err := ReadIOB2(strings.NewReader(in))
		if err == nil {
			checkSpans(t, ls)
		}
	})
}

func FuzzReadIO(f *testing.F) {
	f.Add("Le O\nRennes I-LOC\n. O\nJean I-PER\n")
	f.Fuzz(func(t *testing.T, in string) {
		ls, err := ReadIO(strings.NewReader(in), 1, 0)
		if err == nil {
			checkSpans(t, ls)
		}
	})
}

func FuzzReadRe3d(f *testing.F) {
	f.Add(`{"_id":"d","text":"Obama met Putin."}`, `{"begin":0,"end":5,"type":"Person","documentId":"d"}`)
	f.Fuzz(func(t *testing.T, docs, ents string) {
		ds, err := ReadRe3d(strings.NewReader(docs), strings.NewReader(ents))
		if err != nil {
			return
		}
		for _, d := range ds {
			for _, e := range d.Entities {
				if e.Start < 0 || e.End > len(d.Text) || e.Start > e.End {
					t.Fatalf("bad span %+v", e)
				}
			}
		}
	})
}

func TestModelRoundTrip(t *testing.T) {
	m := mustLoad(t)
	var buf bytes.Buffer
	var langs []langFile
	for _, l := range []string{"en", "fr"} {
		lm := m.langs[l]
		langs = append(langs, toFile(l, lm.tagger, "1\tparis\n", "", ""))
	}
	if err := writeModel(&buf, langs); err != nil {
		t.Fatal(err)
	}
	m2, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(m2.langs["en"].tagger.index) != len(m.langs["en"].tagger.index) {
		t.Error("feature count changed")
	}
	if _, err := Read(strings.NewReader("not a model")); err == nil || !strings.HasPrefix(err.Error(), "entity: ") {
		t.Errorf("err = %v", err)
	}
}

// TestEvaluate checks the embedded model against its floors, just under
// the scores measured when it was trained (see EXPERIMENTS.md).
func TestEvaluate(t *testing.T) {
	for _, p := range []string{unerTest, europeanaBIO, frPudBank, enPudBank, seedText, seedGold, re3dDir + "/US State Department/entities.json"} {
		testshared.Path(t, p)
	}
	r, err := Evaluate(testshared.Dir(), 0)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	r.WriteText(&buf)
	t.Log(buf.String())
	floors := []struct {
		name       string
		got, floor float64
	}{
		{"uner-en-ewt-test F1", r.UNER.F1, 0.775},
		{"re3d overlap F1", r.Re3d.F1, 0.70},
		{"re3d strict F1", r.Re3d.F1Strict, 0.49},
		{"europeana-fr F1", r.Europeana.F1, 0.675},
		{"fr-pud-vigie F1", r.FrPud.F1, 0.758},
		{"en-pud-vigie F1", r.EnPud.F1, 0.78},
		{"re3d overlap F1, UNER's conventions", r.Re3d.F1UNER, 0.65},
		{"seed persons", float64(r.Seed.PersonsFound), 7},
		{"seed organisations", float64(r.Seed.OrgsFound), 7},
		{"seed places", float64(r.Seed.LocsFound), 9},
	}
	for _, f := range floors {
		if f.got < f.floor {
			t.Errorf("%s = %.3f, below its floor %.3f", f.name, f.got, f.floor)
		}
	}
	// The genres split UNER: their gold mentions add up to its own.
	gold := 0
	for g, s := range r.UNER.Genres {
		if s.Gold == 0 || s.F1 <= 0 {
			t.Errorf("UNER genre %s: %+v", g, s.Score)
		}
		gold += s.Gold
	}
	if len(r.UNER.Genres) != 5 || gold != r.UNER.Gold {
		t.Errorf("UNER genres %v hold %d gold mentions, want 5 genres and %d", slices.Sorted(maps.Keys(r.UNER.Genres)), gold, r.UNER.Gold)
	}
}

// benchText is written for this benchmark (no shared data).
const benchFr = `Le ministre des Affaires étrangères Jean Durand s’est rendu lundi à Alger, où il a rencontré le président algérien et des représentants de l’Union africaine. Selon l’AFP, la visite doit se poursuivre à Tunis puis à Rabat. Les discussions ont porté sur la sécurité au Sahel et la coopération avec l’ONU.`
const benchEn = `Foreign Minister John Miller travelled to Nairobi on Monday to meet Kenyan officials and representatives of the African Union. According to Reuters, the trip will continue to Addis Ababa and Cairo. Talks focused on security in the Horn of Africa and cooperation with the United Nations.`

func benchFind(b *testing.B, text, lang string) {
	m := mustLoad(b)
	text = strings.Repeat(text+"\n\n", 20)
	sents := segment.Segment(text, lang)
	n := 0
	for _, s := range sents {
		n += len(s.Tokens)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		m.Find(text, lang, sents)
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkFindFr(b *testing.B) { benchFind(b, benchFr, "fr") }
func BenchmarkFindEn(b *testing.B) { benchFind(b, benchEn, "en") }

// WithConventions: UNER's by default, re3d's on request, an error for
// anything else; the conventions change how English is typed, not French.
func TestWithConventions(t *testing.T) {
	m := mustLoad(t)
	if _, err := m.WithConventions("ontonotes"); err == nil || !strings.Contains(err.Error(), `"ontonotes"`) {
		t.Fatalf("unknown conventions: %v", err)
	}
	text := "Russia warned on Tuesday that it would respond to any attack."
	typeOf := func(m *Model, lang, text, name string) string {
		for _, mn := range m.Find(text, lang, segment.Segment(text, lang)) {
			if mn.Text == name {
				return mn.Type
			}
		}
		return ""
	}
	re3d, err := m.WithConventions(ConventionsRe3d)
	if err != nil {
		t.Fatal(err)
	}
	if got := typeOf(m, "en", text, "Russia"); got != "LOC" {
		t.Errorf("default: Russia %q, want LOC", got)
	}
	if got := typeOf(re3d, "en", text, "Russia"); got != "ORG" {
		t.Errorf("re3d: Russia %q, want ORG", got)
	}
	fr := "L'Irak a annoncé lundi l'envoi de troupes à la frontière."
	if a, b := typeOf(m, "fr", fr, "Irak"), typeOf(re3d, "fr", fr, "Irak"); a != b || a == "" {
		t.Errorf("French: %q and %q, want the same type", a, b)
	}
}
