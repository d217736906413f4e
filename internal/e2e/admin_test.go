package e2e

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/iecmh/endorse/internal/admin"
	"github.com/iecmh/endorse/internal/assets"
	"github.com/iecmh/endorse/internal/server"
	"github.com/iecmh/endorse/internal/site"
)

// TestEditInBrowser is the association's volunteer editing the site in
// the browser on their computer (`endorse serve -edit`): a copy of the
// project is served with the editor's real local backend (decap-server,
// a Node process on loopback). In headless Chromium the test opens
// /admin/, enters the local backend, changes a course's clock hours and
// a page's title by clicking and typing, and publishes each. The change
// is in the TOML file, with everything else of the file kept; the
// preview rebuilds, and the pages show it. The editor has its own
// Content-Security-Policy and every other page keeps the site's; no
// request leaves the preview's origin and nothing is logged as an error.
func TestEditInBrowser(t *testing.T) {
	t.Parallel()
	skipIfShort(t)
	root := repoRoot(t)
	requireCMS(t, root)
	b := newBrowser(t)
	project := editableCopy(t, root)
	srv := startEditing(t, root, project)
	url := strings.TrimSuffix(srv.URL(), "/")

	// Only the editor is loosened.
	adminCSP, siteCSP := headerOf(t, url+admin.Prefix, "Content-Security-Policy"), headerOf(t, url+"/faq/", "Content-Security-Policy")
	if !strings.Contains(adminCSP, "'unsafe-eval'") || !strings.Contains(adminCSP, "frame-ancestors 'none'") || siteCSP != site.CSP {
		t.Errorf("CSP of /admin/ = %q, of /faq/ = %q (want the site's %q)", adminCSP, siteCSP, site.CSP)
	}

	// Decap loads about 5 MB of script: on a busy machine that can take
	// longer than one ordinary step.
	b.acceptDialogs(t)
	b.step(t, "open the editor", 2*time.Minute, chromedp.Navigate(url+admin.Prefix),
		chromedp.Click(`//button[normalize-space()="Login"]`, chromedp.BySearch))

	// A course's clock hours.
	course := filepath.Join(project, "content", "courses", "intro-imh.toml")
	original := decodeTOML(t, course)
	b.step(t, "open the course", stepTimeout, chromedp.Click(`a[href="#/collections/courses"]`, chromedp.ByQuery),
		chromedp.Click(`a[href="#/collections/courses/entries/intro-imh"]`, chromedp.ByQuery))
	b.retype(t, "Clock hours", "12.5")
	// Emptying a number leaves its key out (Decap alone would write
	// sequence = "", which the build refuses).
	b.retype(t, "Sequence", "")
	b.publish(t)
	waitFile(t, course, func(string) bool { return decodeTOML(t, course)["clock_hours"] == 12.5 })
	// Everything else of the file is kept (its comments are not: Decap
	// writes TOML anew, as the README says).
	original["clock_hours"] = 12.5
	delete(original, "sequence")
	if saved := decodeTOML(t, course); !reflect.DeepEqual(saved, original) {
		t.Errorf("the course file changed more than its clock hours and sequence:\n got %v\nwant %v", saved, original)
	}

	// A page's title, in the pages of content/: back to the collections
	// through the editor's back link, as a person would.
	b.step(t, "open the page", stepTimeout,
		chromedp.Click(`//a[contains(normalize-space(), "Writing in Courses collection")]`, chromedp.BySearch),
		chromedp.Click(`a[href="#/collections/pages"]`, chromedp.ByQuery),
		chromedp.Click(`a[href="#/collections/pages/entries/faq"]`, chromedp.ByQuery))
	b.retype(t, "Title", "Questions and answers")
	b.publish(t)
	page := filepath.Join(project, "content", "faq.md")
	// Decap drops TOML comments on save (README, "Editing in the browser"):
	// content/faq.md's front matter has none, so only the title may change.
	before, _ := os.ReadFile(filepath.Join(root, "content", "faq.md"))
	after := waitFile(t, page, func(src string) bool { return strings.Contains(src, `title = "Questions and answers"`) })
	if want := strings.Replace(string(before), `title = "Frequently asked questions"`, `title = "Questions and answers"`, 1); after != want {
		t.Errorf("content/faq.md holds more than the new title:\n%s", after)
	}
	b.step(t, "leave the editor", stepTimeout,
		chromedp.Click(`//a[contains(normalize-space(), "Writing in Pages collection")]`, chromedp.BySearch),
		chromedp.WaitVisible(`a[href="#/collections/pages/entries/faq"]`, chromedp.ByQuery))

	// After the rebuild, the pages show the changes.
	hours := b.textOnceBuilt(t, url+"/courses/intro-imh/", `//dt[normalize-space()="Clock hours"]/following-sibling::dd[1]`, "12.5")
	title := b.textOnceBuilt(t, url+"/faq/", `//main//h1`, "Questions and answers")
	if hours != "12.5" || title != "Questions and answers" {
		t.Errorf("after the rebuild the course shows %q clock hours and the page title %q", hours, title)
	}
	b.checkClean(t, url)
}

