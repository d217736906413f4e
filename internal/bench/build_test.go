package bench

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/iecmh/endorse/internal/bench/corpus"
	"github.com/iecmh/endorse/internal/site"
)

// BenchmarkBuild builds a generated corpus with site.Build, the code behind
// `endorse build`, so it can be profiled:
//
//	ENDORSE_BENCH_PAGES=10000 go test -run '^$' -bench Build -benchtime 3x \
//	    -cpuprofile cpu.prof -memprofile mem.prof ./internal/bench/
//
// ENDORSE_BENCH_PAGES sets the corpus size (default 1000). The wasm build
// is skipped: it is cached between builds and not what is measured here.
func BenchmarkBuild(b *testing.B) {
	pages := 1000
	if v, err := strconv.Atoi(os.Getenv("ENDORSE_BENCH_PAGES")); err == nil && v > 0 {
		pages = v
	}
	dir := b.TempDir()
	root := filepath.Join(dir, "corpus")
	if _, err := corpus.Generate(corpus.Options{Pages: pages, Out: root, Repo: "../.."}); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := site.Build(site.Options{Root: root, Out: filepath.Join(dir, "out"), NoWasm: true}); err != nil {
			b.Fatal(err)
		}
	}
}
