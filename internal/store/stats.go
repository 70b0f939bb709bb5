package store

import (
	"cmp"
	"context"
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
	rows, err := s.rquery(ctx, "SELECT e.day, CAST("+col+" AS TEXT), "+agg+" FROM events AS e WHERE "+where+
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
	if !slices.Contains(ActorRoles, role) {
		return nil, &ParamError{"role", role, "want one of " + strings.Join(ActorRoles, ", ")}
	}
	where, args := f.where()
	var parts []string
	if role != "target" {
		parts = append(parts, `SELECT e.source_code AS code, e.source_name AS name, e.target_code AS partner, e.num_mentions AS n, 1 AS src
	FROM events AS e WHERE e.source_code <> '' AND `+where)
	}
	if role != "source" {
		parts = append(parts, `SELECT e.target_code, e.target_name, e.source_code, e.num_mentions, 0
	FROM events AS e WHERE e.target_code <> '' AND `+where)
	}
	var allArgs []any
	for range parts {
		allArgs = append(allArgs, args...)
	}
	sides := "WITH sides AS (" + strings.Join(parts, "\nUNION ALL\n") + ")\n"
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
