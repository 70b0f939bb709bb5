package event

import (
	"github.com/vigie-events/vigie/internal/dictfile"
)

// Error is one malformed line of a dictionary or table file.
type Error = dictfile.Error[prefix]

// ErrorList collects the errors of a file, like go/scanner's: a bad line is
// reported and skipped, the rest of the file still loads.
type ErrorList = dictfile.ErrorList[prefix]

type prefix struct{}

func (prefix) Prefix() string { return "event" }
