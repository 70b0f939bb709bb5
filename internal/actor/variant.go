package actor

import "strings"

// Name variants. Arabic (and other) names reach French and English news in
// many spellings: Saied, Saïed, Ssaied, Said; Abdelmadjid, Abdelmajid,
// Abdel Madjid; Mohammed, Mohamed, Muhammad. vigie compares a name's
// skeleton: accents folded, transliteration digraphs reduced (dj→j, kh→k,
// ou→u, ph→f, q→k, …), doubled letters collapsed, and vowels dropped after
// the first letter. Skeletons are compared only with the names of known
// persons, and a bounded edit distance (one edit) is allowed only on long
// skeletons, with a lower confidence.

// skeleton reduces one normalised word (lower case, no accents).
func skeleton(w string) string {
	if w == "" {
		return ""
	}
	var rep = [...][2]string{
		{"dj", "j"}, {"dh", "d"}, {"kh", "k"}, {"gh", "g"}, {"ph", "f"}, {"th", "t"},
		{"sh", "c"}, {"ch", "c"}, {"tch", "c"}, {"ck", "k"}, {"ou", "u"}, {"oo", "u"},
		{"ee", "i"}, {"q", "k"}, {"w", "u"}, {"y", "i"}, {"z", "s"},
	}
	for _, r := range rep {
		if strings.Contains(w, r[0]) {
			w = strings.ReplaceAll(w, r[0], r[1])
		}
	}
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		c := w[i]
		if i > 0 && c == w[i-1] {
			continue // doubled letter
		}
		if i > 0 && strings.IndexByte("aeiouh", c) >= 0 {
			continue // vowels (and h, as in Mohamed/Muhammad) after the first letter
		}
		b = append(b, c)
	}
	// collapse doubles created by dropping vowels (Abdallah → abdl)
	out := b[:0]
	for i, c := range b {
		if i > 0 && c == b[i-1] {
			continue
		}
		out = append(out, c)
	}
	return string(out)
}

// nameSkeleton joins the skeletons of a name's words, so that "Abdel
// Madjid" and "Abdelmadjid" meet.
func nameSkeleton(keys []string) string {
	var b strings.Builder
	for _, k := range keys {
		b.WriteString(skeleton(k))
	}
	return b.String()
}

// particles are name words that are not surnames on their own.
var particles = set("al el ben bin ibn ould de da di del van von der le la du des mac abu bou")

// IsNameParticle reports whether a word (in lower case) is one of the
// particles inside personal names: "al", "ben", "ould", "de", "van"…
func IsNameParticle(w string) bool { return particles[w] }

// indexPersonName indexes a person's name form for variant lookups.
// withSurname is false for the forms of a person named by one word:
// "Willem-Alexander" has no surname to index ("Alexander" alone is no
// Dutch king).
func (k *Knowledge) indexPersonName(idx int32, keys []string, withSurname bool) {
	if len(keys) == 0 {
		return
	}
	last := keys[len(keys)-1]
	if len(keys) > 1 && withSurname && !isRoman(last) {
		k.surname[last] = appendUnique(k.surname[last], idx)
	}
	if len(keys) >= 2 && isRoman(last) { // Mohammed VI: index "mohammed vi" as is
		return
	}
	full := nameSkeleton(keys)
	if len(full) >= 4 {
		k.skelFull[full] = appendUnique(k.skelFull[full], idx)
	}
	sl := skeleton(last)
	if len(keys) > 1 && len(sl) >= 3 {
		if _, ok := k.skelLast[sl]; !ok {
			k.skelLens[len(sl)] = append(k.skelLens[len(sl)], sl)
		}
		k.skelLast[sl] = appendUnique(k.skelLast[sl], idx)
	}
}

func appendUnique(s []int32, v int32) []int32 {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

func isRoman(w string) bool {
	if w == "" || len(w) > 5 {
		return false
	}
	return strings.Trim(w, "ivxl") == ""
}

// editDistance1 reports whether a and b differ by at most one insertion,
// deletion or substitution.
func editDistance1(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if i == len(a) {
		return true
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

// personCandidate is a person a name may refer to, with how sure we are.
type personCandidate struct {
	entry int32
	conf  float64
	how   string // "name-variant", "edit-distance", "surname"
}

// findPerson looks up a name (normalised words) among known persons:
// exact skeleton of the whole name, then one edit on the first name or
// surname skeleton. Candidates holding an office on d are preferred.
func (k *Knowledge) findPerson(keys []string, d Date) (personCandidate, bool) {
	if len(keys) == 0 {
		return personCandidate{}, false
	}
	var cands []personCandidate
	full := nameSkeleton(keys)
	if len(full) >= 4 {
		for _, e := range k.skelFull[full] {
			cands = append(cands, personCandidate{e, 0.8, "name-variant"})
		}
	}
	if len(cands) == 0 && len(keys) >= 2 {
		last := skeleton(keys[len(keys)-1])
		first := nameSkeleton(keys[:len(keys)-1])
		try := func(sl string, conf float64) {
			for _, e := range k.skelLast[sl] {
				ent := k.entries[e]
				for _, f := range ent.Forms {
					fk := normalize(f.Text)
					if len(fk) < 2 || skeleton(fk[len(fk)-1]) != sl {
						continue
					}
					ff := nameSkeleton(fk[:len(fk)-1])
					if ff == first || (len(first) >= 3 && len(ff) >= 3 && editDistance1(ff, first)) {
						cands = append(cands, personCandidate{e, conf, "name-variant"})
						break
					}
				}
			}
		}
		if len(last) >= 3 {
			try(last, 0.7)
		}
		if len(cands) == 0 && len(last) >= 5 {
			for n := len(last) - 1; n <= len(last)+1; n++ {
				for _, sl := range k.skelLens[n] {
					if sl != last && editDistance1(sl, last) {
						try(sl, 0.6)
					}
				}
			}
		}
	}
	return k.bestCandidate(cands, d)
}

// findSurname looks up a single surname among persons who hold an office
// on d ("Esper" in an article of 2020).
func (k *Knowledge) findSurname(key string, d Date) (personCandidate, bool) {
	if key == "" || particles[key] {
		return personCandidate{}, false
	}
	var cands []personCandidate
	for _, e := range k.surname[key] {
		if d == 0 || k.holdsOffice(e, d) {
			cands = append(cands, personCandidate{e, 0.7, "surname"})
		}
	}
	if len(cands) > 1 {
		for i := range cands {
			cands[i].conf = 0.4
		}
	}
	return k.bestCandidate(cands, d)
}

func (k *Knowledge) holdsOffice(e int32, d Date) bool {
	for _, c := range k.entries[e].Codes {
		if c.dated() && c.holds(d) {
			return true
		}
	}
	return false
}

// bestCandidate prefers persons in office on d, then the most senior.
func (k *Knowledge) bestCandidate(cands []personCandidate, d Date) (personCandidate, bool) {
	if len(cands) == 0 {
		return personCandidate{}, false
	}
	best := -1
	bestScore := 0.0
	for i, c := range cands {
		score := c.conf
		if d != 0 && k.holdsOffice(c.entry, d) {
			score += 1
			if pc, ok := k.entries[c.entry].CodeAt(d); ok && pc.Rank > 0 {
				score += 0.1 / float64(pc.Rank)
			}
		}
		if best < 0 || score > bestScore {
			best, bestScore = i, score
		}
	}
	return cands[best], true
}
