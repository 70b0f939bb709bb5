package annotate

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vigie-events/vigie/internal/event"
)

// TestZZDebug prints parse, actors and events of DEBUG_SENT (temporary).
func TestZZDebug(t *testing.T) {
	sent := os.Getenv("DEBUG_SENT")
	if sent == "" {
		t.Skip()
	}
	var a *Annotator
	var err error
	switch os.Getenv("DEBUG_SUITE") {
	case "unit", "ud":
		dir := "/work/shared/data/eventdata/petrarch2"
		file := "PETR.UnitTest.records.xml"
		if os.Getenv("DEBUG_SUITE") == "ud" {
			dir = "/work/shared/data/eventdata/universal-petrarch"
			file = "PETR_Validate_records_2_02.xml"
		}
		f, err2 := event.ReadPetrFile(filepath.Join(dir, file))
		if err2 != nil {
			t.Fatal(err2)
		}
		a, err = PetrAnnotator(dir, f)
	case "gsr":
		a, err = New(Config{NoPlaces: true, Coder: event.CoderConfig{Monadic: true}})
	default:
		a, err = New(Config{NoPlaces: true})
	}
	if err != nil {
		t.Fatal(err)
	}
	lang := os.Getenv("DEBUG_LANG")
	if lang == "" {
		lang = "en"
	}
	for _, s := range strings.Split(sent, "|") {
		for _, x := range a.actors.Actors(s, time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), lang) {
			fmt.Printf("RAW %q %s %+v\n", x.Text, x.Code.Code, x.Code.Evidence)
		}
		for _, ps := range a.Parse(s, lang, time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)) {
			for i, w := range ps.Words {
				fmt.Printf("%2d %-15s %-12s %-5s %2d %-10s %s\n", i, w.Form, w.Lemma, w.UPOS, w.Head, w.Deprel, w.Feats)
			}
			for _, m := range ps.Actors {
				fmt.Printf("ACTOR %q %s %v group=%d\n", m.Text, m.Code, m.Span, len(m.Group))
			}
			for _, c := range a.coder.Code(&ps) {
				fmt.Printf("EVENT %s → %s %s  %s  %s\n", c.Source.Code, c.Target.Code, c.Code, c.Rule, c.Modality)
			}
		}
	}
}

// TestZZSuite writes a suite's report to DEBUG_OUT (temporary).
func TestZZSuite(t *testing.T) {
	name := os.Getenv("DEBUG_SUITE_NAME")
	if name == "" {
		t.Skip()
	}
	var s event.Score
	var err error
	switch name {
	case "petr-unit":
		s, err = EvalPetr("/work/shared", PetrUnit)
	case "ud-petr-2.02":
		s, err = EvalPetr("/work/shared", UDPetr)
	case "plover-gsr":
		s, err = EvalGSR("/work/shared")
	}
	if err != nil {
		t.Fatal(err)
	}
	f, _ := os.Create(os.Getenv("DEBUG_OUT"))
	s.WriteText(f)
	f.Close()
}
