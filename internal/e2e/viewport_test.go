package e2e

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// viewport is a screen the pages are tried on.
type viewport struct {
	name          string
	width, height int64
	mobile        bool // a phone: touch screen, mobile viewport rules
}

// viewports are a phone (390 × 844 CSS px, as an iPhone 12-15) and a
// desktop screen.
var viewports = []viewport{
	{"phone", 390, 844, true},
	{"desktop", 1280, 900, false},
}

// newBrowserAt starts a browser (see newBrowser) showing pages as on vp.
func newBrowserAt(t testing.TB, vp viewport) *browser {
	t.Helper()
	b := newBrowser(t)
	b.run(t, emulation.SetDeviceMetricsOverride(vp.width, vp.height, 1, vp.mobile),
		emulation.SetTouchEmulationEnabled(vp.mobile))
	return b
}

// atEveryWidth runs test once per viewport, side by side, each in a tab of
// its own showing pages at that width.
func atEveryWidth(t *testing.T, test func(t *testing.T, b *browser, origin string, vp viewport)) {
	t.Parallel()
	for _, vp := range viewports {
		t.Run(vp.name, func(t *testing.T) {
			t.Parallel()
			test(t, newBrowserAt(t, vp), exampleServer(t), vp)
		})
	}
}

// screenshotsWanted reports whether the page screenshots for review are
// to be written: only when ENDORSE_SCREENSHOTS is set (`make screenshots`).
// No test looks at the pixels, and a full-page capture lays out and
// paints the whole page again: TestPagesAccessible used 44-50 CPU-seconds
// with its 22, 31-33 without (Chromium's and the test's, 2 runs each).
func screenshotsWanted() bool { return os.Getenv("ENDORSE_SCREENSHOTS") != "" }

// screenshotDir is where the page screenshots for review go (git-ignored).
func screenshotDir(t testing.TB) string {
	t.Helper()
	dir := filepath.Join(repoRoot(t), ".cache", "screenshots")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// screenshot writes the whole page as .cache/screenshots/<name>-<width>.png
// when screenshots are wanted (see screenshotsWanted), else does nothing.
func (b *browser) screenshot(t testing.TB, name string, vp viewport) {
	t.Helper()
	if !screenshotsWanted() {
		return
	}
	var png []byte
	b.run(t, chromedp.FullScreenshot(&png, 100))
	file := filepath.Join(screenshotDir(t), name+"-"+strconv.FormatInt(vp.width, 10)+".png")
	if err := os.WriteFile(file, png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// screenshotOf writes the element sel as .cache/screenshots/<name>.png
// when screenshots are wanted (see screenshotsWanted), else does nothing.
func (b *browser) screenshotOf(t testing.TB, sel, name string) {
	t.Helper()
	if !screenshotsWanted() {
		return
	}
	var png []byte
	b.run(t, chromedp.Screenshot(sel, &png, chromedp.ByQuery))
	if err := os.WriteFile(filepath.Join(screenshotDir(t), name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}
