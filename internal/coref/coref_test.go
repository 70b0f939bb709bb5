package coref

import (
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vigie-events/vigie/internal/actor"
	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/entity"
	"github.com/vigie-events/vigie/internal/segment"
)

var (
	loadOnce  sync.Once
	nerModel  *entity.Model
	knowledge *actor.Knowledge
	loadErr   error
)

// models loads the embedded recogniser and actor knowledge once.
func models(tb testing.TB) (*entity.Model, *actor.Knowledge) {
	tb.Helper()
	loadOnce.Do(func() {
		nerModel, loadErr = entity.Load()
		if loadErr != nil {
			return
		}
		knowledge, loadErr = actor.Load()
	})
	if loadErr != nil {
		tb.Fatalf("loading models: %v", loadErr)
	}
	return nerModel, knowledge
}

// input runs the stages before coref on text.
func input(tb testing.TB, text, lang string, date time.Time) Input {
	m, k := models(tb)
	sents := segment.Segment(text, lang)
	return Input{Text: text, Lang: lang, Date: date, Sentences: sents, Mentions: m.Find(text, lang, sents), Knowledge: k}
}

var day = time.Date(2020, 9, 28, 0, 0, 0, 0, time.UTC)

// referents returns, for the first mention whose text is s, the name
// mentions of the entities it refers to (their first name mention), sorted.
func referents(ents []Entity, s string) ([]string, bool) {
	first := -1
	for _, e := range ents {
		for _, m := range e.Mentions {
			if m.Text == s && (first < 0 || m.Span.Start < first) {
				first = m.Span.Start
			}
		}
	}
	if first < 0 {
		return nil, false
	}
	var out []string
	for _, e := range ents {
		for _, m := range e.Mentions {
			if m.Text == s && m.Span.Start == first {
				out = append(out, nameMention(e))
			}
		}
	}
	slices.Sort(out)
	return out, true
}

// nameMention is the longest name mention of e, as written.
func nameMention(e Entity) string {
	best := ""
	for _, m := range e.Mentions {
		if m.Kind == KindName && len(m.Text) > len(best) {
			best = m.Text
		}
	}
	return best
}

func dump(t *testing.T, ents []Entity) {
	t.Helper()
	for _, e := range ents {
		var ms []string
		for _, m := range e.Mentions {
			ms = append(ms, m.Kind+":"+m.Text)
		}
		t.Logf("%s %s %q %s [%s]", e.ID, e.Type, e.Name, e.Code, strings.Join(ms, ", "))
	}
}

