package cli

import (
	"os"

	"github.com/vigie-events/vigie/internal/doc"
)

type docJSON doc.Document

func statFile(p string) (os.FileInfo, error) { return os.Stat(p) }
