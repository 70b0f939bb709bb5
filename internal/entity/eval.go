package entity

import (
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"github.com/vigie-events/vigie/internal/segment"
)

// Score is precision, recall and F1 with the counts behind them.
type Score struct {
	P       float64 `json:"p"`
	R       float64 `json:"r"`
	F1      float64 `json:"f1"`
	Correct int     `json:"correct"`
	System  int     `json:"system"`
	Gold    int     `json:"gold"`
}

func newScore(correctSys, system, correctGold, gold int) Score {
	s := Score{Correct: correctGold, System: system, Gold: gold}
	if system > 0 {
		s.P = float64(correctSys) / float64(system)
	}
	if gold > 0 {
		s.R = float64(correctGold) / float64(gold)
	}
	if s.P+s.R > 0 {
		s.F1 = 2 * s.P * s.R / (s.P + s.R)
	}
	return s
}

// SpanScore is an exact-span score over a labelled corpus, overall and
// by type.
type SpanScore struct {
	Score
	Types map[string]Score `json:"types"`
	// Genres scores UNER by the genre its sentence ids begin with
	// (answers, email, newsgroup, reviews, weblog).
	Genres map[string]SpanScore `json:"genres,omitempty"`
}

// Re3dScore scores re3d PER/ORG/LOC.
type Re3dScore struct {
	// F1 counts a predicted mention as correct when it overlaps a gold
	// mention of the same type, and a gold mention as found when a
	// prediction of its type overlaps it.
	F1 float64 `json:"f1"`
	// F1Strict needs the same type and the same span.
	F1Strict float64 `json:"f1_strict"`
	// Named scores are the same over the gold mentions that hold a
	// capitalised word other than a pronoun or determiner (re3d also
	// marks "he", "they", "mourners", "the two leaders").
	F1Named       float64  `json:"f1_named"`
	F1NamedStrict float64  `json:"f1_named_strict"`
	Overlap       Score    `json:"overlap"`
	Strict        Score    `json:"strict"`
	Folders       []string `json:"folders"`
	// The scores above label English in re3d's own conventions
	// (ConventionsRe3d: acting countries are organisations, capitalised
	// pronouns are mentions). F1UNER and F1UNERStrict label it as vigie
	// does by default, in UNER's.
	F1UNER       float64 `json:"f1_uner_conventions"`
	F1UNERStrict float64 `json:"f1_strict_uner_conventions"`
}

// SeedScore scores the seed article: a gold entity is found when a
// mention of its type has the text of one of its gold mentions.
type SeedScore struct {
	PersonsFound int      `json:"persons_found"`
	Persons      int      `json:"persons"`
	OrgsFound    int      `json:"orgs_found"`
	Orgs         int      `json:"orgs"`
	LocsFound    int      `json:"locs_found"`
	Locs         int      `json:"locs"`
	Missed       []string `json:"missed"`
	Extra        []string `json:"extra"`
}

// Report is the evaluation of a model on the shared data.
type Report struct {
	UNER      SpanScore `json:"uner-en-ewt-test"`
	Re3d      Re3dScore `json:"re3d"`
	Europeana SpanScore `json:"europeana-fr"`
	// FrPud scores modern French: fr-pud, annotated for vigie (see
	// frPudFile).
	FrPud SpanScore `json:"fr-pud-vigie"`
	// EnPud scores English news: en-pud, annotated for vigie like
	// fr-pud (see enPudFile).
	EnPud SpanScore `json:"en-pud-vigie"`
	Seed  SeedScore `json:"seed"`
	// Misses lists examples of errors by data set, for people to read.
	Misses map[string][]string `json:"-"`
}

// DefaultMisses is how many errors of each data set a report keeps
// unless told otherwise.
const DefaultMisses = 40

