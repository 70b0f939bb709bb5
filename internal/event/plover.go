package event

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/vigie-events/vigie/internal/doc"
)

// Plover is the PLOVER reading of a CAMEO code: event type, mode and
// context, from the CAMEO→PLOVER table (PLOVER manual draft 0.8, 2021).
type Plover struct {
	Event   string // "CONSULT", "ASSAULT", …
	Mode    string // "visit", "firearms", … or ""
	Context string // "military", "crime; corruption", … or ""
	// CAMEO is the code of the table row used: the code asked for, or its
	// nearest ancestor when the table has no row for it.
	CAMEO string
	Label string // the CAMEO description the table gives for its row
}

// Contexts splits Context on ';' ("crime; corruption" → [crime corruption]).
func (p Plover) Contexts() []string {
	var out []string
	for c := range strings.SplitSeq(p.Context, ";") {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}

type ploverTable struct {
	rows map[string][]Plover
	n    int
	err  error
}

var ploverOnce = sync.OnceValue(loadPlover)

// PLOVER returns the PLOVER event, mode and context of a CAMEO code. When
// the table has no row for the code it uses the nearest ancestor's
// ("1951" → "195"), and says so in Plover.CAMEO. Roots 01 (statements) and
// 02 (appeals) have no PLOVER reading: ok is false. Where the table gives a
// code several rows (root 08 is CONCEDE and RETREAT), PLOVER returns the
// first; see [PLOVERAll].
func PLOVER(cameo string) (Plover, bool) {
	rows := PLOVERAll(cameo)
	if len(rows) == 0 {
		return Plover{}, false
	}
	return rows[0], true
}

// PLOVERReading returns the PLOVER reading of an event: its code's row,
// read as the PLOVER manual reads modality. A cooperative act (CAMEO 03 to
// 08) in the future is an intention, AGREE ("all cooperative actions
// reported in future tense are also taken to imply intentions"); refused
// or negated, it is REJECT. A coercive or violent act (11 to 20) in the
// future is THREATEN. An act a clause demands ("X must…") is REQUEST.
// Other negated events have no reading.
func PLOVERReading(cameo string, mod doc.Modality, stance string) (Plover, bool) {
	p, ok := PLOVER(cameo)
	if !ok {
		return p, false
	}
	root := RootOf(cameo)
	coop := root >= "03" && root <= "08"
	conflict := root >= "11" && root <= "20"
	switch {
	case stance == StanceDemanded && (coop || conflict):
		p.Event, p.Mode = "REQUEST", ""
	case stance == StanceRefused && root == "12":
		// The coder already made the refused act a rejection
		// ("failed to reach agreement" 120): its own row.
	case mod == doc.Negated || stance == StanceRefused:
		if !coop {
			return Plover{}, false
		}
		p.Event, p.Mode = "REJECT", ""
	case mod == doc.Future && coop:
		p.Event, p.Mode = "AGREE", ""
	case mod == doc.Future && conflict:
		p.Event, p.Mode = "THREATEN", ""
	}
	return p, true
}

// RejectionOf returns the CAMEO code of refusing the cooperative act
// code names (root 12, "reject"), or "" when code is not cooperative:
// "refuse to meet" (04) is 125, "refuse to release" (084) 1243, "refuse
// military aid" (072) 1222.
func RejectionOf(code string) string {
	sub := func(base string, d byte, n byte) string {
		if d >= '1' && d <= '0'+n {
			return base + string(d)
		}
		return base
	}
	var d2, d3 byte
	if len(code) > 2 {
		d2 = code[2]
	}
	if len(code) > 3 {
		d3 = code[3]
	}
	switch RootOf(code) {
	case "03", "05":
		return "120"
	case "04":
		return "125"
	case "06":
		return sub("121", d2, 2) // material cooperation: 1211 economic, 1212 military
	case "07":
		return sub("122", d2, 4) // aid: 1221 economic … 1224 military protection
	case "08":
		switch d2 {
		case '1':
			return "1241"
		case '2':
			return "1242"
		case '3':
			return sub("123", d3, 4) // political reform: 1231 … 1234
		case '4':
			return "1243"
		case '5':
			return "1244"
		case '6':
			return "1245"
		case '7':
			return "1246"
		}
		return "124"
	}
	return ""
}

// PLOVERAll returns every PLOVER row for a CAMEO code or, when there is
// none, for its nearest ancestor that has rows.
func PLOVERAll(cameo string) []Plover {
	t := ploverOnce()
	for c := strings.TrimSpace(cameo); c != ""; c = Parent(c) {
		if rows := t.rows[c]; len(rows) > 0 {
			return rows
		}
	}
	return nil
}

func loadPlover() *ploverTable {
	t := &ploverTable{rows: map[string][]Plover{}}
	var errs ErrorList
	rows, err := readTSV("data/plover.tsv", 4, &errs)
	if err != nil {
		t.err = err
		return t
	}
	for _, r := range rows {
		p := Plover{CAMEO: r.f[0], Event: r.f[1], Mode: r.f[2], Context: r.f[3]}
		if len(r.f) > 4 {
			p.Label = r.f[4]
		}
		if !codeShape(p.CAMEO) || p.Event == "" {
			errs.Add("data/plover.tsv", r.line, "bad row")
			continue
		}
		t.rows[p.CAMEO] = append(t.rows[p.CAMEO], p)
		t.n++
	}
	t.err = errs.Err()
	return t
}

// ParseCAMEO2PLOVER reads the CAMEO→PLOVER conversion table of the PLOVER
// repository (CAMEO2PLOVER-2021.txt):
//
//	# comment
//	03: AGREE                                  a root and its event
//	042: CONSULT, visit,   # Make a visit      code: event, mode, context # label
//	091: ACCUSE, investigate, crime; corruption # Investigate crime, corruption
//	~~~~~                                      end of the table
//
// Empty modes and contexts are "". Identical rows given twice (175) are
// kept once; a code with different rows (root 08) keeps them all, in file
// order.
func ParseCAMEO2PLOVER(name string, r io.Reader) ([]Plover, error) {
	var errs ErrorList
	var out []Plover
	seen := map[Plover]bool{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		if strings.HasPrefix(line, "~~~") {
			break
		}
		body, label, _ := strings.Cut(line, "#")
		code, rest, ok := strings.Cut(body, ":")
		code = strings.TrimSpace(code)
		if !ok || !codeShape(code) {
			errs.Add(name, n, "want CODE: EVENT, MODE, CONTEXT")
			continue
		}
		fs := strings.Split(rest, ",")
		if len(fs) > 3 {
			errs.Add(name, n, "want at most 3 comma-separated fields, have %d", len(fs))
			continue
		}
		for len(fs) < 3 {
			fs = append(fs, "")
		}
		p := Plover{
			CAMEO:   code,
			Event:   strings.TrimSpace(fs[0]),
			Mode:    strings.TrimSpace(fs[1]),
			Context: normContext(fs[2]),
			Label:   strings.TrimSpace(label),
		}
		if p.Event == "" || strings.ContainsAny(p.Event, " \t") {
			errs.Add(name, n, "bad PLOVER event %q", p.Event)
			continue
		}
		key := p
		key.Label = ""
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, p)
	}
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("event: read %s: %w", name, err)
	}
	return out, errs.Err()
}

// normContext trims a context field and writes several contexts as
// "a; b".
func normContext(s string) string {
	var parts []string
	for c := range strings.SplitSeq(s, ";") {
		if c = strings.TrimSpace(c); c != "" {
			parts = append(parts, c)
		}
	}
	return strings.Join(parts, "; ")
}
