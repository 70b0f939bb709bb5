package store

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"strconv"
	"strings"
	"time"

	"github.com/vigie-events/vigie/internal/doc"
)

// EventActor is one side of an aggregated event.
type EventActor struct {
	Code     string `json:"code"`
	Name     string `json:"name,omitempty"`
	Country  string `json:"country,omitempty"` // from the code
	Wikidata string `json:"wikidata,omitempty"`
	Text     string `json:"text,omitempty"` // the words of the first mention
}

// Event is an aggregated event: every mention of the same source, target,
// CAMEO code and day.
type Event struct {
	Seq             int64        `json:"global_id"` // GDELT's GLOBALEVENTID
	ID              string       `json:"id"`
	Date            string       `json:"date"` // YYYY-MM-DD
	DateGranularity string       `json:"date_granularity"`
	Source          EventActor   `json:"source"`
	Target          EventActor   `json:"target"`
	CAMEO           string       `json:"cameo"`
	CAMEORoot       string       `json:"cameo_root"`
	Quad            int          `json:"quad"`
	Goldstein       float64      `json:"goldstein"`
	Plover          doc.Plover   `json:"plover"`
	Modality        doc.Modality `json:"modality"`
	Lang            string       `json:"lang"`
	Place           *doc.Place   `json:"place,omitempty"`
	IsRoot          bool         `json:"is_root"`
	NumMentions     int          `json:"num_mentions"`
	NumSources      int          `json:"num_sources"`
	NumArticles     int          `json:"num_articles"`
	Confidence      float64      `json:"confidence"`
	FirstDoc        string       `json:"first_doc"`
	SourceURL       string       `json:"source_url"`
	Created         time.Time    `json:"created"`
	Updated         time.Time    `json:"updated"`

	day int
}

// Day returns the event's day, at midnight UTC; the zero time when Date
// is not a day.
func (e *Event) Day() time.Time {
	t, _ := time.Parse(time.DateOnly, e.Date)
	return t
}

// Mention is one coded event of one document, a mention of an aggregated
// event, with its evidence.
type Mention struct {
	Seq        int64     `json:"-"`
	ID         string    `json:"id"`
	EventID    string    `json:"event_id"`
	EventSeq   int64     `json:"global_id"`
	Doc        string    `json:"doc"`
	URL        string    `json:"url"`
	Domain     string    `json:"domain"`
	SourceKey  string    `json:"counted_as"` // the source it counts as: its original's domain for a copy
	DocTime    time.Time `json:"doc_time"`
	DocLen     int       `json:"doc_len"`
	SentenceID int       `json:"sentence_id"`
	InLead     bool      `json:"in_lead"`
	Trigger    string    `json:"trigger"` // the trigger's words
	Event      doc.Event `json:"event"`   // as coded, with sentence and evidence spans
	Created    time.Time `json:"created"`

	EventCreated time.Time `json:"-"` // when the aggregated event was first stored
}

const eventColumns = `e.seq, e.id, e.day, e.date_granularity,
	e.source_code, e.source_name, e.source_country, e.source_wikidata, e.source_text,
	e.target_code, e.target_name, e.target_country, e.target_wikidata, e.target_text,
	e.cameo, e.cameo_root, e.quad, e.goldstein, e.plover_event, e.plover_mode, e.plover_context,
	e.modality, e.lang, e.place_name, e.place_geonameid, e.place_country, e.place_kind, e.lat, e.lon,
	e.is_root, e.num_mentions, e.num_sources, e.num_articles, e.confidence, e.first_doc, e.source_url,
	e.created, e.updated`