// step runs actions within limit; when they fail, the test log gets
// what the page shows and its console errors before the test stops.
func (b *browser) step(t *testing.T, what string, limit time.Duration, actions ...chromedp.Action) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, limit)
	defer cancel()
	if err := chromedp.Run(ctx, actions...); err != nil {
		var text string
		shown, stop := context.WithTimeout(b.ctx, 5*time.Second)
		defer stop()
		_ = chromedp.Run(shown, chromedp.Evaluate(`document.body ? document.body.innerText.slice(0, 2000) : ""`, &text))
		t.Fatalf("%s: %v\nthe page shows:\n%s\nconsole errors: %q", what, err, text, b.consoleErrors())
	}
}

// acceptDialogs answers "leave this page?" and similar dialogs with OK,
// as a person who has saved would, and logs them: an open dialog would
// otherwise block every later step.
func (b *browser) acceptDialogs(t *testing.T) {
	chromedp.ListenTarget(b.ctx, func(ev any) {
		if e, ok := ev.(*page.EventJavascriptDialogOpening); ok {
			t.Logf("dialog (%s): %q, accepted", e.Type, e.Message)
			go func() { _ = chromedp.Run(b.ctx, page.HandleJavaScriptDialog(true)) }()
		}
	})
}

// textOnceBuilt loads url until the text of the element at xpath is want
// (the preview rebuilds after a save) or a step's time is up, and
// returns the last text seen.
func (b *browser) textOnceBuilt(t *testing.T, url, xpath, want string) string {
	t.Helper()
	var got string
	js := `(function () { var n = document.evaluate(` + strconv.Quote(xpath) + `, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue; return n ? n.textContent.trim() : ""; })()`
	for deadline := time.Now().Add(stepTimeout); ; {
		b.step(t, "load "+url, stepTimeout, chromedp.Navigate(url), chromedp.Evaluate(js, &got))
		if got == want || time.Now().After(deadline) {
			return got
		}
		time.Sleep(250 * time.Millisecond)
	}
}

// decodeTOML is a TOML file's values.
func decodeTOML(t *testing.T, file string) map[string]any {
	t.Helper()
	v := map[string]any{}
	if _, err := toml.DecodeFile(file, &v); err != nil {
		t.Logf("%s: %v", file, err) // a file being written: the caller retries
	}
	return v
}

// requireCMS skips the test when Decap CMS and decap-server are not
// installed (`make cms`), or fails it under CI, where .ci/install
// installs them.
func requireCMS(t *testing.T, root string) {
	t.Helper()
	_, err := admin.DistFiles(os.DirFS(root))
	if err == nil {
		_, err = os.Stat(filepath.Join(root, server.DecapServer))
	}
	if err == nil {
		return
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("the editor's CMS is not installed but CI is set (bash .ci/install): %v", err)
	}
	t.Skipf("the editor's CMS is not installed (make cms): %v", err)
}

