package actor

import (
	"bufio"
	"errors"
	"io"
	"strings"
)

// This file reads PETRARCH/TABARI actor and agent dictionaries
// (Phoenix.*.actors.txt, Phoenix.agents.txt, PETR.Validate.*), so that
// users can bring the dictionaries they already have.
//
// Actor dictionaries hold blocks:
//
//	PRIMARY_PHRASE_  [CODE]        # a phrase and its default code
//	+SYNONYM_PHRASE                # more phrases for the same actor
//	OTHER_PHRASE                   # a phrase with no code of its own shares
//	                               # the block's codes, as in PETRARCH
//		[CODE <YYMMDD]             # code before (and on) a date
//		[CODE >YYYYMMDD]           # code after (and on) a date
//		[CODE YYMMDD-YYMMDD]       # code between two dates
//
// Several code blocks may share one line. The first dated code whose dates
// hold wins, else the default. Words are joined by '_' or ' '; vigie
// matches both as consecutive words (PETRARCH lets ' ' skip words). A final
// '_' (TABARI's "no stemming") is ignored: vigie matches whole words.
//
// Agent dictionaries hold one phrase per line:
//
//	!MINIST! = MINISTER, MINISTERS, MINISTRY   # substitution set
//	MINISTER_OF_DEFENSE [~GOVMIL]              # ~ before: added after the actor code
//	PEACEKEEPING_TROOPS {} [IGO~]              # ~ after: added before; {} no plural
//	ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV] # explicit plural
//	!MINIST!_OF_DEFENCE [~GOVMIL]              # one entry per member of the set
//
// Regular plurals (+S, Y→IES, S→ES) are generated unless {} gives them.
//
// Comments: lines starting with '#' or '<', <!-- ... --> (also over several
// lines), and anything after '#' or ';'. "---STOP---" ends a file.

// maxLine bounds a dictionary line; longer lines are reported and skipped.
const maxLine = 1 << 16

// lineReader yields the content lines of a PETRARCH file with their
// numbers, comments removed.
type lineReader struct {
	r       *bufio.Reader
	n       int
	inXML   bool
	stopped bool
	err     error
}

// next returns the next line that has content after comments are removed,
// the raw line (for indentation) and its number; ok is false at the end.
func (lr *lineReader) next(errs *ErrorList, file string) (line string, num int, ok bool) {
	for !lr.stopped {
		raw, err := lr.r.ReadString('\n')
		if len(raw) == 0 && err != nil {
			if !errors.Is(err, io.EOF) {
				lr.err = err
			}
			return "", 0, false
		}
		lr.n++
		if len(raw) > maxLine {
			errs.Add(file, lr.n, "line longer than %d bytes", maxLine)
			continue
		}
		raw = strings.TrimRight(raw, "\r\n")
		raw = strings.ToValidUTF8(raw, "\uFFFD")
		if lr.inXML {
			i := strings.Index(raw, "-->")
			if i < 0 {
				continue
			}
			lr.inXML = false
			raw = raw[i+3:]
		}
		// remove <!-- ... --> comments, possibly opening a multi-line one
		for {
			i := strings.Index(raw, "<!--")
			if i < 0 {
				break
			}
			j := strings.Index(raw[i+4:], "-->")
			if j < 0 {
				raw = raw[:i]
				lr.inXML = true
				break
			}
			raw = raw[:i] + raw[i+4+j+3:]
		}
		trim := strings.TrimSpace(raw)
		if trim == "" || trim[0] == '#' || trim[0] == '<' {
			continue
		}
		if strings.Contains(trim, "---STOP---") {
			lr.stopped = true
			return "", 0, false
		}
		if i := strings.IndexAny(raw, "#;"); i >= 0 {
			raw = raw[:i]
		}
		if strings.TrimSpace(raw) == "" {
			continue
		}
		return strings.TrimRight(raw, " \t"), lr.n, true
	}
	return "", 0, false
}

