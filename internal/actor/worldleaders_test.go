package actor

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	actordict "github.com/vigie-events/vigie/dict/actors"
)

// TestWorldLeadersCoded checks that persons of dict/actors/world-leaders.txt
// are coded by the office they held on the article's date.
func TestWorldLeadersCoded(t *testing.T) {
	k := knowledge(t)
	tests := []struct {
		mention string
		date    time.Time
		want    string
	}{
		{"Rishi Sunak", day(2024, 2, 17), "GBRGOV"},
		{"Rishi Sunak", day(2025, 1, 15), "GBRELI"}, // out of office
		{"Liz Truss", day(2022, 10, 1), "GBRGOV"},
		{"Olaf Scholz", day(2023, 1, 1), "DEUGOV"},
		{"Friedrich Merz", day(2024, 1, 10), "DEU"}, // before his first office
		{"Boris Pistorius", day(2024, 3, 1), "DEUGOVMIL"},
		{"Annalena Baerbock", day(2025, 6, 1), "DEUELI"}, // between offices
		{"Vladimir Poutine", day(2024, 6, 1), "RUSGOV"},
		{"Sergueï Lavrov", day(2024, 6, 1), "RUSGOV"},
		{"Sergueï Choïgou", day(2023, 6, 1), "RUSGOVMIL"},
		{"Volodymyr Zelenskyy", day(2023, 3, 1), "UKRGOV"},
		{"Mohammed ben Salmane", day(2020, 5, 1), "SAUGOVMIL"},
		{"Abdel Fattah al-Sissi", day(2013, 9, 1), "EGYGOVMIL"},
		{"Recep Tayyip Erdogan", day(2012, 5, 1), "TURGOV"},
		{"Yoav Gallant", day(2023, 11, 1), "ISRGOVMIL"},
		{"Ahmed al-Charaa", day(2025, 3, 1), "SYRGOV"},
		{"Hibatullah Akhundzada", day(2019, 1, 1), "AFGREB"},
		{"Hibatullah Akhundzada", day(2023, 1, 1), "AFGGOV"},
		{"Jens Stoltenberg", day(2020, 1, 1), "IGOWSTNAT"},
		{"Ursula von der Leyen", day(2022, 1, 1), "IGOEUREEC"},
		{"António Guterres", day(2023, 1, 1), "IGOUNO"},
		{"Pete Hegseth", day(2025, 6, 1), "USAGOVMIL"},
		{"Marco Rubio", day(2025, 6, 1), "USAGOV"},
		{"Sébastien Lecornu", day(2023, 6, 1), "FRAGOVMIL"},
		{"Sébastien Lecornu", day(2026, 1, 15), "FRAGOV"}, // Prime Minister outranks his open Wikidata office
		{"Jean-Noël Barrot", day(2025, 3, 1), "FRAGOV"},
		{"Stéphane Séjourné", day(2025, 3, 1), "IGOEUREEC"},
		{"Catherine Vautrin", day(2026, 1, 15), "FRAGOVMIL"},
		{"Michel Barnier", day(2024, 10, 15), "FRAGOV"},
		{"Ahmed Hachani", day(2024, 1, 10), "TUNGOV"},
		{"Sara Zaafrani Zenzri", day(2025, 6, 1), "TUNGOV"},
		{"Khaled Sehili", day(2025, 6, 1), "TUNGOVMIL"},
		{"Ahmed Attaf", day(2024, 6, 1), "DZAGOV"},
		{"Sifi Ghrieb", day(2025, 10, 1), "DZAGOV"},
		{"Ramtane Lamamra", day(2015, 6, 1), "DZAGOV"}, // his Wikidata offices stay
		{"Félix Tshisekedi", day(2025, 2, 1), "CODGOV"},
		{"Abdellatif Loudiyi", day(2024, 2, 1), "MARGOVMIL"},
		{"Naim Qassem", day(2025, 2, 1), "LBNREB"},
		{"Abdul-Malik al-Houthi", day(2024, 2, 1), "YEMREB"},
		{"Hassan Nasrallah", day(2020, 2, 1), "LBNREB"},          // a person of his own, no longer a form of Hezbollah's line
		{"Thérèse Kayikwamba Wagner", day(2025, 2, 1), "CODGOV"}, // not the Wagner Group
		{"Hemedti", day(2024, 6, 1), "SDNREB"},
		{"Hemedti", day(2021, 6, 1), "SDNGOV"},
		// Wikidata leaves these offices open; the hand-written dates
		// end them (clipCodes).
		{"Olaf Scholz", day(2026, 1, 10), "DEUELI"},
		{"Bachar al-Assad", day(2025, 3, 1), "SYRELI"},
		{"Michel Barnier", day(2026, 1, 15), "FRAELI"},
		{"Najla Bouden", day(2024, 1, 10), "TUNELI"},
		{"Nadir Larbaoui", day(2025, 10, 1), "DZAELI"},
		{"Joe Biden", day(2023, 6, 1), "USAGOV"},
		{"Joe Biden", day(2026, 1, 10), "USAELI"},
		{"Kamala Harris", day(2026, 1, 10), "USAELI"},
		{"Antony Blinken", day(2025, 6, 1), "USAELI"},
		{"Lloyd Austin", day(2024, 6, 1), "USAGOVMIL"},
		{"Tulsi Gabbard", day(2025, 6, 1), "USASPY"},
		{"Kash Patel", day(2025, 6, 1), "USACOP"},
		{"Mike Waltz", day(2025, 7, 1), "USAELI"}, // between offices
		{"Mike Waltz", day(2025, 10, 1), "USAGOV"},
		{"Pope Leo XIV", day(2025, 6, 1), "VATGOV"},
		{"Karl Nehammer", day(2025, 6, 1), "AUTELI"},
		{"Christian Stocker", day(2025, 6, 1), "AUTGOV"},
		{"Yoon Suk Yeol", day(2025, 7, 1), "KORELI"},
		{"Lee Jae-myung", day(2025, 7, 1), "KORGOV"},
		{"Petr Fiala", day(2026, 2, 1), "CZEELI"},
		{"Gabriel Boric", day(2026, 6, 1), "CHLELI"}, // his term ended on 11 March 2026
		{"José Antonio Kast", day(2026, 6, 1), "CHLGOV"},
		{"Rafael Grossi", day(2025, 6, 22), "IGOUNOIAE"},
		{"Tedros Adhanom Ghebreyesus", day(2024, 1, 10), "IGOUNOHLHWHO"},
		// One hyphenated word has no surname: "Alexander" is no king.
		{"Willem-Alexander", day(2025, 3, 1), "NLDGOV"},
		{"Alexander", day(2025, 3, 1), ""},
	}
	for _, tt := range tests {
		name := tt.mention + " " + tt.date.Format("2006-01-02")
		t.Run(name, func(t *testing.T) {
			text := "Selon " + tt.mention + ", rien."
			c, ok := k.CodeMention(text, spanOf(t, text, tt.mention), tt.date, "fr")
			if ok != (tt.want != "") || c.Code != tt.want {
				t.Errorf("%s on %s = %q, want %q (%+v)", tt.mention, tt.date.Format("2006-01-02"), c.Code, tt.want, c.Evidence)
			}
		})
	}
	// English text, title before the name.
	text := "British Prime Minister Rishi Sunak met Chinese Foreign Minister Wang Yi."
	for _, tt := range []struct{ mention, want string }{{"Rishi Sunak", "GBRGOV"}, {"Wang Yi", "CHNGOV"}} {
		c, ok := k.CodeMention(text, spanOf(t, text, tt.mention), day(2023, 9, 1), "en")
		if !ok || c.Code != tt.want {
			t.Errorf("en %s = %q, want %q (%+v)", tt.mention, c.Code, tt.want, c.Evidence)
		}
	}
}

