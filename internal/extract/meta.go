package extract

import (
	"encoding/json"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// meta is what a page says about itself.
type meta struct {
	title, section, author, canonical, lang string
}

// readMeta reads title, section, author and canonical URL from meta tags,
// JSON-LD, the <title>, the first <h1> and breadcrumbs.
func readMeta(root *html.Node) meta {
	tags := map[string]string{}
	var titleEl, h1, canonical, htmlLang, crumb string
	var ld []map[string]any
	var walk func(n *html.Node, inCrumb bool)
	walk = func(n *html.Node, inCrumb bool) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				htmlLang = attr(n, "lang")
			case atom.Meta:
				key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
				if v := strings.TrimSpace(attr(n, "content")); key != "" && v != "" {
					if _, seen := tags[key]; !seen {
						tags[key] = v
					}
				}
			case atom.Title:
				if titleEl == "" && n.FirstChild != nil {
					titleEl = clean(n.FirstChild.Data)
				}
			case atom.H1:
				if h1 == "" {
					h1 = clean(textOf(n))
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && canonical == "" {
					canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
					ld = append(ld, parseLD(n.FirstChild.Data)...)
				}
				return
			case atom.Style:
				return
			}
			cls := strings.ToLower(attr(n, "class") + " " + attr(n, "id") + " " + attr(n, "aria-label"))
			if !inCrumb && (strings.Contains(cls, "crumb") || strings.Contains(cls, "fil-ariane") || strings.Contains(cls, "ariane")) {
				if crumb == "" {
					crumb = lastCrumb(n)
				}
				inCrumb = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inCrumb)
		}
	}
	walk(root, false)

	var m meta
	m.lang = htmlLang
	m.canonical = firstNonEmpty(canonical, tags["og:url"])
	var ldTitle, ldSection, ldAuthor string
	for _, obj := range ld {
		if !isArticleType(obj["@type"]) {
			continue
		}
		if ldTitle == "" {
			ldTitle, _ = obj["headline"].(string)
		}
		if ldSection == "" {
			ldSection = stringOrFirst(obj["articleSection"])
		}
		if ldAuthor == "" {
			ldAuthor = authorName(obj["author"])
		}
	}
	m.title = clean(firstNonEmpty(tags["og:title"], tags["twitter:title"], ldTitle, h1, siteless(titleEl)))
	m.section = clean(firstNonEmpty(tags["article:section"], ldSection, tags["articlesection"], tags["section"], tags["parsely-section"], tags["category"], crumb))
	author := firstNonEmpty(tags["author"], tags["article:author"], tags["byl"], tags["dc.creator"], ldAuthor, tags["parsely-author"], tags["sailthru.author"])
	if strings.HasPrefix(author, "http://") || strings.HasPrefix(author, "https://") {
		author = ldAuthor
	}
	m.author = clean(author)
	return m
}

// siteless drops the site name from a <title>: "Headline | Site" → "Headline".
func siteless(t string) string {
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: "} {
		if i := strings.LastIndex(t, sep); i > 0 {
			left, right := t[:i], t[i+len(sep):]
			if utf8.RuneCountInString(left) > utf8.RuneCountInString(right) {
				return left
			}
		}
	}
	return t
}

func lastCrumb(n *html.Node) string {
	var items []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.DataAtom == atom.A || n.DataAtom == atom.Li || n.DataAtom == atom.Span) {
			if t := clean(textOf(n)); t != "" && utf8.RuneCountInString(t) < 40 {
				items = append(items, t)
			}
			if n.DataAtom == atom.A {
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	// The last link is the section; the first is the home page.
	for i := len(items) - 1; i >= 1; i-- {
		low := strings.ToLower(items[i])
		if low != "accueil" && low != "home" && !strings.ContainsAny(low, ">»/") {
			return items[i]
		}
	}
	return ""
}

func parseLD(s string) []map[string]any {
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(s)), &v); err != nil {
		return nil
	}
	var out []map[string]any
	var collect func(any)
	collect = func(v any) {
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				collect(e)
			}
		case map[string]any:
			out = append(out, x)
			if g, ok := x["@graph"]; ok {
				collect(g)
			}
		}
	}
	collect(v)
	return out
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return strings.Contains(x, "Article") || x == "BlogPosting" || x == "Report"
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

func stringOrFirst(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []any:
		if len(x) > 0 {
			s, _ := x[0].(string)
			return s
		}
	}
	return ""
}

func authorName(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case map[string]any:
		s, _ := x["name"].(string)
		return s
	case []any:
		var names []string
		for _, e := range x {
			if n := authorName(e); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if strings.TrimSpace(v) != "" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
		case html.ElementNode:
			if n.DataAtom == atom.Script || n.DataAtom == atom.Style {
				return
			}
			if n.DataAtom == atom.Br {
				b.WriteByte(' ')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// stripNoise removes elements that never hold article text, before the
// tree goes to trafilatura: it then clones and scans far less.
func stripNoise(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch c.Type {
		case html.CommentNode:
			n.RemoveChild(c)
		case html.ElementNode:
			switch c.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Iframe, atom.Object, atom.Embed, atom.Canvas, atom.Form, atom.Button, atom.Input, atom.Select, atom.Textarea:
				n.RemoveChild(c)
			default:
				if c.Data == "svg" || c.Data == "math" {
					n.RemoveChild(c)
				} else {
					stripNoise(c)
				}
			}
		}
		c = next
	}
}

// blockTexts lays an extracted tree out as paragraphs: each block element
// (p, headings, list items, quotes, table cells…) is one paragraph, inline
// elements are joined into it.
func blockTexts(root *html.Node) []string {
	if root == nil {
		return nil
	}
	var out []string
	var cur strings.Builder
	flush := func() {
		if t := clean(cur.String()); t != "" {
			out = append(out, t)
		}
		cur.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			if n.DataAtom == atom.Br {
				cur.WriteByte(' ')
				return
			}
			if isBlock(n.DataAtom) {
				flush()
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					walk(c)
				}
				flush()
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	flush()
	return out
}

func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Blockquote, atom.Pre,
		atom.Div, atom.Section, atom.Article, atom.Header, atom.Footer, atom.Aside, atom.Main, atom.Nav,
		atom.Ul, atom.Ol, atom.Dl, atom.Dt, atom.Dd, atom.Table, atom.Tr, atom.Td, atom.Th, atom.Figure,
		atom.Figcaption, atom.Hr, atom.Body, atom.Details, atom.Summary, atom.Address:
		return true
	}
	return false
}