// ParseActors reads a PETRARCH/TABARI actor dictionary. Malformed lines are
// reported in the ErrorList (file, line, reason) and skipped; the entries
// read from the rest are returned.
func ParseActors(file string, r io.Reader) ([]*Entry, ErrorList) {
	var errs ErrorList
	var out []*Entry
	lr := &lineReader{r: bufio.NewReaderSize(r, 64<<10)}
	var cur *Entry
	finish := func() {
		if cur == nil {
			return
		}
		if len(cur.Codes) == 0 {
			errs.Add(file, cur.Line, "actor %q has no code", cur.Name)
		} else if len(cur.Forms) > 0 {
			out = append(out, cur)
		}
		cur = nil
	}
	for {
		line, num, ok := lr.next(&errs, file)
		if !ok {
			break
		}
		indented := line[0] == ' ' || line[0] == '\t'
		trim := strings.TrimSpace(line)
		switch {
		case indented && trim[0] == '[':
			if cur == nil {
				errs.Add(file, num, "code block %s before any actor", trim)
				continue
			}
			codes, err := parseCodeBlocks(trim, num)
			if err != "" {
				errs.Add(file, num, "%s", err)
			}
			cur.Codes = append(cur.Codes, codes...)
		case trim[0] == '+':
			if cur == nil {
				errs.Add(file, num, "synonym %s before any actor", trim)
				continue
			}
			phrase, rest := splitCodes(trim)
			for _, syn := range strings.Split(phrase, "+") {
				if f, ok := petrarchForm(syn); ok {
					cur.Forms = append(cur.Forms, f)
				}
			}
			if rest != "" {
				codes, err := parseCodeBlocks(rest, num)
				if err != "" {
					errs.Add(file, num, "%s", err)
				}
				cur.Codes = append(cur.Codes, codes...)
			}
		case indented:
			errs.Add(file, num, "indented line %q is neither a code block nor a synonym", trim)
		default:
			phrase, rest := splitCodes(trim)
			f, ok := petrarchForm(phrase)
			if !ok {
				errs.Add(file, num, "actor line %q has no phrase", trim)
				continue
			}
			// PETRARCH lets consecutive phrases without codes share the
			// code lines that follow them.
			if rest == "" && cur != nil && len(cur.Codes) == 0 {
				cur.Forms = append(cur.Forms, f)
				continue
			}
			finish()
			cur = &Entry{Kind: KindActor, Name: f.Text, Forms: []Form{f}, Source: file, Line: num}
			if rest != "" {
				codes, err := parseCodeBlocks(rest, num)
				if err != "" {
					errs.Add(file, num, "%s", err)
				}
				cur.Codes = append(cur.Codes, codes...)
			}
		}
	}
	finish()
	if lr.err != nil {
		errs.Add(file, lr.n+1, "read error: %v", lr.err)
	}
	return out, errs
}

// splitCodes splits "PHRASE [CODE] [CODE2]" at the first '['.
func splitCodes(s string) (phrase, codes string) {
	i := strings.IndexByte(s, '[')
	if i < 0 {
		return strings.TrimSpace(s), ""
	}
	return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i:])
}

// petrarchForm turns a PETRARCH phrase (WORDS_JOINED_BY_UNDERSCORES_) into
// a Form. Single words of up to three letters (UN, AFP, DOD) only match
// capitals, since PETRARCH dictionaries are written in capitals anyway.
func petrarchForm(p string) (Form, bool) {
	p = strings.TrimSpace(strings.ReplaceAll(p, "_", " "))
	p = strings.Join(strings.Fields(p), " ")
	keys := normalize(p)
	if len(keys) == 0 {
		return Form{}, false
	}
	caps := len(keys) == 1 && len(keys[0]) <= 3
	return Form{Text: p, Caps: caps}, true
}

