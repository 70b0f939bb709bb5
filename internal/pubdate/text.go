package pubdate

import (
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// cueWindow is how many tokens before a date are searched for a cue.
const cueWindow = 4

// topText reads the dates written in the visible text near the top of the
// article (or of the main element, then of the body). It returns the first
// publication date and the first modification date ("Mis à jour le …").
// A block of text is read when it is short and holds little besides dates
// and by-line words, or when a cue such as "Publié le" comes just before
// the date: a paragraph that opens with the date of the events is not the
// publication date.
func topText(pg *page, now time.Time, lang string) (pub, mod Result, okPub, okMod bool) {
	var roots []*html.Node
	for _, n := range []*html.Node{pg.article, pg.main, pg.body, pg.root} {
		if n == pg.root && len(roots) > 0 {
			break // the whole document only when it has no body
		}
		if n != nil && !slicesContains(roots, n) {
			roots = append(roots, n)
		}
	}
	for _, root := range roots {
		for _, b := range textBlocks(root) {
			p, m, okP, okM := blockDates(b, now, lang)
			if okM && !okMod {
				mod, okMod = m, true
			}
			if okP {
				return p, mod, true, okMod
			}
		}
	}
	return Result{}, mod, false, okMod
}

func slicesContains(ns []*html.Node, n *html.Node) bool {
	for _, m := range ns {
		if m == n {
			return true
		}
	}
	return false
}

// blockDates reads the dates of one block of visible text.
func blockDates(b string, now time.Time, lang string) (pub, mod Result, okPub, okMod bool) {
	if len(b) > maxBlock {
		return
	}
	p := newParser(b, now, lang)
	var ms []match
	for i := 0; ; {
		m, ok := p.next(i)
		if !ok {
			break
		}
		ms = append(ms, m)
		i = m.j
	}
	if len(ms) == 0 {
		return
	}
	// Count the words that are neither dates, cues nor by-line fillers.
	outside, k := 0, 0
	p.tok(len(b)) // lex all of b
	for i, t := range p.toks {
		for k < len(ms) && i >= ms[k].j {
			k++
		}
		if k < len(ms) && i >= ms[k].i || t.kind != tWord {
			continue
		}
		if w := t.word(); !fillers[w] && !publishedCues[w] && !modifiedCues[w] {
			outside++
		}
	}
	prose := outside > maxOutside
	prev := 0
	for _, m := range ms {
		published, modified := false, false
		for i := max(prev, m.i-cueWindow); i < m.i; i++ {
			w := p.word(i)
			published = published || publishedCues[w]
			modified = modified || modifiedCues[w]
		}
		prev = m.j
		if prose && !published && !modified {
			continue
		}
		if modified {
			if !okMod {
				mod, okMod = m.res, true
			}
			continue
		}
		return m.res, mod, true, okMod
	}
	return
}

// blockElement reports whether an element starts a new block of text.
func blockElement(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Header, atom.Main,
		atom.Li, atom.Ul, atom.Ol, atom.Dl, atom.Dt, atom.Dd, atom.Td, atom.Th,
		atom.Tr, atom.Table, atom.Blockquote, atom.Address, atom.Br, atom.Hr,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Figcaption,
		atom.Pre, atom.Details, atom.Summary, atom.Body:
		return true
	}
	return false
}

func heading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// textBlocks returns the blocks of visible text under root, in order, until
// maxTopText bytes have been read. Headings are left out: a title that
// names a date is not a by-line.
func textBlocks(root *html.Node) []string {
	var blocks []string
	var b strings.Builder
	total := 0
	flush := func() {
		if s := strings.TrimSpace(b.String()); s != "" {
			blocks = append(blocks, s)
		}
		b.Reset()
	}
	enter := func(n *html.Node) bool {
		if total >= maxTopText {
			return false
		}
		switch n.Type {
		case html.TextNode:
			t := cut(n.Data, maxTopText-total)
			total += len(t)
			if b.Len() < 2*maxBlock { // longer blocks are not read anyway
				b.WriteByte(' ')
				b.WriteString(cut(t, 2*maxBlock))
			}
		case html.ElementNode:
			if skipped(n.DataAtom) || heading(n.DataAtom) {
				flush()
				return false
			}
			if blockElement(n.DataAtom) {
				flush()
			}
		}
		return true
	}
	leave := func(n *html.Node) {
		if n.Type == html.ElementNode && blockElement(n.DataAtom) {
			flush()
		}
	}
	walk(root, enter, leave)
	flush()
	return blocks
}
