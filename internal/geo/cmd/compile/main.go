// Command compile builds vigie's gazetteer from the shared data folder:
//
//	go run ./internal/geo/cmd/compile -shared ../shared -out internal/geo/data/gazetteer.bin.gz
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"

	"github.com/vigie-events/vigie/internal/geo"
)

func main() {
	shared := flag.String("shared", "../shared", "shared data folder")
	out := flag.String("out", "internal/geo/data/gazetteer.bin.gz", "compiled gazetteer to write")
	flag.Parse()
	var buf bytes.Buffer
	if err := geo.Compile(*shared, &buf); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if _, err := geo.Load(bytes.NewReader(buf.Bytes())); err != nil {
		fmt.Fprintln(os.Stderr, "compiled gazetteer does not load:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("wrote %s (%d bytes)\n", *out, buf.Len())
}
