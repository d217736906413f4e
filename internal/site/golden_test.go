package site

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGolden builds a small site with the repository's templates (its
// static/ comes from the fixture, so stylesheet edits do not churn it) and compares every output file with testdata/golden.
// Run `go test ./internal/site -run Golden -update` after an intended change.
func TestGolden(t *testing.T) {
	root := project(t, "golden", nil)
	copyTree(t, filepath.Join("..", "..", "templates"), filepath.Join(root, "templates"))
	mustBuild(t, root, nil)
	out, golden := filepath.Join(root, "public"), filepath.Join("testdata", "golden")
	if *update {
		if err := os.RemoveAll(golden); err != nil {
			t.Fatal(err)
		}
		copyTree(t, out, golden)
	}
	got, want := listTree(t, out), listTree(t, golden)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("output files:\n%s\nwant:\n%s\n(run with -update after an intended change)", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, f := range got {
		a, _ := os.ReadFile(filepath.Join(out, f))
		b, _ := os.ReadFile(filepath.Join(golden, f))
		if string(a) != string(b) {
			t.Errorf("%s differs from testdata/golden:\n%s\nwant:\n%s", f, a, b)
		}
	}
}

// listTree lists the files below dir, slash-separated and sorted.
func listTree(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, filepath.ToSlash(rel))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// copyTree copies a file or directory tree.
func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		writeFile(t, dst, filepath.ToSlash(rel), string(data))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
