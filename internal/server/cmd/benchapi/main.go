// Command benchapi measures GET /api/events under load: it fills a store
// with synthetic events (when it holds fewer than --events), serves it on
// the loopback interface, and sends typical filtered queries at a fixed
// rate for a bounded time from an in-process load generator, then prints
// latency percentiles overall and per query.
//
//	go run ./internal/server/cmd/benchapi --db /tmp/bench.db --events 1000000 --rate 200 --duration 30s
//
// The store is generated, never committed.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"runtime/pprof"
	"slices"
	"time"

	"github.com/vigie-events/vigie/internal/server"
	"github.com/vigie-events/vigie/internal/store"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "benchapi:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("benchapi", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", "vigie-bench.db", "store file; filled with synthetic events when it holds fewer than --events")
	events := fs.Int("events", 1_000_000, "aggregated events the store must hold")
	rate := fs.Int("rate", 200, "requests per second")
	duration := fs.Duration("duration", 30*time.Second, "how long to send requests (at most 10m)")
	seed := fs.Uint64("seed", 1, "random seed of the synthetic data")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the load test (server and load generator) to this file")
	if err := fs.Parse(args); err != nil {
		return err
	}
	st, err := store.Open(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	start := time.Now()
	last := time.Now()
	err = server.Synthesize(ctx, st, server.SynthConfig{Events: *events, Seed: *seed, Progress: func(n int) {
		if time.Since(last) > 10*time.Second {
			fmt.Fprintf(stderr, "synthesized %d events (%s)\n", n, time.Since(start).Round(time.Second))
			last = time.Now()
		}
	}})
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "store ready in %s\n", time.Since(start).Round(time.Second))

	srv, err := server.New(ctx, server.Config{Store: st, Logger: slog.New(slog.NewTextHandler(stderr, nil))})
	if err != nil {
		return err
	}
	sctx, cancel := context.WithCancel(ctx)
	defer cancel()
	addrc := make(chan net.Addr, 1)
	errc := make(chan error, 1)
	go func() { errc <- srv.ListenAndServe(sctx, "127.0.0.1:0", func(a net.Addr) { addrc <- a }) }()
	var addr net.Addr
	select {
	case addr = <-addrc:
	case err := <-errc:
		return err
	}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	queries := server.TypicalQueries(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), 365)
	res, err := server.LoadTest(ctx, server.LoadConfig{BaseURL: "http://" + addr.String(), Rate: *rate, Duration: *duration, Queries: queries})
	if err != nil {
		return err
	}
	cancel()
	if err := <-errc; err != nil {
		return err
	}
	ms := func(d time.Duration) string { return fmt.Sprintf("%.1f", float64(d.Microseconds())/1000) }
	fmt.Fprintf(stdout, "GET /api/events, %d req/s for %s on loopback: %d sent, %d ok, %d failed, %d dropped\n",
		*rate, *duration, res.Sent, res.OK, res.Failed, res.Dropped)
	fmt.Fprintf(stdout, "all queries: p50 %s ms, p90 %s ms, p99 %s ms, max %s ms\n\n", ms(res.All.P50), ms(res.All.P90), ms(res.All.P99), ms(res.All.Max))
	fmt.Fprintf(stdout, "%8s %8s %8s %8s %8s  %s\n", "p50 ms", "p90 ms", "p99 ms", "max ms", "n", "query")
	qs := make([]string, 0, len(res.ByQuery))
	for q := range res.ByQuery {
		qs = append(qs, q)
	}
	slices.Sort(qs)
	for _, q := range qs {
		l := res.ByQuery[q]
		fmt.Fprintf(stdout, "%8s %8s %8s %8s %8d  %s\n", ms(l.P50), ms(l.P90), ms(l.P99), ms(l.Max), l.N, "/api/events?"+q)
	}
	return nil
}
