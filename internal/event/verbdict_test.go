package event

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/vigie-events/vigie/internal/testshared"
)

// knownDefects are the malformed lines of the shipped dictionaries: each is
// reported and skipped (PETRARCH reads them silently, and wrongly).
var knownDefects = map[string][]string{
	"CAMEO.2.0.txt": {
		"2374: unexpected ')'",                  // "(WITH VISIT)   VISIT)[042:043]": a stray "VISIT)"
		"7606: unexpected ')'",                  // "ATTACK (ON ^)   ^)[111]": a stray "^)"
		"8443: undefined synset &WEATHER",       // never defined
		"8444: undefined synset &DEMONSTRATION", // never defined
	},
	"PETR.Validate.verbs.txt": nil,
	"PETR_Validate_verbs_2_02.txt": {
		"390: undefined synset &DEFENSE",
		"400: undefined synset &PKO",
		"402: undefined synset &PKO",
		"425: undefined synset &REFUGEE",
		`463: verb "* (TO QUESTION)": bad character in "*"`, // a pattern without its '-'
		"808: undefined synset &SECURITY",
	},
}

func TestReadVerbDictShared(t *testing.T) {
	tests := []struct {
		path    string
		dialect Dialect
		want    Stats
	}{
		{"data/eventdata/petrarch2/CAMEO.2.0.txt", PETRARCH2, Stats{Synsets: 40, Blocks: 397, Verbs: 1817, Patterns: 4664, Transforms: 8}},
		{"data/eventdata/petrarch2/PETR.Validate.verbs.txt", TABARI, Stats{Synsets: 17, Blocks: 261, Verbs: 269, Patterns: 474}},
		{"data/eventdata/universal-petrarch/PETR_Validate_verbs_2_02.txt", PETRARCH2, Stats{Synsets: 30, Blocks: 69, Verbs: 127, Patterns: 353}},
	}
	for _, tc := range tests {
		name := tc.path[strings.LastIndexByte(tc.path, '/')+1:]
		t.Run(name, func(t *testing.T) {
			d, err := ReadVerbFile(testshared.Path(t, tc.path))
			var have []string
			var el ErrorList
			if errors.As(err, &el) {
				for _, e := range el {
					if e.File != name {
						t.Errorf("error names file %q", e.File)
					}
					have = append(have, fmt.Sprintf("%d: %s", e.Line, e.Msg))
				}
			} else if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(have, knownDefects[name]) {
				t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(have, "\n"), strings.Join(knownDefects[name], "\n"))
			}
			if d.Dialect != tc.dialect {
				t.Errorf("dialect %v, want %v", d.Dialect, tc.dialect)
			}
			if s := d.Stats(); s != tc.want {
				t.Errorf("stats %+v, want %+v", s, tc.want)
			}
			for _, b := range d.Blocks {
				for _, p := range b.Patterns {
					if p.VerbIndex() < 0 {
						t.Errorf("line %d: no verb", p.Line)
					}
					checkSynsets(t, d, p.Elements, p.Line)
				}
			}
		})
	}
}

func checkSynsets(t *testing.T, d *VerbDict, es []Element, line int) {
	t.Helper()
	for _, e := range es {
		if e.Kind == ElemSynset && d.Synsets[e.Text] == nil {
			t.Errorf("line %d: unresolved synset %s", line, e.Text)
		}
		checkSynsets(t, d, e.Children, line)
	}
}

