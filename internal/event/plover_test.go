package event

import (
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/testshared"
)

func TestPLOVER(t *testing.T) {
	tests := []struct {
		cameo  string
		ok     bool
		event  string
		mode   string
		ctx    string
		from   string
		nrows  int
		ctxSep []string
	}{
		{"042", true, "CONSULT", "visit", "", "042", 1, nil},
		{"043", true, "CONSULT", "visit", "", "043", 1, nil},
		{"041", true, "CONSULT", "phone", "", "041", 1, nil},
		{"057", true, "SUPPORT", "", "diplomatic", "057", 1, []string{"diplomatic"}},
		{"091", true, "ACCUSE", "investigate", "crime; corruption", "091", 1, []string{"crime", "corruption"}},
		{"1124", true, "ACCUSE", "allege", "military; legal", "1124", 1, []string{"military", "legal"}},
		{"08", true, "CONCEDE", "", "", "08", 2, nil},
		{"0861", true, "RETREAT", "access", "peacekeeping", "0861", 1, []string{"peacekeeping"}},
		{"175", true, "ASSAULT", "pro_autocracy", "military", "175", 1, []string{"military"}},
		{"1951", true, "ASSAULT", "heavy-weapons", "military", "195", 1, []string{"military"}},
		{"191", true, "COERCE", "restrict", "military", "191", 1, []string{"military"}},
		{"03", true, "AGREE", "", "", "03", 1, nil},
		{"010", false, "", "", "", "", 0, nil},
		{"0231", false, "", "", "", "", 0, nil},
		{"xyz", false, "", "", "", "", 0, nil},
	}
	for _, tc := range tests {
		t.Run(tc.cameo, func(t *testing.T) {
			p, ok := PLOVER(tc.cameo)
			if ok != tc.ok {
				t.Fatalf("ok = %v, want %v", ok, tc.ok)
			}
			if p.Event != tc.event || p.Mode != tc.mode || p.Context != tc.ctx || p.CAMEO != tc.from {
				t.Errorf("PLOVER(%q) = %+v", tc.cameo, p)
			}
			if n := len(PLOVERAll(tc.cameo)); n != tc.nrows {
				t.Errorf("PLOVERAll: %d rows, want %d", n, tc.nrows)
			}
			if c := p.Contexts(); !slices.Equal(c, tc.ctxSep) {
				t.Errorf("Contexts = %q, want %q", c, tc.ctxSep)
			}
		})
	}
	if rows := PLOVERAll("08"); len(rows) != 2 || rows[1].Event != "RETREAT" {
		t.Errorf("08: %+v", rows)
	}
}

// TestPLOVERCoversCAMEO lists the CAMEO codes below root 03 that have no
// PLOVER row of their own or of an ancestor: none should.
func TestPLOVERCoversCAMEO(t *testing.T) {
	for _, c := range Codes() {
		if c.Root == "01" || c.Root == "02" {
			continue
		}
		if _, ok := PLOVER(c.Code); !ok {
			t.Errorf("%s (%s): no PLOVER reading", c.Code, c.Name)
		}
	}
}

func TestParseCAMEO2PLOVERErrors(t *testing.T) {
	in := strings.Join([]string{
		"# header",
		"042: CONSULT, visit,   # Make a visit",
		"04 CONSULT",               // 3: no ':'
		"999: AGREE",               // 4: bad code
		"043: CONSULT, a, b, c, d", // 5: too many fields
		"044: , x, y",              // 6: no event
		"045: CONSULT, , diplomatic",
		"045: CONSULT, , diplomatic # again",
	}, "\n")
	rows, err := ParseCAMEO2PLOVER("p.txt", strings.NewReader(in))
	var el ErrorList
	if !errors.As(err, &el) {
		t.Fatalf("err = %v", err)
	}
	var lines []int
	for _, e := range el {
		lines = append(lines, e.Line)
	}
	if !equalInts(lines, []int{3, 4, 5, 6}) {
		t.Errorf("error lines %v (%v)", lines, err)
	}
	if len(rows) != 2 {
		t.Errorf("have %d rows, want 2 (042, 045 once)", len(rows))
	}
}

