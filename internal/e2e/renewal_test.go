package e2e

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// TestCheckerRenewal: in renewal mode a person who holds the Infant Family
// Associate endorsement sees this year's renewal check; 16 hours of
// training with a diversity topic this year meet its training requirement.
func TestCheckerRenewal(t *testing.T) {
	b := newBrowser(t)
	origin := exampleServer(t)
	b.openChecker(t, origin)
	b.typeInto(t, "#checker-asof", "06012026")
	b.run(t, chromedp.Click(`//label[normalize-space()="What I need to renew an endorsement I hold"]`))
	b.waitText(t, "#checker-summary", "Add the endorsements you hold")
	b.addEntry(t, "endorsements", 0)
	b.choose(t, fieldSel("endorsements", 0, "category", "select"), "Infant Family Associate")
	b.typeInto(t, fieldSel("endorsements", 0, "since", "input"), "03152020")
	b.waitText(t, "#checker-summary", "Renewal of Infant Family Associate (IFA) by 2026-12-31")
	b.waitText(t, reqStatus("ifa", "training"), "Not answered")
	b.addEntry(t, "training", 0)
	b.typeInto(t, fieldSel("training", 0, "title", "input"), "Equity in home visiting")
	b.typeInto(t, fieldSel("training", 0, "hours", "input"), "16")
	b.typeInto(t, fieldSel("training", 0, "date", "input"), "02022026")
	b.run(t, chromedp.Click(fieldSel("training", 0, "topics", `input[value="dei"]`)))
	b.waitText(t, reqStatus("ifa", "training"), "Met")
	b.checkAxe(t, "/checker/ (renewal)")
	b.run(t, emulation.SetEmulatedMedia().WithMedia("print"))
	printed := b.text(t, "main")
	for _, want := range []string{"Purpose Renewal of an endorsement held", "Renewal Renewal of Infant Family Associate (IFA) by 2026-12-31",
		"Course or workshop 1: Title: Equity in home visiting; Clock hours: 16"} {
		if !strings.Contains(printed, want) {
			t.Errorf("printed renewal receipt lacks %q:\n%s", want, printed)
		}
	}
	if got := b.text(t, `[data-receipt-category="ifa"] [data-requirement="training"] .status`); got != "✓ Met" {
		t.Errorf("printed renewal receipt: IFA training reads %q", got)
	}
	b.checkClean(t, origin)
}

// TestCheckerReceipt: printed, the page is a readiness receipt: the date
// checked, the rules edition, the SHA-384 of the published rules.json and
// the answers, then requirement by requirement the category the person
// opened, and one line for every other category. The form and the on-screen
// results are not printed, and the whole fits on a few pages.
func TestCheckerReceipt(t *testing.T) {
	b := newBrowser(t)
	origin := exampleServer(t)
	b.openChecker(t, origin)
	b.fillMaster(t)
	b.openResult(t, "imhs")
	b.waitText(t, reqStatus("imhs", "education"), "Met")
	b.waitText(t, `[data-receipt-category="imhs"] [data-requirement="education"] .status`, "Met")
	b.run(t, emulation.SetEmulatedMedia().WithMedia("print"))
	printed := b.text(t, "main")
	for _, want := range []string{
		"Readiness receipt", "Checked as of 2026-06-01", "IMHS: From 1 January 2025",
		"Rules content hash (rules.json) " + rulesHash(t), "Degree level: Master's degree; Degree name: MSW",
		"Results for the categories you opened", "Infant Mental Health Specialist (IMHS) ? Answers missing",
		"Every other category", "Early Childhood Family Associate (ECFA): Answers missing, 5 requirements open (rules: Current requirements).",
		"Course credential: Answers missing",
	} {
		if !strings.Contains(printed, want) {
			t.Errorf("printed page lacks %q:\n%s", want, printed)
		}
	}
	for _, unwanted := range []string{"Your experience", "Closest categories", "(Credential)"} {
		if strings.Contains(printed, unwanted) {
			t.Errorf("printed page shows %q:\n%s", unwanted, printed)
		}
	}
	if got := b.text(t, `[data-receipt-category="imhs"] [data-requirement="education"]`); !strings.HasPrefix(got, "✓ Met") {
		t.Errorf("receipt: IMHS education requirement reads %q", got)
	}
	var opened, printedFull string
	b.run(t, chromedp.Evaluate(`[...document.querySelectorAll("#checker-details details[open]")].map((d) => d.dataset.category).sort().join(" ")`, &opened),
		chromedp.Evaluate(`[...document.querySelectorAll("#checker-receipt section[data-receipt-category]")].map((s) => s.dataset.receiptCategory).sort().join(" ")`, &printedFull))
	if !strings.Contains(opened, "imhs") || printedFull != opened {
		t.Errorf("receipt prints the requirements of %q, the categories open on screen are %q", printedFull, opened)
	}
	if pages := b.printedPages(t); pages > 6 {
		t.Errorf("the receipt prints on %d pages, want at most 6", pages)
	}
	b.checkClean(t, origin)
}

