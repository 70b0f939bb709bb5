// Package conllu reads and writes the CoNLL-U format of Universal
// Dependencies and scores a system file against a gold file the way the
// CoNLL 2018 shared task did (see Evaluate).
//
// The reader streams one sentence at a time. It keeps the sentence-level
// comments that matter to vigie (# sent_id, # text, # newdoc, # newpar) as
// fields, other comments verbatim, multiword token ranges ("1-2") as
// MultiTokens, and skips empty nodes ("1.1").
package conllu

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Word is one syntactic word: a line whose ID is an integer.
type Word struct {
	ID     int // 1-based position in the sentence
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int // 0 for the root
	Deprel string
	Deps   string
	Misc   string
}

// MultiToken is a range line ("3-4 du") spanning the words First..Last.
type MultiToken struct {
	First, Last int
	Form        string
	Misc        string
}

// Sentence is one CoNLL-U sentence.
type Sentence struct {
	ID       string // # sent_id
	Text     string // # text
	NewDoc   bool   // # newdoc
	DocID    string // # newdoc id = ...
	NewPar   bool   // # newpar
	ParID    string // # newpar id = ...
	Comments []string
	Words    []Word
	Multi    []MultiToken
}

// SpaceAfter reports whether MISC does not hold SpaceAfter=No.
func SpaceAfter(misc string) bool {
	for f := range strings.SplitSeq(misc, "|") {
		if f == "SpaceAfter=No" {
			return false
		}
	}
	return true
}

// Tokens returns the surface tokens of the sentence in order: for each
// multiword token its form and MISC, for every other word its own.
// first and last give the words each token covers (1-based, inclusive).
func (s *Sentence) Tokens() []TokenRef {
	out := make([]TokenRef, 0, len(s.Words))
	mi := 0
	for i := 0; i < len(s.Words); {
		id := s.Words[i].ID
		for mi < len(s.Multi) && s.Multi[mi].Last < id {
			mi++
		}
		if mi < len(s.Multi) && s.Multi[mi].First == id {
			m := s.Multi[mi]
			n := 0
			for i+n < len(s.Words) && s.Words[i+n].ID <= m.Last {
				n++
			}
			out = append(out, TokenRef{Form: m.Form, Misc: m.Misc, First: i, Last: i + n - 1, Multi: true})
			i += n
			mi++
			continue
		}
		out = append(out, TokenRef{Form: s.Words[i].Form, Misc: s.Words[i].Misc, First: i, Last: i})
		i++
	}
	return out
}

// TokenRef is a surface token: a multiword token or a single word.
// First and Last index Sentence.Words (0-based, inclusive).
type TokenRef struct {
	Form        string
	Misc        string
	First, Last int
	Multi       bool
}

// ParseError is a syntax error at a line of the input.
type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("conllu: line %d: %s", e.Line, e.Msg) }

// Reader reads sentences from a CoNLL-U stream.
type Reader struct {
	sc   *bufio.Scanner
	line int
}

// NewReader returns a Reader reading from r.
func NewReader(r io.Reader) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	return &Reader{sc: sc}
}

func (r *Reader) errf(format string, args ...any) error {
	return &ParseError{Line: r.line, Msg: fmt.Sprintf(format, args...)}
}

// Read returns the next sentence, or io.EOF when there is none. A sentence
// that ends the input without a blank line is returned as well.
func (r *Reader) Read() (*Sentence, error) {
	var s *Sentence
	for r.sc.Scan() {
		r.line++
		line := strings.TrimRight(r.sc.Text(), "\r")
		if line == "" || strings.TrimSpace(line) == "" {
			if s != nil {
				return s, r.check(s)
			}
			continue
		}
		if s == nil {
			s = &Sentence{}
		}
		if line[0] == '#' {
			if len(s.Words) > 0 || len(s.Multi) > 0 {
				return nil, r.errf("comment inside a sentence")
			}
			parseComment(s, line)
			continue
		}
		if err := r.parseLine(s, line); err != nil {
			return nil, err
		}
	}
	if err := r.sc.Err(); err != nil {
		return nil, fmt.Errorf("conllu: read: %w", err)
	}
	if s != nil {
		return s, r.check(s)
	}
	return nil, io.EOF
}

