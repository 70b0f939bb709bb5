package cli

import (
	"os"
	"testing"
)

// TestMain lets tests run the real command in a child process: the test
// binary re-executes itself with VIGIE_TEST_MAIN=1 and behaves as vigie.
func TestMain(m *testing.M) {
	if os.Getenv("VIGIE_TEST_MAIN") == "1" {
		os.Exit(Main(append([]string{"vigie"}, os.Args[1:]...)))
	}
	os.Exit(m.Run())
}