func TestReadGSR(t *testing.T) {
	recs, err := ReadGSR(testshared.Path(t, gsrPath))
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 322 {
		t.Fatalf("have %d records, want 322", len(recs))
	}
	byID := map[string]GSRRecord{}
	events := map[string]int{}
	for _, r := range recs {
		byID[r.ID] = r
		events[r.Event]++
		if r.Text == "" || r.Event == "" {
			t.Errorf("%s: empty text or event", r.ID)
		}
	}
	if len(events) != 18 {
		t.Errorf("have %d event types, want 18: %v", len(events), events)
	}
	r := byID["PLOVER-GSR01-AGREE-0001"]
	if len(r.Source) != 2 || r.Source[1].Code != "ROU" || r.Source[1].Sector != "GOV" || r.Target != nil ||
		!slices.Equal(r.Contexts, []string{"refugees"}) || !strings.HasPrefix(r.Markup, "Senior (SRC/TAR: Hungarian)") {
		t.Errorf("AGREE-0001 = %+v", r)
	}
	if r := byID["PLOVER-GSR01-AGREE-0003"]; r.Target != nil {
		t.Errorf("AGREE-0003 target %v, want none (\"\" in the file)", r.Target)
	}
	if r := byID["PLOVER-GSR01-INVESTIGATE-0002"]; !strings.Contains(r.Markup, "(EVT: to investigate)") {
		t.Errorf("INVESTIGATE-0002 markup %q (a bare string in the file)", r.Markup)
	}
	if r := byID["PLOVER-GSR01-RETREAT-0020"]; !slices.Equal(r.Contexts, []string{"legal", "government"}) {
		t.Errorf("RETREAT-0020 contexts %q", r.Contexts)
	}
	places := 0
	for _, r := range recs {
		if r.Place != nil {
			places++
		}
	}
	if places != 48 {
		t.Errorf("%d records with a place, want 48", places)
	}
}

func TestDecodeGSRErrors(t *testing.T) {
	for _, tc := range []struct{ name, in string }{
		{"not json", "{"},
		{"not an array", `{"id": "x"}`},
		{"bad source", `[{"id": "x", "event": "AGREE", "source": 3}]`},
		{"bad target", `[{"id": "x", "event": "AGREE", "target": {"a": 1}}]`},
		{"bad textInfo", `[{"id": "x", "event": "AGREE", "textInfo": 3}]`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := DecodeGSR(strings.NewReader(tc.in)); err == nil || !strings.HasPrefix(err.Error(), "event: ") {
				t.Errorf("err = %v", err)
			}
		})
	}
	if _, err := ReadGSR("/nonexistent/gsr.json"); err == nil {
		t.Error("no error for a missing file")
	}
}

func FuzzDecodeGSR(f *testing.F) {
	f.Add(`[{"id": "a", "event": "AGREE", "source": [{"actorText": "x"}], "target": "", "textInfo": "m", "context": "a, b"}]`)
	f.Add(`[{"event": "DOCUMENT"}, {"target": null, "textInfo": {"markup": "x"}}]`)
	if p := testshared.Dir(); p != "" {
		if b, err := os.ReadFile(p + "/" + gsrPath); err == nil && len(b) < 4096 {
			f.Add(string(b))
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		_, _ = DecodeGSR(strings.NewReader(s))
	})
}

func FuzzParseCAMEO2PLOVER(f *testing.F) {
	f.Add("03: AGREE\n042: CONSULT, visit,   # Make a visit\n091: ACCUSE, investigate, crime; corruption\n~~~\n")
	f.Fuzz(func(t *testing.T, s string) {
		rows, _ := ParseCAMEO2PLOVER("fuzz", strings.NewReader(s))
		for _, r := range rows {
			if !IsCAMEO(r.CAMEO) || r.Event == "" {
				t.Fatalf("bad row %+v", r)
			}
		}
	})
}

func BenchmarkPLOVER(b *testing.B) {
	PLOVER("042")
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := PLOVER("1951"); !ok {
			b.Fatal("missing")
		}
	}
}