func scanEvent(sc interface{ Scan(...any) error }) (Event, error) {
	var (
		e                Event
		p                doc.Place
		lat, lon         sql.NullFloat64
		modality         string
		created, updated string
	)
	err := sc.Scan(&e.Seq, &e.ID, &e.day, &e.DateGranularity,
		&e.Source.Code, &e.Source.Name, &e.Source.Country, &e.Source.Wikidata, &e.Source.Text,
		&e.Target.Code, &e.Target.Name, &e.Target.Country, &e.Target.Wikidata, &e.Target.Text,
		&e.CAMEO, &e.CAMEORoot, &e.Quad, &e.Goldstein, &e.Plover.Event, &e.Plover.Mode, &e.Plover.Context,
		&modality, &e.Lang, &p.Name, &p.GeonameID, &p.Country, &p.Kind, &lat, &lon,
		&e.IsRoot, &e.NumMentions, &e.NumSources, &e.NumArticles, &e.Confidence, &e.FirstDoc, &e.SourceURL,
		&created, &updated)
	if err != nil {
		return e, err
	}
	e.Modality = doc.Modality(modality)
	e.Date = fmt.Sprintf("%04d-%02d-%02d", e.day/10000, e.day/100%100, e.day%100)
	if lat.Valid && lon.Valid {
		p.Lat, p.Lon = lat.Float64, lon.Float64
	}
	if p.Name != "" || p.Country != "" || lat.Valid {
		e.Place = &p
	}
	e.Created, _ = time.Parse(time.RFC3339Nano, created)
	e.Updated, _ = time.Parse(time.RFC3339Nano, updated)
	return e, nil
}

// where turns a filter into SQL conditions over events AS e, with only
// placeholders for values.
func (f *EventFilter) where() (string, []any) { return f.whereFor(false) }

// whereFor is where; with probe, the domain filter tests each event with
// one index probe (EXISTS) rather than collecting every event of the
// domain first (IN): the form for a walk in sort order that stops when
// the page is full.
func (f *EventFilter) whereFor(probe bool) (string, []any) {
	var (
		conds []string
		args  []any
	)
	in := func(col string, vals []string) string {
		ph := make([]string, len(vals))
		for i, v := range vals {
			ph[i] = "?"
			args = append(args, v)
		}
		return col + " IN (" + strings.Join(ph, ", ") + ")"
	}
	// codes matches exact codes and prefixes ("USA*") of one or more columns.
	codes := func(cols []string, vals []string) string {
		var alts []string
		for _, col := range cols {
			for _, v := range vals {
				if p, ok := strings.CutSuffix(v, "*"); ok {
					if p == "" {
						alts = append(alts, col+" <> ''")
						continue
					}
					alts = append(alts, "("+col+" >= ? AND "+col+" < ?)")
					args = append(args, p, prefixEnd(p))
				} else {
					alts = append(alts, col+" = ?")
					args = append(args, v)
				}
			}
		}
		return "(" + strings.Join(alts, " OR ") + ")"
	}
	if len(f.Actor) > 0 {
		conds = append(conds, codes([]string{"e.source_code", "e.target_code"}, f.Actor))
	}
	if len(f.Source) > 0 {
		conds = append(conds, codes([]string{"e.source_code"}, f.Source))
	}
	if len(f.Target) > 0 {
		conds = append(conds, codes([]string{"e.target_code"}, f.Target))
	}
	if len(f.Country) > 0 {
		conds = append(conds, "("+in("e.source_country", f.Country)+" OR "+in("e.target_country", f.Country)+
			" OR "+in("e.place_country", f.Country)+")")
	}
	if len(f.CAMEO) > 0 {
		conds = append(conds, codes([]string{"e.cameo"}, f.CAMEO))
	}
	if len(f.Root) > 0 {
		conds = append(conds, in("e.cameo_root", f.Root))
	}
	if len(f.Quad) > 0 {
		qs := make([]string, len(f.Quad))
		for i, q := range f.Quad {
			qs[i] = strconv.Itoa(q)
		}
		ph := strings.TrimSuffix(strings.Repeat("?, ", len(qs)), ", ")
		conds = append(conds, "e.quad IN ("+ph+")")
		for _, q := range f.Quad {
			args = append(args, q)
		}
	}
	if len(f.Plover) > 0 {
		conds = append(conds, in("e.plover_event", f.Plover))
	}
	if len(f.Modality) > 0 {
		conds = append(conds, in("e.modality", f.Modality))
	}
	if f.From != 0 {
		conds = append(conds, "e.day >= ?")
		args = append(args, f.From)
	}
	if f.To != 0 {
		conds = append(conds, "e.day <= ?")
		args = append(args, f.To)
	}
	if b := f.BBox; b != nil {
		conds = append(conds, "e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?")
		args = append(args, b.MinLat, b.MaxLat, b.MinLon, b.MaxLon)
	}
	if len(f.Lang) > 0 {
		conds = append(conds, in("e.lang", f.Lang))
	}
	if len(f.Domain) > 0 {
		if probe {
			conds = append(conds, "EXISTS (SELECT 1 FROM event_mentions AS m INDEXED BY event_mentions_event_domain\n\tWHERE m.event_seq = e.seq AND "+in("m.domain", f.Domain)+")")
		} else {
			conds = append(conds, "e.seq IN (SELECT m.event_seq FROM event_mentions AS m WHERE "+in("m.domain", f.Domain)+")")
		}
	}
	if f.Q != "" {
		conds = append(conds, `e.seq IN (SELECT m.event_seq FROM documents_fts
	JOIN documents AS d ON d.seq = documents_fts.rowid
	JOIN event_mentions AS m ON m.doc_id = d.id
	WHERE documents_fts MATCH ?)`)
		args = append(args, ftsQuery(f.Q))
	}
	if f.UpdatedSince != "" {
		conds = append(conds, "e.updated > ?")
		args = append(args, f.UpdatedSince)
	}
	if f.Doc != "" {
		conds = append(conds, "e.seq IN (SELECT m.event_seq FROM event_mentions AS m WHERE m.doc_id = ?)")
		args = append(args, f.Doc)
	}
	if len(conds) == 0 {
		return "1", nil
	}
	return strings.Join(conds, "\n\tAND "), args
}

