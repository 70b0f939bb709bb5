package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/vigie-events/vigie/internal/cluster"
	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/ingest"
	"github.com/vigie-events/vigie/internal/store"
)

// EventList is the answer of GET /api/events.
type EventList struct {
	Events     []store.Event `json:"events"`
	NextCursor string        `json:"next_cursor,omitempty"` // absent on the last page
	// Deleted lists, with updated_since, the events that lost their last
	// mention since then.
	Deleted []string `json:"deleted,omitempty"`
}

func (s *Server) listEvents(w http.ResponseWriter, r *http.Request) {
	q, err := store.ParseEventQuery(r.URL.Query())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	page, err := s.cfg.Store.ListEvents(r.Context(), q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	out := EventList{Events: page.Events, NextCursor: page.Next}
	if out.Events == nil {
		out.Events = []store.Event{}
	}
	if q.UpdatedSince != "" && q.Cursor == "" {
		if out.Deleted, err = s.cfg.Store.Deleted(r.Context(), q.UpdatedSince); err != nil {
			s.fail(w, r, err)
			return
		}
	}
	writeJSON(w, http.StatusOK, out)
}

// EventDetail is the answer of GET /api/events/{id}.
type EventDetail struct {
	Event    store.Event     `json:"event"`
	Mentions []store.Mention `json:"mentions"`
}

// noParams answers 400 when the request has query parameters: the
// endpoint takes none.
func noParams(s *Server, w http.ResponseWriter, r *http.Request) bool {
	for name := range r.URL.Query() {
		s.fail(w, r, &store.ParamError{Param: name, Reason: "unknown parameter"})
		return false
	}
	return true
}

// validID reports whether id looks like a vigie id: letters, digits, '-'
// and '_', at most 64 bytes.
func validID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

func (s *Server) getEvent(w http.ResponseWriter, r *http.Request) {
	if !noParams(s, w, r) {
		return
	}
	id := r.PathValue("id")
	if !validID(id) {
		s.fail(w, r, &store.ParamError{Param: "id", Value: id, Reason: "not an event id"})
		return
	}
	e, ms, err := s.cfg.Store.GetEvent(r.Context(), id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if ms == nil {
		ms = []store.Mention{}
	}
	writeJSON(w, http.StatusOK, EventDetail{Event: e, Mentions: ms})
}

// DocumentDetail is the answer of GET /api/documents/{id}: the article
// and every annotation, with byte offsets into Document.Text.
type DocumentDetail struct {
	Document *doc.Document  `json:"document"`
	Version  int            `json:"version"`
	Entities []store.Entity `json:"entities"`
	// Events are the document's coded events, each a mention of an
	// aggregated event (event_id), with sentence and evidence spans.
	Events   []store.Mention `json:"events"`
	Original *store.Link     `json:"original,omitempty"` // when this article copies another
	Copies   []store.Link    `json:"copies"`             // articles that copy this one
}

func (s *Server) getDocument(w http.ResponseWriter, r *http.Request) {
	if !noParams(s, w, r) {
		return
	}
	id := r.PathValue("id")
	if !validID(id) {
		s.fail(w, r, &store.ParamError{Param: "id", Value: id, Reason: "not a document id"})
		return
	}
	dd, err := s.document(r, id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, dd)
}

func (s *Server) document(r *http.Request, id string) (*DocumentDetail, error) {
	ctx := r.Context()
	st := s.cfg.Store
	d, v, err := st.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	dd := &DocumentDetail{Document: d, Version: v, Entities: []store.Entity{}, Events: []store.Mention{}, Copies: []store.Link{}}
	if es, err := st.Entities(ctx, id); err != nil {
		return nil, err
	} else if es != nil {
		dd.Entities = es
	}
	if ms, err := st.DocumentMentions(ctx, id); err != nil {
		return nil, err
	} else if ms != nil {
		dd.Events = ms
	}
	orig, err := st.Original(ctx, id)
	if err != nil {
		return nil, err
	}
	if orig.Original != "" {
		dd.Original = &orig
	}
	if cs, err := st.Copies(ctx, id); err != nil {
		return nil, err
	} else if cs != nil {
		dd.Copies = cs
	}
	return dd, nil
}

// intParam reads an optional whole number in [lo, hi].
func intParam(v url.Values, name string, def, lo, hi int) (int, error) {
	vals, ok := v[name]
	if !ok {
		return def, nil
	}
	if len(vals) != 1 {
		return 0, &store.ParamError{Param: name, Reason: "given more than once"}
	}
	n, err := strconv.Atoi(vals[0])
	if err != nil || n < lo || n > hi {
		return 0, &store.ParamError{Param: name, Value: vals[0], Reason: fmt.Sprintf("want a whole number from %d to %d", lo, hi)}
	}
	return n, nil
}

// oneOf reads an optional parameter that takes one of a few words.
func oneOf(v url.Values, name, def string, allowed []string) (string, error) {
	vals, ok := v[name]
	if !ok {
		return def, nil
	}
	if len(vals) != 1 {
		return "", &store.ParamError{Param: name, Reason: "given more than once"}
	}
	for _, a := range allowed {
		if vals[0] == a {
			return a, nil
		}
	}
	return "", &store.ParamError{Param: name, Value: vals[0], Reason: "want one of " + strings.Join(allowed, ", ")}
}

// rest refuses the parameters left unread.
func rest(v url.Values, read ...string) error {
	for name := range v {
		known := false
		for _, r := range read {
			known = known || r == name
		}
		if !known {
			return &store.ParamError{Param: name, Reason: "unknown parameter"}
		}
	}
	return nil
}

// ActorList is the answer of GET /api/actors.
type ActorList struct {
	Actors []store.ActorStat `json:"actors"`
}

func (s *Server) actors(w http.ResponseWriter, r *http.Request) {
	f, v, err := store.ParseFilter(r.URL.Query())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	role, err := oneOf(v, "role", "any", store.ActorRoles)
	if err == nil {
		err = rest(v, "role", "limit", "partners", "within")
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	limit, err := intParam(v, "limit", 50, 1, 1000)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	partners, err := intParam(v, "partners", 5, 0, 50)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	within, err := intParam(v, "within", 0, 0, 10_000_000)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	stats, err := s.cfg.Store.ActorsWithin(r.Context(), f, role, limit, partners, within)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if stats == nil {
		stats = []store.ActorStat{}
	}
	writeJSON(w, http.StatusOK, ActorList{Actors: stats})
}

// Timeline is the answer of GET /api/stats/timeline.
type Timeline struct {
	By      string                `json:"by"`
	Measure string                `json:"measure"`
	Points  []store.TimelinePoint `json:"points"`
}

func (s *Server) timeline(w http.ResponseWriter, r *http.Request) {
	f, v, err := store.ParseFilter(r.URL.Query())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	by, err := oneOf(v, "by", "quad", store.TimelineBy)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	measure, err := oneOf(v, "measure", "events", store.TimelineMeasures)
	if err == nil {
		err = rest(v, "by", "measure")
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	pts, err := s.cfg.Store.Timeline(r.Context(), f, by, measure)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if pts == nil {
		pts = []store.TimelinePoint{}
	}
	writeJSON(w, http.StatusOK, Timeline{By: by, Measure: measure, Points: pts})
}

// Submission is the body of POST /api/documents: an article as text or
// as HTML.
type Submission struct {
	ID        string `json:"id,omitempty"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
	Text      string `json:"text,omitempty"`
	HTML      string `json:"html,omitempty"`
	Published string `json:"published,omitempty"` // RFC 3339 or YYYY-MM-DD
	Lang      string `json:"lang,omitempty"`
}

// Submitted is the answer of POST /api/documents.
type Submitted struct {
	ID       string          `json:"id"`
	Status   string          `json:"status"` // inserted, updated, unchanged, duplicate
	Original *store.Link     `json:"original,omitempty"`
	Events   []store.Mention `json:"events"`
}

func (s *Server) postDocument(w http.ResponseWriter, r *http.Request) {
	if !s.authorized(w, r) {
		return
	}
	if !noParams(s, w, r) {
		return
	}
	if s.cfg.Process == nil {
		writeError(w, http.StatusNotImplemented, "this server has no pipeline to process articles", "")
		return
	}
	it, err := s.readSubmission(w, r)
	if err != nil {
		var pe *store.ParamError
		var tooBig *http.MaxBytesError
		switch {
		case errors.As(err, &tooBig):
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("body larger than %d bytes", tooBig.Limit), "")
		case errors.As(err, &pe):
			s.fail(w, r, err)
		default:
			writeError(w, http.StatusBadRequest, err.Error(), "")
		}
		return
	}
	ctx := r.Context()
	d, events, err := s.cfg.Process(ctx, it)
	if err == nil && d == nil {
		err = errors.New("the pipeline returned no document")
	}
	if err != nil {
		writeError(w, http.StatusUnprocessableEntity, "cannot process the article: "+err.Error(), "")
		return
	}
	res, err := s.Store(ctx, d, events)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, res)
}

// Store keeps a processed article: the document, its near-duplicate
// links and its events. It is what POST /api/documents does after
// processing, exported for batch callers.
func (s *Server) Store(ctx context.Context, d *doc.Document, events []doc.Event) (*Submitted, error) {
	st := s.cfg.Store
	pr, err := st.Put(ctx, d)
	if err != nil {
		return nil, err
	}
	out := &Submitted{ID: pr.ID, Status: pr.Status.String(), Events: []store.Mention{}}
	if pr.Status == store.Inserted || pr.Status == store.Updated {
		if sk, err := cluster.Sign(d.Text); err == nil {
			b, _ := sk.MarshalBinary()
			if err := st.PutSketch(ctx, pr.ID, b); err != nil {
				return nil, err
			}
			at := d.Published
			if at.IsZero() {
				at = d.Fetched
			}
			if at.IsZero() {
				at = time.Now()
			}
			if links := s.cfg.Dedup.Add(pr.ID, at, &sk); len(links) > 0 {
				ls := make([]store.Link, len(links))
				for i, l := range links {
					ls[i] = store.Link{Doc: l.Doc, Original: l.Original, Similarity: l.Similarity}
				}
				if err := st.SetLinks(ctx, ls); err != nil {
					return nil, err
				}
			}
		}
	}
	if pr.Status != store.Duplicate {
		for i := range events {
			events[i].Doc = pr.ID
		}
		if _, err := st.PutEvents(ctx, pr.ID, events, nil); err != nil {
			return nil, err
		}
	}
	if orig, err := st.Original(ctx, pr.ID); err != nil {
		return nil, err
	} else if orig.Original != "" {
		out.Original = &orig
	}
	ms, err := st.DocumentMentions(ctx, pr.ID)
	if err != nil {
		return nil, err
	}
	if ms != nil {
		out.Events = ms
	}
	return out, nil
}

// readSubmission reads a JSON Submission, or a raw text/plain or
// text/html body, into an ingest item.
func (s *Server) readSubmission(w http.ResponseWriter, r *http.Request) (*ingest.Item, error) {
	body := http.MaxBytesReader(w, r.Body, s.cfg.MaxBody)
	ct := strings.ToLower(strings.TrimSpace(strings.Split(r.Header.Get("Content-Type"), ";")[0]))
	it := &ingest.Item{Origin: doc.Origin{File: "api", Format: "api"}, Fetched: time.Now().UTC(), FetchedSource: doc.FetchInput}
	switch ct {
	case "application/json", "":
		var sub Submission
		dec := json.NewDecoder(body)
		dec.DisallowUnknownFields()
		if err := dec.Decode(&sub); err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				return nil, err
			}
			return nil, fmt.Errorf("body: not a submission: %w", err)
		}
		if dec.More() {
			return nil, errors.New("body: more than one JSON value")
		}
		if (sub.Text == "") == (sub.HTML == "") {
			return nil, &store.ParamError{Param: "text", Reason: "give exactly one of text and html"}
		}
		if sub.ID != "" && !validID(sub.ID) {
			return nil, &store.ParamError{Param: "id", Value: sub.ID, Reason: "want letters, digits, - and _ (at most 64)"}
		}
		it.ID, it.URL, it.Title, it.Lang = sub.ID, sub.URL, sub.Title, sub.Lang
		if sub.Published != "" {
			t, ok := ingest.ParseTime(sub.Published)
			if !ok {
				return nil, &store.ParamError{Param: "published", Value: sub.Published, Reason: "want RFC 3339 or YYYY-MM-DD"}
			}
			it.Published, it.PublishedSource = t, doc.PubInput
		}
		if sub.HTML != "" {
			it.Kind, it.Body = ingest.KindHTML, []byte(sub.HTML)
		} else {
			it.Kind, it.Text, it.Body = ingest.KindRecord, sub.Text, []byte(sub.Text)
		}
	case "text/plain", "text/html":
		b, err := io.ReadAll(body)
		if err != nil {
			return nil, err
		}
		it.Body = b
		it.Kind = ingest.KindText
		if ct == "text/html" {
			it.Kind = ingest.KindHTML
		}
	default:
		return nil, fmt.Errorf("unsupported Content-Type %q (want application/json, text/plain or text/html)", ct)
	}
	if len(it.Body) == 0 {
		return nil, errors.New("empty article")
	}
	return it, nil
}
