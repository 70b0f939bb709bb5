// Package entity finds named entities in French and English text:
// persons (PER), organisations (ORG), places (LOC) and nationality,
// religious or political adjectives and demonyms (NORP).
//
// It reads the sentences and tokens of internal/segment and adds mentions
// as byte spans of the article text. A linear sequence model (BILOU tags,
// averaged structured perceptron, Viterbi decoding) labels PER, ORG and
// LOC from word, shape, affix and context features and from gazetteer
// features (GeoNames places, Phoenix and Wikidata persons and
// organisations, Lefff proper nouns, treebank proper-noun statistics,
// hand-written title, organisation-word and nationality lists in
// lexicon.txt). NORP mentions come from the nationality lexicon. A title
// before a name ("le président Kais Ssaied") is not part of the mention.
//
// The model is trained by Train from ../shared data (`vigie train ner`):
// the English tagger learns from UNER English-EWT dev and from EWT train
// as labelled by a teacher that also sees the treebank's tags. It is
// embedded compressed in data/model.gz and scored by Evaluate.
package entity

import (
	"bytes"
	"compress/gzip"
	"embed"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sync"

	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/segment"
)

// Mention is one entity mention in a text.
type Mention struct {
	Span doc.Span `json:"span"`
	Text string   `json:"text"`
	// Type is PER, ORG, LOC or NORP.
	Type string `json:"type"`
	// Score is the model's confidence in the mention, in (0, 1]: a
	// logistic function of the margin between the best labelling and the
	// best one that labels the mention's tokens otherwise. Lexicon
	// mentions score 1.
	Score float64 `json:"score"`
}

// Model is a trained recogniser for French and English. It is safe for
// concurrent use.
type Model struct {
	langs map[string]*langModel
	// re3d makes English mentions follow re3d's conventions (see
	// WithConventions) instead of UNER's.
	re3d bool
}

// Conventions of English mentions (WithConventions).
const (
	// ConventionsUNER, the default, follows Universal NER: an acting
	// country is a place, and a pronoun is never a mention.
	ConventionsUNER = "uner"
	// ConventionsRe3d follows the re3d corpus of defence and security
	// news, on which the weights of vigie's news domain train: an acting
	// country or government is an organisation ("Iraq announced"), and
	// re3d's capitalised pronouns ("We") are mentions too.
	ConventionsRe3d = "re3d"
)

// WithConventions returns a model that labels English with the named
// conventions (ConventionsUNER or ConventionsRe3d); "" is the default.
// French has one set of conventions.
func (m *Model) WithConventions(name string) (*Model, error) {
	switch name {
	case "", ConventionsUNER:
		return &Model{langs: m.langs}, nil
	case ConventionsRe3d:
		return &Model{langs: m.langs, re3d: true}, nil
	}
	return nil, fmt.Errorf("entity: unknown conventions %q (want %s or %s)", name, ConventionsUNER, ConventionsRe3d)
}

// A decoding says how words are labelled: with the weights of which
// training domain (see withDomain), and with the rules of web text or of
// edited text.
type decoding struct {
	domain uint64
	web    bool // web text: lower-case places and webRules; else the edited-text rules
}

var (
	// decodeWeb is UNER EWT's: web text, UNER's conventions.
	decodeWeb = decoding{domainWeb, true}
	// decodeNews is French text's, and English in re3d's conventions.
	decodeNews = decoding{domainNews, false}
	// decodeEdited is English edited text in UNER's conventions: the
	// web domain's weights with the edited-text rules. The news domain's
	// English weights learnt re3d's conventions (EXPERIMENTS.md row 67).
	decodeEdited = decoding{domainWeb, false}
)

// decoding returns how Find labels a language.
func (m *Model) decoding(lang string) decoding {
	if m.lang(lang).lang == "en" && !m.re3d {
		return decodeEdited
	}
	return decodeNews
}

type langModel struct {
	lang   string
	tagger *tagger
	gaz    *gazetteer
	doms   domains
}

// modelVersion is the version of the model file format.
const modelVersion = 1

// modelFile is the gob-encoded content of a model file.
type modelFile struct {
	Version int
	Langs   []langFile
}

