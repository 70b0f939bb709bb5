package store

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/vigie-events/vigie/internal/doc"
)

// EventFilter selects aggregated events. Within a field the values are
// alternatives (OR); fields combine with AND. The zero value selects
// every event.
type EventFilter struct {
	Actor    []string // source or target actor code; "USA*" is a prefix
	Source   []string
	Target   []string
	Country  []string // ISO 3166 alpha-3 of the source's, target's or place's country
	CAMEO    []string // event code; "14*" is a prefix
	Root     []string // CAMEO root code, 01–20
	Quad     []int    // 1–4
	Plover   []string // PLOVER event type
	Modality []string
	From, To int // days YYYYMMDD, inclusive; 0: open
	BBox     *BBox
	Lang     []string
	Domain   []string // some mention's source domain
	Q        string   // full-text query over the mentioning articles
	// UpdatedSince keeps the events whose values changed after it (a
	// store stamp, see stampFormat).
	UpdatedSince string
	Doc          string // events mentioned by this document
}

// BBox is a longitude/latitude rectangle, edges included.
type BBox struct {
	MinLon, MinLat, MaxLon, MaxLat float64
}

// Sort orders of ListEvents.
var Sorts = []string{"-date", "date", "-updated", "updated", "-mentions", "mentions", "id"}

// EventQuery is one page of ListEvents.
type EventQuery struct {
	EventFilter
	Sort   string // one of Sorts; default "-date", or "updated" with UpdatedSince
	Limit  int    // page size, 1–MaxPage; default DefaultPage
	Cursor string // from the previous page's Next
}

// Page sizes of ListEvents.
const (
	DefaultPage = 100
	MaxPage     = 1000
)

// Limits on filter values.
const (
	maxValues   = 64  // values of one parameter
	maxQueryLen = 512 // bytes of a full-text query
)

// ParamError is a query parameter that is unknown or has a bad value.
type ParamError struct {
	Param  string
	Value  string
	Reason string
}

func (e *ParamError) Error() string {
	if e.Value == "" {
		return fmt.Sprintf("parameter %q: %s", e.Param, e.Reason)
	}
	v := e.Value
	if len(v) > 64 {
		v = v[:64] + "…"
	}
	return fmt.Sprintf("parameter %q: %s (got %q)", e.Param, e.Reason, v)
}

// FilterParams are the query parameters ParseFilter reads, with what each
// means; the API and the export command document them from this list.
var FilterParams = []struct{ Name, Help string }{
	{"actor", "source or target actor code, or a prefix ending in * (USA, USAGOV, FRA*); comma-separated alternatives"},
	{"source", "source actor code or prefix"},
	{"target", "target actor code or prefix"},
	{"country", "ISO 3166 alpha-3 country of the source, the target or the place (FRA, MAR)"},
	{"cameo", "CAMEO event code or prefix (0211, 14*)"},
	{"root", "CAMEO root code, 01 to 20"},
	{"quad", "quad class, 1 (verbal cooperation) to 4 (material conflict)"},
	{"plover", "PLOVER event type (PROTEST, ASSAULT)"},
	{"modality", "asserted, reported, future, hypothetical (the most certain of the mentions')"},
	{"from", "first day, YYYY-MM-DD, inclusive"},
	{"to", "last day, YYYY-MM-DD, inclusive"},
	{"bbox", "minLon,minLat,maxLon,maxLat: events whose place lies inside"},
	{"lang", "language of the first article (fr, en)"},
	{"domain", "source domain of some mentioning article (lemonde.fr)"},
	{"q", "full-text query over the mentioning articles (words, \"a phrase\", prefix*, -word)"},
	{"updated_since", "RFC 3339 time: only events created or changed after it"},
	{"doc", "id of a document: only the events it mentions"},
}

// ParseFilter reads an EventFilter from query parameters and returns the
// parameters it did not use, for the caller to read or refuse. A bad value
// is a *ParamError naming the parameter.
func ParseFilter(v url.Values) (EventFilter, url.Values, error) {
	var f EventFilter
	rest := url.Values{}
	for name, vals := range v {
		if !slices.ContainsFunc(FilterParams, func(p struct{ Name, Help string }) bool { return p.Name == name }) {
			rest[name] = vals
			continue
		}
		if err := f.set(name, vals); err != nil {
			return EventFilter{}, nil, err
		}
	}
	if f.From != 0 && f.To != 0 && f.From > f.To {
		return EventFilter{}, nil, &ParamError{Param: "to", Value: v.Get("to"), Reason: "is before from"}
	}
	return f, rest, nil
}