// sortSQL returns the sort column of an order and whether it descends.
func sortSQL(sort string) (col string, desc bool) {
	desc = strings.HasPrefix(sort, "-")
	switch strings.TrimPrefix(sort, "-") {
	case "date":
		return "e.day", desc
	case "updated":
		return "e.updated", desc
	case "mentions":
		return "e.num_mentions", desc
	}
	return "", false // id: seq only
}

// scanBudget is about the number of events a query may walk in sort
// order to fill a page; see plan.
//
// A walk reads whole rows in an order unrelated to their place in the
// file (about 7 µs each on a million events), while SQLite's own plan
// reads a filter's matches from an index, often without the row (about
// 1.5 µs each): 5000 walked events cost about what 20000 matches do.
var scanBudget = 5000 // tests lower it

// maxCount bounds the matches plan counts.
var maxCount = 20000

// sortIndex is the index that yields events in each sort order.
var sortIndex = map[string]string{
	"date": "INDEXED BY events_day", "updated": "INDEXED BY events_updated",
	"mentions": "INDEXED BY events_mentions", "id": "NOT INDEXED",
}

// plan chooses how ListEvents reads events. SQLite picks the index that
// best narrows the filter, then sorts every match: fast when few events
// match, slow when a broad filter (a large bounding box, a frequent actor)
// matches hundreds of thousands. Walking the sort order's index and
// testing each event instead stops as soon as the page is full, after
// about limit × total / matches events, where total is the number of
// events in the filter's date range. So plan counts the matches with
// the filter's best index, up to the number k from which that walk stays
// within scanBudget events; with k matches or more it walks the sort
// order, else it lets SQLite sort the fewer than k matches.
//
// When SQLite's own plan needs no sort (an equality filter with a
// composite index ending in day, such as root=14), plan keeps it. args
// end with the query's LIMIT; query builds the query over a FROM clause
// and conditions: where, or probe (the same conditions, for a walk) when
// plan walks.
//
// rate is the share of events that matched in a walk of a stretch of the
// sort order (boundedWalk), or -1: when it makes the matches far fewer
// than k, plan takes SQLite's plan without counting.
func (s *SQLite) plan(ctx context.Context, f *EventFilter, sort, where, probe string, args []any, limit int, rate float64, query func(from, where string) string) (string, error) {
	const natural = "events AS e"
	if where == "1" {
		return query(natural, where), nil
	}
	sorts, err := s.sorts(ctx, query(natural, where), args)
	if err != nil || !sorts {
		return query(natural, where), err
	}
	args = args[: len(args)-1 : len(args)-1] // without the LIMIT
	var total, lo, hi int
	if err := s.rqueryRow(ctx, `SELECT coalesce((SELECT max(seq) FROM events), 0),
	coalesce((SELECT min(day) FROM events), 0), coalesce((SELECT max(day) FROM events), 0)`).Scan(&total, &lo, &hi); err != nil {
		return "", err
	}
	if strings.TrimPrefix(sort, "-") == "date" && (f.From != 0 || f.To != 0) && hi > lo {
		// The walk covers the date range only: about its share of the
		// events (min and max come from the index on day, each in its
		// own subquery: together in one SELECT they scan the table).
		from, to := max(f.From, lo), min(cmp.Or(f.To, hi), hi)
		span := dayTime(hi).Sub(dayTime(lo)).Hours()/24 + 1
		days := max(dayTime(to).Sub(dayTime(from)).Hours()/24+1, 0)
		total = int(float64(total) * days / span)
	}
	k := min(max(limit*total/scanBudget, 200), maxCount)
	// sorted is SQLite's plan for fewer than k matches, sorted by key
	// first and read whole after: the inner query needs only the
	// filter's and the sort's columns, so that a covering index (such as
	// events_target_source_day) tests the filter without reading rows.
	sorted := func(where string) string {
		q := query(natural, where)
		i := strings.Index(q, " FROM ")
		j := strings.LastIndex(q, " LIMIT ?")
		return q[:i] + " FROM events AS e WHERE e.seq IN (SELECT e.seq" + q[i:] + ")" + q[strings.LastIndex(q, "\nORDER BY "):j]
	}
	if rate >= 0 && rate*float64(total)*4 < float64(k) {
		return sorted(where), nil
	}
	walk := natural + " " + sortIndex[strings.TrimPrefix(sort, "-")]
	if len(f.Domain) > 0 {
		// Count the domain's mentions (an index range) rather than
		// collecting its events: with fewer than k, SQLite sorts fewer
		// than k events; with more, the walk probes each event.
		ph := strings.TrimSuffix(strings.Repeat("?, ", len(f.Domain)), ", ")
		dargs := make([]any, 0, len(f.Domain)+1)
		for _, d := range f.Domain {
			dargs = append(dargs, d)
		}
		var n int
		if err := s.rqueryRow(ctx, "SELECT count(*) FROM (SELECT 1 FROM event_mentions WHERE domain IN ("+ph+") LIMIT ?)",
			append(dargs, k)...).Scan(&n); err != nil {
			return "", err
		}
		if n < k {
			return sorted(where), nil
		}
		g := *f
		g.Domain = nil
		if g.isZero() {
			return query(walk, probe), nil // k mentions are about k events
		}
		where = probe
	}
	var n int
	err = s.rqueryRow(ctx, "SELECT count(*) FROM (SELECT 1 FROM events AS e WHERE "+where+" LIMIT ?)",
		append(args, k)...).Scan(&n)
	if err != nil {
		return "", err
	}
	if n < k {
		return sorted(where), nil
	}
	return query(walk, probe), nil
}

