package syntax

import "testing"

// Typographic apostrophes and quotes are read as the ASCII ones the
// treebanks use: "l’Élysée" is a determiner and a name, not two names.
func TestTypographicForms(t *testing.T) {
	tests := []struct {
		lang  string
		words []string
		i     int
		upos  string
		lemma string
	}{
		{"fr", []string{"Il", "a", "reçu", "à", "l’", "Élysée", "son", "homologue", "."}, 4, "DET", "le"},
		{"fr", []string{"Il", "a", "reçu", "à", "l'", "Élysée", "son", "homologue", "."}, 4, "DET", "le"},
		{"fr", []string{"Il", "n’", "est", "pas", "venu", "."}, 1, "ADV", "ne"},
		{"en", []string{"They", "do", "n’t", "know", "."}, 2, "PART", "not"},
		{"en", []string{"He", "said", "“", "no", "”", "."}, 2, "PUNCT", `"`},
	}
	for _, tt := range tests {
		m, err := Load(tt.lang)
		if err != nil {
			t.Fatal(err)
		}
		a := m.Annotate(tt.words)
		if got := a[tt.i]; got.UPOS != tt.upos || got.Lemma != tt.lemma || got.Form != tt.words[tt.i] {
			t.Errorf("%q in %q: %s %q %q, want %s %q", tt.words[tt.i], tt.words, got.UPOS, got.Form, got.Lemma, tt.upos, tt.lemma)
		}
	}
}

func TestNormalizeForm(t *testing.T) {
	for in, want := range map[string]string{
		"l’": "l'", "aujourd’hui": "aujourd'hui", "“": `"`, "«": "«", "—": "—", "État": "État", "": "",
	} {
		if got := normalizeForm(in); got != want {
			t.Errorf("normalizeForm(%q) = %q, want %q", in, got, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { _ = normalizeForm("président") }); n != 0 {
		t.Errorf("normalizeForm of a plain word: %v allocations", n)
	}
}
