package e2e

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

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
	if testing.Short() {
		t.Skip("browser test: skipped with -short")
	}
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

	b.run(t, chromedp.Navigate(url+admin.Prefix), chromedp.Click(`//button[normalize-space()="Login"]`, chromedp.BySearch))

	// A course's clock hours.
	b.run(t, chromedp.Click(`a[href="#/collections/courses"]`, chromedp.ByQuery),
		chromedp.Click(`a[href="#/collections/courses/entries/intro-imh"]`, chromedp.ByQuery))
	b.retype(t, "Clock hours", "12.5")
	b.publish(t)
	course := filepath.Join(project, "content", "courses", "intro-imh.toml")
	var c struct {
		Title      string   `toml:"title"`
		ClockHours float64  `toml:"clock_hours"`
		Topics     []string `toml:"topics"`
		Modules    []struct{ Title string }
	}
	waitFile(t, course, func(src string) bool {
		c.ClockHours = 0
		_, err := toml.Decode(src, &c)
		return err == nil && c.ClockHours == 12.5
	})
	if c.Title != "Introduction to Infant Mental Health" || len(c.Topics) != 1 || len(c.Modules) != 4 {
		t.Errorf("the course file lost values when saved: %+v", c)
	}

	// A page's title, in the pages of content/.
	b.run(t, chromedp.Click(`//a[contains(normalize-space(), "Writing in Courses collection")]`, chromedp.BySearch),
		chromedp.Click(`a[href="#/collections/pages"]`, chromedp.ByQuery),
		chromedp.Click(`a[href="#/collections/pages/entries/faq"]`, chromedp.ByQuery))
	b.retype(t, "Title", "Questions and answers")
	b.publish(t)
	page := filepath.Join(project, "content", "faq.md")
	before, _ := os.ReadFile(filepath.Join(root, "content", "faq.md"))
	after := waitFile(t, page, func(src string) bool { return strings.Contains(src, `title = "Questions and answers"`) })
	if want := strings.Replace(string(before), `title = "Frequently asked questions"`, `title = "Questions and answers"`, 1); after != want {
		t.Errorf("content/faq.md holds more than the new title:\n%s", after)
	}

	// After the rebuild, the pages show the changes.
	var hours, title string
	deadline := time.Now().Add(stepTimeout)
	for time.Now().Before(deadline) && (hours != "12.5" || title != "Questions and answers") {
		b.run(t, chromedp.Navigate(url+"/courses/intro-imh/"),
			chromedp.Text(`//dt[normalize-space()="Clock hours"]/following-sibling::dd`, &hours, chromedp.BySearch),
			chromedp.Navigate(url+"/faq/"), chromedp.Text("main h1", &title, chromedp.ByQuery))
	}
	if hours != "12.5" || title != "Questions and answers" {
		t.Errorf("after the rebuild the course shows %q clock hours and the page title %q", hours, title)
	}
	b.checkClean(t, url)
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
	pipe := assets.NewPipeline(assets.Options{Root: project, CacheDir: filepath.Join(root, ".cache", "wasm")})
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