// ParseEventQuery reads an EventQuery; a parameter it does not know is a
// *ParamError.
func ParseEventQuery(v url.Values) (EventQuery, error) {
	f, rest, err := ParseFilter(v)
	if err != nil {
		return EventQuery{}, err
	}
	q := EventQuery{EventFilter: f}
	for name, vals := range rest {
		val, err := single(name, vals)
		if err != nil {
			return EventQuery{}, err
		}
		switch name {
		case "sort":
			if !slices.Contains(Sorts, val) {
				return EventQuery{}, &ParamError{name, val, "want one of " + strings.Join(Sorts, ", ")}
			}
			q.Sort = val
		case "limit":
			n, err := strconv.Atoi(val)
			if err != nil || n < 1 || n > MaxPage {
				return EventQuery{}, &ParamError{name, val, fmt.Sprintf("want a whole number from 1 to %d", MaxPage)}
			}
			q.Limit = n
		case "cursor":
			q.Cursor = val
		default:
			return EventQuery{}, &ParamError{Param: name, Reason: "unknown parameter"}
		}
	}
	if _, err := q.decodeCursor(); err != nil {
		return EventQuery{}, err
	}
	return q, nil
}

func single(name string, vals []string) (string, error) {
	if len(vals) != 1 {
		return "", &ParamError{Param: name, Reason: "given more than once"}
	}
	return vals[0], nil
}

// values splits comma-separated alternatives, refusing empty ones.
func values(name string, vals []string) ([]string, error) {
	var out []string
	for _, v := range vals {
		for p := range strings.SplitSeq(v, ",") {
			p = strings.TrimSpace(p)
			if p == "" {
				return nil, &ParamError{name, v, "empty value"}
			}
			out = append(out, p)
		}
	}
	if len(out) > maxValues {
		return nil, &ParamError{Param: name, Reason: fmt.Sprintf("more than %d values", maxValues)}
	}
	return out, nil
}

func (f *EventFilter) set(name string, vals []string) error {
	switch name {
	case "q", "from", "to", "bbox", "updated_since", "doc":
		val, err := single(name, vals)
		if err != nil {
			return err
		}
		return f.setSingle(name, val)
	}
	vs, err := values(name, vals)
	if err != nil {
		return err
	}
	for _, v := range vs {
		bad := func(reason string) error { return &ParamError{name, v, reason} }
		switch name {
		case "actor", "source", "target":
			u := strings.ToUpper(v)
			if !codeLike(strings.TrimSuffix(u, "*"), 1, 30, isUpperAlnum) {
				return bad("want a CAMEO actor code (letters and digits), or a prefix ending in *")
			}
			switch name {
			case "actor":
				f.Actor = append(f.Actor, u)
			case "source":
				f.Source = append(f.Source, u)
			default:
				f.Target = append(f.Target, u)
			}
		case "country":
			u := strings.ToUpper(v)
			if !codeLike(u, 3, 3, isUpper) {
				return bad("want an ISO 3166 alpha-3 code such as FRA")
			}
			f.Country = append(f.Country, u)
		case "cameo":
			if !codeLike(strings.TrimSuffix(v, "*"), 1, 4, isDigit) {
				return bad("want a CAMEO event code (2 to 4 digits), or a prefix ending in *")
			}
			if !strings.HasSuffix(v, "*") && len(v) < 2 {
				return bad("want a CAMEO event code (2 to 4 digits), or a prefix ending in *")
			}
			f.CAMEO = append(f.CAMEO, v)
		case "root":
			n, err := strconv.Atoi(v)
			if err != nil || len(v) != 2 || n < 1 || n > 20 {
				return bad("want a CAMEO root code from 01 to 20")
			}
			f.Root = append(f.Root, v)
		case "quad":
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 || n > 4 {
				return bad("want a quad class from 1 to 4")
			}
			f.Quad = append(f.Quad, n)
		case "plover":
			u := strings.ToUpper(v)
			if !codeLike(u, 2, 20, func(r byte) bool { return isUpper(r) || r == '_' || r == '-' }) {
				return bad("want a PLOVER event type such as PROTEST")
			}
			f.Plover = append(f.Plover, u)
		case "modality":
			m := doc.Modality(strings.ToLower(v))
			if _, ok := modalityRank[m]; !ok || m == doc.Negated {
				return bad("want asserted, reported, future or hypothetical")
			}
			f.Modality = append(f.Modality, string(m))
		case "lang":
			l := strings.ToLower(v)
			if !codeLike(l, 2, 3, func(r byte) bool { return 'a' <= r && r <= 'z' }) {
				return bad("want a language code such as fr or en")
			}
			f.Lang = append(f.Lang, l)
		case "domain":
			d := strings.TrimPrefix(strings.ToLower(v), "www.")
			if !codeLike(d, 1, 253, func(r byte) bool { return isLowerAlnum(r) || r == '.' || r == '-' }) {
				return bad("want a host name such as lemonde.fr")
			}
			f.Domain = append(f.Domain, d)
		}
	}
	return nil
}

