package pubdate

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/vigie-events/vigie/internal/doc"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Limits on the work done for one page.
const (
	maxNodeText  = 200  // bytes of text read from one element
	maxNodeVisit = 64   // nodes visited to read one element's text
	maxTopText   = 8000 // bytes of visible text read near the top of the article
	maxBlock     = 300  // longer blocks of visible text are not read for dates
	maxOutside   = 6    // words a block may hold besides its dates and cues
)

// metaPublished are the names of meta tags (in name, property or itemprop)
// that give the publication time, most trusted first.
var metaPublished = []string{
	"article:published_time",
	"og:article:published_time",
	"og:published_time",
	"datepublished",
	"dc.date.issued",
	"dcterms.issued",
	"dcterms.created",
	"dc.date.created",
	"parsely-pub-date",
	"sailthru.date",
	"article.published",
	"article_date_original",
	"publication_date",
	"pubdate",
	"publishdate",
	"publish-date",
	"publish_date",
	"date",
	"dc.date",
}

// metaModified are meta tags that give a modification time, read only when
// nothing gives the publication time.
var metaModified = []string{
	"article:modified_time",
	"og:article:modified_time",
	"og:updated_time",
	"datemodified",
	"dcterms.modified",
	"dc.date.modified",
	"last-modified",
}

func rank(list []string, name string) int {
	for i, n := range list {
		if n == name {
			return i
		}
	}
	return -1
}

// candidate is a value found in the page, waiting to be read.
type candidate struct {
	value  string
	source string
	rank   int // lower is more trusted among candidates of one source
}

// page holds what one walk over the document found.
type page struct {
	lang     string
	ldJSON   []string
	metas    []candidate // meta tags that give the publication time
	metasMod []candidate
	times    []candidate // <time> elements
	timesMod []candidate
	article  *html.Node
	main     *html.Node
	body     *html.Node
	root     *html.Node
}

// FromHTML finds when the page was published. It reads, most trusted first:
// JSON-LD datePublished (of an article type first, also inside @graph),
// meta tags, <time> elements (those marked pubdate or
// itemprop=datePublished first, then those in the article header), dates
// written in the visible text near the top of the article, and the URL.
// Modification times (dateModified, article:modified_time, "Mis à jour
// le …") are used only when none of these gives a date. now is the fetch
// time: relative expressions count back from it, zone-less values are read
// in its location, and anything more than a year after it is refused.
func FromHTML(root *html.Node, pageURL string, now time.Time) (Result, bool) {
	if root == nil {
		return Result{}, false
	}
	if now.IsZero() {
		now = time.Now()
	}
	pg := scan(root)
	lang := pg.lang
	var mod []candidate

	pub, modLD := jsonLDDates(pg.ldJSON)
	for _, v := range pub {
		if r, ok := readValue(v, doc.PubJSONLD, now, lang); ok {
			return r, true
		}
	}
	for _, v := range modLD {
		mod = append(mod, candidate{value: v, source: doc.PubJSONLD})
	}
	if r, ok := best(pg.metas, now, lang); ok {
		return r, true
	}
	slices.SortStableFunc(pg.metasMod, byRank)
	mod = append(mod, pg.metasMod...)
	if r, ok := best(pg.times, now, lang); ok {
		return r, true
	}
	mod = append(mod, pg.timesMod...)
	r, rmod, ok, okMod := topText(pg, now, lang)
	if ok {
		return r, true
	}
	if r, ok := fromURL(pageURL, now.Location()); ok && !r.Time.After(now.AddDate(1, 0, 0)) {
		return r, true
	}
	for _, c := range mod {
		if r, ok := readValue(c.value, c.source, now, lang); ok {
			return r, true
		}
	}
	if okMod {
		return rmod, true
	}
	return Result{}, false
}

// best reads the candidates, most trusted first; among equals the first
// in the page wins.
func best(cs []candidate, now time.Time, lang string) (Result, bool) {
	slices.SortStableFunc(cs, byRank)
	for _, c := range cs {
		if r, ok := readValue(c.value, c.source, now, lang); ok {
			return r, true
		}
	}
	return Result{}, false
}

