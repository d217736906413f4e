package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"math"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/iecmh/endorse/internal/assets"
	"github.com/iecmh/endorse/internal/site"
)

// TestEmbedOnAnotherSite frames the embed pages from a second loopback
// origin, as a partner site would: the host page (http://localhost:P2)
// shows /embed/checker/ and a category page of the site
// (http://127.0.0.1:P1), built with embed.allow naming the host. Each
// frame takes its content's height through the postMessage handshake and
// follows it when the content grows; a link inside the frame to another
// embed page stays in the frame. A third origin (http://127.0.0.1:P3),
// not allowed, is refused by frame-ancestors. No request leaves the two
// origins.
func TestEmbedOnAnotherSite(t *testing.T) {
	t.Parallel()
	skipIfShort(t)
	hostLn, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hostOrigin := fmt.Sprintf("http://localhost:%d", hostLn.Addr().(*net.TCPAddr).Port)
	dir := buildWithSiteTOML(t, func(s string) string {
		return regexp.MustCompile(`(?m)^allow = .*$`).ReplaceAllString(s, `allow = ["`+hostOrigin+`"]`)
	})
	siteURL := serveSite(t, dir).URL

	hostPage := `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner site</title><link rel="icon" href="data:,"></head>
<body><main><h1>Our partner's checker</h1>
<iframe id="checker" src="` + siteURL + `/embed/checker/" title="Endorsement readiness checker" style="width:100%;height:150px;border:0"></iframe>
<iframe id="category" src="` + siteURL + `/embed/categories/ifs/" title="Infant Family Specialist requirements" style="width:100%;height:150px;border:0"></iframe>
</main><script src="` + siteURL + `/embed/host.js" defer></script></body></html>`
	host := &httptest.Server{Listener: hostLn, Config: &http.Server{Handler: pageHandler(hostPage)}}
	host.Start()
	t.Cleanup(host.Close)
	third := httptest.NewServer(pageHandler(strings.ReplaceAll(hostPage, "Partner site", "Not allowed")))
	t.Cleanup(third.Close)

	// Frames in the page's process, so the test can look inside them
	// (site isolation would put each in a target of its own); origins,
	// CSP and postMessage work the same.
	b := newOwnBrowser(t, chromedp.Flag("disable-site-isolation-trials", true), chromedp.Flag("disable-features", "IsolateOrigins,site-per-process"))
	b.run(t, chromedp.Navigate(hostOrigin+"/"), chromedp.WaitReady("#checker"))
	// The category frame fits its content, and that content is the page's
	// main part without the site's header and footer.
	b.waitFits(t, "category", "/embed/categories/ifs/")
	var shell string
	b.evalInFrame(t, "/embed/categories/ifs/", `[document.querySelector("header.site-header, footer.site-footer") === null, !!document.querySelector("main h1"), getComputedStyle(document.body).fontFamily !== ""].join()`, &shell)
	if shell != "true,true,true" {
		t.Errorf("embed shell (no header/footer, main h1, site CSS) = %s", shell)
	}

	// The checker frame fits, grows with added entries and shows the
	// storage notice.
	checker := b.iframe(t, "#checker")
	b.run(t, chromedp.WaitVisible("#checker-form button.task-toggle", chromedp.ByQuery, chromedp.FromNode(checker)))
	before := b.waitFits(t, "checker", "/embed/checker/")
	var notice string
	b.run(t, chromedp.Text("#embed-notice", &notice, chromedp.ByQuery, chromedp.FromNode(checker)))
	if !strings.Contains(notice, "Export my data") {
		t.Errorf("embed notice = %q", notice)
	}
	// Fold the results (their next steps and steps when you apply make
	// them taller than the folded form), then open every part of the
	// form: its column outgrows the results beside it.
	var open []*cdp.Node
	b.run(t, chromedp.Nodes("#checker details[open] > summary", &open, chromedp.ByQueryAll, chromedp.AtLeast(0), chromedp.FromNode(checker)))
	for _, n := range open {
		b.run(t, chromedp.MouseClickNode(n))
	}
	before = b.waitFits(t, "checker", "/embed/checker/")
	var toggles []*cdp.Node
	b.run(t, chromedp.Nodes("#checker-form button.task-toggle", &toggles, chromedp.ByQueryAll, chromedp.FromNode(checker)))
	for _, n := range toggles {
		b.run(t, chromedp.MouseClickNode(n))
	}
	after := b.waitFits(t, "checker", "/embed/checker/")
	if after <= before {
		t.Errorf("checker frame height %v after adding entries, %v before: it did not follow the content", after, before)
	}

	// A link to another embed page stays in the frame.
	b.run(t, chromedp.Click(`main a[href$="/categories/"]`, chromedp.ByQuery, chromedp.FromNode(b.iframe(t, "#category"))))
	var where string
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) && !strings.HasSuffix(where, "/embed/categories/") {
		time.Sleep(100 * time.Millisecond)
		where = b.frameURL(t, "/embed/categories/")
	}
	if !strings.HasSuffix(where, "/embed/categories/") {
		t.Errorf("the link to all categories left the frame's embed pages: frame at %q", where)
	}
	b.checkCleanAcross(t, siteURL, hostOrigin)

	// A site not in embed.allow cannot frame the pages.
	b.run(t, chromedp.Navigate(third.URL+"/"), chromedp.WaitReady("#checker"))
	time.Sleep(1500 * time.Millisecond)
	if u := b.frameURL(t, "/embed/checker/"); u != "" {
		t.Errorf("the embed loaded in a frame of %s (not allowed): %s", third.URL, u)
	}
	var h float64
	b.run(t, chromedp.Evaluate(`document.getElementById("checker").getBoundingClientRect().height`, &h))
	if h != 150 {
		t.Errorf("refused frame's height = %v, want the host's 150", h)
	}
	refused := false
	for _, e := range b.consoleErrors() {
		refused = refused || strings.Contains(e, "frame-ancestors")
	}
	if !refused {
		t.Errorf("no frame-ancestors refusal in the console: %q", b.consoleErrors())
	}
	if f := b.foreignRequestsOf(siteURL, third.URL, hostOrigin); len(f) > 0 {
		t.Errorf("requests outside the two origins: %q", f)
	}
}

