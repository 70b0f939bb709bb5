// Package cli is vigie's command line: it parses flags and calls the
// stages. cmd/vigie only calls Main.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/vigie-events/vigie/internal/ingest"
)

// Version is set at build time with -ldflags "-X …/cli.Version=…".
var Version = "dev"

type command struct {
	name, args, help string
	run              func(ctx context.Context, env *Env, args []string) error
}

// Env is where a command reads and writes; tests replace it.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// IsTerminal reports whether Stderr is a terminal (progress bars).
	IsTerminal bool
}

var commands []command

func init() {
	commands = []command{
		{"extract", "[flags] FILE|DIR|URL|-...", "print each article as JSON (one object a line)", runExtract},
		{"entities", "[flags] FILE|DIR|URL|-...", "print each article's entities: mentions, coreference, actor codes and evidence", runEntities},
		{"ingest", "[flags] FILE|DIR|URL|-...", "read, extract and store articles", runIngest},
		{"search", "[flags] QUERY", "full-text search over stored titles and text", runSearch},
		{"show", "[flags] ID", "print one stored article", runShow},
		{"gencorpus", "[flags] OUTDIR", "generate a benchmark corpus from the UD treebanks", runGenCorpus},
		{"bench", "extract [flags] PATH...", "measure throughput and memory of a stage", runBench},
		{"code", "[flags] FILE|DIR|URL|-...", "code the events of each article (JSON Lines, one event a line)", runCode},
		{"parse", "[flags] [FILE|-]", "segment, tag and parse raw text into CoNLL-U", runParse},
		{"eval", "WHAT [flags]", "score a model on the shared gold data (syntax, ner, events)", runEval},
		{"train", "[flags] MODEL...", "rebuild an embedded model from the shared data", runTrain},
		{"serve", "[flags]", "serve events, documents and statistics over HTTP (JSON API)", runServe},
		{"export", "--format FORMAT [filters] [flags]", "write events as GDELT, mentions, JSONL, PLOVER, CSV, Parquet or GeoJSON", runExport},
		{"recode", "--db PATH [flags]", "code the stored corpus again with the current dictionaries, from the kept parses", runRecode},
		{"demo", "[flags]", "ingest the built-in sample articles into a demo store", runDemo},
		{"version", "", "print the version", func(_ context.Context, env *Env, _ []string) error {
			fmt.Fprintln(env.Stdout, "vigie", Version)
			return nil
		}},
	}
}

// ErrFailed means the command ran but some inputs failed; the errors were
// already printed. The exit status is 1.
var ErrFailed = errors.New("some inputs failed")

// Main runs vigie with os.Args-style arguments and returns the exit status.
func Main(args []string) int {
	env := &Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, IsTerminal: isTerminal(os.Stderr)}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return Run(ctx, env, args)
}

// Run is Main with the environment given.
func Run(ctx context.Context, env *Env, args []string) int {
	if len(args) < 2 || args[1] == "-h" || args[1] == "--help" || args[1] == "help" {
		usage(env.Stderr)
		if len(args) < 2 {
			return 2
		}
		return 0
	}
	name := args[1]
	for _, c := range commands {
		if c.name != name {
			continue
		}
		err := c.run(ctx, env, args[2:])
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.Is(err, ErrFailed):
			return 1
		case errors.Is(err, errUsage):
			fmt.Fprintf(env.Stderr, "vigie %s: %v\n", name, err)
			return 2
		default:
			fmt.Fprintf(env.Stderr, "vigie %s: %v\n", name, err)
			return 1
		}
	}
	fmt.Fprintf(env.Stderr, "vigie: unknown command %q\n\n", name)
	usage(env.Stderr)
	return 2
}

var errUsage = errors.New("usage")

func usageErr(format string, a ...any) error {
	return fmt.Errorf("%w: %s", errUsage, fmt.Sprintf(format, a...))
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "vigie reads French and English news and turns it into political event data.")
	fmt.Fprintln(w, "\nUsage: vigie COMMAND [flags] [args]\n\nCommands:")
	cs := append([]command(nil), commands...)
	sort.Slice(cs, func(i, j int) bool { return cs[i].name < cs[j].name })
	for _, c := range cs {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.help)
	}
	fmt.Fprintln(w, "\nRun 'vigie COMMAND -h' for a command's flags.")
}

func newFlags(env *Env, name, args, help string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(env.Stderr, "Usage: vigie %s %s\n\n%s\n\nFlags:\n", name, args, help)
		fs.PrintDefaults()
	}
	return fs
}

// readerFlags are the flags of every command that reads inputs.
type readerFlags struct {
	now      string
	maxBytes int64
	fallback bool
	workers  int
}

func (rf *readerFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&rf.now, "now", "", "fetch time for inputs that carry none, e.g. 2020-10-19 or 2020-10-19T08:00:00Z (default: the file's modification time)")
	fs.Int64Var(&rf.maxBytes, "max-bytes", ingest.DefaultMaxBytes, "largest document (page, record) accepted, in bytes")
	fs.BoolVar(&rf.fallback, "fallback", false, "also run trafilatura's readability and DOM-distiller fallbacks (about 1.3× slower)")
	fs.IntVar(&rf.workers, "workers", 0, "extraction workers (default: number of CPUs)")
}

func (rf *readerFlags) config(env *Env) (ingest.Config, error) {
	cfg := ingest.Config{MaxBytes: rf.maxBytes, Stdin: env.Stdin}
	if rf.now != "" {
		t, ok := ingest.ParseTime(rf.now)
		if !ok {
			return cfg, usageErr("--now: cannot read time %q (want 2020-10-19 or RFC 3339)", rf.now)
		}
		cfg.Now = t
	}
	return cfg, nil
}

func printErr(env *Env, err error) {
	fmt.Fprintf(env.Stderr, "error: %v\n", err)
}

func since(t time.Time) string {
	return time.Since(t).Round(time.Millisecond).String()
}

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

func skippedSummary(st *ingest.Stats) string {
	if len(st.Skipped) == 0 {
		return ""
	}
	var parts []string
	for k, v := range st.Skipped {
		parts = append(parts, fmt.Sprintf("%s: %d", k, v))
	}
	sort.Strings(parts)
	return "; skipped " + plural(st.SkippedTotal(), "record", "records") + " (" + strings.Join(parts, ", ") + ")"
}
