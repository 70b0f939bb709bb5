package geo

import (
	"bytes"
	"compress/gzip"
	"testing"

	"github.com/vigie-events/vigie/internal/doc"
)

// FuzzLoad reads arbitrary bytes as a compiled gazetteer: an error or a
// gazetteer, never a panic.
func FuzzLoad(f *testing.F) {
	for _, s := range []string{
		formatMagic + "\nE\tgn:1\t1\tcity\tPPL\tMA\t\t01\t\t34.0\t-6.8\t100\tRabat\tRabat\trabat\t\t\nC\tfr\trabat\n",
		formatMagic + "\nE\tgn:1\tx\tcity\n",
		"garbage",
	} {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write([]byte(s))
		zw.Close()
		f.Add(b.Bytes())
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := decode(bytes.NewReader(data))
		if err == nil && g == nil {
			t.Fatal("nil gazetteer without error")
		}
	})
}

// FuzzFindPlaces runs the whole geocoder on arbitrary text: spans stay
// inside the text and the text they cover is the mention's.
func FuzzFindPlaces(f *testing.F) {
	for _, s := range []string{
		"Le ministre est arrivé à Alger, puis à Long Beach, CA.",
		"Paris, Texas. Albany, N.Y., l'Algérie d’Alger «Rabat» a salué",
		"\xff\xfe Guinée-\u0301Bissau ,, , N.",
	} {
		f.Add(s)
	}
	g, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		ms := g.FindPlaces(text, "fr")
		for _, m := range ms {
			if !m.Span.Valid(len(text)) || text[m.Span.Start:m.Span.End] != m.Text {
				t.Fatalf("bad span %v for %q", m.Span, m.Text)
			}
		}
		ps := g.Resolve(ms, Context{Text: text})
		for i := range ps {
			Locative(text, ps[i].Span)
		}
		g.EventPlace(text, doc.Span{Start: 0, End: len(text)}, doc.Span{}, ps, Fallback{})
	})
}

// FuzzNormalize checks that a key normalises to itself.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"Côte d’Ivoire", "N.Y.", "  a--b  ", "أَلْجَزَائِر", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Normalize(s)
		if Normalize(k) != k {
			t.Fatalf("Normalize(%q) = %q, which normalises to %q", s, k, Normalize(k))
		}
	})
}