// Evaluate scores m on the shared data: UNER English-EWT test (exact
// spans), re3d folders the model did not train on, the europeana-fr
// evaluation part, fr-pud and en-pud as annotated for vigie, and the
// seed article. `vigie eval ner` calls it. The report keeps up to
// maxMisses errors of each data set (re3d: twice that), DefaultMisses when
// maxMisses is 0.
func (m *Model) Evaluate(sharedDir string, re3dTrain []string, maxMisses int) (Report, error) {
	if maxMisses <= 0 {
		maxMisses = DefaultMisses
	}
	r := Report{Misses: map[string][]string{}}
	// UNER.
	f, err := os.Open(filepath.Join(sharedDir, unerTest))
	if err != nil {
		return r, fmt.Errorf("entity: %w", err)
	}
	sents, err := ReadIOB2(f)
	f.Close()
	if err != nil {
		return r, err
	}
	r.UNER = m.scoreLabeledMax("en", sents, r.Misses, "uner-en-ewt-test", decodeWeb, maxMisses)
	r.UNER.Genres = m.scoreGenres(sents)
	// europeana-fr.
	f, err = os.Open(filepath.Join(sharedDir, europeanaBIO))
	if err != nil {
		return r, fmt.Errorf("entity: %w", err)
	}
	sents, err = ReadIO(f, europeanaSplit, 0)
	f.Close()
	if err != nil {
		return r, err
	}
	r.Europeana = m.scoreLabeledMax("fr", sents, r.Misses, "europeana-fr", decodeNews, maxMisses)
	// fr-pud.
	if sents, err = annotatedText(sharedDir, frPudFile, []string{frPudBank}, "fr"); err != nil {
		return r, err
	}
	r.FrPud = m.scoreLabeledMax("fr", sents, r.Misses, "fr-pud-vigie", m.decoding("fr"), maxMisses)
	// en-pud.
	if sents, err = annotatedText(sharedDir, enPudFile, []string{enPudBank}, "en"); err != nil {
		return r, err
	}
	r.EnPud = m.scoreLabeledMax("en", sents, r.Misses, "en-pud-vigie", m.decoding("en"), maxMisses)
	// re3d.
	re3dModel, err := m.WithConventions(ConventionsRe3d)
	if err != nil {
		return r, err
	}
	if r.Re3d, err = re3dModel.scoreRe3d(sharedDir, re3dTrain, r.Misses, maxMisses); err != nil {
		return r, err
	}
	uner, err := m.WithConventions(ConventionsUNER)
	if err != nil {
		return r, err
	}
	u, err := uner.scoreRe3d(sharedDir, re3dTrain, map[string][]string{}, maxMisses)
	if err != nil {
		return r, err
	}
	r.Re3d.F1UNER, r.Re3d.F1UNERStrict = u.F1, u.F1Strict
	// Seed.
	if r.Seed, err = m.scoreSeed(sharedDir); err != nil {
		return r, err
	}
	return r, nil
}

// Evaluate loads the embedded model and scores it; see Model.Evaluate.
func Evaluate(sharedDir string, maxMisses int) (Report, error) {
	m, err := Load()
	if err != nil {
		return Report{}, err
	}
	return m.Evaluate(sharedDir, DefaultRe3dTrain, maxMisses)
}

// Tag labels pre-tokenized words with the tagger and lexicon rules.
func (m *Model) Tag(words []string, lang string) []TokenSpan {
	var st findState
	spans, _ := m.lang(lang).labelWith(words, &st, m.decoding(lang))
	return spans
}

// TagWeb is Tag for English web text: the web-domain weights, as
// Evaluate uses for UNER.
func (m *Model) TagWeb(words []string) []TokenSpan {
	var st findState
	spans, _ := m.lang("en").labelWith(words, &st, decodeWeb)
	return spans
}

// Score scores m on labelled sentences, exact spans. Web sentences are
// labelled with the web-domain weights, as Evaluate does for UNER.
func (m *Model) Score(lang string, sents []Labeled, web bool) SpanScore {
	d := m.decoding(lang)
	if web {
		d = decodeWeb
	}
	return m.scoreLabeled(lang, sents, map[string][]string{}, "", d)
}

// ScoreMisses is Score with the sentences it got wrong, one line each
// (all of them, for model selection tools).
func (m *Model) ScoreMisses(lang string, sents []Labeled, web bool) (SpanScore, []string) {
	d := m.decoding(lang)
	if web {
		d = decodeWeb
	}
	misses := map[string][]string{}
	sc := m.scoreLabeledMax(lang, sents, misses, "", d, len(sents))
	return sc, misses[""]
}

