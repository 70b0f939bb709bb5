package syntax

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
)

// The English lexicon is derived from WordNet 3.0 (Princeton University,
// WordNet licence; Debian package wordnet-base): for each lower-case form,
// the set of its WordNet parts of speech and of the inflections that lead
// to it. It is a tagging feature only, as the Lefff is for French: an
// unknown word of the treebank is often a known word of the language
// ("misdirected", "reupholster" are not in EWT train). WordNet lists
// lemmas; regular inflections are generated, irregular ones read from the
// exception lists, and each kind has its own bit so that the tagger can
// learn how far to trust it.

// WordNet category bits of the English lexicon.
const (
	wnNoun     = iota // noun lemma written in lower case
	wnProper          // noun lemma written capitalised ("Paris")
	wnVerb            // verb lemma
	wnAdj             // adjective lemma (satellites included)
	wnAdv             // adverb lemma
	wnPlural          // noun plural
	wnThird           // verb, third person singular
	wnPast            // verb, past or participle in -ed or irregular
	wnGerund          // verb in -ing
	wnCompare         // adjective comparative or superlative
	wnMostNoun        // a lemma SemCor tags mostly as a noun (cntlist.rev)
	wnMostVerb
	wnMostAdj
	wnMostAdv

	// wnFrames is the first of the bits of a verb form's frame classes
	// (frameClasses), above every tagging bit: the tagger does not see
	// them (lexTagBits), the parser does.
	wnFrames = 48
	// wnSense is the first of six bits that hold 1 + the lexicographer
	// file (WordNet's supersense: noun.time, noun.person, …) of a noun's
	// most frequent sense, for the parser.
	wnSense = 54
)

// frameMask selects the frame bits of a mask shifted down by wnFrames.
const frameMask = 1<<(wnSense-wnFrames) - 1

// lexTagBits masks the lexicon bits the tagger reads.
const lexTagBits = 1<<wnFrames - 1

// DefaultWordNetDir is where Debian's wordnet-base installs the database.
const DefaultWordNetDir = "/usr/share/wordnet"

// WordNetLemmas returns the one-word lemmas of WordNet's data file for a
// part of speech ("noun", "verb", "adj", "adv") in dir, as WordNet writes
// them: proper nouns capitalised ("Chicago"), other words in lower case.
// Other stages build word lists from it (internal/entity).
func WordNetLemmas(dir, pos string) ([]string, error) {
	var data wnData
	if err := wordNetFile(dir, "data."+pos, func(r io.Reader, path string) (err error) {
		data, err = parseWordNetData(r, path)
		return err
	}); err != nil {
		return nil, err
	}
	out := make([]string, len(data.words))
	for i, w := range data.words {
		out[i] = w.form
	}
	return out, nil
}

