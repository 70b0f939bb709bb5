package lang

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/vigie-events/vigie/internal/testshared"
)

var trainFlag = flag.Bool("train", false, "run the training test")

// TestTrainReproducible checks that training from the shared treebanks
// gives exactly the committed model. It trains, so it runs only when asked
// (go test -run TestTrainReproducible -train); CI checks the committed
// model's accuracy instead (eval_test.go).
func TestTrainReproducible(t *testing.T) {
	if !*trainFlag {
		t.Skip("trains a model; run with -train")
	}
	testshared.Path(t, trainFr[0])
	out := filepath.Join(t.TempDir(), "fren.gz")
	msg, err := Train(testshared.Dir(), out)
	if err != nil {
		t.Fatal(err)
	}
	t.Log(msg)
	got, _ := os.ReadFile(out)
	want, _ := os.ReadFile("fren.gz")
	if !bytes.Equal(got, want) {
		t.Error("retrained model differs from the committed fren.gz")
	}
}
