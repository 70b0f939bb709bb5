package annotate

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/event"
)

// The event sets are vigie's own regression sets: wire-style sentences in
// French (fr-events.tsv) and English (en-events.tsv), written for the
// project, with the events each must give ("SRC TGT CAMEO", the first three
// letters of the actor codes; "sym" for a mutual event matched either way;
// "-" for none). They were used to find what to fix: development sets, not
// held-out tests. fr-heldout.tsv and en-heldout.tsv (90 sentences each,
// 2026) were written blind, by writers who never saw the development sets
// or vigie's output; they measure how the coder does on text nobody tuned
// it to, and must not be used to find what to fix. fr-dev2.tsv and
// en-dev2.tsv (100 and 120 sentences on 2018–2021 events, 2026) were
// written the same way as fresh development sets once the first ones had
// been tuned on for many sessions; fr-dev3.tsv and en-dev3.tsv (100 each,
// 2010–2017 events, more of Africa, Latin America and Asia) after them;
// fr-dev4.tsv and en-dev4.tsv (100 each, 2022–2024 events, written in the
// fifteenth session) after those, measured before any fix drawn from them;
// fr-dev5.tsv and en-dev5.tsv (100 each, 1995–2009 events, written in the
// sixteenth session) the same way: 0.465 and 0.490 with that session's
// starting code; fr-dev6.tsv and en-dev6.tsv (100 each, 1990–2024 events,
// half of them domestic politics and conflict, a fifth Latin America)
// later that session, measured before any fix drawn from them: 0.551 and
// 0.471 with the session's starting code, 0.584 and 0.565 with the fixes
// drawn from dev4 and dev5. fr-dev7.tsv and en-dev7.tsv (100 each,
// 2000–2024 events, long two-clause wire leads with pronouns, role
// descriptions, ministries, courts and armed groups; seventeenth session):
// 0.476 and 0.532 with that session's starting code.
//
// A hosted visit (043) also codes the guest's visit (042, the other way
// round), as the blind sets' writers did in seven of nine such sentences;
// the ten host lines of fr-events and en-events got the 042 in their gold
// on 2026-11-30. The sets' line numbers are ids (the French news
// development set of internal/entity names its sentences by them), so no
// line may be added above a sentence.
//
//go:embed evalsets/*.tsv
var evalSets embed.FS

// EventSets names the sets EvalSet scores, by suite name.
var EventSets = map[string]string{"fr-events": "fr", "en-events": "en", "fr-heldout": "fr", "en-heldout": "en", "fr-dev2": "fr", "en-dev2": "en", "fr-dev3": "fr", "en-dev3": "en", "fr-dev4": "fr", "en-dev4": "en", "fr-dev5": "fr", "en-dev5": "en", "fr-dev6": "fr", "en-dev6": "en", "fr-dev7": "fr", "en-dev7": "en"}

// setPublished is the date the set's sentences are read as published: a
// Monday.
var setPublished = time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC)

// setGold is one sentence of a set with its events.
type setGold struct {
	line   int
	text   string
	events []setEvent
}

// setEvent is a dyad (country or block prefixes) and a CAMEO code.
type setEvent struct {
	src, tgt, code string
	sym            bool
}

func (e setEvent) String() string {
	s := e.src + " " + e.tgt + " " + e.code
	if e.sym {
		s += " sym"
	}
	return s
}

// parseSet reads a set; file names it in errors.
func parseSet(file string, data []byte) ([]setGold, error) {
	var gold []setGold
	sc := bufio.NewScanner(bytes.NewReader(data))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		text, evs, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("%s:%d: no tab between the sentence and its events", file, n)
		}
		g := setGold{line: n, text: strings.TrimSpace(text)}
		if evs = strings.TrimSpace(evs); evs != "-" {
			for _, ev := range strings.Split(evs, ";") {
				fs := strings.Fields(ev)
				if len(fs) < 3 || len(fs) > 4 || (len(fs) == 4 && fs[3] != "sym") {
					return nil, fmt.Errorf("%s:%d: bad event %q: want SRC TGT CAMEO [sym]", file, n, ev)
				}
				g.events = append(g.events, setEvent{fs[0], fs[1], fs[2], len(fs) == 4})
			}
		}
		gold = append(gold, g)
	}
	return gold, sc.Err()
}

// matchSet pairs gold and coded events one to one; same says whether two
// codes agree. It returns the unmatched gold and coded events.
func matchSet(gold, got []setEvent, same func(a, b string) bool) (miss, fp []setEvent) {
	used := make([]bool, len(got))
	for _, g := range gold {
		found := false
		for i, e := range got {
			if used[i] || !same(g.code, e.code) {
				continue
			}
			if (g.src == e.src && g.tgt == e.tgt) || (g.sym && g.src == e.tgt && g.tgt == e.src) {
				used[i], found = true, true
				break
			}
		}
		if !found {
			miss = append(miss, g)
		}
	}
	for i, e := range got {
		if !used[i] {
			fp = append(fp, e)
		}
	}
	return miss, fp
}

