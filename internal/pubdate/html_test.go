package pubdate

import (
	"strings"
	"testing"

	"github.com/vigie-events/vigie/internal/doc"
	"golang.org/x/net/html"
)

func parse(t testing.TB, page string) *html.Node {
	t.Helper()
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatalf("html.Parse: %v", err)
	}
	return root
}

type htmlCase struct {
	name   string
	page   string
	url    string
	source string
	want   string // layout
	expr   string
}

func runHTMLCases(t *testing.T, cases []htmlCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r, ok := FromHTML(parse(t, tc.page), tc.url, testNow)
			if tc.want == "" {
				if ok {
					t.Fatalf("FromHTML = %v from %s (%q), want nothing", r.Time, r.Source, r.Expr)
				}
				return
			}
			if !ok {
				t.Fatalf("FromHTML found nothing, want %s from %s", tc.want, tc.source)
			}
			if got := r.Time.Format(layout); got != tc.want || r.Source != tc.source {
				t.Errorf("FromHTML = %s from %s (%q), want %s from %s", got, r.Source, r.Expr, tc.want, tc.source)
			}
			if tc.expr != "" && r.Expr != tc.expr {
				t.Errorf("FromHTML expr = %q, want %q", r.Expr, tc.expr)
			}
		})
	}
}

func TestFromHTMLJSONLD(t *testing.T) {
	runHTMLCases(t, []htmlCase{
		{
			name: "NewsArticle",
			page: `<html><head><script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","headline":"Un titre",
 "datePublished":"2020-09-28T14:32:00+02:00","dateModified":"2020-09-29T08:00:00+02:00"}
</script></head><body><p>Texte.</p></body></html>`,
			source: doc.PubJSONLD, want: "2020-09-28 14:32:00 +0200", expr: "2020-09-28T14:32:00+02:00",
		},
		{
			name: "graph prefers the article over the page",
			page: `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
{"@type":"WebPage","datePublished":"2020-09-01T00:00:00Z"},
{"@type":["Article","NewsArticle"],"datePublished":"2020-09-28T12:00:00Z"}]}</script>`,
			source: doc.PubJSONLD, want: "2020-09-28 12:00:00 +0000",
		},
		{
			name: "top-level array, ReportageNewsArticle",
			page: `<script type="application/ld+json">[{"@type":"BreadcrumbList"},
{"@type":"ReportageNewsArticle","datePublished":"2020-09-27"}]</script>`,
			source: doc.PubJSONLD, want: "2020-09-27 00:00:00 +0200",
		},
		{
			name: "BlogPosting in a second block",
			page: `<script type="application/ld+json">{"@type":"Organization","name":"X"}</script>
<script type="application/ld+json">{"@type":"BlogPosting","datePublished":"Mon, 28 Sep 2020 14:32:00 GMT"}</script>`,
			source: doc.PubJSONLD, want: "2020-09-28 14:32:00 +0000",
		},
		{
			name:   "WebPage when there is no article",
			page:   `<script type="application/ld+json">{"@type":"WebPage","datePublished":"2020-09-20"}</script>`,
			source: doc.PubJSONLD, want: "2020-09-20 00:00:00 +0200",
		},
		{
			name: "broken JSON is searched",
			page: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"a
line break", "datePublished" : "2020-09-26T10:00:00+02:00",}</script>`,
			source: doc.PubJSONLD, want: "2020-09-26 10:00:00 +0200",
		},
		{
			name: "a date too far ahead is refused",
			page: `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2030-01-01"}</script>
<meta property="article:published_time" content="2020-09-25">`,
			source: doc.PubMeta, want: "2020-09-25 00:00:00 +0200",
		},
	})
}

