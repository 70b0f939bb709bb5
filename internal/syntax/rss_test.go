package syntax

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// BenchmarkBothModelsRSS loads the French and English models in one
// process and reports its peak resident memory (Linux), the figure the
// memory goal is about:
//
//	go test ./internal/syntax -run XXX -bench BothModelsRSS -benchtime 1x
func BenchmarkBothModelsRSS(b *testing.B) {
	for b.Loop() {
		fr, err := Load("fr")
		if err != nil {
			b.Fatal(err)
		}
		en, err := Load("en")
		if err != nil {
			b.Fatal(err)
		}
		fr.Annotate(strings.Fields("Le président a reçu son homologue à Alger ."))
		en.Annotate(strings.Fields("The president met his counterpart in Algiers ."))
	}
	if kb := peakRSSKB(); kb > 0 {
		b.ReportMetric(float64(kb)/1024, "peak-RSS-MB")
	}
}

// peakRSSKB returns the process's peak resident set in KB from
// /proc/self/status, or 0 where there is none.
func peakRSSKB() int {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			n, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
			return n
		}
	}
	return 0
}
