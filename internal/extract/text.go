package extract

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/ingest"
	"github.com/vigie-events/vigie/internal/pubdate"
)

// crawlerText reads plain text as news crawlers save it:
//
//	Accueil SECTION Title of the article      (breadcrumb)
//	SECTION - il y a 3 semaines               (section and relative date)
//
//	Title of the article                      (title repeated)
//
//	First paragraph…
//
// Each header line is optional; what is recognised becomes metadata and
// is left out of the text.
func crawlerText(it *ingest.Item, d *doc.Document) ([]string, error) {
	dec, err := ingest.DecodeText(it.Body)
	if err != nil {
		return nil, err
	}
	text := strings.ReplaceAll(dec.Text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	// The first few non-empty lines may be header lines: a breadcrumb, a
	// section with a date.
	var crumb string
	rest := text
	for n := 0; n < 3; n++ {
		trimmed := strings.TrimLeft(rest, " \t\n")
		line, after, _ := strings.Cut(trimmed, "\n")
		line = clean(line)
		if line == "" || len(line) > 300 {
			break
		}
		if sec, r, ok := sectionDateLine(line, d.Fetched); ok {
			d.Section = sec
			d.Published, d.PublishedSource, d.PublishedExpr = r.Time, doc.PubText, r.Expr
		} else if n == 0 && isBreadcrumb(line) {
			crumb = line
		} else {
			break
		}
		rest = after
	}
	paras := splitParagraphs(rest)
	if len(paras) == 0 {
		return nil, ErrNoText
	}
	// The title: the first paragraph when it is headline-like (short, no
	// final full stop) or the tail of the breadcrumb repeats it.
	first := paras[0]
	switch {
	case crumb != "" && strings.HasSuffix(crumb, first):
		d.Title = first
		paras = paras[1:]
		if d.Section == "" {
			d.Section = breadcrumbSection(crumb, first)
		}
	case len(paras) > 1 && isHeadline(first):
		d.Title = first
		paras = paras[1:]
	}
	return paras, nil
}

// sectionDateLine recognises "POLITIQUE - il y a 3 semaines" or
// "WORLD | 3 days ago": an upper-case section, a separator, a date. A line
// that is only a date is accepted too, with no section.
func sectionDateLine(line string, now time.Time) (string, pubdate.Result, bool) {
	for _, sep := range []string{" - ", " – ", " — ", " | ", " · ", " • "} {
		left, right, ok := strings.Cut(line, sep)
		if !ok {
			continue
		}
		left = strings.TrimSpace(left)
		if !isUpperWord(strings.ReplaceAll(left, " ", "")) {
			continue
		}
		if r, ok := pubdate.FromText(strings.TrimSpace(right), now); ok {
			return left, r, true
		}
	}
	if r, sp, ok := pubdate.Find(line, now, ""); ok && utf8.RuneCountInString(line) < 60 && onlyDateWords(line[:sp.Start]+" "+line[sp.End:]) {
		return "", r, true
	}
	return "", pubdate.Result{}, false
}

// dateLineWords may stand around the date of a line that is only a date
// ("Publié le 14 mars 2023", "Updated March 14, 2023").
var dateLineWords = map[string]bool{
	"publié": true, "publiée": true, "le": true, "mis": true, "à": true, "jour": true, "modifié": true,
	"updated": true, "published": true, "posted": true, "on": true, "at": true,
}

// onlyDateWords reports whether the words of s, what a date line holds
// besides its date, are all words that introduce a date: "Negotiators met
// on … in Doha." is a sentence, not a date line.
func onlyDateWords(s string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if !dateLineWords[w] {
			return false
		}
	}
	return true
}

func isBreadcrumb(line string) bool {
	low := strings.ToLower(line)
	for _, home := range []string{"accueil", "acceuil", "home", "homepage", "actualités", "news"} {
		if strings.HasPrefix(low, home+" ") || strings.HasPrefix(low, home+">") || strings.HasPrefix(low, home+" >") || strings.HasPrefix(low, home+" /") || strings.HasPrefix(low, home+" »") {
			return true
		}
	}
	return false
}

// breadcrumbSection returns the upper-case words between the home word and
// the title in a breadcrumb line.
func breadcrumbSection(crumb, title string) string {
	mid := strings.TrimSpace(strings.TrimSuffix(crumb, title))
	fields := strings.FieldsFunc(mid, func(r rune) bool { return unicode.IsSpace(r) || r == '>' || r == '»' || r == '/' || r == '|' })
	if len(fields) < 2 {
		return ""
	}
	return strings.Join(fields[1:], " ")
}

func isHeadline(p string) bool {
	if utf8.RuneCountInString(p) > 200 || strings.Contains(p, "\n") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(p)
	return last != '.' && last != ':' && last != ';' && last != ','
}

func isUpperWord(s string) bool {
	has := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			has = true
		}
	}
	return has
}

// splitParagraphs splits text at blank lines (or at single newlines when
// the text has no blank line), cleaning each paragraph.
func splitParagraphs(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	sep := "\n\n"
	if !strings.Contains(text, "\n\n") {
		sep = "\n"
	}
	var out []string
	for _, p := range strings.Split(text, sep) {
		if p = clean(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// clean collapses runs of ordinary white space into one space and drops
// invisible characters that break words (soft hyphen, zero-width space,
// control characters). Non-breaking and thin spaces are kept: they carry
// meaning in French typography ("1 000", « guillemets »), except at the
// ends of the line.
func clean(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v' || r == 0x2028 || r == 0x2029:
			space = true
			continue
		case r == 0xAD || r == 0x200B || r == 0x200C || r == 0x200D || r == 0xFEFF || r == 0x2060:
			continue
		case r < 0x20 || (r >= 0x7F && r < 0xA0):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	// Inside a line they are kept; at its ends they are only space.
	return strings.TrimFunc(b.String(), unicode.IsSpace)
}

// join lays paragraphs out as the article text, separated by blank lines,
// and returns their byte spans.
func join(paras []string) (string, []doc.Span) {
	n := 0
	for _, p := range paras {
		n += len(p) + 2
	}
	var b strings.Builder
	b.Grow(n)
	spans := make([]doc.Span, 0, len(paras))
	for i, p := range paras {
		if i > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		b.WriteString(p)
		spans = append(spans, doc.Span{Start: start, End: b.Len()})
	}
	return b.String(), spans
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		return strings.Join(f[:n], " ") + "…"
	}
	return strings.Join(f, " ")
}
