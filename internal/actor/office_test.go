package actor

import "testing"

func TestOfficeClash(t *testing.T) {
	tests := []struct {
		role, prev string
		want       bool
	}{
		{"interior minister", "Tunisian President Kais Saied", true},
		{"ministre de l'Intérieur", "le ministre des Affaires étrangères Nabil Ammar", true},
		{"secrétaire à la Défense", "le secrétaire américain à la Défense Mark Esper", false},
		{"prime minister", "the Italian prime minister", false},
		{"minister", "Prime Minister Benjamin Netanyahu", true},
		{"défense", "Esper", false},
		{"l'agence", "AFP", false},
		{"the government", "President Macron", false},
	}
	for _, tt := range tests {
		if got := OfficeOf(tt.role).Clashes(OfficeOf(tt.prev)); got != tt.want {
			t.Errorf("clash of %q and %q = %v, want %v", tt.role, tt.prev, got, tt.want)
		}
	}
}
