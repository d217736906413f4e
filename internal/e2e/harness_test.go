package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestHarnessCatches proves the checks used by every browser test can fail:
// a page that tries another origin, logs an error and has an unlabelled
// input must trip all three.
func TestHarnessCatches(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	write(t, dir, "_headers", "/*\n  Content-Security-Policy: "+strings.Join(contractCSP, "; ")+"\n")
	write(t, dir, "index.html", `<!doctype html><html lang="en"><title>t</title>
<main><h1>t</h1><img src="http://192.0.2.1/x.png" alt="x"><input type="text"></main>
<script src="/bad.js"></script>`)
	write(t, dir, "bad.js", `console.error("boom")`)
	srv := serveSite(t, dir)
	b := newBrowser(t)
	b.run(t, chromedp.Navigate(srv.URL+"/"), chromedp.WaitReady("main"))
	if f := b.foreignRequests(srv.URL); len(f) != 1 {
		t.Errorf("foreign requests = %q, want the one image", f)
	}
	if e := b.consoleErrors(); len(e) == 0 {
		t.Error("console.error not recorded")
	}
	ft := &fakeT{TB: t}
	b.checkAxe(ft, "harness")
	if ft.errors == 0 {
		t.Error("axe found no violation on an unlabelled input")
	}
}

// fakeT counts Errorf calls instead of failing.
type fakeT struct {
	testing.TB
	errors int
}

func (f *fakeT) Errorf(string, ...any) { f.errors++ }

// write creates dir/name with body.
func write(t testing.TB, dir, name, body string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}