// dayTime is the midnight UTC of a day YYYYMMDD.
func dayTime(d int) time.Time {
	return time.Date(d/10000, time.Month(d/100%100), d%100, 0, 0, 0, 0, time.UTC)
}

// sorts reports whether SQLite's plan for q sorts its rows (EXPLAIN
// QUERY PLAN says "USE TEMP B-TREE FOR … ORDER BY"). The answer depends
// on the text of q only, so it is cached with the statement.
func (s *SQLite) sorts(ctx context.Context, q string, args []any) (bool, error) {
	if v, ok := s.rcache.fact(q); ok {
		return v, nil
	}
	rows, err := s.rquery(ctx, "EXPLAIN QUERY PLAN "+q, args...)
	if err != nil {
		return false, err
	}
	defer rows.Close()
	sorts := false
	for rows.Next() {
		var (
			id, parent, unused int
			detail             string
		)
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			return false, err
		}
		sorts = sorts || (strings.Contains(detail, "TEMP B-TREE") && strings.Contains(detail, "ORDER BY"))
	}
	if err := rows.Err(); err != nil {
		return false, err
	}
	s.rcache.setFact(q, sorts)
	return sorts, nil
}

// walkBudget returns how many events boundedWalk reads in sort order
// before it gives up on a page of limit events.
func walkBudget(limit int) int { return max(minWalk, 8*limit) }

