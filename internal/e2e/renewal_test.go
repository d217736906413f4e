package e2e

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// TestCheckerRenewal: in renewal mode a person who holds the Infant Family
// Associate endorsement sees this year's renewal check; 16 hours of
// training with a diversity topic this year meet its training requirement.
func TestCheckerRenewal(t *testing.T) {
	t.Parallel()
	b := newBrowser(t)
	origin := exampleServer(t)
	b.openChecker(t, origin)
	b.typeDate(t, "#checker-asof", "2026-06-01")
	b.run(t, chromedp.Click(`//label[normalize-space()="What I need to renew an endorsement I hold"]`))
	b.waitText(t, "#checker-summary", "Add the endorsements you hold")
	b.addEntry(t, "endorsements", 0)
	b.choose(t, fieldSel("endorsements", 0, "category", "select"), "Infant Family Associate")
	b.typeDate(t, fieldBox("endorsements", 0, "since"), "2020-03-15")
	b.waitText(t, "#checker-summary", "Renewal of Infant Family Associate (IFA) by 31 December 2026")
	b.waitText(t, reqStatus("ifa", "training"), "Not answered")
	b.addEntry(t, "training", 0)
	b.typeInto(t, fieldSel("training", 0, "title", "input"), "Equity in home visiting")
	b.typeInto(t, fieldSel("training", 0, "hours", "input"), "16")
	b.typeDate(t, fieldBox("training", 0, "date"), "2026-02-02")
	b.run(t, chromedp.Click(fieldSel("training", 0, "topics", `input[value="dei"]`)))
	b.waitText(t, reqStatus("ifa", "training"), "Met")
	b.checkAxe(t, "/checker/ (renewal)")
	b.run(t, printMedia)
	b.waitText(t, "#checker-receipt", "Equity in home visiting")
	printed := b.text(t, "main")
	for _, want := range []string{"Checked on 1 June 2026 · Renewal of an endorsement held", "Renewal of Infant Family Associate (IFA) by 31 December 2026: ? Answers missing",
		"Course or workshop 1 Equity in home visiting, 16 clock hours, completed 2 February 2026, topics: Diversity, equity and inclusion"} {
		if !strings.Contains(printed, want) {
			t.Errorf("printed renewal receipt lacks %q:\n%s", want, printed)
		}
	}
	if got := b.text(t, `[data-receipt-category="ifa"] [data-requirement="training"] .status`); got != "✓ Met" {
		t.Errorf("printed renewal receipt: IFA training reads %q", got)
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
	t.Parallel()
	b := newBrowser(t)
	origin := exampleServer(t)
	b.openChecker(t, origin)
	b.typeDate(t, "#checker-asof", "2026-06-01")
	for i, e := range []struct{ title, hours, date string }{
		{"Attachment basics", "10", "2026-01-10"},
		{"Next autumn's conference", "8", "2026-09-01"},
	} {
		b.addEntry(t, "training", i)
		b.typeInto(t, fieldSel("training", i, "title", "input"), e.title)
		b.typeInto(t, fieldSel("training", i, "hours", "input"), e.hours)
		b.typeDate(t, fieldBox("training", i, "date"), e.date)
	}
	b.openResult(t, "ifa")
	req := `[data-category="ifa"] [data-requirement="training"] `
	b.waitText(t, req+".figures", "You have 10 of 30 hours. Missing: 20 more training hours.")
	b.waitText(t, req+".entries", "Counted: Course or workshop 1 “Attachment basics” (10 hours)")
	b.waitText(t, req+".entries", "Not counted: Course or workshop 2 “Next autumn's conference” — dated after the day checked")
	b.waitText(t, req+".projection", "At your recent pace this would be met on ")
	if got := b.text(t, req+".projection"); !regexp.MustCompile(`met on \d{1,2} [A-Z][a-z]+ 2028\.$`).MatchString(got) {
		t.Errorf("the projection reads %q, want a date in 2028 as people write it", got)
	}
	b.checkClean(t, origin)
}

// TestCheckerRSCWindow: for RSC hours the best period is shown, with the
// first day on which its earliest hours no longer count (the engine's
// falls_out). The profile is stored as a saved one, as an import leaves it.
func TestCheckerRSCWindow(t *testing.T) {
	t.Parallel()
	b := newBrowser(t)
	origin := exampleServer(t)
	b.openChecker(t, origin)
	const saved = `{"format": "endorse-profile/1",
	  "degrees": [{"level": "master", "name": "MSW", "related": true, "date": "2019-05-20"}],
	  "rsc_received": [{"start": "2025-01-01", "end": "2026-05-31", "hours": 30,
	  "format": "individual", "provider": "A. Smith", "provider_endorsement": "imhm-c"}]}`
	b.run(t, chromedp.Evaluate(`localStorage.setItem("endorse.checker.profile", `+jsString(saved)+`)`, nil),
		chromedp.Reload(), chromedp.WaitVisible("#checker-form"))
	b.typeDate(t, "#checker-asof", "2026-06-01")
	b.openResult(t, "imhs")
	b.waitText(t, `[data-category="imhs"] [data-requirement="rsc"] .window`,
		"Best period: 1 January 2025 to 1 June 2026, 30 hours over 17 months. The earliest of these hours stop counting on 1 January 2027.")
	b.checkClean(t, origin)
}
