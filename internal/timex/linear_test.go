package timex

import (
	"strings"
	"testing"
	"time"
)

// TestLinear checks that the time Find takes grows with the length of the
// text, not its square, on inputs made to stress each rule: 64 times the
// text may take at most 512 times as long (quadratic work: 4,096 times),
// with three tries, since the machine may be busy. Speed itself is
// measured by the benchmarks.
func TestLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing")
	}
	units := []string{
		"1 000 ", "1,000,", "le 2 octobre 2020 ", "2019-2020-", "il y a il y a ", "vendredi ",
		"une semaine après ", "a", "1", ".", "’", "mi-mi-", "la veille de la veille ",
		"dans la nuit de vendredi à ", "the end of the end of ", "02/10/2020/", "Oct. ",
	}
	for _, u := range units {
		small := strings.Repeat(u, 500)
		large := strings.Repeat(u, 32000)
		var ts, tl time.Duration
		for try := 0; try < 3; try++ {
			ts, tl = timeFind(small), timeFind(large)
			if tl <= 512*ts+20*time.Millisecond {
				break
			}
		}
		if tl > 512*ts+20*time.Millisecond {
			t.Errorf("%q: %v for 64 times the text that took %v", u, tl, ts)
		}
	}
}

func timeFind(s string) time.Duration {
	ref := time.Date(2020, 9, 28, 0, 0, 0, 0, time.UTC)
	best := time.Duration(1 << 62)
	for range 3 {
		start := time.Now()
		Find(s, "fr", ref)
		best = min(best, time.Since(start))
	}
	return best
}
