package syntax

import "testing"

func TestSpellVariant(t *testing.T) {
	m := load(t, "en")
	tests := []struct {
		word        string
		repeatsOnly bool
		want        string
	}{
		{"soooo", false, "so"},
		{"prettty", false, "pretty"},
		{"recieved", false, "received"},      // two neighbours swapped
		{"accomodate", false, "accommodate"}, // a letter added
		{"excellant", false, "excellent"},    // a letter replaced
		{"veryyyy", true, "very"},            // repeats, for a capitalised word
		{"recieved", true, ""},               // but no edits
		{"xqzvw", false, ""},
		{"abc-d", false, ""},
		{"été", false, ""},
	}
	for _, tc := range tests {
		if got := m.spellVariant(tc.word, tc.repeatsOnly); got != tc.want {
			t.Errorf("spellVariant(%q, %v) = %q, want %q", tc.word, tc.repeatsOnly, got, tc.want)
		}
	}
}

func TestSpellFeatures(t *testing.T) {
	m := load(t, "en")
	toks := make([]token, 3)
	m.prepare([]string{"recieved", "Recieved", "qqqzx"}, toks)
	if toks[0].lexIdx < 0 || m.lex.form(toks[0].lexIdx) != "received" {
		t.Errorf("recieved: lexicon entry %d", toks[0].lexIdx)
	}
	if toks[1].lexIdx >= 0 {
		t.Errorf("Recieved (a capital): lexicon entry %q, want none", m.lex.form(toks[1].lexIdx))
	}
	if toks[2].lexIdx >= 0 || toks[2].td != 0 {
		t.Errorf("qqqzx: classes %d %d, want none", toks[2].lexIdx, toks[2].td)
	}
}

func BenchmarkSpellVariant(b *testing.B) {
	m := load(b, "en")
	for b.Loop() {
		m.spellVariant("qzxvbnmwrt", false) // no variant: every candidate tried
	}
}
