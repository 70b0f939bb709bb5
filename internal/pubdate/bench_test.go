package pubdate

import (
	"strings"
	"testing"
)

func BenchmarkFromText(b *testing.B) {
	inputs := []string{
		"Publié le 14 mars 2020 à 10h12",
		"POLITIQUE - il y a 3 semaines",
		"Monday, Sep 28 2020 2:32 PM",
		"2020-09-28T14:32:00+02:00",
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range inputs {
			FromText(s, testNow)
		}
	}
}

func BenchmarkFindLongLine(b *testing.B) {
	s := strings.Repeat("Le ministre a présenté son projet devant les députés. ", 200) + "Publié le 14/03/2020"
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Find(s, testNow, "fr")
	}
}

func BenchmarkFromHTML(b *testing.B) {
	page := `<html lang="fr"><head><title>Titre</title>
<meta property="og:title" content="Titre"><meta name="description" content="Résumé">
</head><body><nav><ul><li>Accueil</li><li>Politique</li><li>Monde</li></ul></nav>
<article><header><h1>Titre</h1><p>Par Jeanne Martin</p><p>Publié le 14 mars 2020 à 10h12</p></header>` +
		strings.Repeat("<p>Le ministre a présenté son projet devant les députés, qui en débattront la semaine prochaine.</p>", 30) +
		`</article><footer>© 2020</footer></body></html>`
	root := parse(b, page)
	b.ReportAllocs()
	for b.Loop() {
		FromHTML(root, "https://exemple.fr/politique/titre.html", testNow)
	}
}

func BenchmarkFromURL(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		FromURL("https://www.exemple.fr/politique/2023/03/14/un-titre-assez-long_123456.html")
	}
}
