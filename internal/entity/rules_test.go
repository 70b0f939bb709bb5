package entity

import (
	"fmt"
	"strings"
	"testing"
)

// hyphenatedName crosses hyphens between name words only, stays inside
// the words other mentions leave it, and never ends on a particle.
func TestHyphenatedName(t *testing.T) {
	for _, tc := range []struct {
		words        string
		a, b         int // the person mention
		prev, next   int // the last word of the mention before, the first of the one after
		wantA, wantB int
	}{
		{"Jean - Bertrand Aristide spoke", 2, 4, -1, 5, 0, 4},
		{"Ken Saro - Wiwa died", 0, 2, -1, 5, 0, 4},
		{"Fazl - ur - Rehman spoke", 0, 1, -1, 5, 0, 5},
		{"Fazl - ur said", 0, 1, -1, 4, 0, 1},
		{"al - Sisi spoke", 2, 3, -1, 4, 2, 3},
		{"- Smith", 1, 2, -1, 2, 1, 2},
		{"Smith -", 0, 1, -1, 2, 0, 1},
		{"Paris - Smith", 2, 3, 0, 3, 2, 3},
	} {
		words := strings.Fields(tc.words)
		infos := analyse(words, nil, nil)
		a, b := hyphenatedName(infos, tc.a, tc.b, tc.prev, tc.next)
		if a != tc.wantA || b != tc.wantB {
			t.Errorf("%q [%d,%d): got [%d,%d), want [%d,%d)", tc.words, tc.a, tc.b, a, b, tc.wantA, tc.wantB)
		}
	}
}

// spanList writes spans as "TYPE start-end", joined by sep.
func spanList(spans []TokenSpan, sep string) string {
	var out []string
	for _, sp := range spans {
		out = append(out, fmt.Sprintf("%s %d-%d", sp.Type, sp.Start, sp.End))
	}
	return strings.Join(out, sep)
}

// joinParticles takes in the particle before a person's name, and the
// given names before it; an Arabic article only when a hyphen joins it.
func TestJoinParticles(t *testing.T) {
	for _, tc := range []struct {
		words string
		spans []TokenSpan
		want  string
	}{
		{"Osama bin Laden said", []TokenSpan{{2, 3, "PER"}}, "PER 0-3"},
		{"said bin Laden", []TokenSpan{{2, 3, "PER"}}, "PER 1-3"},
		{"Muqtada al - Sadr said", []TokenSpan{{3, 4, "PER"}}, "PER 0-4"},
		{"Abdul - Malik al - Houthi said", []TokenSpan{{5, 6, "PER"}}, "PER 0-6"},
		{"Paris - Malik al - Houthi", []TokenSpan{{0, 1, "LOC"}, {5, 6, "PER"}}, "LOC 0-1 PER 2-6"},
		{"\" al - Sadr said", []TokenSpan{{3, 4, "PER"}}, "PER 1-4"},
		{"the al Sadr family", []TokenSpan{{2, 3, "PER"}}, "PER 2-3"},
		{"Charles de Gaulle", []TokenSpan{{2, 3, "PER"}}, "PER 0-3"},
		{"Paris de Gaulle", []TokenSpan{{0, 1, "LOC"}, {2, 3, "PER"}}, "LOC 0-1 PER 2-3"},
		// capitalised, after a person mention: Flemish and Dutch names
		{"said Joost De Maeyer", []TokenSpan{{1, 2, "PER"}, {3, 4, "PER"}}, "PER 1-4"},
		{"met Anneke Van Der Berg", []TokenSpan{{1, 2, "PER"}, {4, 5, "PER"}}, "PER 1-5"},
		{"Paris De Maeyer", []TokenSpan{{0, 1, "LOC"}, {2, 3, "PER"}}, "LOC 0-1 PER 2-3"},
		{"De Maeyer said", []TokenSpan{{1, 2, "PER"}}, "PER 1-2"},
	} {
		words := strings.Fields(tc.words)
		infos := analyse(words, nil, nil)
		s := spanSet{spans: tc.spans, scores: make([]float64, len(tc.spans))}
		joinParticles(infos, &s)
		if g := spanList(s.spans, " "); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.words, g, tc.want)
		}
	}
}

// extendKnown lengthens a mention to the known place or organisation
// that starts with it, unless that would run into the next mention.
func TestExtendKnown(t *testing.T) {
	for _, tc := range []struct {
		words string
		place int // infos[0].place
		known int // infos[0].known
		spans []TokenSpan
		want  string
	}{
		{"Arabie saoudite et Iran", 2, 0, []TokenSpan{{0, 1, "LOC"}, {3, 4, "LOC"}}, "LOC 0-2, LOC 3-4"},
		{"Émirats arabes unis", 3, 0, []TokenSpan{{0, 1, "ORG"}}, "LOC 0-3"},
		{"Cour internationale de justice", 0, 4, []TokenSpan{{0, 2, "ORG"}}, "ORG 0-4"},
		{"Arabie Iran", 2, 0, []TokenSpan{{0, 1, "LOC"}, {1, 2, "LOC"}}, "LOC 0-1, LOC 1-2"},
		{"Arabie saoudite", 2, 0, []TokenSpan{{0, 1, "PER"}}, "PER 0-1"},
		{"Arabie saoudite", 1, 0, []TokenSpan{{0, 1, "LOC"}}, "LOC 0-1"},
	} {
		infos := analyse(strings.Fields(tc.words), nil, nil)
		infos[0].place, infos[0].known = tc.place, tc.known
		s := spanSet{spans: tc.spans, scores: make([]float64, len(tc.spans))}
		extendKnown(infos, &s)
		if g := spanList(s.spans, ", "); g != tc.want {
			t.Errorf("%q: got %s, want %s", tc.words, g, tc.want)
		}
	}
}

// joinCities makes one place of a city's name over several words,
// capitalised at both ends, unless a mention reaches beyond it or a person
// is inside it.
func TestJoinCities(t *testing.T) {
	for _, tc := range []struct {
		words string
		city  int // infos[0].city
		spans []TokenSpan
		want  string
	}{
		{"Port - au - Prince", 5, []TokenSpan{{3, 5, "LOC"}}, "LOC 0-5"},
		{"Dar es Salaam", 3, []TokenSpan{{2, 3, "LOC"}}, "LOC 0-3"},
		{"Dar es Salaam", 3, nil, "LOC 0-3"},
		{"Port - au - Prince International Airport", 5, []TokenSpan{{0, 7, "LOC"}}, "LOC 0-7"},
		{"San Antonio", 2, []TokenSpan{{0, 2, "PER"}}, "PER 0-2"},
		{"Le Mans", 2, []TokenSpan{{1, 2, "PER"}}, "PER 1-2"},
		{"port - au - prince", 5, nil, ""},
	} {
		infos := analyse(strings.Fields(tc.words), nil, nil)
		infos[0].city = tc.city
		s := spanSet{spans: tc.spans, scores: make([]float64, len(tc.spans))}
		joinCities(infos, &s)
		if g := spanList(s.spans, ", "); g != tc.want {
			t.Errorf("%q: got %s, want %s", tc.words, g, tc.want)
		}
	}
}

// A name after "fête du" is a holiday's, in French.
func TestFrenchHoliday(t *testing.T) {
	words := strings.Fields("à l' occasion de la fête du Trône , le roi")
	infos := analyse(words, nil, nil)
	out, _ := applyRules(infos, []TokenSpan{{7, 8, "LOC"}}, []float64{1}, "fr", true)
	for _, sp := range out {
		if sp.Start == 7 {
			t.Errorf("Trône kept as %s", sp.Type)
		}
	}
}
