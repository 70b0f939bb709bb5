// Package eventdict embeds vigie's event dictionaries: French and English
// verbs and nouns with their argument slots and CAMEO codes, in vigie's
// dictionary format (see internal/event, entry.go). Written by hand for
// vigie.
package eventdict

import "embed"

// FS holds the dictionary files, one per language (fr.txt, en.txt).
//
//go:embed *.txt
var FS embed.FS