// parseCodeBlocks reads "[CODE]" "[CODE <date]" "[CODE >date]"
// "[CODE date-date]" blocks, one or more on a line. It returns the codes it
// could read and a message for the first bad block.
func parseCodeBlocks(s string, line int) ([]DatedCode, string) {
	var out []DatedCode
	bad := ""
	for {
		s = strings.TrimSpace(s)
		if s == "" {
			return out, bad
		}
		if s[0] != '[' {
			if bad == "" {
				bad = "unexpected text " + quote(s) + " after code block"
			}
			return out, bad
		}
		end := strings.IndexByte(s, ']')
		if end < 0 {
			if bad == "" {
				bad = "code block " + quote(s) + " has no closing ']'"
			}
			return out, bad
		}
		c, err := parseCodeBlock(s[1:end])
		if err != "" {
			if bad == "" {
				bad = err
			}
		} else {
			c.Line = line
			out = append(out, c)
		}
		s = s[end+1:]
	}
}

func quote(s string) string {
	if len(s) > 60 {
		s = s[:60] + "…"
	}
	return "\"" + s + "\""
}

// parseCodeBlock reads the inside of one [...] block.
func parseCodeBlock(s string) (DatedCode, string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return DatedCode{}, "empty code block []"
	}
	code, rest, _ := strings.Cut(s, " ")
	if i := strings.IndexAny(code, "<>"); i >= 0 { // [HOB<950601]
		rest = code[i:] + " " + rest
		code = code[:i]
	}
	rest = strings.TrimSpace(rest)
	code = strings.ToUpper(code)
	if !validCode(code) {
		return DatedCode{}, "code block [" + s + "] has no valid code"
	}
	if tail, ok := strings.CutPrefix(code, "KSV"); ok {
		code = "XKX" + tail // Kosovo as vigie's own dictionaries write it
	}
	c := DatedCode{Code: code}
	if rest == "" {
		return c, ""
	}
	switch rest[0] {
	case '<', '>':
		d, err := parsePetrarchDate(strings.TrimSpace(rest[1:]))
		if err != nil {
			return DatedCode{}, "code block [" + s + "]: " + err.Error()
		}
		if rest[0] == '<' {
			c.To = d
		} else {
			c.From = d
		}
	default:
		a, b, ok := strings.Cut(rest, "-")
		if !ok {
			return DatedCode{}, "code block [" + s + "]: restriction is not <date, >date or date-date"
		}
		from, err := parsePetrarchDate(strings.TrimSpace(a))
		if err != nil {
			return DatedCode{}, "code block [" + s + "]: " + err.Error()
		}
		to, err := parsePetrarchDate(strings.TrimSpace(b))
		if err != nil {
			return DatedCode{}, "code block [" + s + "]: " + err.Error()
		}
		if to < from {
			return DatedCode{}, "code block [" + s + "]: end date before start date"
		}
		c.From, c.To = from, to
	}
	return c, ""
}

// validCode accepts CAMEO-style codes: letters and digits (and '/' between
// alternatives, as in old TABARI files), with an optional leading or
// trailing '~' for agents, or a null code made of '-', '+' or '#'. At least
// one letter, or the null code.
func validCode(code string) bool {
	if code == "" || len(code) > 64 {
		return false
	}
	if strings.Trim(code, "-") == "" || strings.Trim(code, "+") == "" || strings.Trim(code, "#") == "" {
		return true
	}
	body := strings.TrimSuffix(strings.TrimPrefix(code, "~"), "~")
	letters := false
	for i := 0; i < len(body); i++ {
		c := body[i]
		switch {
		case 'A' <= c && c <= 'Z':
			letters = true
		case '0' <= c && c <= '9', c == '/':
		default:
			return false
		}
	}
	return letters
}

// isNullCode reports a PETRARCH null code ("---"): a known phrase that must
// not be coded.
func isNullCode(code string) bool {
	return code != "" && (strings.Trim(code, "-") == "" || strings.Trim(code, "+") == "" || strings.Trim(code, "#") == "")
}

