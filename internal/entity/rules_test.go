package entity

import (
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
