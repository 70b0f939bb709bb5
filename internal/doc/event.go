package doc

import "time"

// Modality says how the text presents an event.
type Modality string

// Modalities. Negated events and open questions are not emitted as events;
// the others are, with their modality.
const (
	Asserted     Modality = "asserted"
	Negated      Modality = "negated"
	Hypothetical Modality = "hypothetical" // conditional, "could", "si…"
	Future       Modality = "future"       // future or expected: "devrait", "will", "is due to"
	Reported     Modality = "reported"     // attributed speech: "a indiqué l'AFP", "officials said"
)

// Actor is one side of an event.
type Actor struct {
	Text     string `json:"text"`               // the words in the article
	Code     string `json:"code"`               // CAMEO actor code, e.g. USAGOV
	Name     string `json:"name,omitempty"`     // canonical name
	Wikidata string `json:"wikidata,omitempty"` // Q-id where known
}

// Plover is an event's PLOVER coding.
type Plover struct {
	Event   string `json:"event"`
	Mode    string `json:"mode,omitempty"`
	Context string `json:"context,omitempty"`
}

// Place is where an event happened, or the stated fallback.
type Place struct {
	Name      string  `json:"name"`
	GeonameID int     `json:"geonameid,omitempty"`
	Country   string  `json:"country,omitempty"` // ISO 3166 alpha-3
	Lat       float64 `json:"lat,omitempty"`
	Lon       float64 `json:"lon,omitempty"`
	// Kind says where the place comes from: "action" (attached to the
	// event's clause) or a fallback such as "target-country".
	Kind string `json:"kind"`
}

// SentenceRef is the sentence an event was coded from.
type SentenceRef struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Evidence holds the byte spans, in the article text, of the words that
// support an event.
type Evidence struct {
	Source  [2]int `json:"source"`
	Target  [2]int `json:"target"`
	Trigger [2]int `json:"trigger"`
}

// Event is one coded event: who did what to whom, when and where, with
// the words that prove it.
type Event struct {
	ID              string      `json:"id"`
	Doc             string      `json:"doc"`
	Lang            string      `json:"lang"`
	Date            time.Time   `json:"date"`
	DateGranularity string      `json:"date_granularity"` // day, week, month, year
	DateExpr        string      `json:"date_expr,omitempty"`
	Source          Actor       `json:"source"`
	Target          Actor       `json:"target"`
	CAMEO           string      `json:"cameo"`
	CAMEORoot       string      `json:"cameo_root"`
	Quad            int         `json:"quad"`
	Goldstein       float64     `json:"goldstein"`
	Plover          Plover      `json:"plover"`
	Modality        Modality    `json:"modality"`
	Place           *Place      `json:"place,omitempty"`
	Sentence        SentenceRef `json:"sentence"`
	Evidence        Evidence    `json:"evidence"`
	Mentions        int         `json:"mentions"`
	Confidence      float64     `json:"confidence"`
	Rule            string      `json:"rule"`
}
