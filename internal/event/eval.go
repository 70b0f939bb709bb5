package event

import (
	"fmt"
	"io"
	"strings"
)

// Evaluation of the coder against gold suites (eval_*.go): precision,
// recall and F1 over events, with every miss and false positive listed by
// sentence so that a person can see why.

// Score is the result of one suite.
type Score struct {
	Suite        string   `json:"suite"`
	P            float64  `json:"p"`
	R            float64  `json:"r"`
	F1           float64  `json:"f1"`
	Records      int      `json:"records"`
	RecordsExact int      `json:"records_exact"`
	Accuracy     *float64 `json:"accuracy,omitempty"`

	Correct    int `json:"-"` // produced events that match a gold event
	System     int `json:"-"` // produced events, duplicates and optional ones left out
	Gold       int `json:"-"` // gold events
	Duplicates int `json:"-"`
	// Sentences lists, for each record with a difference, what was missed
	// and what was wrong.
	Sentences []SentenceReport `json:"-"`
	// Notes are remarks about the run (records skipped and why).
	Notes []string `json:"-"`
}

// SentenceReport is the difference between gold and coder on one record.
type SentenceReport struct {
	ID         string
	Text       string
	Missed     []string // gold events not found
	False      []string // produced events that match no gold event
	Duplicates []string
}

// finish computes the ratios from the counts.
func (s *Score) finish() {
	if s.System > 0 {
		s.P = float64(s.Correct) / float64(s.System)
	}
	if s.Gold > 0 {
		s.R = float64(s.Correct) / float64(s.Gold)
	}
	if s.P+s.R > 0 {
		s.F1 = 2 * s.P * s.R / (s.P + s.R)
	}
	if s.System == 0 && s.Gold == 0 {
		s.P, s.R, s.F1 = 1, 1, 1
	}
	s.P, s.R, s.F1 = round4(s.P), round4(s.R), round4(s.F1)
}

func round4(x float64) float64 {
	return float64(int(x*10000+0.5)) / 10000
}

// WriteText writes the score for people: the figures, then the records
// with differences.
func (s *Score) WriteText(w io.Writer) {
	fmt.Fprintf(w, "suite %s: %d records, %d exactly right\n", s.Suite, s.Records, s.RecordsExact)
	fmt.Fprintf(w, "events: precision %.3f  recall %.3f  F1 %.3f  (%d correct, %d produced, %d gold, %d duplicates)\n",
		s.P, s.R, s.F1, s.Correct, s.System, s.Gold, s.Duplicates)
	if s.Accuracy != nil {
		fmt.Fprintf(w, "event-type accuracy %.3f\n", *s.Accuracy)
	}
	for _, n := range s.Notes {
		fmt.Fprintf(w, "note: %s\n", n)
	}
	for _, r := range s.Sentences {
		fmt.Fprintf(w, "\n[%s] %s\n", r.ID, oneLine(r.Text))
		for _, m := range r.Missed {
			fmt.Fprintf(w, "  missed  %s\n", m)
		}
		for _, m := range r.False {
			fmt.Fprintf(w, "  false   %s\n", m)
		}
		for _, m := range r.Duplicates {
			fmt.Fprintf(w, "  dup     %s\n", m)
		}
	}
}

func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 300 {
		cut := 300
		for cut > 0 && s[cut]&0xC0 == 0x80 {
			cut--
		}
		s = s[:cut] + "…"
	}
	return s
}

// codeAccepts reports whether a produced actor code matches a gold one:
// equal, or a refinement of it (gold USA accepts USAGOV).
func codeAccepts(gold, got string) bool {
	return got != "" && strings.HasPrefix(got, gold)
}

// cameoAccepts reports whether a produced CAMEO code matches one of the
// accepted codes: equal, or a 4-digit code whose parent is accepted.
func cameoAccepts(accepted []string, got string) bool {
	for _, a := range accepted {
		if got == a || (len(got) == 4 && Parent(got) == a) {
			return true
		}
	}
	return false
}
