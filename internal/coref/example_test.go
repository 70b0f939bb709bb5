package coref_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/vigie-events/vigie/internal/actor"
	"github.com/vigie-events/vigie/internal/coref"
	"github.com/vigie-events/vigie/internal/entity"
	"github.com/vigie-events/vigie/internal/segment"
)

func ExampleResolve() {
	text := "Le secrétaire américain à la Défense Mark Esper a reçu le ministre tunisien de la Défense Ibrahim Bartagi. Ils ont parlé de sécurité. Le chef du Pentagone a ensuite quitté Tunis."
	ner, _ := entity.Load()
	know, _ := actor.Load()
	sents := segment.Segment(text, "fr")
	ents := coref.Resolve(coref.Input{
		Text:      text,
		Lang:      "fr",
		Date:      time.Date(2020, 9, 30, 0, 0, 0, 0, time.UTC),
		Sentences: sents,
		Mentions:  ner.Find(text, "fr", sents),
		Knowledge: know,
	})
	for _, e := range ents {
		if e.Type != "PER" {
			continue
		}
		var ms []string
		for _, m := range e.Mentions {
			ms = append(ms, m.Kind+" "+m.Text)
		}
		fmt.Printf("%s %s: %s\n", e.Name, e.Code, strings.Join(ms, "; "))
	}
	// Output:
	// Mark Esper USAGOVMIL: title secrétaire américain à la Défense; name Mark Esper; pronoun Ils; description Le chef du Pentagone
	// Brahim Bartagi TUNGOVMIL: title ministre tunisien de la Défense; name Ibrahim Bartagi; pronoun Ils
}
