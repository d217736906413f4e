package server

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestRescanMatchesScan: after edits in one directory, rescanning just
// that directory gives the snapshot a full scan gives.
func TestRescanMatchesScan(t *testing.T) {
	root := t.TempDir()
	for _, f := range []string{"content/a.md", "content/sub/b.md", "templates/base.html"} {
		mustPut(t, filepath.Join(root, f), "v1")
	}
	dirs := []string{"content", "templates", "static"}
	before := scan(root, dirs)
	mustPut(t, filepath.Join(root, "content/sub/b.md"), "v2 longer")
	mustPut(t, filepath.Join(root, "content/sub/c.md"), "new")
	mustPut(t, filepath.Join(root, "content/sub/.c.md.swp"), "x")
	if err := os.Remove(filepath.Join(root, "content/a.md")); err != nil {
		t.Fatal(err)
	}
	got := before.rescan(root, []string{"content/sub", "content"})
	if want := scan(root, dirs); !reflect.DeepEqual(got, want) {
		t.Errorf("rescan = %v, want %v", got, want)
	}
	if d := got.diff(before); !reflect.DeepEqual(d, []string{"content/a.md", "content/sub/b.md", "content/sub/c.md"}) {
		t.Errorf("diff = %q", d)
	}
}
