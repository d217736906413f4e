package server

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestScanDiff: added, modified and removed files are reported, sorted;
// editor droppings (dot files, backups) and unwatched dirs are not.
func TestScanDiff(t *testing.T) {
	root := t.TempDir()
	for _, f := range []string{"content/a.md", "content/b.md", "templates/base.html", "public/index.html"} {
		mustPut(t, filepath.Join(root, f), "v1")
	}
	dirs := []string{"content", "templates", "static"}
	before := scan(root, dirs)
	for f, data := range map[string]string{
		"content/a.md": "v2 longer", "content/c.md": "new", "content/.a.md.swp": "x", "content/a.md~": "x",
		"content/#a.md#": "x", "public/index.html": "changed output",
	} {
		mustPut(t, filepath.Join(root, f), data)
	}
	if err := os.Remove(filepath.Join(root, "templates/base.html")); err != nil {
		t.Fatal(err)
	}
	got := scan(root, dirs).diff(before)
	want := []string{"content/a.md", "content/c.md", "templates/base.html"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("diff = %q, want %q", got, want)
	}
}
