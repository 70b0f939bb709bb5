package syntax

import (
	"crypto/sha256"
	"encoding/hex"
	"sync"

	syntaxmodels "github.com/vigie-events/vigie/models/syntax"
)

var modelIDs sync.Map // lang -> string

// ModelID identifies the embedded model of a language: "fr-" or "en-"
// followed by a hash of the model file's bytes, so that parses stored by
// one build can be told from those of a build with another model. It is
// "" for a language without a model.
func ModelID(lang string) string {
	if id, ok := modelIDs.Load(lang); ok {
		return id.(string)
	}
	data, err := syntaxmodels.FS.ReadFile(lang + ".bin.gz")
	if err != nil {
		return ""
	}
	h := sha256.Sum256(data)
	id := lang + "-" + hex.EncodeToString(h[:8])
	modelIDs.Store(lang, id)
	return id
}
