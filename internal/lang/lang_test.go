package lang

import (
	"bytes"
	"compress/gzip"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func readTestdata(tb testing.TB, name string) string {
	tb.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

func TestDetect(t *testing.T) {
	articleFr := readTestdata(t, "article_fr.txt")
	articleEn := readTestdata(t, "article_en.txt")
	paragraphsFr := strings.Split(articleFr, "\n\n")
	paragraphsEn := strings.Split(articleEn, "\n\n")

	tests := []struct {
		name    string
		text    string
		want    string
		minConf float64 // 0: no lower bound
		maxConf float64 // 0: no upper bound
	}{
		{name: "empty", text: "", want: Und},
		{name: "spaces", text: " \t\n\r ", want: Und},
		{name: "digits only", text: "2024 12 31 100% 3,5 -7 +33 (0)1 45 67 89 10", want: Und},
		{name: "punctuation", text: "!!! ??? ... --- «» “” ‘’", want: Und},
		{name: "emoji", text: "🙂🎉👍🏽🇫🇷❤️", want: Und},
		{name: "invalid UTF-8", text: "\xff\xfe\xfd\x80\xc3", want: Und},
		{name: "two letters", text: "ok", want: Und},
		{name: "NUL bytes", text: "\x00\x00\x00", want: Und},

		{name: "French article", text: articleFr, want: "fr", minConf: 0.95},
		{name: "French paragraph", text: paragraphsFr[1], want: "fr", minConf: 0.9},
		{name: "French sentence", text: "Le Premier ministre a démissionné lundi soir après le rejet de son budget.", want: "fr", minConf: 0.7},
		{name: "French headline", text: "Grève massive dans les transports", want: "fr"},
		{name: "French headline no function word", text: "Macron reçoit Poutine à Versailles", want: "fr"},
		{name: "French all caps", text: "LE GOUVERNEMENT ANNONCE UNE NOUVELLE LOI SUR L'IMMIGRATION", want: "fr", minConf: 0.5},
		{name: "French all caps no accents", text: "LES DEPUTES REJETTENT LA REFORME DES RETRAITES", want: "fr"},
		{name: "French HTML entities", text: "Le pr&eacute;sident a d&eacute;clar&eacute; qu&#39;il ne se repr&eacute;senterait pas &agrave; l&rsquo;&eacute;lection.", want: "fr", minConf: 0.6},
		{name: "French curly apostrophes", text: "L’AFP rapporte qu’il n’a pas été informé de l’attaque d’hier.", want: "fr", minConf: 0.6},
		{name: "French decomposed accents", text: "Le pre\u0301sident a de\u0301clare\u0301 la guerre a\u0300 l’inflation.", want: "fr"},
		{name: "French names and numbers", text: "Emmanuel Macron et Olaf Scholz se retrouvent le 14 juillet 2023 à 14h30 à Berlin (G7, 45 %).", want: "fr"},
		{name: "French with invalid bytes", text: "Le gouvernement \xff\xfe a annoncé une \x80 hausse des impôts.", want: "fr"},
		{name: "French quoting English", text: "Le Premier ministre britannique a répondu « We will see » lors d’une conférence de presse commune à Londres, avant de quitter la salle sans répondre aux questions des journalistes.", want: "fr"},

		{name: "English article", text: articleEn, want: "en", minConf: 0.95},
		{name: "English paragraph", text: paragraphsEn[0], want: "en", minConf: 0.9},
		{name: "English sentence", text: "The prime minister resigned on Monday night after parliament rejected his budget.", want: "en", minConf: 0.7},
		{name: "English headline", text: "Stocks rally as Fed signals rate cuts", want: "en"},
		{name: "English all caps", text: "THE PRESIDENT ANNOUNCED A NEW PLAN TO CUT TAXES", want: "en", minConf: 0.5},
		{name: "English names and numbers", text: "Apple Inc. (AAPL) rose 3.2% to $189.50 on Tuesday, NASDAQ data showed at 4:05 p.m. EST.", want: "en"},
		{name: "English contractions", text: "We don’t think it’s over, and they’ve said they’ll fight on.", want: "en"},
		{name: "English quoting French", text: "President Macron said on Tuesday that the reform would go ahead. \"Nous irons jusqu'au bout\", he said. Opposition parties in parliament have vowed to fight the bill, which raises the retirement age to 64, and unions have called for new strikes next week.", want: "en"},
		{name: "English article with French paragraph", text: articleEn + "\n\n" + paragraphsFr[2], want: "en"},
		{name: "French article with English paragraph", text: articleFr + "\n\n" + articleEn, want: "fr"},

		{name: "two words low confidence", text: "Brexit deal", maxConf: 0.6},
		{name: "one word", text: "bonjour", want: "fr", maxConf: 0.5},

		{name: "Spanish", text: "El Gobierno aprobó ayer la reforma laboral con el apoyo de los sindicatos.", want: "es", minConf: 0.5},
		{name: "Italian", text: "Il governo ha approvato ieri la riforma del lavoro con il sostegno dei sindacati.", want: "it", minConf: 0.5},
		{name: "Portuguese", text: "O governo aprovou ontem a reforma trabalhista com o apoio dos sindicatos.", want: "pt", minConf: 0.5},
		{name: "German", text: "Die Regierung hat gestern die Arbeitsmarktreform mit Unterstützung der Gewerkschaften beschlossen.", want: "de", minConf: 0.5},
		{name: "Dutch", text: "De regering heeft gisteren de hervorming van de arbeidsmarkt met steun van de vakbonden goedgekeurd.", want: "nl", minConf: 0.5},
		{name: "Spanish all caps", text: "EL GOBIERNO APRUEBA LA REFORMA LABORAL CON EL APOYO DE LOS SINDICATOS", want: "es"},
		{name: "Arabic", text: "وافقت الحكومة أمس على إصلاح قانون العمل بدعم من النقابات.", want: "ar", minConf: 0.5},
		{name: "Russian", text: "Правительство вчера одобрило реформу трудового законодательства при поддержке профсоюзов.", want: "ru", minConf: 0.5},
		{name: "Chinese", text: "政府昨天在工会的支持下批准了劳动法改革。", want: "zh", minConf: 0.5},
		{name: "Japanese", text: "政府は昨日、労働組合の支持を得て労働法改正を承認した。", want: "ja"},
		{name: "Korean", text: "정부는 어제 노동조합의 지지를 받아 노동법 개정안을 승인했다.", want: "ko"},
		{name: "Greek", text: "Η κυβέρνηση ενέκρινε χθες τη μεταρρύθμιση του εργατικού δικαίου.", want: "el"},
		{name: "Hebrew", text: "הממשלה אישרה אתמול את הרפורמה בחוקי העבודה בתמיכת האיגודים.", want: "he"},
		{name: "Persian", text: "دولت دیروز اصلاحات قانون کار را با حمایت اتحادیه ها تصویب کرد.", want: "fa"},
		{name: "Russian with hard sign", text: "Президент объявил о новых мерах поддержки для семей с детьми.", want: "ru"},
		{name: "Bulgarian", text: "Правителството одобри вчера реформата на трудовото законодателство със съгласието на синдикатите, които от месеци настояваха за промени.", want: "bg"},
		{name: "Ukrainian", text: "Уряд учора схвалив реформу трудового законодавства за підтримки профспілок.", want: "uk"},
		{name: "Hindi", text: "सरकार ने कल श्रमिक संघों के समर्थन से श्रम कानून में सुधार को मंजूरी दी और नया कानून अगले महीने से लागू होगा।", want: "hi"},
		{name: "Thai", text: "รัฐบาลอนุมัติการปฏิรูปกฎหมายแรงงานเมื่อวานนี้", want: "th"},
		{name: "Polish", text: "Rząd zatwierdził wczoraj reformę prawa pracy przy poparciu związków zawodowych, które od miesięcy domagały się zmian.", want: "pl"},
		{name: "Turkish", text: "Hükümet dün sendikaların desteğiyle iş kanunu reformunu onayladı ve yeni düzenleme gelecek ay yürürlüğe girecek.", want: "tr"},
		{name: "Arabic with Latin acronyms", text: "قال المتحدث باسم الأمم المتحدة UN إن المفاوضات ستستأنف الأسبوع المقبل في جنيف.", want: "ar"},
		{name: "French with Arabic name", text: "Le président Kaïs Saïed (قيس سعيد) a limogé le gouvernement dimanche soir.", want: "fr"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Detect(tt.text)
			if tt.want != "" && got.Code != tt.want {
				t.Errorf("Detect(%.60q) = %+v, want code %s", tt.text, got, tt.want)
			}
			if tt.minConf > 0 && got.Confidence < tt.minConf {
				t.Errorf("Detect(%.60q) confidence %.3f, want ≥ %.2f", tt.text, got.Confidence, tt.minConf)
			}
			if tt.maxConf > 0 && got.Confidence > tt.maxConf {
				t.Errorf("Detect(%.60q) confidence %.3f, want ≤ %.2f", tt.text, got.Confidence, tt.maxConf)
			}
			checkResult(t, tt.text, got)
		})
	}
}

// checkResult checks what holds for every result.
func checkResult(t *testing.T, text string, r Result) {
	t.Helper()
	if r.Code == "" {
		t.Errorf("Detect(%q): empty code", text)
	}
	if r.Confidence < 0 || r.Confidence > 1 || math.IsNaN(r.Confidence) {
		t.Errorf("Detect(%q): confidence %v out of [0, 1]", text, r.Confidence)
	}
	if r.Code == Und && r.Confidence != 0 {
		t.Errorf("Detect(%q): und with confidence %v", text, r.Confidence)
	}
	if want := r.Code == "fr" || r.Code == "en"; r.Supported != want {
		t.Errorf("Detect(%q) = %+v: Supported should be %v", text, r, want)
	}
}

// TestSamples runs the hand-written sentences of samples_test.go: every
// paragraph-length one must come out right, the headlines mostly.
func TestSamples(t *testing.T) {
	var headlines tally
	for _, s := range samples {
		t.Run(s.code, func(t *testing.T) {
			for _, text := range s.long {
				if r := Detect(text); r.Code != s.code {
					t.Errorf("Detect(%.60q) = %+v, want %s", text, r, s.code)
				}
			}
			if len(s.long) > 1 {
				article := strings.Join(s.long, " ")
				if r := Detect(article); r.Code != s.code || r.Confidence < 0.9 {
					t.Errorf("article in %s: got %+v", s.code, r)
				}
			}
			for _, text := range s.short {
				r := Detect(text)
				headlines.add(r.Code == s.code)
				if r.Code != s.code {
					t.Logf("headline %q: got %s %.2f", text, r.Code, r.Confidence)
				}
			}
		})
	}
	t.Logf("headlines in other languages: %s", headlines)
	if headlines.acc() < floorOtherHeadlines {
		t.Errorf("headlines in other languages: %s, below the floor %.2f", headlines, floorOtherHeadlines)
	}
}

// floorOtherHeadlines is the accuracy floor on the short samples (measured
// 60/66). A headline with no function word often reads as French or
// English, the languages vigie expects.
const floorOtherHeadlines = 0.85

// TestNeverFrenchOrEnglish checks that a long text in another language is
// never reported as French or English, even about France or Britain.
func TestNeverFrenchOrEnglish(t *testing.T) {
	tests := []struct {
		code string
		text string
	}{
		{"es", "El presidente francés, Emmanuel Macron, recibió este lunes en el Palacio del Elíseo al primer ministro británico para hablar de la crisis migratoria en el Canal de la Mancha, donde cada semana mueren personas que intentan llegar a Inglaterra."},
		{"it", "Il presidente francese Emmanuel Macron ha ricevuto lunedì all'Eliseo il primo ministro britannico per parlare della crisi migratoria nella Manica, dove ogni settimana muoiono persone che cercano di raggiungere l'Inghilterra."},
		{"pt", "O presidente francês, Emmanuel Macron, recebeu nesta segunda-feira no Palácio do Eliseu o primeiro-ministro britânico para falar sobre a crise migratória no Canal da Mancha, onde todas as semanas morrem pessoas que tentam chegar à Inglaterra."},
		{"de", "Der französische Präsident Emmanuel Macron hat am Montag im Élysée-Palast den britischen Premierminister empfangen, um über die Migrationskrise am Ärmelkanal zu sprechen, wo jede Woche Menschen sterben, die England erreichen wollen."},
		{"nl", "De Franse president Emmanuel Macron heeft maandag in het Élysée de Britse premier ontvangen om te praten over de migratiecrisis in het Kanaal, waar elke week mensen omkomen die Engeland proberen te bereiken."},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			for _, text := range []string{tt.text, strings.ToUpper(tt.text)} {
				r := Detect(text)
				if r.Code != tt.code {
					t.Errorf("Detect(%.50q) = %+v, want %s", text, r, tt.code)
				}
				if r.Supported {
					t.Errorf("Detect(%.50q) = %+v: must not be supported", text, r)
				}
			}
		})
	}
}

