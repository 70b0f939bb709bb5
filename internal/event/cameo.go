package event

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/*.tsv
var dataFS embed.FS

// Quad is the CAMEO quad class of an event, from its root code.
type Quad int8

// The four quad classes, numbered as in GDELT and Phoenix.
const (
	VerbalCoop       Quad = 1 // roots 01–05
	MaterialCoop     Quad = 2 // roots 06–08
	VerbalConflict   Quad = 3 // roots 09–13
	MaterialConflict Quad = 4 // roots 14–20
)

var quadNames = [...]string{"", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"}

func (q Quad) String() string {
	if q < 1 || int(q) >= len(quadNames) {
		return "unknown"
	}
	return quadNames[q]
}

// Code is one CAMEO event code with its published attributes.
type Code struct {
	Code      string  // "0311"; a root is two digits ("03")
	Name      string  // CAMEO 0.7b5 label; roots are upper case ("EXPRESS INTENT TO COOPERATE")
	Root      string  // "03"
	Quad      Quad    // from the root
	Goldstein float64 // Goldstein (1992) conflict-cooperation weight, -10…+10
	// ICEWSName is the label the ICEWS modifications (2014) give the code,
	// where it differs; empty otherwise.
	ICEWSName string
	// GoldsteinInherited is true when the published scale has no value for
	// this code and the value is its parent's (see data/goldstein.tsv).
	GoldsteinInherited bool
}

// IsRoot reports whether c is a root category (two digits).
func (c Code) IsRoot() bool { return len(c.Code) == 2 }

// RootOf returns the two-digit root of a CAMEO code ("0311" → "03"), or ""
// when code is not shaped like one.
func RootOf(code string) string {
	if !codeShape(code) {
		return ""
	}
	return code[:2]
}

// Parent returns the code one level up: "0311" → "031", "031" → "03",
// "03" → "". It returns "" for a string not shaped like a code.
func Parent(code string) string {
	if !codeShape(code) {
		return ""
	}
	switch len(code) {
	case 4:
		return code[:3]
	case 3:
		return code[:2]
	}
	return ""
}

// QuadOf returns the quad class of a root code ("01"…"20"), or 0.
func QuadOf(root string) Quad {
	n, err := strconv.Atoi(root)
	if err != nil || len(root) != 2 {
		return 0
	}
	switch {
	case n >= 1 && n <= 5:
		return VerbalCoop
	case n >= 6 && n <= 8:
		return MaterialCoop
	case n >= 9 && n <= 13:
		return VerbalConflict
	case n >= 14 && n <= 20:
		return MaterialConflict
	}
	return 0
}

// codeShape reports whether s is 2–4 ASCII digits with a root in 01–20.
func codeShape(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return QuadOf(s[:2]) != 0
}

// IsCAMEO reports whether s is shaped like a CAMEO event code (2–4 digits,
// root 01–20). It does not check that the code exists: see [Lookup].
func IsCAMEO(s string) bool { return codeShape(s) }

type cameoTable struct {
	byCode map[string]Code
	codes  []Code // sorted by code
	err    error
}

var cameoOnce = sync.OnceValue(loadCAMEO)

// Lookup returns the CAMEO code c ("0311", "042", or a root "19").
func Lookup(c string) (Code, bool) {
	t := cameoOnce()
	code, ok := t.byCode[strings.TrimSpace(c)]
	return code, ok
}

// Codes returns every CAMEO code, roots included, sorted by code.
func Codes() []Code { return slices.Clone(cameoOnce().codes) }

// tablesErr reports a problem with the embedded tables (tests only: the
// tables are generated and checked in).
func tablesErr() error { return cameoOnce().err }

func loadCAMEO() *cameoTable {
	t := &cameoTable{byCode: map[string]Code{}}
	var errs ErrorList
	names, err := readTSV("data/cameo.tsv", 2, &errs)
	if err != nil {
		t.err = err
		return t
	}
	gold, err := readTSV("data/goldstein.tsv", 2, &errs)
	if err != nil {
		t.err = err
		return t
	}
	type gv struct {
		v         float64
		inherited bool
	}
	gs := map[string]gv{}
	for _, r := range gold {
		v, err := strconv.ParseFloat(r.f[1], 64)
		if err != nil || v < -10 || v > 10 {
			errs.Add("data/goldstein.tsv", r.line, "bad Goldstein value %q", r.f[1])
			continue
		}
		gs[r.f[0]] = gv{v, len(r.f) > 2 && r.f[2] == "parent"}
	}
	for _, r := range names {
		c := Code{Code: r.f[0], Name: r.f[1], Root: RootOf(r.f[0])}
		if c.Root == "" {
			errs.Add("data/cameo.tsv", r.line, "bad CAMEO code %q", r.f[0])
			continue
		}
		if len(r.f) > 2 {
			c.ICEWSName = r.f[2]
		}
		c.Quad = QuadOf(c.Root)
		g, ok := gs[c.Code]
		if !ok {
			errs.Add("data/goldstein.tsv", 0, "no Goldstein value for %s", c.Code)
		}
		c.Goldstein, c.GoldsteinInherited = g.v, g.inherited
		t.byCode[c.Code] = c
		t.codes = append(t.codes, c)
	}
	slices.SortFunc(t.codes, func(a, b Code) int { return strings.Compare(a.Code, b.Code) })
	t.err = errs.Err()
	return t
}

type tsvRow struct {
	line int
	f    []string
}

// readTSV reads an embedded tab-separated table; '#' starts a comment line.
func readTSV(name string, minFields int, errs *ErrorList) ([]tsvRow, error) {
	f, err := dataFS.Open(name)
	if err != nil {
		return nil, fmt.Errorf("event: open table: %w", err)
	}
	defer f.Close()
	var rows []tsvRow
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		fs := strings.Split(line, "\t")
		if len(fs) < minFields {
			errs.Add(name, n, "want %d tab-separated fields, have %d", minFields, len(fs))
			continue
		}
		rows = append(rows, tsvRow{n, fs})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("event: read %s: %w", name, err)
	}
	return rows, nil
}

// CodeName is one entry of a CAMEO code list as read by [ParseCodefile].
type CodeName struct {
	Code      string
	Name      string
	ICEWSName string // from LABELi lines, where it differs from Name
}

// ParseCodefile reads a CAMEO code list in the format of text_to_CAMEO's
// CAMEO_codefile.txt:
//
//	//03= EXPRESS INTENT TO COOPERATE      root name (':' or '=')
//	LABEL: 0311= Express intent to cooperate economically
//	LABELi: 034= Express intent to institute political reform   (ICEWS label)
//	~~~~~                                  end of the list
//
// When a code has several LABEL lines the last wins (the file corrects
// typos that way). A LABELi code may carry a trailing 'i' ("0811i");
// LABELi lines whose code is not a CAMEO code ("13y") are skipped. Roots
// are returned first, then codes in file order.
func ParseCodefile(name string, r io.Reader) ([]CodeName, error) {
	var errs ErrorList
	idx := map[string]int{}
	var out []CodeName
	set := func(code string) *CodeName {
		if i, ok := idx[code]; ok {
			return &out[i]
		}
		idx[code] = len(out)
		out = append(out, CodeName{Code: code})
		return &out[len(out)-1]
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "":
			continue
		case strings.HasPrefix(line, "~~~"):
			goto done
		case strings.HasPrefix(line, "//"):
			body := strings.TrimSpace(line[2:])
			if len(body) < 3 || !codeShape(body[:2]) || (body[2] != ':' && body[2] != '=') {
				continue // a plain comment
			}
			set(body[:2]).Name = strings.TrimSpace(body[3:])
		case strings.HasPrefix(strings.ToUpper(line), "LABEL"):
			kind, rest, ok := strings.Cut(line, ":")
			if !ok {
				errs.Add(name, n, "LABEL line without ':'")
				continue
			}
			code, label, ok := strings.Cut(rest, "=")
			code, label = strings.TrimSpace(code), strings.TrimSpace(label)
			if !ok || label == "" {
				errs.Add(name, n, "LABEL line without '= name'")
				continue
			}
			icews := strings.EqualFold(kind, "LABELi")
			if !icews && kind != "LABEL" {
				errs.Add(name, n, "unknown line kind %q", kind)
				continue
			}
			if base, ok := strings.CutSuffix(code, "i"); ok && codeShape(base) {
				code, icews = base, true
			}
			if !codeShape(code) {
				if icews {
					continue // ICEWS-only pseudo code such as "13y"
				}
				errs.Add(name, n, "bad CAMEO code %q", code)
				continue
			}
			c := set(code)
			if icews {
				c.ICEWSName = label
			} else {
				c.Name = label
			}
		default:
			errs.Add(name, n, "unrecognised line")
		}
	}
done:
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("event: read %s: %w", name, err)
	}
	for i := range out {
		if out[i].ICEWSName == out[i].Name {
			out[i].ICEWSName = ""
		}
	}
	for _, c := range out {
		if c.Name == "" {
			errs.Add(name, 0, "code %s has only an ICEWS label", c.Code)
		}
	}
	slices.SortStableFunc(out, func(a, b CodeName) int {
		if (len(a.Code) == 2) != (len(b.Code) == 2) {
			if len(a.Code) == 2 {
				return -1
			}
			return 1
		}
		return 0
	})
	return out, errs.Err()
}