// readWordNet builds the English lexicon from the WordNet database in dir.
func readWordNet(dir string) (*lexicon, error) {
	lb := &lexBuilder{forms: make(map[string]*lexInfo, 400000)}
	addMask := func(form string, mask uint64) {
		if form != "" && len(form) <= 40 && mask != 0 {
			lb.info(form).mask |= mask
		}
	}
	add := func(form string, bit int) { addMask(form, 1<<bit) }
	lemmas := map[int][]string{}
	frames := map[string]uint64{} // verb lemma -> frame classes
	var nounFiles map[string]uint8
	for _, pos := range []struct {
		file string
		bit  int
	}{{"data.noun", wnNoun}, {"data.verb", wnVerb}, {"data.adj", wnAdj}, {"data.adv", wnAdv}} {
		var data wnData
		if err := wordNetFile(dir, pos.file, func(r io.Reader, path string) (err error) {
			data, err = parseWordNetData(r, path)
			return err
		}); err != nil {
			return nil, err
		}
		if pos.bit == wnNoun {
			nounFiles = data.lexfiles
		}
		for _, w := range data.words {
			lw := strings.ToLower(w.form)
			bit := pos.bit
			if pos.bit == wnNoun && lw != w.form {
				bit = wnProper
			}
			add(lw, bit)
			lemmas[pos.bit] = append(lemmas[pos.bit], lw)
			if w.frames != 0 {
				frames[lw] |= w.frames
			}
		}
	}
	// A verb's frames go to each of its forms, from wnFrames up.
	addFrames := func(form, lemma string) { addMask(form, frames[lemma]<<wnFrames) }
	var senses map[string]uint8
	if err := wordNetFile(dir, "index.noun", func(r io.Reader, path string) (err error) {
		senses, err = parseWordNetIndex(r, path, nounFiles)
		return err
	}); err != nil {
		return nil, err
	}
	for _, lw := range lemmas[wnNoun] {
		add(regularS(lw), wnPlural)
		if sn := senses[lw]; sn != 0 {
			addMask(lw, uint64(sn)<<wnSense)
			addMask(regularS(lw), uint64(sn)<<wnSense)
		}
	}
	for _, lw := range lemmas[wnVerb] {
		add(regularS(lw), wnThird)
		addFrames(lw, lw)
		addFrames(regularS(lw), lw)
		for _, f := range regularEd(lw) {
			add(f, wnPast)
			addFrames(f, lw)
		}
		for _, f := range regularIng(lw) {
			add(f, wnGerund)
			addFrames(f, lw)
		}
	}
	for _, lw := range lemmas[wnAdj] {
		if len(lw) <= 7 {
			for _, f := range regularEr(lw) {
				add(f, wnCompare)
			}
		}
	}
	for _, exc := range []struct {
		file string
		bit  int
	}{{"noun.exc", wnPlural}, {"verb.exc", wnPast}, {"adj.exc", wnCompare}} {
		if err := wordNetFile(dir, exc.file, func(r io.Reader, path string) error {
			return parseWordNetExceptions(r, path, func(form, base string) {
				bit := exc.bit
				if bit == wnPast {
					switch {
					case strings.HasSuffix(form, "ing"):
						bit = wnGerund
					case strings.HasSuffix(form, "s"):
						bit = wnThird
					}
					addFrames(form, base)
				}
				add(form, bit)
			})
		}); err != nil {
			return nil, err
		}
	}
	if err := wordNetFile(dir, "cntlist.rev", func(r io.Reader, path string) error {
		return parseWordNetCounts(r, path, add)
	}); err != nil {
		return nil, err
	}
	r := &reader{b: lb.encode(nil)}
	return decodeLexicon(r)
}

// parseWordNetCounts marks the lemmas that the SemCor counts of
// cntlist.rev ("back%2:38:00:: 2 6": lemma, part of speech, senses tagged
// six times) show used mostly (70% or more of at least 3 tags) as one part
// of speech.
func parseWordNetCounts(r io.Reader, path string, add func(string, int)) error {
	counts := map[string]*[4]int{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		cols := strings.Fields(sc.Text())
		if len(cols) != 3 {
			continue
		}
		lemma, key, ok := strings.Cut(cols[0], "%")
		n, err := strconv.Atoi(cols[2])
		if !ok || err != nil || key == "" || !oneWord(lemma) {
			continue
		}
		pos := int(key[0] - '1') // 1 noun, 2 verb, 3 adjective, 4 adverb, 5 satellite
		if pos == 4 {
			pos = 2
		}
		if pos < 0 || pos > 3 {
			continue
		}
		c := counts[lemma]
		if c == nil {
			c = new([4]int)
			counts[lemma] = c
		}
		c[pos] += n
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("syntax: wordnet: %s: %w", path, err)
	}
	for lemma, c := range counts {
		total := c[0] + c[1] + c[2] + c[3]
		for pos, n := range c {
			if total >= 3 && 10*n >= 7*total {
				add(strings.ToLower(lemma), wnMostNoun+pos)
			}
		}
	}
	return nil
}

// wordNetFile opens the file name of the WordNet folder dir and hands it
// to parse with its path.
func wordNetFile(dir, name string, parse func(r io.Reader, path string) error) error {
	path := filepath.Join(dir, name)
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("syntax: wordnet: %w", err)
	}
	defer f.Close()
	return parse(f, path)
}

// wnWord is a one-word lemma of a synset as written ("Paris", "run"),
// with the verb frame classes the synset gives it (frameClasses).
type wnWord struct {
	form   string
	frames uint64
}

// wnData is what a data.* file gives: its one-word lemmas, and the
// lexicographer file of each synset by offset.
type wnData struct {
	words    []wnWord
	lexfiles map[string]uint8
}

// frameClasses groups WordNet's 35 generic verb frames by what they say of
// the verb's complements, one bit each: intransitive ("Somebody ----s"),
// transitive ("Somebody ----s something"), two objects, a that- or
// whether-clause, an infinitive, a gerund.
var frameClasses = func() [36]uint64 {
	var c [36]uint64
	for class, frames := range [][]int{
		{1, 2, 3, 4, 6, 7, 12, 13, 22, 23, 27},
		{5, 8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21, 24, 25, 30, 31},
		{14},
		{26, 29, 34},
		{24, 25, 28, 29, 32, 35},
		{30, 33},
	} {
		for _, f := range frames {
			c[f] |= 1 << class
		}
	}
	return c
}()

