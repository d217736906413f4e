package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
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

// shownTasks lists the ids of the form's sections a person sees.
const shownTasks = `[...document.querySelectorAll("#checker-form .task[data-section]")].filter((t) => t.getClientRects().length).map((t) => t.dataset.section)`

func (b *browser) shownTasks(t testing.TB) []string {
	t.Helper()
	var ids []string
	b.run(t, chromedp.Evaluate(shownTasks, &ids))
	return ids
}

// TestFormAsksWhatCategoryReads: on a phone, a category page's link
// (?category=imhs) opens the form with only the questions the Infant
// Mental Health Specialist's rules in force read: no leadership, no exam
// (the 2025 edition has none), no endorsements held; RSC provided stays
// (who may provide the applicant's RSC depends on it). "Show all sections"
// shows them in one click, and back. Leadership roles saved before stay
// saved and still count for the Mentor categories while hidden, and the
// line above the form says they are kept.
func TestFormAsksWhatCategoryReads(t *testing.T) {
	t.Parallel()
	b := newBrowserAt(t, phone)
	origin := exampleServer(t)
	b.openChecker(t, origin)
	b.run(t, chromedp.Evaluate(`localStorage.setItem("`+profileKey+`", `+jsString(`{"format":"endorse-profile/1",
	  "leadership":[{"role":"Program director","start":"2019-01-01","kind":"administration","level":"state"}]}`)+`)`, nil))
	b.run(t, chromedp.Navigate(origin+"/checker/?category=imhs"), chromedp.WaitVisible("#form-focus"))
	b.waitText(t, "#form-focus", "The form asks only what IMHS needs (1 section hidden). Your answers to hidden questions are kept and still count.")
	if got := strings.Join(b.shownTasks(t), " "); got != "education training work rsc references other" {
		t.Errorf("sections shown for IMHS: %q", got)
	}
	for _, sel := range []string{listSel("degrees"), listSel("work"), listSel("rsc_received"), listSel("memberships")} {
		b.openTask(t, sel)
	}
	for sel, want := range map[string]bool{listSel("work"): true, listSel("leadership"): false, listSel("rsc_provided"): true,
		`[data-object="exam"]`: false, listSel("licenses"): true, listSel("memberships"): true} {
		if shown := !b.hidden(t, sel); shown != want {
			t.Errorf("IMHS: %s shown = %v, want %v", sel, shown, want)
		}
	}
	// The hidden leadership still counts.
	b.openResult(t, "imhm-p")
	b.waitText(t, `[data-category="imhm-p"] [data-requirement="leadership"]`, "Met")
	b.checkAxe(t, "/checker/?category=imhs (phone, focused form)")

	b.run(t, chromedp.Click(button("Show all sections")))
	b.waitText(t, "#form-focus", "The form shows every section.")
	if got := strings.Join(b.shownTasks(t), " "); got != "renewal education training work rsc references other" {
		t.Errorf("sections shown after Show all sections: %q", got)
	}
	b.openTask(t, listSel("leadership"))
	if b.hidden(t, entrySel("leadership", 0)) {
		t.Error("Show all sections does not show the saved leadership role")
	}
	b.openChecker(t, origin) // again, without ?category=: the choice is kept
	b.waitText(t, "#form-focus", "The form shows every section.")
	b.run(t, chromedp.Click(button("Show only what IMHS asks")))
	b.waitText(t, "#form-focus", "The form asks only what IMHS needs")
	if !b.hidden(t, listSel("leadership")) {
		t.Error("leadership shown after Show only what IMHS asks")
	}
	if saved := b.saved(t); !strings.Contains(saved, `"Program director"`) {
		t.Errorf("the hidden leadership role was lost: %s", saved)
	}
	b.checkClean(t, origin)
}

// continueIn is the XPath of section's Continue button, which must lead to next.
func continueIn(section, next string) string {
	return `//li[@id="task-` + section + `"]//button[normalize-space()="Continue to ` + next + `"]`
}

