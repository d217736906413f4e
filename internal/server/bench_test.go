package server

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/iecmh/endorse/internal/bench/corpus"
)

// BenchmarkScan measures one poll of a project; set ENDORSE_BENCH_ROOT to a
// generated corpus (go run ./cmd/corpusgen) to measure a large site.
func BenchmarkScan(b *testing.B) {
	root := os.Getenv("ENDORSE_BENCH_ROOT")
	if root == "" {
		root = "../.."
	}
	dirs := []string{"content", "rules", "templates", "static"}
	for b.Loop() {
		scan(root, dirs)
	}
}

// BenchmarkRebuildOnePage times what `endorse serve` does after a one-page
// edit on a generated 1,000-page site: the rebuild (site.Build in dev mode
// with the server's asset pipeline) until the new output is served. The
// polling delay is not included.
func BenchmarkRebuildOnePage(b *testing.B) {
	root := b.TempDir()
	if _, err := corpus.Generate(corpus.Options{Pages: 1000, Out: root, Repo: "../.."}); err != nil {
		b.Fatal(err)
	}
	srv, err := New(Options{Root: root})
	if err != nil {
		b.Fatal(err)
	}
	defer srv.Close()
	if st := srv.Rebuild(nil); !st.OK {
		b.Fatalf("first build: %v", st.Errors)
	}
	page := filepath.Join(root, "content", "section-001", "page-00001.md")
	for i := 0; b.Loop(); i++ {
		appendLine(b, page, "Edit number "+strconv.Itoa(i)+".")
		if st := srv.Rebuild([]string{"content/section-001/page-00001.md"}); !st.OK {
			b.Fatalf("rebuild: %v", st.Errors)
		}
	}
}

func appendLine(b *testing.B, p, line string) {
	f, err := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
	if err == nil {
		_, err = f.WriteString("\n" + line + "\n")
		f.Close()
	}
	if err != nil {
		b.Fatal(err)
	}
}