// parseWordNetData reads the one-word lemmas of a data.* file, without the
// adjective markers, from r; path names it in errors.
// A synset line is: offset, lexicographer file, type, word count (hex),
// word and lex_id pairs, pointer count and pointers (4 fields each), and
// for verbs a frame count and "+ frame word" triples (word 00: all).
func parseWordNetData(r io.Reader, path string) (wnData, error) {
	var out []wnWord
	lexfiles := map[string]uint8{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || s[0] == ' ' { // licence header
			continue
		}
		cols := strings.Fields(s)
		if len(cols) < 4 {
			return wnData{}, fmt.Errorf("syntax: wordnet: %s:%d: short synset line", path, line)
		}
		n, err := strconv.ParseUint(cols[3], 16, 16)
		if err != nil || 4+2*int(n) > len(cols) {
			return wnData{}, fmt.Errorf("syntax: wordnet: %s:%d: bad word count %q", path, line, cols[3])
		}
		if lf, err := strconv.ParseUint(cols[1], 10, 8); err == nil && lf < 63 {
			lexfiles[cols[0]] = uint8(lf)
		}
		first := len(out)
		words := make([]int, n) // index in out of each synset word, -1 when not kept
		for i := 0; i < int(n); i++ {
			words[i] = -1
			w := cols[4+2*i]
			if k := strings.IndexByte(w, '('); k > 0 { // "galore(ip)"
				w = w[:k]
			}
			if oneWord(w) {
				words[i] = len(out)
				out = append(out, wnWord{form: w})
			}
		}
		if cols[2] != "v" {
			continue
		}
		k := 4 + 2*int(n)
		if k >= len(cols) {
			continue
		}
		np, err := strconv.Atoi(cols[k])
		if err != nil || np < 0 || k+1+4*np >= len(cols) {
			continue
		}
		k += 1 + 4*np
		nf, err := strconv.Atoi(cols[k])
		if err != nil || nf < 0 {
			continue
		}
		for j := 0; j < nf && k+3+3*j < len(cols); j++ {
			fn, err1 := strconv.Atoi(cols[k+2+3*j])
			wn, err2 := strconv.ParseUint(cols[k+3+3*j], 16, 8)
			if err1 != nil || err2 != nil || fn <= 0 || fn >= len(frameClasses) {
				continue
			}
			if wn == 0 {
				for i := first; i < len(out); i++ {
					out[i].frames |= frameClasses[fn]
				}
			} else if int(wn) <= len(words) && words[wn-1] >= 0 {
				out[words[wn-1]].frames |= frameClasses[fn]
			}
		}
	}
	if err := sc.Err(); err != nil {
		return wnData{}, fmt.Errorf("syntax: wordnet: %s: %w", path, err)
	}
	return wnData{words: out, lexfiles: lexfiles}, nil
}

// parseWordNetIndex returns, for each noun lemma of an index file, 1 + the
// lexicographer file of its first (most frequent) sense. It reads index
// lines: lemma, part of speech, synset
// count, pointer count, pointer symbols, sense count, tagged sense count,
// then the synset offsets, most frequent sense first.
func parseWordNetIndex(r io.Reader, path string, lexfiles map[string]uint8) (map[string]uint8, error) {
	out := map[string]uint8{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		s := sc.Text()
		if s == "" || s[0] == ' ' {
			continue
		}
		cols := strings.Fields(s)
		if len(cols) < 4 || !oneWord(cols[0]) {
			continue
		}
		np, err := strconv.Atoi(cols[3])
		if err != nil || np < 0 || 4+np+2 >= len(cols) {
			continue
		}
		if lf, ok := lexfiles[cols[4+np+2]]; ok {
			out[strings.ToLower(cols[0])] = lf + 1
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("syntax: wordnet: %s: %w", path, err)
	}
	return out, nil
}

// parseWordNetExceptions calls f with the inflected form and the base of
// each line of an exception list ("went go").
func parseWordNetExceptions(r io.Reader, path string, f func(form, base string)) error {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		form, rest, ok := strings.Cut(sc.Text(), " ")
		base, _, _ := strings.Cut(rest, " ")
		if ok && oneWord(form) {
			f(strings.ToLower(form), strings.ToLower(base))
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("syntax: wordnet: %s: %w", path, err)
	}
	return nil
}

// oneWord reports whether a WordNet lemma is a single token: letters,
// digits, hyphens, apostrophes and dots, not a multiword (which WordNet
// joins with "_").
func oneWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\'' && r != '.' {
			return false
		}
	}
	return true
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// regularS is the plural of a noun or the third person of a verb.
func regularS(w string) string {
	n := len(w)
	switch {
	case n == 0:
		return ""
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es"
	case n > 1 && w[n-1] == 'y' && !isVowel(w[n-2]):
		return w[:n-1] + "ies"
	}
	return w + "s"
}

