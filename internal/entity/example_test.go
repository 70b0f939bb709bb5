package entity_test

import (
	"fmt"

	"github.com/vigie-events/vigie/internal/entity"
	"github.com/vigie-events/vigie/internal/segment"
)

func ExampleModel_Find() {
	m, err := entity.Load()
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "Le président Emmanuel Macron est arrivé à Rabat."
	for _, x := range m.Find(text, "fr", segment.Segment(text, "fr")) {
		fmt.Println(x.Type, x.Span.Start, x.Span.End, x.Text)
	}
	// Output:
	// PER 14 29 Emmanuel Macron
	// LOC 45 50 Rabat
}
