package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/vigie-events/vigie/internal/store"
)

// vigieCmd returns a command that runs vigie (this test binary) with args.
func vigieCmd(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, args...)
	cmd.Env = append(os.Environ(), "VIGIE_TEST_MAIN=1")
	return cmd
}

func writeJSONL(t *testing.T, path string, n int) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	for i := 0; i < n; i++ {
		rec := map[string]string{
			"url":       fmt.Sprintf("https://news.example/%d", i),
			"title":     fmt.Sprintf("Dépêche numéro %d", i),
			"text":      fmt.Sprintf("Le ministre a reçu son homologue pour la %d-ième fois à Rabat, mardi, pour parler de sécurité et de coopération régionale.\n\nLes deux délégations ont signé un accord, selon un communiqué publié à l'issue de la rencontre.", i),
			"published": "2023-05-02",
		}
		if err := enc.Encode(rec); err != nil {
			t.Fatal(err)
		}
	}
}

// TestIngestSurvivesSIGKILL kills `vigie ingest` halfway with SIGKILL and
// runs it again: every document must then be stored exactly once, and the
// database must pass its integrity check.
func TestIngestSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	dir := t.TempDir()
	const n = 4000
	input := filepath.Join(dir, "in.jsonl")
	writeJSONL(t, input, n)
	db := filepath.Join(dir, "v.db")

	cmd := vigieCmd(t, "ingest", "--quiet", "--no-code", "--batch", "25", "--db", db, input)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Wait until some but not all documents are stored, then kill.
	ctx := context.Background()
	deadline := time.Now().Add(60 * time.Second)
	killedAt := -1
	for time.Now().Before(deadline) {
		// Each poll opens the store (a schema check, a checkpoint on
		// close), so the poll should not compete with the ingest it
		// watches. At every 20 ms, one run on a two-core machine that was
		// running two other test suites stored nothing in a minute; it
		// did not happen again under CPU load alone.
		time.Sleep(100 * time.Millisecond)
		if _, err := os.Stat(db); err != nil {
			continue
		}
		st, err := store.Open(ctx, db)
		if err != nil {
			continue
		}
		c, err := st.Count(ctx)
		st.Close()
		if err == nil && c >= 200 {
			killedAt = c
			break
		}
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	if killedAt < 0 {
		t.Fatal("ingest stored nothing within 60 s")
	}
	if killedAt >= n {
		t.Logf("ingest finished before the kill (%d stored); the rerun still checks idempotence", killedAt)
	}

	out, err := vigieCmd(t, "ingest", "--quiet", "--no-code", "--db", db, input).CombinedOutput()
	if err != nil {
		t.Fatalf("rerun: %v\n%s", err, out)
	}
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.IntegrityCheck(ctx); err != nil {
		t.Fatalf("integrity: %v", err)
	}
	c, err := st.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if c != n {
		t.Fatalf("stored %d documents after kill at %d and rerun, want exactly %d\n%s", c, killedAt, n, out)
	}
	if !strings.Contains(string(out), fmt.Sprintf("%d unchanged", killedAt)) && killedAt < n {
		t.Logf("rerun summary: %s", out)
	}
	// A third run changes nothing.
	out, err = vigieCmd(t, "ingest", "--quiet", "--no-code", "--db", db, input).CombinedOutput()
	if err != nil || !strings.Contains(string(out), fmt.Sprintf("0 new, 0 updated, %d unchanged", n)) {
		t.Errorf("third run should change nothing: %v\n%s", err, out)
	}
}
