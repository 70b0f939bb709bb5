package entity

import "slices"

// docSent is one labelled sentence of a document, for the rules that
// read the whole document.
type docSent struct {
	infos  []tokInfo
	spans  []TokenSpan
	scores []float64
}

// docRules edits the mentions of a document's sentences with what the
// other sentences say: a capitalised word of a person's full name found
// in the document ("Priya Mazzoni … Priya said"), where the tagger left it
// unlabelled, is that person; a run of such words is one mention. Words
// that are also common words or titles ("Green", "General") are left
// alone. The new mention takes the score of the full name it comes from
// (the lowest, if its words come from several). EXPERIMENTS.md row 52.
//
// Likewise an acronym defined between brackets after its name ("Housing
// Authority of New Orleans (HANO)", see applyRules) is a mention of the
// same type wherever else the document writes it, where the tagger left
// it unlabelled or read it, alone or after an article, as another type.
//
// An acronym that the document does not define but whose letters are the
// capitals of an organisation mention of its ("Coalition Provisional
// Authority … the CPA") is that organisation where the tagger left it
// unlabelled (not places': "Hyatt Regency … HR"). EXPERIMENTS.md row 80.
//
// The name of a storm ("Hurricane Rita … Rita packed winds") is no person.
//
// And an e-mail's sign-off by initials, a sentence of one word of two or
// three letters ("dp", "-GT"), is the person of two or three words whose
// initials it gives, in order or surname first ("Dana Pollard",
// "Tanner, Gail"), if the document names one. EXPERIMENTS.md row 80.
func docRules(doc []docSent) {
	names := map[string]float64{} // word → score of its best full-name mention
	type def struct {
		typ   string
		score float64
	}
	acronyms := map[string]def{}
	initials := map[string]float64{} // "dp" → score of the best "Dana Pollard"
	initialisms := map[string]def{}  // "CPA" → the type of "Coalition Provisional Authority"
	storms := map[string]bool{}      // "rita" of "Hurricane Rita"
	for _, s := range doc {
		for i := 1; i < len(s.infos); i++ {
			if stormWords[s.infos[i-1].lw] && s.infos[i].cap == capInit {
				storms[s.infos[i].lw] = true
			}
		}
		for k, sp := range s.spans {
			if a := initialism(s.infos[sp.Start:sp.End]); a != "" && sp.Type == "ORG" {
				if d, ok := initialisms[a]; !ok || d.score < s.scores[k] {
					initialisms[a] = def{sp.Type, s.scores[k]}
				}
			}
			if sp.Type == "PER" && sp.End-sp.Start >= 2 && sp.End-sp.Start <= 4 {
				var in, rev []byte
				words := 0
				for i := sp.Start; i < sp.End; i++ {
					if t := &s.infos[i]; !isPunct(t.w) {
						words++
						if t.cap == capInit && len(t.lw) > 1 && t.lw[0] >= 'a' && t.lw[0] <= 'z' {
							in = append(in, t.lw[0])
						}
					}
				}
				if len(in) == words && words >= 2 && words <= 3 {
					for i := len(in) - 1; i >= 0; i-- {
						rev = append(rev, in[i])
					}
					initials[string(in)] = max(initials[string(in)], s.scores[k])
					initials[string(rev)] = max(initials[string(rev)], s.scores[k])
				}
			}
			if sp.End-sp.Start == 1 && sp.Start > 0 && sp.End < len(s.infos) && s.infos[sp.Start].cap == capAll &&
				s.infos[sp.Start-1].w == "(" && s.infos[sp.End].w == ")" && sp.Type != "NORP" {
				acronyms[s.infos[sp.Start].w] = def{sp.Type, s.scores[k]}
			}
			if sp.Type != "PER" || sp.End-sp.Start < 2 {
				continue
			}
			for i := sp.Start; i < sp.End; i++ {
				t := &s.infos[i]
				if t.cap == capInit && t.words&(1<<gCommon|1<<gLowerWord|1<<gTitle) == 0 && len(t.lw) > 1 {
					names[t.lw] = max(names[t.lw], s.scores[k])
				}
			}
		}
	}
	// Last, after the rules below may have made persons of storms' names.
	defer func() {
		if len(storms) > 0 {
			for k := range doc {
				dropStorms(&doc[k], storms)
			}
		}
	}()
	if len(names) == 0 && len(acronyms) == 0 && len(initialisms) == 0 {
		return
	}
	for k := range doc {
		s := &doc[k]
		if i, ok := signOff(s.infos); ok && len(s.spans) == 0 {
			if score, ok := initials[s.infos[i].lw]; ok {
				s.spans = []TokenSpan{{i, i + 1, "PER"}}
				s.scores = []float64{score}
				continue
			}
		}
		covered := make([]bool, len(s.infos))
		for _, sp := range s.spans {
			for i := sp.Start; i < sp.End; i++ {
				covered[i] = true
			}
		}
		// name tells whether word j is an unlabelled word of a full name.
		name := func(j int) bool {
			if j >= len(s.infos) || covered[j] || s.infos[j].cap != capInit {
				return false
			}
			_, ok := names[s.infos[j].lw]
			return ok
		}
		// A lone surname found by the tagger or by knownSurnames is as sure
		// as the full name the document gives.
		for j, sp := range s.spans {
			if sc, ok := names[s.infos[sp.Start].lw]; ok && sp.Type == "PER" && sp.End-sp.Start == 1 && s.infos[sp.Start].cap == capInit {
				s.scores[j] = max(s.scores[j], sc)
			}
		}
		ss := spanSet{s.spans, s.scores}
		for i := 0; i < len(s.infos); i++ {
			if d, ok := initialisms[s.infos[i].w]; ok && !covered[i] && s.infos[i].cap == capAll {
				if _, defined := acronyms[s.infos[i].w]; !defined {
					ss.put(TokenSpan{i, i + 1, d.typ}, d.score)
					continue
				}
			}
			if d, ok := acronyms[s.infos[i].w]; ok {
				if !covered[i] {
					ss.put(TokenSpan{i, i + 1, d.typ}, d.score)
					continue
				}
				// A mention of the acronym alone, or with its article
				// ("The UAE"), takes the definition's type.
				for k, sp := range ss.spans {
					if sp.End == i+1 && (sp.Start == i || sp.Start == i-1 && articles[s.infos[i-1].lw]) && sp.Type != d.typ && sp.Type != "NORP" {
						sc := ss.scores[k]
						ss.put(TokenSpan{i, i + 1, d.typ}, sc)
						break
					}
				}
				continue
			}
			if !name(i) {
				continue
			}
			score := names[s.infos[i].lw]
			j := i + 1
			for name(j) {
				score = min(score, names[s.infos[j].lw])
				j++
			}
			ss.put(TokenSpan{i, j, "PER"}, score)
			i = j - 1
		}
		s.spans, s.scores = ss.spans, ss.scores
	}
}