// minWalk is the least walkBudget; tests lower it.
var minWalk = 1000

// boundedWalk reads the events of probe in sort order among the first
// walkBudget events of the stretch keys select, and reports whether that
// decided the page: it did when the stretch held the page and one more
// (a full page, and a next one), or when the stretch is all there is.
//
// When it did not, rate is the share of the stretch's events that
// matched.
func (s *SQLite) boundedWalk(ctx context.Context, sort, col, order string, keys []string, kargs []any, probe string, args []any, limit int, query func(from, where string) string) (evs []Event, done bool, rate float64, err error) {
	from := "events AS e " + sortIndex[strings.TrimPrefix(sort, "-")]
	kw := "1"
	if len(keys) > 0 {
		kw = strings.Join(keys, " AND ")
	}
	key := "e.seq"
	if col != "" {
		key = col + ", e.seq"
	}
	// The last event of the stretch (an index-only read).
	var (
		bk any
		bs int64
	)
	bq := "SELECT " + key + " FROM " + from + " WHERE " + kw + " ORDER BY " + order + " LIMIT 1 OFFSET ?"
	if col == "" {
		err = s.rqueryRow(ctx, bq, append(kargs, walkBudget(limit)-1)...).Scan(&bs)
	} else {
		err = s.rqueryRow(ctx, bq, append(kargs, walkBudget(limit)-1)...).Scan(&bk, &bs)
	}
	if errors.Is(err, sql.ErrNoRows) {
		// The whole stretch is shorter than the budget: walk it all.
		evs, err := s.fetchEvents(ctx, query(from, probe), args)
		return evs, err == nil, -1, err
	}
	if err != nil {
		return nil, false, -1, err
	}
	// bound compares the sort key with the stretch's last event.
	bound := func(op string) (string, []any) {
		if col == "" {
			return "e.seq " + op + " ?", []any{bs}
		}
		return "(" + col + ", e.seq) " + op + " (?, ?)", []any{bk, bs}
	}
	in, inArgs := bound("<=")
	if strings.HasPrefix(sort, "-") {
		in, inArgs = bound(">=")
	}
	// with returns the query's arguments with cargs and n for its LIMIT.
	with := func(cargs []any, n int) []any {
		return append(append(args[:len(args)-1:len(args)-1], cargs...), n)
	}
	evs, err = s.fetchEvents(ctx, query(from, probe+"\n\tAND "+in), with(inArgs, limit+1))
	if err != nil || len(evs) > limit {
		return evs, err == nil, -1, err
	}
	rate = float64(len(evs)) / float64(walkBudget(limit))
	// The stretch held len(evs) matches: at that rate, would the walk
	// fill the page within scanBudget events? Then go on walking past
	// the stretch.
	if (limit+1)*walkBudget(limit) > scanBudget*max(len(evs), 1) {
		return nil, false, rate, nil
	}
	beyond, bargs := bound(">")
	if strings.HasPrefix(sort, "-") {
		beyond, bargs = bound("<")
	}
	more, err := s.fetchEvents(ctx, query(from, probe+"\n\tAND "+beyond), with(bargs, limit+1-len(evs)))
	if err != nil {
		return nil, false, -1, err
	}
	return append(evs, more...), true, -1, nil
}