func TestReadVerbDictDetails(t *testing.T) {
	d, err := ReadVerbFile(testshared.Path(t, "data/eventdata/petrarch2/CAMEO.2.0.txt"))
	var el ErrorList
	if err != nil && !errors.As(err, &el) {
		t.Fatal(err)
	}
	var cancel *VerbBlock
	for _, b := range d.Blocks {
		if b.Meaning == "CANCEL" {
			cancel = b
		}
	}
	if cancel == nil {
		t.Fatal("no CANCEL block")
	}
	if !cancel.Code.IsNull() {
		t.Errorf("CANCEL code %v, want null", cancel.Code)
	}
	v := cancel.Verbs[0]
	if v.Lemma() != "CALL" || strings.Join(v.Particles(), " ") != "OFF" || v.Code.Active != "160" || !v.OwnCode {
		t.Errorf("first CANCEL verb %+v", v)
	}
	var quit Verb
	for _, v := range cancel.Verbs {
		if v.Lemma() == "QUIT" {
			quit = v
		}
	}
	if strings.Join(quit.Forms, ",") != "QUITS,QUITTING" {
		t.Errorf("QUIT forms %q", quit.Forms)
	}
	// - * TALKS                                             [164:164]     # END
	found := false
	for _, p := range cancel.Patterns {
		if p.String() == "- ABRUPTLY * TALKS [164:164]" && p.Comment == "END" {
			found = true
		}
	}
	if !found {
		t.Error("pattern ABRUPTLY * TALKS [164:164] not found")
	}
	if s := d.Synsets["&CURRENCY"]; s == nil || len(s.Members) < 50 || s.NoPlural {
		t.Errorf("&CURRENCY = %+v", s)
	}
	if s := d.Synsets["&AUXVERB1"]; s == nil || !s.NoPlural {
		t.Errorf("&AUXVERB1_ = %+v", s)
	}
	if tr := d.Transforms[0]; tr.Pattern != "a (a b ATTACK) SAY" || tr.Result != "a b 015" {
		t.Errorf("transform %+v", tr)
	}
}

func TestReadVerbDictTABARI(t *testing.T) {
	d, err := ReadVerbFile(testshared.Path(t, "data/eventdata/petrarch2/PETR.Validate.verbs.txt"))
	if err != nil {
		t.Fatal(err)
	}
	blocks := map[string]*VerbBlock{}
	for _, b := range d.Blocks {
		blocks[b.Meaning] = b
	}
	// --- ABANDON [345] ---  KLM_NOP_+RST [002]
	ab := blocks["ABANDON"]
	if ab == nil || len(ab.Verbs) != 4 {
		t.Fatalf("ABANDON = %+v", ab)
	}
	if v := ab.Verbs[2]; strings.Join(v.Prefix(), " ") != "KLM NOP" || v.Lemma() != "RST" || v.Code.Active != "002" {
		t.Errorf("KLM_NOP_+RST = %+v", v)
	}
	// - * NEW_&TIETYPES_RELATIONS [903]: the synset is split off.
	if p := ab.Patterns[0]; p.String() != "- * NEW_&TIETYPES_RELATIONS [903]" || len(p.Elements) != 4 ||
		p.Elements[2].Kind != ElemSynset || !p.Elements[3].Adjacent {
		t.Errorf("pattern = %s %+v", p.String(), p.Elements)
	}
	// --- DELAY [120] [031:031] --- : the first code.
	if b := blocks["DELAY"]; b == nil || b.Code.Active != "120" {
		t.Errorf("DELAY = %+v", b)
	}
	// --- LASH OUT [122] ---  LASH OUT
	if b := blocks["LASH OUT"]; b == nil || b.Verbs[0].Lemma() != "LASH" || b.Verbs[0].Particles()[0] != "OUT" {
		t.Errorf("LASH OUT = %+v", b)
	}
	// - SO IN_AND_*_OUT_AGAIN NOW [074]
	if b := blocks["ACKNOWLEDGE"]; b == nil || !b.Patterns[0].Elements[b.Patterns[0].VerbIndex()].Adjacent {
		t.Errorf("ACKNOWLEDGE = %+v", b)
	}
	if s := d.Synsets["&ACCORDSYN"]; s == nil || s.Members[0][0].Kind != ElemSynset {
		t.Errorf("&ACCORDSYN = %+v", s)
	}
}

