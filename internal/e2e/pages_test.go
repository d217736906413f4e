package e2e

import (
	"math"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// pageKinds is one URL of every kind of page the site renders; the
// checker is also shown filled in and printed (see TestPagesAccessible).
var pageKinds = []struct{ kind, url string }{
	{"home", "/"},
	{"plain page", "/privacy/"},
	{"section", "/endorsement/"},
	{"courses index", "/courses/"},
	{"course", "/courses/intro-imh/"},
	{"credential program", "/courses/credential/"},
	{"categories index", "/categories/"},
	{"category", "/categories/imhs/"},
	{"checker", "/checker/"},
	{"404", "/no-such-page/"},
}

// TestPagesAccessible loads one page of every kind under the production
// CSP, on a phone and on a desktop screen, and checks it with axe-core
// (WCAG 2.2 AA), for requests to other origins and for console errors.
// With ENDORSE_SCREENSHOTS set (`make screenshots`) it writes a screenshot
// of each to .cache/screenshots/ for review, with the checker filled in and
// its printed receipt among them.
func TestPagesAccessible(t *testing.T) {
	atEveryWidth(t, func(t *testing.T, b *browser, origin string, vp viewport) {
		for _, p := range pageKinds {
			var h1 string
			b.run(t, chromedp.Navigate(origin+p.url), chromedp.Text("h1", &h1))
			if strings.TrimSpace(h1) == "" {
				t.Errorf("%s: no visible h1", p.url)
			}
			if p.kind == "checker" {
				b.run(t, chromedp.WaitVisible("#checker-form"))
			}
			if p.kind == "404" {
				b.clearErrors() // the browser logs the 404 status of the page itself
			}
			b.checkAxe(t, p.url+" ("+vp.name+")")
			b.screenshot(t, strings.ReplaceAll(p.kind, " ", "-"), vp)
			b.checkClean(t, origin)
		}
		b.openChecker(t, origin)
		b.loadSaved(t, fullApplicant(t))
		b.run(t, chromedp.Click("#task-check .task-toggle", chromedp.ByQuery))
		b.waitText(t, "#checker-verdict", "Best fit for your work")
		b.checkAxe(t, "/checker/ (full applicant, "+vp.name+")")
		b.screenshot(t, "checker-filled", vp)
		b.run(t, printMedia)
		b.screenshot(t, "checker-receipt", vp)
		b.run(t, screenMedia)
		b.checkClean(t, origin)
	})
}

// US Letter with site.css's @page margin of 2 cm, in CSS px: the page
// area a printed page holds (what Page.printToPDF prints on by default).
const (
	printWidth  = 8.5*96 - 2*2/2.54*96
	printHeight = 11*96 - 2*2/2.54*96
)

// TestRequirementPagesPrint: a requirement page prints without half-empty
// pages: the PDF from Page.printToPDF has at most one page more than its
// content fills when laid out for print at the page's width (keeping each
// table row or pathway box whole on one page made the IMHS page 14 pages
// for 10 pages of content).
func TestRequirementPagesPrint(t *testing.T) {
	t.Parallel()
	b := newBrowser(t)
	origin := exampleServer(t)
	for _, url := range []string{"/categories/imhs/", "/categories/imhm-c/", "/categories/ifa/", "/categories/ers/", "/courses/"} {
		b.run(t, chromedp.Navigate(origin+url), chromedp.WaitReady("main"))
		pages := b.printedPages(t)
		var height float64
		b.run(t, emulation.SetDeviceMetricsOverride(int64(math.Round(printWidth)), int64(math.Round(printHeight)), 1, false), printMedia,
			chromedp.Evaluate(`document.documentElement.scrollHeight`, &height),
			screenMedia, desktop)
		full := int(math.Ceil(height / printHeight))
		if pages > full+1 {
			t.Errorf("%s prints on %d pages for %.1f pages of content", url, pages, height/printHeight)
		}
	}
	b.checkClean(t, origin)
}
