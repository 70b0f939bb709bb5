package coref

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/vigie-events/vigie/internal/doc"
)

// finish orders the entities by first mention, numbers them and writes
// their names, codes and mention kinds.
func (r *resolver) finish() []Entity {
	order := make([]int, 0, len(r.ents))
	for id, e := range r.ents {
		if len(e.mentions) == 0 {
			continue
		}
		slices.SortStableFunc(e.mentions, func(a, b mention) int {
			return cmp.Or(cmp.Compare(a.Span.Start, b.Span.Start), cmp.Compare(a.Span.End, b.Span.End))
		})
		e.mentions = slices.CompactFunc(e.mentions, func(a, b mention) bool { return a.Span == b.Span })
		order = append(order, id)
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Compare(r.ents[a].mentions[0].Span.Start, r.ents[b].mentions[0].Span.Start)
	})
	ids := make([]string, len(r.ents))
	for n, id := range order {
		ids[id] = "e" + strconv.Itoa(n+1)
	}
	out := make([]Entity, 0, len(order))
	for _, id := range order {
		e := r.ents[id]
		x := Entity{ID: ids[id], Type: e.typ, Mentions: make([]Mention, 0, len(e.mentions))}
		code, ok := e.code, e.hasCode
		if !ok && e.hasDesc {
			code, ok = e.descCode, true
		}
		if ok {
			x.Code, x.Wikidata, x.Confidence, x.Evidence = code.Code, code.Wikidata, code.Confidence, code.Evidence
		}
		multi, full := false, false
		for _, m := range e.mentions {
			if m.Kind == KindName {
				multi = multi || strings.ContainsAny(m.Text, " \u00a0")
				full = full || !isAcronym(m.Text)
			}
		}
		for _, m := range e.mentions {
			if m.Kind == KindName {
				switch {
				case e.typ == "PER" && multi && !strings.ContainsAny(m.Text, " \u00a0"):
					m.Kind = KindSurname
				case e.typ == "ORG" && full && isAcronym(m.Text):
					m.Kind = KindAcronym
				}
			}
			for _, w := range m.with {
				m.With = append(m.With, ids[w])
			}
			x.Mentions = append(x.Mentions, m.Mention)
		}
		x.Name = r.name(e, code.Name, ok)
		out = append(out, x)
	}
	return out
}

// name is an entity's canonical name: for a person the dictionary knows
// (by one of the entity's names: not "the Kremlin spokesman Dmitry
// Peskov", coded by the Kremlin), its name there ("Kais Saied" for "Kais
// Ssaied"); for a nationality the dictionary's lemma; else the longest
// name mention, without its article.
func (r *resolver) name(e *ent, dict string, coded bool) string {
	if coded && dict != "" {
		switch e.typ {
		case "PER":
			for _, ev := range e.code.Evidence {
				switch ev.Kind {
				case "office", "name-variant", "surname", "dictionary":
					if ev.Span.Len() > 0 && e.names(ev.Span) {
						return dict
					}
				}
			}
		case "NORP":
			return dict
		}
	}
	best := ""
	for _, m := range e.mentions {
		if m.Kind != KindName && m.Kind != KindSurname && m.Kind != KindAcronym {
			continue
		}
		if s := stripArticle(m.Text); len(s) > len(best) {
			best = s
		}
	}
	if best == "" && len(e.mentions) > 0 {
		best = e.mentions[0].Text
	}
	return best
}

// Ref is one mention of one entity.
type Ref struct {
	Entity  *Entity
	Mention *Mention
}

// Index finds the entities that spans of text refer to, so that a later
// stage can code a pronoun or a description by its entity. A plural
// mention ("Ils") gives one Ref per entity.
type Index struct {
	refs []Ref // by mention start, then end
}

// NewIndex indexes the mentions of ents. The index points into ents, which
// must not change while it is used.
func NewIndex(ents []Entity) *Index {
	ix := &Index{}
	for i := range ents {
		for j := range ents[i].Mentions {
			ix.refs = append(ix.refs, Ref{Entity: &ents[i], Mention: &ents[i].Mentions[j]})
		}
	}
	slices.SortStableFunc(ix.refs, func(a, b Ref) int {
		return cmp.Or(cmp.Compare(a.Mention.Span.Start, b.Mention.Span.Start), cmp.Compare(a.Mention.Span.End, b.Mention.Span.End))
	})
	return ix
}

// At returns the mentions whose span is exactly span.
func (ix *Index) At(span doc.Span) []Ref {
	var out []Ref
	for _, ref := range ix.Within(span) {
		if ref.Mention.Span == span {
			out = append(out, ref)
		}
	}
	return out
}

// Within returns the mentions that lie inside span, in text order.
func (ix *Index) Within(span doc.Span) []Ref {
	i, _ := slices.BinarySearchFunc(ix.refs, span.Start, func(ref Ref, off int) int { return cmp.Compare(ref.Mention.Span.Start, off) })
	var out []Ref
	for ; i < len(ix.refs) && ix.refs[i].Mention.Span.Start < span.End; i++ {
		if ix.refs[i].Mention.Span.End <= span.End {
			out = append(out, ix.refs[i])
		}
	}
	return out
}

// names reports whether span overlaps one of e's name mentions (the
// office evidence "Jean-Yves Le Drian" of a mention "Drian" does).
func (e *ent) names(span doc.Span) bool {
	for _, m := range e.mentions {
		if (m.Kind == KindName || m.Kind == KindSurname) && m.Span.Start < span.End && span.Start < m.Span.End {
			return true
		}
	}
	return false
}