type langFile struct {
	Lang      string
	Keys      []uint64
	Off       []int32
	Tags      []uint8
	W         []float32
	Trans     []float32
	Gazetteer string // lines "MASK<TAB>folded tokens"
	Clusters  string // word cluster table (clusters.go), uncompressed; "" for none
	Info      string // training data and settings
}

//go:embed data
var dataFS embed.FS

// ErrNoModel is returned by Load when the binary embeds no model.
var ErrNoModel = errors.New("entity: no embedded model (run vigie train ner)")

var (
	loadOnce  sync.Once
	loadModel *Model
	loadErr   error
)

// Load returns the embedded model, decoding it on first use.
func Load() (*Model, error) {
	loadOnce.Do(func() {
		b, err := dataFS.ReadFile("data/model.gz")
		if err != nil {
			loadErr = ErrNoModel
			return
		}
		loadModel, loadErr = Read(bytes.NewReader(b))
	})
	return loadModel, loadErr
}

// Read decodes a gzip-compressed model file.
func Read(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("entity: model: %w", err)
	}
	defer zr.Close()
	var f modelFile
	if err := gob.NewDecoder(zr).Decode(&f); err != nil {
		return nil, fmt.Errorf("entity: model: %w", err)
	}
	if f.Version != modelVersion {
		return nil, fmt.Errorf("entity: model: version %d, want %d", f.Version, modelVersion)
	}
	m := &Model{langs: map[string]*langModel{}}
	for _, lf := range f.Langs {
		tg, err := lf.tagger()
		if err != nil {
			return nil, fmt.Errorf("entity: model %s: %w", lf.Lang, err)
		}
		g, err := parseGazetteer(lf.Gazetteer)
		if err != nil {
			return nil, err
		}
		if err := g.addDictOrgs(lf.Lang); err != nil {
			return nil, err
		}
		if lf.Clusters != "" {
			if g.clus, err = parseClusters(lf.Clusters); err != nil {
				return nil, fmt.Errorf("entity: model %s: %w", lf.Lang, err)
			}
		}
		m.langs[lf.Lang] = &langModel{lang: lf.Lang, tagger: tg, gaz: g}
	}
	if m.langs["en"] == nil {
		return nil, errors.New("entity: model: no English model")
	}
	return m, nil
}

func (lf *langFile) tagger() (*tagger, error) {
	if len(lf.Off) != len(lf.Keys)+1 || len(lf.Tags) != len(lf.W) || len(lf.Trans) != (nTags+1)*nTags {
		return nil, errors.New("inconsistent sizes")
	}
	tg := &tagger{index: make(map[uint64]int32, len(lf.Keys)), off: lf.Off, tags: lf.Tags, w: lf.W}
	for i, k := range lf.Keys {
		if lf.Off[i] > lf.Off[i+1] || int(lf.Off[i+1]) > len(lf.Tags) {
			return nil, errors.New("bad offsets")
		}
		tg.index[k] = int32(i)
	}
	for _, t := range lf.Tags {
		if t >= nTags {
			return nil, errors.New("bad tag")
		}
	}
	copy(tg.trans[:], lf.Trans)
	return tg, nil
}

// toFile converts a tagger and its gazetteer text to the file form.
func toFile(lang string, tg *tagger, gazText, clusText, info string) langFile {
	lf := langFile{Lang: lang, Gazetteer: gazText, Clusters: clusText, Info: info, Trans: tg.trans[:]}
	type kr struct {
		k uint64
		r int32
	}
	rows := make([]kr, 0, len(tg.index))
	for k, r := range tg.index {
		rows = append(rows, kr{k, r})
	}
	slices.SortFunc(rows, func(a, b kr) int {
		switch {
		case a.k < b.k:
			return -1
		case a.k > b.k:
			return 1
		}
		return 0
	})
	lf.Off = append(lf.Off, 0)
	for _, x := range rows {
		lf.Keys = append(lf.Keys, x.k)
		lf.Tags = append(lf.Tags, tg.tags[tg.off[x.r]:tg.off[x.r+1]]...)
		lf.W = append(lf.W, tg.w[tg.off[x.r]:tg.off[x.r+1]]...)
		lf.Off = append(lf.Off, int32(len(lf.Tags)))
	}
	return lf
}

// writeModel writes langs as a gzip-compressed model file.
func writeModel(w io.Writer, langs []langFile) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	if err := gob.NewEncoder(zw).Encode(modelFile{Version: modelVersion, Langs: langs}); err != nil {
		return err
	}
	return zw.Close()
}