// EvalSet codes each sentence of an event set as an article of its own and
// scores the coded (source, target, CAMEO code) against the gold: the Score
// is for exact codes, with a note giving the scores on the CAMEO root only.
// Events the coder marks hypothetical are not counted (the gold cannot say
// whether a hypothesis is an event).
func (a *Annotator) EvalSet(suite string) (event.Score, error) {
	lang, ok := EventSets[suite]
	if !ok {
		return event.Score{}, fmt.Errorf("annotate: no event set %q", suite)
	}
	file := "evalsets/" + suite + ".tsv"
	data, err := evalSets.ReadFile(file)
	if err != nil {
		return event.Score{}, fmt.Errorf("annotate: %w", err)
	}
	return a.evalSetData(suite, file, lang, data)
}

// EvalSetFile scores a user's event set, a file in the format of vigie's
// own sets (a sentence, a tab, its events "SRC TGT CAMEO [sym]" separated
// by "; ", or "-"; lines starting with "#" are comments), whose sentences
// are in lang ("fr" or "en") and read as published on Monday 2024-03-04.
func (a *Annotator) EvalSetFile(path, lang string) (event.Score, error) {
	if lang != "fr" && lang != "en" {
		return event.Score{}, fmt.Errorf("annotate: event set %s: language %q: want fr or en", path, lang)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return event.Score{}, fmt.Errorf("annotate: event set: %w", err)
	}
	return a.evalSetData(filepath.Base(path), path, lang, data)
}

// evalSetData scores the set data read from file.
func (a *Annotator) evalSetData(suite, file, lang string, data []byte) (event.Score, error) {
	gold, err := parseSet(file, data)
	if err != nil {
		return event.Score{}, fmt.Errorf("annotate: %w", err)
	}
	if len(gold) == 0 {
		return event.Score{}, fmt.Errorf("annotate: %s: no sentence", file)
	}
	s := event.Score{Suite: suite, Records: len(gold)}
	rootCorrect := 0
	hypo := 0
	for _, g := range gold {
		d := &doc.Document{ID: fmt.Sprintf("%s-%d", suite, g.line), Text: g.text, Lang: lang, Published: setPublished}
		var got []setEvent
		seen := map[setEvent]bool{}
		for _, e := range a.Events(d) {
			if e.Modality == doc.Hypothetical {
				hypo++
				continue
			}
			ev := setEvent{src: prefix3(e.Source.Code), tgt: prefix3(e.Target.Code), code: e.CAMEO}
			if !seen[ev] {
				seen[ev] = true
				got = append(got, ev)
			}
		}
		miss, fp := matchSet(g.events, got, func(a, b string) bool { return a == b })
		s.Gold += len(g.events)
		s.System += len(got)
		s.Correct += len(g.events) - len(miss)
		rmiss, _ := matchSet(g.events, got, func(a, b string) bool { return event.RootOf(a) == event.RootOf(b) })
		rootCorrect += len(g.events) - len(rmiss)
		if len(miss) == 0 && len(fp) == 0 {
			s.RecordsExact++
			continue
		}
		r := event.SentenceReport{ID: fmt.Sprintf("line %d", g.line), Text: g.text}
		for _, m := range miss {
			r.Missed = append(r.Missed, m.String())
		}
		for _, e := range fp {
			r.False = append(r.False, e.String())
		}
		s.Sentences = append(s.Sentences, r)
	}
	s.P, s.R, s.F1 = prf(s.Correct, s.System, s.Gold)
	rp, rr, rf := prf(rootCorrect, s.System, s.Gold)
	s.Notes = append(s.Notes,
		fmt.Sprintf("CAMEO root only: precision %.3f  recall %.3f  F1 %.3f", rp, rr, rf),
		fmt.Sprintf("%d hypothetical events not scored; a development set (used to find what to fix), not a held-out test", hypo))
	return s, nil
}

// prf returns precision, recall and F1 from counts, rounded to 4 places.
func prf(correct, system, gold int) (p, r, f1 float64) {
	if system > 0 {
		p = float64(correct) / float64(system)
	}
	if gold > 0 {
		r = float64(correct) / float64(gold)
	}
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	round := func(x float64) float64 { return float64(int(x*10000+0.5)) / 10000 }
	return round(p), round(r), round(f1)
}

func prefix3(code string) string {
	if len(code) > 3 {
		return code[:3]
	}
	return code
}
