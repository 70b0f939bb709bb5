// Command vigie reads French and English news and turns it into political
// event data. See README.md.
package main

import (
	"os"

	"github.com/vigie-events/vigie/internal/cli"
)

func main() { os.Exit(cli.Main(os.Args)) }
