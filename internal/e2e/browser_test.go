package e2e

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/iecmh/endorse/internal/browsertest"
)

// browser is one headless Chromium tab plus what it observed: every request
// it attempted and every console error, uncaught exception or log error.
type browser struct {
	ctx     context.Context
	console *browsertest.Console

	mu       sync.Mutex
	requests []string
}

// chromium is the Chromium the package's tests share (TestMain closes it).
var chromium browsertest.Shared

// newBrowser opens a tab of the shared Chromium in a browser context of
// its own (fresh storage, cookies and cache, as a new profile), showing
// pages as a 1280 × 900 desktop window; it is closed when the test ends.
//
// Browser tests take minutes on a small machine: `go test -short` skips
// them. They run in parallel (t.Parallel), each in its own tab.
func newBrowser(t testing.TB) *browser {
	t.Helper()
	skipIfShort(t)
	ctx := chromium.Tab(t, 3*time.Minute)
	b := &browser{ctx: ctx, console: browsertest.WatchConsole(ctx)}
	chromedp.ListenTarget(ctx, b.observe)
	if err := chromedp.Run(ctx, cdplog.Enable(), network.Enable(), desktop); err != nil {
		t.Fatalf("open a tab: %v", err)
	}
	return b
}

// newOwnBrowser starts a Chromium of its own with extra flags (a test
// that needs a browser set up differently from the shared one) and opens
// a tab; it is closed when the test ends.
func newOwnBrowser(t testing.TB, extra ...chromedp.ExecAllocatorOption) *browser {
	t.Helper()
	skipIfShort(t)
	ctx := browsertest.Start(t, 3*time.Minute, extra...)
	b := &browser{ctx: ctx, console: browsertest.WatchConsole(ctx)}
	chromedp.ListenTarget(ctx, b.observe)
	if err := chromedp.Run(ctx, cdplog.Enable(), network.Enable(), desktop); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return b
}

// skipIfShort skips a browser test under `go test -short`. newBrowser
// calls it; a test that builds something (a site, the CLI) before opening
// its tab calls it first, so that -short does not pay for the build.
func skipIfShort(t testing.TB) {
	t.Helper()
	if testing.Short() {
		t.Skip("browser test: skipped with -short")
	}
}

// desktop shows pages as in a 1280 × 900 desktop browser window.
var desktop = emulation.SetDeviceMetricsOverride(1280, 900, 1, false)

// observe records every request the tab attempts (also those a CSP blocks).
func (b *browser) observe(ev any) {
	if e, ok := ev.(*network.EventRequestWillBeSent); ok {
		b.mu.Lock()
		b.requests = append(b.requests, e.Request.URL)
		b.mu.Unlock()
	}
}

// stepTimeout bounds one run call: a selector that never appears fails
// the test instead of hanging it.
const stepTimeout = 30 * time.Second

// run executes actions in the tab and fails the test on error.
func (b *browser) run(t testing.TB, actions ...chromedp.Action) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	if err := chromedp.Run(ctx, actions...); err != nil {
		t.Fatalf("browser: %v", err)
	}
}

// foreignRequests returns the attempted requests that left origin (data:
// and same-origin blob: URLs stay in the page and are allowed).
func (b *browser) foreignRequests(origin string) []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	var out []string
	for _, u := range b.requests {
		if !sameOrigin(u, origin) {
			out = append(out, u)
		}
	}
	return out
}

// sameOrigin reports whether url stays within origin ("http://host:port").
func sameOrigin(url, origin string) bool {
	return url == origin || strings.HasPrefix(url, origin+"/") ||
		strings.HasPrefix(url, "blob:"+origin+"/") || strings.HasPrefix(url, "data:")
}

// consoleErrors returns the errors seen so far.
func (b *browser) consoleErrors() []string { return b.console.Errors() }

// checkClean fails the test if the tab contacted another origin, logged
// an error since the last check or holds a cookie, then forgets requests
// and errors. Call it at the end of every browser test.
func (b *browser) checkClean(t testing.TB, origin string) {
	t.Helper()
	var cookies string
	b.run(t, chromedp.Evaluate(`document.cookie`, &cookies))
	if cookies != "" {
		t.Errorf("the page set cookies: %q", cookies)
	}
	b.checkCleanAcross(t, origin)
}

// clearErrors forgets errors seen so far, for steps expected to log one
// (a 404 page logs its own status as a failed resource load).
func (b *browser) clearErrors() { b.console.Clear() }
