package server

import (
	"context"
	"strings"
	"testing"
	"time"

	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/chromedp"

	"github.com/iecmh/endorse/internal/browsertest"
)

// TestLiveReloadInBrowser drives headless Chromium against the real dev
// server under the production CSP: an edit reloads the open page, a broken
// file shows the error overlay over the last good page, a fix removes it
// and reloads. Any console error (a CSP violation included) fails the test.
func TestLiveReloadInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Chromium")
	}
	root := extractProject(t, "testdata/project.txtar")
	srv := startServer(t, Options{Root: root})
	eventually(t, "first build", func() (bool, string) { return status(t, srv.URL()).OK, "not built" })
	b := newTab(t)
	b.run(t, chromedp.Navigate(srv.URL()+"about/"))
	eventually(t, "event stream", func() (bool, string) { return srv.events.count() > 0, "no subscriber" })
	about := root + "/content/about.md"
	for _, s := range []struct{ name, write, want string }{
		{"edit reloads", "+++\ntitle = \"About\"\n+++\nAbout version two.\n", "main: About version two."},
		{"error overlay", "+++\ntitle = \"About\"\nlayuot = 1\n+++\n", `overlay: content/about.md:3:1: unknown key "layuot"`},
		{"fix reloads", "+++\ntitle = \"About\"\n+++\nAbout version three.\n", "main: About version three."},
	} {
		b.run(t, chromedp.Evaluate(`window.endorseMark = 1`, nil))
		mustPut(t, about, s.write)
		eventually(t, s.name, func() (bool, string) { got := b.state(t); return strings.Contains(got, s.want), got })
	}
	if errs := b.console.Errors(); len(errs) > 0 {
		t.Errorf("console errors:\n  %s", strings.Join(errs, "\n  "))
	}
}

// TestFirstBuildFailsInBrowser: a page opened before any good build shows
// the diagnostics and turns into the site once the problem is fixed.
func TestFirstBuildFailsInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Chromium")
	}
	root := extractProject(t, "testdata/project.txtar")
	about := root + "/content/about.md"
	mustPut(t, about, "+++\ntitle = \"About\"\nlayuot = 1\n+++\n")
	srv := startServer(t, Options{Root: root})
	eventually(t, "first build", func() (bool, string) { return status(t, srv.URL()).Build > 0, "not built" })
	b := newTab(t)
	b.run(t, chromedp.Navigate(srv.URL()+"about/"))
	want := `overlay: content/about.md:3:1: unknown key "layuot"`
	eventually(t, "overlay", func() (bool, string) { got := b.state(t); return strings.HasPrefix(got, want), got })
	mustPut(t, about, "+++\ntitle = \"About\"\n+++\nFixed at last.\n")
	eventually(t, "recovery", func() (bool, string) { got := b.state(t); return got == "main: Fixed at last.", got })
}

// state describes what the user sees: the overlay's text if shown, else
// the first paragraph of the main content, marked "not reloaded" while the
// page still holds the window.endorseMark set before the edit.
func (b *tab) state(t *testing.T) string {
	var s string
	err := chromedp.Run(b.ctx, chromedp.Evaluate(`(() => {
		const o = document.getElementById("endorse-build-errors");
		if (o) return "overlay: " + o.querySelector("pre").textContent;
		const p = document.querySelector("main p");
		if (!p) return "loading";
		return (window.endorseMark ? "not reloaded: " : "main: ") + p.textContent;
	})()`, &s))
	if err != nil && strings.Contains(err.Error(), "navigated") {
		return "reloading" // the live reload raced this query; ask again
	}
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	return s
}

// tab is a headless Chromium tab recording console errors.
type tab struct {
	ctx     context.Context
	console *browsertest.Console
}

func newTab(t *testing.T) *tab {
	t.Helper()
	ctx := browsertest.Start(t, time.Minute)
	b := &tab{ctx: ctx, console: browsertest.WatchConsole(ctx)}
	b.run(t, cdplog.Enable())
	return b
}

func (b *tab) run(t *testing.T, actions ...chromedp.Action) {
	t.Helper()
	if err := chromedp.Run(b.ctx, actions...); err != nil {
		t.Fatalf("browser: %v", err)
	}
}
