package annotate

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/vigie-events/vigie/internal/actor"
	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/event"
)

// PetrSuite names a PETRARCH validation suite.
type PetrSuite int

// The PETRARCH suites.
const (
	PetrUnit PetrSuite = iota + 1 // petrarch2/PETR.UnitTest.records.xml
	UDPetr                        // universal-petrarch/PETR_Validate_records_2_02.xml
)

func (s PetrSuite) paths(shared string) (name, dir, file string) {
	if s == UDPetr {
		return "ud-petr-2.02", filepath.Join(shared, "data", "eventdata", "universal-petrarch"), "PETR_Validate_records_2_02.xml"
	}
	return "petr-unit", filepath.Join(shared, "data", "eventdata", "petrarch2"), "PETR.UnitTest.records.xml"
}

// PetrAnnotator returns an annotator set up with a validation file's own
// dictionaries: its verb dictionary (PETRARCH-1/TABARI or PETRARCH-2
// format) and its actor and agent dictionaries, and nothing of vigie's.
func PetrAnnotator(dir string, f *event.PetrFile) (*Annotator, error) {
	vd, err := event.ReadVerbFile(filepath.Join(dir, f.Verbs))
	if vd == nil {
		return nil, fmt.Errorf("annotate: %w", err)
	}
	lex := event.NewLexicon()
	lex.AddVerbDict("en", vd)
	k := actor.New()
	var paths []string
	for _, p := range []string{f.Actors, f.Agents} {
		if p != "" {
			paths = append(paths, filepath.Join(dir, p))
		}
	}
	if err := k.LoadPetrarch(paths...); err != nil {
		var el actor.ErrorList
		if !errors.As(err, &el) {
			return nil, fmt.Errorf("annotate: %w", err)
		}
	}
	return New(Config{Lexicon: lex, Actors: k, NoEntities: true, NoPlaces: true, Coder: event.CoderConfig{KeepNegated: true, NoGuestVisits: true}})
}

// EvalPetr scores a PETRARCH suite from the sentences' text.
func EvalPetr(shared string, suite PetrSuite) (event.Score, error) {
	name, dir, file := suite.paths(shared)
	f, err := event.ReadPetrFile(filepath.Join(dir, file))
	if err != nil {
		return event.Score{}, err
	}
	a, err := PetrAnnotator(dir, f)
	if err != nil {
		return event.Score{}, err
	}
	if suite == UDPetr {
		// UD-PETRARCH codes a negated verb as another event of its
		// internal ontology ("did not clash" is not a clash); vigie
		// codes no event there, as it does for news.
		a.coder = event.NewCoder(a.lex, event.CoderConfig{})
	}
	discards := readDiscards(filepath.Join(dir, f.Discards))
	var recs []event.PetrRecord
	var got [][]event.PetrEvent
	skipped := 0
	for _, r := range f.Records {
		if !r.Evaluate || !f.Included(&r) {
			skipped++
			continue
		}
		recs = append(recs, r)
		evs := a.PetrEvents(r, discards)
		if suite == PetrUnit {
			evs = splitCodes(evs)
		}
		got = append(got, evs)
	}
	s := event.ScorePetr(name, recs, got)
	if skipped > 0 {
		s.Notes = append(s.Notes, fmt.Sprintf("%d records left out: evaluate=\"false\" or a category outside the file's Include list", skipped))
	}
	return s, nil
}

// PetrEvents codes one validation record.
func (a *Annotator) PetrEvents(r event.PetrRecord, discards []string) []event.PetrEvent {
	low := " " + strings.ToLower(r.Text) + " "
	for _, d := range discards {
		if strings.Contains(low, " "+d+" ") {
			return nil
		}
	}
	var out []event.PetrEvent
	for _, s := range a.Parse(r.Text, "en", r.Date) {
		for _, c := range a.coder.Code(&s) {
			out = append(out, event.PetrEvent{Source: c.Source.Code, Target: c.Target.Code, Code: c.Code})
		}
	}
	return out
}

// splitCodes writes an event between actors with several codes
// ("THE_SHIRE [FRO/BIL/SAM]") as one event per pair of codes, as the
// PETRARCH-2 unit tests expect; UD-PETRARCH keeps the codes joined.
func splitCodes(evs []event.PetrEvent) []event.PetrEvent {
	var out []event.PetrEvent
	for _, e := range evs {
		if !strings.Contains(e.Source, "/") && !strings.Contains(e.Target, "/") {
			out = append(out, e)
			continue
		}
		for _, s := range strings.Split(e.Source, "/") {
			for _, t := range strings.Split(e.Target, "/") {
				out = append(out, event.PetrEvent{Source: s, Target: t, Code: e.Code})
			}
		}
	}
	return out
}

// readDiscards reads a PETRARCH discard file: phrases whose presence
// means the sentence (or, with '+', the story) is not coded.
func readDiscards(path string) []string {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		if i := strings.IndexAny(l, "#;"); i >= 0 {
			l = l[:i]
		}
		l = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l), "+"))
		if l == "" || strings.HasPrefix(l, "<") {
			continue
		}
		out = append(out, strings.ToLower(strings.ReplaceAll(l, "_", " ")))
	}
	return out
}

// EvalGSR scores the event types coded from the PLOVER gold standard
// records (CAMEO manual example sentences) with vigie's own dictionaries.
func EvalGSR(shared string) (event.Score, error) {
	recs, err := event.ReadGSR(filepath.Join(shared, "data", "eventdata", "plover", "PLOVER_GSR_CAMEO.txt"))
	if err != nil {
		return event.Score{}, err
	}
	// Negated events are kept: PLOVER reads a negated cooperative act
	// as REJECT.
	a, err := New(Config{NoPlaces: true, Coder: event.CoderConfig{Monadic: true, KeepNegated: true}})
	if err != nil {
		return event.Score{}, err
	}
	ref := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	got := make([][]event.GSRCoded, len(recs))
	for i, r := range recs {
		d := &doc.Document{ID: r.ID, Text: r.Text, Lang: "en", Published: ref}
		p := a.ParseDocument(d)
		for _, e := range a.EventsFrom(d, p) {
			depth, rel := triggerDepth(p, e.Evidence.Trigger)
			got[i] = append(got[i], event.GSRCoded{CAMEO: e.CAMEO, Plover: e.Plover.Event, Depth: depth, Rel: rel, Trigger: r.Text[e.Evidence.Trigger[0]:e.Evidence.Trigger[1]]})
		}
	}
	return event.ScoreGSR(recs, got), nil
}

// triggerDepth returns how deep in its sentence's parse the word of a
// trigger lies (event.ClauseDepth) and the word's relation; -1 and ""
// when no word has the trigger's span.
func triggerDepth(p *DocParse, trigger [2]int) (int, string) {
	if p == nil {
		return -1, ""
	}
	for _, ws := range p.Words {
		for i, w := range ws {
			if w.Span.Start == trigger[0] && w.Span.End == trigger[1] {
				return event.ClauseDepth(ws, i), ws[i].Deprel
			}
		}
	}
	return -1, ""
}
