// Package browsertest starts the headless Chromium that Endorse's browser
// tests drive (internal/e2e, internal/server), so every such test finds,
// configures and cleans up the browser the same way.
//
// The browser is Debian's chromium ($CHROMIUM overrides the path). Without
// one, a test is skipped, except under CI (the CI variable is set), where a
// missing browser is a failure: `.ci/install` installs it. The flags keep
// Chromium off the network (this machine has none) and work as root.
package browsertest

import (
	"context"
	"os"
	"os/exec"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

// Path returns the browser to drive, skipping the test (or failing it under
// CI) when there is none.
func Path(t testing.TB) string {
	t.Helper()
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("chromium not found but CI is set: install it (bash .ci/install)")
	}
	t.Skip("chromium not found: install Debian's chromium (bash .ci/install) to run browser tests")
	return ""
}

// Start launches a fresh Chromium with its own user-data-dir and returns a
// tab's context that ends after timeout. Browser and profile are removed
// when the test ends. extra adds allocator options (window size, …).
func Start(t testing.TB, timeout time.Duration, extra ...chromedp.ExecAllocatorOption) context.Context {
	t.Helper()
	profile := profileDir(t)
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), options(Path(t), profile, extra)...)
	ctx, cancelB := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, timeout)
	t.Cleanup(func() { cancelT(); cancelB(); cancelA() })
	return ctx
}

// options are the allocator options of every browser the tests start.
// Tabs are never throttled as background tabs: tests run side by side.
func options(path, profile string, extra []chromedp.ExecAllocatorOption) []chromedp.ExecAllocatorOption {
	return append([]chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-background-timer-throttling", true),
		chromedp.Flag("disable-backgrounding-occluded-windows", true),
		chromedp.Flag("disable-renderer-backgrounding", true),
		chromedp.UserDataDir(profile),
	}, extra...)
}

// Shared is one Chromium for all the tests of a package (starting one per
// test costs seconds): each test gets its own tab in its own browser
// context, with its own storage, cookies and cache, as a fresh browser
// profile would have. The zero value is ready; the package's TestMain
// calls Close after the tests.
type Shared struct {
	once    sync.Once
	browser context.Context
	stop    func()
	profile string
	err     error
}

// Tab opens a tab in a new browser context of the shared Chromium
// (starting it on first use) and returns its context, which ends after
// timeout; the tab and its browser context are closed when the test ends.
// Without Chromium the test is skipped (see Path).
func (s *Shared) Tab(t testing.TB, timeout time.Duration) context.Context {
	t.Helper()
	path := Path(t)
	s.once.Do(func() { s.start(path) })
	if s.err != nil {
		t.Fatalf("start chromium: %v", s.err)
	}
	// The browser context and its window are made here, not by chromedp's
	// WithNewBrowserContext: a new context has no window, and a tab needs
	// one (newWindow), else Chromium answers "no browser is open".
	browser := cdp.WithExecutor(s.browser, chromedp.FromContext(s.browser).Browser)
	id, err := target.CreateBrowserContext().Do(browser)
	if err != nil {
		t.Fatalf("new browser context: %v", err)
	}
	t.Cleanup(func() { _ = target.DisposeBrowserContext(id).Do(browser) })
	tab, err := target.CreateTarget("about:blank").WithBrowserContextID(id).WithNewWindow(true).Do(browser)
	if err != nil {
		t.Fatalf("new tab: %v", err)
	}
	ctx, cancel := chromedp.NewContext(s.browser, chromedp.WithTargetID(tab))
	ctx, cancelT := context.WithTimeout(ctx, timeout)
	t.Cleanup(func() { cancelT(); cancel() })
	return ctx
}

func (s *Shared) start(path string) {
	s.profile, s.err = os.MkdirTemp("", "endorse-chromium-")
	if s.err != nil {
		return
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), options(path, s.profile, nil)...)
	ctx, cancelB := chromedp.NewContext(actx)
	s.browser, s.stop = ctx, func() { cancelB(); cancelA() }
	s.err = chromedp.Run(ctx) // starts the browser
}

// Close ends the shared Chromium, if it was started, and removes its profile.
func (s *Shared) Close() {
	if s.stop != nil {
		s.stop()
	}
	if s.profile != "" {
		removeAll(s.profile)
	}
}

// profileDir is a fresh user-data-dir, removed after the browser has
// exited; its cleanup is registered first so it runs last.
func profileDir(t testing.TB) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "endorse-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { removeAll(dir) })
	return dir
}

// removeAll removes a profile directory. Chromium's helper processes may
// still write into it for a moment after the browser exits, hence the
// retries.
func removeAll(dir string) {
	for i := 0; i < 60 && os.RemoveAll(dir) != nil; i++ {
		time.Sleep(50 * time.Millisecond)
	}
}
