package event

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
)

// GSRActor is a source or target of a PLOVER gold standard record.
type GSRActor struct {
	Text   string `json:"actorText"` // the words in the sentence
	Code   string `json:"code"`      // ISO-3166 alpha-3, IGO, …
	Sector string `json:"sector"`    // GOV, MIL, CVL, … or ""
}

// GSRPlace is the location of a gold standard event, when coded.
type GSRPlace struct {
	Name        string `json:"name"`
	CountryCode string `json:"country code"` // ISO-3166 alpha-2, or ""
}

// GSRRecord is one event of the PLOVER gold standard records
// (PLOVER_GSR_CAMEO.txt: example sentences of the CAMEO manual coded in
// PLOVER 0.5b1 categories). Fields the file leaves out are empty.
type GSRRecord struct {
	ID        string     // "PLOVER-GSR01-AGREE-0001"
	Date      string     // always "2000-01-01" in this file
	Event     string     // PLOVER 0.5b1 event type: "AGREE", "DEMAND", "FIGHT", …
	EventText string     // the event words, as listed by the coder
	Mode      string     // "visit", "heavy-weapons", … or ""
	Contexts  []string   // "diplomatic, military" → [diplomatic military]
	Source    []GSRActor // several for compound actors
	Target    []GSRActor
	Text      string // the sentence
	// Markup is the sentence with (SRC: …), (TAR: …), (SRC/TAR: …),
	// (EVT: …) and (LOC: …) marks.
	Markup   string
	Place    *GSRPlace // eventLoc
	Language string
	Size     string // crowd size, as written ("Thousands", "500000")
	Dead     string
	Injured  string
	Comment  string
	Version  string // PLOVER version of the coding
}

// gsrJSON mirrors the file: target is sometimes "" instead of a list,
// textInfo sometimes a bare string instead of {"markup": …}.
type gsrJSON struct {
	ID        string          `json:"id"`
	Date      string          `json:"date"`
	Event     string          `json:"event"`
	EventText string          `json:"eventText"`
	Mode      *string         `json:"mode"`
	Context   *string         `json:"context"`
	Source    json.RawMessage `json:"source"`
	Target    json.RawMessage `json:"target"`
	Text      string          `json:"text"`
	TextInfo  json.RawMessage `json:"textInfo"`
	EventLoc  *GSRPlace       `json:"eventLoc"`
	Language  string          `json:"language"`
	Size      string          `json:"size"`
	Dead      string          `json:"dead"`
	Injured   string          `json:"injured"`
	Comment   string          `json:"comment"`
	Version   string          `json:"version"`
}

// ReadGSR reads a PLOVER gold standard records file: a JSON array of
// records. The "DOCUMENT" records, which document the file, are left out.
func ReadGSR(path string) ([]GSRRecord, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("event: read gold standard records: %w", err)
	}
	defer f.Close()
	return DecodeGSR(f)
}

// DecodeGSR reads gold standard records from r; see [ReadGSR].
func DecodeGSR(r io.Reader) ([]GSRRecord, error) {
	var raw []gsrJSON
	if err := json.NewDecoder(r).Decode(&raw); err != nil {
		return nil, fmt.Errorf("event: decode gold standard records: %w", err)
	}
	out := make([]GSRRecord, 0, len(raw))
	for i, g := range raw {
		if g.Event == "DOCUMENT" {
			continue
		}
		rec := GSRRecord{
			ID: g.ID, Date: g.Date, Event: g.Event, EventText: g.EventText,
			Text: g.Text, Place: g.EventLoc, Language: g.Language,
			Size: g.Size, Dead: g.Dead, Injured: g.Injured, Comment: g.Comment,
			Version: g.Version,
		}
		if g.Mode != nil {
			rec.Mode = strings.TrimSpace(*g.Mode)
		}
		if g.Context != nil {
			for c := range strings.SplitSeq(*g.Context, ",") {
				if c = strings.TrimSpace(c); c != "" {
					rec.Contexts = append(rec.Contexts, c)
				}
			}
		}
		var err error
		if rec.Source, err = gsrActors(g.Source); err != nil {
			return nil, fmt.Errorf("event: gold standard record %d (%s): source: %w", i, g.ID, err)
		}
		if rec.Target, err = gsrActors(g.Target); err != nil {
			return nil, fmt.Errorf("event: gold standard record %d (%s): target: %w", i, g.ID, err)
		}
		if rec.Markup, err = gsrMarkup(g.TextInfo); err != nil {
			return nil, fmt.Errorf("event: gold standard record %d (%s): textInfo: %w", i, g.ID, err)
		}
		out = append(out, rec)
	}
	return out, nil
}

// gsrActors reads a list of actors. null, a missing field and a string
// are none: the file has "" for no target, and once "diplomatic", a
// context keyed as the target (PLOVER-GSR01-AGREE-0007).
func gsrActors(m json.RawMessage) ([]GSRActor, error) {
	m = bytes.TrimSpace(m)
	if len(m) == 0 || m[0] != '[' {
		var s *string
		if err := json.Unmarshal(orNull(m), &s); err != nil {
			return nil, fmt.Errorf("want a list of actors, have %.40s", m)
		}
		return nil, nil
	}
	var as []GSRActor
	if err := json.Unmarshal(m, &as); err != nil {
		return nil, err
	}
	return as, nil
}

// gsrMarkup reads textInfo: {"markup": "…"} or a bare string.
func gsrMarkup(m json.RawMessage) (string, error) {
	m = bytes.TrimSpace(m)
	if len(m) > 0 && m[0] == '{' {
		var ti struct {
			Markup string `json:"markup"`
		}
		err := json.Unmarshal(m, &ti)
		return ti.Markup, err
	}
	var s *string
	if err := json.Unmarshal(orNull(m), &s); err != nil {
		return "", err
	}
	if s == nil {
		return "", nil
	}
	return *s, nil
}

func orNull(m json.RawMessage) json.RawMessage {
	if len(m) == 0 {
		return json.RawMessage("null")
	}
	return m
}
