package entity

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/vigie-events/vigie/internal/conllu"
	"github.com/vigie-events/vigie/internal/segment"
)

// A Labeled is a sentence of words with gold entity spans over them, read
// from an annotated corpus.
type Labeled struct {
	ID string
	// Web marks web-forum text (UNER EWT) as opposed to news.
	Web   bool
	Words []string
	Spans []TokenSpan
	// syn is the treebank annotation of Words, where training has it.
	syn *syntax
}

// TokenSpan is an entity over the words Start..End-1 of a Labeled sentence.
type TokenSpan struct {
	Start, End int
	Type       string
}

// ReadIOB2 reads a CoNLL-style IOB2 file as UniversalNER distributes it:
// "# comments", one token a line with tab-separated columns (id, token,
// tag, …), a blank line between sentences. Tags are O, B-TYPE, I-TYPE; an
// I- tag that does not continue an entity of its type starts one. A
// malformed line is an error naming the line.
func ReadIOB2(r io.Reader) ([]Labeled, error) {
	var out []Labeled
	var cur Labeled
	var tags []string
	flush := func() {
		if len(cur.Words) > 0 {
			cur.Spans = spansFromTags(tags, false)
			out = append(out, cur)
		}
		cur = Labeled{}
		tags = tags[:0]
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		if s == "" {
			flush()
			continue
		}
		if strings.HasPrefix(s, "#") {
			if id, ok := strings.CutPrefix(s, "# sent_id = "); ok {
				cur.ID = id
			}
			continue
		}
		cols := strings.Split(s, "\t")
		if len(cols) < 3 {
			return out, fmt.Errorf("entity: iob2 line %d: want at least 3 tab-separated columns, got %d", line, len(cols))
		}
		tag := cols[2]
		if err := checkTag(tag); err != nil {
			return out, fmt.Errorf("entity: iob2 line %d: %w", line, err)
		}
		cur.Words = append(cur.Words, cols[1])
		tags = append(tags, tag)
	}
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("entity: iob2 line %d: %w", line+1, err)
	}
	flush()
	return out, nil
}

var errTag = errors.New("bad tag")

func checkTag(tag string) error {
	if tag == "O" {
		return nil
	}
	if len(tag) < 3 || (tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-' {
		return fmt.Errorf("%w %q", errTag, tag)
	}
	return nil
}

// spansFromTags turns B-/I- tags into spans. With io set, tags are IO:
// a run of I-X tags is one entity.
func spansFromTags(tags []string, io bool) []TokenSpan {
	var spans []TokenSpan
	open := -1
	typ := ""
	for i, t := range tags {
		kind, ty, _ := strings.Cut(t, "-")
		if t == "O" || ty == "" {
			if open >= 0 {
				spans = append(spans, TokenSpan{open, i, typ})
				open = -1
			}
			continue
		}
		if open >= 0 && kind == "I" && ty == typ {
			continue
		}
		if open >= 0 {
			spans = append(spans, TokenSpan{open, i, typ})
		}
		open, typ = i, ty
		_ = io
	}
	if open >= 0 {
		spans = append(spans, TokenSpan{open, len(tags), typ})
	}
	return spans
}