// stormWords come before the name of a storm ("Hurricane Rita", "l'ouragan
// Katrina"), which is no person.
var stormWords = map[string]bool{"hurricane": true, "typhoon": true, "cyclone": true, "storm": true,
	"ouragan": true, "typhon": true, "tempête": true}

// dropStorms removes the person mentions of a sentence that are the name
// of a storm of the document, alone or after its storm word.
func dropStorms(s *docSent, storms map[string]bool) {
	for k := len(s.spans) - 1; k >= 0; k-- {
		sp := s.spans[k]
		a := sp.Start
		if sp.End-a == 2 && stormWords[s.infos[a].lw] {
			a++
		}
		if sp.Type != "PER" || sp.End-a != 1 || !storms[s.infos[a].lw] {
			continue
		}
		s.spans = slices.Delete(s.spans, k, k+1)
		s.scores = slices.Delete(s.scores, k, k+1)
	}
}

// initialism returns the capitals of a name of two to six words, links
// skipped ("Coalition Provisional Authority" → "CPA", "Bank of England" →
// "BE"), or "" if a word is neither capitalised nor a link.
func initialism(words []tokInfo) string {
	var b []byte
	for i := range words {
		t := &words[i]
		switch {
		case nameLinks[t.lw] && i > 0 && i < len(words)-1:
		case t.cap == capInit && t.w[0] >= 'A' && t.w[0] <= 'Z' && len(t.w) > 1:
			b = append(b, t.w[0])
		default:
			return ""
		}
	}
	if len(b) < 2 || len(b) > 6 {
		return ""
	}
	return string(b)
}

// signOff returns the index of a sentence's only word if the sentence is
// a sign-off by initials: one word of two or three ASCII letters, with
// punctuation around it at most ("dp", "-GT").
func signOff(infos []tokInfo) (int, bool) {
	at := -1
	for i := range infos {
		if isPunct(infos[i].w) {
			continue
		}
		if at >= 0 {
			return 0, false
		}
		at = i
	}
	if at < 0 || len(infos[at].w) < 2 || len(infos[at].w) > 3 {
		return 0, false
	}
	for _, c := range []byte(infos[at].lw) {
		if c < 'a' || c > 'z' {
			return 0, false
		}
	}
	return at, true
}