func byRank(a, b candidate) int { return a.rank - b.rank }

// readValue reads a value from an attribute, a JSON string or an element's
// text: ISO 8601, RFC 1123, Unix seconds or milliseconds, 20200928, or the
// first date FromText reads in it. Expr is the part of the value that gave
// the date.
func readValue(v, source string, now time.Time, lang string) (Result, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return Result{}, false
	}
	r, ok := readDigits(v, now)
	if ok {
		r.Expr = v
	} else {
		r, _, ok = Find(v, now, lang)
	}
	if !ok || r.Time.After(now.AddDate(1, 0, 0)) || r.Time.Year() < minYear {
		return Result{}, false
	}
	r.Source = source
	return r, true
}

// readDigits reads a value made only of digits: 20200928, 20200928143200,
// Unix seconds (10 digits) or milliseconds (13 digits).
func readDigits(v string, now time.Time) (Result, bool) {
	for i := 0; i < len(v); i++ {
		if !isDigit(v[i]) {
			return Result{}, false
		}
	}
	loc := now.Location()
	switch len(v) {
	case 8, 14:
		y, m, d := atoi(v[:4]), atoi(v[4:6]), atoi(v[6:8])
		if !validDate(y, m, d) {
			return Result{}, false
		}
		if len(v) == 8 {
			return Result{Time: time.Date(y, time.Month(m), d, 0, 0, 0, 0, loc), Granularity: GranDay}, true
		}
		h, mi, s := atoi(v[8:10]), atoi(v[10:12]), atoi(v[12:14])
		if h > 23 || mi > 59 || s > 59 {
			return Result{}, false
		}
		return Result{Time: time.Date(y, time.Month(m), d, h, mi, s, 0, loc), Granularity: GranSecond}, true
	case 10:
		return Result{Time: time.Unix(int64(atoi(v)), 0).UTC(), Granularity: GranSecond}, true
	case 13:
		return Result{Time: time.UnixMilli(int64(atoi(v))).UTC(), Granularity: GranSecond}, true
	}
	return Result{}, false
}

// ---- the walk ----

// walk visits the nodes under root in document order without recursion.
// enter returns whether to visit the children; leave is called after them.
func walk(root *html.Node, enter func(*html.Node) bool, leave func(*html.Node)) {
	n := root
	for n != nil {
		if enter(n) && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		for n != nil {
			leave(n)
			if n == root {
				return
			}
			if n.NextSibling != nil {
				n = n.NextSibling
				break
			}
			n = n.Parent
		}
	}
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val, true
		}
	}
	return "", false
}

func attrLower(n *html.Node, key string) string {
	v, _ := attr(n, key)
	return strings.ToLower(strings.TrimSpace(v))
}

// skipped elements hold no article text.
func skipped(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math,
		atom.Nav, atom.Aside, atom.Footer, atom.Form, atom.Button, atom.Select,
		atom.Iframe, atom.Figure, atom.Textarea:
		return true
	}
	return false
}

// scan walks the page once and collects what the readers need.
func scan(root *html.Node) *page {
	pg := &page{root: root}
	var inArticle, inHeader, inAside int
	enter := func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Html:
			if pg.lang == "" {
				pg.lang = attrLower(n, "lang")
			}
		case atom.Body:
			if pg.body == nil {
				pg.body = n
			}
		case atom.Main:
			if pg.main == nil && inAside == 0 {
				pg.main = n
			}
		case atom.Article:
			if pg.article == nil && inAside == 0 {
				pg.article = n
			}
			inArticle++
		case atom.Header:
			inHeader++
		case atom.Nav, atom.Aside, atom.Footer:
			inAside++
		case atom.Script:
			if strings.Contains(attrLower(n, "type"), "ld+json") {
				pg.ldJSON = append(pg.ldJSON, scriptText(n))
			}
			return false
		case atom.Meta:
			pg.addMeta(n)
			return false
		case atom.Time:
			pg.addTime(n, inArticle > 0, inHeader > 0, inAside > 0)
		default:
			if inAside == 0 && attrLower(n, "itemprop") == "datepublished" {
				v, ok := attr(n, "content")
				if !ok {
					v, ok = attr(n, "datetime")
				}
				if !ok {
					v = nodeText(n)
				}
				pg.offerMeta("datepublished", v)
			}
		}
		return true
	}
	leave := func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		switch n.DataAtom {
		case atom.Article:
			inArticle--
		case atom.Header:
			inHeader--
		case atom.Nav, atom.Aside, atom.Footer:
			inAside--
		}
	}
	walk(root, enter, leave)
	return pg
}

