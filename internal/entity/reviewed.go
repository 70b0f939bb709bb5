package entity

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// Reviewed silver data. The teacher's labels of EWT train (see silver.go)
// were read sentence by sentence and corrected to UNER's conventions; the
// result ships as data/ewt-train-reviewed.tsv.gz and is what the English
// tagger trains on by default. It holds no text, only sentence ids, word
// counts and entity word spans:
//
//	# comment
//	<sent_id> TAB <number of words> TAB <TYPE>:<start>-<end>[,…]
//
// Spans are 0-based, end exclusive. A sentence of EWT train that has no
// line has no entity. The French annotations (see annotatedText) list
// every sentence they cover, those without entity with an empty third
// column.
const reviewedFile = "data/ewt-train-reviewed.tsv.gz"

// reviewedSent is one line of the reviewed annotation.
type reviewedSent struct {
	words int
	spans []TokenSpan
}

// WriteReviewed writes sentences' spans in the reviewed format,
// gzip-compressed, with header as leading comment lines. With all, a
// sentence without entities gets a line too (an empty third column): the
// annotation then says which sentences it covers.
func WriteReviewed(w io.Writer, header string, sents []Labeled, all bool) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("entity: %w", err)
	}
	bw := bufio.NewWriter(zw)
	for line := range strings.SplitSeq(strings.TrimSpace(header), "\n") {
		fmt.Fprintf(bw, "# %s\n", line)
	}
	for _, s := range sents {
		if len(s.Spans) == 0 && !all {
			continue
		}
		fmt.Fprintf(bw, "%s\t%d\t", s.ID, len(s.Words))
		for k, sp := range s.Spans {
			if k > 0 {
				bw.WriteByte(',')
			}
			fmt.Fprintf(bw, "%s:%d-%d", sp.Type, sp.Start, sp.End)
		}
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("entity: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("entity: %w", err)
	}
	return nil
}

// readReviewed reads a gzip-compressed reviewed annotation; name is used
// in errors. A malformed line is an error naming the line.
func readReviewed(r io.Reader, name string) (map[string]reviewedSent, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("entity: %s: %w", name, err)
	}
	defer zr.Close()
	out := map[string]reviewedSent{}
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 1<<20)
	for ln := 1; sc.Scan(); ln++ {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		s, id, err := parseReviewedLine(line)
		if err != nil {
			return nil, fmt.Errorf("entity: %s:%d: %w", name, ln, err)
		}
		if _, dup := out[id]; dup {
			return nil, fmt.Errorf("entity: %s:%d: sentence %q listed twice", name, ln, id)
		}
		out[id] = s
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("entity: %s: %w", name, err)
	}
	return out, nil
}

var errReviewed = errors.New("malformed reviewed line")

// parseReviewedLine parses "<id> TAB <words> TAB <TYPE>:<start>-<end>,…".
func parseReviewedLine(line string) (reviewedSent, string, error) {
	cols := strings.Split(line, "\t")
	if len(cols) != 3 || cols[0] == "" {
		return reviewedSent{}, "", fmt.Errorf("%w: want 3 tab-separated columns", errReviewed)
	}
	n, err := strconv.Atoi(cols[1])
	if err != nil || n <= 0 {
		return reviewedSent{}, "", fmt.Errorf("%w: bad word count %q", errReviewed, cols[1])
	}
	s := reviewedSent{words: n}
	if cols[2] == "" { // a sentence read and found to have no entity
		return s, cols[0], nil
	}
	end := 0
	for item := range strings.SplitSeq(cols[2], ",") {
		typ, rng, ok := strings.Cut(item, ":")
		a, b, ok2 := strings.Cut(rng, "-")
		i, err1 := strconv.Atoi(a)
		j, err2 := strconv.Atoi(b)
		if !ok || !ok2 || err1 != nil || err2 != nil || !slices.Contains(types, typ) {
			return reviewedSent{}, "", fmt.Errorf("%w: bad span %q", errReviewed, item)
		}
		if i < end || j <= i || j > n {
			return reviewedSent{}, "", fmt.Errorf("%w: span %q out of order or out of the sentence's %d words", errReviewed, item, n)
		}
		end = j
		s.spans = append(s.spans, TokenSpan{Start: i, End: j, Type: typ})
	}
	return s, cols[0], nil
}