// doubled reports whether a verb or adjective may double its last
// consonant before a suffix ("stop" -> "stopped"); both spellings are
// generated when it may, since stress decides and WordNet does not say.
func doubled(w string) bool {
	n := len(w)
	return n >= 3 && !isVowel(w[n-1]) && strings.IndexByte("wxy", w[n-1]) < 0 &&
		isVowel(w[n-2]) && !isVowel(w[n-3])
}

func regularEd(w string) []string {
	n := len(w)
	switch {
	case n == 0:
		return nil
	case w[n-1] == 'e':
		return []string{w + "d"}
	case n > 1 && w[n-1] == 'y' && !isVowel(w[n-2]):
		return []string{w[:n-1] + "ied"}
	case doubled(w):
		return []string{w + "ed", w + w[n-1:] + "ed"}
	}
	return []string{w + "ed"}
}

func regularIng(w string) []string {
	n := len(w)
	switch {
	case n == 0:
		return nil
	case strings.HasSuffix(w, "ie"):
		return []string{w[:n-2] + "ying"}
	case n > 2 && w[n-1] == 'e' && w[n-2] != 'e' && w[n-2] != 'y' && w[n-2] != 'o':
		return []string{w[:n-1] + "ing"}
	case doubled(w):
		return []string{w + "ing", w + w[n-1:] + "ing"}
	}
	return []string{w + "ing"}
}

func regularEr(w string) []string {
	n := len(w)
	switch {
	case n == 0:
		return nil
	case w[n-1] == 'e':
		return []string{w + "r", w + "st"}
	case n > 1 && w[n-1] == 'y' && !isVowel(w[n-2]):
		return []string{w[:n-1] + "ier", w[:n-1] + "iest"}
	case doubled(w):
		return []string{w + "er", w + "est", w + w[n-1:] + "er", w + w[n-1:] + "est"}
	}
	return []string{w + "er", w + "est"}
}

// wordnetLemma checks the lemma the rules gave an English verb or noun
// against the WordNet lexicon: when WordNet does not know it as a lemma of
// that part of speech but knows another way of undoing the ending, that
// one wins ("shelled": the rule for "-lled" gives "shel", WordNet has
// "shell"; "used" → "use", "buses" → "bus").
func wordnetLemma(lex *lexicon, lower, upos, lemma string) string {
	var bits uint64
	switch upos {
	case "VERB":
		bits = 1 << wnVerb
	case "NOUN":
		bits = 1<<wnNoun | 1<<wnProper
	default:
		return lemma
	}
	known := func(w string) bool {
		i := lex.lookup(w)
		return i >= 0 && lex.masks[i]&bits != 0
	}
	if lex == nil || lemma == lower || known(lemma) {
		return lemma
	}
	for _, c := range lemmaCandidates(lower) {
		if c != "" && c != lemma && known(c) {
			return c
		}
	}
	if upos == "VERB" && known(lower) {
		return lower // "halt", which the edit scripts made "hal" (nouns: "PM" is "p.m.")
	}
	return lemma
}

// lemmaCandidates are the ways of undoing a regular English ending, most
// likely first.
func lemmaCandidates(w string) []string {
	var out []string
	cut := func(suf string) (string, bool) {
		if len(w) > len(suf)+1 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)], true
		}
		return "", false
	}
	undouble := func(s string) string {
		if n := len(s); n >= 3 && s[n-1] == s[n-2] && !isVowel(s[n-1]) {
			return s[:n-1]
		}
		return ""
	}
	if s, ok := cut("ied"); ok {
		out = append(out, s+"y")
	}
	if s, ok := cut("ies"); ok {
		out = append(out, s+"y")
	}
	if s, ok := cut("ed"); ok {
		out = append(out, s, s+"e", undouble(s))
	}
	if s, ok := cut("ing"); ok {
		out = append(out, s, s+"e", undouble(s))
	}
	if s, ok := cut("es"); ok {
		out = append(out, s)
	}
	if s, ok := cut("s"); ok {
		out = append(out, s)
	}
	return out
}
