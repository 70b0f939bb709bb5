package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/vigie-events/vigie/internal/conllu"
	"github.com/vigie-events/vigie/internal/lang"
	"github.com/vigie-events/vigie/internal/segment"
	"github.com/vigie-events/vigie/internal/syntax"
)

func runParse(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "parse", "[flags] [FILE|-]", "Segment, tag, lemmatize and parse raw text; print CoNLL-U. Each word's MISC\nholds TokenRange=START:END, its token's byte offsets in the input.")
	lng := fs.String("lang", "", "fr or en (default: detected)")
	beam := fs.Int("beam", 0, "parse with a beam of this width: 1 is greedy and fastest, 0 takes the\nlanguage's default (English 2, French 1); 3 gives 0.6-0.8 LAS more than 2 on\nEWT at three quarters of its speed")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var r io.Reader = env.Stdin
	name := "-"
	if fs.NArg() > 1 {
		return usageErr("want at most one input")
	}
	if fs.NArg() == 1 && fs.Arg(0) != "-" {
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			return err
		}
		defer f.Close()
		r, name = f, fs.Arg(0)
	}
	b, err := io.ReadAll(io.LimitReader(r, 64<<20))
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	text := strings.ToValidUTF8(string(b), "\uFFFD")
	l := *lng
	if l == "" {
		l = lang.Detect(text).Code
	}
	if l != "fr" && l != "en" {
		return fmt.Errorf("%s: language %q is not parsed (fr and en are; use --lang)", name, l)
	}
	m, err := syntax.Load(l)
	if err != nil {
		return err
	}
	if *beam < 0 {
		return usageErr("--beam must be 0 or more")
	}
	if *beam > 0 {
		m = m.WithBeam(*beam)
	}
	w := conllu.NewWriter(env.Stdout)
	for i, s := range segment.Segment(text, l) {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err := w.Write(parseSentence(m, text, s, strconv.Itoa(i+1))); err != nil {
			return err
		}
	}
	return w.Flush()
}

// parseSentence analyses one segmented sentence and lays it out as
// CoNLL-U, with multiword-token lines and token offsets in MISC.
func parseSentence(m *syntax.Model, text string, s segment.Sentence, id string) *conllu.Sentence {
	out := &conllu.Sentence{ID: id, Text: strings.Join(strings.Fields(text[s.Span.Start:s.Span.End]), " ")}
	var words []string
	type origin struct {
		tok   int
		multi bool
	}
	var from []origin
	for ti, t := range s.Tokens {
		if len(t.Words) == 0 {
			words = append(words, t.Text)
			from = append(from, origin{ti, false})
			continue
		}
		first := len(words) + 1
		for _, wd := range t.Words {
			words = append(words, wd.Form)
			from = append(from, origin{ti, true})
		}
		misc := fmt.Sprintf("TokenRange=%d:%d", t.Span.Start, t.Span.End)
		if !t.SpaceAfter {
			misc = "SpaceAfter=No|" + misc
		}
		out.Multi = append(out.Multi, conllu.MultiToken{First: first, Last: len(words), Form: t.Text, Misc: misc})
	}
	for i, a := range m.Annotate(words) {
		t := s.Tokens[from[i].tok]
		misc := "_"
		if !from[i].multi {
			misc = fmt.Sprintf("TokenRange=%d:%d", t.Span.Start, t.Span.End)
			if !t.SpaceAfter {
				misc = "SpaceAfter=No|" + misc
			}
		}
		out.Words = append(out.Words, conllu.Word{ID: i + 1, Form: a.Form, Lemma: a.Lemma, UPOS: a.UPOS, XPOS: "_",
			Feats: a.Feats, Head: a.Head, Deprel: a.Deprel, Deps: "_", Misc: misc})
	}
	return out
}

// segmenter adapts internal/segment to the syntax evaluator.
func segmenter(text, lng string) [][]syntax.SegToken {
	var out [][]syntax.SegToken
	for _, s := range segment.Segment(text, lng) {
		toks := make([]syntax.SegToken, len(s.Tokens))
		for i, t := range s.Tokens {
			toks[i].Text = t.Text
			for _, w := range t.Words {
				toks[i].Words = append(toks[i].Words, w.Form)
			}
		}
		out = append(out, toks)
	}
	return out
}

type syntaxScores struct {
	Tokens    float64 `json:"tokens"`
	Sentences float64 `json:"sentences"`
	Words     float64 `json:"words"`
	UPOS      float64 `json:"upos"`
	UFeats    float64 `json:"ufeats"`
	Lemma     float64 `json:"lemma"`
	UAS       float64 `json:"uas"`
	LAS       float64 `json:"las"`
}

func evalSyntax(_ context.Context, env *Env, o evalOpts, _ []string) error {
	shared, asJSON := o.shared, o.json
	reps, err := syntax.EvaluateAll(shared, segmenter, o.beam)
	if err != nil {
		return err
	}
	round := func(v float64) float64 { return float64(int(v*100+0.5)) / 100 }
	conv := func(s syntax.Scores) syntaxScores {
		return syntaxScores{round(s.Tokens), round(s.Sentences), round(s.Words), round(s.UPOS), round(s.UFeats), round(s.Lemma), round(s.UAS), round(s.LAS)}
	}
	if asJSON {
		out := map[string]syntaxScores{}
		for _, r := range reps {
			if r.Raw != nil {
				out[r.Treebank+"-test"] = conv(*r.Raw)
			}
		}
		return printJSON(env, out)
	}
	fmt.Fprintf(env.Stdout, "%-16s %-6s %7s %7s %7s %7s %7s %7s %7s %7s\n", "test set", "input", "tokens", "sents", "words", "UPOS", "UFeats", "lemma", "UAS", "LAS")
	for _, r := range reps {
		row := func(input string, s syntax.Scores) {
			fmt.Fprintf(env.Stdout, "%-16s %-6s %7.2f %7.2f %7.2f %7.2f %7.2f %7.2f %7.2f %7.2f\n", r.Treebank+"-test", input, s.Tokens, s.Sentences, s.Words, s.UPOS, s.UFeats, s.Lemma, s.UAS, s.LAS)
		}
		if r.Raw != nil {
			row("raw", *r.Raw)
		}
		row("gold", r.Gold)
	}
	fmt.Fprintln(env.Stdout, "\nF1 in percent, as the CoNLL 2018 shared task scores them; raw: from the test file's text, gold: from its tokens.")
	return nil
}

func trainSyntax(_ context.Context, env *Env, o trainOpts) error {
	shared, root := o.shared, o.root
	return syntax.Train(syntax.TrainConfig{SharedDir: shared, OutDir: filepath.Join(root, "models", "syntax"), Log: env.Stderr})
}
