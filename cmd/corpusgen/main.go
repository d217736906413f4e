// Command corpusgen writes a deterministic synthetic site that both
// `endorse build` and `hugo --minify` build unchanged, for benchmarks:
//
//	go run ./cmd/corpusgen -pages 1000 -out .bench/corpus-1000
//
// The pages are ~550 words of Markdown with front matter in TOML, YAML or
// JSON (custom keys included), headings, lists, a GFM table, internal links
// that resolve and shortcodes both tools render; course records follow
// the catalog schema. See package internal/bench/corpus.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/iecmh/endorse/internal/bench/corpus"
)

func main() {
	var opt corpus.Options
	flag.IntVar(&opt.Pages, "pages", 1000, "number of regular Markdown pages")
	flag.StringVar(&opt.Out, "out", "", "output directory (required)")
	flag.StringVar(&opt.Repo, "repo", ".", "repository whose templates/, static/, rules/ and course records are copied; empty for none")
	flag.Uint64Var(&opt.Seed, "seed", 0, "text seed")
	flag.StringVar(&opt.FrontMatter, "front-matter", "", "front matter of the regular pages: toml, yaml or json (default: a mix of the three)")
	flag.Parse()
	if opt.Out == "" {
		fmt.Fprintln(os.Stderr, "corpusgen: -out is required")
		os.Exit(2)
	}
	st, err := corpus.Generate(opt)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("%d pages, %d sections, %d courses, %d bytes of Markdown in %s\n",
		st.Pages, st.Sections, st.Courses, st.MarkdownBytes, opt.Out)
}
