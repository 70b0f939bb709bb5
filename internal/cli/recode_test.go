package cli

import (
	"context"
	"database/sql"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/vigie-events/vigie/internal/annotate"
	"github.com/vigie-events/vigie/internal/store"
)

const recodeArticles = `{"id":"r1","url":"https://news.example/r1","title":"Visite","published":"2023-03-14","lang":"fr","text":"Le ministre algérien des Affaires étrangères a reçu mardi à Alger son homologue malien, Abdoulaye Diop.\n\nLe président français Emmanuel Macron se rendra jeudi au Sénégal."}
{"id":"r2","url":"https://news.example/r2","title":"Talks","published":"2023-03-14","lang":"en","text":"Egypt held talks with Israel on Tuesday.\n\nThe Italian prime minister met the foreign ministers of Egypt, Jordan and Qatar on Tuesday."}
{"id":"r3","url":"https://news.example/r3","title":"Accords","published":"2023-03-14","lang":"fr","text":"Le Maroc et l'Espagne ont signé mardi une vingtaine d'accords de coopération."}
{"id":"r4","url":"https://news.example/r4","title":"Andere","published":"2023-03-14","lang":"de","text":"Der Bundeskanzler hat am Dienstag den französischen Präsidenten in Berlin empfangen und mit ihm über die Lage gesprochen."}
`

var recodeCounts = regexp.MustCompile(`(\d+) documents? of .*event mentions: (\d+) added, (\d+) removed, (\d+) recoded, (\d+) unchanged`)

// recodeReport runs vigie recode and returns its counts: documents,
// added, removed, recoded, unchanged.
func recodeReport(t *testing.T, args ...string) (string, [5]int) {
	t.Helper()
	out, stderr, code := run(t, append([]string{"recode"}, args...)...)
	if code != 0 {
		t.Fatalf("recode: exit %d\n%s%s", code, out, stderr)
	}
	m := recodeCounts.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no counts in the report:\n%s", out)
	}
	var n [5]int
	for i := range n {
		n[i], _ = strconv.Atoi(m[i+1])
	}
	return out, n
}

