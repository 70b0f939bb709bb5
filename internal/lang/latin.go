package lang

import (
	_ "embed"
	"math"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
)

// The seven Latin-script languages told apart by the function-word table.
const (
	fr = iota
	en
	es
	it
	pt
	de
	nl
	nCore
)

var coreCodes = [nCore]string{"fr", "en", "es", "it", "pt", "de", "nl"}

//go:embed words.txt
var wordsTxt string

// rareFreq is the frequency per thousand words given to a word that a
// language's table lacks.
const rareFreq = 0.05

// wordTable maps a word to its scores.
type wordTable map[string]wordEntry

// wordEntry is the log of a word's frequency over rareFreq in each core
// language (0 where the language lacks it), and whether words.txt has it.
type wordEntry struct {
	score [nCore]float32
	hand  bool
}

var (
	wordsOnce sync.Once
	words     wordTable
)

// coreWords returns the function words of words.txt merged with the
// French and English vocabulary of the trained model.
func coreWords() wordTable {
	wordsOnce.Do(func() {
		words = parseWords(wordsTxt)
		if m := frEnModel(); m != nil {
			for w, v := range m.vocab {
				e := words[w]
				e.score[fr] = max(e.score[fr], v[0])
				e.score[en] = max(e.score[en], v[1])
				words[w] = e
			}
		}
	})
	return words
}

// parseWords reads words.txt. Malformed pairs are skipped: the file is
// ours and checked by a test.
func parseWords(txt string) wordTable {
	t := wordTable{}
	for line := range strings.Lines(txt) {
		f := strings.Fields(line)
		if len(f) < 2 || strings.HasPrefix(f[0], "#") {
			continue
		}
		li := langIndex(f[0])
		if li < 0 {
			continue
		}
		for _, pair := range f[1:] {
			w, fs, ok := strings.Cut(pair, ":")
			if !ok || w == "" {
				continue
			}
			v, err := strconv.ParseFloat(fs, 64)
			if err != nil || v <= 0 {
				continue
			}
			e := t[w]
			e.score[li] = float32(math.Log(math.Max(v, rareFreq) / rareFreq))
			e.hand = true
			t[w] = e
		}
	}
	return t
}

func langIndex(code string) int {
	for i, c := range coreCodes {
		if c == code {
			return i
		}
	}
	return -1
}

// letterCue is how often a letter occurs, in percent of letters, in each
// core language; zero means almost never. Only letters that tell the
// languages apart are listed; the others count the same everywhere.
// Estimates for news text, written by hand.
var letterCue = map[rune][nCore]float32{
	//    fr    en    es    it    pt    de    nl
	'k': {0.05, 0.8, 0.02, 0.02, 0.02, 1.2, 2.2},
	'w': {0.05, 2.3, 0.02, 0.03, 0.03, 1.9, 1.5},
	'y': {0.3, 2.0, 1.0, 0.02, 0.02, 0.04, 0.05},
	'j': {0.5, 0.15, 0.5, 0.01, 0.4, 0.25, 1.4},
	'q': {1.0, 0.1, 0.9, 0.5, 1.2, 0.02, 0.01},
	'z': {0.15, 0.07, 0.5, 1.0, 0.45, 1.1, 1.4},
	'h': {0.8, 6.0, 0.8, 0.7, 1.2, 4.5, 2.4},
	'x': {0.4, 0.15, 0.2, 0.02, 0.25, 0.03, 0.03},
	'é': {1.9, 0, 0.4, 0.05, 0.35, 0, 0.02},
	'è': {0.3, 0, 0, 0.3, 0, 0, 0},
	'ê': {0.2, 0, 0, 0, 0.4, 0, 0},
	'ë': {0.01, 0, 0, 0, 0, 0, 0.04},
	'à': {0.5, 0, 0, 0.6, 0.1, 0, 0},
	'â': {0.05, 0, 0, 0, 0.5, 0, 0},
	'ä': {0, 0, 0, 0, 0, 0.5, 0},
	'á': {0, 0, 0.5, 0, 0.4, 0, 0},
	'ã': {0, 0, 0, 0, 0.7, 0, 0},
	'í': {0, 0, 0.7, 0, 0.4, 0, 0},
	'ì': {0, 0, 0, 0.03, 0, 0, 0},
	'î': {0.05, 0, 0, 0, 0, 0, 0},
	'ï': {0.02, 0, 0, 0, 0, 0, 0.01},
	'ó': {0, 0, 0.8, 0.01, 0.3, 0, 0},
	'ò': {0, 0, 0, 0.15, 0, 0, 0},
	'ô': {0.02, 0, 0, 0, 0.2, 0, 0},
	'ö': {0, 0, 0, 0, 0, 0.3, 0},
	'õ': {0, 0, 0, 0, 0.1, 0, 0},
	'ú': {0, 0, 0.2, 0, 0.1, 0, 0},
	'ù': {0.05, 0, 0, 0.2, 0, 0, 0},
	'û': {0.06, 0, 0, 0, 0, 0, 0},
	'ü': {0, 0, 0.01, 0, 0, 0.6, 0},
	'ñ': {0, 0, 0.3, 0, 0, 0, 0},
	'ç': {0.1, 0, 0, 0, 0.5, 0, 0},
	'œ': {0.03, 0, 0, 0, 0, 0, 0},
	'ß': {0, 0, 0, 0, 0, 0.2, 0},
}

