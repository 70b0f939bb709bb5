package entity

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// Web text (the web domain, as UNER scores it) writes places in lower case;
// a lower-case word of WordNet, a nationality or a short word is no place.
func TestLowerCasePlaces(t *testing.T) {
	m := mustLoad(t)
	lm := m.lang("en")
	tests := []struct {
		text          string
		want, notWant []string
	}{
		{"we are moving to kerala next month", []string{"LOC kerala"}, nil},
		{"the best police in the north", nil, []string{"LOC best", "LOC police", "LOC north"}},
		{"my german friend went to the islands", nil, []string{"LOC german", "LOC islands"}},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.text)
		var st findState
		spans, _ := lm.labelWith(words, &st, decodeWeb)
		got := spanTexts(words, spans)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: missing %q in %q", tt.text, w, got)
			}
		}
		for _, w := range tt.notWant {
			if slices.Contains(got, w) {
				t.Errorf("%q: unwanted %q in %q", tt.text, w, got)
			}
		}
	}
}

func TestWordNetLowerWords(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"data.noun": "  1 This software and database is being provided\n" +
			"00493308 04 n 03 Michigan 0 Chicago 0 boodle 0 001 @ 00488225 n 0000 | a card game\n" +
			"08473173 14 n 02 police 0 police_force 0 000 | the force\n",
		"data.verb": "01 29 v 01 date 0 000 | to date\n",
		"data.adj":  "02 00 s 02 best(a) 0 galore(ip) 0 000 | best\n",
		"data.adv":  "",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := wordNetLowerWords(dir)
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(got)
	want := []string{"best", "boodle", "boodles", "date", "galore", "police", "polices"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if _, err := wordNetLowerWords(filepath.Join(dir, "missing")); err == nil || !strings.Contains(err.Error(), "wordnet-base") {
		t.Errorf("missing folder: err = %v", err)
	}
}

func TestSplitTitles(t *testing.T) {
	lm := mustLoad(t).lang("en")
	words := strings.Fields("European Commission President Ursula said")
	infos := analyse(words, lm.gaz, nil)
	s := spanSet{spans: []TokenSpan{{0, 4, "ORG"}}, scores: []float64{0.9}}
	splitTitles(infos, &s)
	want := []TokenSpan{{0, 2, "ORG"}, {3, 4, "PER"}}
	if !slices.Equal(s.spans, want) || len(s.scores) != len(s.spans) {
		t.Errorf("got %v %v, want %v", s.spans, s.scores, want)
	}
	// a title at the end names no one
	s = spanSet{spans: []TokenSpan{{0, 3, "ORG"}}, scores: []float64{0.9}}
	splitTitles(infos, &s)
	if !slices.Equal(s.spans, []TokenSpan{{0, 3, "ORG"}}) {
		t.Errorf("got %v", s.spans)
	}
}

// webRules works on the tagger's spans; these are given, so the test does
// not depend on the model's weights, only on its gazetteer.
func TestWebRules(t *testing.T) {
	checkRule(t, mustLoad(t).lang("en").gaz, func(infos []tokInfo, s *spanSet) {
		s.spans, s.scores = webRules(infos, s.spans, s.scores)
	}, []ruleCase{
		{"Cc : Lenhart , Matthew", []TokenSpan{{2, 3, "PER"}, {4, 5, "PER"}}, []string{"PER Lenhart , Matthew"}},
		{"Cc : Lenhart , Matthew", []TokenSpan{{4, 5, "PER"}}, []string{"PER Lenhart , Matthew"}},
		{"thanks to Bush , Cheney and others", []TokenSpan{{2, 3, "PER"}, {4, 5, "PER"}}, []string{"PER Bush", "PER Cheney"}},
		{"I live in San Rafael Ca now", []TokenSpan{{3, 6, "LOC"}}, []string{"LOC San Rafael", "LOC Ca"}},
		{"we ate at Del Frisco 's Philadelphia", []TokenSpan{{3, 7, "LOC"}}, []string{"LOC Del Frisco 's", "LOC Philadelphia"}},
		{"I moved to New Mexico", []TokenSpan{{3, 5, "LOC"}}, []string{"LOC New Mexico"}},
		{"fishing in the Gulf of Mexico", []TokenSpan{{3, 6, "LOC"}}, []string{"LOC Gulf of Mexico"}},
		{"games in Tampa Bay", []TokenSpan{{2, 4, "LOC"}}, []string{"LOC Tampa Bay"}},
		{"sunny Northern California", []TokenSpan{{1, 3, "LOC"}}, []string{"LOC Northern California"}},
		{"the interim Governing Council met", []TokenSpan{{1, 4, "ORG"}}, []string{"ORG Governing Council"}},
		{"lunch at taco bell again", []TokenSpan{{2, 4, "ORG"}}, []string{"ORG taco bell"}},
		{"Thanks , Dan I will call", []TokenSpan{{2, 4, "PER"}}, []string{"PER Dan"}},
		{"try Rick 's Pizza on Main", []TokenSpan{{1, 2, "PER"}}, []string{"ORG Rick 's Pizza"}},
		{"Rick 's pizza : great crust", []TokenSpan{{0, 1, "PER"}}, []string{"ORG Rick 's pizza"}},
		{"call Gary s Auto Tech today", []TokenSpan{{1, 2, "PER"}, {3, 5, "ORG"}}, []string{"ORG Gary s Auto Tech"}},
		{"Martin Lee Motorsports fixed it", []TokenSpan{{0, 2, "PER"}}, []string{"ORG Martin Lee Motorsports"}},
		{"Martin Lee Jones fixed it", []TokenSpan{{0, 2, "PER"}}, []string{"PER Martin Lee"}},
		{"Bush 's Iraq policy", []TokenSpan{{0, 1, "PER"}, {2, 3, "LOC"}}, []string{"PER Bush", "LOC Iraq"}},
		{"Ann 's car broke", []TokenSpan{{0, 1, "PER"}}, []string{"PER Ann"}},
		{"Mary 's Dr Jones", []TokenSpan{{0, 1, "PER"}, {3, 4, "PER"}}, []string{"PER Mary", "PER Jones"}},
	})
}

// knownSurnames finds a lone known surname the tagger left unlabelled, in
// edited text; the tagger's spans are given, so only the gazetteer counts.
func TestKnownSurnames(t *testing.T) {
	checkRule(t, mustLoad(t).lang("en").gaz, knownSurnames, []ruleCase{
		{"people might vote for Trump .", nil, []string{"PER Trump"}},
		{"Trump said so", nil, []string{"PER Trump"}},
		{"he built Trump Tower", nil, nil},
		{"signed on 30 May 1913", nil, nil},
		{"talks in Paris with Macron", []TokenSpan{{2, 3, "LOC"}}, []string{"LOC Paris", "PER Macron"}},
		{"a vote for Trump", []TokenSpan{{3, 4, "ORG"}}, []string{"ORG Trump"}},
	})
}

// extendDictOrgs reads the actor dictionary's organisations from the
// model's gazetteer (added when the model loads).
func TestExtendDictOrgs(t *testing.T) {
	m := mustLoad(t)
	checkRule(t, m.lang("fr").gaz, func(infos []tokInfo, s *spanSet) { extendDictOrgs(infos, s, "fr") }, []ruleCase{
		{"la Banque centrale européenne a relevé ses taux", []TokenSpan{{1, 3, "ORG"}}, []string{"ORG Banque centrale européenne"}},
		{"le Conseil de sécurité se réunit", nil, []string{"ORG Conseil de sécurité"}},
		{"le conseil de sécurité se réunit", nil, nil},
		{"la Banque centrale européenne", []TokenSpan{{1, 2, "ORG"}, {2, 3, "LOC"}}, []string{"ORG Banque centrale européenne"}},
		{"la Banque centrale européenne de Francfort", []TokenSpan{{1, 2, "ORG"}, {3, 6, "LOC"}}, []string{"ORG Banque", "LOC européenne de Francfort"}},
		{"les rebelles du M23 avancent", nil, []string{"ORG M23"}},
		{"il est allé à Bruxelles", nil, nil},
	})
	checkRule(t, m.lang("en").gaz, func(infos []tokInfo, s *spanSet) { extendDictOrgs(infos, s, "en") }, []ruleCase{
		{"UN Secretary - General Antonio Guterres", []TokenSpan{{0, 1, "ORG"}, {4, 6, "PER"}}, []string{"ORG UN", "PER Antonio Guterres"}},
		{"the UN refugee agency said", []TokenSpan{{1, 2, "ORG"}}, []string{"ORG UN"}},
		{"the UN Security Council met", []TokenSpan{{1, 2, "ORG"}}, []string{"ORG UN Security Council"}},
	})
}

// ruleCase is a sentence, the tagger's spans over its words, and the
// mentions a rule should leave ("TYPE words").
type ruleCase struct {
	text  string
	spans []TokenSpan
	want  []string
}

// checkRule runs rule on each case's words, analysed with g.
func checkRule(t *testing.T, g *gazetteer, rule func([]tokInfo, *spanSet), cases []ruleCase) {
	t.Helper()
	for _, tc := range cases {
		words := strings.Fields(tc.text)
		infos := analyse(words, g, nil)
		s := spanSet{spans: slices.Clone(tc.spans), scores: make([]float64, len(tc.spans))}
		rule(infos, &s)
		if got := spanTexts(words, s.spans); !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// spanTexts writes spans as "TYPE words".
func spanTexts(words []string, spans []TokenSpan) []string {
	var out []string
	for _, sp := range spans {
		out = append(out, sp.Type+" "+strings.Join(words[sp.Start:sp.End], " "))
	}
	return out
}

// groupNames: a name next to a group noun in lower case is a group's.
func TestGroupNames(t *testing.T) {
	checkRule(t, nil, groupNames, []ruleCase{
		{"Russia 's Kestrel mercenary group", []TokenSpan{{2, 3, "PER"}}, []string{"ORG Kestrel"}},
		{"le groupe Kestrel a quitté", []TokenSpan{{2, 3, "PER"}}, []string{"ORG Kestrel"}},
		{"le groupe paramilitaire russe Kestrel", []TokenSpan{{4, 5, "PER"}}, []string{"ORG Kestrel"}},
		{"le groupe a reçu Anna Kestrel", []TokenSpan{{4, 6, "PER"}}, []string{"PER Anna Kestrel"}},
		{"Anna Kestrel and her group left", []TokenSpan{{0, 2, "PER"}}, []string{"PER Anna Kestrel"}},
		{"Anna Kestrel left the group", []TokenSpan{{0, 2, "PER"}}, []string{"PER Anna Kestrel"}},
	})
}

// koreanGivenName takes in the second syllable of a Korean given name
// after its hyphen, after a Korean family name only.
func TestKoreanGivenName(t *testing.T) {
	for _, tc := range []struct {
		text string
		a, b int
		want int
	}{
		{"leader Kim Jong - un met", 1, 3, 5},
		{"President Lee Jae - myung said", 1, 3, 5},
		{"the Obama - era rules", 1, 2, 2},
		{"Barack Obama - era rules", 0, 2, 2},
		{"Kim Jong - Un met", 0, 2, 2},
	} {
		infos := analyse(strings.Fields(tc.text), nil, nil)
		if got := koreanGivenName(infos, tc.a, tc.b, len(infos)); got != tc.want {
			t.Errorf("%q: end %d, want %d", tc.text, got, tc.want)
		}
	}
}