// storedEvents returns the document's stored mentions as "id CAMEO
// trigger" and the ids of the aggregated events.
func storedEvents(t *testing.T, db string) map[string]string {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	out := map[string]string{} // mention id → aggregated event id, CAMEO, trigger
	for _, id := range []string{"r1", "r2", "r3"} {
		ms, err := st.DocumentMentions(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range ms {
			out[m.ID] = m.EventID + " " + m.Event.ID + " " + m.Event.CAMEO + " " + m.Trigger
		}
	}
	return out
}

func TestRecode(t *testing.T) {
	dir := t.TempDir()
	in := writeFile(t, dir, "a.jsonl", []byte(recodeArticles))
	db := filepath.Join(dir, "v.db")
	if _, stderr, code := run(t, "ingest", "--db", db, "--quiet", in); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	before := storedEvents(t, db)
	if len(before) < 4 {
		t.Fatalf("only %d events stored: %v", len(before), before)
	}

	// Ingest kept a parse of each coded document, by the current model.
	ctx := context.Background()
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"r1", "r2", "r3"} {
		p, err := st.GetParse(ctx, id)
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		d, _, err := st.Get(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if p.Model != annotate.ParseModel(d.Lang) || len(p.Data) == 0 {
			t.Errorf("%s: parse by %q (%d bytes), want %q", id, p.Model, len(p.Data), annotate.ParseModel(d.Lang))
		}
	}
	if _, err := st.GetParse(ctx, "r4"); err == nil {
		t.Error("a parse kept for a language vigie does not code")
	}
	st.Close()

	// Nothing changed: nothing to report, nothing parsed again.
	out, n := recodeReport(t, "--db", db)
	if n != [5]int{3, 0, 0, 0, len(before)} || !strings.Contains(out, "all from kept parses") {
		t.Errorf("recode with the same dictionaries: %v\n%s", n, out)
	}
	if after := storedEvents(t, db); !sameMap(after, before) {
		t.Errorf("recode changed the events:\n%v\n%v", before, after)
	}

	// A new dictionary codes "recevoir" as 036 (express intent to meet):
	// the hosted visit (043) becomes 036, and the guest's visit (042) it
	// implied goes.
	dict := writeFile(t, dir, "extra.txt", []byte("# test\n@lang fr\nrecevoir | verb | src=nsubj tgt=obj | 036\n"))
	out, n = recodeReport(t, "--db", db, "--dict", dict, "-v", "--workers", "2", "--batch", "2")
	if n != [5]int{3, 0, 1, 1, len(before) - 2} {
		t.Errorf("recode with a new entry: %v, want 1 recoded\n%s", n, out)
	}
	if !strings.Contains(out, "\trecoded\t") || !strings.Contains(out, " 036 ") || !strings.Contains(out, " 043 ") {
		t.Errorf("the change is not listed:\n%s", out)
	}
	after := storedEvents(t, db)
	if len(after) != len(before)-1 {
		t.Fatalf("%d events, had %d", len(after), len(before))
	}
	changed := 0
	for id, v := range before {
		if after[id] == v {
			continue // the same mention id with the same event id and code
		}
		changed++
		if !strings.Contains(v, " 043 ") && !strings.Contains(v, " 042 ") {
			t.Errorf("event %s changed: %s", id, v)
		}
	}
	var recoded []string
	for id, v := range after {
		if _, ok := before[id]; !ok {
			recoded = append(recoded, v)
		}
	}
	if changed != 2 || len(recoded) != 1 || !strings.Contains(recoded[0], " 036 reçu") {
		t.Errorf("want the 043 event recoded as 036, its 042 gone and the others kept with their ids; changed %d, new %v", changed, recoded)
	}

	// Back to the embedded dictionaries: the event comes back with its old
	// ids.
	_, n = recodeReport(t, "--db", db)
	if n != [5]int{3, 1, 0, 1, len(before) - 2} {
		t.Errorf("recode back: %v", n)
	}
	if after := storedEvents(t, db); !sameMap(after, before) {
		t.Errorf("recode back did not restore the ids:\n%v\n%v", before, after)
	}

	// A missing parse, and one by another model, are made again and kept.
	raw, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(`DELETE FROM parses WHERE doc_id = 'r1'`); err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(`UPDATE parses SET model = 'en-0000/v1' WHERE doc_id = 'r2'`); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	out, n = recodeReport(t, "--db", db)
	if n != [5]int{3, 0, 0, 0, len(before)} || !strings.Contains(out, "2 parsed again (1 no kept parse, 1 parsed by another model)") {
		t.Errorf("recode after losing parses: %v\n%s", n, out)
	}
	out, _ = recodeReport(t, "--db", db)
	if !strings.Contains(out, "all from kept parses") {
		t.Errorf("the new parses were not kept:\n%s", out)
	}
}

func TestRecodeBadInput(t *testing.T) {
	dir := t.TempDir()
	if _, _, code := run(t, "recode", "--db", filepath.Join(dir, "none.db")); code == 0 {
		t.Error("recode of a missing store succeeded")
	}
	in := writeFile(t, dir, "a.jsonl", []byte(recodeArticles))
	db := filepath.Join(dir, "v.db")
	if _, stderr, code := run(t, "ingest", "--db", db, "--quiet", in); code != 0 {
		t.Fatalf("ingest: %s", stderr)
	}
	bad := writeFile(t, dir, "bad.txt", []byte("@lang fr\nrecevoir | verb | src=nsubj | 999\n"))
	_, stderr, code := run(t, "recode", "--db", db, "--dict", bad)
	if code == 0 || !strings.Contains(stderr, "bad.txt") {
		t.Errorf("a bad dictionary: exit %d, %s", code, stderr)
	}
}

func sameMap(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}
