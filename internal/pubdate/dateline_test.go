package pubdate

import (
	"testing"
	"time"
)

func TestFromDateline(t *testing.T) {
	now := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		para, lang string
		want       string // 2006-01-02, or "" for none
	}{
		{"WASHINGTON, March 3, 2025 (Reuters) - The secretary met…", "en", "2025-03-03"},
		{"PARIS, 3 mars 2025 (AFP) – Le ministre a reçu…", "fr", "2025-03-03"},
		{"Tunis, le 28 septembre 2020 (TAP) - Le président…", "fr", "2020-09-28"},
		{"RIO DE JANEIRO, Brazil, May 2, 2024 (AP) — Floods…", "en", "2024-05-02"},
		{"N'DJAMENA, 12 janvier 2023 - L'armée…", "fr", "2023-01-12"},
		{"ST. PETERSBURG, Jan. 5, 2019 / Officials said…", "en", "2019-01-05"},
		{"BEIJING, Jan. 5 (Xinhua) -- China said…", "en", ""},              // no year
		{"WASHINGTON (Reuters) - The secretary met…", "en", ""},            // no date
		{"Yesterday, March 3, 2025 was a long day.", "en", ""},             // no agency or dash after it
		{"The talks, held on March 3, 2025 (a Monday) - ended.", "en", ""}, // not a place
		{"In Paris, on 3 March 2025, the minister said…", "en", ""},        // a sentence
		{"", "en", ""},
	}
	for _, tt := range tests {
		r, ok := FromDateline(tt.para, now, tt.lang)
		got := ""
		if ok {
			got = r.Time.Format("2006-01-02")
		}
		if got != tt.want {
			t.Errorf("FromDateline(%q) = %q (%+v), want %q", tt.para, got, r, tt.want)
		}
	}
}