// letterFloor is the percentage given to a letter a language never uses,
// so that one foreign name costs a few nats, not everything.
const letterFloor = 0.003

// letterWeight damps the letter cues: they are rough and partly repeat
// what the words already say.
const letterWeight = 0.5

// letterScores holds letterWeight·log(p/letterFloor) of each cue letter,
// indexed by rune: every cue letter is below U+0180.
var letterScores = func() *[0x180]letterScore {
	var t [0x180]letterScore
	for r, p := range letterCue {
		e := &t[r]
		e.ok = true
		for i, v := range p {
			e.s[i] = float32(letterWeight * math.Log(math.Max(float64(v), letterFloor)/letterFloor))
		}
	}
	return &t
}()

type letterScore struct {
	s  [nCore]float32
	ok bool
}

// isForeignLatin reports whether r is a Latin letter that none of the seven
// core languages uses in its own words (ł, ř, ş, ă, ø, ơ…).
func isForeignLatin(r rune) bool {
	if r < 0xC0 {
		return false
	}
	if r < 0x180 && letterScores[r].ok {
		return false
	}
	return r <= 0x24F || 0x1E00 <= r && r <= 0x1EFF
}

// latinScores holds the evidence gathered on a Latin-script text.
type latinScores struct {
	core    [nCore]float64 // function-word and letter log scores
	tokens  int            // words read
	hits    int            // words found in the function-word table (words.txt)
	lower   int            // words written in lower case (not names, not acronyms)
	lowerKn int            // lower-case words that are known
	letters int            // letters in words
	foreign int            // letters no core language uses
	frEn    float64        // fr/en model log-likelihood ratio, > 0 for French
	frEnN   int            // fr/en model features matched
}

func (ls *latinScores) read(text string) {
	tw := coreWords()
	m := frEnModel()
	tk := newTokenizer(text)
	var b [4 * (maxTokenRunes + 2)]byte
	for {
		w, ok := tk.next()
		if !ok {
			break
		}
		ls.tokens++
		if !tk.cased && !tk.glued {
			ls.lower++
		}
		if tk.glued {
			// A lone letter in a code or an initial says nothing.
		} else if e, ok := tw[string(appendUTF8(b[:0], w))]; ok {
			if !tk.cased {
				ls.lowerKn++
			}
			if e.hand {
				ls.hits++
			}
			for i, v := range e.score {
				ls.core[i] += float64(v)
			}
		}
		for _, r := range w {
			if r == '\'' {
				continue
			}
			ls.letters++
			if r < 0x180 && letterScores[r].ok {
				for i, v := range letterScores[r].s {
					ls.core[i] += float64(v)
				}
			} else if isForeignLatin(r) {
				ls.foreign++
			}
		}
		if m != nil {
			d, n := m.score(w)
			ls.frEn += d
			ls.frEnN += n
		}
	}
}

// voteMaxHits is the number of function words past which the trigram
// vote is not needed: the words have decided.
const voteMaxHits = 12

// voteWeight is the most, in nats, the trigram vote adds to a language.
const voteWeight = 3.0

// trigramVote asks whatlanggo which of the seven core languages the text
// is, and adds its confidence to that language. whatlanggo's trigram
// profiles know letter sequences (sch, ij, zz, nh) the function-word table
// does not, which helps on headlines with no function word. It costs more
// than the rest of Detect on a sentence, so it is asked only when its
// vote could change the answer.
func (ls *latinScores) trigramVote(text string) {
	if ls.hits >= voteMaxHits {
		return
	}
	best, second := ls.others()
	lead := ls.core[best] - max(ls.core[fr], ls.core[en]) - otherMargin
	if math.Abs(lead) >= voteWeight && (lead < 0 || ls.core[best]-ls.core[second] >= voteWeight) {
		return
	}
	info := whatlanggo.DetectWithOptions(sample(text), whatlanggo.Options{Whitelist: coreLang})
	for i, l := range coreWhatlang {
		if info.Lang == l {
			ls.core[i] += voteWeight * info.Confidence
		}
	}
}

// others returns the best and second-best of the five languages other than
// French and English.
func (ls *latinScores) others() (best, second int) {
	best, second = es, de
	for i := es; i < nCore; i++ {
		if ls.core[i] > ls.core[best] {
			best = i
		}
	}
	if best == de {
		second = es
	}
	for i := es; i < nCore; i++ {
		if i != best && ls.core[i] > ls.core[second] {
			second = i
		}
	}
	return best, second
}