// reviewedSilver returns the sentences of EWT train with the reviewed
// annotation's spans. A sentence whose word count differs from the
// annotation's is an error: the treebank is not the one reviewed.
func reviewedSilver(sharedDir string) ([]Labeled, string, error) {
	f, err := dataFS.Open(reviewedFile)
	if err != nil {
		return nil, "", fmt.Errorf("entity: %w", err)
	}
	defer f.Close()
	ann, err := readReviewed(f, reviewedFile)
	if err != nil {
		return nil, "", err
	}
	train, err := readTreebank(filepath.Join(sharedDir, ewtTrain))
	if err != nil {
		return nil, "", err
	}
	mentions := map[string]int{}
	seen := 0
	for i := range train {
		s := &train[i]
		s.syn = nil
		a, ok := ann[s.ID]
		if !ok {
			continue
		}
		seen++
		if a.words != len(s.Words) {
			return nil, "", fmt.Errorf("entity: %s: sentence %s has %d words in %s, %d in the annotation", reviewedFile, s.ID, len(s.Words), ewtTrain, a.words)
		}
		s.Spans = a.spans
		for _, sp := range s.Spans {
			mentions[sp.Type]++
		}
	}
	if seen != len(ann) {
		return nil, "", fmt.Errorf("entity: %s: %d of its %d sentences are not in %s", reviewedFile, len(ann)-seen, len(ann), ewtTrain)
	}
	info := fmt.Sprintf("silver: en-ewt train, reviewed annotation (%d sentences, PER %d, ORG %d, LOC %d)",
		len(train), mentions["PER"], mentions["ORG"], mentions["LOC"])
	return train, info, nil
}

// ReviewedSilver returns the sentences of EWT train with the reviewed
// annotation (for tools that check it).
func ReviewedSilver(sharedDir string) ([]Labeled, error) {
	s, _, err := reviewedSilver(sharedDir)
	return s, err
}

// French treebank text annotated for vigie (see annotatedText): the
// training sentences, and fr-pud for evaluation. Both were made like the
// English reviewed annotation: the training sentences are the French
// tagger's labels read and corrected by annotators; fr-pud was annotated
// from scratch by others, who never saw the training sentences.
const (
	frReviewedFile = "data/fr-reviewed.tsv.gz"
	frPudFile      = "data/fr-pud-vigie.tsv.gz"
	frPudBank      = "data/ud/fr-pud/fr_pud-ud-test.conllu"
)

// FrenchTrainBanks are the French treebanks whose text the reviewed
// French annotation covers.
var FrenchTrainBanks = []string{
	"data/ud/fr-sequoia/fr_sequoia-ud-train.conllu",
	"data/ud/fr-sequoia/fr_sequoia-ud-dev.conllu",
	"data/ud/fr-gsd/fr_gsd-ud-dev.conllu",
	"data/ud/fr-sequoia/fr_sequoia-ud-test.conllu",
	"data/ud/fr-gsd/fr_gsd-ud-test.conllu",
}

// FrenchEvalBank is the French treebank of the fr-pud evaluation.
const FrenchEvalBank = frPudBank

// English news text annotated for vigie's evaluation, like fr-pud.
const (
	enPudFile = "data/en-pud-vigie.tsv.gz"
	enPudBank = "data/ud/en-pud/en_pud-ud-test.conllu"
)

// EnglishEvalBank is the English treebank of the en-pud evaluation.
const EnglishEvalBank = enPudBank

// An English news development set: the sentences of the PLOVER gold
// records (examples of the CAMEO manual, news), annotated for vigie from
// scratch like en-pud. It is for choosing between variants (devtool), so
// that en-pud stays an evaluation; `vigie eval ner` does not report it.
const (
	newsDevFile = "data/en-news-dev-vigie.tsv.gz"
	// GSRRecords are the PLOVER gold records, relative to the shared folder.
	GSRRecords = "data/eventdata/plover/PLOVER_GSR_CAMEO.txt"
)

