package cli

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/iecmh/endorse/internal/diag"
)

// buildFixture is the smallest buildable project.
var buildFixture = map[string]string{
	"content/site.toml":   "title = \"T\"\nbase_url = \"https://t.example/\"\nlanguage = \"en\"\n",
	"content/_index.md":   "+++\ntitle = \"Home\"\n+++\nHello.\n",
	"templates/base.html": `<!doctype html><html lang=en><head><title>{{.Page.Title}}</title></head><body><main>{{template "main" .}}</main></body></html>`,
	"templates/home.html": `{{define "main"}}{{.Page.Content}}{{end}}`,
	"templates/404.html":  `{{define "main"}}Not found{{end}}`,
}

func writeProject(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestBuildCommand(t *testing.T) {
	root := writeProject(t, buildFixture)
	out := filepath.Join(t.TempDir(), "site")
	var stdout, stderr bytes.Buffer
	if err := Run([]string{"build", "-root", root, "-out", out}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(stdout.String(), "endorse: built 2 pages, 0 assets, ") {
		t.Errorf("stdout = %q", stdout.String())
	}
	if data, err := os.ReadFile(filepath.Join(out, "index.html")); err != nil || !strings.Contains(string(data), "Hello.") {
		t.Errorf("index.html = %q, %v", data, err)
	}
}

func TestBuildCommandReportsDiagnostics(t *testing.T) {
	files := map[string]string{}
	for k, v := range buildFixture {
		files[k] = v
	}
	files["content/site.toml"] += "titel = \"x\"\n"
	root := writeProject(t, files)
	err := Run([]string{"build", "-root", root}, &bytes.Buffer{}, &bytes.Buffer{})
	var de *diag.Error
	if !errors.As(err, &de) || err.Error() != `content/site.toml:4:1: unknown key "titel"` {
		t.Errorf("err = %v", err)
	}
}

func TestBuildCommandUsage(t *testing.T) {
	err := Run([]string{"build", "extra"}, &bytes.Buffer{}, &bytes.Buffer{})
	if !errors.Is(err, ErrUsage) {
		t.Errorf("err = %v, want usage error", err)
	}
}

// TestBuildPublishFlags: draft, future and expired pages are built only
// with -drafts, -future and -expired, or Hugo's -D, -F, -E and long names.
func TestBuildPublishFlags(t *testing.T) {
	files := map[string]string{"templates/page.html": `{{define "main"}}{{.Page.Title}}{{end}}`}
	for k, v := range buildFixture {
		files[k] = v
	}
	files["content/draft.md"] = "---\ntitle: Draft\ndraft: true\n---\n"
	files["content/future.md"] = "+++\ntitle = \"Future\"\npublishDate = 2999-01-01\n+++\n"
	files["content/expired.md"] = "{\"title\": \"Expired\", \"expiryDate\": \"2000-01-01\"}\n"
	root := writeProject(t, files)
	cases := map[string]string{
		"":                             "",
		"-drafts":                      "draft",
		"-D -F":                        "draft future",
		"-buildExpired -future":        "expired future",
		"--drafts --future --expired":  "draft expired future",
		"-buildDrafts -buildFuture -E": "draft expired future",
	}
	for flags, want := range cases {
		out := filepath.Join(t.TempDir(), "site")
		args := append([]string{"build", "-root", root, "-out", out}, strings.Fields(flags)...)
		if err := Run(args, &bytes.Buffer{}, &bytes.Buffer{}); err != nil {
			t.Fatalf("%s: %v", flags, err)
		}
		var got []string
		for _, p := range []string{"draft", "expired", "future"} {
			if _, err := os.Stat(filepath.Join(out, p, "index.html")); err == nil {
				got = append(got, p)
			}
		}
		if strings.Join(got, " ") != want {
			t.Errorf("build %s published %q, want %q", flags, got, want)
		}
	}
}