func (m *Model) scoreLabeled(lang string, sents []Labeled, misses map[string][]string, name string, dec decoding) SpanScore {
	return m.scoreLabeledMax(lang, sents, misses, name, dec, DefaultMisses)
}

func (m *Model) scoreLabeledMax(lang string, sents []Labeled, misses map[string][]string, name string, dec decoding, maxMisses int) SpanScore {
	type cnt struct{ c, s, g int }
	by := map[string]*cnt{}
	get := func(t string) *cnt {
		if by[t] == nil {
			by[t] = &cnt{}
		}
		return by[t]
	}
	var total cnt
	var st findState
	preds := make([][]TokenSpan, len(sents))
	for lo := 0; lo < len(sents); {
		hi := lo + 1
		for hi < len(sents) && docID(sents[hi].ID) == docID(sents[lo].ID) {
			hi++
		}
		words := make([][]string, 0, hi-lo)
		for _, s := range sents[lo:hi] {
			words = append(words, s.Words)
		}
		for k, d := range m.lang(lang).labelDoc(words, dec, &st) {
			preds[lo+k] = d.spans
		}
		lo = hi
	}
	for si, s := range sents {
		pred := slices.DeleteFunc(preds[si], func(p TokenSpan) bool { return p.Type == "NORP" })
		for _, g := range s.Spans {
			get(g.Type).g++
			total.g++
		}
		for _, p := range pred {
			get(p.Type).s++
			total.s++
			if slices.Contains(s.Spans, p) {
				get(p.Type).c++
				total.c++
			}
		}
		if len(misses[name]) < maxMisses {
			var parts []string
			for _, g := range s.Spans {
				if !slices.Contains(pred, g) {
					parts = append(parts, "missed "+g.Type+" "+quoteWords(s.Words[g.Start:g.End]))
				}
			}
			for _, p := range pred {
				if !slices.Contains(s.Spans, p) {
					parts = append(parts, "extra "+p.Type+" "+quoteWords(s.Words[p.Start:p.End]))
				}
			}
			if len(parts) > 0 {
				misses[name] = append(misses[name], s.ID+": "+strings.Join(parts, "; "))
			}
		}
	}
	out := SpanScore{Score: newScore(total.c, total.s, total.c, total.g), Types: map[string]Score{}}
	for t, c := range by {
		out.Types[t] = newScore(c.c, c.s, c.c, c.g)
	}
	return out
}

// ScoreGenres is scoreGenres, for model selection tools.
func (m *Model) ScoreGenres(sents []Labeled) map[string]SpanScore { return m.scoreGenres(sents) }

// scoreGenres scores English web sentences by genre, the part of their id
// before the first hyphen. A genre's documents are whole, so the
// document rules see what they see in the full run.
func (m *Model) scoreGenres(sents []Labeled) map[string]SpanScore {
	by := map[string][]Labeled{}
	for _, s := range sents {
		g, _, _ := strings.Cut(s.ID, "-")
		by[g] = append(by[g], s)
	}
	out := map[string]SpanScore{}
	for g, ss := range by {
		out[g] = m.scoreLabeledMax("en", ss, map[string][]string{}, "", decodeWeb, 0)
	}
	return out
}

func quoteWords(w []string) string { return fmt.Sprintf("%q", strings.Join(w, " ")) }

var re3dTypes = map[string]string{"Person": "PER", "Organisation": "ORG", "Location": "LOC"}

// re3dFolders lists the re3d source folders in the shared data.
func re3dFolders(sharedDir string) ([]string, error) {
	ents, err := os.ReadDir(filepath.Join(sharedDir, re3dDir))
	if err != nil {
		return nil, fmt.Errorf("entity: %w", err)
	}
	var out []string
	for _, e := range ents {
		if e.IsDir() {
			out = append(out, e.Name())
		}
	}
	return out, nil
}

