package store

import (
	"context"
	"net/url"
	"os"
	"slices"
	"testing"
	"time"
)

// TestQueryTimes times ListEvents, one query at a time, on a large store
// made by `go run ./internal/server/cmd/benchapi` (VIGIE_BENCH_DB names
// it; skipped without), and logs each query's plan: for tuning indexes.
//
//	VIGIE_BENCH_DB=/tmp/bench.db go test ./internal/store -run TestQueryTimes -v
func TestQueryTimes(t *testing.T) {
	path := os.Getenv("VIGIE_BENCH_DB")
	if path == "" {
		t.Skip("VIGIE_BENCH_DB is not set")
	}
	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, qs := range []string{
		"",
		"root=14",
		"root=19&from=2024-07-02&to=2024-08-01",
		"from=2024-12-24&to=2024-12-30",
		"actor=USA*",
		"source=FRAGOV&sort=-mentions",
		"country=MAR&quad=4",
		"cameo=04*&lang=fr",
		"plover=PROTEST&from=2024-05-01",
		"bbox=-10,30,10,50",
		"bbox=-10,30,10,50&root=18",
		"modality=hypothetical&quad=3",
		"actor=RUS*&target=UKR*",
		"domain=lemonde.fr",
		"domain=nytimes.com",
		"sort=updated&updated_since=2024-01-01T00:00:00Z",
		"quad=1,2&from=2024-04-01&to=2024-04-15&limit=500",
	} {
		v, _ := url.ParseQuery(qs)
		q, err := ParseEventQuery(v)
		if err != nil {
			t.Fatalf("%s: %v", qs, err)
		}
		var ds []time.Duration
		n := 0
		for range 5 {
			start := time.Now()
			p, err := s.ListEvents(ctx, q)
			if err != nil {
				t.Fatalf("%s: %v", qs, err)
			}
			ds = append(ds, time.Since(start))
			n = len(p.Events)
		}
		slices.Sort(ds)
		t.Logf("%8.1f ms %4d events  %s", float64(ds[2].Microseconds())/1000, n, qs)
	}
	for _, c := range []struct {
		name string
		run  func() (int, error)
	}{
		{"timeline by quad", func() (int, error) { p, err := s.Timeline(ctx, EventFilter{}, "quad", "events"); return len(p), err }},
		{"timeline by code, root=14", func() (int, error) {
			p, err := s.Timeline(ctx, EventFilter{Root: []string{"14"}}, "code", "mentions")
			return len(p), err
		}},
		{"actors, 30 with 12 partners", func() (int, error) { a, err := s.Actors(ctx, EventFilter{}, "any", 30, 12); return len(a), err }},
	} {
		start := time.Now()
		n, err := c.run()
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		t.Logf("%8.1f ms %4d rows    %s", float64(time.Since(start).Microseconds())/1000, n, c.name)
	}
}