// wlOffice is one dated office of one line of world-leaders.txt.
type wlOffice struct {
	who, office string
	code        string
	from, to    Date // to == 0: open
	exact       [2]bool
	line        int
}

// TestWorldLeadersFile checks world-leaders.txt: every line parses, has an
// office and a rank, names no office twice, and the holders of one office
// do not overlap (a handover day may be shared; bounds given as a month or
// a year may overlap). A form names one person only.
func TestWorldLeadersFile(t *testing.T) {
	const file = "world-leaders.txt"
	data, err := actordict.FS.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	entries, errs := ParseVigie(file, bytes.NewReader(data))
	if err := errs.Err(); err != nil {
		t.Fatalf("parse: %v", err)
	}
	lines := strings.Split(string(data), "\n")
	formOwner := map[string]string{} // normalised form → person
	var offices []wlOffice
	for _, e := range entries {
		who := e.QID
		if who == "" {
			who = e.Name
		}
		where := fmt.Sprintf("%s:%d", file, e.Line)
		if e.Kind != KindPerson {
			t.Errorf("%s: kind %s, want person", where, e.Kind)
		}
		seen := map[string]bool{}
		for _, f := range e.Forms {
			n := Normalize(f.Text)
			if seen[n] {
				t.Errorf("%s: form %q twice", where, f.Text)
			}
			seen[n] = true
			if o, ok := formOwner[n]; ok && o != who {
				t.Errorf("%s: form %q also names %s", where, f.Text, o)
			}
			formOwner[n] = who
		}
		if len(e.Codes) == 0 || e.Codes[0].Office == "" || e.Codes[0].Rank == 0 {
			t.Errorf("%s: no office or rank", where)
			continue
		}
		names, err := splitOffices(e.Codes[0].Office, len(e.Codes))
		if err != nil {
			t.Errorf("%s: %v", where, err)
			continue
		}
		raw := strings.Split(strings.SplitN(lines[e.Line-1], "|", 2)[0], ",")
		for i, c := range e.Codes {
			if !c.dated() {
				t.Errorf("%s: code %s has no dates", where, c.Code)
				continue
			}
			o := wlOffice{who: who, office: names[i], code: c.Code, from: c.From, to: c.To, line: e.Line}
			if _, dates, ok := strings.Cut(strings.TrimSpace(raw[i]), " "); ok {
				a, b, _ := strings.Cut(strings.TrimSpace(dates), "..")
				o.exact = [2]bool{len(a) == 10, len(b) == 10 || b == ""}
			}
			offices = append(offices, o)
		}
	}
	byOffice := map[string][]wlOffice{}
	for _, o := range offices {
		byOffice[o.office] = append(byOffice[o.office], o)
	}
	for office, os := range byOffice {
		sort.Slice(os, func(i, j int) bool { return os[i].from < os[j].from })
		for i := range os {
			for j := i + 1; j < len(os); j++ {
				a, b := os[i], os[j]
				if a.to != 0 && a.to <= b.from {
					continue // a ends before (or on the day) b starts
				}
				if a.who == b.who {
					t.Errorf("%s: %s holds %q twice (lines %d and %d)", file, a.who, office, a.line, b.line)
					continue
				}
				if !a.exact[1] || !b.exact[0] {
					continue // months and years may overlap
				}
				t.Errorf("%s: %q held by %s (line %d, to %v) and %s (line %d, from %v)",
					file, office, a.who, a.line, a.to, b.who, b.line, b.from)
			}
		}
	}
}