// TestReadVerbDictErrors injects malformed lines: each is reported with its
// file, line and reason, and the rest loads.
func TestReadVerbDictErrors(t *testing.T) {
	in := strings.Join([]string{
		"&SYN",                        // 1
		"+ONE",                        // 2
		"+(TO THE END)",               // 3
		"- * NOBLOCK [010]",           // 4: pattern outside a block
		"--- MEET [040] ---",          // 5
		"MEET",                        // 6
		"- * TALKS [046]",             // 7 ok
		"- * TALKS",                   // 8: no code
		"- TALKS [046]",               // 9: no '*'
		"- * * TALKS [046]",           // 10: two verbs
		"- * (WITH + [046]",           // 11: unclosed
		"- * &NOPE [046]",             // 12: undefined synset
		"- * &SYN_AGAIN [046]",        // 13 ok: split
		"- * {A | B C} [046:043]",     // 14 ok: alternatives
		"- * [] ",                     // 15: empty code
		"- * +X [046]",                // 16: marker joined to word
		"MEET {MET MEETING",           // 17: unclosed forms
		"+CALL_+OFF",                  // 18: two '+'
		"--- [010] ---",               // 19: no meaning
		"- * TALKS [046]",             // 20: pattern outside a block (after a bad header)
		"<!-- a comment",              // 21
		"- * BROKEN [",                // 22 (inside the comment)
		"-->",                         // 23
		"--- EMPTY [010] ---",         // 24: no verbs
		"--- OK ---",                  // 25
		"GREET  # comment",            // 26
		"- $ * + (IN ^) [043] # host", // 27 ok
		"~ a (a b ATTACK) SAY",        // 28: transformation without '='
	}, "\n")
	d, err := ReadVerbDict("bad.verbs", strings.NewReader(in))
	var el ErrorList
	if !errors.As(err, &el) {
		t.Fatalf("err = %v", err)
	}
	want := []string{
		"bad.verbs:4: pattern outside a verb block",
		"bad.verbs:8: missing [code] at the end of the pattern",
		"bad.verbs:9: no verb position '*'",
		"bad.verbs:10: 2 verb positions '*', want one",
		"bad.verbs:11: missing ')'",
		"bad.verbs:12: undefined synset &NOPE",
		"bad.verbs:15: empty [code]",
		"bad.verbs:16: '+' joined to a word",
		"bad.verbs:17: verb: '{' without '}'",
		"bad.verbs:18: verb \"+CALL_+OFF\": two words marked '+'",
		"bad.verbs:19: block header without a meaning",
		"bad.verbs:20: pattern outside a verb block",
		"bad.verbs:24: verb block \"EMPTY\" has no verbs",
		"bad.verbs:28: transformation without '='",
	}
	var have []string
	for _, e := range el {
		have = append(have, fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg))
	}
	if !reflect.DeepEqual(have, want) {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(have, "\n"), strings.Join(want, "\n"))
	}
	if !strings.HasPrefix(err.Error(), "event: bad.verbs:4: pattern outside a verb block (and 13 more errors)") {
		t.Errorf("Error() = %q", err.Error())
	}
	s := d.Stats()
	if s.Blocks != 3 || s.Patterns != 4 || s.Verbs != 2 {
		t.Errorf("stats %+v, want 3 blocks, 4 patterns, 2 verbs", s)
	}
}

