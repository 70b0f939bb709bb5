package doc

import "testing"

func TestNormalizeURL(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", ""},
		{"host case and fragment", "HTTPS://Example.COM/a/b#top", "https://example.com/a/b"},
		{"tracking dropped, query sorted", "https://x.fr/p?b=2&utm_source=tw&a=1", "https://x.fr/p?a=1&b=2"},
		{"default port", "http://x.fr:80", "http://x.fr/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := NormalizeURL(tt.in); got != tt.want {
				t.Errorf("NormalizeURL(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNewIDStable(t *testing.T) {
	a := NewID("https://x.fr/p?utm_source=a", "one text")
	b := NewID("https://X.fr/p", "another text")
	if a != b || len(a) != 16 {
		t.Errorf("ids differ for the same URL: %q %q", a, b)
	}
	if NewID("", "t1") == NewID("", "t2") {
		t.Error("different texts without URL share an id")
	}
}
