package e2e

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// TestCheckerWithoutJavaScript: with scripts off the page says once that
// the checker needs JavaScript (not also that it is loading) and links to
// the category requirements.
func TestCheckerWithoutJavaScript(t *testing.T) {
	t.Parallel()
	b := newBrowser(t)
	origin := exampleServer(t)
	var text, href string
	var ok bool
	b.run(t, emulation.SetScriptExecutionDisabled(true),
		chromedp.Navigate(origin+"/checker/"),
		chromedp.Text("#checker", &text),
		chromedp.AttributeValue(`#checker noscript a, #checker .notice a`, "href", &href, &ok))
	if !strings.Contains(text, "needs JavaScript") {
		t.Errorf("without JavaScript the checker says %q", text)
	}
	var shown []string
	b.run(t, chromedp.Evaluate(`[...document.querySelectorAll("#checker .notice")].filter((n) => n.getClientRects().length).map((n) => n.textContent.trim())`, &shown))
	if len(shown) != 1 {
		t.Errorf("without JavaScript the checker shows %d messages: %q", len(shown), shown)
	}
	if href != "/categories/" {
		t.Errorf("without JavaScript the link goes to %q, want /categories/", href)
	}
	b.checkClean(t, origin)
}

// TestCheckerWithoutWebAssembly: in a browser without WebAssembly the
// loading message is replaced by an explanation and the link stays.
func TestCheckerWithoutWebAssembly(t *testing.T) {
	t.Parallel()
	b := newBrowser(t)
	origin := exampleServer(t)
	b.run(t, chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := page.AddScriptToEvaluateOnNewDocument(`delete globalThis.WebAssembly`).Do(ctx)
		return err
	}), chromedp.Navigate(origin+"/checker/"))
	b.waitText(t, "#checker-status", "could not start in this browser")
	var href string
	var ok bool
	b.run(t, chromedp.AttributeValue("#checker-status a", "href", &href, &ok))
	if href != "/categories/" {
		t.Errorf("link = %q, want /categories/", href)
	}
	b.checkClean(t, origin)
}
