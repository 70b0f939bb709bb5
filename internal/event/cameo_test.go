package event

import (
	"errors"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/vigie-events/vigie/internal/testshared"
)

func TestTablesLoad(t *testing.T) {
	if err := tablesErr(); err != nil {
		t.Fatal(err)
	}
	if err := ploverOnce().err; err != nil {
		t.Fatal(err)
	}
	roots, codes := 0, 0
	for _, c := range Codes() {
		if c.IsRoot() {
			roots++
		} else {
			codes++
		}
	}
	if roots != 20 || codes != 295 {
		t.Errorf("have %d roots and %d codes, want 20 and 295", roots, codes)
	}
	if n := ploverOnce().n; n != 275 {
		t.Errorf("have %d PLOVER rows, want 275", n)
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		code      string
		ok        bool
		name      string
		root      string
		quad      Quad
		goldstein float64
		inherited bool
	}{
		{"0311", true, "Express intent to cooperate economically", "03", VerbalCoop, 5.2, false},
		{"042", true, "Make a visit", "04", VerbalCoop, 1.9, false},
		{"043", true, "Host a visit", "04", VerbalCoop, 2.8, false},
		{"057", true, "Sign formal agreement", "05", VerbalCoop, 8.0, false},
		{"0874", true, "Retreat or surrender militarily", "08", MaterialCoop, 10, false},
		{"112", true, "Accuse", "11", VerbalConflict, -2, false},
		{"173", true, "Arrest, detain, or charge with legal action", "17", MaterialConflict, -5, false},
		{"175", true, "Use tactics of violent repression", "17", MaterialConflict, -9, false},
		{"1823", true, "Kill by physical assault", "18", MaterialConflict, -10, false},
		{"19", true, "FIGHT", "19", MaterialConflict, -10, false},
		{"195", true, "Employ aerial weapons", "19", MaterialConflict, -10, false},
		{"1952", true, "Employ remotely piloted aerial munitions", "19", MaterialConflict, -10, true},
		{"0313", true, "Express intent to cooperate on judicial matters", "03", VerbalCoop, 5.2, true},
		{"018", true, "Make empathetic comment", "01", VerbalCoop, 3.4, false},
		{"20", true, "ATTACK WITH WEAPONS OF MASS DESTRUCTION", "20", MaterialConflict, -10, false},
		{" 042 ", true, "Make a visit", "04", VerbalCoop, 1.9, false},
		{"999", false, "", "", 0, 0, false},
		{"21", false, "", "", 0, 0, false},
		{"0811i", false, "", "", 0, 0, false},
		{"", false, "", "", 0, 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.code, func(t *testing.T) {
			c, ok := Lookup(tc.code)
			if ok != tc.ok {
				t.Fatalf("ok = %v, want %v", ok, tc.ok)
			}
			if !ok {
				return
			}
			if c.Name != tc.name || c.Root != tc.root || c.Quad != tc.quad ||
				math.Abs(c.Goldstein-tc.goldstein) > 1e-9 || c.GoldsteinInherited != tc.inherited {
				t.Errorf("Lookup(%q) = %+v", tc.code, c)
			}
		})
	}
}

func TestQuadOf(t *testing.T) {
	want := map[int]Quad{}
	for r := 1; r <= 20; r++ {
		switch {
		case r <= 5:
			want[r] = 1
		case r <= 8:
			want[r] = 2
		case r <= 13:
			want[r] = 3
		default:
			want[r] = 4
		}
	}
	for _, c := range Codes() {
		if !c.IsRoot() {
			continue
		}
		r := int(c.Code[0]-'0')*10 + int(c.Code[1]-'0')
		if c.Quad != want[r] || QuadOf(c.Code) != want[r] {
			t.Errorf("root %s: quad %d, want %d", c.Code, c.Quad, want[r])
		}
	}
	for _, s := range []string{"00", "21", "1", "ab", "010"} {
		if q := QuadOf(s); q != 0 {
			t.Errorf("QuadOf(%q) = %d, want 0", s, q)
		}
	}
	if s := MaterialConflict.String(); s != "material conflict" {
		t.Errorf("String = %q", s)
	}
}

