package actor

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/vigie-events/vigie/internal/testshared"
)

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func TestParseActorsBlocks(t *testing.T) {
	src := `<!-- a comment
spanning lines -->
# comment
GRAND_DUCHY_  [GDY]
+THE_DUCHY_ +DUCHY_OF_WHEREVER   # two synonyms on one line
DUKE_ALPHONSE_  # dated codes
+ALPHONSE_
	[GDYELI <19990101]
	[GDYGOV 19990101-20101231]
	[GDYELI >110101]
COUNT_BERTRAND_
BERTRAND_THE_BOLD
	[GDYMIL]
RIVAL_PARTY_ [GDYOPP 900101-901231] [GDYPTY]
`
	es, errs := ParseActors("test.actors", strings.NewReader(src))
	if err := errs.Err(); err != nil {
		t.Fatalf("unexpected errors: %v", err)
	}
	if len(es) != 4 {
		t.Fatalf("got %d entries, want 4: %+v", len(es), es)
	}
	if got := len(es[0].Forms); got != 3 {
		t.Errorf("GRAND_DUCHY forms = %d, want 3 (two synonyms on one line)", got)
	}
	if got := len(es[2].Forms); got != 2 {
		t.Errorf("consecutive phrases without codes share the block: %d forms, want 2", got)
	}
	duke := es[1]
	tests := []struct {
		date time.Time
		want string
	}{
		{day(1990, 5, 1), "GDYELI"},
		{day(1999, 1, 1), "GDYELI"}, // "<" includes the day, and comes first
		{day(2005, 6, 1), "GDYGOV"},
		{day(2011, 1, 1), "GDYELI"},
	}
	for _, tt := range tests {
		t.Run(tt.date.Format("2006-01-02"), func(t *testing.T) {
			c, ok := duke.CodeAt(dayOf(tt.date))
			if !ok || c.Code != tt.want {
				t.Errorf("CodeAt(%s) = %q, want %q", tt.date.Format("2006-01-02"), c.Code, tt.want)
			}
		})
	}
	rival := es[3]
	if c, _ := rival.CodeAt(dayOf(day(1990, 6, 1))); c.Code != "GDYOPP" {
		t.Errorf("inline dated code: got %q, want GDYOPP", c.Code)
	}
	if c, _ := rival.CodeAt(dayOf(day(2000, 6, 1))); c.Code != "GDYPTY" {
		t.Errorf("default after inline dated code: got %q, want GDYPTY", c.Code)
	}
}

func TestParseActorsErrors(t *testing.T) {
	src := strings.Join([]string{
		"+ORPHAN_SYNONYM",              // 1: synonym before any actor
		"GOOD_ONE_ [AAA]",              // 2
		"\t[AAAGOV 2001301-020101]",    // 3: bad date
		"\t[AAAMIL",                    // 4: no closing bracket
		"\t[950601-990815]",            // 5: no code, only dates
		"NO_CODE_AT_ALL",               // 6: no code (the next line has its own)
		"SECOND_GOOD [BBB]",            // 7
		"\t[BBBGOV 20100101-20090101]", // 8: end before start
		"\tstray text",                 // 9: indented, not a code block
		"THIRD_GOOD [CCC]",             // 10
	}, "\n")
	es, errs := ParseActors("bad.actors", strings.NewReader(src))
	want := []struct {
		line int
		msg  string
	}{
		{1, "synonym"},
		{3, "not YYMMDD or YYYYMMDD"},
		{4, "no closing"},
		{5, "no valid code"},
		{6, "has no code"},
		{8, "end date before start date"},
		{9, "neither a code block nor a synonym"},
	}
	errs.Sort()
	if len(errs) != len(want) {
		t.Fatalf("got %d errors, want %d:\n%v", len(errs), len(want), errList(errs))
	}
	for i, w := range want {
		e := errs[i]
		if e.File != "bad.actors" || e.Line != w.line || !strings.Contains(e.Msg, w.msg) {
			t.Errorf("error %d = %v, want bad.actors:%d …%s…", i, e, w.line, w.msg)
		}
		if !strings.HasPrefix(e.Error(), "actor: bad.actors:") {
			t.Errorf("error %q lacks the package and file prefix", e.Error())
		}
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name)
	}
	if got := strings.Join(names, ","); got != "GOOD ONE,SECOND GOOD,THIRD GOOD" {
		t.Errorf("loaded %q, want the three good actors", got)
	}
	var el ErrorList
	if !errors.As(errs.Err(), &el) {
		t.Errorf("Err() is not an ErrorList")
	}
	if (ErrorList{}).Err() != nil {
		t.Errorf("empty ErrorList.Err() is not nil")
	}
}

