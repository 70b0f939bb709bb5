package entity

import (
	"math"
	"testing"
)

// The merged domain table must score every token as the tagger does with
// the general features and their domain copies.
func TestDomainTableMatchesTagger(t *testing.T) {
	m := mustLoad(t)
	for _, tc := range []struct {
		lang   string
		domain uint64
		words  []string
	}{
		{"fr", domainNews, []string{"Le", "ministre", "Jean", "Durand", "a", "rencontré", "l'", "ONU", "à", "Alger", "."}},
		{"en", domainNews, []string{"Defense", "Secretary", "Mark", "Esper", "met", "NATO", "officials", "in", "Tunis", "."}},
		{"en", domainWeb, []string{"we", "ate", "at", "burger", "king", "near", "Chicago", "lol"}},
	} {
		lm := m.langs[tc.lang]
		infos := analyse(tc.words, lm.gaz, nil)
		n := len(tc.words)
		plain := make([][]uint64, n)
		dom := make([][]uint64, n)
		for i := range n {
			plain[i] = features(nil, infos, i)
			dom[i] = withDomain(features(nil, infos, i), tc.domain)
		}
		want := make([]float32, n*nTags)
		got := make([]float32, n*nTags)
		lm.tagger.emissions(want, dom)
		lm.doms.get(lm.tagger, tc.domain).emissions(got, plain)
		for i := range want {
			if math.Abs(float64(want[i]-got[i])) > 1e-3*max(1, math.Abs(float64(want[i]))) {
				t.Fatalf("%s %q tag %d: merged table %v, tagger %v", tc.lang, tc.words[i/nTags], i%nTags, got[i], want[i])
			}
		}
	}
}

func TestFnvInverse(t *testing.T) {
	if fnvInverse*fnvPrime != 1 {
		t.Fatalf("fnvInverse·fnvPrime = %d", fnvInverse*fnvPrime)
	}
}