// TestConfidenceGrows checks that confidence grows with the amount of
// text: low on two words, high on a paragraph.
func TestConfidenceGrows(t *testing.T) {
	article := readTestdata(t, "article_fr.txt")
	words := strings.Fields(article)
	var prev float64
	for _, n := range []int{2, 8, 40, 200} {
		r := Detect(strings.Join(words[:n], " "))
		if r.Code != "fr" {
			t.Fatalf("%d words: got %+v", n, r)
		}
		if r.Confidence < prev {
			t.Errorf("%d words: confidence %.3f lower than with fewer words (%.3f)", n, r.Confidence, prev)
		}
		prev = r.Confidence
		t.Logf("%3d words: confidence %.3f", n, r.Confidence)
	}
	if r := Detect(strings.Join(words[:2], " ")); r.Confidence > 0.6 {
		t.Errorf("two words: confidence %.3f, want ≤ 0.6", r.Confidence)
	}
	if r := Detect(strings.Join(words[:200], " ")); r.Confidence < 0.95 {
		t.Errorf("200 words: confidence %.3f, want ≥ 0.95", r.Confidence)
	}
}

func TestTokenizer(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"elision", "L’AFP rapporte qu’il", []string{"l'", "afp", "rapporte", "qu'", "il"}},
		{"clitics", "don't it’s they'll", []string{"don'", "'t", "it'", "'s", "they'", "'ll"}},
		{"aujourd'hui", "aujourd'hui", []string{"aujourd'", "hui"}},
		{"hyphens and digits", "peut-être CO2 e-mail", []string{"peut", "être", "co", "e", "mail"}},
		{"apostrophe at edges", "'quoted' l' end'", []string{"quoted", "l", "end"}},
		{"upper case", "ÉTAT Straße", []string{"état", "straße"}},
		{"long word cut", strings.Repeat("a", 50), []string{strings.Repeat("a", maxTokenRunes)}},
		{"nothing", " 12 , ; ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			tk := newTokenizer(tt.in)
			for {
				w, ok := tk.next()
				if !ok {
					break
				}
				got = append(got, string(w))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("tokens(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestGlued(t *testing.T) {
	tests := []struct {
		in   string
		want []bool
	}{
		{"a la", []bool{false, false}},
		{"E17 e-mail J. Smith", []bool{true, true, false, true, false}},
		{"U.S. y a", []bool{true, true, false, false}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var got []bool
			tk := newTokenizer(tt.in)
			for {
				if _, ok := tk.next(); !ok {
					break
				}
				got = append(got, tk.glued)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("glued(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// TestWordsFile checks that every line of words.txt parses and that no
// word is listed twice for one language.
func TestWordsFile(t *testing.T) {
	seen := map[string]bool{}
	perLang := map[string]int{}
	for i, line := range strings.Split(wordsTxt, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if langIndex(f[0]) < 0 {
			t.Errorf("words.txt:%d: unknown language %q", i+1, f[0])
			continue
		}
		for _, pair := range f[1:] {
			w, v, ok := strings.Cut(pair, ":")
			if !ok || w == "" || w != strings.ToLower(w) || !utf8.ValidString(w) {
				t.Errorf("words.txt:%d: bad pair %q", i+1, pair)
				continue
			}
			if p := parseWords(f[0] + " " + pair); len(p) != 1 {
				t.Errorf("words.txt:%d: %q does not parse (value %q)", i+1, pair, v)
			}
			k := f[0] + " " + w
			if seen[k] {
				t.Errorf("words.txt:%d: %s listed twice", i+1, k)
			}
			seen[k] = true
			perLang[f[0]]++
		}
	}
	for _, c := range coreCodes {
		if perLang[c] < 100 {
			t.Errorf("words.txt: %s has %d words, want at least 100", c, perLang[c])
		}
	}
	t.Logf("words per language: %v", perLang)
}

// TestModel checks that the embedded French/English model loads and
// knows what it should.
func TestModel(t *testing.T) {
	m := frEnModel()
	if m == nil {
		t.Fatalf("embedded model does not load: %v", modelErr)
	}
	if m.ratio.len() < 20000 || len(m.vocab) < 5000 {
		t.Errorf("model too small: %d features, %d words", m.ratio.len(), len(m.vocab))
	}
	tests := []struct {
		word   string
		french bool
	}{
		{"les", true}, {"gouvernement", true}, {"qu'", true},
		{"the", false}, {"government", false}, {"'s", false},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			d, n := m.score([]rune(tt.word))
			if n == 0 || (d > 0) != tt.french {
				t.Errorf("score(%q) = %.2f over %d features, want French %v", tt.word, d, n, tt.french)
			}
		})
	}
}

// TestScoreMatchesFeatures checks that the fast scoring loop walks the
// same features as eachFeature, which training uses.
func TestScoreMatchesFeatures(t *testing.T) {
	m := frEnModel()
	if m == nil {
		t.Fatal("no model")
	}
	for _, w := range []string{"a", "le", "gouvernement", "qu'", "'s", strings.Repeat("x", 40), "straße"} {
		rs := []rune(w)
		if len(rs) > maxTokenRunes {
			rs = rs[:maxTokenRunes]
		}
		var want float64
		var wantN int
		eachFeature(rs, func(order int, g []rune, h uint64) {
			if h != gramHash(order, g) {
				t.Errorf("%q: hash of %q (order %d) differs from gramHash", w, string(g), order)
			}
			if d, ok := m.ratio.get(h); ok {
				want += float64(d)
				wantN++
			}
		})
		got, n := m.score(rs)
		if n != wantN || math.Abs(got-want) > 1e-9 {
			t.Errorf("score(%q) = %v over %d, eachFeature gives %v over %d", w, got, n, want, wantN)
		}
	}
}

func TestLoadModelErrors(t *testing.T) {
	tests := []struct {
		name string
		data []byte
	}{
		{"not gzip", []byte("hello")},
		{"bad line", gz("T\t2\t10\n")},
		{"bad order", gz("9\tab\t1\t2\n")},
		{"bad count", gz("T\t2\t10\t10\t5\n2\tab\tx\t2\n")},
		{"no totals", gz("2\tab\t1\t2\n")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := loadModel(strings.NewReader(string(tt.data)))
			if err == nil || m != nil {
				t.Fatalf("loadModel: got %v, %v; want an error", m, err)
			}
			if !strings.HasPrefix(err.Error(), "lang: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
		})
	}
}

// gz compresses s as a model file would be.
func gz(s string) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.Bytes()
}

func TestHashTable(t *testing.T) {
	h := newHashTable(100)
	for i := range uint64(100) {
		h.put(i*0x9E3779B97F4A7C15, float32(i))
	}
	for i := range uint64(100) {
		if v, ok := h.get(i * 0x9E3779B97F4A7C15); !ok || v != float32(i) {
			t.Fatalf("get(%d) = %v, %v", i, v, ok)
		}
	}
	if _, ok := h.get(12345); ok {
		t.Error("get of a missing key succeeded")
	}
	var empty hashTable
	if _, ok := empty.get(1); ok {
		t.Error("get on an empty table succeeded")
	}
}

func TestSampleCut(t *testing.T) {
	long := strings.Repeat("é", sampleBytes) // two bytes a rune
	tests := []struct {
		name string
		in   string
		want int
	}{
		{"short", "abc", 3},
		{"ascii", strings.Repeat("a", 2*sampleBytes), sampleBytes},
		{"two-byte runes", "x" + long, sampleBytes - 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sample(tt.in)
			if len(got) != tt.want || !utf8.ValidString(got) {
				t.Errorf("sample: %d bytes (valid %v), want %d", len(got), utf8.ValidString(got), tt.want)
			}
		})
	}
}

// TestLongInput runs Detect on a megabyte of text that no table knows,
// which takes every slow path (trigram vote, whatlanggo's fifty Latin
// languages), to check that it stays fast.
func TestLongInput(t *testing.T) {
	var b strings.Builder
	for i := 0; b.Len() < 1<<20; i++ {
		b.WriteString("zqx")
		b.WriteString(strings.Repeat("ø", i%7))
		b.WriteString("kwv ")
	}
	r := Detect(b.String())
	checkResult(t, "(1 MB)", r)
}

func FuzzDetect(f *testing.F) {
	for _, s := range []string{
		"", "Le président a déclaré", "The president said", "L’AFP", "don't",
		"&eacute;&#39;&amp;", "e\u0301", "\xff\xfe", "政府", "Правительство", "حكومة",
		"ÉTAT", "Straße", strings.Repeat("a", 100), "a'b'c'd", "'s't're", "ǅ ǈ ǋ",
	} {
		f.Add(s)
	}
	for _, s := range samples {
		f.Add(s.long[0])
	}
	f.Fuzz(func(t *testing.T, s string) {
		r := Detect(s)
		checkResult(t, s, r)
		if r2 := Detect(s); r2 != r {
			t.Errorf("Detect(%q) not deterministic: %+v then %+v", s, r, r2)
		}
	})
}

func BenchmarkDetectArticle(b *testing.B) {
	text := readTestdata(b, "article_fr.txt")
	Detect("warm up the tables")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Detect(text)
	}
}

func BenchmarkDetectSentence(b *testing.B) {
	text := "Le Premier ministre a démissionné lundi soir après le rejet de son budget."
	Detect("warm up the tables")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Detect(text)
	}
}

func BenchmarkDetectHeadline(b *testing.B) {
	text := "Stocks rally as Fed signals rate cuts"
	Detect("warm up the tables")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Detect(text)
	}
}