func errList(l ErrorList) string {
	var b strings.Builder
	for _, e := range l {
		b.WriteString(e.Error())
		b.WriteByte('\n')
	}
	return b.String()
}

func TestParseAgents(t *testing.T) {
	src := `!PERSON! = MAN, WOMAN
!MINIST! = MINISTER, MINISTRY
AMBASSADOR [~GOV]
POLICE {} [~COP]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
CONGRESS!PERSON! [~LEG]
!MINIST!_OF_DEFENSE [~GOVMIL]
PEACEKEEPING_TROOPS {} [IGO~]
SECRETARY [~GOV]
NO_CODE_HERE
BAD {PLURAL [~GOV]
!UNKNOWN!_THING [~GOV]
`
	es, errs := ParseAgents("test.agents", strings.NewReader(src))
	errs.Sort()
	if len(errs) != 3 || errs[0].Line != 10 || errs[1].Line != 11 || errs[2].Line != 12 {
		t.Errorf("errors = %v, want lines 10, 11, 12", errList(errs))
	}
	forms := map[string]string{}
	for _, e := range es {
		for _, f := range e.Forms {
			forms[f.Text] = e.Codes[0].Code
		}
	}
	want := map[string]string{
		"AMBASSADOR": "~GOV", "AMBASSADORS": "~GOV", // regular plural
		"POLICE": "~COP", "ATTORNEYS GENERAL": "~GOV",
		"CONGRESSMAN": "~LEG", "CONGRESSWOMAN": "~LEG",
		"MINISTER OF DEFENSE": "~GOVMIL", "MINISTRY OF DEFENSE": "~GOVMIL",
		"PEACEKEEPING TROOPS": "IGO~", "SECRETARIES": "~GOV",
	}
	for f, c := range want {
		if forms[f] != c {
			t.Errorf("form %q → %q, want %q", f, forms[f], c)
		}
	}
	if _, ok := forms["POLICES"]; ok {
		t.Errorf("{} must suppress the plural")
	}
}

func TestCombine(t *testing.T) {
	tests := []struct{ actor, agent, want string }{
		{"TUN", "~GOVMIL", "TUNGOVMIL"},
		{"USAGOV", "~GOVMIL", "USAGOVMIL"},
		{"FRA", "IGO~", "IGOFRA"},
		{"MAR", "~COP", "MARCOP"},
	}
	for _, tt := range tests {
		t.Run(tt.actor+tt.agent, func(t *testing.T) {
			if got := combine(tt.actor, tt.agent); got != tt.want {
				t.Errorf("combine(%q, %q) = %q, want %q", tt.actor, tt.agent, got, tt.want)
			}
		})
	}
}