// ReadIO reads a "token TAG" file with IO tags and no sentence breaks, as
// the Europeana newspapers corpus is, and cuts it into pseudo-sentences
// at sentence-final punctuation before a capitalised word, or every
// maxLen tokens. It returns the sentences whose first token has a line
// number (1-based) in [from, to); to ≤ 0 means the end.
func ReadIO(r io.Reader, from, to int) ([]Labeled, error) {
	const maxLen = 60
	var out []Labeled
	var cur Labeled
	var tags []string
	flush := func() {
		if len(cur.Words) > 0 {
			cur.Spans = spansFromTags(tags, true)
			out = append(out, cur)
		}
		cur = Labeled{}
		tags = tags[:0]
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	prevEnd := false
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" {
			continue
		}
		sp := strings.LastIndexAny(s, " \t")
		if sp <= 0 {
			return out, fmt.Errorf("entity: io line %d: want \"token TAG\"", line)
		}
		word, tag := strings.TrimSpace(s[:sp]), s[sp+1:]
		if err := checkTag(tag); err != nil {
			return out, fmt.Errorf("entity: io line %d: %w", line, err)
		}
		if line < from || (to > 0 && line >= to) {
			continue
		}
		if len(cur.Words) >= maxLen || (prevEnd && isUpperInitial(word)) {
			flush()
		}
		if len(cur.Words) == 0 {
			cur.ID = fmt.Sprintf("line %d", line) // no dash: no document (docID), the corpus has none
		}
		cur.Words = append(cur.Words, word)
		tags = append(tags, tag)
		prevEnd = word == "." || word == "!" || word == "?"
	}
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("entity: io line %d: %w", line+1, err)
	}
	flush()
	return out, nil
}

// Re3dDoc is one re3d document with its entity annotations, offsets
// converted to bytes of Text.
type Re3dDoc struct {
	ID       string
	Text     string
	Entities []Re3dEntity
}

// Re3dEntity is one re3d annotation: a byte span of the document text and
// its re3d type (Person, Organisation, Location, Nationality, …).
type Re3dEntity struct {
	Start, End int
	Type       string
	Value      string
	Confidence float64
}

// ReadRe3d reads a re3d source folder's documents.json and entities.json
// (one JSON object a line, as mongoexport writes them). re3d offsets count
// UTF-16 code units; they are converted to byte offsets. An entity whose
// offsets fall outside its document is an error.
func ReadRe3d(documents, entities io.Reader) ([]Re3dDoc, error) {
	var docs []Re3dDoc
	byID := map[string]int{}
	dec := json.NewDecoder(documents)
	for {
		var d struct {
			ID   string `json:"_id"`
			Text string `json:"text"`
		}
		if err := dec.Decode(&d); err == io.EOF {
			break
		} else if err != nil {
			return nil, fmt.Errorf("entity: re3d documents: %w", err)
		}
		byID[d.ID] = len(docs)
		docs = append(docs, Re3dDoc{ID: d.ID, Text: d.Text})
	}
	offsets := make([][]int, len(docs))
	dec = json.NewDecoder(entities)
	for n := 1; ; n++ {
		var e struct {
			Begin, End int
			Type       string
			Value      string
			DocumentID string `json:"documentId"`
			Confidence float64
		}
		if err := dec.Decode(&e); err == io.EOF {
			break
		} else if err != nil {
			return nil, fmt.Errorf("entity: re3d entities: record %d: %w", n, err)
		}
		di, ok := byID[e.DocumentID]
		if !ok {
			return nil, fmt.Errorf("entity: re3d entities: record %d: unknown document %q", n, e.DocumentID)
		}
		if offsets[di] == nil {
			offsets[di] = utf16ToByte(docs[di].Text)
		}
		off := offsets[di]
		if e.Begin < 0 || e.End < e.Begin || e.End >= len(off) {
			return nil, fmt.Errorf("entity: re3d entities: record %d: span %d-%d outside document", n, e.Begin, e.End)
		}
		docs[di].Entities = append(docs[di].Entities, Re3dEntity{
			Start: off[e.Begin], End: off[e.End], Type: e.Type, Value: e.Value, Confidence: e.Confidence,
		})
	}
	return docs, nil
}

// ReadRe3dDir reads the re3d source folder dir.
func ReadRe3dDir(dir string) ([]Re3dDoc, error) {
	d, err := os.ReadFile(dir + "/documents.json")
	if err != nil {
		return nil, fmt.Errorf("entity: %w", err)
	}
	e, err := os.ReadFile(dir + "/entities.json")
	if err != nil {
		return nil, fmt.Errorf("entity: %w", err)
	}
	return ReadRe3d(bytes.NewReader(d), bytes.NewReader(e))
}

