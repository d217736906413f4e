package assets

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/iecmh/endorse/internal/diag"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the want sections of testdata/*.txtar")

// TestPipelineGolden builds each testdata/pipeline/*.txtar project (its
// files other than "want") and compares the manifest and diagnostics with
// the archive's "want" file. Run with -update to rewrite it.
func TestPipelineGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/pipeline/*.txtar")
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			ar, root := extract(t, file)
			got := render(Build(Options{Root: root, NoWasm: true}))
			checkWant(t, file, ar, got)
		})
	}
}

// extract writes every file of a txtar archive except "want" into a temp dir.
func extract(t *testing.T, file string) (*txtar.Archive, string) {
	t.Helper()
	ar, err := txtar.ParseFile(file)
	if err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	for _, f := range ar.Files {
		if f.Name == "want" {
			continue
		}
		p := filepath.Join(root, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return ar, root
}

// render prints what a user of the manifest sees: each asset's name, URL,
// size, and text content, then the diagnostics.
func render(m *Manifest, ds diag.List) string {
	var b strings.Builder
	for _, a := range m.All() {
		b.WriteString("== " + a.Name + " " + a.URL + "\n")
		if utf8.Valid(a.Bytes) && !bytes.ContainsRune(a.Bytes, 0) {
			b.WriteString(strings.TrimRight(string(a.Bytes), "\n") + "\n")
		} else {
			b.WriteString("<binary>\n")
		}
	}
	b.WriteString("== diagnostics\n")
	for _, d := range ds {
		b.WriteString(d.String() + "\n")
	}
	return b.String()
}

// checkWant compares got with the archive's want file, or rewrites it.
func checkWant(t *testing.T, file string, ar *txtar.Archive, got string) {
	t.Helper()
	for i, f := range ar.Files {
		if f.Name != "want" {
			continue
		}
		if *update {
			ar.Files[i].Data = []byte(got)
			if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
				t.Fatal(err)
			}
			return
		}
		if want := string(f.Data); got != want {
			t.Errorf("got:\n%s\nwant:\n%s", got, want)
		}
		return
	}
	t.Fatalf("%s has no want file", file)
}

// TestDeterministic builds the same project in two directories with fresh
// pipelines: names, URLs and bytes must be identical.
func TestDeterministic(t *testing.T) {
	_, a := extract(t, "testdata/pipeline/basic.txtar")
	_, b := extract(t, "testdata/pipeline/basic.txtar")
	ra := render(Build(Options{Root: a, NoWasm: true}))
	for i := 0; i < 3; i++ {
		if rb := render(Build(Options{Root: b, NoWasm: true})); ra != rb {
			t.Fatalf("run %d differs:\n%s\n---\n%s", i, ra, rb)
		}
	}
}

// TestStaticMemo: a pipeline reuses its bundles until a static file changes.
func TestStaticMemo(t *testing.T) {
	_, root := extract(t, "testdata/pipeline/basic.txtar")
	p := NewPipeline(Options{Root: root, NoWasm: true})
	m1, _ := p.Build()
	m2, _ := p.Build()
	a1, _ := m1.Get("css/site.css")
	a2, _ := m2.Get("css/site.css")
	if a1.URL != a2.URL {
		t.Fatalf("unchanged rebuild changed %s → %s", a1.URL, a2.URL)
	}
	writeFile(t, filepath.Join(root, "static/css/_base.css"), "html{margin:1px}")
	m3, _ := p.Build()
	a3, _ := m3.Get("css/site.css")
	if a3.URL == a1.URL || !strings.Contains(string(a3.Bytes), "margin:1px") {
		t.Fatalf("edit of a partial not picked up: %s %s", a3.URL, a3.Bytes)
	}
}
