package entity

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
func docRules(doc []docSent) {
	names := map[string]float64{} // word → score of its best full-name mention
	type def struct {
		typ   string
		score float64
	}
	acronyms := map[string]def{}
	for _, s := range doc {
		for k, sp := range s.spans {
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
	if len(names) == 0 && len(acronyms) == 0 {
		return
	}
	for k := range doc {
		s := &doc[k]
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
		ss := spanSet{s.spans, s.scores}
		for i := 0; i < len(s.infos); i++ {
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
