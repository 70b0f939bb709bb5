package syntax

// Web text is typed fast: "soooo", "prettty", "recieved", "accomodate".
// A word the model has never seen gets no lexicon or tag-dictionary
// class, and the tagger falls back on its suffix and shape. For English,
// an unknown lower-case word takes the classes of the known word it is
// most likely a typo of (EXPERIMENTS.md E25): EWT dev UPOS 95.22 → 95.29,
// LAS 82.83 → 82.92. Capitalised words only lose their repeated letters
// ("Sooooo"): most unknown ones are names, and reading them as typos of
// common words cost more than it gave. Models read from a file do this
// (Model.spell); training does not: trained with it, five English models
// averaged reached dev LAS 82.74, against 82.92 for the same training
// without it and the variants used at run time only.

// spellVariant returns the known word (in the tag dictionary or the
// lexicon) that w, an unknown word of lower-case ASCII letters, is most
// likely a typo of: letters typed three times or more cut to two, then to
// one ("soooo", "plllz"); else one edit away, as Norvig's corrector
// generates them, in this order: two neighbours swapped, a letter
// dropped, a letter added, a letter replaced (words of five letters or
// more), unless repeatsOnly. The first known candidate wins; "" when
// there is none. It allocates only for the word it returns.
func (m *Model) spellVariant(w string, repeatsOnly bool) string {
	if len(w) < 3 || len(w) > 20 {
		return ""
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return ""
		}
	}
	var arr [24]byte
	b := arr[:0]
	known := func() bool {
		if _, ok := m.tagDict[string(b)]; ok {
			return true
		}
		return m.lex.lookupBytes(b) >= 0
	}
	// runs of three or more: to two, then to one
	for keep := 2; keep >= 1; keep-- {
		b = b[:0]
		run, cut := 0, false
		for i := 0; i < len(w); i++ {
			if i > 0 && w[i] == w[i-1] {
				run++
			} else {
				run = 1
			}
			cut = cut || run > 2
			if run <= keep {
				b = append(b, w[i])
			}
		}
		if !cut {
			break
		}
		if known() {
			return string(b)
		}
	}
	if repeatsOnly || len(w) < 4 {
		return ""
	}
	for i := 0; i+1 < len(w); i++ { // two neighbours swapped
		b = append(append(append(append(b[:0], w[:i]...), w[i+1]), w[i]), w[i+2:]...)
		if known() {
			return string(b)
		}
	}
	for i := 0; i < len(w); i++ { // a letter dropped
		b = append(append(b[:0], w[:i]...), w[i+1:]...)
		if known() {
			return string(b)
		}
	}
	for i := 0; i <= len(w); i++ { // a letter added
		for c := byte('a'); c <= 'z'; c++ {
			b = append(append(append(b[:0], w[:i]...), c), w[i:]...)
			if known() {
				return string(b)
			}
		}
	}
	if len(w) < 5 {
		return ""
	}
	for i := 0; i < len(w); i++ { // a letter replaced
		for c := byte('a'); c <= 'z'; c++ {
			if c == w[i] {
				continue
			}
			b = append(append(append(b[:0], w[:i]...), c), w[i+1:]...)
			if known() {
				return string(b)
			}
		}
	}
	return ""
}
