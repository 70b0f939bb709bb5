package cluster

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// wire is a wire story written for these tests.
const wire = `Le ministre marocain des Affaires étrangères a reçu mardi à Rabat son homologue
espagnol pour une séance de travail consacrée à la coopération migratoire et aux échanges
commerciaux entre les deux royaumes. Les deux responsables ont salué la qualité du partenariat
stratégique et annoncé la tenue prochaine d'une réunion de haut niveau à Madrid. Selon un
communiqué du ministère, les discussions ont aussi porté sur la sécurité régionale au Sahel, la
lutte contre le terrorisme et la gestion des flux migratoires en Méditerranée occidentale. Le
chef de la diplomatie espagnole doit poursuivre sa tournée régionale par une visite à Nouakchott
mercredi, avant de rentrer à Madrid pour un conseil des ministres consacré au budget.`

// other reports the same meeting in other words: not a copy.
const other = `À Rabat, la rencontre entre les chefs de la diplomatie du Maroc et de l'Espagne a
surtout tourné autour des migrations. Notre correspondant a pu interroger plusieurs membres de la
délégation espagnole, qui se disent satisfaits du climat des échanges mais prudents sur le calendrier.
Aucun accord chiffré n'a été signé, et les ONG présentes devant le ministère ont dénoncé l'absence de
garanties sur les droits des personnes refoulées aux frontières de Ceuta et Melilla cet hiver. Le
gouvernement marocain promet des annonces lors du sommet de Madrid, sans préciser la date.`

func copies() map[string]string {
	return map[string]string{
		"verbatim":   wire,
		"byline":     "Par notre rédaction avec AFP\n\n" + wire + "\n\nLire aussi : les autres articles du jour.",
		"edited":     strings.Replace(strings.Replace(wire, "mardi", "ce mardi", 1), "prochaine", "très prochaine", 1),
		"truncated":  wire[:len(wire)*4/5],
		"unaccented": strings.NewReplacer("é", "e", "è", "e", "ô", "o", "à", "a").Replace(wire),
	}
}

func mustSign(t *testing.T, text string) *Sketch {
	t.Helper()
	sk, err := Sign(text)
	if err != nil {
		t.Fatal(err)
	}
	return &sk
}

func TestSimilarity(t *testing.T) {
	orig := mustSign(t, wire)
	for name, text := range copies() {
		t.Run(name, func(t *testing.T) {
			if sim := Similarity(orig, mustSign(t, text)); sim < DefaultThreshold {
				t.Errorf("similarity %.2f, want at least %.2f", sim, DefaultThreshold)
			}
		})
	}
	if sim := Similarity(orig, mustSign(t, other)); sim > 0.1 {
		t.Errorf("another article on the same meeting: similarity %.2f, want under 0.1", sim)
	}
	if _, err := Sign("Trop court pour un article."); !errors.Is(err, ErrShort) {
		t.Errorf("short text: %v, want ErrShort", err)
	}
}

func TestIndexLinksCopiesToEarliest(t *testing.T) {
	t0 := time.Date(2024, 3, 5, 8, 0, 0, 0, time.UTC)
	x := NewIndex(0)
	type step struct {
		id    string
		text  string
		at    time.Duration
		links []string // "doc>original"
	}
	steps := []step{
		{"lefigaro", copies()["byline"], 2 * time.Hour, nil},
		{"liberation", copies()["edited"], 3 * time.Hour, []string{"liberation>lefigaro"}},
		{"enquete", other, 4 * time.Hour, nil},
		// The wire itself arrives last but was published first.
		{"afp", wire, 0, []string{"lefigaro>afp", "liberation>afp"}},
		{"lemonde", copies()["truncated"], time.Hour, []string{"lemonde>afp"}},
		{"afp", wire, 0, nil}, // again: nothing
	}
	for _, s := range steps {
		links := x.Add(s.id, t0.Add(s.at), mustSign(t, s.text))
		var got []string
		for _, l := range links {
			got = append(got, l.Doc+">"+l.Original)
			if l.Similarity < DefaultThreshold {
				t.Errorf("%s: link %v below the threshold", s.id, l)
			}
		}
		if !slices.Equal(got, s.links) {
			t.Errorf("Add(%s) links %v, want %v", s.id, got, s.links)
		}
	}
	for id, want := range map[string]string{"lefigaro": "afp", "liberation": "afp", "lemonde": "afp", "afp": "afp", "enquete": "enquete"} {
		if got, ok := x.Original(id); !ok || got != want {
			t.Errorf("Original(%s) = %s, %v; want %s", id, got, ok, want)
		}
	}
	if x.Len() != 5 {
		t.Errorf("Len = %d, want 5", x.Len())
	}
}

func TestSketchRoundTrip(t *testing.T) {
	sk := mustSign(t, wire)
	b, err := sk.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back Sketch
	if err := back.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if back != *sk {
		t.Error("sketch changed in a round trip")
	}
	if err := back.UnmarshalBinary(b[:10]); err == nil {
		t.Error("a truncated sketch decoded without error")
	}
}

func BenchmarkSign(b *testing.B) {
	text := strings.Repeat(wire+" ", 4) // about 500 words
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Sign(text); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkIndexAdd(b *testing.B) {
	b.ReportAllocs()
	x := NewIndex(0)
	words := Words(wire + " " + other)
	i := 0
	for b.Loop() {
		b.StopTimer()
		// Distinct articles: a rotation of the words, numbered.
		r := i % len(words)
		text := fmt.Sprint(i) + " " + strings.Join(append(slices.Clone(words[r:]), words[:r]...), " ")
		sk, err := Sign(text)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		x.Add(fmt.Sprint(i), time.Unix(int64(i), 0), &sk)
		i++
	}
}
