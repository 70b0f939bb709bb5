package actor

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
)

// vigie's own dictionary format: reviewable text, one entry per line.
//
//	# comment (also after " #" at the end of a line)
//	@kind country          # kind of the entries that follow: actor, country,
//	                       # demonym, region, role, org, person
//	MAR | fr | Maroc; royaume du Maroc
//	USAMIL | * | Pentagone; Pentagon | name=Pentagon
//	~GOVMIL | fr | ministre de la Défense; ministres de la Défense
//	USAGOVMIL 2019-07-22..2020-11-09 | * | Mark Esper; Mark T. Esper | qid=Q33190271; office=Secretary of Defense; rank=2
//
// Fields are separated by '|':
//  1. codes: a CAMEO code, optionally with days FROM..TO (YYYY, YYYY-MM or
//     YYYY-MM-DD; either end may be empty); several codes separated by ','
//     are tried in order like PETRARCH's date restrictions. Role entries
//     hold agent codes: ~GOV (added after a country), IGO~ (before).
//  2. language: fr, en, or * for any.
//  3. forms, separated by ';': words as written in text. Case is ignored,
//     accents folded, ’ and ' are the same, hyphens and apostrophes separate
//     words. A form written all in capitals (AFP, ONU, U.S.) only matches
//     words written in capitals.
//  4. optional attributes key=value separated by ';': name (canonical
//     name), qid (Wikidata id), office (for persons: the office giving the
//     code on this line), rank (1 head of state or government, 2 minister,
//     3 other), head=yes (a role that takes the code of what it heads:
//     "chef du Pentagone" is coded as the Pentagon).

// ParseVigie reads a vigie dictionary. Malformed lines are reported in the
// ErrorList and skipped.
func ParseVigie(file string, r io.Reader) ([]*Entry, ErrorList) {
	var errs ErrorList
	var out []*Entry
	br := bufio.NewReaderSize(r, 64<<10)
	kind := KindActor
	num := 0
	for {
		raw, err := br.ReadString('\n')
		if len(raw) == 0 && err != nil {
			if !errors.Is(err, io.EOF) {
				errs.Add(file, num+1, "read error: %v", err)
			}
			break
		}
		num++
		if len(raw) > maxLine {
			errs.Add(file, num, "line longer than %d bytes", maxLine)
			continue
		}
		line := strings.ToValidUTF8(strings.TrimRight(raw, "\r\n"), "\uFFFD")
		// A stray carriage return, tab, form feed or other space or
		// control character inside a line is a space, as the writer makes
		// it: a form never holds one.
		line = strings.Map(func(r rune) rune {
			if r != ' ' && (unicode.IsSpace(r) || unicode.IsControl(r)) {
				return ' '
			}
			return r
		}, line)
		line = stripComment(line)
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if strings.HasPrefix(line, "@kind") {
			k, ok := parseKind(strings.TrimSpace(line[len("@kind"):]))
			if !ok {
				errs.Add(file, num, "unknown kind %q", strings.TrimSpace(line[len("@kind"):]))
				continue
			}
			kind = k
			continue
		}
		if line[0] == '@' {
			errs.Add(file, num, "unknown directive %q", line)
			continue
		}
		e, msg := parseVigieLine(line, kind)
		if msg != "" {
			errs.Add(file, num, "%s", msg)
			continue
		}
		e.Source, e.Line = file, num
		for i := range e.Codes {
			e.Codes[i].Line = num
		}
		out = append(out, e)
	}
	return out, errs
}

func parseVigieLine(line string, kind Kind) (*Entry, string) {
	fields := strings.Split(line, "|")
	if len(fields) < 3 || len(fields) > 4 {
		return nil, fmt.Sprintf("want 3 or 4 fields separated by '|', got %d", len(fields))
	}
	for i := range fields {
		fields[i] = strings.TrimSpace(fields[i])
	}
	e := &Entry{Kind: kind}
	for _, c := range strings.Split(fields[0], ",") {
		dc, msg := parseVigieCode(strings.TrimSpace(c))
		if msg != "" {
			return nil, msg
		}
		e.Codes = append(e.Codes, dc)
	}
	isAgent := strings.Contains(e.Codes[0].Code, "~")
	if kind == KindRole && !isAgent {
		return nil, fmt.Sprintf("role code %q needs '~' (~GOV or IGO~)", e.Codes[0].Code)
	}
	if kind != KindRole && isAgent {
		return nil, fmt.Sprintf("agent code %q outside @kind role", e.Codes[0].Code)
	}
	switch fields[1] {
	case "fr", "en":
		e.Lang = fields[1]
	case "*":
	default:
		return nil, fmt.Sprintf("language %q is not fr, en or *", fields[1])
	}
	for f := range strings.SplitSeq(fields[2], ";") {
		f = strings.TrimSpace(f)
		if oddSpaces(f) {
			f = strings.Join(strings.Fields(f), " ")
		}
		if f == "" {
			continue
		}
		if !hasWord(f) {
			return nil, fmt.Sprintf("form %q has no word", f)
		}
		e.Forms = append(e.Forms, Form{Text: f, Caps: allCaps(f)})
	}
	if len(e.Forms) == 0 {
		return nil, "no form"
	}
	if len(fields) == 4 && fields[3] != "" {
		for _, kv := range strings.Split(fields[3], ";") {
			kv = strings.TrimSpace(kv)
			if kv == "" {
				continue
			}
			k, v, ok := strings.Cut(kv, "=")
			if !ok {
				return nil, fmt.Sprintf("attribute %q is not key=value", kv)
			}
			k, v = strings.TrimSpace(k), strings.TrimSpace(v)
			switch k {
			case "name":
				e.Name = v
			case "qid":
				if len(v) < 2 || v[0] != 'Q' || strings.Trim(v[1:], "0123456789") != "" {
					return nil, fmt.Sprintf("qid %q is not a Wikidata id", v)
				}
				e.QID = v
			case "office":
				for i := range e.Codes {
					e.Codes[i].Office = v
				}
			case "head":
				if v != "yes" {
					return nil, fmt.Sprintf("head=%q: only head=yes is allowed", v)
				}
				e.Head = true
			case "rank":
				n, err := strconv.Atoi(v)
				if err != nil || n < 0 || n > 9 {
					return nil, fmt.Sprintf("rank %q is not 0-9", v)
				}
				for i := range e.Codes {
					e.Codes[i].Rank = n
				}
			default:
				return nil, fmt.Sprintf("unknown attribute %q", k)
			}
		}
	}
	if e.Name == "" {
		e.Name = e.Forms[0].Text
	}
	return e, ""
}