// ParseAgents reads a PETRARCH agent dictionary. Each entry is a KindRole
// entry whose code is an agent code ("~GOV" or "IGO~").
func ParseAgents(file string, r io.Reader) ([]*Entry, ErrorList) {
	var errs ErrorList
	var out []*Entry
	subst := map[string][]string{}
	lr := &lineReader{r: bufio.NewReaderSize(r, 64<<10)}
	for {
		line, num, ok := lr.next(&errs, file)
		if !ok {
			break
		}
		trim := strings.TrimSpace(line)
		if trim[0] == '!' && strings.Contains(trim, "=") && !strings.Contains(trim, "[") {
			name, list, _ := strings.Cut(trim, "=")
			name = strings.TrimSpace(name)
			if len(name) < 3 || name[len(name)-1] != '!' || strings.Count(name, "!") != 2 {
				errs.Add(file, num, "substitution set %q is not written !NAME! = A, B", name)
				continue
			}
			var items []string
			for _, it := range strings.Split(list, ",") {
				if it = strings.TrimSpace(it); it != "" {
					items = append(items, it)
				}
			}
			subst[name[1:len(name)-1]] = items
			continue
		}
		phrase, rest := splitCodes(trim)
		if rest == "" {
			errs.Add(file, num, "agent %q has no code", trim)
			continue
		}
		end := strings.IndexByte(rest, ']')
		if end < 0 {
			errs.Add(file, num, "code block %s has no closing ']'", quote(rest))
			continue
		}
		code := strings.ToUpper(strings.TrimSpace(rest[1:end]))
		if code == "" || !validCode(code) {
			errs.Add(file, num, "agent code [%s] is not valid", rest[1:end])
			continue
		}
		if !strings.Contains(code, "~") {
			code = "~" + code
		}
		var plurals []string
		auto := true
		if i := strings.IndexByte(phrase, '{'); i >= 0 {
			j := strings.IndexByte(phrase, '}')
			if j < i {
				errs.Add(file, num, "plural in %q has no closing '}'", phrase)
				continue
			}
			plurals = strings.Fields(phrase[i+1 : j])
			phrase = strings.TrimSpace(phrase[:i] + " " + phrase[j+1:])
			auto = false
		}
		phrases := []string{phrase}
		if strings.Contains(phrase, "!") {
			a, b, _ := strings.Cut(phrase, "!")
			name, c, ok := strings.Cut(b, "!")
			if !ok {
				errs.Add(file, num, "substitution marker in %q is not closed", phrase)
				continue
			}
			items, ok := subst[name]
			if !ok {
				errs.Add(file, num, "substitution set !%s! is not defined", name)
				continue
			}
			phrases = phrases[:0]
			for _, it := range items {
				phrases = append(phrases, a+it+c)
			}
			auto = false
		}
		e := &Entry{Kind: KindRole, Codes: []DatedCode{{Code: code, Line: num}}, Source: file, Line: num}
		for _, p := range phrases {
			if f, ok := petrarchForm(p); ok {
				e.Forms = append(e.Forms, f)
				if auto {
					if pf, ok := petrarchForm(plural(strings.TrimRight(p, "_ "))); ok {
						e.Forms = append(e.Forms, pf)
					}
				}
			}
		}
		for _, p := range plurals {
			if f, ok := petrarchForm(p); ok {
				e.Forms = append(e.Forms, f)
			}
		}
		if len(e.Forms) == 0 {
			errs.Add(file, num, "agent line %q has no phrase", trim)
			continue
		}
		e.Name = e.Forms[0].Text
		out = append(out, e)
	}
	if lr.err != nil {
		errs.Add(file, lr.n+1, "read error: %v", lr.err)
	}
	return out, errs
}

// plural makes PETRARCH's regular plural of a phrase.
func plural(s string) string {
	if s == "" {
		return s
	}
	switch s[len(s)-1] {
	case 'Y', 'y':
		return s[:len(s)-1] + "IES"
	case 'S', 's':
		return s + "ES"
	}
	return s + "S"
}
