package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net/url"
	"os"
	"slices"
	"strings"

	"github.com/vigie-events/vigie/internal/export"
	"github.com/vigie-events/vigie/internal/store"
)

func runExport(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "export", "--format FORMAT [filters] [flags]", "Write the stored events, filtered as the API filters (GET /api/events), in one of:\n"+
		"gdelt (GDELT 2.0 events, 61 tab-separated columns), mentions (GDELT 2.0 mentions),\n"+
		"jsonl, plover (PLOVER JSON Lines), csv, parquet, geojson.")
	format := fs.String("format", "", "output format: "+strings.Join(export.Formats, ", "))
	db := fs.String("db", defaultDB, "store file (SQLite)")
	out := fs.String("o", "-", "output file (- for stdout)")
	filters := map[string]*string{}
	for _, p := range store.FilterParams {
		filters[p.Name] = fs.String(p.Name, "", "filter: "+p.Help)
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		fs.Usage()
		return usageErr("unexpected arguments %q", fs.Args())
	}
	if !slices.Contains(export.Formats, *format) {
		fs.Usage()
		return usageErr("--format: want one of %s", strings.Join(export.Formats, ", "))
	}
	v := url.Values{}
	fs.Visit(func(f *flag.Flag) {
		if p, ok := filters[f.Name]; ok {
			v.Set(f.Name, *p)
		}
	})
	f, _, err := store.ParseFilter(v)
	if err != nil {
		var pe *store.ParamError
		if errors.As(err, &pe) {
			return usageErr("--%s %q: %s", pe.Param, pe.Value, pe.Reason)
		}
		return err
	}
	st, err := openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	w := env.Stdout
	var file *os.File
	if *out != "-" {
		if file, err = os.Create(*out); err != nil {
			return err
		}
		w = file
	}
	stats, err := export.Write(ctx, w, st, *format, f, export.Options{Version: "vigie " + Version})
	if file != nil {
		if cerr := file.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		return err
	}
	skipped := ""
	if stats.Skipped > 0 {
		skipped = fmt.Sprintf(" (%d events skipped: the format cannot hold them)", stats.Skipped)
	}
	fmt.Fprintf(env.Stderr, "%s written%s\n", plural(stats.Records, "record", "records"), skipped)
	return nil
}
