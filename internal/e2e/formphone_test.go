package e2e

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// These tests drive what remained of issue 12 for the form on a phone:
// the sections a chosen category reads, the guided start's height, the
// paid-work question and dates that count as they are typed.

// phone is the 390 px phone of viewports.
var phone = viewports[0]

// TestDateCountsWhileTyping: on a phone, a date counts as soon as its last
// digit is typed, while the focus is still in the year box (no need to
// leave the field); while the year is half typed nothing is flagged and
// the entry is not counted.
func TestDateCountsWhileTyping(t *testing.T) {
	t.Parallel()
	b := newBrowserAt(t, phone)
	origin := exampleServer(t)
	b.openChecker(t, origin)
	b.loadSaved(t, `{"format":"endorse-profile/1","training":[{"title":"Foundations","hours":20,"date":"2024-01-01"}]}`)
	figures := `[data-category="ifa"] [data-requirement="training"] .figures`
	b.waitText(t, figures, "You have 20 of 30 hours")
	b.addEntry(t, "training", 1)
	b.typeInto(t, fieldSel("training", 1, "title", "input"), "Home visiting conference")
	b.typeInto(t, fieldSel("training", 1, "hours", "input"), "12")
	box := fieldBox("training", 1, "date")
	b.typeDate(t, box, "2025-04-02")
	year := box + ` input[data-part="year"]`
	// Type the year again, one digit at a time, as a person does.
	b.run(t, chromedp.Focus(year), chromedp.Evaluate(`document.activeElement.select()`, nil))
	for i, digit := range []string{"2", "0", "2", "5"} {
		b.run(t, chromedp.SendKeys(year, digit))
		if i < 3 {
			b.waitText(t, figures, "You have 20 of 30 hours")
			if n := b.count(t, "#checker-form .problem, #checker-form [aria-invalid]"); n != 0 {
				t.Errorf("after typing %d digits of the year, %d marks flag the date being typed", i+1, n)
			}
		}
	}
	b.waitText(t, figures, "You have 32 of 30 hours")
	var focused string
	b.run(t, chromedp.Evaluate(`document.activeElement.dataset.part || ""`, &focused))
	if focused != "year" {
		t.Errorf("the focus moved to %q: the date must count while the person is still in the year box", focused)
	}
	b.checkClean(t, origin)
}
