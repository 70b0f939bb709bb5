package syntax

import "testing"

// A demonym is its own lemma: the suffix edits learnt from capitalised
// lemmas ("syrian" -> "Syrian") no longer graft one demonym on another
// ("Algerian" -> "alSyrian").
func TestDemonymLemma(t *testing.T) {
	m, err := Load("en")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Tunisian", "Algerian", "Jordanian", "Ukrainian"} {
		a := m.Annotate([]string{w, "officials", "met", "."})
		if a[0].Lemma != w {
			t.Errorf("lemma of %q is %q", w, a[0].Lemma)
		}
	}
}

// A nationality that opens a sentence before a title is no root.
func TestLeadingAdjRoot(t *testing.T) {
	m, err := Load("en")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range [][]string{
		{"Algerian", "President", "Abdelmadjid", "Tebboune", "visited", "Paris", "."},
		{"Tunisian", "President", "Kais", "Saied", "sacked", "Prime", "Minister", "Ahmed", "Hachani", "on", "Wednesday", "."},
	} {
		a := m.Annotate(s)
		if a[0].Head != 2 || a[4].Head != 0 {
			t.Errorf("%v: %s→%d, %s→%d", s, a[0].Form, a[0].Head, a[4].Form, a[4].Head)
		}
	}
}
