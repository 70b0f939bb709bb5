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