// splitOffices returns the office of each of n codes: "A, then B (XXX)"
// names two offices, "A and B (XXX)" two held together; a part without a
// "(XXX)" country takes the last one. One code with several parts holds the
// last office ("Acting President, then President").
func splitOffices(office string, n int) ([]string, error) {
	suffix := ""
	if i := strings.LastIndex(office, " ("); i >= 0 && strings.HasSuffix(office, ")") {
		suffix = office[i:]
	}
	parts := strings.Split(office, ", then ")
	if len(parts) != n && n > 1 {
		parts = strings.Split(office, " and ")
	}
	switch {
	case len(parts) == 1:
		parts = []string{office}
		for len(parts) < n {
			parts = append(parts, office)
		}
	case len(parts) == n:
	case n == 1:
		parts = parts[len(parts)-1:]
	default:
		return nil, fmt.Errorf("office %q does not name %d offices", office, n)
	}
	out := make([]string, n)
	for i, p := range parts {
		p = strings.TrimPrefix(strings.TrimSpace(p), "also ")
		if !strings.HasSuffix(p, ")") {
			p += suffix
		}
		if suffix == "" {
			return nil, fmt.Errorf("office %q has no (country)", office)
		}
		out[i] = p
	}
	return out, nil
}

func TestClipCodes(t *testing.T) {
	d := func(y, m, dd int) Date { return DateOf(y, m, dd) }
	hand := []DatedCode{{Code: "DEUGOV", From: d(2021, 12, 8), To: d(2025, 5, 6)}}
	tests := []struct {
		name  string
		later []DatedCode
		want  []DatedCode
	}{
		{"open office ends with the precise one", []DatedCode{{Code: "DEUGOV", From: d(2021, 1, 1)}},
			[]DatedCode{{Code: "DEUGOV", From: d(2021, 1, 1), To: d(2021, 12, 8)}}},
		{"starting inside is dropped", []DatedCode{{Code: "DEUGOV", From: d(2022, 1, 1)}}, []DatedCode{}},
		{"an earlier office stays", []DatedCode{{Code: "DEUGOV", From: d(2018, 3, 14), To: d(2021, 12, 8)}},
			[]DatedCode{{Code: "DEUGOV", From: d(2018, 3, 14), To: d(2021, 12, 8)}}},
		{"another code stays", []DatedCode{{Code: "DEUGOVMIL", From: d(2022, 1, 1)}},
			[]DatedCode{{Code: "DEUGOVMIL", From: d(2022, 1, 1)}}},
		{"an undated default stays", []DatedCode{{Code: "DEUGOV"}}, []DatedCode{{Code: "DEUGOV"}}},
	}
	for _, tt := range tests {
		got := clipCodes(tt.later, hand)
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestOfficeCode checks how Wikidata's office labels become codes and
// ranks when leaders.txt.gz is compiled.
func TestOfficeCode(t *testing.T) {
	for _, tt := range []struct {
		position, suffix string
		rank             int
	}{
		{"Prime Minister of Morocco", "GOV", 1},
		{"Minister Delegate to the Head of Government in charge of the administration of National Defense", "GOVMIL", 2},
		{"Minister Delegate to the Head of Government in charge of Digital Transition", "GOV", 3},
		{"Minister of Foreign Affairs", "GOV", 2},
		{"Deputy Minister of Defence", "GOVMIL", 3},
		{"President of Tunisia", "GOV", 1},
	} {
		suffix, rank, ok := officeCode(tt.position)
		if !ok || suffix != tt.suffix || rank != tt.rank {
			t.Errorf("%q: %s %d (%v), want %s %d", tt.position, suffix, rank, ok, tt.suffix, tt.rank)
		}
	}
}

// TestOrgNameEndingAName: an organisation's name that ends a person's
// name the recogniser read whole codes nothing ("Richard Wagner" is no
// Wagner Group), while the name alone is the organisation.
func TestOrgNameEndingAName(t *testing.T) {
	k := knowledge(t)
	text := "Richard Wagner a composé un opéra."
	if c, ok := k.CodeMention(text, spanOf(t, text, "Richard Wagner"), day(2025, 3, 1), "fr"); ok {
		t.Errorf("Richard Wagner = %q (%+v)", c.Code, c.Evidence)
	}
	text = "Le groupe Wagner a quitté le Mali."
	if c, ok := k.CodeMention(text, spanOf(t, text, "Wagner"), day(2025, 3, 1), "fr"); !ok || c.Code != "RUSMIL" {
		t.Errorf("Wagner = %q, want RUSMIL", c.Code)
	}
}
