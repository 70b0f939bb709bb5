package event

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/vigie-events/vigie/internal/doc"
)

// SeedGold is the hand annotation of the seed article (gold/seed.gold.json);
// the scoring rules are those of gold/README.md.
type SeedGold struct {
	Document struct {
		File      string `json:"file"`
		Language  string `json:"language"`
		Crawled   string `json:"crawled"`
		Published string `json:"published"`
	} `json:"document"`
	Events      []SeedEvent     `json:"events"`
	Optional    []SeedEvent     `json:"optional_events"`
	MustNotCode []SeedForbidden `json:"must_not_code"`
}

// SeedEvent is one gold event.
type SeedEvent struct {
	ID            string   `json:"id"`
	Sentence      string   `json:"sentence"`
	Source        []string `json:"source"`
	Target        []string `json:"target"`
	CAMEO         string   `json:"cameo"`
	AltCAMEO      []string `json:"alt_cameo"`
	Date          string   `json:"date"` // YYYY-MM-DD or YYYY-MM; "" when not scored
	DateTolerance int      `json:"date_tolerance_days"`
	Symmetric     bool     `json:"symmetric"`
}

// SeedForbidden is an event the coder must not produce.
type SeedForbidden struct {
	Sentence  string `json:"sentence"`
	Forbidden struct {
		Source string `json:"source"`
		Target string `json:"target"`
		CAMEO  string `json:"cameo"` // a code, or "any dyadic"
	} `json:"forbidden"`
	Why string `json:"why"`
}

// ReadSeedGold reads gold/seed.gold.json.
func ReadSeedGold(path string) (*SeedGold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("event: seed gold: %w", err)
	}
	var g SeedGold
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("event: seed gold %s: %w", path, err)
	}
	return &g, nil
}

func (g *SeedEvent) matches(e *doc.Event, checkDate bool) bool {
	dyad := func(src, tgt string) bool {
		return anyAccepts(g.Source, src) && anyAccepts(g.Target, tgt)
	}
	if !dyad(e.Source.Code, e.Target.Code) && !(g.Symmetric && dyad(e.Target.Code, e.Source.Code)) {
		return false
	}
	if !cameoAccepts(append([]string{g.CAMEO}, g.AltCAMEO...), e.CAMEO) {
		return false
	}
	if checkDate && g.Date != "" && !dateAccepts(g.Date, g.DateTolerance, e.Date) {
		return false
	}
	return true
}

func anyAccepts(gold []string, got string) bool {
	for _, g := range gold {
		if codeAccepts(g, got) {
			return true
		}
	}
	return false
}

// dateAccepts compares a produced date with a gold day (within tol days)
// or month.
func dateAccepts(gold string, tol int, got time.Time) bool {
	if got.IsZero() {
		return false
	}
	if len(gold) == len("2006-01") {
		return got.Format("2006-01") == gold
	}
	d, err := time.Parse("2006-01-02", gold)
	if err != nil {
		return false
	}
	g := time.Date(got.Year(), got.Month(), got.Day(), 0, 0, 0, 0, time.UTC)
	diff := g.Sub(d).Hours() / 24
	if diff < 0 {
		diff = -diff
	}
	return diff <= float64(tol)
}

func (f *SeedForbidden) matches(e *doc.Event) bool {
	if normSentence(f.Sentence) != normSentence(e.Sentence.Text) {
		return false
	}
	if f.Forbidden.CAMEO == "any dyadic" {
		return e.Source.Code != "" && e.Target.Code != ""
	}
	return codeAccepts(f.Forbidden.Source, e.Source.Code) && codeAccepts(f.Forbidden.Target, e.Target.Code) &&
		cameoAccepts([]string{f.Forbidden.CAMEO}, e.CAMEO)
}

func normSentence(s string) string {
	s = strings.ReplaceAll(s, "’", "'")
	return strings.Join(strings.Fields(s), " ")
}

// describe writes a produced event for a report.
func describe(e *doc.Event) string {
	s := fmt.Sprintf("%s → %s %s", e.Source.Code, e.Target.Code, e.CAMEO)
	if !e.Date.IsZero() {
		s += " " + e.Date.Format("2006-01-02")
	}
	return s + fmt.Sprintf(" (%s; %q → %q; %s)", e.Modality, e.Source.Text, e.Target.Text, e.Rule)
}

// ScoreSeed scores the events coded from the seed article against its
// gold, by the rules of gold/README.md: a gold event is matched once;
// a produced event that repeats a matched one (same dyad, code and date)
// is a duplicate; optional events neither add nor cost; anything that
// matches must_not_code is a false positive, reported by name.
func ScoreSeed(g *SeedGold, events []doc.Event) Score {
	s := Score{Suite: "seed", Records: len(g.Events), Gold: len(g.Events)}
	matched := make([]bool, len(g.Events))
	dateWrong := make([]string, len(g.Events))
	bySentence := map[string]*SentenceReport{}
	var order []string
	report := func(text string) *SentenceReport {
		k := normSentence(text)
		r, ok := bySentence[k]
		if !ok {
			r = &SentenceReport{Text: text}
			bySentence[k] = r
			order = append(order, k)
		}
		return r
	}
	for i := range events {
		e := &events[i]
		forbidden := false
		for _, f := range g.MustNotCode {
			if f.matches(e) {
				r := report(e.Sentence.Text)
				r.False = append(r.False, "MUST NOT CODE ("+f.Why+"): "+describe(e))
				s.System++
				forbidden = true
				break
			}
		}
		if forbidden {
			continue
		}
		hit := -1
		for j := range g.Events {
			if !matched[j] && g.Events[j].matches(e, true) {
				hit = j
				break
			}
		}
		if hit >= 0 {
			matched[hit] = true
			s.Correct++
			s.System++
			continue
		}
		dup := false
		for j := range g.Events {
			if matched[j] && g.Events[j].matches(e, true) {
				dup = true
				break
			}
		}
		if dup {
			s.Duplicates++
			r := report(e.Sentence.Text)
			r.Duplicates = append(r.Duplicates, describe(e))
			continue
		}
		optional := false
		for j := range g.Optional {
			if g.Optional[j].matches(e, false) {
				optional = true
				break
			}
		}
		if optional {
			continue
		}
		for j := range g.Events {
			if !matched[j] && g.Events[j].matches(e, false) && dateWrong[j] == "" {
				dateWrong[j] = e.Date.Format("2006-01-02")
			}
		}
		s.System++
		r := report(e.Sentence.Text)
		r.False = append(r.False, describe(e))
	}
	for j, ge := range g.Events {
		if matched[j] {
			continue
		}
		r := report(ge.Sentence)
		r.ID = ge.ID
		m := fmt.Sprintf("%s: %v → %v %s", ge.ID, ge.Source, ge.Target, ge.CAMEO)
		if ge.Date != "" {
			m += " " + ge.Date
		}
		if dateWrong[j] != "" {
			m += " (found, dated " + dateWrong[j] + ")"
		}
		r.Missed = append(r.Missed, m)
	}
	for _, k := range order {
		s.Sentences = append(s.Sentences, *bySentence[k])
	}
	exact := 0
	for j := range g.Events {
		if matched[j] {
			exact++
		}
	}
	s.RecordsExact = exact
	s.finish()
	return s
}