func TestPLOVERReading(t *testing.T) {
	tests := []struct {
		name, cameo string
		mod         doc.Modality
		stance      string
		want        string // PLOVER event, "" for none
	}{
		{"asserted visit", "042", doc.Asserted, "", "CONSULT"},
		{"future visit", "042", doc.Future, "", "AGREE"},
		{"future aid", "070", doc.Future, "", "AGREE"},
		{"future attack", "190", doc.Future, "", "THREATEN"},
		{"negated meeting", "040", doc.Negated, "", "REJECT"},
		{"refused easing", "081", doc.Asserted, StanceRefused, "REJECT"},
		{"negated attack", "190", doc.Negated, "", ""},
		{"demanded return", "0842", doc.Asserted, StanceDemanded, "REQUEST"},
		{"statement", "010", doc.Future, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if p, ok := PLOVERReading(tt.cameo, tt.mod, tt.stance); ok {
				got = p.Event
			}
			if got != tt.want {
				t.Errorf("PLOVERReading(%s, %s, %q) = %q, want %q", tt.cameo, tt.mod, tt.stance, got, tt.want)
			}
		})
	}
	for _, tc := range []struct{ code, want string }{{"042", "125"}, {"070", "122"}, {"072", "1222"}, {"081", "1241"}, {"080", "124"}, {"0841", "1243"}, {"0832", "1232"}, {"061", "1211"}, {"057", "120"}, {"190", ""}} {
		if got := RejectionOf(tc.code); got != tc.want {
			t.Errorf("RejectionOf(%s) = %q, want %q", tc.code, got, tc.want)
		}
	}
}

// TestScoreGSRMainEvent checks that a record is scored on its main event:
// the one least deep in the parse, not the first in the text.
func TestScoreGSRMainEvent(t *testing.T) {
	recs := []GSRRecord{{ID: "a", Event: "AGREE"}, {ID: "b", Event: "PROTEST"}}
	got := [][]GSRCoded{
		// "…, whose earlier raids (deep) …, agreed (root) …"
		{{CAMEO: "190", Plover: "ASSAULT", Depth: 203}, {CAMEO: "030", Plover: "AGREE", Depth: 0}},
		// a statement with no reading never wins; equals go by text order
		{{CAMEO: "010", Depth: 0}, {CAMEO: "140", Plover: "PROTEST", Depth: 1}, {CAMEO: "190", Plover: "ASSAULT", Depth: 1}},
	}
	s := ScoreGSR(recs, got)
	if s.RecordsExact != 2 {
		t.Errorf("exact %d, want 2: %+v", s.RecordsExact, s.Sentences)
	}
}

func TestClauseDepth(t *testing.T) {
	// agreed(root) ← talks(obl) ; agreed ← resume(advcl) ← fighting(obj)
	ws := []Word{{Head: -1, Deprel: "root"}, {Head: 0, Deprel: "obl"}, {Head: 0, Deprel: "advcl"}, {Head: 2, Deprel: "obj"}}
	for i, want := range []int{0, 1, 100, 101} {
		if d := ClauseDepth(ws, i); d != want {
			t.Errorf("word %d: depth %d, want %d", i, d, want)
		}
	}
	// a cycle stays bounded
	if d := ClauseDepth([]Word{{Head: 1}, {Head: 0}}, 0); d > 200 {
		t.Errorf("cycle: depth %d", d)
	}
}

func TestIntentOf(t *testing.T) {
	for code, want := range map[string]string{
		"040": "036", "042": "036", "057": "032", "061": "0311", "062": "0312", "064": "0314",
		"070": "033", "071": "0331", "073": "0333", "074": "0334",
		"081": "0351", "082": "0352", "083": "034", "084": "0353", "085": "0354", "087": "0356",
		"0841": "0353", "010": "", "112": "", "030": "",
	} {
		if got := IntentOf(code); got != want {
			t.Errorf("IntentOf(%s) = %q, want %q", code, got, want)
		}
	}
}

func TestAppealOf(t *testing.T) {
	for code, want := range map[string]string{
		"040": "026", "046": "026", "057": "022", "061": "0211", "064": "0214", "073": "0233", "070": "023",
		"0832": "0242", "0834": "0244", "0344": "0244", "081": "0251", "0841": "0253", "085": "0254",
		"087": "0256", "0871": "0256", "045": "028", "039": "028", "190": "", "112": "", "020": "",
	} {
		if got := AppealOf(code); got != want {
			t.Errorf("AppealOf(%s) = %q, want %q", code, got, want)
		}
	}
}

func TestThreatOf(t *testing.T) {
	for code, want := range map[string]string{
		"161": "1313", "162": "1311", "163": "1312", "166": "1313", "173": "137", "180": "1383",
		"190": "138", "195": "1384", "191": "1381", "192": "1382", "200": "1385", "040": "", "112": "",
	} {
		if got := ThreatOf(code); got != want {
			t.Errorf("ThreatOf(%s) = %q, want %q", code, got, want)
		}
	}
	if got := IntentOf("045"); got != "039" {
		t.Errorf("IntentOf(045) = %q, want 039", got)
	}
}