func (r *Reader) check(s *Sentence) error {
	if len(s.Words) == 0 {
		return r.errf("sentence without words")
	}
	for _, w := range s.Words {
		if w.Head > len(s.Words) {
			return r.errf("word %d: head %d beyond sentence length %d", w.ID, w.Head, len(s.Words))
		}
	}
	for _, m := range s.Multi {
		if m.Last > len(s.Words) {
			return r.errf("multiword token %d-%d beyond sentence length %d", m.First, m.Last, len(s.Words))
		}
	}
	return nil
}

func parseComment(s *Sentence, line string) {
	body := strings.TrimSpace(strings.TrimPrefix(line, "#"))
	key, val, hasVal := strings.Cut(body, "=")
	key = strings.TrimSpace(key)
	val = strings.TrimSpace(val)
	switch {
	case key == "sent_id" && hasVal && s.ID == "" && val != "":
		s.ID = val
		return
	case key == "text" && hasVal && s.Text == "" && val != "":
		s.Text = val
		return
	case (key == "newdoc" && !hasVal || key == "newdoc id") && !s.NewDoc:
		s.NewDoc = true
		s.DocID = val
		return
	case (key == "newpar" && !hasVal || key == "newpar id") && !s.NewPar:
		s.NewPar = true
		s.ParID = val
		return
	}
	s.Comments = append(s.Comments, line)
}

func (r *Reader) parseLine(s *Sentence, line string) error {
	var cols [10]string
	n := 0
	rest := line
	for n < 9 {
		c, after, ok := strings.Cut(rest, "\t")
		if !ok {
			break
		}
		cols[n] = c
		rest = after
		n++
	}
	cols[n] = rest
	n++
	for i := 2; i < 10; i++ {
		if cols[i] == "" {
			cols[i] = "_"
		}
	}
	if n != 10 || strings.Contains(rest, "\t") {
		return r.errf("want 10 tab-separated columns, got %d", strings.Count(line, "\t")+1)
	}
	id := cols[0]
	if strings.Contains(id, ".") { // empty node
		return nil
	}
	if a, b, ok := strings.Cut(id, "-"); ok {
		first, err1 := strconv.Atoi(a)
		last, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || first < 1 || last < first {
			return r.errf("bad range ID %q", id)
		}
		if first != len(s.Words)+1 {
			return r.errf("range %q does not start at the next word %d", id, len(s.Words)+1)
		}
		if cols[1] == "" {
			return r.errf("empty FORM")
		}
		s.Multi = append(s.Multi, MultiToken{First: first, Last: last, Form: cols[1], Misc: cols[9]})
		return nil
	}
	wid, err := strconv.Atoi(id)
	if err != nil || wid < 1 {
		return r.errf("bad ID %q", id)
	}
	if wid != len(s.Words)+1 {
		return r.errf("ID %d out of order, want %d", wid, len(s.Words)+1)
	}
	if cols[1] == "" {
		return r.errf("empty FORM")
	}
	head := -1
	if cols[6] != "_" {
		h, err := strconv.Atoi(cols[6])
		if err != nil || h < 0 {
			return r.errf("bad HEAD %q", cols[6])
		}
		head = h
	}
	s.Words = append(s.Words, Word{
		ID: wid, Form: cols[1], Lemma: cols[2], UPOS: cols[3], XPOS: cols[4], Feats: cols[5],
		Head: head, Deprel: cols[7], Deps: cols[8], Misc: cols[9],
	})
	return nil
}

// ReadAll reads every sentence of r.
func ReadAll(r io.Reader) ([]*Sentence, error) {
	cr := NewReader(r)
	var out []*Sentence
	for {
		s, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, s)
	}
}

