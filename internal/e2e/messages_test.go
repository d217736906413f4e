package e2e

import (
	"regexp"
	"testing"

	"github.com/chromedp/chromedp"
)

// rawCode is a message code or vocabulary key ("rater_not_endorsed",
// "rsc_provider") and unroundedNumber an amount of 1 or more with two
// decimals or more ("37.06"): neither may reach the page, which words the
// engine's report from the message catalog with labels from the rules.
var (
	rawCode         = regexp.MustCompile(`\b[a-z]+_[a-z_]+\b`)
	unroundedNumber = regexp.MustCompile(`\b[1-9][0-9]*\.[0-9]{2,}\b`)
	unfilledValue   = regexp.MustCompile(`\b(NaN|undefined|null)\b`) // a JS value missing from the data
)

// TestCheckerNextSteps: a person types a training course that is not
// enough; the requirement says what is missing in words, and what to do
// next (a course from the catalog that counts), with no raw code or
// unrounded number anywhere in the results.
func TestCheckerNextSteps(t *testing.T) {
	t.Parallel()
	b := newBrowser(t)
	origin := exampleServer(t)
	b.openChecker(t, origin)
	b.typeDate(t, "#checker-asof", "2026-06-01")
	b.addEntry(t, "training", 0)
	b.typeInto(t, fieldSel("training", 0, "title", "input"), "Attachment basics")
	b.typeInto(t, fieldSel("training", 0, "hours", "input"), "10.333")
	b.typeDate(t, fieldBox("training", 0, "date"), "2026-01-10")
	b.openResult(t, "ifa")
	req := `[data-category="ifa"] [data-requirement="training"] `
	b.waitText(t, req+".figures", "You have 10.3 of 30 hours. Missing: 19.7 more training hours.")
	b.waitText(t, req+".next-steps", "Next: Take a course from our catalog that counts toward this: ")
	b.waitText(t, `[data-category="ifa"] .apply-steps`, "Steps when you apply")
	b.waitText(t, `[data-category="ifa"] .apply-steps`, "Sign the Code of Ethics")
	checkWorded(t, "the results", b.text(t, `[data-category="ifa"]`))
	b.checkClean(t, origin)
}

// TestCheckerProviderNextStep: RSC from a provider endorsed as IMHS stops
// counting toward IFS on 1 January 2025 unless the provider holds the ERS
// add-on; the entry names that cause (not a date) and the next step is to
// ask the provider about the add-on.
func TestCheckerProviderNextStep(t *testing.T) {
	t.Parallel()
	b := newBrowser(t)
	origin := exampleServer(t)
	b.openChecker(t, origin)
	const saved = `{"format": "endorse-profile/1",
	  "training": [{"title": "Infant development", "hours": 30, "date": "2020-02-01", "topics": ["development"]}],
	  "work": [{"role": "Home visitor", "start": "2019-01-07", "paid": true, "fte": 1, "age_band": "infant", "service": "home_visiting", "families": 12}],
	  "rsc_received": [{"start": "2024-01-01", "end": "2024-12-31", "hours": 20, "format": "individual", "provider": "M. Chen", "provider_endorsement": "imhs"},
	    {"date": "2025-01-01", "hours": 4, "format": "individual", "provider": "M. Chen", "provider_endorsement": "imhs"}]}`
	b.run(t, chromedp.Evaluate(`localStorage.setItem("endorse.checker.profile", `+jsString(saved)+`)`, nil),
		chromedp.Reload(), chromedp.WaitVisible("#checker-form"))
	b.typeDate(t, "#checker-asof", "2025-01-01")
	b.openResult(t, "ifs")
	req := `[data-category="ifs"] [data-requirement="rsc"] `
	b.waitText(t, req+".entries", "only when the provider also holds the Endorsed Reflective Supervisor (ERS) add-on")
	b.waitText(t, req+".next-steps", "Ask your RSC provider (endorsed as IMHS) whether they hold the Endorsed Reflective Supervisor (ERS) add-on")
	checkWorded(t, "the results", b.text(t, `[data-category="ifs"]`))
	b.checkClean(t, origin)
}

// checkWorded fails when text (what the page shows at where) holds a raw
// code or an unrounded number.
func checkWorded(t testing.TB, where, text string) {
	t.Helper()
	if s := rawCode.FindString(text); s != "" {
		t.Errorf("%s shows the raw code %q:\n%s", where, s, text)
	}
	if s := unroundedNumber.FindString(text); s != "" {
		t.Errorf("%s shows the unrounded number %s:\n%s", where, s, text)
	}
	if s := unfilledValue.FindString(text); s != "" {
		t.Errorf("%s shows %q where a value is missing:\n%s", where, s, text)
	}
}

// TestCheckerCoordinatorStep: a step that sends the applicant to the
// endorsement coordinator says how to reach them, from
// rules/association.toml's [coordinator] (never written in the page or
// the script), and so does the printed receipt.
func TestCheckerCoordinatorStep(t *testing.T) {
	t.Parallel()
	b := newBrowser(t)
	origin := exampleServer(t)
	b.openChecker(t, origin)
	const saved = `{"format": "endorse-profile/1", "exam": {"passed": false}}`
	b.run(t, chromedp.Evaluate(`localStorage.setItem("endorse.checker.profile", `+jsString(saved)+`)`, nil),
		chromedp.Reload(), chromedp.WaitVisible("#checker-form"))
	b.typeDate(t, "#checker-asof", "2026-12-05")
	b.openResult(t, "imhm-p")
	b.waitText(t, `[data-category="imhm-p"] [data-requirement="exam"] .next-steps`,
		"Ask the endorsement coordinator for the next exam date: you sit it once the other requirements are met. The coordinator: Dana Whitfield, endorsement@npaimh.example.org, (555) 555-0142.")
	checkWorded(t, "the results", b.text(t, `[data-category="imhm-p"]`))
	b.checkClean(t, origin)
}