func TestParsePattern(t *testing.T) {
	tests := []struct {
		in    string
		out   string // String(); "" when it is the error case
		err   string
		kinds []ElemKind
	}{
		{"- * TALKS (WITH +) [164]  # END", "- * TALKS (WITH +) [164]", "", []ElemKind{ElemVerb, ElemWord, ElemPrep}},
		{"- $ * + [042:043]", "- $ * + [042:043]", "", []ElemKind{ElemSource, ElemVerb, ElemTarget}},
		{"- * OFF (FROM ^)  [042]", "- * OFF (FROM ^) [042]", "", []ElemKind{ElemVerb, ElemWord, ElemPrep}},
		{"- % &AIRCRAFT * [062:062]", "- % &AIRCRAFT * [062:062]", "", []ElemKind{ElemCompound, ElemSynset, ElemVerb}},
		{"- * {FACT-FINDING MISSION} [090]", "- * {FACT-FINDING MISSION} [090]", "", []ElemKind{ElemVerb, ElemPhrase}},
		{"- * (TO {BANNED PARTIES}) $ [1722]", "- * (TO {BANNED PARTIES}) $ [1722]", "", []ElemKind{ElemVerb, ElemPrep, ElemSource}},
		{"- SO IN_AND_*_OUT_AGAIN NOW [074]", "- SO IN_AND_*_OUT_AGAIN NOW [074]", "", nil},
		{"- * OFF_  [195]  # tony", "- * OFF_ [195]", "", nil},
		{"- *SCEPTICAL [012]", "- * SCEPTICAL [012]", "", nil},
		{"- * {A | B C} [046]", "- * {A | B C} [046]", "", []ElemKind{ElemVerb, ElemAlt}},
		{"- * DIPLXMATIC  [###]  # x", "- * DIPLXMATIC [###]", "", nil},
		{"- * X [:173]", "- * X [:173]", "", nil},
		{"* X [010]", "- * X [010]", "", nil},
		{"- * X ; comment [010]", "", "missing [code]", nil},
		{"- * X [010", "", "missing [code]", nil},
		{"- * X [01 0]", "", "bad character", nil},
		{"- * X [010:]", "", "empty passive code", nil},
		{"- X [010]", "", "no verb", nil},
		{"- * X * [010]", "", "2 verb positions", nil},
		{"- * (X * ) [010]", "", "'*' inside brackets", nil},
		{"- * {X (Y)} [010]", "", "'(' inside brackets", nil},
		{"- * {X {Y}} [010]", "", "'{' inside", nil},
		{"- * () [010]", "", "not followed by a preposition", nil},
		{"- * {} [010]", "", "empty", nil},
		{"- * {A |} [010]", "", "empty", nil},
		{"- * X) [010]", "", "unexpected ')'", nil},
		{"- * X | Y [010]", "", "unexpected '|'", nil},
		{"- _X * [010]", "", "nothing before", nil},
		{"- X_ _Y * [010]", "", "nothing before", nil},
		{"- X__Y * [010]", "", "nothing before", nil},
		{"- & * [010]", "", "without a synset name", nil},
		{"--- X [010] ---", "", "block header", nil},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			p, err := ParsePattern(tc.in)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("err = %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if s := p.String(); s != tc.out {
				t.Errorf("String() = %q, want %q", s, tc.out)
			}
			if tc.kinds != nil {
				var kinds []ElemKind
				for _, e := range p.Elements {
					kinds = append(kinds, e.Kind)
				}
				if !reflect.DeepEqual(kinds, tc.kinds) {
					t.Errorf("kinds %v, want %v", kinds, tc.kinds)
				}
			}
		})
	}
}

// FuzzParsePattern checks that ParsePattern never panics and that what it
// accepts round-trips: parse, write, parse gives the same pattern.
func FuzzParsePattern(f *testing.F) {
	for _, s := range []string{
		"- * TALKS (WITH +) [164]  # END", "- $ * + [042:043]", "- % &AIRCRAFT * [062:062]",
		"- * (TO {BANNED PARTIES}) $ [1722]", "- SO IN_AND_*_OUT_AGAIN NOW [074]", "- * OFF_ [195]",
		"- * {A | B C} [046]", "- * {A_} [1]", "- (IN_X) * [2]", "- + KNOWN_ * IN_ $  [076]",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePattern(s)
		if err != nil {
			return
		}
		out := p.String()
		q, err := ParsePattern(out)
		if err != nil {
			t.Fatalf("%q → %q: %v", s, out, err)
		}
		q.Comment = p.Comment
		if !reflect.DeepEqual(p, q) {
			t.Fatalf("%q → %q: %+v != %+v", s, out, p, q)
		}
	})
}

// FuzzReadVerbDict checks that no input makes the reader panic.
func FuzzReadVerbDict(f *testing.F) {
	f.Add("&S\n+A\n+(TO B)\n--- X [010] ---\nX {XS}\n+Y_Z [011]\n- * &S_W [012]\n~ a = b\n<!--\n-->\n")
	f.Add("--- A ---\nA\n- * {B | C} (D ^) [---]\n")
	f.Fuzz(func(t *testing.T, s string) {
		d, _ := ReadVerbDict("fuzz", strings.NewReader(s))
		if d == nil {
			t.Fatal("nil dictionary")
		}
		for _, b := range d.Blocks {
			for _, p := range b.Patterns {
				if p.VerbIndex() < 0 {
					t.Fatalf("pattern without verb: %+v", p)
				}
			}
		}
	})
}

func BenchmarkParsePattern(b *testing.B) {
	const line = "- $ * {&MILITARY COOPERATION} (WITH +) (IN ^) [062:062]   # SIGN"
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParsePattern(line); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadVerbDict(b *testing.B) {
	data, err := os.ReadFile(testshared.Path(b, "data/eventdata/petrarch2/CAMEO.2.0.txt"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		_, _ = ReadVerbDict("CAMEO.2.0.txt", strings.NewReader(string(data)))
	}
}
