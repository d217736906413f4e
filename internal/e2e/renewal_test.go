package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
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
	b.checkClean(t, origin)
}

// TestCheckerReceipt: printed, the page is a readiness receipt with the
// date checked, the rules edition, the SHA-256 of the published rules.json
// and the answers; the form is not printed.
func TestCheckerReceipt(t *testing.T) {
	b := newBrowser(t)
	origin := exampleServer(t)
	b.openChecker(t, origin)
	b.fillMaster(t)
	b.run(t, emulation.SetEmulatedMedia().WithMedia("print"))
	b.waitText(t, "#checker-receipt", "Degree name: MSW")
	receipt := b.text(t, "#checker-receipt")
	for _, want := range []string{
		"Readiness receipt", "Checked as of 2026-06-01", "Rules edition applied", "IMHS: From 1 January 2025",
		"Rules content hash (rules.json) " + rulesHash(t), "Degree level: Master's degree; Degree name: MSW",
	} {
		if !strings.Contains(receipt, want) {
			t.Errorf("printed receipt lacks %q:\n%s", want, receipt)
		}
	}
	// Every category's requirements are printed, also those collapsed on screen.
	b.waitText(t, reqStatus("ifa", "training"), "Not answered")
	var formShown bool
	b.run(t, chromedp.Evaluate(`document.getElementById("checker-form").getClientRects().length > 0`, &formShown))
	if formShown {
		t.Error("the form is printed with the receipt")
	}
	b.checkClean(t, origin)
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
	b.waitText(t, req+".entries", "Counted: Training 1 “Attachment basics” (10)")
	b.waitText(t, req+".entries", "Not counted: Training 2 “Next autumn's conference” — dated after the as-of date")
	b.waitText(t, req+".projection", "At your recent pace this would be met on 2028-")
	b.checkClean(t, origin)
}