func TestFromHTMLMeta(t *testing.T) {
	meta := func(attr, name, content string) string {
		return `<html><head><meta ` + attr + `="` + name + `" content="` + content + `"></head><body><p>Texte.</p></body></html>`
	}
	runHTMLCases(t, []htmlCase{
		{name: "article:published_time", page: meta("property", "article:published_time", "2020-09-28T14:32:00+02:00"),
			source: doc.PubMeta, want: "2020-09-28 14:32:00 +0200", expr: "2020-09-28T14:32:00+02:00"},
		{name: "og:article:published_time", page: meta("property", "og:article:published_time", "2020-09-28T12:32:00Z"),
			source: doc.PubMeta, want: "2020-09-28 12:32:00 +0000"},
		{name: "datePublished name", page: meta("name", "datePublished", "2020-09-28"),
			source: doc.PubMeta, want: "2020-09-28 00:00:00 +0200"},
		{name: "pubdate", page: meta("name", "pubdate", "20200928"),
			source: doc.PubMeta, want: "2020-09-28 00:00:00 +0200"},
		{name: "publishdate", page: meta("name", "publishdate", "2020-09-28 14:32:00"),
			source: doc.PubMeta, want: "2020-09-28 14:32:00 +0200"},
		{name: "date", page: meta("name", "date", "2020-09-28"),
			source: doc.PubMeta, want: "2020-09-28 00:00:00 +0200"},
		{name: "DC.date.issued", page: meta("name", "DC.date.issued", "2020-09-28"),
			source: doc.PubMeta, want: "2020-09-28 00:00:00 +0200"},
		{name: "dcterms.created", page: meta("name", "dcterms.created", "2020-09-28T08:00:00+01:00"),
			source: doc.PubMeta, want: "2020-09-28 08:00:00 +0100"},
		{name: "sailthru.date", page: meta("name", "sailthru.date", "2020-09-28 14:32:00"),
			source: doc.PubMeta, want: "2020-09-28 14:32:00 +0200"},
		{name: "parsely-pub-date", page: meta("name", "parsely-pub-date", "2020-09-28T12:32:00Z"),
			source: doc.PubMeta, want: "2020-09-28 12:32:00 +0000"},
		{name: "itemprop meta", page: meta("itemprop", "datePublished", "2020-09-28"),
			source: doc.PubMeta, want: "2020-09-28 00:00:00 +0200"},
		{name: "unix seconds", page: meta("name", "date", "1601296320"),
			source: doc.PubMeta, want: "2020-09-28 12:32:00 +0000"},
		{name: "French value", page: meta("name", "date", "28/09/2020"),
			source: doc.PubMeta, want: "2020-09-28 00:00:00 +0200"},
		{name: "itemprop span", page: `<article><span itemprop="datePublished" content="2020-09-28T09:00:00Z">28 sept.</span></article>`,
			source: doc.PubMeta, want: "2020-09-28 09:00:00 +0000"},
		{name: "ranked, not first",
			page:   `<meta name="date" content="2020-01-01"><meta property="article:published_time" content="2020-09-28T14:32:00+02:00">`,
			source: doc.PubMeta, want: "2020-09-28 14:32:00 +0200"},
		{name: "unreadable best falls to the next meta",
			page:   `<meta property="article:published_time" content="n/a"><meta name="date" content="2020-09-27">`,
			source: doc.PubMeta, want: "2020-09-27 00:00:00 +0200"},
		{name: "bad value falls through", page: meta("name", "date", "31/02/2020"), url: "https://ex.fr/2020/09/28/a.html",
			source: doc.PubURL, want: "2020-09-28 00:00:00 +0200"},
	})
}

