package server

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// step edits the project, then expects an event, a page and a status.
type step struct {
	name      string
	write     map[string]string // project files to write
	event     string            // next SSE event ("" = none awaited)
	path      string            // page fetched once the event arrived
	wantBody  string            // substring of that page
	wantError string            // substring of one /_endorse/errors line ("" = build OK)
}

// runScenario starts a server on the project at root, subscribes to its
// events and plays the steps, each with bounded waits.
func runScenario(t *testing.T, root string, build BuildFunc, steps []step) {
	srv := startServer(t, Options{Root: root, Build: build})
	url := srv.URL()
	eventually(t, "first build", func() (bool, string) { st := status(t, url); return st.Build > 0, "no build" })
	ch := events(t, url)
	if ev := nextEvent(t, ch); ev != "status" {
		t.Fatalf("first event %q, want status", ev)
	}
	for _, s := range steps {
		for name, data := range s.write {
			mustPut(t, filepath.Join(root, filepath.FromSlash(name)), data)
		}
		if s.event != "" {
			awaitEvent(t, ch, s.event)
		}
		eventually(t, s.name, func() (bool, string) { return checkStep(t, url, s) })
	}
}

// awaitEvent reads events until name arrives (bounded). Other events may
// come first: a poll can catch a file half-written and report a transient
// error before the next poll sees the whole file.
func awaitEvent(t *testing.T, ch <-chan string, name string) {
	t.Helper()
	for ev := nextEvent(t, ch); ev != name; ev = nextEvent(t, ch) {
	}
}

// checkStep reports whether the page and the build status are as the step
// expects, and what was seen.
func checkStep(t *testing.T, url string, s step) (bool, string) {
	code, body, _ := get(t, url+strings.TrimPrefix(s.path, "/"))
	st := status(t, url)
	errs := strings.Join(st.Errors, "\n")
	ok := code == 200 && strings.Contains(body, s.wantBody) &&
		st.OK == (s.wantError == "") && strings.Contains(errs, s.wantError)
	return ok, fmt.Sprintf("GET %s = %d %q; build ok=%v errors %q", s.path, code, body, st.OK, errs)
}

// TestServeScenario: edit → reload; broken file → error reported while the
// last good build is still served; fix → recovery.
func TestServeScenario(t *testing.T) {
	root := t.TempDir()
	mustPut(t, filepath.Join(root, "content/about.md"), "about v1")
	runScenario(t, root, fakeBuild(root), []step{
		{name: "initial", path: "/about/", wantBody: "about v1"},
		{name: "edit", write: map[string]string{"content/about.md": "about v2!"}, event: "reload", path: "/about/", wantBody: "about v2!"},
		{name: "broken", write: map[string]string{"content/bad.md": "x\n  BROKEN"}, event: "build-error", path: "/about/", wantBody: "about v2!",
			wantError: "content/bad.md:2:3: broken marker"},
		{name: "fixed", write: map[string]string{"content/bad.md": "fine now"}, event: "reload", path: "/bad/", wantBody: "fine now"},
	})
}

// TestHalfWrittenFileNotReported: a build that fails because it read a file
// still being written (the file changes again during the build) reports
// nothing; the next build, on the whole file, decides.
func TestHalfWrittenFileNotReported(t *testing.T) {
	root := t.TempDir()
	about := filepath.Join(root, "content/about.md")
	mustPut(t, about, "about v1")
	inner := fakeBuild(root)
	build := func(out string, changed []string) (fs.FS, string, error) {
		fsys, sum, err := inner(out, changed)
		if data, _ := os.ReadFile(about); string(data) == "BROKEN half" {
			_ = put(about, "about v2, complete") // the editor finishes writing
		}
		return fsys, sum, err
	}
	srv := startServer(t, Options{Root: root, Build: build})
	eventually(t, "first build", func() (bool, string) { return status(t, srv.URL()).OK, "not built" })
	ch := events(t, srv.URL())
	awaitEvent(t, ch, "status")
	overwrite(t, about, "BROKEN half")
	if ev := nextEvent(t, ch); ev != "reload" {
		t.Fatalf("event %q, want reload without a build-error first", ev)
	}
	if _, body, _ := get(t, srv.URL()+"about/"); !strings.Contains(body, "about v2, complete") {
		t.Errorf("page = %q", body)
	}
}

// overwrite writes data over the start of an existing file in one write,
// without truncating it first: the half-written state the test means is
// "BROKEN half", and os.WriteFile's truncation would first show an empty
// file, which builds fine and is a different (and valid) state to report.
func overwrite(t *testing.T, p, data string) {
	t.Helper()
	f, err := os.OpenFile(p, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString(data); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}
