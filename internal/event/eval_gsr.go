package event

import "fmt"

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

// ScoreGSR scores event types against the PLOVER gold standard records:
// got[i] are the CAMEO codes coded from record i, best first. A record is
// right when the PLOVER reading of its first code that has one (any of its readings,
// for a code PLOVER reads two ways) is the gold type. Accuracy is over all
// records; precision over the records that got a code.
func ScoreGSR(recs []GSRRecord, got [][]string) Score {
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
		ok := false
		var names []string
		first := got[i][0]
		for _, c := range got[i] {
			if _, has := PLOVER(c); has {
				first = c
				break
			}
		}
		for _, p := range PLOVERAll(first) {
			names = append(names, p.Event)
			if p.Event == want {
				ok = true
			}
		}
		if ok {
			s.Correct++
			s.RecordsExact++
			continue
		}
		rep.Missed = append(rep.Missed, want)
		rep.False = append(rep.False, fmt.Sprintf("%s %v", first, names))
		s.Sentences = append(s.Sentences, rep)
	}
	s.finish()
	acc := s.R
	s.Accuracy = &acc
	return s
}
