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
}

// ScoreGSR scores event types against the PLOVER gold standard records:
// got[i] are the events coded from record i, in text order. A record is
// right when its first event with a PLOVER reading reads as the gold type
// (for a code PLOVER reads two ways, as either, unless the modality chose
// one). Accuracy is over all records; precision over the records that
// got an event.
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
		for _, c := range got[i] {
			if c.Plover != "" {
				first = c
				break
			}
		}
		var names []string
		if p, ok := PLOVER(first.CAMEO); ok && first.Plover == p.Event {
			for _, p := range PLOVERAll(first.CAMEO) {
				names = append(names, p.Event)
			}
		} else if first.Plover != "" {
			names = []string{first.Plover}
		}
		if slices.Contains(names, want) {
			s.Correct++
			s.RecordsExact++
			continue
		}
		rep.Missed = append(rep.Missed, want)
		rep.False = append(rep.False, fmt.Sprintf("%s %v", first.CAMEO, names))
		s.Sentences = append(s.Sentences, rep)
	}
	s.finish()
	acc := s.R
	s.Accuracy = &acc
	return s
}