// lang returns the model for a language; English serves any language
// without a model of its own.
func (m *Model) lang(lang string) *langModel {
	if lm := m.langs[lang]; lm != nil {
		return lm
	}
	return m.langs["en"]
}

// Find returns the entity mentions of text, whose sentences and tokens
// are sents (from segment.Segment(text, lang)), in text order. Mentions
// do not overlap. The text is one document: docRules read all of its
// sentences.
func (m *Model) Find(text, lang string, sents []segment.Sentence) []Mention {
	words := make([][]string, 0, len(sents))
	units := make([][]unit, 0, len(sents))
	for _, s := range sents {
		n := len(s.Tokens) + 4 // contractions split into more words
		ws, us := make([]string, 0, n), make([]unit, 0, n)
		for _, t := range s.Tokens {
			if t.Span.Start < 0 || t.Span.End > len(text) || t.Span.Start >= t.Span.End {
				continue
			}
			for _, u := range splitToken(t, lang) {
				us = append(us, u)
				ws = append(ws, text[u.start:u.end])
			}
		}
		if len(ws) > 0 {
			words = append(words, ws)
			units = append(units, us)
		}
	}
	var st findState
	var out []Mention
	for k, d := range m.lang(lang).labelDoc(words, m.decoding(lang), &st) {
		for j, sp := range d.spans {
			start, end := units[k][sp.Start].start, units[k][sp.End-1].end
			out = append(out, Mention{
				Span:  doc.Span{Start: start, End: end},
				Text:  text[start:end],
				Type:  sp.Type,
				Score: d.scores[j],
			})
		}
	}
	return out
}

// labelDoc labels the sentences (their words) of one document as dec
// says, then lets docRules read them together.
func (lm *langModel) labelDoc(sents [][]string, dec decoding, st *findState) []docSent {
	doc := make([]docSent, 0, len(sents))
	for _, words := range sents {
		spans, scores := lm.labelWith(words, st, dec)
		doc = append(doc, docSent{infos: slices.Clone(st.infos), spans: spans, scores: scores})
	}
	docRules(doc)
	return doc
}

// findState holds buffers reused across sentences.
type findState struct {
	infos   []tokInfo
	feats   [][]uint64
	e       []float32
	path    []int
	margins []float32
}

// labelWith tags words as dec says and returns entity spans over them
// with scores.
func (lm *langModel) labelWith(words []string, st *findState, dec decoding) ([]TokenSpan, []float64) {
	n := len(words)
	st.infos = analyse(words, lm.gaz, st.infos)
	if cap(st.feats) < n {
		st.feats = make([][]uint64, n)
	}
	st.feats = st.feats[:n]
	for i := range n {
		st.feats[i] = features(st.feats[i][:0], st.infos, i)
	}
	st.e = slices.Grow(st.e[:0], n*nTags)[:n*nTags]
	lm.doms.get(lm.tagger, dec.domain).emissions(st.e, st.feats)
	st.path, st.margins = viterbi(st.e, n, &lm.tagger.trans, st.path, st.margins)
	spans, scores := decodeSpans(st.path, st.margins)
	spans, scores = applyRules(st.infos, spans, scores, lm.lang, !dec.web)
	if lm.lang == "en" && dec.web {
		spans, scores = addLowerPlaces(st.infos, spans, scores)
		spans, scores = webRules(st.infos, spans, scores)
	}
	return spans, scores
}

// decodeSpans turns a BILOU path into spans with scores.
func decodeSpans(path []int, margins []float32) ([]TokenSpan, []float64) {
	var spans []TokenSpan
	var scores []float64
	start := -1
	for i, t := range path {
		if t == 0 {
			start = -1
			continue
		}
		switch tagPos(t) {
		case posB:
			start = i
		case posU:
			start = i
			fallthrough
		case posL:
			if start < 0 {
				start = i
			}
			m := float32(math.Inf(1))
			for k := start; k <= i; k++ {
				m = min(m, margins[k])
			}
			spans = append(spans, TokenSpan{start, i + 1, types[tagType(t)]})
			scores = append(scores, 1/(1+math.Exp(-float64(m)/4)))
			start = -1
		}
	}
	return spans, scores
}
