package segment

import (
	"fmt"
	"maps"
	"os"
	"strconv"
	"testing"

	"github.com/vigie-events/vigie/internal/testshared"
)

// TestMWTTune cross-validates the French contraction model on its training
// files, to choose features and epochs without looking at a test file:
//
//	go test ./internal/segment -run TestMWTTune -v -trainboundary
func TestMWTTune(t *testing.T) {
	if !*trainTuneFlag {
		t.Skip("needs -trainboundary")
	}
	epochs := []int{mwtEpochs}
	if v := os.Getenv("MWTEPOCHS"); v != "" {
		epochs = epochs[:0]
		for _, f := range splitFields(v) {
			e, _ := strconv.Atoi(f)
			epochs = append(epochs, e)
		}
	}
	if v := os.Getenv("MWTDROP"); v != "" {
		for _, f := range splitFields(v) {
			b, _ := strconv.Atoi(f)
			mwtDrop |= 1 << b
		}
		defer func() { mwtDrop = 0 }()
	}
	if v := os.Getenv("MWTAMBIG"); v != "" {
		mwtAmbig, _ = strconv.Atoi(v)
	}
	if v := os.Getenv("MWTLEXMIN"); v != "" {
		mwtLexMin, _ = strconv.Atoi(v)
	}
	K := *foldsFlag
	type fold struct {
		lex         map[uint32]uint8
		train, test []mwtExample
	}
	var folds []fold
	for k := range K {
		var tr, te []string
		for _, f := range mwtTrain {
			p := testshared.Path(t, f)
			tr = append(tr, fmt.Sprintf("%s#-%d/%d", p, k, K))
			te = append(te, fmt.Sprintf("%s#%d/%d", p, k, K))
		}
		lex, a, b, err := mwtData(tr, te)
		if err != nil {
			t.Fatal(err)
		}
		folds = append(folds, fold{lex, a, b})
	}
	for _, ep := range epochs {
		var n, rule, model [3]int
		for _, f := range folds {
			data := encodeModel(trainMWT(f.train, ep), f.lex)
			m, err := decodeModel(data)
			if err != nil {
				t.Fatal(err)
			}
			for _, ex := range f.test {
				n[ex.kind]++
				if ex.rule != ex.split {
					rule[ex.kind]++
				}
				if (m.score(ex.fs) > 0) != ex.split {
					model[ex.kind]++
					if *errorsFlag > 0 && ep == epochs[len(epochs)-1] {
						t.Logf("gold split=%v rule=%v: %s", ex.split, ex.rule, ex.ctx)
					}
				}
			}
		}
		t.Logf("epochs %2d: des %d: rules %d wrong, model %d; du %d: rules %d, model %d; all: rules %d, model %d",
			ep, n[1], rule[1], model[1], n[2], rule[2], model[2], rule[1]+rule[2], model[1]+model[2])
	}
}

func splitFields(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ',' {
			if i > start {
				out = append(out, s[start:i])
			}
			start = i + 1
		}
	}
	return out
}

// TestMWTModel checks that the embedded contraction model loads and
// splits the clear cases of "des" and "du".
func TestMWTModel(t *testing.T) {
	if m := frMWTModel(); m == nil || len(m.w) == 0 || len(m.starter) == 0 {
		t.Fatal("no French contraction model")
	}
	for _, c := range []struct {
		text string
		want []bool // for each des or du, in order: split
	}{
		{"La liste des candidats est publiée.", []bool{true}},
		{"Il a des amis à Paris.", []bool{false}},
		{"Le prix du pain augmente.", []bool{true}},
		{"Des manifestants ont bloqué la route.", []bool{false}},
		{"Le président du conseil des ministres parle.", []bool{true, true}},
		{"des", []bool{false}},
		{"du", []bool{true}},
	} {
		var got []bool
		for _, tk := range Tokens(c.text, "fr") {
			if mwtKind(tk.Text) != 0 {
				got = append(got, tk.Words != nil)
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%q: split %v, want %v", c.text, got, c.want)
		}
	}
}

// TestMWTModelCurrent retrains the contraction model and checks that the
// embedded one holds the same weights and lexicon:
//
//	go test ./internal/segment -run TestMWTModelCurrent -trainboundary
func TestMWTModelCurrent(t *testing.T) {
	if !*trainTuneFlag {
		t.Skip("retrains the model: needs -trainboundary")
	}
	for _, f := range mwtTrain {
		testshared.Path(t, f) // skips without the shared data
	}
	data, _, err := TrainMWT(testshared.Dir())
	if err != nil {
		t.Fatal(err)
	}
	m, err := decodeModel(data)
	if err != nil {
		t.Fatal(err)
	}
	emb := frMWTModel()
	if emb == nil || !maps.Equal(m.w, emb.w) || !maps.Equal(m.starter, emb.starter) {
		t.Error("the embedded contraction model differs from a retrained one: run 'vigie train segment'")
	}
}
