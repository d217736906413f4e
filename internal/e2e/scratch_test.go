package e2e

import (
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

func TestScratchShot(t *testing.T) {
	origin := exampleServer(t)
	b := newBrowser(t)
	b.openChecker(t, origin)
	b.fillMaster(t)
	b.pickCourses(t, credentialCourses[:2])
	b.addEntry(t, "work", 0)
	b.typeInto(t, fieldSel("work", 0, "role", "input"), "Home visitor")
	b.typeInto(t, fieldSel("work", 0, "start", "input"), "09012019")
	b.run(t, chromedp.Click(fieldSel("work", 0, "paid", "input")))
	b.choose(t, fieldSel("work", 0, "age_band", "select"), "Infants")
	b.choose(t, fieldSel("work", 0, "service", "select"), "Home")
	b.typeInto(t, fieldSel("work", 0, "families", "input"), "12")
	time.Sleep(500 * time.Millisecond)
	b.openResult(t, "ifs")
	b.run(t, chromedp.Evaluate(`document.querySelector(".checker-results").style.maxHeight="none"; document.querySelector(".checker-results").style.position="static"`, nil))
	var y float64
	b.run(t, chromedp.Evaluate(`document.querySelector('[data-category="ifs"]').getBoundingClientRect().top + scrollY`, &y))
	for i := 0; i < 4; i++ {
		var png []byte
		b.run(t, chromedp.Evaluate("window.scrollTo(0,"+strconv.Itoa(int(y)+i*850)+")", nil), chromedp.CaptureScreenshot(&png))
		os.WriteFile("/tmp/res"+strconv.Itoa(i)+".png", png, 0o644)
	}
	t.Log(b.consoleErrors())
}
