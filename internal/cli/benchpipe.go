package cli

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/vigie-events/vigie/internal/annotate"
	"github.com/vigie-events/vigie/internal/corpus"
	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/segment"
	"github.com/vigie-events/vigie/internal/syntax"
)

// runBenchPipeline measures the whole chain from raw text to events on
// documents built from UD sentences, stage by stage: each row runs the
// chain up to that stage over the same documents, so the differences
// between rows are the stages' costs.
func runBenchPipeline(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "bench pipeline", "[flags]", "Measure the chain from raw text to events (segmentation, tagging and parsing,\nentities and actors, coding, time and place) on documents of UD sentences.")
	ud := fs.String("ud", "../shared/data/ud", "folder of UD treebanks to take sentences from")
	n := fs.Int("sentences", 3000, "sentences per language")
	per := fs.Int("per-doc", 30, "sentences per document")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile to this file")
	langs := fs.String("lang", "fr,en", "languages to measure")
	runs := fs.Int("runs", 3, "times each stage runs; the median CPU time is reported")
	if err := fs.Parse(args); err != nil {
		return err
	}
	stop, err := startCPUProfile(*cpuprofile)
	if err != nil {
		return err
	}
	defer stop()
	an, err := annotate.New(annotate.Config{})
	if err != nil {
		return err
	}
	for _, lang := range strings.Split(*langs, ",") {
		sents, err := corpus.Sentences(*ud, lang+"_")
		if err != nil {
			return err
		}
		if len(sents) > *n {
			sents = sents[:*n]
		}
		var docs []*doc.Document
		var bytes int
		for i := 0; i < len(sents); i += *per {
			text := strings.Join(sents[i:min(i+*per, len(sents))], " ")
			bytes += len(text)
			docs = append(docs, &doc.Document{ID: fmt.Sprint(i), Text: text, Lang: lang, LangSupported: true,
				Published: time.Date(2020, 9, 28, 0, 0, 0, 0, time.UTC)})
		}
		m, err := syntax.Load(lang)
		if err != nil {
			return err
		}
		stages := []struct {
			name string
			run  func(d *doc.Document) int
		}{
			{"segment", func(d *doc.Document) int { return len(segment.Segment(d.Text, lang)) }},
			{"+ tag, parse", func(d *doc.Document) int {
				ss := segment.Segment(d.Text, lang)
				for _, s := range ss {
					var words []string
					for _, t := range s.Tokens {
						if len(t.Words) == 0 {
							words = append(words, t.Text)
						}
						for _, w := range t.Words {
							words = append(words, w.Form)
						}
					}
					m.Annotate(words)
				}
				return len(ss)
			}},
			{"+ entities, actors", func(d *doc.Document) int { return len(an.Parse(d.Text, lang, d.Published)) }},
			{"+ events, time, place", func(d *doc.Document) int { an.Events(d); return 0 }},
		}
		tokens := 0
		for _, d := range docs {
			for _, s := range segment.Segment(d.Text, lang) {
				tokens += len(s.Tokens)
			}
		}
		fmt.Fprintf(env.Stdout, "%s: %d documents, %d sentences, %d tokens, %.2f MB; median of %d runs\n",
			lang, len(docs), len(sents), tokens, float64(bytes)/(1<<20), max(*runs, 1))
		prev := 0.0
		for _, st := range stages {
			var cpus, walls []float64
			for range max(*runs, 1) {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				runtime.GC()
				c0, w0 := cpuTime(), time.Now()
				for _, d := range docs {
					st.run(d)
				}
				cpus = append(cpus, (cpuTime() - c0).Seconds())
				walls = append(walls, time.Since(w0).Seconds())
			}
			cpu, wall := median(cpus), median(walls)
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			// The stage alone: this line's chain less the one before it.
			alone := "-"
			if d := cpu - prev; prev > 0 && d > 0 {
				alone = fmt.Sprintf("%.0fk tokens/s", float64(tokens)/d/1000)
			}
			prev = cpu
			fmt.Fprintf(env.Stdout, "  %-24s %8.0f sentences/s per core  %6.2f MB/s per core  stage alone %-16s (wall %.2fs, heap %.0f MB)\n",
				st.name, float64(len(sents))/cpu, float64(bytes)/(1<<20)/cpu, alone, wall, float64(ms.HeapInuse)/(1<<20))
		}
	}
	fmt.Fprintf(env.Stdout, "peak RSS %.0f MB; per core = per CPU-second of this process, one document at a time\n", float64(maxRSS())/(1<<20))
	return nil
}

// median returns the middle of xs (the mean of the two middle ones for an
// even count).
func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n == 0 {
		return 0
	}
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}