func TestGoldsteinComplete(t *testing.T) {
	for _, c := range Codes() {
		if c.Goldstein < -10 || c.Goldstein > 10 {
			t.Errorf("%s: Goldstein %v out of range", c.Code, c.Goldstein)
		}
		if c.Quad <= 2 && c.Goldstein < -0.5 && c.Root != "02" {
			t.Errorf("%s: cooperative code with Goldstein %v", c.Code, c.Goldstein)
		}
		if c.Quad == MaterialConflict && c.Goldstein > 0 {
			t.Errorf("%s: material conflict with Goldstein %v", c.Code, c.Goldstein)
		}
	}
	// Every row of goldstein.tsv is a known code.
	var errs ErrorList
	rows, err := readTSV("data/goldstein.tsv", 2, &errs)
	if err != nil || errs.Err() != nil {
		t.Fatal(err, errs.Err())
	}
	for _, r := range rows {
		if _, ok := Lookup(r.f[0]); !ok {
			t.Errorf("goldstein.tsv:%d: unknown code %s", r.line, r.f[0])
		}
	}
}

func TestParent(t *testing.T) {
	for _, tc := range []struct{ in, parent, root string }{
		{"0311", "031", "03"}, {"031", "03", "03"}, {"03", "", "03"}, {"1951", "195", "19"},
		{"", "", ""}, {"x", "", ""}, {"99", "", ""}, {"03a", "", ""},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if p := Parent(tc.in); p != tc.parent {
				t.Errorf("Parent = %q, want %q", p, tc.parent)
			}
			if r := RootOf(tc.in); r != tc.root {
				t.Errorf("RootOf = %q, want %q", r, tc.root)
			}
		})
	}
}

func TestParseCodefileShared(t *testing.T) {
	f, err := os.Open(testshared.Path(t, codefilePath))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	codes, err := ParseCodefile("CAMEO_codefile.txt", f)
	if err != nil {
		t.Fatal(err)
	}
	if len(codes) != 315 {
		t.Errorf("have %d codes, want 315", len(codes))
	}
	byCode := map[string]CodeName{}
	for _, c := range codes {
		byCode[c.Code] = c
	}
	if c := byCode["0811"]; c.ICEWSName != "Ease restrictions on political freedoms" {
		t.Errorf("0811 ICEWS name %q", c.ICEWSName)
	}
	if c := byCode["018"]; c.Name != "Make empathetic comment" {
		t.Errorf("018 name %q: the last LABEL should win", c.Name)
	}
}

func TestParseCodefileErrors(t *testing.T) {
	in := strings.Join([]string{
		"//01: MAKE PUBLIC STATEMENT",
		"LABEL: 010= Make statement",
		"LABEL 011 Decline comment", // 3: no ':'
		"LABEL: 999= Nothing",       // 4: bad code
		"LABEL: 012",                // 5: no name
		"garbage",                   // 6
		"LABELi: 13y= Ignored",
		"LABEL: 013= Make optimistic comment",
		"~~~~~",
		"garbage after the end",
	}, "\n")
	codes, err := ParseCodefile("bad.txt", strings.NewReader(in))
	var el ErrorList
	if !errors.As(err, &el) {
		t.Fatalf("err = %v, want an ErrorList", err)
	}
	var lines []int
	for _, e := range el {
		lines = append(lines, e.Line)
		if e.File != "bad.txt" {
			t.Errorf("file %q", e.File)
		}
	}
	if want := []int{3, 4, 5, 6}; !equalInts(lines, want) {
		t.Errorf("error lines %v, want %v (%v)", lines, want, err)
	}
	if len(codes) != 3 {
		t.Errorf("have %d codes, want 3 (01, 010, 013)", len(codes))
	}
	if !strings.HasPrefix(el[0].Error(), "event: bad.txt:3: ") {
		t.Errorf("error text %q", el[0].Error())
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func FuzzParseCodefile(f *testing.F) {
	f.Add("//01: MAKE\nLABEL: 010= Make statement\nLABELi: 0811i= x\n~~~~~\n")
	f.Add("LABEL: =\nLABEL:\n//\n")
	f.Fuzz(func(t *testing.T, s string) {
		codes, _ := ParseCodefile("fuzz", strings.NewReader(s))
		for _, c := range codes {
			if !IsCAMEO(c.Code) {
				t.Fatalf("returned non-code %q", c.Code)
			}
		}
	})
}

func BenchmarkLookup(b *testing.B) {
	Lookup("042")
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := Lookup("0311"); !ok {
			b.Fatal("missing")
		}
	}
}