// utf16ToByte maps each UTF-16 offset of s (0..len) to a byte offset.
func utf16ToByte(s string) []int {
	off := make([]int, 0, len(s)+1)
	for i, r := range s {
		off = append(off, i)
		if r >= 0x10000 && utf16.RuneLen(r) == 2 {
			off = append(off, i)
		}
		_ = utf8.RuneLen(r)
	}
	return append(off, len(s))
}

// ReadTreebankText reads the sentences of a CoNLL-U file as vigie's own
// tokeniser splits their "# text" (segment.Segment, then the words Find
// labels), not as the treebank's words: one Labeled per treebank
// sentence, with its sent_id and no spans.
func ReadTreebankText(name, lang string) ([]Labeled, error) {
	ss, err := conllu.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("entity: %w", err)
	}
	out := make([]Labeled, 0, len(ss))
	for _, s := range ss {
		if s.Text == "" {
			return nil, fmt.Errorf("entity: %s: sentence %s has no text", name, s.ID)
		}
		out = append(out, Labeled{ID: s.ID, Words: textWords(s.Text, lang)})
	}
	return out, nil
}

// textWords splits text into the words Find labels.
func textWords(text, lang string) []string {
	var words []string
	for _, sent := range textSentences(text, lang) {
		words = append(words, sent...)
	}
	return words
}

// textSentences splits text into sentences of the words Find labels.
func textSentences(text, lang string) [][]string {
	return sentenceWords(text, lang, segment.Segment(text, lang))
}

// sentenceWords returns the words Find labels of each sentence.
func sentenceWords(text, lang string, sents []segment.Sentence) [][]string {
	var out [][]string
	for _, sent := range sents {
		var words []string
		for _, t := range sent.Tokens {
			for _, u := range splitToken(t, lang) {
				words = append(words, text[u.start:u.end])
			}
		}
		out = append(out, words)
	}
	return out
}

// ReadSetText reads the sentences of one of vigie's event sets
// ("sentence<TAB>events" lines, "#" comments; internal/annotate) as Find
// splits them into words: one Labeled per sentence, with the id
// "NAME:LINE" (NAME the file's base name without its extension) and no
// spans. A sentence line without a tab is an error naming the file and line.
func ReadSetText(name, lang string) ([]Labeled, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("entity: %w", err)
	}
	base := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	var out []Labeled
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		text, _, ok := strings.Cut(line, "\t")
		if !ok || strings.TrimSpace(text) == "" {
			return nil, fmt.Errorf("entity: %s:%d: want a sentence, a tab and its events", name, i+1)
		}
		out = append(out, Labeled{ID: fmt.Sprintf("%s:%d", base, i+1), Words: textWords(text, lang)})
	}
	return out, nil
}

// ReadGSRText reads the English sentences of the PLOVER gold-standard
// records (a JSON array of records with "id", "text" and "language"), as
// Find splits them into words: one Labeled per record, with its id (a
// repeated id gets "#2", "#3"…) and no spans.
func ReadGSRText(name string) ([]Labeled, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("entity: %w", err)
	}
	var recs []struct {
		ID, Text, Language string
	}
	if err := json.Unmarshal(data, &recs); err != nil {
		return nil, fmt.Errorf("entity: %s: %w", name, err)
	}
	seen := map[string]int{}
	var out []Labeled
	for _, r := range recs {
		if strings.TrimSpace(r.Text) == "" || r.Language != "" && r.Language != "en" {
			continue
		}
		id := r.ID
		if seen[r.ID]++; seen[r.ID] > 1 {
			id = fmt.Sprintf("%s#%d", r.ID, seen[r.ID])
		}
		out = append(out, Labeled{ID: id, Words: textWords(r.Text, "en")})
	}
	return out, nil
}
