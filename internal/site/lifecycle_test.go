package site

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// TestOldOutputNotRemovedIsAWarning (issue 9, defect 4): when the previous
// output cannot be deleted once the new one is in place, the build has
// still succeeded: a warning says where the old tree is, and the next
// build removes it. Before, the build exited 1 with a raw unlinkat error
// and the new site in place.
func TestOldOutputNotRemovedIsAWarning(t *testing.T) {
	root := project(t, "minimal", nil)
	mustBuild(t, root, nil)
	denied := &os.PathError{Op: "unlinkat", Path: "x", Err: os.ErrPermission}
	removeTree = func(p string) error {
		if strings.HasSuffix(p, ".old") {
			return denied
		}
		return os.RemoveAll(p)
	}
	t.Cleanup(func() { removeTree = os.RemoveAll })
	writeFile(t, root, "content/about.md", "+++\ntitle = \"About us\"\n+++\n## Team\n")
	sum, err := build(t, root, nil)
	if err != nil {
		t.Fatalf("the build failed although the new output is in place: %v", err)
	}
	old, _ := filepath.Glob(filepath.Join(root, ".public.building-*.old"))
	if len(old) != 1 {
		t.Fatalf("old output left at %v, want one", old)
	}
	want := "the previous output, moved to " + old[0] + ", could not be removed (permission denied); the next build will try again"
	if len(sum.Warnings) != 1 || sum.Warnings[0] != want {
		t.Errorf("warnings = %q, want %q", sum.Warnings, want)
	}
	if !strings.Contains(readOut(t, root, "about/index.html"), "About us") {
		t.Error("the new output is not in place")
	}

	// Still not removable: the next build warns again and succeeds.
	sum = mustBuild(t, root, nil)
	want = "could not remove " + old[0] + ", left by an earlier build: permission denied"
	if len(sum.Warnings) < 1 || sum.Warnings[0] != want {
		t.Errorf("warnings = %q, want first %q", sum.Warnings, want)
	}

	removeTree = os.RemoveAll
	sum = mustBuild(t, root, nil)
	if left, _ := filepath.Glob(filepath.Join(root, ".public.building-*")); len(left) > 0 || len(sum.Warnings) > 0 {
		t.Errorf("after a build that can delete: left %v, warnings %q", left, sum.Warnings)
	}
}

// TestInterruptedBuildRemovesStaging: a build whose context is cancelled
// removes its staging directory and leaves the previous output as it was.
// (cmd/endorse tests the same with real signals to the binary.)
func TestInterruptedBuildRemovesStaging(t *testing.T) {
	root := project(t, "minimal", nil)
	mustBuild(t, root, nil)
	before := treeDigest(t, filepath.Join(root, "public"))
	writeFile(t, root, "content/about.md", "+++\ntitle = \"Changed\"\n+++\n")
	// Cancelled after the staging directory exists and files were written.
	_, err := build(t, root, func(o *Options) { o.Context = cancelAfter(4); o.Workers = 1 })
	if !errors.Is(err, ErrInterrupted) {
		t.Fatalf("err = %v, want ErrInterrupted", err)
	}
	if left, _ := filepath.Glob(filepath.Join(root, ".public.building-*")); len(left) > 0 {
		t.Errorf("staging left: %v", left)
	}
	if after := treeDigest(t, filepath.Join(root, "public")); after != before {
		t.Error("the previous output changed")
	}
}

// TestOutputInsideInputRefused (issue 9, defect 9): an output directory
// inside content/, static/, templates/ or rules/ (also through a symbolic
// link), or one holding the project, is refused before anything is read
// or written; before, content/public was read back and grew every build.
func TestOutputInsideInputRefused(t *testing.T) {
	root := project(t, "minimal", nil)
	link := filepath.Join(t.TempDir(), "link")
	if err := os.Symlink(filepath.Join(root, "static"), link); err != nil {
		t.Fatal(err)
	}
	inside := func(out, dir string) string {
		return "output directory " + out + " is inside " + dir + "/, which the build reads, so every build would read the last one's output back: choose a directory outside content/, static/, templates/ and rules/, such as " + filepath.Join(root, "public")
	}
	for _, tc := range []struct{ out, want string }{
		{filepath.Join(root, "content", "public"), inside(filepath.Join(root, "content", "public"), "content")},
		{filepath.Join(root, "static", "site"), inside(filepath.Join(root, "static", "site"), "static")},
		{filepath.Join(root, "templates", "out"), inside(filepath.Join(root, "templates", "out"), "templates")},
		{filepath.Join(root, "rules", "out"), inside(filepath.Join(root, "rules", "out"), "rules")},
		{filepath.Join(link, "out"), inside(filepath.Join(link, "out"), "static")},
		{root, "output directory " + root + " holds the project itself; choose a directory such as " + filepath.Join(root, "public")},
		{filepath.Dir(root), "output directory " + filepath.Dir(root) + " holds the project itself; choose a directory such as " + filepath.Join(root, "public")},
	} {
		before := treeDigest(t, root)
		_, err := build(t, root, func(o *Options) { o.Out = tc.out })
		if err == nil || err.Error() != tc.want {
			t.Errorf("-out %s: err = %v\nwant %s", tc.out, err, tc.want)
		}
		if after := treeDigest(t, root); after != before {
			t.Errorf("-out %s: the refused build wrote files", tc.out)
		}
	}
}

// cancelAfter is a context that reports itself cancelled from its n+1-th
// Err call on: a build checks it before staging, per page and per write,
// so it stops deterministically in the middle.
func cancelAfter(n int32) context.Context {
	c := &countdown{Context: context.Background()}
	c.left.Store(n)
	return c
}

type countdown struct {
	context.Context
	left atomic.Int32
}

func (c *countdown) Err() error {
	if c.left.Add(-1) < 0 {
		return context.Canceled
	}
	return nil
}

// TestWriteErrorNamesTheFile: an I/O error writing the output names the
// output file and the cause, not a raw system call error with the staging
// directory's temporary name.
func TestWriteErrorNamesTheFile(t *testing.T) {
	notDir := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(notDir, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	w := newWriter(notDir)
	w.write("about/index.html", "content/about.md", []byte("x"))
	if err := w.result(); err == nil || err.Error() != "cannot write about/index.html in the output: not a directory" {
		t.Errorf("err = %v", err)
	}
}