func TestFromHTMLTime(t *testing.T) {
	runHTMLCases(t, []htmlCase{
		{
			name: "pubdate beats an earlier time",
			page: `<body><article><p><time datetime="2020-09-01">1er sept.</time></p>
<p><time pubdate datetime="2020-09-28T14:32:00+02:00">28 sept.</time></p></article></body>`,
			source: doc.PubTime, want: "2020-09-28 14:32:00 +0200",
		},
		{
			name:   "itemprop",
			page:   `<article><time datetime="2020-09-01">x</time><time itemprop="datePublished" datetime="2020-09-28">y</time></article>`,
			source: doc.PubTime, want: "2020-09-28 00:00:00 +0200",
		},
		{
			name: "article header beats aside and body",
			page: `<body><aside><time datetime="2020-10-01">related</time></aside>
<article><p><time datetime="2020-09-02">in the text</time></p>
<header><h1>Titre</h1><time datetime="2020-09-28T07:00:00Z">28/09</time></header></article></body>`,
			source: doc.PubTime, want: "2020-09-28 07:00:00 +0000",
		},
		{
			name: "modified time is kept apart",
			page: `<article><header><time class="date-updated" datetime="2020-10-01">maj</time>
<time datetime="2020-09-28">pub</time></header></article>`,
			source: doc.PubTime, want: "2020-09-28 00:00:00 +0200",
		},
		{
			name:   "text of a time without datetime",
			page:   `<article><header><time>Lundi 28 septembre 2020 à 14h32</time></header></article>`,
			source: doc.PubTime, want: "2020-09-28 14:32:00 +0200", expr: "Lundi 28 septembre 2020 à 14h32",
		},
	})
}

func TestFromHTMLText(t *testing.T) {
	runHTMLCases(t, []htmlCase{
		{
			name: "publié le",
			page: `<body><article><h1>Un titre</h1><p class="byline">Par Jeanne Martin</p>
<p>Publié le 14 mars 2020 à 10h12</p><p>Le texte de l'article commence ici et parle de choses.</p></article></body>`,
			source: doc.PubText, want: "2020-03-14 10:12:00 +0200", expr: "14 mars 2020 à 10h12",
		},
		{
			name:   "rubric and relative date",
			page:   `<body><article><div>POLITIQUE - il y a 3 semaines</div><p>Texte.</p></article></body>`,
			source: doc.PubText, want: "2020-09-28 00:00:00 +0200", expr: "il y a 3 semaines",
		},
		{
			name:   "published before updated",
			page:   `<article><div><span>Publié le 14/03/2020 à 10h12</span> | <span>Mis à jour le 15/03/2020</span></div></article>`,
			source: doc.PubText, want: "2020-03-14 10:12:00 +0200",
		},
		{
			name:   "updated first, published second",
			page:   `<article><div>Mis à jour le 15/03/2020 à 18h00 - Publié le 14/03/2020 à 10h12</div></article>`,
			source: doc.PubText, want: "2020-03-14 10:12:00 +0200",
		},
		{
			name:   "prose date is not a by-line",
			page:   `<article><p>Le 14 mars 2020, le gouvernement a annoncé la fermeture des écoles dans tout le pays.</p></article>`,
			url:    "https://exemple.fr/politique/2020/03/16/ecoles.html",
			source: doc.PubURL, want: "2020-03-16 00:00:00 +0200", expr: "2020/03/16",
		},
		{
			name:   "cue in prose",
			page:   `<article><p>Cet article a été publié le 14 mars 2020 par notre rédaction régionale de Lyon.</p></article>`,
			source: doc.PubText, want: "2020-03-14 00:00:00 +0200",
		},
		{
			name: "heading is not a by-line",
			page: `<article><h1>Élections du 15 mars 2020</h1><p>Texte sans date.</p></article>`,
		},
		{
			name:   "date above the article element",
			page:   `<body><div class="top"><h1>Titre</h1><p>Posted on September 28, 2020</p></div><article><p>Body.</p></article></body>`,
			source: doc.PubText, want: "2020-09-28 00:00:00 +0200",
		},
		{
			name:   "english page reads month first",
			page:   `<html lang="en-US"><body><article><p>By Jane Doe | 10/02/2020</p></article></body></html>`,
			source: doc.PubText, want: "2020-10-02 00:00:00 +0200",
		},
		{
			name:   "french page reads day first",
			page:   `<html lang="fr"><body><article><p>Par Jeanne Martin | 10/02/2020</p></article></body></html>`,
			source: doc.PubText, want: "2020-02-10 00:00:00 +0200",
		},
		{
			name: "nav is skipped",
			page: `<body><nav><a>Hier</a></nav><article><p>Texte.</p></article></body>`,
		},
	})
}

