package event

import (
	"slices"
	"testing"

	"github.com/vigie-events/vigie/internal/doc"
)

// codesOf returns "CODE modality" for each event coded.
func codesOf(es []Coded) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Code+" "+string(e.Modality))
	}
	return out
}

// TestCoderReadings checks the readings added for event types: lemmas the
// lemmatizer got wrong, words of names and roles, adjectives of intent,
// the future of reported speech and of plans.
func TestCoderReadings(t *testing.T) {
	lex, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	plain := NewCoder(lex, CoderConfig{})
	monadic := NewCoder(lex, CoderConfig{Monadic: true, KeepNegated: true})
	tests := []struct {
		name    string
		c       *Coder
		words   []tw
		actors  map[[2]int]string
		want    []string // among the events
		notWant []string // codes that must not be coded
	}{
		{"bad lemma", plain, []tw{
			{"Rebels", "rebel", "NOUN", "", 2, "nsubj"},
			{"shelled", "shel", "VERB", "Tense=Past|VerbForm=Fin", 0, "root"},
			{"Gulu", "Gulu", "PROPN", "", 2, "obj"},
		}, map[[2]int]string{{1, 1}: "UGAREB", {3, 3}: "UGA"}, []string{"194 asserted"}, nil},
		{"word of a title", plain, []tw{
			{"Kenya's", "Kenya", "PROPN", "", 3, "nmod:poss"},
			{"Trade", "trade", "NOUN", "", 3, "compound"},
			{"Minister", "minister", "NOUN", "", 4, "nsubj"},
			{"met", "meet", "VERB", "Tense=Past|VerbForm=Fin", 0, "root"},
			{"Uganda", "Uganda", "PROPN", "", 4, "obj"},
		}, map[[2]int]string{{1, 1}: "KEN", {5, 5}: "UGA"}, []string{"040 asserted"}, []string{"061"}},
		{"field of a role", monadic, []tw{
			{"aid", "aid", "NOUN", "", 2, "compound"},
			{"officials", "official", "NOUN", "", 3, "nsubj"},
			{"said", "say", "VERB", "Tense=Past|VerbForm=Fin", 0, "root"},
		}, nil, nil, []string{"070"}},
		{"adjective of intent", monadic, []tw{
			{"Chile", "Chile", "PROPN", "", 3, "nsubj"},
			{"is", "be", "AUX", "", 3, "cop"},
			{"willing", "willing", "ADJ", "", 0, "root"},
			{"to", "to", "PART", "", 5, "mark"},
			{"act", "act", "VERB", "VerbForm=Inf", 3, "xcomp"},
		}, map[[2]int]string{{1, 1}: "CHL"}, []string{"030 asserted"}, nil},
		{"intent carried by the complement", monadic, []tw{
			{"Chile", "Chile", "PROPN", "", 3, "nsubj"},
			{"is", "be", "AUX", "", 3, "cop"},
			{"ready", "ready", "ADJ", "", 0, "root"},
			{"to", "to", "PART", "", 5, "mark"},
			{"meet", "meet", "VERB", "VerbForm=Inf", 3, "xcomp"},
			{"Peru", "Peru", "PROPN", "", 5, "obj"},
		}, map[[2]int]string{{1, 1}: "CHL", {6, 6}: "PER"}, []string{"036 future"}, []string{"030"}},
		{"future of reported speech", monadic, []tw{
			{"Chile", "Chile", "PROPN", "", 2, "nsubj"},
			{"said", "say", "VERB", "Tense=Past|VerbForm=Fin", 0, "root"},
			{"it", "it", "PRON", "", 5, "nsubj"},
			{"would", "would", "AUX", "VerbForm=Fin", 5, "aux"},
			{"meet", "meet", "VERB", "VerbForm=Inf", 2, "ccomp"},
			{"Peru", "Peru", "PROPN", "", 5, "obj"},
		}, map[[2]int]string{{1, 1}: "CHL", {6, 6}: "PER"}, []string{"040 future"}, nil},
		{"plan to act", monadic, []tw{
			{"Chile", "Chile", "PROPN", "", 2, "compound"},
			{"plans", "plan", "NOUN", "", 0, "root"},
			{"to", "to", "PART", "", 4, "mark"},
			{"impose", "impose", "VERB", "VerbForm=Inf", 2, "acl"},
			{"sanctions", "sanction", "NOUN", "", 4, "obj"},
		}, map[[2]int]string{{1, 1}: "CHL"}, []string{"163 future"}, nil},
		{"one actor both ways", monadic, []tw{
			{"Turkey", "Turkey", "PROPN", "", 2, "nsubj"},
			{"allowed", "allow", "VERB", "Tense=Past|VerbForm=Fin", 0, "root"},
			{"Turkish", "Turkish", "ADJ", "", 4, "amod"},
			{"refugees", "refugee", "NOUN", "", 2, "obj"},
		}, map[[2]int]string{{1, 1}: "TUR", {3, 4}: "TURREF"}, []string{"080 asserted"}, nil},
		{"object after a day", plain, []tw{
			{"Israel", "Israel", "PROPN", "", 2, "nsubj"},
			{"lifted", "lift", "VERB", "Tense=Past|VerbForm=Fin", 0, "root"},
			{"Friday", "Friday", "PROPN", "", 2, "obl:unmarked"},
			{"the", "the", "DET", "", 5, "det"},
			{"blockade", "blockade", "NOUN", "", 3, "appos"},
			{"of", "of", "ADP", "", 7, "case"},
			{"Gaza", "Gaza", "PROPN", "", 5, "nmod"},
		}, map[[2]int]string{{1, 1}: "ISR", {7, 7}: "PSE"}, []string{"0872 asserted"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.c.Code(sentence("en", tt.words, tt.actors))
			codes := codesOf(got)
			for _, w := range tt.want {
				if !slices.Contains(codes, w) {
					t.Errorf("got %v, want %q among them", codes, w)
				}
			}
			for _, e := range got {
				if slices.Contains(tt.notWant, e.Code) {
					t.Errorf("got %v, want no %s", codes, e.Code)
				}
			}
		})
	}
}

// TestPLOVERReadingRefusedRejection checks that a refused act the coder
// already made a rejection ("failed to reach agreement" 120) reads as
// REJECT.
func TestPLOVERReadingRefusedRejection(t *testing.T) {
	p, ok := PLOVERReading("120", doc.Asserted, StanceRefused)
	if !ok || p.Event != "REJECT" {
		t.Errorf("120 refused: %+v %v, want REJECT", p, ok)
	}
	if _, ok := PLOVERReading("190", doc.Asserted, StanceRefused); ok {
		t.Error("190 refused: want no reading")
	}
}