func (m *Model) scoreRe3d(sharedDir string, train []string, misses map[string][]string, maxMisses int) (Re3dScore, error) {
	var r Re3dScore
	folders, err := re3dFolders(sharedDir)
	if err != nil {
		return r, err
	}
	type gold struct {
		start, end int
		typ        string
		named      bool
	}
	// counts: [named][strict] → correctSys, system, correctGold, gold
	var cs [2][2][4]int
	for _, folder := range folders {
		if slices.Contains(train, folder) {
			continue
		}
		r.Folders = append(r.Folders, folder)
		docs, err := ReadRe3dDir(filepath.Join(sharedDir, re3dDir, folder))
		if err != nil {
			return r, err
		}
		for _, d := range docs {
			var golds []gold
			for _, e := range d.Entities {
				if t, ok := re3dTypes[e.Type]; ok {
					golds = append(golds, gold{e.Start, e.End, t, isNamed(d.Text[e.Start:e.End])})
				}
			}
			preds := m.Find(d.Text, "en", segment.Segment(d.Text, "en"))
			preds = slices.DeleteFunc(preds, func(p Mention) bool { return p.Type == "NORP" })
			for named := 0; named < 2; named++ {
				for strict := 0; strict < 2; strict++ {
					match := func(p Mention, g gold) bool {
						if p.Type != g.typ {
							return false
						}
						if strict == 1 {
							return p.Span.Start == g.start && p.Span.End == g.end
						}
						return p.Span.Start < g.end && g.start < p.Span.End
					}
					c := &cs[named][strict]
					for _, p := range preds {
						c[1]++
						for _, g := range golds {
							if match(p, g) {
								c[0]++
								break
							}
						}
					}
					for _, g := range golds {
						if named == 1 && !g.named {
							continue
						}
						c[3]++
						for _, p := range preds {
							if match(p, g) {
								c[2]++
								break
							}
						}
					}
				}
			}
			for _, g := range golds {
				if !g.named || len(misses["re3d"]) >= maxMisses {
					continue
				}
				found := slices.ContainsFunc(preds, func(p Mention) bool {
					return p.Type == g.typ && p.Span.Start < g.end && g.start < p.Span.End
				})
				if !found {
					misses["re3d"] = append(misses["re3d"], fmt.Sprintf("%s: missed %s %q", folder, g.typ, d.Text[g.start:g.end]))
				}
			}
			for _, p := range preds {
				if len(misses["re3d"]) >= 2*maxMisses {
					break
				}
				if !slices.ContainsFunc(golds, func(g gold) bool { return p.Span.Start < g.end && g.start < p.Span.End }) {
					misses["re3d"] = append(misses["re3d"], fmt.Sprintf("%s: extra %s %q", folder, p.Type, p.Text))
				}
			}
		}
	}
	sc := func(c [4]int) Score { return newScore(c[0], c[1], c[2], c[3]) }
	r.Overlap, r.Strict = sc(cs[0][0]), sc(cs[0][1])
	r.F1, r.F1Strict = r.Overlap.F1, r.Strict.F1
	r.F1Named, r.F1NamedStrict = sc(cs[1][0]).F1, sc(cs[1][1]).F1
	return r, nil
}

// isNamed reports whether a gold mention holds a capitalised word that is
// not a pronoun or determiner.
func isNamed(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == ',' }) {
		if !isUpperInitial(w) {
			continue
		}
		switch strings.ToLower(w) {
		case "the", "he", "she", "they", "we", "it", "i", "his", "her", "their", "our", "its", "a", "an", "this", "these", "those", "that":
			continue
		}
		return true
	}
	return false
}

const (
	seedText = "seed/000_23f9d90b709144ca.txt"
	seedGold = "gold/seed.gold.json"
)

