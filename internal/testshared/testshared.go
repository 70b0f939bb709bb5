// Package testshared locates the read-only ../shared data folder for tests.
//
// On a user's machine there is no ../shared: tests that need it skip with a
// clear message. When VIGIE_SHARED is set (as .ci/run does), a missing file
// is a failure, not a skip.
package testshared

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Dir returns the shared folder: $VIGIE_SHARED if set, else ../shared next to
// the module root. It returns "" when neither exists.
func Dir() string {
	if d := os.Getenv("VIGIE_SHARED"); d != "" {
		if abs, err := filepath.Abs(d); err == nil {
			return abs
		}
		return d
	}
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return ""
	}
	// file is <root>/internal/testshared/testshared.go
	root := filepath.Dir(filepath.Dir(filepath.Dir(file)))
	d := filepath.Join(filepath.Dir(root), "shared")
	if st, err := os.Stat(d); err == nil && st.IsDir() {
		return d
	}
	return ""
}

// Required reports whether shared data must be present (VIGIE_SHARED set).
func Required() bool { return os.Getenv("VIGIE_SHARED") != "" }

// Path returns the path of rel inside the shared folder. If the file is
// missing it skips the test, or fails it when VIGIE_SHARED is set.
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	d := Dir()
	if d == "" {
		tb.Skipf("skipping: shared data folder not found (set VIGIE_SHARED or place it at ../shared); needs %s", rel)
		return ""
	}
	p := filepath.Join(d, rel)
	if _, err := os.Stat(p); err != nil {
		if Required() {
			tb.Fatalf("VIGIE_SHARED=%s is set but %s is missing: %v", os.Getenv("VIGIE_SHARED"), rel, err)
		}
		tb.Skipf("skipping: %s not found in shared data folder %s", rel, d)
	}
	return p
}
