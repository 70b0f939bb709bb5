package actor

import (
	"fmt"
	"os"
	"testing"
	"time"
)

func TestZZFind(t *testing.T) {
	text := os.Getenv("ZZ_TEXT")
	if text == "" {
		t.Skip()
	}
	k, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range k.Find(text, time.Now(), os.Getenv("ZZ_LANG")) {
		fmt.Printf("%q %s %s %s\n", m.Text, m.Kind, m.Code, m.Source)
	}
}