func (m *Model) scoreSeed(sharedDir string) (SeedScore, error) {
	var s SeedScore
	text, err := os.ReadFile(filepath.Join(sharedDir, seedText))
	if err != nil {
		return s, fmt.Errorf("entity: %w", err)
	}
	var g struct {
		Entities []struct {
			Name     string
			Type     string
			Mentions []string
		}
	}
	b, err := os.ReadFile(filepath.Join(sharedDir, seedGold))
	if err != nil {
		return s, fmt.Errorf("entity: %w", err)
	}
	if err := json.Unmarshal(b, &g); err != nil {
		return s, fmt.Errorf("entity: %s: %w", seedGold, err)
	}
	preds := m.Find(string(text), "fr", segment.Segment(string(text), "fr"))
	norm := func(x string) string { return fold(strings.TrimSpace(x)) }
	used := map[string]bool{}
	for _, e := range g.Entities {
		found := false
		for _, p := range preds {
			for _, gm := range e.Mentions {
				if p.Type == e.Type && norm(p.Text) == norm(gm) {
					found = true
					used[p.Type+" "+norm(p.Text)] = true
				}
			}
		}
		switch e.Type {
		case "PER":
			s.Persons++
			if found {
				s.PersonsFound++
			}
		case "ORG":
			s.Orgs++
			if found {
				s.OrgsFound++
			}
		case "LOC":
			s.Locs++
			if found {
				s.LocsFound++
			}
		}
		if !found {
			s.Missed = append(s.Missed, e.Type+" "+e.Name)
		}
	}
	seen := map[string]bool{}
	for _, p := range preds {
		k := p.Type + " " + norm(p.Text)
		if p.Type != "NORP" && !used[k] && !seen[k] {
			seen[k] = true
			s.Extra = append(s.Extra, p.Type+" "+p.Text)
		}
	}
	return s, nil
}

// WriteText writes the report for people: scores, then the misses.
func (r *Report) WriteText(w io.Writer) {
	pr := func(name string, s Score) {
		fmt.Fprintf(w, "%-22s P %.3f  R %.3f  F1 %.3f  (correct %d, system %d, gold %d)\n", name, s.P, s.R, s.F1, s.Correct, s.System, s.Gold)
	}
	for _, c := range []struct {
		name string
		s    SpanScore
	}{{"uner-en-ewt-test", r.UNER}, {"europeana-fr", r.Europeana}, {"fr-pud-vigie", r.FrPud}, {"en-pud-vigie", r.EnPud}} {
		pr(c.name, c.s.Score)
		for _, t := range types {
			pr("  "+t, c.s.Types[t])
		}
		for _, g := range slices.Sorted(maps.Keys(c.s.Genres)) {
			gs := c.s.Genres[g]
			fmt.Fprintf(w, "  %-20s F1 %.3f  (gold %d; PER %.3f, ORG %.3f, LOC %.3f)\n", "genre "+g, gs.F1, gs.Gold,
				gs.Types["PER"].F1, gs.Types["ORG"].F1, gs.Types["LOC"].F1)
		}
	}
	fmt.Fprintf(w, "re3d (%s), in re3d's conventions\n", strings.Join(r.Re3d.Folders, ", "))
	pr("  overlap", r.Re3d.Overlap)
	pr("  strict", r.Re3d.Strict)
	fmt.Fprintf(w, "  named gold only: F1 %.3f overlap, %.3f strict\n", r.Re3d.F1Named, r.Re3d.F1NamedStrict)
	fmt.Fprintf(w, "  in UNER's conventions (vigie's default): F1 %.3f overlap, %.3f strict\n", r.Re3d.F1UNER, r.Re3d.F1UNERStrict)
	fmt.Fprintf(w, "seed: persons %d/%d, organisations %d/%d, places %d/%d\n",
		r.Seed.PersonsFound, r.Seed.Persons, r.Seed.OrgsFound, r.Seed.Orgs, r.Seed.LocsFound, r.Seed.Locs)
	fmt.Fprintf(w, "  missed: %s\n  extra: %s\n", strings.Join(r.Seed.Missed, "; "), strings.Join(r.Seed.Extra, "; "))
	for _, name := range []string{"uner-en-ewt-test", "europeana-fr", "fr-pud-vigie", "en-pud-vigie", "re3d"} {
		if len(r.Misses[name]) == 0 {
			continue
		}
		fmt.Fprintf(w, "\nerrors, %s (first %d):\n", name, len(r.Misses[name]))
		for _, l := range r.Misses[name] {
			fmt.Fprintf(w, "  %s\n", l)
		}
	}
}