// printedPages prints the page to PDF as the browser's print dialog does
// and counts its pages.
func (b *browser) printedPages(t testing.TB) int {
	t.Helper()
	var pdf []byte
	b.run(t, chromedp.ActionFunc(func(ctx context.Context) error {
		var err error
		pdf, _, err = page.PrintToPDF().Do(ctx)
		return err
	}))
	return len(regexp.MustCompile(`/Type\s*/Page\b`).FindAll(pdf, -1))
}

// rulesHash is the SRI sha384 hash of the rules.json the build published.
func rulesHash(t testing.TB) string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(exampleSite(t), "assets", "rules.*.json"))
	if len(files) != 1 {
		t.Fatalf("published rules.json files: %q", files)
	}
	data, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	return sri384(data)
}

// TestCheckerExplainsEntries: each training entry says whether it counted
// and why not, and an unmet hour requirement is projected at the recent
// pace.
func TestCheckerExplainsEntries(t *testing.T) {
	b := newBrowser(t)
	origin := exampleServer(t)
	b.openChecker(t, origin)
	b.typeInto(t, "#checker-asof", "06012026")
	for i, e := range []struct{ title, hours, date string }{
		{"Attachment basics", "10", "01102026"},
		{"Next autumn's conference", "8", "09012026"},
	} {
		b.addEntry(t, "training", i)
		b.typeInto(t, fieldSel("training", i, "title", "input"), e.title)
		b.typeInto(t, fieldSel("training", i, "hours", "input"), e.hours)
		b.typeInto(t, fieldSel("training", i, "date", "input"), e.date)
	}
	b.openResult(t, "ifa")
	req := `[data-category="ifa"] [data-requirement="training"] `
	b.waitText(t, req+".figures", "You have 10 of 30 hours. Missing: 20 more training hours.")
	b.waitText(t, req+".entries", "Counted: Course or workshop 1 “Attachment basics” (10 hours)")
	b.waitText(t, req+".entries", "Not counted: Course or workshop 2 “Next autumn's conference” — dated after the as-of date")
	b.waitText(t, req+".projection", "At your recent pace this would be met on 2028-")
	b.checkClean(t, origin)
}

// TestCheckerRSCWindow: for RSC hours the best period is shown, with the
// first day on which its earliest hours no longer count (the engine's
// falls_out). The profile is stored as a saved one, as an import leaves it.
func TestCheckerRSCWindow(t *testing.T) {
	b := newBrowser(t)
	origin := exampleServer(t)
	b.openChecker(t, origin)
	const saved = `{"format": "endorse-profile/1",
	  "degrees": [{"level": "master", "name": "MSW", "related": true, "date": "2019-05-20"}],
	  "rsc_received": [{"start": "2025-01-01", "end": "2026-05-31", "hours": 30,
	  "format": "individual", "provider": "A. Smith", "provider_endorsement": "imhm-c"}]}`
	b.run(t, chromedp.Evaluate(`localStorage.setItem("endorse.checker.profile", `+jsString(saved)+`)`, nil),
		chromedp.Reload(), chromedp.WaitVisible("#checker-form"))
	b.typeInto(t, "#checker-asof", "06012026")
	b.openResult(t, "imhs")
	b.waitText(t, `[data-category="imhs"] [data-requirement="rsc"] .window`,
		"Best period: 2025-01-01 to 2026-06-01, 30 hours over 17 months. The earliest of these hours stop counting on 2027-01-01.")
	b.checkClean(t, origin)
}
