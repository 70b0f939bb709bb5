package store

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Timeline groupings and measures.
var (
	TimelineBy       = []string{"quad", "root", "code", "plover"}
	TimelineMeasures = []string{"events", "mentions"}
)

// TimelinePoint is the count of one key on one day.
type TimelinePoint struct {
	Date  string `json:"date"` // YYYY-MM-DD
	Key   string `json:"key"`
	Count int    `json:"count"`
}

// Timeline counts the events f selects per day and per quad class, root
// code, CAMEO code or PLOVER type (by), as events or as mentions
// (measure), by day and key.
func (s *SQLite) Timeline(ctx context.Context, f EventFilter, by, measure string) ([]TimelinePoint, error) {
	col := map[string]string{"quad": "e.quad", "root": "e.cameo_root", "code": "e.cameo", "plover": "e.plover_event"}[by]
	if col == "" {
		return nil, &ParamError{"by", by, "want one of " + strings.Join(TimelineBy, ", ")}
	}
	agg := map[string]string{"events": "count(*)", "mentions": "sum(e.num_mentions)"}[measure]
	if agg == "" {
		return nil, &ParamError{"measure", measure, "want one of " + strings.Join(TimelineMeasures, ", ")}
	}
	where, args := f.where()
	from := "events AS e"
	if f.daySummary() {
		// The same columns, counted per day and code by triggers.
		from = "event_day_counts AS e"
		agg = map[string]string{"events": "sum(e.events)", "mentions": "sum(e.mentions)"}[measure]
	}
	rows, err := s.rquery(ctx, "SELECT e.day, CAST("+col+" AS TEXT), "+agg+" FROM "+from+" WHERE "+where+
		"\nGROUP BY e.day, "+col+" ORDER BY e.day, "+col, args...)
	if err != nil {
		return nil, fmt.Errorf("store: timeline: %w", err)
	}
	defer rows.Close()
	var pts []TimelinePoint
	for rows.Next() {
		var (
			p   TimelinePoint
			day int
		)
		if err := rows.Scan(&day, &p.Key, &p.Count); err != nil {
			return nil, fmt.Errorf("store: timeline: %w", err)
		}
		p.Date = fmt.Sprintf("%04d-%02d-%02d", day/10000, day/100%100, day%100)
		pts = append(pts, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: timeline: %w", err)
	}
	return pts, nil
}

// daySummary reports whether f filters on nothing but the columns of
// event_day_counts (day, CAMEO code, root, quad class, PLOVER type).
func (f *EventFilter) daySummary() bool {
	g := *f
	g.CAMEO, g.Root, g.Quad, g.Plover, g.From, g.To = nil, nil, nil, nil, 0, 0
	return g.isZero()
}

// isZero reports whether f selects every event.
func (f *EventFilter) isZero() bool {
	return len(f.Actor) == 0 && len(f.Source) == 0 && len(f.Target) == 0 && len(f.Country) == 0 &&
		len(f.CAMEO) == 0 && len(f.Root) == 0 && len(f.Quad) == 0 && len(f.Plover) == 0 &&
		len(f.Modality) == 0 && f.From == 0 && f.To == 0 && f.BBox == nil && len(f.Lang) == 0 &&
		len(f.Domain) == 0 && f.Q == "" && f.UpdatedSince == "" && f.Doc == ""
}

// ActorRoles are the roles Actors counts.
var ActorRoles = []string{"any", "source", "target"}

// Partner is an actor on the other side of an actor's events.
type Partner struct {
	Code   string `json:"code"`
	Events int    `json:"events"`
}

// ActorStat says how often an actor appears in the events selected, and
// with whom.
type ActorStat struct {
	Code     string    `json:"code"`
	Name     string    `json:"name,omitempty"`
	Events   int       `json:"events"`
	Mentions int       `json:"mentions"`
	AsSource int       `json:"as_source"`
	AsTarget int       `json:"as_target"`
	Partners []Partner `json:"partners"` // the most frequent first
}

// Actors returns the limit actors that appear most often in the events f
// selects, in role ("any", "source" or "target"), each with its partners most
// frequent first (at most partners of them).
func (s *SQLite) Actors(ctx context.Context, f EventFilter, role string, limit, partners int) ([]ActorStat, error) {
	return s.ActorsWithin(ctx, f, role, limit, partners, 0)
}

// ActorsWithin is Actors counted over at most within of the selected
// events, the most recent first (0: all of them). Unfiltered counts come
// from summary tables and are always complete; with filters, a bound keeps
// the answer fast on large stores at the cost of being a sample.
func (s *SQLite) ActorsWithin(ctx context.Context, f EventFilter, role string, limit, partners, within int) ([]ActorStat, error) {
	if !slices.Contains(ActorRoles, role) {
		return nil, &ParamError{"role", role, "want one of " + strings.Join(ActorRoles, ", ")}
	}
	if f.isZero() {
		return s.actorSummary(ctx, role, limit, partners)
	}
	where, args := f.where()
	bound := ""
	allArgs := append([]any(nil), args...)
	if within > 0 {
		bound = " ORDER BY e.day DESC LIMIT ?"
		allArgs = append(allArgs, within)
	}
	var parts []string
	if role != "target" {
		parts = append(parts, `SELECT source_code AS code, source_name AS name, target_code AS partner, num_mentions AS n, 1 AS src
	FROM ev WHERE source_code <> ''`)
	}
	if role != "source" {
		parts = append(parts, `SELECT target_code AS code, target_name AS name, source_code AS partner, num_mentions AS n, 0 AS src
	FROM ev WHERE target_code <> ''`)
	}
	sides := `WITH ev AS MATERIALIZED (SELECT e.source_code, e.source_name, e.target_code, e.target_name, e.num_mentions
	FROM events AS e WHERE ` + where + bound + `),
sides AS (` + strings.Join(parts, "\nUNION ALL\n") + ")\n"
	rows, err := s.rquery(ctx, sides+`SELECT code, max(name), count(*), sum(n), sum(src), count(*) - sum(src)
FROM sides GROUP BY code ORDER BY count(*) DESC, code LIMIT ?`, append(allArgs, limit)...)
	if err != nil {
		return nil, fmt.Errorf("store: actors: %w", err)
	}
	var stats []ActorStat
	idx := map[string]int{}
	for rows.Next() {
		var a ActorStat
		if err := rows.Scan(&a.Code, &a.Name, &a.Events, &a.Mentions, &a.AsSource, &a.AsTarget); err != nil {
			rows.Close()
			return nil, fmt.Errorf("store: actors: %w", err)
		}
		a.Partners = []Partner{}
		idx[a.Code] = len(stats)
		stats = append(stats, a)
	}
	if err := rows.Err(); err != nil {
		rows.Close()
		return nil, fmt.Errorf("store: actors: %w", err)
	}
	rows.Close()
	if len(stats) == 0 || partners <= 0 {
		return stats, nil
	}
	codes := make([]any, 0, len(stats))
	for _, a := range stats {
		codes = append(codes, a.Code)
	}
	ph := strings.TrimSuffix(strings.Repeat("?, ", len(codes)), ", ")
	rows, err = s.rquery(ctx, sides+`SELECT code, partner, count(*) FROM sides
WHERE partner <> '' AND code IN (`+ph+`) GROUP BY code, partner`, append(allArgs, codes...)...)
	if err != nil {
		return nil, fmt.Errorf("store: actors: partners: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			code string
			p    Partner
		)
		if err := rows.Scan(&code, &p.Code, &p.Events); err != nil {
			return nil, fmt.Errorf("store: actors: partners: %w", err)
		}
		a := &stats[idx[code]]
		a.Partners = append(a.Partners, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: actors: partners: %w", err)
	}
	for i := range stats {
		ps := stats[i].Partners
		slices.SortFunc(ps, func(a, b Partner) int { return cmp.Or(b.Events-a.Events, strings.Compare(a.Code, b.Code)) })
		stats[i].Partners = ps[:min(len(ps), partners)]
	}
	return stats, nil
}

// actorSummary is Actors without a filter, read from the counts the
// triggers keep (actor_counts, actor_pairs).
func (s *SQLite) actorSummary(ctx context.Context, role string, limit, partners int) ([]ActorStat, error) {
	srcs := map[string]string{"any": "0, 1", "source": "1", "target": "0"}[role]
	rows, err := s.rquery(ctx, `SELECT code, max(name), sum(events), sum(mentions),
	sum(CASE src WHEN 1 THEN events ELSE 0 END), sum(CASE src WHEN 0 THEN events ELSE 0 END)
FROM actor_counts WHERE src IN (`+srcs+`) AND events > 0
GROUP BY code ORDER BY sum(events) DESC, code LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("store: actors: %w", err)
	}
	var stats []ActorStat
	for rows.Next() {
		var a ActorStat
		if err := rows.Scan(&a.Code, &a.Name, &a.Events, &a.Mentions, &a.AsSource, &a.AsTarget); err != nil {
			rows.Close()
			return nil, fmt.Errorf("store: actors: %w", err)
		}
		a.Partners = []Partner{}
		stats = append(stats, a)
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return nil, fmt.Errorf("store: actors: %w", err)
	}
	if partners <= 0 {
		return stats, nil
	}
	for i := range stats {
		a := &stats[i]
		rows, err := s.rquery(ctx, `SELECT partner, sum(events) FROM actor_pairs
WHERE code = ? AND src IN (`+srcs+`) AND events > 0
GROUP BY partner ORDER BY sum(events) DESC, partner LIMIT ?`, a.Code, partners)
		if err != nil {
			return nil, fmt.Errorf("store: actors: partners: %w", err)
		}
		for rows.Next() {
			var p Partner
			if err := rows.Scan(&p.Code, &p.Events); err != nil {
				rows.Close()
				return nil, fmt.Errorf("store: actors: partners: %w", err)
			}
			a.Partners = append(a.Partners, p)
		}
		if err := errors.Join(rows.Err(), rows.Close()); err != nil {
			return nil, fmt.Errorf("store: actors: partners: %w", err)
		}
	}
	return stats, nil
}