func TestResolve(t *testing.T) {
	type link struct {
		mention string   // the first mention with these words…
		names   []string // …refers to the entities with these name mentions (sorted)
	}
	tests := []struct {
		name, lang, text string
		links            []link
		unlinked         []string          // words that must refer to nothing
		codes            map[string]string // name mention → code prefix
	}{
		{
			name: "fr surname after and before the full name",
			lang: "fr",
			text: "Esper attendu à Tunis.\n\nLe secrétaire américain à la Défense, Mark Esper, est arrivé mardi à Tunis. La visite d’Esper doit durer deux jours.",
			links: []link{
				{"Esper", []string{"Mark Esper"}},
			},
			codes: map[string]string{"Mark Esper": "USAGOVMIL"},
		},
		{
			name: "en surname with a possessive",
			lang: "en",
			text: "U.S. Defense Secretary Mark Esper arrived in Tunis on Tuesday. Esper's visit is the first by a Pentagon chief since 2014.",
			links: []link{
				{"Esper", []string{"Mark Esper"}},
			},
		},
		{
			name: "fr title with a name gives the code",
			lang: "fr",
			text: "Il a rencontré le ministre tunisien de la Défense Ibrahim Bartagi à Tunis.",
			links: []link{
				{"ministre tunisien de la Défense", []string{"Ibrahim Bartagi"}},
			},
			codes: map[string]string{"Ibrahim Bartagi": "TUNGOVMIL"},
		},
		{
			name: "fr descriptions by office, before and after the name",
			lang: "fr",
			text: "Le chef du Pentagone en tournée au Maghreb\n\nLe secrétaire américain à la Défense Mark Esper est arrivé à Alger, où il a rencontré le président Abdelmadjid Tebboune. Le chef du Pentagone a ensuite rejoint Rabat. Le secrétaire à la Défense y a rencontré le roi Mohammed VI.",
			links: []link{
				{"Le chef du Pentagone", []string{"Mark Esper"}},
				{"Le secrétaire à la Défense", []string{"Mark Esper"}},
			},
			codes: map[string]string{"Abdelmadjid Tebboune": "DZAGOV", "Mohammed VI": "MARGOV"},
		},
		{
			name: "en descriptions",
			lang: "en",
			text: "Algerian President Abdelmadjid Tebboune received U.S. Defense Secretary Mark Esper on Thursday. The defense chief later flew to Rabat. The Algerian president called the visit useful.",
			links: []link{
				{"The defense chief", []string{"Mark Esper"}},
				{"The Algerian president", []string{"Abdelmadjid Tebboune"}},
			},
		},
		{
			name:     "generic descriptions stay unlinked",
			lang:     "fr",
			text:     "Le président Kais Saied a reçu Mark Esper. Le haut fonctionnaire a refusé de commenter. La source militaire a confirmé la visite.",
			unlinked: []string{"Le haut fonctionnaire", "La source militaire"},
		},
		{
			name: "fr subject pronouns and an impersonal il",
			lang: "fr",
			text: "La ministre française des Armées Florence Parly a reçu son homologue. Elle a salué la coopération. Le président Kais Saied a ensuite parlé. Il faut agir vite, a-t-il dit.",
			links: []link{
				{"Elle", []string{"Florence Parly"}},
				{"-t-il", []string{"Kais Saied"}},
			},
			unlinked: []string{"Il"},
		},
		{
			name: "fr plural pronoun and plural summary",
			lang: "fr",
			text: "Abdellatif Hammouchi a reçu l’ambassadeur américain au Maroc David Fischer. Ils ont discuté de sécurité. Au cours de la rencontre, les deux responsables ont salué la coopération.",
			links: []link{
				{"Ils", []string{"Abdellatif Hammouchi", "David Fischer"}},
				{"les deux responsables", []string{"Abdellatif Hammouchi", "David Fischer"}},
			},
			codes: map[string]string{"David Fischer": "USAGOV", "Abdellatif Hammouchi": "MAR"},
		},
		{
			name: "en pronouns and summaries",
			lang: "en",
			text: "Moroccan King Mohammed VI received U.S. Defense Secretary Mark Esper in Rabat. He thanked the king. Both officials praised the talks. The two leaders then had lunch, and they spoke again.",
			links: []link{
				{"the king", []string{"Mohammed VI"}},
				{"Both officials", []string{"Mark Esper", "Mohammed VI"}},
				{"The two leaders", []string{"Mark Esper", "Mohammed VI"}},
				{"they", []string{"Mark Esper", "Mohammed VI"}},
			},
		},
		{
			name: "acronym after its expansion",
			lang: "fr",
			text: "Le Bureau central des enquêtes judiciaires (BCIJ) a arrêté trois suspects. Selon le BCIJ, ils préparaient un attentat. La DGST-DGSN a salué l’opération, et la DGSN a publié un communiqué.",
			links: []link{
				{"BCIJ", []string{"Bureau central des enquêtes judiciaires"}},
				{"DGSN", []string{"DGST-DGSN"}},
			},
			codes: map[string]string{"Bureau central des enquêtes judiciaires": "MARCOP"},
		},
		{
			name: "places are told apart by their words",
			lang: "fr",
			text: "Mark Esper s’est rendu en Algérie. À Alger, il a rencontré Abdelmadjid Tebboune.",
			links: []link{
				{"Alger", []string{"Alger"}},
				{"Algérie", []string{"Algérie"}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ents := Resolve(input(t, tt.text, tt.lang, day))
			for _, l := range tt.links {
				got, ok := referents(ents, l.mention)
				if !ok || !slices.Equal(got, l.names) {
					t.Errorf("%q refers to %q, want %q", l.mention, got, l.names)
				}
			}
			for _, s := range tt.unlinked {
				if got, ok := referents(ents, s); ok {
					t.Errorf("%q refers to %q, want nothing", s, got)
				}
			}
			for name, code := range tt.codes {
				found := false
				for _, e := range ents {
					if nameMention(e) == name {
						found = true
						if !strings.HasPrefix(e.Code, code) {
							t.Errorf("%s coded %q, want %s…", name, e.Code, code)
						}
					}
				}
				if !found {
					t.Errorf("no entity named %q", name)
				}
			}
			if t.Failed() {
				dump(t, ents)
			}
		})
	}
}

// TestResolveInvariants checks what every output holds: ids in order,
// mentions in text order and inside the text, Index finding each mention.
func TestResolveInvariants(t *testing.T) {
	text := "Le président Kais Saied a reçu Mark Esper. Ils ont parlé. Le chef du Pentagone a salué l’AFP. L’agence a confirmé."
	ents := Resolve(input(t, text, "fr", day))
	ix := NewIndex(ents)
	for i, e := range ents {
		if want := "e" + string(rune('1'+i)); i < 9 && e.ID != want {
			t.Errorf("entity %d has id %s, want %s", i, e.ID, want)
		}
		for j, m := range e.Mentions {
			if !m.Span.Valid(len(text)) || text[m.Span.Start:m.Span.End] != m.Text {
				t.Errorf("%s: mention %q does not match its span %v", e.ID, m.Text, m.Span)
			}
			if j > 0 && m.Span.Start < e.Mentions[j-1].Span.Start {
				t.Errorf("%s: mentions out of order", e.ID)
			}
			refs := ix.At(m.Span)
			if !slices.ContainsFunc(refs, func(r Ref) bool { return r.Entity.ID == e.ID }) {
				t.Errorf("Index.At(%v) misses %s", m.Span, e.ID)
			}
		}
	}
	if refs := ix.Within(doc.Span{Start: 0, End: len(text)}); len(refs) == 0 {
		t.Error("Index.Within(whole text) found nothing")
	}
}

// TestResolveBadInput feeds spans outside the text, no knowledge and no
// sentences: Resolve must neither panic nor invent mentions.
func TestResolveBadInput(t *testing.T) {
	text := "Mark Esper est arrivé. Il a parlé."
	tests := []struct {
		name string
		in   Input
	}{
		{"empty", Input{}},
		{"no sentences", Input{Text: text, Lang: "fr", Mentions: []entity.Mention{{Span: doc.Span{Start: 0, End: 10}, Text: "Mark Esper", Type: "PER"}}}},
		{"spans outside the text", Input{Text: text, Lang: "fr", Sentences: segment.Segment(text, "fr"), Mentions: []entity.Mention{
			{Span: doc.Span{Start: -3, End: 4}, Type: "PER"},
			{Span: doc.Span{Start: 30, End: 300}, Type: "ORG"},
			{Span: doc.Span{Start: 5, End: 2}, Type: "LOC"},
		}}},
		{"unknown type", Input{Text: text, Lang: "fr", Sentences: segment.Segment(text, "fr"), Mentions: []entity.Mention{{Span: doc.Span{Start: 0, End: 10}, Type: "MISC"}}}},
		{"no knowledge", Input{Text: text, Lang: "fr", Sentences: segment.Segment(text, "fr"), Mentions: []entity.Mention{{Span: doc.Span{Start: 0, End: 10}, Text: "Mark Esper", Type: "PER"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, e := range Resolve(tt.in) {
				for _, m := range e.Mentions {
					if !m.Span.Valid(len(tt.in.Text)) || m.Span.Len() == 0 {
						t.Errorf("mention %v outside the text", m.Span)
					}
				}
			}
		})
	}
}

// TestSyntax checks that a plugged-in parse decides the subject: the
// heuristic takes the sentence-initial name, the parse its own subject.
func TestSyntax(t *testing.T) {
	text := "Mark Esper a rencontré le président Kais Saied à Tunis. Il a ensuite parlé."
	in := input(t, text, "fr", day)
	if got, _ := referents(Resolve(in), "Il"); !slices.Equal(got, []string{"Mark Esper"}) {
		t.Errorf("heuristic: Il → %q, want Mark Esper", got)
	}
	// A parse in which "Kais" (token 6 of sentence 0) is the subject of
	// "rencontré" (token 3), and nothing else is.
	in.Syntax = func(sent, tok int) (int, string, bool) {
		if sent == 0 && tok == 6 {
			return 3, "nsubj", true
		}
		return 3, "dep", true
	}
	with := Resolve(in)
	if got, _ := referents(with, "Il"); !slices.Equal(got, []string{"Kais Saied"}) {
		t.Errorf("with a parse, Il → %q, want Kais Saied", got)
		dump(t, with)
	}
	// A description's article belongs to it: "La ministre…" is the
	// subject when the parse makes "ministre" one.
	text3 := "Soraya Mouloudji a été reconduite. La ministre de la Culture a reçu Ahmed Attaf. Elle a parlé."
	in3 := input(t, text3, "fr", time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC))
	in3.Syntax = func(sent, tok int) (int, string, bool) {
		switch {
		case sent == 1 && tok == 1:
			return 6, "nsubj", true
		case sent == 2 && tok == 0:
			return 2, "nsubj", true
		}
		return 0, "dep", true
	}
	if got, _ := referents(Resolve(in3), "Elle"); !slices.Equal(got, []string{"Soraya Mouloudji"}) {
		t.Errorf("described subject: Elle → %q, want Soraya Mouloudji", got)
		dump(t, Resolve(in3))
	}
	// An expletive il is left alone.
	in.Syntax = func(sent, tok int) (int, string, bool) { return 0, "expl:subj", true }
	if got, ok := referents(Resolve(in), "Il"); ok {
		t.Errorf("expletive Il → %q, want nothing", got)
	}
}

func FuzzResolve(f *testing.F) {
	f.Add("Mark Esper a reçu David Fischer. Ils ont parlé. Le chef du Pentagone (DGST) est parti.", 0, 10, 3)
	f.Add("Le Bureau (BX) a dit. BX-CY aussi, il y a CY.", 3, 9, 0)
	f.Fuzz(func(t *testing.T, text string, a, b, c int) {
		sents := segment.Segment(text, "fr")
		types := []string{"PER", "ORG", "LOC", "NORP"}
		var ms []entity.Mention
		for _, tk := range segment.Tokens(text, "fr") {
			if startsUpper(tk.Text) {
				ms = append(ms, entity.Mention{Span: tk.Span, Text: tk.Text, Type: types[(tk.Span.Start+c)&3], Score: 1})
			}
		}
		ms = append(ms, entity.Mention{Span: doc.Span{Start: a, End: b}, Type: "PER"})
		ents := Resolve(Input{Text: text, Lang: "fr", Sentences: sents, Mentions: ms})
		for _, e := range ents {
			for _, m := range e.Mentions {
				if !m.Span.Valid(len(text)) {
					t.Fatalf("mention %v outside a text of %d bytes", m.Span, len(text))
				}
			}
		}
	})
}

// A known person's whole name that the recogniser typed ORG or LOC stays
// whole: the person is the mention, not its last word.
func TestMistypedPersonKeepsItsName(t *testing.T) {
	_, k := models(t)
	text := "Le président algérien Abdelmajid Tebboune a reçu Kais Saïed."
	span := func(s string) doc.Span {
		i := strings.Index(text, s)
		return doc.Span{Start: i, End: i + len(s)}
	}
	in := Input{Text: text, Lang: "fr", Date: day, Sentences: segment.Segment(text, "fr"), Knowledge: k,
		Mentions: []entity.Mention{
			{Span: span("Abdelmajid Tebboune"), Text: "Abdelmajid Tebboune", Type: "ORG", Score: 0.6},
			{Span: span("Kais Saïed"), Text: "Kais Saïed", Type: "LOC", Score: 0.9},
		}}
	want := map[string]string{"Abdelmajid Tebboune": "DZAGOV", "Kais Saïed": "TUNGOV"}
	for _, e := range Resolve(in) {
		for _, m := range e.Mentions {
			if code, ok := want[m.Text]; ok && m.Kind == KindName {
				if e.Type != "PER" || e.Code != code {
					t.Errorf("%q: %s %s, want PER %s", m.Text, e.Type, e.Code, code)
				}
				delete(want, m.Text)
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("names not kept whole: %v", want)
	}
}

// A name's mention stops before the bracket of its acronym.
func TestNameStopsBeforeAcronym(t *testing.T) {
	text := "La Direction générale de la sûreté nationale (DGSN) a annoncé une enquête."
	for _, e := range Resolve(input(t, text, "fr", day)) {
		for _, m := range e.Mentions {
			if strings.ContainsAny(m.Text, "()") {
				t.Errorf("mention %q crosses a bracket", m.Text)
			}
		}
	}
}

// TestPersonCodedByOrganisation checks that a person coded through the
// organisation before the name is a person of their own, named by their
// name: "The Kremlin spokesman Dmitry Peskov" was one ORG entity named
// Dmitry Peskov, then a person named Kremlin.
func TestPersonCodedByOrganisation(t *testing.T) {
	text := "The Kremlin spokesman Dmitry Peskov declined to comment. The Kremlin said nothing more."
	ents := Resolve(input(t, text, "en", day))
	var per, org *Entity
	for i := range ents {
		switch {
		case ents[i].Type == "PER" && per == nil:
			per = &ents[i]
		case ents[i].Type == "ORG" && org == nil:
			org = &ents[i]
		}
	}
	if per == nil || per.Name != "Dmitry Peskov" || per.Code != "RUSGOV" {
		dump(t, ents)
		t.Fatalf("person %+v, want Dmitry Peskov RUSGOV", per)
	}
	if org == nil || org.Name != "Kremlin" {
		dump(t, ents)
		t.Fatalf("organisation %+v, want the Kremlin", org)
	}
	for _, m := range org.Mentions {
		if strings.Contains(m.Text, "Peskov") {
			t.Errorf("the Kremlin has Peskov's mention %q", m.Text)
		}
	}
}

// TestOneBodyALine checks that the bodies one dictionary line used to
// hold together are entities apart: coreference makes one entity of one
// line's mentions.
func TestOneBodyALine(t *testing.T) {
	tests := []struct {
		text, code string
		want       int
	}{
		{"Reuters and AP reported the strike on Monday.", "MED", 2},
		{"The White House and the State Department disagreed on Monday.", "USAGOV", 2},
		{"The European Commission and the European Parliament met on Monday.", "IGOEUREEC", 2},
	}
	for _, tt := range tests {
		ents := Resolve(input(t, tt.text, "en", day))
		var names []string
		for _, e := range ents {
			if e.Code == tt.code {
				names = append(names, e.Name)
			}
		}
		if len(names) != tt.want {
			dump(t, ents)
			t.Errorf("%q: %s entities %q, want %d", tt.text, tt.code, names, tt.want)
		}
	}
}

// TestDescriptionByHeldOffice checks that a bare title ("le ministre")
// finds a person the text introduced without one, when the office list
// gives that person the rank; and a plural summary then finds the pair.
func TestDescriptionByHeldOffice(t *testing.T) {
	date := time.Date(2024, 6, 5, 0, 0, 0, 0, time.UTC)
	text := "Nasser Bourita a été reconduit dans ses fonctions. Le ministre a reçu son homologue espagnol, José Manuel Albares. Les deux ministres ont signé un accord."
	ents := Resolve(input(t, text, "fr", date))
	if got, _ := referents(ents, "Le ministre"); !slices.Equal(got, []string{"Nasser Bourita"}) {
		dump(t, ents)
		t.Errorf("Le ministre → %q, want Nasser Bourita", got)
	}
	if got, _ := referents(ents, "Les deux ministres"); len(got) != 2 {
		dump(t, ents)
		t.Errorf("Les deux ministres → %q, want Bourita and Albares", got)
	}
	// An adjective between the article and the title: "le nouveau chef
	// du gouvernement".
	text = "Le président a nommé Nadir Larbaoui. Le nouveau chef du gouvernement devra former une équipe."
	ents = Resolve(input(t, text, "fr", date))
	if got, _ := referents(ents, "Le nouveau chef du gouvernement"); !slices.Equal(got, []string{"Nadir Larbaoui"}) {
		dump(t, ents)
		t.Errorf("Le nouveau chef du gouvernement → %q, want Nadir Larbaoui", got)
	}
	// …but never to a holder named after it.
	text = "Les militaires ont ignoré un entretien avec le nouveau ministre des Affaires étrangères. Catherine Colonna a réagi."
	ents = Resolve(input(t, text, "fr", time.Date(2023, 8, 26, 0, 0, 0, 0, time.UTC)))
	if got, ok := referents(ents, "le nouveau ministre des Affaires étrangères"); ok {
		dump(t, ents)
		t.Errorf("le nouveau ministre → %q, want nobody", got)
	}
	// A head of government is not "le ministre".
	text = "Elisabeth Borne a présenté son plan. Le ministre a démissionné."
	ents = Resolve(input(t, text, "fr", time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC)))
	if got, ok := referents(ents, "Le ministre"); ok && slices.Contains(got, "Elisabeth Borne") {
		dump(t, ents)
		t.Errorf("Le ministre → %q, want not the prime minister", got)
	}
}

// TestPairAcrossSentences checks that a summary that says two finds two
// persons named in sentences of their own, and that "ils" does not.
func TestPairAcrossSentences(t *testing.T) {
	date := time.Date(2023, 3, 6, 0, 0, 0, 0, time.UTC)
	text := "Le ministre de l'Intérieur Gérald Darmanin a annoncé une expulsion. Le préfet de police, Laurent Nuñez, a précisé les faits. Les deux hommes se sont exprimés à Paris."
	ents := Resolve(input(t, text, "fr", date))
	if got, _ := referents(ents, "Les deux hommes"); len(got) != 2 {
		dump(t, ents)
		t.Errorf("Les deux hommes → %q, want Darmanin and Nuñez", got)
	}
	text = "Gérald Darmanin a annoncé une expulsion. Laurent Nuñez a précisé les faits. Ils ont manifesté devant la préfecture."
	ents = Resolve(input(t, text, "fr", date))
	if got, ok := referents(ents, "Ils"); ok && len(got) == 2 {
		dump(t, ents)
		t.Errorf("Ils → %q, want no pair from two sentences", got)
	}
}

// TestDictionaryOrganisation checks that an organisation of vigie's own
// dictionary is an entity even where the recogniser misses it.
func TestDictionaryOrganisation(t *testing.T) {
	text := "La Cédéao a condamné le coup d'Etat et menacé les putschistes de sanctions."
	ents := Resolve(input(t, text, "fr", day))
	for _, e := range ents {
		if e.Code == "IGOWAFBUSWAS" && e.Type == "ORG" {
			return
		}
	}
	dump(t, ents)
	t.Error("no ECOWAS entity")
}

// TestGenericOrgDescription checks "the agency" after an organisation,
// and that "the group of" and "the group Hamas" are left alone.
func TestGenericOrgDescription(t *testing.T) {
	text := "The World Health Organization (WHO) warned of a cholera outbreak in Sudan. The agency said 2,000 cases had been recorded."
	ents := Resolve(input(t, text, "en", day))
	if got, _ := referents(ents, "The agency"); !slices.Equal(got, []string{"World Health Organization"}) {
		dump(t, ents)
		t.Errorf("The agency → %q, want the WHO", got)
	}
	text = "NATO met on Monday. The group of ministers agreed. The group Hamas said nothing."
	ents = Resolve(input(t, text, "en", day))
	for _, s := range []string{"The group"} {
		if got, ok := referents(ents, s); ok {
			dump(t, ents)
			t.Errorf("%s → %q, want nothing", s, got)
		}
	}
	// The preposition of a charge is the verb's: "accused the group of".
	text = "Hamas fired rockets on Monday. Israel accused the group of war crimes."
	ents = Resolve(input(t, text, "en", day))
	if got, _ := referents(ents, "the group"); !slices.Equal(got, []string{"Hamas"}) {
		dump(t, ents)
		t.Errorf("the group → %q, want Hamas", got)
	}
}

// TestFormerMinister checks a description whose dictionary entry is named
// by another form ("ancien président" for "l'ancien ministre"): the words
// decide the rank, and a name mention shorter than the office evidence
// keeps the dictionary's name.
func TestFormerMinister(t *testing.T) {
	text := "L’envoyé du président français pour le Liban, Jean-Yves Le Drian, est arrivé à Beyrouth, un poste vacant depuis la fin du mandat de Michel Aoun. L’ancien ministre des Affaires étrangères a été reçu par Nabih Berri. Il doit rencontrer les chefs des blocs."
	ents := Resolve(input(t, text, "fr", time.Date(2023, 7, 25, 0, 0, 0, 0, time.UTC)))
	for _, e := range ents {
		if e.Wikidata == "Q363392" { // Michel Aoun
			for _, m := range e.Mentions {
				if m.Kind == KindDescription || m.Kind == KindPronoun {
					dump(t, ents)
					t.Errorf("Michel Aoun has %s %q", m.Kind, m.Text)
				}
			}
		}
		if e.Wikidata == "Q559040" && e.Name != "Jean-Yves Le Drian" {
			t.Errorf("Le Drian named %q", e.Name)
		}
	}
}

// TestReferents checks single referents read from the text's order and
// titles:
//   - "celui-ci" is the person named last, not the last subject;
//   - a description goes to the person the text gave its title before a
//     nearer one the office list gives it;
//   - people named family name first are found by that name ("Xi").
func TestReferents(t *testing.T) {
	tests := []struct {
		name, lang, text, mention, want string
		date                            time.Time
	}{
		{"demonstrative", "fr", "Gérald Darmanin s'est exprimé après une réunion avec le président Emmanuel Macron. Celui-ci a appelé à la fermeté.",
			"Celui-ci", "Emmanuel Macron", time.Date(2023, 3, 6, 0, 0, 0, 0, time.UTC)},
		{"title before held office", "fr", "Des militaires ont renversé le président Mohamed Bazoum. Le général Abdourahamane Tiani s'est proclamé chef du CNSP. Le président déchu est retenu au palais.",
			"Le président", "Mohamed Bazoum", time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC)},
		{"family name first", "en", "Chinese President Xi Jinping met foreign leaders on Wednesday. Biden later called Xi a dictator.",
			"Xi", "Xi Jinping", time.Date(2023, 11, 15, 0, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ents := Resolve(input(t, tt.text, tt.lang, tt.date))
			if got, _ := referents(ents, tt.mention); !slices.Equal(got, []string{tt.want}) {
				dump(t, ents)
				t.Errorf("%s → %q, want %s", tt.mention, got, tt.want)
			}
		})
	}
}

// A one-word name typed as a place that no dictionary codes is the
// surname of a person named before; a country is not.
func TestSurnameMistypedAsPlace(t *testing.T) {
	_, k := models(t)
	text := "Prime Minister Nikol Pashinyan met Ilham Bortchalov in Jordan. Michel hosted Pashinyan and Bortchalov in Brussels."
	span := func(s string, from int) doc.Span {
		i := from + strings.Index(text[from:], s)
		return doc.Span{Start: i, End: i + len(s)}
	}
	second := strings.Index(text, "Michel")
	in := Input{Text: text, Lang: "en", Date: day, Sentences: segment.Segment(text, "en"), Knowledge: k,
		Mentions: []entity.Mention{
			{Span: span("Nikol Pashinyan", 0), Text: "Nikol Pashinyan", Type: "PER", Score: 0.9},
			{Span: span("Ilham Bortchalov", 0), Text: "Ilham Bortchalov", Type: "PER", Score: 0.9},
			{Span: span("Jordan", 0), Text: "Jordan", Type: "LOC", Score: 0.9},
			{Span: span("Pashinyan", second), Text: "Pashinyan", Type: "PER", Score: 0.9},
			{Span: span("Bortchalov", second), Text: "Bortchalov", Type: "LOC", Score: 0.9},
		}}
	for _, e := range Resolve(in) {
		switch e.Name {
		case "Ilham Bortchalov":
			if len(e.Mentions) != 2 || e.Mentions[1].Kind != KindSurname {
				t.Errorf("Bortchalov: %+v", e.Mentions)
			}
		case "Bortchalov":
			t.Errorf("the surname is an entity of its own: %+v", e)
		case "Jordan":
			if e.Type != "LOC" {
				t.Errorf("Jordan: %s", e.Type)
			}
		}
	}
}

// TestPlaceAcronym checks that a place's acronym in brackets after its
// name, and its later uses, are mentions of the place.
func TestPlaceAcronym(t *testing.T) {
	text := "The United Arab Emirates (UAE) sent aid to Sudan. The UAE also sent doctors."
	ents := Resolve(input(t, text, "en", day))
	for _, e := range ents {
		if e.Code != "ARE" {
			continue
		}
		n := 0
		for _, m := range e.Mentions {
			if m.Text == "UAE" {
				n++
			}
		}
		if n != 2 {
			dump(t, ents)
			t.Errorf("the UAE entity has %d mentions UAE, want 2", n)
		}
		return
	}
	dump(t, ents)
	t.Error("no ARE entity")
}

// TestLatter: "ce dernier", "the latter" are the person named last, and
// "le chef de l'État" is the president named before it.
func TestLatter(t *testing.T) {
	date := time.Date(2024, 11, 5, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ lang, text, anaphor, want string }{
		{"fr", "Le président Kaïs Saïed a reçu mardi le ministre des Affaires étrangères, Mohamed Ali Nafti. Ce dernier a par ailleurs rencontré l'ambassadeur d'Italie.", "Ce dernier", "Mohamed Ali Nafti"},
		{"fr", "Le président Kaïs Saïed a reçu mardi le ministre des Affaires étrangères, Mohamed Ali Nafti. Le chef de l'État a insisté sur la souveraineté.", "Le chef de l'État", "Kaïs Saïed"},
		{"en", "Secretary of State Antony Blinken met Saudi Foreign Minister Faisal bin Farhan in Riyadh. The latter said the talks were useful.", "The latter", "Faisal bin Farhan"},
		{"fr", "Le roi Mohammed VI a prononcé un discours. Le Souverain a tendu la main à l'Algérie.", "Le Souverain", "Mohammed VI"},
	} {
		ents := Resolve(input(t, tt.text, tt.lang, date))
		if got, _ := referents(ents, tt.anaphor); !slices.Equal(got, []string{tt.want}) {
			dump(t, ents)
			t.Errorf("%s → %q, want %s", tt.anaphor, got, tt.want)
		}
	}
	// "ce dernier jour" is no demonstrative.
	ents := Resolve(input(t, "Le président Kaïs Saïed a parlé. Ce dernier jour de campagne fut calme.", "fr", date))
	if got, ok := referents(ents, "Ce dernier"); ok {
		t.Errorf("Ce dernier jour → %q", got)
	}
}