// fetchEvents runs an event query.
func (s *SQLite) fetchEvents(ctx context.Context, q string, args []any) ([]Event, error) {
	rows, err := s.rquery(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var evs []Event
	for rows.Next() {
		e, err := scanEvent(rows)
		if err != nil {
			return nil, err
		}
		evs = append(evs, e)
	}
	return evs, rows.Err()
}

// EventPage is one page of ListEvents.
type EventPage struct {
	Events []Event
	Next   string // cursor of the next page; "" on the last
}

// ListEvents returns one page of the events q selects, in q's order. There
// is no cap on the total: follow Next until it is "".
func (s *SQLite) ListEvents(ctx context.Context, q EventQuery) (EventPage, error) {
	c, err := q.decodeCursor()
	if err != nil {
		return EventPage{}, err
	}
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultPage
	}
	limit = min(limit, MaxPage)
	sort := q.sort()
	where, args := q.where()
	probe, _ := q.whereFor(true) // the same arguments
	col, desc := sortSQL(sort)
	op, dir := ">", "ASC"
	if desc {
		op, dir = "<", "DESC"
	}
	order := "e.seq " + dir
	if col != "" {
		order = col + " " + dir + ", " + order
	}
	// keys and kargs restrict the sort key alone (date range, updated
	// since, cursor): the stretch of the sort order a walk covers.
	var (
		keys  []string
		kargs []any
	)
	switch col {
	case "e.day":
		if q.From != 0 {
			keys, kargs = append(keys, "e.day >= ?"), append(kargs, q.From)
		}
		if q.To != 0 {
			keys, kargs = append(keys, "e.day <= ?"), append(kargs, q.To)
		}
	case "e.updated":
		if q.UpdatedSince != "" {
			keys, kargs = append(keys, "e.updated > ?"), append(kargs, q.UpdatedSince)
		}
	}
	if c != nil {
		var cond string
		if col == "" {
			cond = "e.seq " + op + " ?"
			args = append(args, c.Seq)
			kargs = append(kargs, c.Seq)
		} else {
			cond = "(" + col + ", e.seq) " + op + " (?, ?)"
			if col == "e.updated" {
				args = append(args, c.Str, c.Seq)
				kargs = append(kargs, c.Str, c.Seq)
			} else {
				args = append(args, c.Int, c.Seq)
				kargs = append(kargs, c.Int, c.Seq)
			}
		}
		where += "\n\tAND " + cond
		probe += "\n\tAND " + cond
		keys = append(keys, cond)
	}
	query := func(from, where string) string {
		return "SELECT " + eventColumns + " FROM " + from + " WHERE " + where + "\nORDER BY " + order + " LIMIT ?"
	}
	args = append(args, limit+1)
	var page EventPage
	sorts := false
	if where != "1" {
		if sorts, err = s.sorts(ctx, query("events AS e", where), args); err != nil {
			return EventPage{}, fmt.Errorf("store: list events: %w", err)
		}
	}
	done, rate := false, -1.0
	if sorts {
		// First walk a bounded stretch of the sort order: a filter that
		// keeps a few percent of the events fills the page there, with
		// no count and no sort.
		page.Events, done, rate, err = s.boundedWalk(ctx, sort, col, order, keys, kargs, probe, args, limit, query)
		if err != nil {
			return EventPage{}, fmt.Errorf("store: list events: %w", err)
		}
	}
	if !done {
		sqlText, err := s.plan(ctx, &q.EventFilter, sort, where, probe, args, limit, rate, query)
		if err != nil {
			return EventPage{}, fmt.Errorf("store: list events: %w", err)
		}
		if page.Events, err = s.fetchEvents(ctx, sqlText, args); err != nil {
			return EventPage{}, fmt.Errorf("store: list events: %w", err)
		}
	}
	if len(page.Events) > limit {
		page.Events = page.Events[:limit]
		last := page.Events[limit-1]
		nc := cursor{Sort: sort, Seq: last.Seq}
		switch col {
		case "e.day":
			nc.Int = int64(last.day)
		case "e.updated":
			nc.Str = last.Updated.UTC().Format(stampFormat)
		case "e.num_mentions":
			nc.Int = int64(last.NumMentions)
		}
		page.Next = nc.encode()
	}
	return page, nil
}

