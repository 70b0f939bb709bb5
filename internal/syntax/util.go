package syntax

import "sort"

func sortStrings(s []string) { sort.Strings(s) }
