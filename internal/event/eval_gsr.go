package event

import (
	"fmt"
	"slices"
)

// gsrNames maps the PLOVER 0.5b1 event names of the gold standard records
// to the 2021 names of the CAMEO→PLOVER table.
var gsrNames = map[string]string{
	"DEMAND":      "REQUEST",
	"DISAPPROVE":  "ACCUSE",
	"INVESTIGATE": "ACCUSE",
	"FIGHT":       "ASSAULT",
}

// GSRType returns the 2021 PLOVER name of a gold standard record's event.
func GSRType(event string) string {
	if n, ok := gsrNames[event]; ok {
		return n
	}
	return event
}

// GSRCoded is one event coded from a gold standard record: its CAMEO code
// and the PLOVER event it reads as ("" when it has none).
type GSRCoded struct {
	CAMEO, Plover string
	// Depth is how deep the trigger lies in the sentence's parse
	// ([ClauseDepth]); -1 when unknown.
	Depth   int
	Rel     string // the trigger's dependency relation, for the report
	Trigger string // the trigger's words, for the report
}

// mainEvent returns the index of the record's main event: of the events
// with a PLOVER reading, the one whose trigger lies least deep in the
// parse, the first in text order among equals; -1 when none has a
// reading. A record states one event; its subordinate clauses ("to
// encourage…", "after…", "which…") state the circumstances.
func mainEvent(got []GSRCoded) int {
	best := -1
	for i, c := range got {
		if c.Plover == "" {
			continue
		}
		if best < 0 || depthKey(c.Depth) < depthKey(got[best].Depth) {
			best = i
		}
	}
	return best
}

func depthKey(d int) int {
	if d < 0 {
		return 1 << 20
	}
	return d
}

// ScoreGSR scores event types against the PLOVER gold standard records:
// got[i] are the events coded from record i, in text order. A record is
// right when its main event (see mainEvent; the first event when none
// has a PLOVER reading) reads as the gold type (for a code PLOVER reads
// two ways, as either, unless the modality chose one). Accuracy is over
// all records; precision over the records that got an event.
func ScoreGSR(recs []GSRRecord, got [][]GSRCoded) Score {
	s := Score{Suite: "plover-gsr", Records: len(recs), Gold: len(recs)}
	for i, r := range recs {
		want := GSRType(r.Event)
		rep := SentenceReport{ID: r.ID, Text: r.Text}
		if len(got[i]) == 0 {
			rep.Missed = append(rep.Missed, want+" (nothing coded)")
			s.Sentences = append(s.Sentences, rep)
			continue
		}
		s.System++
		first := got[i][0]
		if m := mainEvent(got[i]); m >= 0 {
			first = got[i][m]
		}
		names := gsrNamesOf(first)
		if slices.Contains(names, want) {
			s.Correct++
			s.RecordsExact++
			continue
		}
		rep.Missed = append(rep.Missed, want)
		rep.False = append(rep.False, fmt.Sprintf("%s %v %q %s", first.CAMEO, names, first.Trigger, first.Rel))
		for _, c := range got[i] {
			if c != first {
				rep.False = append(rep.False, fmt.Sprintf("  also %s %v %q %s", c.CAMEO, gsrNamesOf(c), c.Trigger, c.Rel))
			}
		}
		s.Sentences = append(s.Sentences, rep)
	}
	s.finish()
	acc := s.R
	s.Accuracy = &acc
	return s
}

// gsrNamesOf returns the PLOVER events an event may be read as.
func gsrNamesOf(c GSRCoded) []string {
	var names []string
	if p, ok := PLOVER(c.CAMEO); ok && c.Plover == p.Event {
		for _, p := range PLOVERAll(c.CAMEO) {
			names = append(names, p.Event)
		}
	} else if c.Plover != "" {
		names = []string{c.Plover}
	}
	return names
}
