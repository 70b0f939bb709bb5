package syntax_test

import (
	"fmt"

	"github.com/vigie-events/vigie/internal/syntax"
)

func ExampleModel_Annotate() {
	m, err := syntax.Load("en")
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, a := range m.Annotate([]string{"The", "minister", "visited", "Paris", "."}) {
		fmt.Println(i+1, a.Form, a.Lemma, a.UPOS, a.Head, a.Deprel)
	}
	// Output:
	// 1 The the DET 2 det
	// 2 minister minister NOUN 3 nsubj
	// 3 visited visit VERB 0 root
	// 4 Paris Paris PROPN 3 obj
	// 5 . . PUNCT 3 punct
}
