package store

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/vigie-events/vigie/internal/doc"
)

const (
	crashDocs  = 3000
	crashBatch = 50
)

// crashIngest stores the crash test's documents batch by batch, printing
// "batch i" to out after each commit.
func crashIngest(ctx context.Context, s *SQLite, out func(i int)) error {
	for i := 0; i < crashDocs; i += crashBatch {
		docs := make([]*doc.Document, crashBatch)
		for j := range docs {
			docs[j] = genDoc(i+j, 100)
		}
		if _, err := s.PutBatch(ctx, docs); err != nil {
			return err
		}
		out(i / crashBatch)
	}
	return nil
}

// TestMain lets the crash test run this binary as the ingest process it
// kills.
func TestMain(m *testing.M) {
	if path := os.Getenv("VIGIE_STORE_CRASH_CHILD"); path != "" {
		s, err := Open(context.Background(), path)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		err = crashIngest(context.Background(), s, func(i int) { fmt.Printf("batch %d\n", i) })
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// TestCrash kills an ingesting process at several moments and checks that
// the database is intact, holds whole batches only, and that running the
// ingest again completes it with every document stored once.
func TestCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	if runtime.GOOS == "windows" {
		t.Skip("no SIGKILL")
	}
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "vigie.db")
	prev := 0
	for round, after := range []int{0, 3, 9, 20} {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "VIGIE_STORE_CRASH_CHILD="+path)
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(stdout)
		seen := -1
		for sc.Scan() {
			fmt.Sscanf(sc.Text(), "batch %d", &seen)
			if seen >= after {
				break
			}
		}
		// Kill in the middle of a later batch.
		time.Sleep(time.Duration(round) * 700 * time.Microsecond)
		cmd.Process.Kill()
		go func() {
			for sc.Scan() {
			}
		}()
		cmd.Wait()

		s, err := Open(ctx, path)
		if err != nil {
			t.Fatalf("round %d: reopen: %v", round, err)
		}
		if err := s.IntegrityCheck(ctx); err != nil {
			t.Errorf("round %d: %v", round, err)
		}
		n, err := s.Count(ctx)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("round %d: killed after batch %d, %d documents stored", round, seen, n)
		if n%crashBatch != 0 || n < (seen+1)*crashBatch || n < prev {
			t.Errorf("round %d: %d documents after batch %d: not whole batches", round, n, seen)
		}
		prev = n
		s.Close()
	}

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := crashIngest(ctx, s, func(int) {}); err != nil {
		t.Fatal(err)
	}
	var docs, hashes, versions, aliases int
	err = s.r.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM documents), (SELECT count(DISTINCT content_hash) FROM documents),
		(SELECT count(*) FROM document_versions), (SELECT count(*) FROM document_aliases)`).Scan(&docs, &hashes, &versions, &aliases)
	if err != nil {
		t.Fatal(err)
	}
	if docs != crashDocs || hashes != crashDocs || versions != 0 || aliases != 0 {
		t.Errorf("after completing: %d documents, %d contents, %d old versions, %d aliases; want %d, %d, 0, 0",
			docs, hashes, versions, aliases, crashDocs, crashDocs)
	}
	if err := s.IntegrityCheck(ctx); err != nil {
		t.Error(err)
	}
}

// TestConcurrent runs writers and readers at once; run it with -race.
func TestConcurrent(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	const writers, readers, batches, batch = 2, 4, 20, 10
	var wg sync.WaitGroup
	errs := make(chan error, writers+readers)
	for w := range writers {
		wg.Go(func() {
			for b := range batches {
				docs := make([]*doc.Document, batch)
				for j := range docs {
					// Writers share half their documents: both see Inserted or Unchanged.
					docs[j] = genDoc((w*batches*batch+b*batch+j)/2, 60)
				}
				if _, err := s.PutBatch(ctx, docs); err != nil {
					errs <- err
					return
				}
				if _, err := s.Put(ctx, &doc.Document{URL: "https://example.fr/live", Text: fmt.Sprint("édition ", w, b)}); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	for range readers {
		wg.Go(func() {
			for i := range 50 {
				if _, err := s.Search(ctx, "securite algerie", 10, 0); err != nil {
					errs <- err
					return
				}
				if _, err := s.Count(ctx); err != nil {
					errs <- err
					return
				}
				if _, _, err := s.Get(ctx, doc.NewID(genDoc(i, 1).URL, "")); err != nil && !isNotFound(err) {
					errs <- err
					return
				}
				if _, err := s.Versions(ctx, doc.NewID("https://example.fr/live", "")); err != nil && !isNotFound(err) {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	n, err := s.Count(ctx)
	if want := writers*batches*batch/2 + 1; err != nil || n != want {
		t.Errorf("Count = %d, %v; want %d", n, err, want)
	}
	vs, err := s.Versions(ctx, doc.NewID("https://example.fr/live", ""))
	if err != nil || len(vs) != writers*batches {
		t.Errorf("%d versions of the live page, %v; want %d", len(vs), err, writers*batches)
	}
	if err := s.IntegrityCheck(ctx); err != nil {
		t.Error(err)
	}
}

func isNotFound(err error) bool { return errors.Is(err, ErrNotFound) }
