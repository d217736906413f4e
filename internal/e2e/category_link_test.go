package e2e

import (
	"encoding/json"
	"net/url"
	"testing"

	"github.com/chromedp/chromedp"
)

// shownResults describes, in one script call, which categories' results
// are open, where the first open one is relative to the viewport, which
// mode is checked and the category the verdict is about (chosen, else
// closest).
const shownResults = `JSON.stringify((() => {
  const open = [...document.querySelectorAll("#checker-details details[open]")];
  const top = open.length ? open[0].getBoundingClientRect().top : -1;
  const first = document.querySelector("#checker-verdict .verdict-link");
  return { open: open.map((d) => d.dataset.category), top, height: window.innerHeight,
    mode: (document.querySelector('input[name="checker-mode"]:checked') || {}).value || "",
    closest: first ? first.getAttribute("href").replace("#result-", "") : "" };
})())`

type resultsShown struct {
	Open    []string
	Top     float64
	Height  float64
	Mode    string
	Closest string
}

func (b *browser) shown(t testing.TB) resultsShown {
	t.Helper()
	var s string
	b.run(t, chromedp.Evaluate(shownResults, &s))
	var r resultsShown
	if err := json.Unmarshal([]byte(s), &r); err != nil {
		t.Fatalf("%v: %s", err, s)
	}
	return r
}

// TestCheckerCategoryLink: the "Check your readiness" link of a category
// page opens the checker with that category's result expanded and
// scrolled into view, checking an application even when the renewal check
// was chosen last time; the category stays chosen. An unknown or hostile
// ?category= is ignored: the chosen category is open, as without it.
func TestCheckerCategoryLink(t *testing.T) {
	t.Parallel()
	b := newBrowser(t)
	origin := exampleServer(t)
	b.openChecker(t, origin)
	b.run(t, chromedp.Click(`//label[normalize-space()="What I need to renew an endorsement I hold"]`))
	b.waitText(t, "#checker-summary", "Add the endorsements you hold")

	b.run(t, chromedp.Navigate(origin+"/categories/ifa/"), chromedp.Click(`h2#checker + p a`, chromedp.ByQuery),
		chromedp.WaitVisible("#checker-form"))
	got := b.shown(t)
	if len(got.Open) != 1 || got.Open[0] != "ifa" {
		t.Errorf("from the IFA page, open results = %q, want [ifa]", got.Open)
	}
	if got.Top < 0 || got.Top >= got.Height {
		t.Errorf("the IFA result is not scrolled into view: its top is at %v of a %v px high window", got.Top, got.Height)
	}
	if got.Mode != "apply" {
		t.Errorf("from a category page, the checked mode is %q, want apply", got.Mode)
	}
	b.waitText(t, reqStatus("ifa", "training"), "Not answered")

	for _, id := range []string{"nope", `"]><img src=x onerror=alert(1)>`, "__proto__", ""} {
		b.run(t, chromedp.Navigate(origin+"/checker/?category="+url.QueryEscape(id)), chromedp.WaitVisible("#checker-form"))
		got := b.shown(t)
		if got.Closest != "ifa" || len(got.Open) != 1 || got.Open[0] != "ifa" {
			t.Errorf("?category=%q: open results = %q about %q, want only the chosen ifa", id, got.Open, got.Closest)
		}
	}
	b.checkAxe(t, "/checker/?category=ifa")
	b.checkClean(t, origin)
}