// otherMargin is how many nats Spanish, Italian, Portuguese, German or
// Dutch must lead French and English by to be reported: news vigie reads
// is mostly French or English, and a tie goes to them.
const otherMargin = 2.0

func detectLatin(text string, sc scriptCounts) Result {
	var ls latinScores
	ls.read(text)
	if ls.letters < minLetters {
		return und()
	}
	if r, ok := foreignLatin(text, &ls); ok {
		return r
	}
	ls.trigramVote(text)

	size := sizeFactor(ls.letters)
	purity := float64(sc.latin) / float64(sc.letters)
	frEn := max(ls.core[fr], ls.core[en])
	best, second := ls.others()
	if lead := ls.core[best] - frEn - otherMargin; lead > 0 {
		margin := min(lead, ls.core[best]-ls.core[second])
		return Result{Code: coreCodes[best], Confidence: sigmoid(margin) * size * purity}
	}

	// French or English. The trained model decides; the function-word
	// scores only settle a text the model knows nothing of.
	llr := ls.frEn * frEnScale
	if ls.frEnN == 0 {
		llr = ls.core[fr] - ls.core[en]
	}
	code := "fr"
	if llr < 0 {
		code = "en"
		llr = -llr
	}
	// The chance that the text is one of the other five after all.
	other := sigmoid(ls.core[best] - frEn - otherMargin)
	return Result{Code: code, Confidence: sigmoid(llr) * size * purity * (1 - other)}
}

// foreignLatin hands the text to whatlanggo's Latin profiles when the
// seven core languages explain it badly: letters none of them use, or many
// words that none of their tables knows. It reports ok only when whatlanggo
// names a language outside the core seven; when it names one of them, the
// core tables decide as usual.
func foreignLatin(text string, ls *latinScores) (Result, bool) {
	foreignLetters := ls.foreign >= 2 && ls.foreign*100 >= ls.letters && ls.hits*4 <= ls.tokens
	// In French and English text, 40% or more of the lower-case words are
	// known, whatever the topic; in Polish, Turkish or Swedish, under 25%.
	// Names and acronyms are left out of both counts.
	fewHits := ls.lower >= 5 && ls.lowerKn*10 < ls.lower*3
	if !foreignLetters && !fewHits {
		return Result{}, false
	}
	info := whatlanggo.Detect(sample(text))
	// A tie between profiles gives confidence 0, and whatlanggo then picks
	// one at random (it ranks a map): only a clear answer is taken.
	if coreLang[info.Lang] || info.Confidence < minWhatlangConfidence {
		return Result{}, false
	}
	code := whatlangCode(info.Lang)
	if code == "" || code == Und {
		return Result{}, false
	}
	conf := info.Confidence * sizeFactor(ls.letters)
	if !foreignLetters {
		conf *= 0.8
	}
	return Result{Code: code, Confidence: conf}, true
}

// coreWhatlang is whatlanggo's name of each core language.
var coreWhatlang = [nCore]whatlanggo.Lang{
	whatlanggo.Fra, whatlanggo.Eng, whatlanggo.Spa, whatlanggo.Ita,
	whatlanggo.Por, whatlanggo.Deu, whatlanggo.Nld,
}

var coreLang = map[whatlanggo.Lang]bool{
	whatlanggo.Fra: true, whatlanggo.Eng: true, whatlanggo.Spa: true,
	whatlanggo.Ita: true, whatlanggo.Por: true, whatlanggo.Deu: true,
	whatlanggo.Nld: true,
}

// minWhatlangConfidence is the least confidence of whatlanggo that lang
// takes an answer from.
const minWhatlangConfidence = 0.25

// sampleBytes is how much text whatlanggo reads: its trigram ranking
// sorts, and a few kilobytes are plenty for it.
const sampleBytes = 4096

// sample returns the start of text, at most sampleBytes long, cut at a
// rune boundary.
func sample(text string) string {
	if len(text) <= sampleBytes {
		return text
	}
	i := sampleBytes
	for i > 0 && !utf8.RuneStart(text[i]) {
		i--
	}
	return text[:i]
}

// whatlangCode is the ISO 639-1 code of a whatlanggo language, with the
// codes whatlanggo leaves empty filled in where one exists.
func whatlangCode(l whatlanggo.Lang) string {
	if l < 0 {
		return ""
	}
	switch l {
	case whatlanggo.Pes:
		return "fa"
	case whatlanggo.Azj:
		return "az"
	case whatlanggo.Ydd:
		return "yi"
	case whatlanggo.Cmn:
		return "zh"
	}
	c := l.Iso6391()
	if c == "" || !utf8.ValidString(c) {
		return Und
	}
	return c
}
