package fold

import (
	"testing"
	"unicode/utf8"
)

func TestAppend(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Sécurité", "securite"},
		{"SÉCURITÉ", "securite"},
		{"Œuvre", "oeuvre"},
		{"1ᵉʳ", "1er"},
		{"naïve café", "naive cafe"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := string(Append(nil, tt.in)); got != tt.want {
				t.Errorf("Append(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Algérie", "algerie"},
		{"ALGÉRIE", "algerie"},
		{"Straße", "strasse"},
		{"Łódź", "lodz"},
		{"Ærø", "aero"},
		{"Ṣāliḥ", "salih"},
		{"Tebboune", "tebboune"},
		{"Се́рбия", "сербия"},      // Cyrillic with a combining accent
		{"e\u0301te\u0301", "ete"}, // decomposed accents are dropped
		{"« Paris »", "« paris »"},
		{"already folded", "already folded"},
	}
	for _, tt := range tests {
		if got := String(tt.in); got != tt.want {
			t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStringNoAllocWhenFolded(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() { _ = String("deja plie") }); n != 0 {
		t.Errorf("String of a folded word: %v allocations", n)
	}
}

// FuzzString checks that folding never panics, gives valid UTF-8 for valid
// input, and is idempotent.
func FuzzString(f *testing.F) {
	for _, s := range []string{"Sécurité", "1ᵉʳ", "Œuvre", "Ʉ", "\xff", "ǅ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := String(s)
		if utf8.ValidString(s) && !utf8.ValidString(once) {
			t.Fatalf("String(%q) = %q: invalid UTF-8", s, once)
		}
		if utf8.ValidString(s) {
			if twice := String(once); twice != once {
				t.Fatalf("not idempotent: %q → %q → %q", s, once, twice)
			}
		}
	})
}
