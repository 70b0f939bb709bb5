package entity

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestDocRules(t *testing.T) {
	m := mustLoad(t)
	g := m.langs["en"].gaz
	for _, tc := range []struct {
		name  string
		sents []string
		spans [][]TokenSpan // the tagger's, per sentence
		want  []string      // per sentence, "TYPE start-end" joined by spaces
	}{
		{
			name:  "a first name and a surname alone",
			sents: []string{"I met Priya Mazzoni yesterday .", "Priya was late and Mazzoni paid ."},
			spans: [][]TokenSpan{{{2, 4, "PER"}}, nil},
			want:  []string{"PER 2-4", "PER 0-1 PER 4-5"},
		},
		{
			name:  "both names together",
			sents: []string{"Ask Priya Mazzoni .", "Priya Mazzoni said no ."},
			spans: [][]TokenSpan{{{1, 3, "PER"}}, nil},
			want:  []string{"PER 1-3", "PER 0-2"},
		},
		{
			name:  "labelled words stay as the tagger put them",
			sents: []string{"Ask Priya Mazzoni .", "Mazzoni Deli is open ."},
			spans: [][]TokenSpan{{{1, 3, "PER"}}, {{0, 2, "LOC"}}},
			want:  []string{"PER 1-3", "LOC 0-2"},
		},
		{
			name:  "common words and lower case are not names",
			sents: []string{"Ask Priya Green .", "Green is nice , priya said ."},
			spans: [][]TokenSpan{{{1, 3, "PER"}}, nil},
			want:  []string{"PER 1-3", ""},
		},
		{
			name:  "an acronym defined in brackets, later alone, unlabelled or typed otherwise",
			sents: []string{"the Northern Water Board ( NWB ) met .", "The NWB said no .", "Ask NWB ."},
			spans: [][]TokenSpan{{{1, 4, "ORG"}, {5, 6, "ORG"}}, {{0, 2, "LOC"}}, nil},
			want:  []string{"ORG 1-4 ORG 5-6", "ORG 1-2", "ORG 1-2"},
		},
		{
			name:  "an undefined acronym that spells a mention's capitals",
			sents: []string{"the Coalition Provisional Authority ruled .", "Critics of the CPA spoke .", "The CPA 's budget"},
			spans: [][]TokenSpan{{{1, 4, "ORG"}}, nil, {{0, 2, "ORG"}}},
			want:  []string{"ORG 1-4", "ORG 3-4", "ORG 0-2"},
		},
		{
			name:  "links inside, not at the ends; persons spell nothing",
			sents: []string{"the Bank of England and Tony Blair", "BE and TB and BOE"},
			spans: [][]TokenSpan{{{1, 4, "ORG"}, {5, 7, "PER"}}, nil},
			want:  []string{"ORG 1-4 PER 5-7", "ORG 0-1"},
		},
		{
			name:  "storms are no persons",
			sents: []string{"Hurricane Rita hit Texas", "Rita was dangerous", "Rita Hayworth sang", "Ask Hurricane Rita"},
			spans: [][]TokenSpan{{{0, 2, "PER"}, {3, 4, "LOC"}}, {{0, 1, "PER"}}, {{0, 2, "PER"}}, {{1, 3, "PER"}}},
			want:  []string{"LOC 3-4", "", "PER 0-2", ""},
		},
		{
			name:  "a sign-off by initials, in order or surname first",
			sents: []string{"Thanks", "dp", "Dana Pollard", "- PD", "\" Tanner , Gail \"", "GT"},
			spans: [][]TokenSpan{nil, nil, {{0, 2, "PER"}}, nil, {{1, 4, "PER"}}, nil},
			want:  []string{"", "PER 0-1", "PER 0-2", "PER 1-2", "PER 1-4", "PER 0-1"},
		},
		{
			name:  "initials of no one, or a word",
			sents: []string{"Dana Pollard", "ok", "dp now", "d"},
			spans: [][]TokenSpan{{{0, 2, "PER"}}, nil, nil, nil},
			want:  []string{"PER 0-2", "", "", ""},
		},
		{
			name:  "one-word persons teach nothing",
			sents: []string{"Ask Priya .", "Priya said no ."},
			spans: [][]TokenSpan{{{1, 2, "PER"}}, nil},
			want:  []string{"PER 1-2", ""},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var doc []docSent
			for k, s := range tc.sents {
				words := strings.Fields(s)
				spans := slices.Clone(tc.spans[k])
				scores := make([]float64, len(spans))
				for j := range scores {
					scores[j] = 0.9
				}
				doc = append(doc, docSent{infos: analyse(words, g, nil), spans: spans, scores: scores})
			}
			docRules(doc)
			for k, d := range doc {
				var got []string
				for _, sp := range d.spans {
					got = append(got, fmt.Sprintf("%s %d-%d", sp.Type, sp.Start, sp.End))
				}
				if g := strings.Join(got, " "); g != tc.want[k] {
					t.Errorf("sentence %d: %q, want %q", k, g, tc.want[k])
				}
				if len(d.scores) != len(d.spans) {
					t.Errorf("sentence %d: %d scores for %d spans", k, len(d.scores), len(d.spans))
				}
				for _, sc := range d.scores {
					if sc != 0.9 {
						t.Errorf("sentence %d: score %v, want the full name's 0.9", k, sc)
					}
				}
			}
		})
	}
}

func TestInitialsStart(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int // start of the name, -1 for none
	}{
		{"filed by the Northern Valley Water Quality Board ( NVWQB ) today", 3},
		{"against the Housing Authority of New Orleans ( HANO ) last week", 2},
		{"la Direction générale de la sûreté nationale ( DGSN ) a", 1},
		{"a plant-wide Safety - First Review Team ( SFRT ) met", 2},
		{"officials of the Board ( NVWQB ) met", -1},                                   // too few words
		{"the New Orleans , Housing Authority ( NOHA ) said", -1},                      // a comma inside
		{"the northern valley water board ( NVWB ) said", -1},                          // no capital at the start
		{"the United States ( US ) said", -1},                                          // two letters: too short
		{"the Very Long Named Association Of Many Small Kinds ( VLNAOMSKX ) said", -1}, // nine letters
	} {
		words := strings.Fields(tc.text)
		i := slices.Index(words, "(") + 1
		infos := analyse(words, nil, nil)
		if got := initialsStart(infos, i); got != tc.want {
			t.Errorf("%q: %d, want %d", tc.text, got, tc.want)
		}
	}
}
