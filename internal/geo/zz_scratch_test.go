package geo

import (
	"fmt"
	"os"
	"testing"
)

func TestZZGeo(t *testing.T) {
	text := os.Getenv("ZZ_TEXT")
	if text == "" {
		t.Skip()
	}
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range g.FindPlaces(text, os.Getenv("ZZ_LANG")) {
		for _, c := range g.candidates(m) {
			fmt.Printf("%s: %s %s %s pop=%d alt=%v score=%.2f\n", m.Text, c.Entry.Name, c.Entry.Country, c.Entry.Feature, c.Entry.Population, c.Alt, g.score(c, nil, m, Context{Text: text}))
		}
	}
	for _, p := range g.Geocode(text, Context{Lang: os.Getenv("ZZ_LANG")}) {
		fmt.Printf("=> %s %s %s %.2f\n", p.Mention.Text, p.Entry.Name, p.Entry.Country, p.Score)
	}
}
