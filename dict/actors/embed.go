// Package actordict embeds vigie's actor dictionaries: reviewable text
// files in vigie's dictionary format (see internal/actor), and the tables
// compiled from ../shared by `go run ./internal/actor/cmd/compile`.
package actordict

import "embed"

// FS holds the dictionary files.
//
//go:embed *.txt *.gz
var FS embed.FS
