package e2e

import (
	"os"
	"strconv"
	"testing"

	"github.com/chromedp/chromedp"
)

func TestScratchShot(t *testing.T) {
	origin := exampleServer(t)
	b := newBrowser(t)
	b.openChecker(t, origin)
	b.fillMaster(t)
	for i, y := range []int{0, 800, 1600, 2400} {
		var png []byte
		b.run(t, chromedp.Evaluate("window.scrollTo(0,"+strconv.Itoa(y)+")", nil), chromedp.CaptureScreenshot(&png))
		os.WriteFile("/tmp/checker"+strconv.Itoa(i)+".png", png, 0o644)
	}
	t.Log(b.consoleErrors())
}
