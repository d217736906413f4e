package cli

import (
	"bytes"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/iecmh/endorse/internal/diag"
)

// TestCheckExternal: `endorse check -external` asks every outside link of
// the built site over real HTTP (a server on loopback) and reports each
// broken one at the line and column where it is written, with exit status
// 1; `endorse build` and `endorse check` without the flag make no request
// and check leaves no public/ behind.
func TestCheckExternal(t *testing.T) {
	var requests atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		if r.URL.Path != "/fine" {
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	files := map[string]string{}
	for k, v := range buildFixture {
		files[k] = v
	}
	files["content/_index.md"] = "+++\ntitle = \"Home\"\n+++\nRead [the guide](" + srv.URL + "/fine) and\n[the old page](" + srv.URL + "/old#part).\n"
	files["templates/base.html"] = strings.Replace(buildFixture["templates/base.html"], "<main>", `<a href="`+srv.URL+`/gone">Partner</a><main>`, 1)
	root := writeProject(t, files)

	if err := Run([]string{"build", "-root", root, "-out", filepath.Join(t.TempDir(), "out")}, &bytes.Buffer{}, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	var stdout bytes.Buffer
	if err := Run([]string{"check", "-root", root}, &stdout, &bytes.Buffer{}); err != nil || !strings.Contains(stdout.String(), "2 pages checked") {
		t.Fatalf("check: %v, %q", err, stdout.String())
	}
	if n := requests.Load(); n != 0 {
		t.Fatalf("build and check without -external made %d requests", n)
	}

	err := Run([]string{"check", "-root", root, "-external", "-concurrency", "2", "-timeout", "5s"}, &bytes.Buffer{}, &bytes.Buffer{})
	var de *diag.Error
	if !errors.As(err, &de) {
		t.Fatalf("check -external = %v; want diagnostics", err)
	}
	want := "content/_index.md:5:16: link \"" + srv.URL + "/old#part\" returned 404 Not Found\n" +
		"templates/base.html:1:" + strconv.Itoa(strings.Index(files["templates/base.html"], srv.URL+"/gone")+1) + ": link \"" + srv.URL + "/gone\" returned 404 Not Found"
	if got := err.Error(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if _, err := os.Stat(filepath.Join(root, "public")); !os.IsNotExist(err) {
		t.Errorf("check wrote public/: %v", err)
	}

	files["content/_index.md"] = "+++\ntitle = \"Home\"\n+++\nRead [the guide](" + srv.URL + "/fine).\n"
	files["templates/base.html"] = buildFixture["templates/base.html"]
	root = writeProject(t, files)
	stdout.Reset()
	if err := Run([]string{"check", "-root", root, "-external"}, &stdout, &bytes.Buffer{}); err != nil || !strings.Contains(stdout.String(), "1 outside links answer") {
		t.Errorf("check -external of working links: %v, %q", err, stdout.String())
	}
	// the link that answered is kept in .cache/ and not asked again
	// within -cache-age; -cache-age 0 asks it anyway
	before := requests.Load()
	if err := Run([]string{"check", "-root", root, "-external"}, &bytes.Buffer{}, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	if n := requests.Load() - before; n != 0 {
		t.Errorf("a second check within a day asked %d times", n)
	}
	if err := Run([]string{"check", "-root", root, "-external", "-cache-age", "0"}, &bytes.Buffer{}, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	if n := requests.Load() - before; n == 0 {
		t.Error("-cache-age 0 asked nothing")
	}
}
