package pubdate

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

var grans = map[string]bool{
	GranSecond: true, GranMinute: true, GranHour: true, GranDay: true,
	GranWeek: true, GranMonth: true, GranYear: true,
}

// checkResult fails when r breaks a promise of the package.
func checkResult(t *testing.T, r Result, now time.Time) {
	t.Helper()
	if r.Time.Year() < minYear || r.Time.After(now.AddDate(1, 0, 0)) {
		t.Errorf("time %v out of range", r.Time)
	}
	if !grans[r.Granularity] {
		t.Errorf("granularity %q", r.Granularity)
	}
	if r.Expr == "" || r.Source == "" {
		t.Errorf("empty expr or source: %+v", r)
	}
}

func FuzzFromText(f *testing.F) {
	for _, s := range []string{
		"28 septembre 2020", "le 1er octobre 2020 à 14h32", "Monday, Sep 28 2020 2:32 PM",
		"2020-09-28T14:32:00.5+02:00", "Mon, 28 Sep 2020 14:32:00 GMT", "il y a 3 semaines",
		"Updated 5 mins ago", "avant-hier soir à 22h", "lundi dernier", "10/02/2020",
		"31 février 2020", "Publié le 14/03/2020 à 10h12 | Mis à jour le 15/03/2020",
		"Mon Sep 28 14:32:00 UTC 2020", "28 Sep 20 14:32 EDT", "1.28.09.2020", "a.m.",
	} {
		f.Add(s, "fr")
		f.Add(s, "en")
	}
	f.Fuzz(func(t *testing.T, s, lang string) {
		r, span, ok := Find(s, testNow, lang)
		if !ok {
			return
		}
		checkResult(t, r, testNow)
		if !span.Valid(len(s)) || s[span.Start:span.End] != r.Expr {
			t.Fatalf("span %v does not give expr %q in %q", span, r.Expr, s)
		}
		// The expression read alone gives the same date.
		r2, ok := FromTextLang(r.Expr, testNow, lang)
		if !ok || !r2.Time.Equal(r.Time) || r2.Expr != r.Expr || r2.Granularity != r.Granularity {
			t.Fatalf("%q gave %v %q %s; alone it gives %v %q %s %v", s, r.Time, r.Expr, r.Granularity, r2.Time, r2.Expr, r2.Granularity, ok)
		}
	})
}

func FuzzFromDateline(f *testing.F) {
	for _, s := range []string{
		"WASHINGTON, March 3, 2025 (Reuters) - The", "PARIS, 3 mars 2025 (AFP) – Le", "Tunis, le 28 septembre 2020 (TAP) -",
		"RIO DE JANEIRO, Brazil, May 2, 2024 (AP) —", "BEIJING, Jan. 5 (Xinhua) --", ",", "A, B, C, 1 2 2020 -",
	} {
		f.Add(s, "en")
	}
	f.Fuzz(func(t *testing.T, s, lang string) {
		r, ok := FromDateline(s, testNow, lang)
		if !ok {
			return
		}
		checkResult(t, r, testNow)
		if !strings.Contains(s, r.Expr) || !hasYear(r.Expr) {
			t.Fatalf("%q gave expr %q", s, r.Expr)
		}
	})
}

func FuzzFromHTML(f *testing.F) {
	f.Add([]byte(`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2020-09-28"}]}</script>`), "https://e.fr/2020/09/28/")
	f.Add([]byte(`<meta property="article:published_time" content="2020-09-28T14:32:00+02:00">`), "")
	f.Add([]byte(`<article><header><time pubdate datetime="2020-09-28">x</time></header></article>`), "")
	f.Add([]byte(`<article><p>Publié le 14 mars 2020 à 10h12 | Mis à jour le 15/03/2020</p></article>`), "")
	f.Add([]byte(`<time><time><time>hier</time></time></time>`), "/20200928/")
	f.Fuzz(func(t *testing.T, data []byte, url string) {
		root, err := html.Parse(bytes.NewReader(data))
		if err != nil {
			return
		}
		if r, ok := FromHTML(root, url, testNow); ok {
			checkResult(t, r, testNow)
		}
	})
}

func FuzzFromURL(f *testing.F) {
	for _, s := range []string{"https://e.fr/2023/03/14/x", "/2023-03-14-x", "/20230314", "/2023/03/", "http://[::1/2023/1/2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, u string) {
		r, ok := FromURL(u)
		if !ok {
			return
		}
		if y := r.Time.Year(); y < urlMinYear || y > urlMaxYear || r.Expr == "" {
			t.Fatalf("FromURL(%q) = %+v", u, r)
		}
	})
}
