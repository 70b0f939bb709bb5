package fold

import "testing"

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