func (f *EventFilter) setSingle(name, v string) error {
	bad := func(reason string) error { return &ParamError{name, v, reason} }
	switch name {
	case "q":
		if len(v) > maxQueryLen || !utf8.ValidString(v) {
			return bad(fmt.Sprintf("want valid UTF-8 of at most %d bytes", maxQueryLen))
		}
		if ftsQuery(v) == "" {
			return bad("has no word to look for")
		}
		f.Q = v
	case "from", "to":
		t, err := time.Parse(time.DateOnly, v)
		if err != nil {
			return bad("want a day YYYY-MM-DD")
		}
		if name == "from" {
			f.From = dayInt(t)
		} else {
			f.To = dayInt(t)
		}
	case "bbox":
		parts := strings.Split(v, ",")
		if len(parts) != 4 {
			return bad("want minLon,minLat,maxLon,maxLat")
		}
		var n [4]float64
		for i, p := range parts {
			x, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
			if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
				return bad("want four numbers minLon,minLat,maxLon,maxLat")
			}
			n[i] = x
		}
		b := BBox{n[0], n[1], n[2], n[3]}
		switch {
		case b.MinLon < -180 || b.MaxLon > 180 || b.MinLat < -90 || b.MaxLat > 90:
			return bad("longitudes must lie in [-180, 180] and latitudes in [-90, 90]")
		case b.MinLon > b.MaxLon || b.MinLat > b.MaxLat:
			return bad("the minimum must not exceed the maximum (a box across the antimeridian is two queries)")
		}
		f.BBox = &b
	case "updated_since":
		t, err := time.Parse(time.RFC3339Nano, v)
		if err != nil {
			return bad("want an RFC 3339 time such as 2024-05-01T12:00:00Z")
		}
		f.UpdatedSince = t.UTC().Format(stampFormat)
	case "doc":
		if !codeLike(v, 1, 64, func(r byte) bool { return isLowerAlnum(r) || isUpper(r) || r == '-' || r == '_' }) {
			return bad("want a document id")
		}
		f.Doc = v
	}
	return nil
}

func codeLike(s string, minLen, maxLen int, ok func(byte) bool) bool {
	if len(s) < minLen || len(s) > maxLen {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !ok(s[i]) {
			return false
		}
	}
	return true
}

func isUpper(r byte) bool       { return 'A' <= r && r <= 'Z' }
func isDigit(r byte) bool       { return '0' <= r && r <= '9' }
func isUpperAlnum(r byte) bool  { return isUpper(r) || isDigit(r) }
func isLowerAlnum(r byte) bool  { return ('a' <= r && r <= 'z') || isDigit(r) }
func prefixEnd(p string) string { return p[:len(p)-1] + string(p[len(p)-1]+1) }

// cursor is the position after the last event of a page: the sort key's
// value and the event's seq.
type cursor struct {
	Sort string `json:"s"`
	Int  int64  `json:"i,omitempty"`
	Str  string `json:"t,omitempty"`
	Seq  int64  `json:"q"`
}

func (c cursor) encode() string {
	b, _ := json.Marshal(c)
	return base64.RawURLEncoding.EncodeToString(b)
}

// sort returns the query's sort order, filling in the default.
func (q *EventQuery) sort() string {
	switch {
	case q.Sort != "":
		return q.Sort
	case q.UpdatedSince != "":
		return "updated"
	}
	return "-date"
}

func (q *EventQuery) decodeCursor() (*cursor, error) {
	if q.Cursor == "" {
		return nil, nil
	}
	bad := &ParamError{"cursor", q.Cursor, "not a cursor of this query (take it from the previous page's next_cursor)"}
	if len(q.Cursor) > 512 {
		return nil, bad
	}
	b, err := base64.RawURLEncoding.DecodeString(q.Cursor)
	if err != nil {
		return nil, bad
	}
	var c cursor
	if err := json.Unmarshal(b, &c); err != nil || c.Sort != q.sort() || c.Seq < 0 {
		return nil, bad
	}
	return &c, nil
}