// TestPetrarchValidation loads PETRARCH's validation dictionaries and checks
// their date-restricted actors (the suite's DATE records).
func TestPetrarchValidation(t *testing.T) {
	actors := testshared.Path(t, "data/eventdata/petrarch2/PETR.Validate.actors.txt")
	agents := testshared.Path(t, "data/eventdata/petrarch2/PETR.Validate.agents.txt")
	k := New()
	if err := k.LoadPetrarch(actors, agents); err != nil {
		// its two deliberately bad code blocks are commented out
		t.Fatalf("LoadPetrarch: %v", err)
	}
	tests := []struct {
		text string
		date time.Time
		want string
	}{
		{"Sam Gamgee arrived", day(2007, 5, 1), "HOBCIV"},
		{"Sam Gamgee arrived", day(2009, 5, 1), "HOBMIL"},
		{"Sam Gamgee arrived", day(2010, 1, 10), "ORCHOB"}, // first matching restriction wins
		{"Sam Gamgee arrived", day(2012, 12, 1), "HOBGOV"},
		{"Sam Gamgee arrived", day(2014, 1, 1), "HOBELI"},
		{"Gollum arrived", day(1990, 1, 1), "HOB"},
		{"Smeagol arrived", day(1997, 1, 1), "HOBGOV"},
		{"Gollum arrived", day(2001, 1, 1), "HOBREB"},
		{"the Israeli troops", day(2001, 1, 1), "ISRMIL"},
		{"Interpol said", day(2001, 1, 1), "IGOCOPITP"},
	}
	for _, tt := range tests {
		t.Run(tt.text+tt.date.Format("2006"), func(t *testing.T) {
			ms := k.Find(tt.text, tt.date, "en")
			if len(ms) == 0 || ms[0].Code != tt.want {
				t.Errorf("Find(%q, %s) = %+v, want %s", tt.text, tt.date.Format("2006-01-02"), ms, tt.want)
			}
		})
	}
	universal := testshared.Path(t, "data/eventdata/universal-petrarch/PETR_Validate_actors_2_02.txt")
	uagents := testshared.Path(t, "data/eventdata/universal-petrarch/PETR_Validate_agents_2_02.txt")
	if err := New().LoadPetrarch(universal, uagents); err != nil {
		t.Errorf("universal-petrarch dictionaries: %v", err)
	}
}

// TestPhoenixDictionaries parses every Phoenix dictionary and checks that
// almost every line loads (the files hold a few known-bad lines).
func TestPhoenixDictionaries(t *testing.T) {
	for _, name := range phoenixFiles {
		t.Run(name, func(t *testing.T) {
			p := testshared.Path(t, "data/eventdata/petrarch2/"+name)
			f, err := os.Open(p)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			var es []*Entry
			var errs ErrorList
			if strings.Contains(name, "agents") {
				es, errs = ParseAgents(name, f)
			} else {
				es, errs = ParseActors(name, f)
			}
			if len(es) < 500 || len(errs) > 20 {
				t.Errorf("%d entries, %d errors", len(es), len(errs))
			}
		})
	}
}

func FuzzParseActors(f *testing.F) {
	for _, s := range []string{
		"FOO_ [ABC]\n+BAR\n\t[ABCGOV 990101-000101]\n",
		"X [A <1]\n\t[B >20200101]\n<!-- x\n-->Y [C]",
		"\t[", "+", "[]", "A [B C-D]", "A\n\t[---]\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		es, errs := ParseActors("fuzz", strings.NewReader(s))
		lines := strings.Count(s, "\n") + 1
		for _, e := range errs {
			if e.Line < 1 || e.Line > lines+1 {
				t.Fatalf("error line %d outside 1..%d", e.Line, lines+1)
			}
		}
		for _, e := range es {
			if len(e.Forms) == 0 || len(e.Codes) == 0 {
				t.Fatalf("entry without forms or codes: %+v", e)
			}
			for _, c := range e.Codes {
				if c.To != 0 && c.To < c.From {
					t.Fatalf("code %+v ends before it starts", c)
				}
			}
		}
	})
}

func FuzzParseAgents(f *testing.F) {
	for _, s := range []string{
		"!P! = A, B\nX!P! [~GOV]\n", "A {B} [~C]", "A {} [IGO~]", "!X", "A {", "A [~", "!A! =",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		es, _ := ParseAgents("fuzz", strings.NewReader(s))
		for _, e := range es {
			if len(e.Forms) == 0 || !strings.Contains(e.Codes[0].Code, "~") {
				t.Fatalf("bad agent entry %+v", e)
			}
		}
	})
}

// TestParseActorsKosovo: Phoenix writes Kosovo KSV; vigie's dictionaries
// write XKX, and a user's PETRARCH dictionary is read the same way.
func TestParseActorsKosovo(t *testing.T) {
	es, errs := ParseActors("t.txt", strings.NewReader("KOSOVO  [KSV]\nKOSOVO_ASSEMBLY [KSVGOVLEG >080217]\n"))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	var got []string
	for _, e := range es {
		for _, c := range e.Codes {
			got = append(got, c.Code)
		}
	}
	if strings.Join(got, " ") != "XKX XKXGOVLEG" {
		t.Errorf("codes %v, want XKX XKXGOVLEG", got)
	}
}