// editableCopy copies the project to a temporary directory, with Decap
// CMS's files (the copy leaves node_modules out).
func editableCopy(t *testing.T, root string) string {
	t.Helper()
	project := filepath.Join(t.TempDir(), "project")
	if err := copyProject(root, project); err != nil {
		t.Fatal(err)
	}
	files, err := admin.DistFiles(os.DirFS(root))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(project, filepath.FromSlash(admin.DistDir)), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(f)))
		if err == nil {
			err = os.WriteFile(filepath.Join(project, filepath.FromSlash(f)), data, 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	return project
}

// startEditing runs `endorse serve -edit` on the project (decap-server
// from the repository's .cms) and waits for its first build. The wasm
// comes from the repository's build cache.
func startEditing(t *testing.T, root, project string) *server.Server {
	t.Helper()
	pipe := assets.NewPipeline(assets.Options{Root: project, CacheDir: sharedWasmCache(t)})
	bd := site.NewBuilder(site.Options{Root: project, Dev: true, Assets: pipe, LiveReloadJS: assets.LiveReloadJS()})
	build := func(_ string, changed []string) (fs.FS, string, error) {
		rebuild := bd.Build
		if changed != nil {
			rebuild = func() (site.Summary, fs.FS, error) { return bd.Rebuild(changed) }
		}
		sum, fsys, err := rebuild()
		return fsys, fmt.Sprint(sum.Pages, " pages"), err
	}
	srv, err := server.New(server.Options{Root: project, Addr: "127.0.0.1:0", Interval: 100 * time.Millisecond,
		Edit: true, EditServer: filepath.Join(root, filepath.FromSlash(server.DecapServer)), Build: build, Log: testLog{t}})
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Listen(); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	})
	deadline := time.Now().Add(2 * time.Minute)
	for !srv.Status().OK {
		select {
		case err := <-done:
			t.Fatalf("serve -edit stopped: %v", err)
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("no good build: %+v", srv.Status())
		}
	}
	return srv
}

// testLog writes the server's output to the test's log.
type testLog struct{ t *testing.T }

func (l testLog) Write(p []byte) (int, error) {
	l.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

// retype replaces the value of the editor's field labelled label, as a
// person does: click into it, select everything, type.
func (b *browser) retype(t *testing.T, label, value string) {
	t.Helper()
	field := `//label[starts-with(normalize-space(), "` + label + `")]/following::*[self::input or self::textarea][1]`
	var got string
	b.run(t, chromedp.Click(field, chromedp.BySearch),
		chromedp.KeyEvent("a", chromedp.KeyModifiers(input.ModifierCtrl)),
		chromedp.KeyEvent(kb.Backspace),
		chromedp.SendKeys(field, value, chromedp.BySearch),
		chromedp.Value(field, &got, chromedp.BySearch))
	if got != value {
		t.Fatalf("the field %q holds %q after typing %q", label, got, value)
	}
}

// publish saves the open entry: Publish, then Publish now.
func (b *browser) publish(t *testing.T) {
	t.Helper()
	b.run(t, chromedp.Click(`//span[@role="button" and normalize-space()="Publish"]`, chromedp.BySearch),
		chromedp.Click(`//*[@role="menuitem" and normalize-space()="Publish now"]`, chromedp.BySearch))
}

// waitFile waits until the file's text satisfies ok and returns it.
func waitFile(t *testing.T, file string, ok func(string) bool) string {
	t.Helper()
	deadline := time.Now().Add(stepTimeout)
	for {
		data, err := os.ReadFile(file)
		if err == nil && ok(string(data)) {
			return string(data)
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s was not saved as expected:\n%s", file, data)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// headerOf is a response header of url.
func headerOf(t *testing.T, url, name string) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, resp.Body)
	return resp.Header.Get(name)
}
