package e2e

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// narrowPhone is the narrowest common phone screen (Android, 360 CSS px).
var narrowPhone = viewport{"phone-360", 360, 740, true}

// TestWideTablesFitPhone: on a 360 px phone the pages with tables (the
// categories at a glance, fees, a category page, a course) neither scroll
// sideways nor cut a table off: every table fits the screen, whole. A
// screenshot of each is written for review with ENDORSE_SCREENSHOTS set.
func TestWideTablesFitPhone(t *testing.T) {
	t.Parallel()
	b := newBrowserAt(t, narrowPhone)
	origin := exampleServer(t)
	for _, p := range []struct{ name, url string }{
		{"categories-overview", "/endorsement/categories-overview/"},
		{"fees", "/apply/fees/"},
		{"category-imhm-c", "/categories/imhm-c/"},
		{"renewal", "/renewal/"},
		{"faq", "/faq/"},
	} {
		var got struct {
			Page   int      `json:"page"`
			Tables int      `json:"tables"`
			Cut    []string `json:"cut"`
		}
		b.run(t, chromedp.Navigate(origin+p.url), chromedp.WaitReady("main"), chromedp.Evaluate(`(() => {
			const w = document.documentElement.clientWidth, cut = [];
			const tables = [...document.querySelectorAll("main table")];
			for (const t of tables) {
				const r = t.getBoundingClientRect();
				if (r.left < -0.5 || r.right > w + 0.5 || t.scrollWidth > t.clientWidth + 1) {
					cut.push((t.caption ? t.caption.textContent : t.rows[0].textContent).trim().slice(0, 60) +
						" (" + Math.round(t.scrollWidth) + " px wide in " + Math.round(Math.min(t.clientWidth, w)) + ")");
				}
			}
			return {page: document.documentElement.scrollWidth, tables: tables.length, cut};
		})()`, &got))
		if got.Tables == 0 && p.name != "faq" {
			t.Errorf("%s: no table found", p.url)
		}
		if int64(got.Page) > narrowPhone.width {
			t.Errorf("%s scrolls sideways on a 360 px phone: %d px wide", p.url, got.Page)
		}
		for _, c := range got.Cut {
			t.Errorf("%s: table cut off on a 360 px phone: %s", p.url, c)
		}
		b.screenshot(t, "tables-"+p.name, narrowPhone)
	}
}