// parseVigieCode reads "CODE" or "CODE FROM..TO".
func parseVigieCode(s string) (DatedCode, string) {
	code, dates, _ := strings.Cut(s, " ")
	code = strings.TrimSpace(code)
	if code == "" || !validCode(code) || code != strings.ToUpper(code) {
		return DatedCode{}, fmt.Sprintf("code %q is not a CAMEO code (capital letters and digits, ~ for agents)", code)
	}
	c := DatedCode{Code: code}
	dates = strings.TrimSpace(dates)
	if dates == "" {
		return c, ""
	}
	a, b, ok := strings.Cut(dates, "..")
	if !ok {
		return DatedCode{}, fmt.Sprintf("dates %q are not FROM..TO", dates)
	}
	var err error
	if a != "" {
		if c.From, err = parseISODate(a, true); err != nil {
			return DatedCode{}, err.Error()
		}
	}
	if b != "" {
		if c.To, err = parseISODate(b, false); err != nil {
			return DatedCode{}, err.Error()
		}
	}
	if c.From == 0 && c.To == 0 {
		return DatedCode{}, fmt.Sprintf("dates %q have no bound", dates)
	}
	if c.To != 0 && c.To < c.From {
		return DatedCode{}, fmt.Sprintf("dates %q end before they start", dates)
	}
	return c, ""
}

// stripComment removes a comment: '#' at the start of a field or after a
// space or tab ("C#" is a word, "C #" is not).
func stripComment(line string) string {
	for i := 1; i < len(line); i++ {
		if line[i] == '#' && strings.IndexByte(" \t|;", line[i-1]) >= 0 {
			return line[:i]
		}
	}
	return line
}

// oddSpaces reports whether s has spaces other than single ' '.
func oddSpaces(s string) bool {
	prev := rune(0)
	for _, r := range s {
		if r == ' ' && prev == ' ' || r != ' ' && unicode.IsSpace(r) {
			return true
		}
		prev = r
	}
	return false
}

// hasWord reports whether s has a letter or digit, that is a word.
func hasWord(s string) bool {
	for _, r := range s {
		if isWordRune(r) {
			return true
		}
	}
	return false
}

// allCaps reports whether a form is written all in capitals (at least two
// letters, no lower-case letter).
func allCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= 'à' && r <= 'ÿ' {
			return false
		}
		if r >= 'A' && r <= 'Z' || r >= 'À' && r <= 'Þ' {
			letters++
		}
	}
	return letters >= 2
}

// WriteVigie writes entries in vigie's format, one line per entry, with an
// @kind line whenever the kind changes. Reading the output back gives the
// same entries (forms, codes, dates, attributes).
func WriteVigie(w io.Writer, entries []*Entry) error {
	bw := bufio.NewWriter(w)
	kind := Kind(255)
	for _, e := range entries {
		if len(e.Forms) == 0 || len(e.Codes) == 0 {
			continue
		}
		if e.Kind != kind {
			kind = e.Kind
			fmt.Fprintf(bw, "@kind %s\n", kind)
		}
		bw.WriteString(FormatLine(e))
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("actor: write dictionary: %w", err)
	}
	return nil
}

// FormatLine writes one entry as a vigie dictionary line (without @kind).
// Codes on one line share their office and rank attributes, so an entry
// whose codes differ in office is written with the first one's.
func FormatLine(e *Entry) string {
	var b strings.Builder
	for i, c := range e.Codes {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(c.Code)
		if c.dated() {
			b.WriteByte(' ')
			b.WriteString(c.From.String())
			b.WriteString("..")
			b.WriteString(c.To.String())
		}
	}
	b.WriteString(" | ")
	if e.Lang == "" {
		b.WriteString("*")
	} else {
		b.WriteString(e.Lang)
	}
	b.WriteString(" | ")
	for i, f := range e.Forms {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(cleanField(f.Text))
	}
	var attrs []string
	if e.Name != "" && e.Name != e.Forms[0].Text {
		attrs = append(attrs, "name="+cleanField(e.Name))
	}
	if e.QID != "" {
		attrs = append(attrs, "qid="+e.QID)
	}
	if e.Head {
		attrs = append(attrs, "head=yes")
	}
	if len(e.Codes) > 0 {
		if o := e.Codes[0].Office; o != "" {
			attrs = append(attrs, "office="+cleanField(o))
		}
		if r := e.Codes[0].Rank; r != 0 {
			attrs = append(attrs, "rank="+strconv.Itoa(r))
		}
	}
	if len(attrs) > 0 {
		b.WriteString(" | ")
		b.WriteString(strings.Join(attrs, "; "))
	}
	return b.String()
}

// cleanField removes the characters that delimit fields and comments.
func cleanField(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '|', ';', '\n', '\r', '\t':
			return ' '
		}
		return r
	}, s)
	s = strings.ReplaceAll(s, " #", " ")
	return strings.Join(strings.Fields(s), " ")
}