// Events yields every event f selects, by GLOBALEVENTID, streaming: for
// exports.
func (s *SQLite) Events(ctx context.Context, f EventFilter) iter.Seq2[Event, error] {
	return func(yield func(Event, error) bool) {
		where, args := f.where()
		rows, err := s.rquery(ctx, "SELECT "+eventColumns+" FROM events AS e WHERE "+where+" ORDER BY e.seq", args...)
		if err != nil {
			yield(Event{}, fmt.Errorf("store: events: %w", err))
			return
		}
		defer rows.Close()
		for rows.Next() {
			e, err := scanEvent(rows)
			if err != nil {
				yield(Event{}, fmt.Errorf("store: events: %w", err))
				return
			}
			if !yield(e, nil) {
				return
			}
		}
		if err := rows.Err(); err != nil {
			yield(Event{}, fmt.Errorf("store: events: %w", err))
		}
	}
}

// Deleted returns the ids of the events that lost their last mention
// after since (a store stamp, as EventFilter.UpdatedSince), for
// incremental sync.
func (s *SQLite) Deleted(ctx context.Context, since string) ([]string, error) {
	rows, err := s.rquery(ctx, "SELECT id FROM event_tombstones WHERE deleted > ? ORDER BY deleted, id", since)
	if err != nil {
		return nil, fmt.Errorf("store: deleted events: %w", err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("store: deleted events: %w", err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: deleted events: %w", err)
	}
	return ids, nil
}

// GetEvent returns the aggregated event with the given id and all its
// mentions, the earliest article first. An unknown id gives an error
// wrapping ErrNotFound.
func (s *SQLite) GetEvent(ctx context.Context, id string) (Event, []Mention, error) {
	e, err := scanEvent(s.rqueryRow(ctx, "SELECT "+eventColumns+" FROM events AS e WHERE e.id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return Event{}, nil, fmt.Errorf("store: get event %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return Event{}, nil, fmt.Errorf("store: get event %s: %w", id, err)
	}
	var ms []Mention
	for m, err := range s.mentions(ctx, "m.event_seq = ?", []any{e.Seq}, "m.doc_time, m.seq") {
		if err != nil {
			return Event{}, nil, fmt.Errorf("store: get event %s: %w", id, err)
		}
		ms = append(ms, m)
	}
	return e, ms, nil
}

// DocumentMentions returns the coded events of a document, in the order
// the coder gave them.
func (s *SQLite) DocumentMentions(ctx context.Context, docID string) ([]Mention, error) {
	var ms []Mention
	for m, err := range s.mentions(ctx, "m.doc_id = ?", []any{docID}, "m.ord") {
		if err != nil {
			return nil, fmt.Errorf("store: events of %s: %w", docID, err)
		}
		ms = append(ms, m)
	}
	return ms, nil
}

// Mentions yields the mentions of every event f selects, by GLOBALEVENTID
// and then in article order: for exports.
func (s *SQLite) Mentions(ctx context.Context, f EventFilter) iter.Seq2[Mention, error] {
	where, args := f.where()
	return s.mentions(ctx, "m.event_seq IN (SELECT e.seq FROM events AS e WHERE "+where+")", args, "m.event_seq, m.doc_time, m.seq")
}

func (s *SQLite) mentions(ctx context.Context, where string, args []any, order string) iter.Seq2[Mention, error] {
	return func(yield func(Mention, error) bool) {
		rows, err := s.rquery(ctx, `SELECT m.seq, m.id, e.id, m.event_seq, m.doc_id, m.url, m.domain, m.source_key,
	m.doc_time, m.doc_len, m.sentence_id, m.in_lead, m.data, m.created, e.created
FROM event_mentions AS m JOIN events AS e ON e.seq = m.event_seq
WHERE `+where+` ORDER BY `+order, args...)
		if err != nil {
			yield(Mention{}, err)
			return
		}
		defer rows.Close()
		for rows.Next() {
			var (
				m                      Mention
				docTime, data, created string
				eventCreated           string
			)
			if err := rows.Scan(&m.Seq, &m.ID, &m.EventID, &m.EventSeq, &m.Doc, &m.URL, &m.Domain, &m.SourceKey,
				&docTime, &m.DocLen, &m.SentenceID, &m.InLead, &data, &created, &eventCreated); err != nil {
				yield(Mention{}, err)
				return
			}
			if err := json.Unmarshal([]byte(data), &m.Event); err != nil {
				yield(Mention{}, fmt.Errorf("mention %s: %w", m.ID, err))
				return
			}
			m.DocTime, _ = time.Parse(time.RFC3339Nano, docTime)
			m.Created, _ = time.Parse(time.RFC3339Nano, created)
			m.EventCreated, _ = time.Parse(time.RFC3339Nano, eventCreated)
			m.Trigger = spanText(&m.Event.Sentence, m.Event.Evidence.Trigger)
			if !yield(m, nil) {
				return
			}
		}
		if err := rows.Err(); err != nil {
			yield(Mention{}, err)
		}
	}
}

// spanText returns the words of sp, an article span, taken from the
// sentence that holds it; "" when it lies outside.
func spanText(s *doc.SentenceRef, sp [2]int) string {
	a, b := sp[0]-s.Start, sp[1]-s.Start
	if sp == [2]int{} || a < 0 || b > len(s.Text) || a > b {
		return ""
	}
	return s.Text[a:b]
}

// Entities returns the entities of a document, in the order given to
// PutEvents.
func (s *SQLite) Entities(ctx context.Context, docID string) ([]Entity, error) {
	rows, err := s.rquery(ctx, `SELECT type, text, code, name, wikidata, mentions FROM entities
WHERE doc_id = ? ORDER BY ord`, docID)
	if err != nil {
		return nil, fmt.Errorf("store: entities of %s: %w", docID, err)
	}
	defer rows.Close()
	var es []Entity
	for rows.Next() {
		var (
			en Entity
			ms string
		)
		if err := rows.Scan(&en.Type, &en.Text, &en.Code, &en.Name, &en.Wikidata, &ms); err != nil {
			return nil, fmt.Errorf("store: entities of %s: %w", docID, err)
		}
		if err := json.Unmarshal([]byte(ms), &en.Mentions); err != nil {
			return nil, fmt.Errorf("store: entities of %s: %w", docID, err)
		}
		es = append(es, en)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: entities of %s: %w", docID, err)
	}
	return es, nil
}

// CountEvents returns the number of aggregated events stored.
func (s *SQLite) CountEvents(ctx context.Context) (int, error) {
	var n int
	if err := s.rqueryRow(ctx, "SELECT count(*) FROM events").Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count events: %w", err)
	}
	return n, nil
}
