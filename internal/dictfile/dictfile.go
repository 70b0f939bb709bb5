// Package dictfile holds what vigie's dictionary readers share: errors
// that name the file and line of a malformed entry, collected like
// go/scanner's ErrorList, so a bad line is reported and skipped while the
// rest of the file still loads.
package dictfile

import (
	"fmt"
	"sort"
	"strings"
)

// Prefix names the package that reports an error ("actor", "event").
type Prefix interface{ Prefix() string }

// Error is one malformed line of a dictionary or table file.
type Error[P Prefix] struct {
	File string // file name as given to the reader
	Line int    // 1-based line number
	Msg  string // what is wrong
}

func (e *Error[P]) Error() string {
	var p P
	return fmt.Sprintf("%s: %s:%d: %s", p.Prefix(), e.File, e.Line, e.Msg)
}

// ErrorList collects the errors of a file.
type ErrorList[P Prefix] []*Error[P]

// Add appends an error.
func (l *ErrorList[P]) Add(file string, line int, format string, args ...any) {
	*l = append(*l, &Error[P]{File: file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// Sort orders the list by file and line.
func (l ErrorList[P]) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		if l[i].File != l[j].File {
			return l[i].File < l[j].File
		}
		return l[i].Line < l[j].Line
	})
}

func (l ErrorList[P]) Error() string {
	switch len(l) {
	case 0:
		var p P
		return p.Prefix() + ": no errors"
	case 1:
		return l[0].Error()
	}
	var b strings.Builder
	b.WriteString(l[0].Error())
	fmt.Fprintf(&b, " (and %d more errors)", len(l)-1)
	return b.String()
}

// Err returns nil when the list is empty, the list otherwise.
func (l ErrorList[P]) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