// TestGuidedStartOpensFocusedForm: on a phone, the infant child-care
// worker answers the guided start, saying the work is paid (the question
// names the categories that count only paid work, from the rules), and
// continues with the Infant Family Associate: the work entry is paid, and
// as its rules read no RSC the form hides that section, each Continue
// button leads past it, and the last leads to "check your answers".
func TestGuidedStartOpensFocusedForm(t *testing.T) {
	t.Parallel()
	b := newBrowserAt(t, phone)
	origin := exampleServer(t)
	b.openChecker(t, origin)
	b.run(t, chromedp.WaitVisible("#guided-start"))
	b.answerGuide(t, guidedPersonas[1])
	// Is the work paid? The fit does not ask, the work requirements do.
	if help := b.text(t, "#guided-start .guided-paid .help"); !strings.HasPrefix(help, "Only paid work counts toward the work requirement of IFA, IFS") || strings.Contains(help, "IMHM") {
		t.Errorf("the paid question's help, from the rules: %q", help)
	}
	b.run(t, chromedp.Click(label("guided-start", "I am paid for this work")))
	b.run(t, chromedp.Click(button("Show the categories that fit")))
	b.run(t, chromedp.Click(button("Continue with IFA")), chromedp.WaitNotPresent("#guided-start", chromedp.ByQuery))
	var paid bool
	b.run(t, chromedp.Evaluate(`document.querySelector(`+jsString(fieldSel("work", 0, "paid", "input"))+`).checked`, &paid))
	if !paid {
		t.Error("the guide's answer that the work is paid is not in the form's work entry")
	}
	b.waitText(t, "#form-focus", "The form asks only what IFA needs (2 sections hidden).")
	if got := strings.Join(b.shownTasks(t), " "); got != "education training work references other" {
		t.Errorf("sections shown for IFA: %q", got)
	}
	b.openTask(t, listSel("work"))
	if !b.hidden(t, listSel("leadership")) || !b.hidden(t, listSel("licenses")) || !b.hidden(t, `[data-object="exam"]`) {
		t.Error("IFA asks no leadership, license or exam, but the form shows one")
	}
	b.run(t, chromedp.Click(continueIn("work", "References")), chromedp.WaitVisible("#task-references-body"))
	b.run(t, chromedp.Click(continueIn("references", "Ethics, membership and exam")), chromedp.WaitVisible("#task-other-body"))
	b.run(t, chromedp.Click(continueIn("other", "check your answers")), chromedp.WaitVisible("#task-check-body"))
	b.checkAxe(t, "/checker/ after the guided start (phone, focused form)")
	b.checkClean(t, origin)
}

// TestGuidedStartFitsPhone: at 320 px wide (the narrowest phone) the
// guided start's three questions take at most 1,600 px (2.8 screens of a
// 568 px iPhone SE), and at most two screens of the 390 × 844 phone: each
// kind of service folds what it covers behind its
// "?" button (What counts as …), which opens it with a click; its words
// stay the checkbox's description for screen readers.
func TestGuidedStartFitsPhone(t *testing.T) {
	t.Parallel()
	b := newBrowser(t)
	b.run(t, emulation.SetDeviceMetricsOverride(320, 568, 1, true), emulation.SetTouchEmulationEnabled(true))
	origin := exampleServer(t)
	b.openChecker(t, origin)
	b.run(t, chromedp.WaitVisible("#guided-start"))
	var height float64
	b.run(t, chromedp.Evaluate(`document.getElementById("guided-start").getBoundingClientRect().height`, &height))
	t.Logf("guided start: %.0f px tall at 320 px", height)
	if height > 1600 { // 4,455 px before its services folded
		t.Errorf("the guided start is %.0f px tall at 320 px, more than 1,600 px", height)
	}
	b.run(t, emulation.SetDeviceMetricsOverride(phone.width, phone.height, 1, true))
	var at390 float64
	b.run(t, chromedp.Evaluate(`document.getElementById("guided-start").getBoundingClientRect().height`, &at390))
	t.Logf("guided start: %.0f px tall at %d px", at390, phone.width)
	if at390 > 2*float64(phone.height) {
		t.Errorf("the guided start is %.0f px tall at %d px, more than two %d px screens", at390, phone.width, phone.height)
	}
	b.run(t, emulation.SetDeviceMetricsOverride(320, 568, 1, true))
	b.noSideScroll(t, 320)
	about := `//*[@id="guided-start"]//div[contains(@class,"field-check")][label[normalize-space()="Home visiting"]]`
	var open bool
	b.run(t, chromedp.Evaluate(`[...document.querySelectorAll("#guided-start .service-about")].some((p) => p.checkVisibility())`, &open))
	if open {
		t.Error("what a service covers shows before it is asked for")
	}
	b.screenshotOf(t, "#guided-start", "guided-start-320") // for review
	b.run(t, chromedp.Click(about+`//button[contains(., "What counts as Home visiting")]`))
	var desc struct{ Shown, Described string }
	b.run(t, chromedp.Evaluate(`(() => { const c = document.evaluate(`+jsString(about)+`, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue;
	  const p = c.querySelector(".service-about");
	  return { Shown: p.checkVisibility() ? p.textContent : "", Described: document.getElementById(c.querySelector("input").getAttribute("aria-describedby")).textContent }; })()`, &desc))
	if !strings.HasPrefix(desc.Shown, "Regular visits to families at home") || !strings.Contains(desc.Shown, "Counts as specialized work for:") {
		t.Errorf("Home visiting's What counts, opened, shows %q", desc.Shown)
	}
	if desc.Described != desc.Shown {
		t.Errorf("the checkbox is described by %q, not by what counts (%q)", desc.Described, desc.Shown)
	}
	b.checkAxe(t, "/checker/ guided start (320 px, one What counts open)")
	b.checkClean(t, origin)
}
