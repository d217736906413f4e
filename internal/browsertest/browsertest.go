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
	"testing"
	"time"

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
	opts := append([]chromedp.ExecAllocatorOption{
		chromedp.ExecPath(Path(t)),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(profile),
	}, extra...)
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelB := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, timeout)
	t.Cleanup(func() { cancelT(); cancelB(); cancelA() })
	return ctx
}

// profileDir is a fresh user-data-dir, removed after the browser has
// exited; its cleanup is registered first so it runs last. Chromium's helper
// processes may still write into it for a moment, hence the retries.
func profileDir(t testing.TB) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "endorse-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		for i := 0; i < 60 && os.RemoveAll(dir) != nil; i++ {
			time.Sleep(50 * time.Millisecond)
		}
	})
	return dir
}
