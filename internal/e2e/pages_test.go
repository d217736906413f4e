package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// pageKinds is one URL of every kind of page the site renders.
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
// CSP and checks it with axe-core (WCAG 2.2 AA), for requests to other
// origins and for console errors.
func TestPagesAccessible(t *testing.T) {
	b := newBrowser(t)
	origin := exampleServer(t)
	for _, p := range pageKinds {
		t.Run(p.kind, func(t *testing.T) {
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
			b.checkAxe(t, p.url)
			b.checkClean(t, origin)
		})
	}
}
