package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/vigie-events/vigie/internal/segment"
)

// trainSegment rebuilds the sentence boundary models and the French
// contraction model (des, du) of internal/segment (`vigie train segment`)
// from the UD train and dev files.
func trainSegment(_ context.Context, env *Env, o trainOpts) error {
	shared, root := o.shared, o.root
	for _, lang := range []string{"fr", "en"} {
		data, stats, err := segment.TrainBoundaries(shared, lang)
		if err != nil {
			return err
		}
		out := filepath.Join(root, "internal", "segment", segment.BoundaryModelFile(lang))
		if err := os.WriteFile(out, data, 0o644); err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "%s: %s\n", out, stats)
	}
	data, stats, err := segment.TrainMWT(shared)
	if err != nil {
		return err
	}
	out := filepath.Join(root, "internal", "segment", segment.MWTModelFile)
	if err := os.WriteFile(out, data, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "%s: %s\n", out, stats)
	return nil
}