// pageHandler serves body as the page at every path.
func pageHandler(body string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, body)
	})
}

// iframe returns the host page's iframe node sel, to query inside it.
func (b *browser) iframe(t testing.TB, sel string) *cdp.Node {
	t.Helper()
	var nodes []*cdp.Node
	b.run(t, chromedp.Nodes(sel, &nodes, chromedp.ByQuery))
	return nodes[0]
}

// frameURL returns the URL of the page's frame whose URL ends with suffix,
// or "" when none does.
func (b *browser) frameURL(t testing.TB, suffix string) string {
	t.Helper()
	if f := b.frame(t, suffix); f != nil {
		return f.URL
	}
	return ""
}

// frame returns the page's child frame whose URL ends with suffix.
func (b *browser) frame(t testing.TB, suffix string) *cdp.Frame {
	t.Helper()
	var tree *page.FrameTree
	b.run(t, chromedp.ActionFunc(func(ctx context.Context) error {
		var err error
		tree, err = page.GetFrameTree().Do(ctx)
		return err
	}))
	for _, c := range tree.ChildFrames {
		if strings.HasSuffix(c.Frame.URL, suffix) {
			return c.Frame
		}
	}
	return nil
}

// evalInFrame evaluates expr in the frame whose URL ends with suffix (in
// a world of its own: it sees the DOM, not the page's variables).
func (b *browser) evalInFrame(t testing.TB, suffix, expr string, res any) {
	t.Helper()
	f := b.frame(t, suffix)
	if f == nil {
		t.Fatalf("no frame at …%s", suffix)
	}
	b.run(t, chromedp.ActionFunc(func(ctx context.Context) error {
		world, err := page.CreateIsolatedWorld(f.ID).Do(ctx)
		if err != nil {
			return err
		}
		v, exc, err := runtime.Evaluate(expr).WithContextID(world).WithReturnByValue(true).Do(ctx)
		if err != nil {
			return err
		}
		if exc != nil {
			return fmt.Errorf("%s: %s", expr, exc.Text)
		}
		return json.Unmarshal(v.Value, res)
	}))
}

// waitFits waits until the host page's iframe #id is as tall as the
// content of the page inside it (within a pixel) and returns that height.
func (b *browser) waitFits(t testing.TB, id, suffix string) float64 {
	t.Helper()
	var outer, inner float64
	deadline := time.Now().Add(stepTimeout)
	for time.Now().Before(deadline) {
		b.run(t, chromedp.Evaluate(`document.getElementById("`+id+`").getBoundingClientRect().height`, &outer))
		b.evalInFrame(t, suffix, `Math.ceil(document.documentElement.getBoundingClientRect().height)`, &inner)
		if inner > 200 && math.Abs(outer-inner) <= 1 {
			return outer
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("frame #%s is %v px high, its content %v px", id, outer, inner)
	return 0
}

// foreignRequestsOf returns the requests outside all the origins.
func (b *browser) foreignRequestsOf(origins ...string) []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	var out []string
	for _, u := range b.requests {
		ok := false
		for _, o := range origins {
			ok = ok || sameOrigin(u, o)
		}
		if !ok {
			out = append(out, u)
		}
	}
	return out
}

// checkCleanAcross fails the test if the tab contacted an origin other
// than origins or logged an error since the last check, then forgets
// requests and errors (checkClean, for a page made of several origins).
func (b *browser) checkCleanAcross(t testing.TB, origins ...string) {
	t.Helper()
	if f := b.foreignRequestsOf(origins...); len(f) > 0 {
		t.Errorf("requests to other origins: %q", f)
	}
	if e := b.consoleErrors(); len(e) > 0 {
		t.Errorf("console errors:\n  %s", strings.Join(e, "\n  "))
	}
	b.mu.Lock()
	b.requests = nil
	b.console.Clear()
	b.mu.Unlock()
}

// buildWithSiteTOML builds a copy of the example project whose
// content/site.toml is edit(the original) into a temporary directory and
// returns the output. The copy has no netlify.toml (its headers would no
// longer match) and reuses the repository's wasm build cache.
func buildWithSiteTOML(t testing.TB, edit func(string) string) string {
	t.Helper()
	root := repoRoot(t)
	copyRoot := filepath.Join(t.TempDir(), "project")
	if err := copyProject(root, copyRoot); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(copyRoot, "content", "site.toml")
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, []byte(edit(string(src))), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(copyRoot, "netlify.toml"))
	out := filepath.Join(t.TempDir(), "public")
	pipe := assets.NewPipeline(assets.Options{Root: copyRoot, CacheDir: sharedWasmCache(t)})
	if _, err := site.Build(site.Options{Root: copyRoot, Out: out, Assets: pipe}); err != nil {
		t.Fatalf("building the project with the edited site.toml: %v", err)
	}
	return out
}

// copyProject copies the project at src to dst, leaving out git, outputs,
// caches and installed packages.
func copyProject(src, dst string) error {
	skip := map[string]bool{".git": true, "public": true, ".cache": true, ".bench": true, "node_modules": true}
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if skip[d.Name()] && p != src {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		rel, _ := filepath.Rel(src, p)
		to := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(to, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(to, data, 0o644)
	})
}
