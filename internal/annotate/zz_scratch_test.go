package annotate

import (
	"fmt"
	"os"
	"testing"
	"time"
)

func TestZZScratch(t *testing.T) {
	text := os.Getenv("ZZ_TEXT")
	if text == "" {
		t.Skip()
	}
	lang := os.Getenv("ZZ_LANG")
	a := annotator(t)
	for _, s := range a.Parse(text, lang, time.Date(2025, 5, 10, 0, 0, 0, 0, time.UTC)) {
		for _, m := range s.Actors {
			fmt.Printf("%q %s role=%v place=%v group=%v\n", m.Text, m.Code, m.Role, m.Place, m.Group)
		}
	}
}
