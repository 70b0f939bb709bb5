// Command compile rebuilds the actor tables vigie ships in dict/actors
// (leaders.txt.gz from the Wikidata leaders CSVs, phoenix.txt.gz from the
// Phoenix dictionaries) from the shared data folder.
//
//	go run ./internal/actor/cmd/compile [-shared ../shared] [-out dict/actors]
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/vigie-events/vigie/internal/actor"
)

func main() {
	shared := flag.String("shared", "../shared", "shared data folder")
	out := flag.String("out", "dict/actors", "dictionary folder to write into")
	verbose := flag.Bool("v", false, "list rejected labels and dictionary errors")
	flag.Parse()
	rep, err := actor.Compile(*shared, *out, filepath.Join(*out, "people.txt"))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("leaders: %d persons, %d offices; phoenix: %d entries, %d malformed lines; %d labels and %d offices rejected; %d countries unmapped\n",
		rep.Persons, rep.Offices, rep.PhoenixEntries, len(rep.PhoenixErrors), len(rep.RejectedLabels), len(rep.RejectedOffices), len(rep.UnmappedCountries))
	if *verbose {
		for _, l := range rep.RejectedLabels {
			fmt.Println("rejected label:", l)
		}
		for _, o := range rep.RejectedOffices {
			fmt.Println("rejected office:", o)
		}
		for _, c := range rep.UnmappedCountries {
			fmt.Println("unmapped country:", c)
		}
		for _, e := range rep.PhoenixErrors {
			fmt.Println(e)
		}
	}
}