func (pg *page) addMeta(n *html.Node) {
	content, ok := attr(n, "content")
	if !ok {
		return
	}
	for _, key := range []string{"property", "name", "itemprop", "http-equiv"} {
		name := attrLower(n, key)
		if name == "" {
			continue
		}
		switch name {
		case "og:locale", "content-language", "language":
			if pg.lang == "" {
				pg.lang = strings.ToLower(strings.TrimSpace(content))
			}
		}
		pg.offerMeta(name, content)
	}
}

// offerMeta keeps the value when name is one of the date names.
func (pg *page) offerMeta(name, value string) {
	if r := rank(metaPublished, name); r >= 0 {
		pg.metas = append(pg.metas, candidate{value: value, source: doc.PubMeta, rank: r})
	}
	if r := rank(metaModified, name); r >= 0 {
		pg.metasMod = append(pg.metasMod, candidate{value: value, source: doc.PubMeta, rank: r})
	}
}

// addTime ranks a <time> element: 0 marked as the publication time, 1 in
// the header of the article, 2 in the article, 3 elsewhere. Times in
// navigation, asides and footers are left out, and those marked as a
// modification time are kept apart.
func (pg *page) addTime(n *html.Node, inArticle, inHeader, inAside bool) {
	v, ok := attr(n, "datetime")
	if !ok || strings.TrimSpace(v) == "" {
		v = nodeText(n)
	}
	_, pubdate := attr(n, "pubdate")
	itemprop := attrLower(n, "itemprop")
	class := attrLower(n, "class")
	c := candidate{value: v, source: doc.PubTime}
	switch {
	case itemprop == "datemodified" || strings.Contains(class, "updat") || strings.Contains(class, "modif"):
		pg.timesMod = append(pg.timesMod, c)
		return
	case pubdate || itemprop == "datepublished" || strings.Contains(class, "publi") || strings.Contains(class, "pubdate"):
		c.rank = 0
	case inAside:
		return
	case inArticle && inHeader:
		c.rank = 1
	case inArticle:
		c.rank = 2
	default:
		c.rank = 3
	}
	pg.times = append(pg.times, c)
}

// nodeText returns up to maxNodeText bytes of the text under n, reading at
// most maxNodeVisit nodes, so that any element costs a bounded amount.
func nodeText(n *html.Node) string {
	var b strings.Builder
	c := n.FirstChild
	for visits := 0; c != nil && visits < maxNodeVisit && b.Len() < maxNodeText; visits++ {
		if c.Type == html.TextNode {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(cut(c.Data, maxNodeText-b.Len()))
		}
		if c.FirstChild != nil && !(c.Type == html.ElementNode && skipped(c.DataAtom)) {
			c = c.FirstChild
			continue
		}
		for c != nil && c != n && c.NextSibling == nil {
			c = c.Parent
		}
		if c == nil || c == n {
			break
		}
		c = c.NextSibling
	}
	return strings.TrimSpace(b.String())
}

// scriptText returns the whole text of a script element.
func scriptText(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// cut returns at most max bytes of s, ending on a rune boundary.
func cut(s string, max int) string {
	if max <= 0 {
		return ""
	}
	if len(s) <= max {
		return s
	}
	for max > 0 && !utf8.RuneStart(s[max]) {
		max--
	}
	return s[:max]
}
