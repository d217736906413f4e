package server

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// TestServeSite runs the real build (site.Build, dev mode) behind the
// server on a fixture project: edit a Markdown file → the page changes;
// break the front matter → the error is reported with its position and the
// last good page is still served; fix it → recovery.
func TestServeSite(t *testing.T) {
	root := extractProject(t, "testdata/project.txtar")
	about := "+++\ntitle = \"About\"\n+++\n"
	runScenario(t, root, nil, []step{
		{name: "initial", path: "/about/", wantBody: "About version one."},
		{name: "edit", write: map[string]string{"content/about.md": about + "About version two, longer.\n"}, event: "reload",
			path: "/about/", wantBody: "About version two, longer."},
		{name: "broken", write: map[string]string{"content/about.md": "+++\ntitle = \"About\"\nlayuot = 1\n+++\nBroken.\n"},
			event: "build-error", path: "/about/", wantBody: "About version two, longer.", wantError: "content/about.md:3:"},
		{name: "fixed", write: map[string]string{"content/about.md": about + "About version three.\n"}, event: "reload",
			path: "/about/", wantBody: "About version three."},
	})
}

// TestServeSiteLiveReloadScript: dev pages load the live-reload script as
// an external, integrity-checked asset that the server serves.
func TestServeSiteLiveReloadScript(t *testing.T) {
	root := extractProject(t, "testdata/project.txtar")
	srv := startServer(t, Options{Root: root})
	eventually(t, "first build", func() (bool, string) { st := status(t, srv.URL()); return st.Build > 0, "no build" })
	if st := status(t, srv.URL()); !st.OK {
		t.Fatalf("build failed: %v", st.Errors)
	}
	_, page, _ := get(t, srv.URL()+"about/")
	m := regexp.MustCompile(`<script src="?(/assets/livereload\.[0-9a-f]{8}\.js)"? integrity="?sha384-`).FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("page has no live-reload script tag:\n%s", page)
	}
	code, js, h := get(t, srv.URL()+strings.TrimPrefix(m[1], "/"))
	if code != 200 || !strings.Contains(js, "/_endorse/events") || !strings.HasPrefix(h.Get("Content-Type"), "text/javascript") {
		t.Errorf("GET %s = %d %q", m[1], code, h.Get("Content-Type"))
	}
}

// extractProject writes a txtar project into a temp dir.
func extractProject(t *testing.T, file string) string {
	t.Helper()
	ar, err := txtar.ParseFile(file)
	if err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	for _, f := range ar.Files {
		mustPut(t, filepath.Join(root, filepath.FromSlash(f.Name)), string(f.Data))
	}
	return root
}
