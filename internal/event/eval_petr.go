package event

import (
	"bytes"
	"fmt"
	"html"
	"io"
	"os"
	"regexp"
	"strings"
	"time"
)

// PetrRecord is one record of a PETRARCH validation file (the PETRARCH-2
// unit tests, UD-PETRARCH's validation records): a sentence and the events
// it must give. vigie reads the text and ignores the given parse.
type PetrRecord struct {
	ID       string
	Category string
	Date     time.Time
	Text     string
	Events   []PetrEvent
	NoEvents bool   // noevents="True"
	Error    string // error="sentencediscard" and kin: no event expected
	Evaluate bool   // false when the file says evaluate="false"
}

// PetrEvent is one coded event: source, target and event code as written.
type PetrEvent struct {
	Source, Target, Code string
}

func (e PetrEvent) String() string { return e.Source + " → " + e.Target + " " + e.Code }

// PetrFile is a validation file: its records and the dictionaries and
// categories its environment names.
type PetrFile struct {
	Verbs, Actors, Agents, Discards string
	Include                         []string
	Records                         []PetrRecord
}

var (
	rxSentence = regexp.MustCompile(`(?s)<Sentence\b([^>]*)>(.*?)</Sentence>`)
	rxAttr     = regexp.MustCompile(`([A-Za-z_]+)\s*=\s*(?:"([^"]*)"|'([^']*)')`)
	rxCoding   = regexp.MustCompile(`<EventCoding\b([^>]*)>`)
	rxText     = regexp.MustCompile(`(?s)<Text>(.*?)</Text>`)
)

func envField(b []byte, name string) string {
	rx := regexp.MustCompile(`(?s)<` + name + `>(.*?)</` + name + `>`)
	if m := rx.FindSubmatch(b); m != nil {
		return strings.TrimSpace(string(m[1]))
	}
	return ""
}

func attrs(s string) map[string]string {
	m := map[string]string{}
	for _, a := range rxAttr.FindAllStringSubmatch(s, -1) {
		v := a[2]
		if v == "" {
			v = a[3]
		}
		m[strings.ToLower(a[1])] = v
	}
	return m
}

// ReadPetrFile reads a PETRARCH validation file.
func ReadPetrFile(path string) (*PetrFile, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("event: %w", err)
	}
	f, err := DecodePetr(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("event: %s: %w", path, err)
	}
	return f, nil
}

// DecodePetr reads a PETRARCH validation file from r. The files are not
// well-formed XML (comments hold "--", records hold PLOVER lines in
// angle brackets), so the elements vigie needs are read by pattern:
// Environment's file names, and each Sentence's attributes, EventCoding
// lines and Text.
func DecodePetr(r io.Reader) (*PetrFile, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	b = stripComments(b)
	f := &PetrFile{Verbs: envField(b, "Verbfile"), Actors: envField(b, "Actorfile"), Agents: envField(b, "Agentfile"),
		Discards: envField(b, "Discardfile"), Include: strings.Fields(envField(b, "Include"))}
	for _, m := range rxSentence.FindAllSubmatch(b, -1) {
		at := attrs(string(m[1]))
		body := m[2]
		rec := PetrRecord{ID: at["id"], Category: at["category"], Evaluate: !strings.EqualFold(at["evaluate"], "false")}
		if t := rxText.FindSubmatch(body); t != nil {
			rec.Text = html.UnescapeString(strings.Join(strings.Fields(string(t[1])), " "))
		}
		if t, err := time.Parse("20060102", strings.TrimSpace(at["date"])); err == nil {
			rec.Date = t
		}
		for _, c := range rxCoding.FindAllSubmatch(body, -1) {
			ca := attrs(string(c[1]))
			switch {
			case strings.EqualFold(ca["noevents"], "true"):
				rec.NoEvents = true
			case ca["error"] != "":
				rec.Error = ca["error"]
			case ca["eventcode"] != "":
				rec.Events = append(rec.Events, PetrEvent{Source: strings.TrimSpace(ca["sourcecode"]), Target: strings.TrimSpace(ca["targetcode"]), Code: strings.TrimSpace(ca["eventcode"])})
			}
		}
		f.Records = append(f.Records, rec)
	}
	if len(f.Records) == 0 {
		return nil, fmt.Errorf("no <Sentence> records")
	}
	return f, nil
}

// Included reports whether a record's category is among the file's
// Include list (all when the list is empty).
func (f *PetrFile) Included(r *PetrRecord) bool {
	if len(f.Include) == 0 {
		return true
	}
	for _, c := range f.Include {
		if strings.EqualFold(c, r.Category) {
			return true
		}
	}
	return false
}

// ScorePetr scores coded events against the records: an event is right
// when its source, target and code are the gold's exactly; a record is
// exactly right when its events are the gold's (as sets).
func ScorePetr(suite string, recs []PetrRecord, got [][]PetrEvent) Score {
	s := Score{Suite: suite, Records: len(recs)}
	for i := range recs {
		r := &recs[i]
		gold := dedupe(r.Events)
		prod := dedupe(got[i])
		s.Gold += len(gold)
		s.System += len(prod)
		used := make([]bool, len(gold))
		rep := SentenceReport{ID: r.ID, Text: r.Text}
		for _, e := range prod {
			hit := false
			for j, g := range gold {
				if !used[j] && g == e {
					used[j], hit = true, true
					break
				}
			}
			if hit {
				s.Correct++
			} else {
				rep.False = append(rep.False, e.String())
			}
		}
		for j, g := range gold {
			if !used[j] {
				rep.Missed = append(rep.Missed, g.String())
			}
		}
		if len(rep.Missed) == 0 && len(rep.False) == 0 {
			s.RecordsExact++
		} else {
			s.Sentences = append(s.Sentences, rep)
		}
	}
	s.finish()
	return s
}

func dedupe(es []PetrEvent) []PetrEvent {
	var out []PetrEvent
	for _, e := range es {
		dup := false
		for _, o := range out {
			if o == e {
				dup = true
			}
		}
		if !dup {
			out = append(out, e)
		}
	}
	return out
}

// stripComments removes <!-- … --> comments, which these files write with
// "--" inside, as XML does not allow.
func stripComments(b []byte) []byte {
	var out []byte
	for {
		i := bytes.Index(b, []byte("<!--"))
		if i < 0 {
			return append(out, b...)
		}
		out = append(out, b[:i]...)
		j := bytes.Index(b[i+4:], []byte("-->"))
		if j < 0 {
			return out
		}
		b = b[i+4+j+3:]
	}
}
