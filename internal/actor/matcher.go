package actor

import "strings"

// matcher is a trie over normalised words. Nodes are numbers; an edge is a
// (node, word id) pair in one hash map, so building and walking allocate
// little. Each final node lists the forms that end there.
type matcher struct {
	vocab  map[string]uint32 // normalised word → id (1-based)
	edges  map[uint64]uint32 // node<<32 | word id → child node
	nodes  uint32            // node count; node 0 is the root
	final  map[uint32][]hit  // node → forms ending there
	maxLen int               // longest form, in words
}

// hit is one form of one entry ending at a trie node.
type hit struct {
	entry int32  // index into Knowledge.entries
	caps  bool   // the form only matches words in capitals
	cased uint32 // bit i: word i must start with a capital (it does in the dictionary)
	words uint8  // number of words
	form  uint16 // index into the entry's Forms of the form that matched
}

// maxFormWords bounds the words of a form, so that matching is linear.
const maxFormWords = 24

func newMatcher() *matcher {
	return &matcher{
		vocab: make(map[string]uint32, 1<<16),
		edges: make(map[uint64]uint32, 1<<17),
		nodes: 1,
		final: make(map[uint32][]hit, 1<<16),
	}
}

// add inserts a form given as normalised words.
func (m *matcher) add(keys []string, h hit) {
	if len(keys) == 0 || len(keys) > maxFormWords {
		return
	}
	ids := make([]uint32, len(keys))
	for i, k := range keys {
		ids[i] = m.word(k)
	}
	m.addIDs(ids, h)
}

// word returns the id of a normalised word, adding it if new.
func (m *matcher) word(k string) uint32 {
	id, ok := m.vocab[k]
	if !ok {
		id = uint32(len(m.vocab) + 1)
		m.vocab[k] = id
	}
	return id
}

// addText inserts a form given as text, allocating only for new words.
func (m *matcher) addText(text string, h hit, ids []uint32, toks []token) ([]uint32, []token) {
	ids = ids[:0]
	var buf []byte
	toks = tokenize(text, 0, len(text), toks[:0], m.vocab, false)
	h.cased = casedMask(text, toks)
	for _, t := range toks {
		id := t.id
		if id == 0 {
			buf = buf[:0]
			for _, r := range text[t.start:t.end] {
				if isWordRune(r) {
					buf = foldAppend(buf, r)
				}
			}
			id = m.word(string(buf))
		}
		ids = append(ids, id)
	}
	if len(ids) > 0 && len(ids) <= maxFormWords {
		m.addIDs(ids, h)
	}
	return ids, toks
}

// casedMask marks the words of a form written with a capital: in text they
// must be capitalised too ("Le Monde" the newspaper, not "le monde"; "État"
// the state, not "état de santé"). A leading article or particle of a
// longer form is free ("al-Qaïda", "la Gendarmerie royale"), and forms
// written all in capitals (PETRARCH's, or AFP) are not cased this way.
func casedMask(text string, toks []token) uint32 {
	if allCaps(text) {
		return 0
	}
	var mask uint32
	for i, t := range toks {
		if i >= 32 {
			break
		}
		if !t.capital {
			continue
		}
		if i == 0 && len(toks) > 1 && leadingParticles[strings.ToLower(text[t.start:t.end])] {
			continue
		}
		mask |= 1 << i
	}
	return mask
}

var leadingParticles = set("le la les l the al el an a de d des du")

// addIDs inserts a form given as word ids.
func (m *matcher) addIDs(ids []uint32, h hit) {
	node := uint32(0)
	for _, id := range ids {
		e := uint64(node)<<32 | uint64(id)
		child, ok := m.edges[e]
		if !ok {
			child = m.nodes
			m.nodes++
			m.edges[e] = child
		}
		node = child
	}
	h.words = uint8(len(ids))
	for _, old := range m.final[node] {
		if old.entry == h.entry && old.caps == h.caps && old.cased&h.cased == old.cased {
			return // an existing form of the entry is as permissive
		}
	}
	m.final[node] = append(m.final[node], h)
	if len(ids) > m.maxLen {
		m.maxLen = len(ids)
	}
}
