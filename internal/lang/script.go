package lang

import (
	"unicode"

	"github.com/abadojack/whatlanggo"
)

// Scripts counted. Han, kana and Hangul letters weigh more than the others
// when the dominant script is chosen: one of them stands for a syllable or
// a word, not a sound.
const (
	scriptLatin = iota
	scriptCyrillic
	scriptArabic
	scriptHan
	scriptKana
	scriptHangul
	scriptGreek
	scriptHebrew
	scriptOther
	nScripts
)

const cjkWeight = 3

type scriptCounts struct {
	n        [nScripts]int
	letters  int // all letters
	latin    int // Latin letters
	hasMarks bool
}

func (sc *scriptCounts) count(text string) {
	for _, r := range text {
		switch {
		case r < 0x80:
			if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
				sc.n[scriptLatin]++
				sc.letters++
			}
			continue
		case unicode.Is(unicode.Mn, r):
			sc.hasMarks = true
			continue
		case !unicode.IsLetter(r):
			continue
		}
		sc.letters++
		switch {
		case unicode.Is(unicode.Latin, r):
			sc.n[scriptLatin]++
		case unicode.Is(unicode.Cyrillic, r):
			sc.n[scriptCyrillic]++
		case unicode.Is(unicode.Arabic, r):
			sc.n[scriptArabic]++
		case unicode.Is(unicode.Han, r):
			sc.n[scriptHan]++
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			sc.n[scriptKana]++
		case unicode.Is(unicode.Hangul, r):
			sc.n[scriptHangul]++
		case unicode.Is(unicode.Greek, r):
			sc.n[scriptGreek]++
		case unicode.Is(unicode.Hebrew, r):
			sc.n[scriptHebrew]++
		default:
			sc.n[scriptOther]++
		}
	}
	sc.latin = sc.n[scriptLatin]
}

// dominant returns the script with the most weighted letters and that
// weighted count. Japanese mixes Han and kana: the two count together.
func (sc *scriptCounts) dominant() (script, n int) {
	best, bestW := scriptLatin, -1
	for s, c := range sc.n {
		w := c
		switch s {
		case scriptHan, scriptKana:
			w = (sc.n[scriptHan] + sc.n[scriptKana]) * cjkWeight
		case scriptHangul:
			w = c * cjkWeight
		}
		if w > bestW {
			best, bestW = s, w
		}
	}
	if best == scriptHan || best == scriptKana {
		// Japanese writes most words in kana; Chinese has none.
		if sc.n[scriptKana]*10 >= sc.n[scriptHan]+sc.n[scriptKana] {
			best = scriptKana
		} else {
			best = scriptHan
		}
	}
	return best, bestW
}

// detectNonLatin names the language of a text whose dominant script is not
// Latin. weighted is the weighted letter count of that script.
func detectNonLatin(text string, sc *scriptCounts, script, weighted int) Result {
	purity := 1.0
	if total := sc.letters + (cjkWeight-1)*(sc.n[scriptHan]+sc.n[scriptKana]+sc.n[scriptHangul]); total > 0 {
		purity = float64(weighted) / float64(total)
	}
	conf := purity * sizeFactor(weighted)
	switch script {
	case scriptHan:
		return Result{Code: "zh", Confidence: conf}
	case scriptKana:
		return Result{Code: "ja", Confidence: conf}
	case scriptHangul:
		return Result{Code: "ko", Confidence: conf}
	case scriptGreek:
		return Result{Code: "el", Confidence: conf}
	case scriptHebrew:
		return Result{Code: hebrewCode(text), Confidence: conf}
	case scriptCyrillic:
		code, sure := cyrillicCode(text)
		if !sure {
			conf *= 0.8
		}
		return Result{Code: code, Confidence: conf}
	case scriptArabic:
		return Result{Code: arabicCode(text), Confidence: conf}
	}
	info := whatlanggo.Detect(sample(text))
	code := whatlangCode(info.Lang)
	if code == "" || info.Confidence < minWhatlangConfidence {
		return und()
	}
	return Result{Code: code, Confidence: conf * info.Confidence}
}

// cyrillicCode tells the Cyrillic languages apart by the letters only some
// of them use (whatlanggo's trigrams mistook plain Russian sentences for
// Bulgarian). Russian is the default: sure is false when nothing pointed
// to it.
func cyrillicCode(text string) (code string, sure bool) {
	var uk, be, ru, srMk, mk, bg, kk, total int
	for _, r := range text {
		switch unicode.ToLower(r) {
		case 'ї', 'є', 'ґ':
			uk += 3
		case 'і':
			uk++
			be++
		case 'ў':
			be += 3
		case 'ы', 'э':
			ru++
			be++
		case 'ё':
			ru++
		case 'ъ':
			bg++
		case 'ђ', 'ћ', 'џ', 'љ', 'њ', 'ј':
			srMk++
		case 'ѓ', 'ќ', 'ѕ':
			mk++
		case 'ә', 'ғ', 'қ', 'ұ', 'ө', 'ү', 'ң', 'һ':
			kk++
		default:
			if unicode.Is(unicode.Cyrillic, r) {
				total++
			}
		}
	}
	switch {
	case kk*50 > total && kk >= 2:
		return Und, false
	case mk > 0:
		return "mk", true
	case srMk > 0:
		return "sr", true
	case be > uk && be > ru && be >= 3:
		return "be", true
	case uk > 0 && uk >= ru:
		return "uk", true
	case ru > 0:
		return "ru", true
	case bg >= 2 && bg*60 >= total:
		// ъ is a common vowel in Bulgarian, rare in Russian, which also
		// writes ы, э and ё (none of them here).
		return "bg", true
	}
	return "ru", false
}

// arabicCode tells Arabic from Persian, Urdu, Kurdish and Uyghur by the
// letters Arabic does not use. Arabic news sometimes borrows one of them
// in a foreign name, so a share is needed, not one letter.
func arabicCode(text string) string {
	var fa, ur, ku, ug, arOnly, total int
	for _, r := range text {
		switch r {
		case 'پ', 'چ', 'ژ', 'گ', 'ک', 'ی':
			fa++
		case 'ٹ', 'ڈ', 'ڑ', 'ں', 'ے', 'ھ':
			ur++
		case 'ێ', 'ڵ', 'ڕ', 'ۆ':
			ku++
		case 'ۇ', 'ۋ', 'ې', 'ۈ':
			ug++
		case 'ة', 'ى', 'ك', 'ي':
			arOnly++
		}
		if unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r) {
			total++
		}
	}
	switch {
	case ug*30 > total && ug >= 2:
		return "ug"
	case ku*30 > total && ku >= 2:
		return "ku"
	case ur*30 > total && ur >= 2:
		return "ur"
	case fa*20 > total && fa >= 2 && fa > arOnly:
		return "fa"
	}
	return "ar"
}

// hebrewCode tells Yiddish, written with Hebrew letters and its own
// digraphs, from Hebrew.
func hebrewCode(text string) string {
	var yi int
	for _, r := range text {
		switch r {
		case 'װ', 'ױ', 'ײ', '\uFB1F':
			yi++
		}
	}
	if yi >= 2 {
		return "yi"
	}
	return "he"
}
