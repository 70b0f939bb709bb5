package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// chromeHints are class and id fragments of elements that hold site chrome.
var chromeHints = []string{
	"comment", "footer", "sidebar", "related", "share", "social", "byline", "copyright", "crumb", "ariane",
	"nav", "menu", "promo", "advert", "ad-", "ads", "newsletter", "cookie", "tools", "popular", "storybox",
	"subscribe", "signup", "widget", "teaser", "recommend", "lire-aussi", "read-more", "readmore", "banner",
}

func isChrome(n *html.Node) bool {
	cls := strings.ToLower(attr(n, "class") + " " + attr(n, "id") + " " + attr(n, "role"))
	if strings.TrimSpace(cls) == "" {
		return false
	}
	for _, h := range chromeHints {
		if strings.Contains(cls, h) {
			return true
		}
	}
	return false
}

// densest is vigie's own main-text finder, used when trafilatura falls
// back to its whole-page baseline (it does on old table layouts): it scores
// each element by the text of the paragraphs it holds, as readability does,
// and keeps the paragraphs of the best one. Paragraphs in chrome elements,
// mostly made of links, or after a comments header are left out.
func densest(root *html.Node) []string {
	type para struct {
		n    *html.Node
		text string
	}
	var paras []para
	score := map[*html.Node]int{}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if isChrome(n) {
				return
			}
			if n.DataAtom == atom.P || n.DataAtom == atom.Blockquote {
				text := clean(textOf(n))
				if l := utf8.RuneCountInString(text); l >= 25 && linkDensity(n, l) < 0.5 {
					paras = append(paras, para{n, text})
					if p := n.Parent; p != nil {
						score[p] += l
						if gp := p.Parent; gp != nil {
							score[gp] += l / 2
						}
					}
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	var best *html.Node
	for n, s := range score {
		if best == nil || s > score[best] {
			best = n
		}
	}
	if best == nil {
		return nil
	}
	var out []string
	for _, p := range paras {
		if !isInside(p.n, best) {
			continue
		}
		if isCommentsHeader(p.text) {
			break
		}
		out = append(out, p.text)
	}
	return out
}

func isInside(n, anc *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p == anc {
			return true
		}
	}
	return false
}

func linkDensity(n *html.Node, total int) float64 {
	if total == 0 {
		return 0
	}
	links := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.A {
			links += utf8.RuneCountInString(clean(textOf(n)))
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return float64(links) / float64(total)
}

func isCommentsHeader(p string) bool {
	low := strings.ToLower(p)
	for _, h := range []string{"reader comments", "comments (", "commentaires (", "réactions (", "leave a comment", "laisser un commentaire", "réagissez", "post a comment"} {
		if strings.HasPrefix(low, h) {
			return true
		}
	}
	return false
}

// looksLikeBaseline reports whether trafilatura's paragraphs are its
// whole-page rescue: one long run of text while the page has real
// paragraphs.
func looksLikeBaseline(paras []string) bool {
	if len(paras) > 2 {
		return false
	}
	long := 0
	for _, p := range paras {
		if utf8.RuneCountInString(p) > 600 {
			long++
		}
	}
	return long > 0
}
