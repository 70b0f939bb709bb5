package actor

import (
	"bytes"
	"io/fs"
	"reflect"
	"strings"
	"testing"

	actordict "github.com/vigie-events/vigie/dict/actors"
)

func TestParseVigie(t *testing.T) {
	src := `# header
@kind org
USAMIL | * | Pentagone; Pentagon | name=Pentagon
@kind role
~GOVMIL | fr | ministre de la Défense
@kind person
USAGOVMIL 2019-07-22..2020-11-09, USAELI 2020-11-10.. | * | Mark Esper | qid=Q33190271; office=Secretary of Defense; rank=2
USA | xx | Somewhere                # 8: bad language
USA | en                            # 9: too few fields
usa | en | lower-case code           # 10
~GOV | en | agent outside roles      # 11
USAGOV 2020-13-01.. | en | bad month # 12
USAGOV 2020..2019 | en | backwards  # 13
@kind nonsense                      # 14
USA | en | X | colour=blue           # 15
USA | en | X | qid=42               # 16
`
	es, errs := ParseVigie("t.txt", strings.NewReader(src))
	errs.Sort()
	wantLines := []int{8, 9, 10, 11, 12, 13, 14, 15, 16}
	if len(errs) != len(wantLines) {
		t.Fatalf("got %d errors, want %d:\n%s", len(errs), len(wantLines), errList(errs))
	}
	for i, l := range wantLines {
		if errs[i].Line != l || errs[i].File != "t.txt" {
			t.Errorf("error %d at %s:%d, want t.txt:%d (%v)", i, errs[i].File, errs[i].Line, l, errs[i])
		}
	}
	if len(es) != 3 {
		t.Fatalf("got %d entries, want 3", len(es))
	}
	p := es[2]
	if p.Kind != KindPerson || p.QID != "Q33190271" || len(p.Codes) != 2 || p.Codes[0].Office != "Secretary of Defense" || p.Codes[0].Rank != 2 {
		t.Errorf("person entry = %+v", p)
	}
	if p.Codes[0].From != DateOf(2019, 7, 22) || p.Codes[1].To != 0 {
		t.Errorf("dates = %+v", p.Codes)
	}
	if es[0].Name != "Pentagon" || es[0].Forms[1].Text != "Pentagon" {
		t.Errorf("org entry = %+v", es[0])
	}
}

// TestEmbeddedDictionaries checks that every file vigie ships parses
// without error.
func TestEmbeddedDictionaries(t *testing.T) {
	names, _ := fs.Glob(actordict.FS, "*.txt")
	if len(names) < 5 {
		t.Fatalf("only %d dictionaries embedded", len(names))
	}
	k, err := Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	entries, forms := k.Entries()
	if entries < 10000 || forms < 20000 {
		t.Errorf("only %d entries, %d forms", entries, forms)
	}
}

func TestWriteVigieRoundTrip(t *testing.T) {
	src := `@kind country
MAR | fr | Maroc; royaume du Maroc
@kind role
~GOV | * | chef; head | head=yes
@kind person
MARGOV 1999-07-23.. | * | Mohammed VI | qid=Q57553; office=King; rank=1
`
	a, errs := ParseVigie("a", strings.NewReader(src))
	if errs.Err() != nil {
		t.Fatal(errs)
	}
	var buf bytes.Buffer
	if err := WriteVigie(&buf, a); err != nil {
		t.Fatal(err)
	}
	b, errs := ParseVigie("b", &buf)
	if errs.Err() != nil {
		t.Fatal(errs)
	}
	if !sameEntries(a, b) {
		t.Errorf("round trip changed entries:\n%s", buf.String())
	}
}

func sameEntries(a, b []*Entry) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := *a[i], *b[i]
		x.Source, y.Source, x.Line, y.Line = "", "", 0, 0
		for j := range x.Codes {
			x.Codes[j].Line = 0
		}
		for j := range y.Codes {
			y.Codes[j].Line = 0
		}
		if !reflect.DeepEqual(x, y) {
			return false
		}
	}
	return true
}

// FuzzParseVigie checks that parsing never panics and that what parses
// survives a write and a second parse unchanged.
func FuzzParseVigie(f *testing.F) {
	for _, s := range []string{
		"@kind org\nUSAMIL | * | Pentagone | name=Pentagon\n",
		"@kind person\nX 2019..2020-02 | fr | A b; C | qid=Q1; rank=2; office=o\n",
		"@kind role\n~GOV | en | head | head=yes\n",
		"A | * | |", "| | |", "@kind", "A 2020-02-30.. | * | x",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, _ := ParseVigie("a", strings.NewReader(s))
		var buf bytes.Buffer
		if err := WriteVigie(&buf, a); err != nil {
			t.Fatal(err)
		}
		b, errs := ParseVigie("b", bytes.NewReader(buf.Bytes()))
		if errs.Err() != nil {
			t.Fatalf("written dictionary does not parse: %v\n%s", errs, buf.String())
		}
		// Office and rank are per line: compare entries whose codes share them.
		if !sameEntries(a, b) {
			t.Fatalf("round trip changed entries:\n%q\n%s", s, buf.String())
		}
	})
}
