package export

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"

	"github.com/vigie-events/vigie/internal/store"
)

// TestParquetIndependentReader reads the Parquet export with hyparquet, a
// reader written independently of the Go library that wrote the file
// (vendored under testdata as a test tool), run by Node.js: what one
// implementation writes, another must read. It needs node; CI has it.
func TestParquetIndependentReader(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		if os.Getenv("VIGIE_SHARED") != "" {
			t.Fatal("node is needed for the independent Parquet reader and was not found")
		}
		t.Skip("node not found: cannot run the independent Parquet reader")
	}
	var buf bytes.Buffer
	src := testSource()
	if _, err := Write(context.Background(), &buf, src, "parquet", store.EventFilter{}, Options{}); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "events.parquet")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(node, "testdata/readparquet.mjs", p).CombinedOutput()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, out)
	}
	var got struct {
		Rows    int
		Columns []string
		Data    []map[string]any
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if got.Rows != len(src.events) || len(got.Data) != len(src.events) || !slices.Equal(got.Columns, RowColumns) {
		t.Fatalf("read %d rows (%d objects), columns %v; want %d rows, %v", got.Rows, len(got.Data), got.Columns, len(src.events), RowColumns)
	}
	for i, e := range src.events {
		want := NewRow(&e)
		row := got.Data[i]
		if row["id"] != want.ID || row["cameo"] != want.CAMEO || row["goldstein"] != want.Goldstein {
			t.Errorf("row %d: %v\nwant id %s cameo %s goldstein %v", i, row, want.ID, want.CAMEO, want.Goldstein)
		}
	}
}
