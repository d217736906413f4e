package server

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHostGuard sends real requests with the Host headers a browser would
// send after DNS rebinding, and with loopback names: only the latter (and
// names given with -host) reach the site.
func TestHostGuard(t *testing.T) {
	root := t.TempDir()
	mustPut(t, filepath.Join(root, "content/about.md"), "about")
	srv := startServer(t, Options{Root: root, Build: fakeBuild(root), Hosts: []string{"preview.example.org"}})
	eventually(t, "first build", func() (bool, string) { return status(t, srv.URL()).OK, "not built" })
	tests := []struct {
		host string
		want int
	}{
		{"127.0.0.1:1313", 200},
		{"localhost", 200},
		{"LOCALHOST.:8080", 200},
		{"aimh.localhost:1313", 200},
		{"[::1]:1313", 200},
		{"127.1.2.3", 200},
		{"preview.example.org", 200},
		{"Preview.Example.org:443", 200},
		{"attacker.example.com", 421},
		{"attacker.example.com:1313", 421},
		{"localhost.attacker.example", 421},
		{"10.0.0.5:1313", 421},
	}
	for _, tt := range tests {
		req, _ := http.NewRequest("GET", srv.URL()+"about/", nil)
		req.Host = tt.host
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tt.want {
			t.Errorf("Host %q: status %d, want %d (%s)", tt.host, resp.StatusCode, tt.want, body)
		}
		if tt.want == 421 && !strings.Contains(string(body), "-host") {
			t.Errorf("Host %q: refusal %q does not say how to allow the name", tt.host, body)
		}
	}
}

// TestHostGuardAny: -host '*' answers every name (behind a tunnel or proxy
// the user set up on purpose).
func TestHostGuardAny(t *testing.T) {
	root := t.TempDir()
	mustPut(t, filepath.Join(root, "content/about.md"), "about")
	srv := startServer(t, Options{Root: root, Build: fakeBuild(root), Hosts: []string{"*"}})
	eventually(t, "first build", func() (bool, string) { return status(t, srv.URL()).OK, "not built" })
	req, _ := http.NewRequest("GET", srv.URL()+"about/", nil)
	req.Host = "anything.example.net"
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("with -host '*': status %d", resp.StatusCode)
	}
}

// TestDefaultWatchCoversWasmSources: editing a Go source the checker's
// WebAssembly is built from, or go.mod, is a change; test files and
// testdata are not (no build reads them).
func TestDefaultWatchCoversWasmSources(t *testing.T) {
	root := t.TempDir()
	for _, f := range []string{"wasm/main.go", "internal/engine/rsc.go", "go.mod", "internal/engine/x_test.go", "internal/engine/testdata/case.json"} {
		mustPut(t, filepath.Join(root, f), "v1")
	}
	before := scan(root, DefaultWatch)
	for _, f := range []string{"wasm/main.go", "internal/engine/rsc.go", "go.mod", "internal/engine/x_test.go", "internal/engine/testdata/case.json"} {
		if err := os.WriteFile(filepath.Join(root, f), []byte("version 2"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got := strings.Join(scan(root, DefaultWatch).diff(before), " ")
	if got != "go.mod internal/engine/rsc.go wasm/main.go" {
		t.Errorf("changed = %q, want the wasm sources and go.mod only", got)
	}
}

// TestDefaultWatchCoversEveryInput (issue 9, defect 11): an edit to any
// file the build reads is a change — site.toml, pages, course files and
// copied files in content/, templates and partials, static/, every rules
// file, the checker's Go sources (wasm/, internal/), go.mod and go.sum —
// and so is an edit to the target of a linked file; what the build writes
// (the output, its lock, staging directories, the wasm cache) is not.
func TestDefaultWatchCoversEveryInput(t *testing.T) {
	root := t.TempDir()
	inputs := []string{"content/site.toml", "content/about.md", "content/courses/intro.toml", "content/apply/form.pdf",
		"templates/page.html", "templates/partials/footer.html", "static/css/site.css", "static/img/logo.svg",
		"rules/association.toml", "rules/categories/imhs.toml", "go.mod", "go.sum", "wasm/main.go", "internal/engine/rsc.go",
		"shared/note.md"}
	outputs := []string{"public/index.html", ".public.lock", ".public.building-1/index.html", ".cache/wasm/x.wasm"}
	for _, f := range append(inputs, outputs...) {
		mustPut(t, filepath.Join(root, f), "v1")
	}
	if err := os.Symlink(filepath.Join(root, "shared/note.md"), filepath.Join(root, "content/note.md")); err != nil {
		t.Fatal(err)
	}
	before := scan(root, DefaultWatch)
	for _, f := range append(inputs, outputs...) {
		if err := os.WriteFile(filepath.Join(root, f), []byte("version 2"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got := strings.Join(scan(root, DefaultWatch).diff(before), " ")
	want := "content/about.md content/apply/form.pdf content/courses/intro.toml content/note.md content/site.toml go.mod go.sum " +
		"internal/engine/rsc.go rules/association.toml rules/categories/imhs.toml static/css/site.css static/img/logo.svg " +
		"templates/page.html templates/partials/footer.html wasm/main.go"
	if got != want {
		t.Errorf("changed =\n%s\nwant\n%s", got, want)
	}
}

// TestWatchFollowsLinkedInputDirectory: content/ linked to a directory
// elsewhere in the project is watched where it points, under content/.
func TestWatchFollowsLinkedInputDirectory(t *testing.T) {
	root := t.TempDir()
	mustPut(t, filepath.Join(root, "site/content/about.md"), "v1")
	if err := os.Symlink("site/content", filepath.Join(root, "content")); err != nil {
		t.Fatal(err)
	}
	before := scan(root, DefaultWatch)
	mustPut(t, filepath.Join(root, "site/content/about.md"), "version 2")
	if got := strings.Join(scan(root, DefaultWatch).diff(before), " "); got != "content/about.md" {
		t.Errorf("changed = %q, want content/about.md", got)
	}
}
