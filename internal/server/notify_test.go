package server

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// inputsBuild is a BuildFunc that records, per build, the files it saw
// below the project root, with their contents.
type inputsBuild struct {
	root string
	mu   sync.Mutex
	seen []string
}

func (b *inputsBuild) build(out string, _ []string) (fs.FS, string, error) {
	var files []string
	_ = filepath.WalkDir(b.root, func(p string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
			data, _ := os.ReadFile(p)
			rel, _ := filepath.Rel(b.root, p)
			files = append(files, filepath.ToSlash(rel)+"="+string(data))
		}
		return nil
	})
	sort.Strings(files)
	b.mu.Lock()
	b.seen = append(b.seen, strings.Join(files, " "))
	b.mu.Unlock()
	return nil, "built", put(filepath.Join(out, "index.html"), "ok")
}

// builds is how many builds ran, and what the newest one saw.
func (b *inputsBuild) builds() (int, string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.seen) == 0 {
		return 0, ""
	}
	return len(b.seen), b.seen[len(b.seen)-1]
}

// TestNotifyCatchesEditorSaves checks that file notifications alone (the
// poller is set to an hour) rebuild after the ways editors and people
// change inputs: saving by writing a temporary file and renaming it over
// the old one, a new directory with a page in it, and an edit of go.mod
// (watched as a file of the project root, whose other files are not inputs).
func TestNotifyCatchesEditorSaves(t *testing.T) {
	root := t.TempDir()
	mustPut(t, filepath.Join(root, "content/about.md"), "v1")
	mustPut(t, filepath.Join(root, "go.mod"), "module a")
	b := &inputsBuild{root: root}
	srv := startServer(t, Options{Root: root, Build: b.build, Interval: time.Hour, Watch: []string{"content", "go.mod"}})
	eventually(t, "first build", func() (bool, string) { return status(t, srv.URL()).OK, "not built" })
	waitSeen := func(what, want string) {
		t.Helper()
		eventually(t, what, func() (bool, string) { _, got := b.builds(); return strings.Contains(got, want), got })
	}

	// Save by rename, as vim (backupcopy=no), VS Code and gofmt -w do.
	mustPut(t, filepath.Join(root, "content/about.md.tmp1234"), "v2")
	if err := os.Rename(filepath.Join(root, "content/about.md.tmp1234"), filepath.Join(root, "content/about.md")); err != nil {
		t.Fatal(err)
	}
	waitSeen("save by rename", "content/about.md=v2 go.mod")

	// A new directory, then a page written into it.
	if err := os.Mkdir(filepath.Join(root, "content/news"), 0o755); err != nil {
		t.Fatal(err)
	}
	time.Sleep(100 * time.Millisecond) // the new directory is watched once its event is read
	mustPut(t, filepath.Join(root, "content/news/first.md"), "hello")
	waitSeen("page in a new directory", "content/news/first.md=hello")

	// A file next to go.mod that is no input is not a change; go.mod is.
	before, _ := b.builds()
	mustPut(t, filepath.Join(root, "notes.txt"), "not an input")
	time.Sleep(300 * time.Millisecond)
	if after, _ := b.builds(); after != before {
		t.Errorf("a file that is no input caused %d builds", after-before)
	}
	mustPut(t, filepath.Join(root, "go.mod"), "module b")
	waitSeen("go.mod edit", "go.mod=module b")
}