// NewsDev returns the English news development sentences with their
// annotation.
func NewsDev(sharedDir string) ([]Labeled, error) {
	sents, err := ReadGSRText(filepath.Join(sharedDir, GSRRecords))
	if err != nil {
		return nil, err
	}
	return annotatedSet(newsDevFile, sents, GSRRecords)
}

// annotatedSet returns the sentences of sents (read from source) with
// the spans of the embedded annotation file, which must list only
// sentences of sents, with their word counts.
func annotatedSet(file string, sents []Labeled, source string) ([]Labeled, error) {
	f, err := dataFS.Open(file)
	if err != nil {
		return nil, fmt.Errorf("entity: %w", err)
	}
	defer f.Close()
	ann, err := readReviewed(f, file)
	if err != nil {
		return nil, err
	}
	out, err := takeAnnotated(nil, ann, sents, file, source)
	if err != nil {
		return nil, err
	}
	if len(ann) > 0 {
		return nil, fmt.Errorf("entity: %s: %d of its sentences are not in %s", file, len(ann), source)
	}
	return out, nil
}

// A French news development set: the 195 sentences of vigie's French
// event set (wire-style news written for the project), annotated from
// scratch like fr-pud. French variants are chosen on it (devtool), so that
// fr-pud stays an evaluation; `vigie eval ner` does not report it.
const (
	frNewsDevFile = "data/fr-news-dev-vigie.tsv.gz"
	// FrenchEventSet is the French event set, relative to the repository
	// root.
	FrenchEventSet = "internal/annotate/evalsets/fr-events.tsv"
)

// FrenchNewsDev returns the French news development sentences with their
// annotation; root is the repository root.
func FrenchNewsDev(root string) ([]Labeled, error) {
	sents, err := ReadSetText(filepath.Join(root, FrenchEventSet), "fr")
	if err != nil {
		return nil, err
	}
	return annotatedSet(frNewsDevFile, sents, FrenchEventSet)
}

// takeAnnotated appends to out the sentences of sents (read from source)
// that the annotation ann (of file) lists, with its spans, and removes
// them from ann. A listed sentence with another word count is an error.
func takeAnnotated(out []Labeled, ann map[string]reviewedSent, sents []Labeled, file, source string) ([]Labeled, error) {
	for _, s := range sents {
		a, ok := ann[s.ID]
		if !ok {
			continue
		}
		if a.words != len(s.Words) {
			return nil, fmt.Errorf("entity: %s: sentence %s has %d words in %s, %d in the annotation", file, s.ID, len(s.Words), source, a.words)
		}
		s.Spans = a.spans
		out = append(out, s)
		delete(ann, s.ID)
	}
	return out, nil
}

// annotatedText returns the sentences of the treebanks banks, split into
// words as Find splits text (ReadTreebankText), that the embedded
// annotation file lists, with its spans. A listed sentence that is missing
// from the treebanks or has another word count is an error naming it.
func annotatedText(sharedDir, file string, banks []string, lang string) ([]Labeled, error) {
	f, err := dataFS.Open(file)
	if err != nil {
		return nil, fmt.Errorf("entity: %w", err)
	}
	defer f.Close()
	return annotatedTextFS(sharedDir, f, file, banks, lang)
}

// annotatedTextFS is annotatedText reading the annotation from r.
func annotatedTextFS(sharedDir string, r io.Reader, file string, banks []string, lang string) ([]Labeled, error) {
	ann, err := readReviewed(r, file)
	if err != nil {
		return nil, err
	}
	var out []Labeled
	for _, b := range banks {
		sents, err := ReadTreebankText(filepath.Join(sharedDir, b), lang)
		if err != nil {
			return nil, err
		}
		if out, err = takeAnnotated(out, ann, sents, file, b); err != nil {
			return nil, err
		}
	}
	if len(ann) > 0 {
		return nil, fmt.Errorf("entity: %s: %d of its sentences are not in %s", file, len(ann), strings.Join(banks, ", "))
	}
	return out, nil
}

// FrenchSilver returns the reviewed French training sentences.
func FrenchSilver(sharedDir string) ([]Labeled, error) {
	return annotatedText(sharedDir, frReviewedFile, FrenchTrainBanks, "fr")
}
