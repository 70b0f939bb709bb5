package annotate

import "testing"

// enEventsMinF1 is the floor of the exact-code F1 on testdata/en-events.tsv,
// set just under what was measured.
const enEventsMinF1 = 0.79

// TestEnglishEvents codes each sentence of testdata/en-events.tsv, modern
// English wire news, as an article of its own and scores it like the French
// set (see scoreEventSet). It fails when the exact F1 falls under
// enEventsMinF1.
func TestEnglishEvents(t *testing.T) {
	if testing.Short() {
		t.Skip("codes the whole English set")
	}
	scoreEventSet(t, "testdata/en-events.tsv", "en", enEventsMinF1)
}
