package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"syscall"
	"time"

	"github.com/vigie-events/vigie/internal/corpus"
	"github.com/vigie-events/vigie/internal/extract"
	"github.com/vigie-events/vigie/internal/ingest"
	"github.com/vigie-events/vigie/internal/pipeline"
)

func runGenCorpus(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "gencorpus", "[flags] OUTDIR", "Generate a benchmark corpus: sentences from the UD treebanks wrapped in\nrealistic news-page templates, as HTML files (OUTDIR/html) and a WARC.gz\n(OUTDIR/pages.warc.gz). Corpora are not committed.")
	ud := fs.String("ud", "../shared/data/ud", "folder of UD treebanks (CoNLL-U) to take sentences from")
	htmlMB := fs.Int64("html-mb", 200, "megabytes of HTML files")
	warcMB := fs.Int64("warc-mb", 1024, "megabytes of HTML inside the WARC (0: none)")
	seed := fs.Uint64("seed", 1, "random seed")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return usageErr("want one output folder")
	}
	fr, err := corpus.Sentences(*ud, "fr_")
	if err != nil {
		return err
	}
	en, err := corpus.Sentences(*ud, "en_")
	if err != nil {
		return err
	}
	out := fs.Arg(0)
	g := corpus.NewGenerator(fr, en, *seed)
	if *htmlMB > 0 {
		n, b, err := g.WriteHTML(filepath.Join(out, "html"), *htmlMB<<20)
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "%s/html: %d pages, %.1f MB\n", out, n, float64(b)/(1<<20))
	}
	if *warcMB > 0 {
		p := filepath.Join(out, "pages.warc.gz")
		n, b, err := g.WriteWARC(p, *warcMB<<20)
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "%s: %d pages, %.1f MB of HTML\n", p, n, float64(b)/(1<<20))
	}
	return nil
}

func runBench(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "bench", "extract [flags] PATH...", "Measure a stage over a corpus (see 'vigie gencorpus'): documents, MB/s of\nwall time and per CPU-second (per core), and peak resident memory.")
	var rf readerFlags
	rf.register(fs)
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile to this file")
	if len(args) > 0 && args[0] == "pipeline" {
		return runBenchPipeline(ctx, env, args[1:])
	}
	if len(args) == 0 || args[0] != "extract" {
		fs.Usage()
		return usageErr("want: bench extract [flags] PATH... or bench pipeline [flags]")
	}
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if fs.NArg() < 1 {
		fs.Usage()
		return usageErr("want: bench extract [flags] PATH...")
	}
	stop, err := startCPUProfile(*cpuprofile)
	if err != nil {
		return err
	}
	defer stop()
	cfg, err := rf.config(env)
	if err != nil {
		return err
	}
	rd := ingest.New(cfg)
	ex := extract.New(extract.Config{Fallback: rf.fallback})
	var docs, failed int
	var bytes int64
	var peakHeap uint64
	start, cpu0 := time.Now(), cpuTime()
	tick := time.Now()
	pipeline.Extract(ctx, rd, ex, fs.Args(), pipeline.Config{Workers: rf.workers}, func(r pipeline.Result) bool {
		bytes += int64(r.Bytes)
		if r.Err != nil {
			failed++
		} else {
			docs++
		}
		if time.Since(tick) > 2*time.Second {
			tick = time.Now()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			peakHeap = max(peakHeap, ms.HeapInuse)
			fmt.Fprintf(env.Stderr, "\r%d docs, %.0f MB, %.1f MB/s", docs, float64(bytes)/(1<<20), float64(bytes)/(1<<20)/time.Since(start).Seconds())
		}
		return true
	})
	wall, cpu := time.Since(start), cpuTime()-cpu0
	workers := rf.workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	mb := float64(bytes) / (1 << 20)
	fmt.Fprintf(env.Stderr, "\r")
	fmt.Fprintf(env.Stdout, "extract: %d docs (%d failed), %.1f MB in %s wall, %.1f s CPU on %d workers\n", docs, failed, mb, wall.Round(time.Millisecond), cpu.Seconds(), workers)
	fmt.Fprintf(env.Stdout, "  throughput: %.1f MB/s wall, %.1f MB/s per core (MB per CPU-second), %.0f docs/s per core\n", mb/wall.Seconds(), mb/cpu.Seconds(), float64(docs)/cpu.Seconds())
	fmt.Fprintf(env.Stdout, "  memory: peak RSS %.0f MB, peak heap in use %.0f MB\n", float64(maxRSS())/(1<<20), float64(peakHeap)/(1<<20))
	return nil
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// maxRSS is the peak resident set size of this process, in bytes.
func maxRSS() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Maxrss * 1024 // Linux reports kilobytes
}

// startCPUProfile writes a CPU profile to path until stop is called; an
// empty path profiles nothing.
func startCPUProfile(path string) (stop func(), err error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}
