package lang_test

import (
	"fmt"

	"github.com/vigie-events/vigie/internal/lang"
)

func ExampleDetect() {
	for _, s := range []string{
		"L’armée a annoncé jeudi le retrait de ses troupes du nord du pays.",
		"The army announced on Thursday that it was pulling its troops out of the north.",
		"El ejército anunció el jueves la retirada de sus tropas del norte del país.",
		"2024-06-01",
	} {
		r := lang.Detect(s)
		fmt.Println(r.Code, r.Supported, r.Confidence > 0.7)
	}
	// Output:
	// fr true true
	// en true true
	// es false true
	// und false false
}
