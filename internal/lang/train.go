package lang

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Training sentences of the French/English model, relative to the shared
// data folder. The test splits, and the dev splits used for calibration,
// are kept out.
var (
	trainFr = []string{
		"data/ud/fr-sequoia/fr_sequoia-ud-train.conllu",
		"data/ud/fr-gsd/fr_gsd-ud-dev.conllu",
	}
	trainEn = []string{
		"data/ud/en-ewt/en_ewt-ud-train.conllu",
	}
)

// minCount is the fewest times, French and English together, an n-gram
// must occur to be kept in the model.
const minCount = 3

// Train rebuilds the French/English model (fren.gz) from the UD treebanks
// in sharedDir and writes it to out. It is deterministic: the same data
// gives the same bytes. `vigie train lang` calls it.
func Train(sharedDir, out string) (string, error) {
	var sents [2][]string
	for li, files := range [][]string{trainFr, trainEn} {
		for _, f := range files {
			s, err := udSentences(filepath.Join(sharedDir, f))
			if err != nil {
				return "", fmt.Errorf("lang: %w", err)
			}
			sents[li] = append(sents[li], s...)
		}
	}
	data, stats := buildModel(sents)
	if err := os.WriteFile(out, data, 0o644); err != nil {
		return "", fmt.Errorf("lang: %w", err)
	}
	return fmt.Sprintf("%s: %d bytes; %s", out, len(data), stats), nil
}

// buildModel counts the features of French (sents[0]) and English
// (sents[1]) sentences and writes the model file.
func buildModel(sents [2][]string) ([]byte, string) {
	type key struct {
		order int
		gram  string
	}
	counts := map[key]*[2]int{}
	var total [nOrders][2]int
	for li, ss := range sents {
		for _, s := range ss {
			tk := newTokenizer(s)
			for {
				w, ok := tk.next()
				if !ok {
					break
				}
				add := func(order int, g []rune, _ uint64) {
					total[order][li]++
					k := key{order, string(g)}
					c := counts[k]
					if c == nil {
						c = new([2]int)
						counts[k] = c
					}
					c[li]++
				}
				eachFeature(w, add)
				if !tk.cased {
					add(lowerOrder, w, 0)
				}
			}
		}
	}
	var keys []key
	var types [nOrders]int
	for k, c := range counts {
		if c[0]+c[1] >= minCount {
			keys = append(keys, k)
			types[k.order]++
		}
	}
	slices.SortFunc(keys, func(a, b key) int {
		return cmp.Or(cmp.Compare(a.order, b.order), strings.Compare(a.gram, b.gram))
	})
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	fmt.Fprintf(w, "# vigie lang: French/English n-gram counts from Universal Dependencies (%d French, %d English sentences)\n", len(sents[0]), len(sents[1]))
	fmt.Fprintf(w, "# French: UD_French-Sequoia train (LGPL-LR), UD_French-GSD dev (CC BY-SA 4.0); English: UD_English-EWT train (CC BY-SA 4.0)\n")
	fmt.Fprintf(w, "# T order french-total english-total types; then order gram french english\n")
	for o := 1; o < nOrders; o++ {
		fmt.Fprintf(w, "T\t%d\t%d\t%d\t%d\n", o, total[o][0], total[o][1], types[o])
	}
	for _, k := range keys {
		c := counts[k]
		fmt.Fprintf(w, "%d\t%s\t%d\t%d\n", k.order, k.gram, c[0], c[1])
	}
	w.Flush()
	zw.Close()
	return buf.Bytes(), fmt.Sprintf("%d features kept of %d", len(keys), len(counts))
}

// udSentences returns the text of each sentence of a CoNLL-U file.
func udSentences(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if s, ok := strings.CutPrefix(sc.Text(), "# text = "); ok {
			out = append(out, s)
		}
	}
	return out, sc.Err()
}
