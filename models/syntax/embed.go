// Package syntaxmodels embeds the trained tagger and parser models of
// internal/syntax (fr.bin.gz, en.bin.gz). They are derived from Universal
// Dependencies treebanks and the Lefff lexicon; see README.md for sources,
// licences and how to rebuild them.
package syntaxmodels

import "embed"

// FS holds the compressed models, named <lang>.bin.gz.
//
//go:embed *.gz
var FS embed.FS