// ReadFile reads every sentence of the named file.
func ReadFile(name string) ([]*Sentence, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("conllu: %w", err)
	}
	defer f.Close()
	ss, err := ReadAll(f)
	if err != nil {
		return nil, fmt.Errorf("conllu: %s: %w", name, err)
	}
	return ss, nil
}

// Writer writes sentences in CoNLL-U.
type Writer struct {
	w *bufio.Writer
}

// NewWriter returns a Writer writing to w. Call Flush when done.
func NewWriter(w io.Writer) *Writer { return &Writer{w: bufio.NewWriter(w)} }

// Flush writes any buffered data.
func (w *Writer) Flush() error {
	if err := w.w.Flush(); err != nil {
		return fmt.Errorf("conllu: write: %w", err)
	}
	return nil
}

func orUnderscore(s string) string {
	if s == "" {
		return "_"
	}
	return s
}

// Write writes one sentence followed by a blank line.
func (w *Writer) Write(s *Sentence) error {
	b := w.w
	if s.NewDoc {
		if s.DocID != "" {
			b.WriteString("# newdoc id = " + s.DocID + "\n")
		} else {
			b.WriteString("# newdoc\n")
		}
	}
	if s.NewPar {
		if s.ParID != "" {
			b.WriteString("# newpar id = " + s.ParID + "\n")
		} else {
			b.WriteString("# newpar\n")
		}
	}
	if s.ID != "" {
		b.WriteString("# sent_id = " + s.ID + "\n")
	}
	if s.Text != "" {
		b.WriteString("# text = " + s.Text + "\n")
	}
	for _, c := range s.Comments {
		if !strings.HasPrefix(c, "#") {
			c = "# " + c
		}
		b.WriteString(strings.ReplaceAll(c, "\n", " ") + "\n")
	}
	mi := 0
	for _, wd := range s.Words {
		for mi < len(s.Multi) && s.Multi[mi].First <= wd.ID {
			m := s.Multi[mi]
			if m.First == wd.ID {
				fmt.Fprintf(b, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", m.First, m.Last, clean(m.Form), orUnderscore(clean(m.Misc)))
			}
			mi++
		}
		head := "_"
		if wd.Head >= 0 {
			head = strconv.Itoa(wd.Head)
		}
		fmt.Fprintf(b, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", wd.ID, clean(wd.Form),
			orUnderscore(clean(wd.Lemma)), orUnderscore(clean(wd.UPOS)), orUnderscore(clean(wd.XPOS)),
			orUnderscore(clean(wd.Feats)), head, orUnderscore(clean(wd.Deprel)),
			orUnderscore(clean(wd.Deps)), orUnderscore(clean(wd.Misc)))
	}
	_, err := b.WriteString("\n")
	if err != nil {
		return fmt.Errorf("conllu: write: %w", err)
	}
	return nil
}

// clean replaces tabs and newlines, which would break the format, by spaces.
func clean(s string) string {
	if !strings.ContainsAny(s, "\t\n") {
		return s
	}
	return strings.NewReplacer("\t", " ", "\n", " ").Replace(s)
}

// RawText rebuilds a treebank's raw text as the CoNLL 2018 shared task
// made its input: the sentences' "# text" (or their tokens, with their
// SpaceAfter marks, when a sentence has none), a blank line at "# newdoc"
// and "# newpar", a space between other sentences. starts holds the byte
// offset at which each sentence begins in the text.
func RawText(gold []*Sentence) (text string, starts []int) {
	var b strings.Builder
	starts = make([]int, 0, len(gold))
	for i, s := range gold {
		if i > 0 {
			if s.NewDoc || s.NewPar {
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		t := s.Text
		if t == "" {
			var tb strings.Builder
			for _, tok := range s.Tokens() {
				tb.WriteString(tok.Form)
				if SpaceAfter(tok.Misc) {
					tb.WriteByte(' ')
				}
			}
			t = tb.String()
		}
		starts = append(starts, b.Len())
		b.WriteString(strings.TrimSpace(t))
	}
	return b.String(), starts
}
