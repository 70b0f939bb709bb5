// Package event holds the dictionaries and tables of vigie's event coder.
//
// It reads nothing from documents yet: it is the layer the coder stands on.
// It provides
//
//   - the CAMEO tables: every code with its name, root, quad class and
//     Goldstein score ([Lookup]);
//   - the CAMEO→PLOVER mapping ([PLOVER]) and the PLOVER gold standard
//     records ([ReadGSR]);
//   - loaders for PETRARCH-2 and PETRARCH-1/TABARI verb dictionaries
//     ([ReadVerbDict]), which collect malformed lines in an [ErrorList];
//   - vigie's own French and English verb and noun dictionaries, in a
//     reviewable text format ([ReadEntries], [ParseEntry]; embedded from
//     dict/events);
//   - one compiled lookup over all of them, by language and lemma
//     ([Lexicon]).
//
// The tables are compiled from ../shared/data/eventdata and embedded; see
// data/README.md for sources and licences. Regenerate them with
// `go generate ./internal/event`.
package event

//go:generate go test -run TestGeneratedTables -update