func TestFromHTMLModifiedOnlyIfNothingElse(t *testing.T) {
	runHTMLCases(t, []htmlCase{
		{
			name:   "mis à jour alone",
			page:   `<article><p>Mis à jour le 15/03/2020 à 18h00</p></article>`,
			source: doc.PubText, want: "2020-03-15 18:00:00 +0200",
		},
		{
			name:   "URL beats mis à jour",
			page:   `<article><p>Mis à jour le 15/03/2020 à 18h00</p></article>`,
			url:    "https://exemple.fr/2020/03/14/x",
			source: doc.PubURL, want: "2020-03-14 00:00:00 +0200",
		},
		{
			name:   "meta modified alone",
			page:   `<meta property="article:modified_time" content="2020-09-29T10:00:00Z">`,
			source: doc.PubMeta, want: "2020-09-29 10:00:00 +0000",
		},
		{
			name:   "JSON-LD dateModified alone",
			page:   `<script type="application/ld+json">{"@type":"NewsArticle","dateModified":"2020-09-29"}</script>`,
			source: doc.PubJSONLD, want: "2020-09-29 00:00:00 +0200",
		},
		{
			name:   "time beats meta modified",
			page:   `<meta property="article:modified_time" content="2020-09-29T10:00:00Z"><article><time datetime="2020-09-28">x</time></article>`,
			source: doc.PubTime, want: "2020-09-28 00:00:00 +0200",
		},
	})
}

// TestFromHTMLTrust builds pages from five sources that disagree and removes
// them one by one, most trusted first.
func TestFromHTMLTrust(t *testing.T) {
	const (
		ld   = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-09-21"}</script>`
		meta = `<meta property="article:published_time" content="2020-09-22">`
		tm   = `<time datetime="2020-09-23">23</time>`
		text = `<p>Publié le 24 septembre 2020</p>`
		url  = "https://exemple.fr/2020/09/25/titre.html"
	)
	page := func(head, body string) string {
		return "<html><head>" + head + "</head><body><article><header>" + body + "</header><p>Texte.</p></article></body></html>"
	}
	runHTMLCases(t, []htmlCase{
		{name: "jsonld", page: page(meta+ld, text+tm), url: url, source: doc.PubJSONLD, want: "2020-09-21 00:00:00 +0200"},
		{name: "meta", page: page(meta, text+tm), url: url, source: doc.PubMeta, want: "2020-09-22 00:00:00 +0200"},
		{name: "time", page: page("", text+tm), url: url, source: doc.PubTime, want: "2020-09-23 00:00:00 +0200"},
		{name: "text", page: page("", text), url: url, source: doc.PubText, want: "2020-09-24 00:00:00 +0200"},
		{name: "url", page: page("", ""), url: url, source: doc.PubURL, want: "2020-09-25 00:00:00 +0200"},
		{name: "nothing", page: page("", ""), url: "https://exemple.fr/titre.html"},
	})
}

func TestFromHTMLNil(t *testing.T) {
	if _, ok := FromHTML(nil, "https://exemple.fr/2020/09/28/", testNow); ok {
		t.Error("FromHTML(nil) found a date")
	}
	// A hand-built tree without parent links must not panic.
	n := &html.Node{Type: html.ElementNode, Data: "article"}
	n.FirstChild = &html.Node{Type: html.TextNode, Data: "Publié le 28/09/2020"}
	if r, ok := FromHTML(n, "", testNow); !ok || r.Source != doc.PubText {
		t.Errorf("FromHTML(hand-built) = %v %v", r, ok)
	}
}
