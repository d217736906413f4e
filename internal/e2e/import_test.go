package e2e

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// The import and the saved data are all or nothing (issue 9, points 1 and
// 6): these tests type data as a person does, then import bad files, fill
// the browser's storage or damage what it saved, reload, and find the
// earlier data intact and the checker working.

const (
	profileKey = "endorse.checker.profile"
	damagedKey = "endorse.checker.damaged"
	clearSel   = `//button[normalize-space()="Clear my data"]`
	yesClear   = `//button[normalize-space()="Yes, remove my answers"]`
	replaceSel = `//button[normalize-space()="Replace my answers"]`
)

// clearData clears the checker's data as a person does: Clear, then
// confirm; it waits for the page to say the data is gone.
func (b *browser) clearData(t testing.TB) {
	t.Helper()
	b.run(t, chromedp.Click(clearSel), chromedp.WaitVisible(yesClear), chromedp.Click(yesClear))
	b.waitText(t, "#checker-message", "removed from this browser")
}

// malformedImports are files that parse as JSON but that no checker form
// can hold, each with the field path its refusal must name.
var malformedImports = []struct{ name, body, want string }{
	{"null-degree.json", `{"format":"endorse-profile/1","degrees":[null]}`, "degrees[0]: must be an object"},
	{"null-training.json", `{"format":"endorse-profile/1","training":[null]}`, "training[0]: must be an object"},
	{"null-rsc.json", `{"format":"endorse-profile/1","rsc_received":[null]}`, "rsc_received[0]: must be an object"},
	{"topics-number.json", `{"format":"endorse-profile/1","training":[{"title":"a","hours":1,"date":"2024-01-01","topics":5}]}`,
		"training[0].topics: must be a list of strings"},
	{"topics-object.json", `{"format":"endorse-profile/1","training":[{"title":"a","hours":1,"date":"2024-01-01","topics":{"a":1}}]}`,
		"training[0].topics: must be a list of strings"},
	{"topics-string.json", `{"format":"endorse-profile/1","training":[{"title":"a","hours":1,"date":"2024-01-01","topics":"imh"}]}`,
		"training[0].topics: must be a list of strings"},
	{"huge-number.json", `{"format":"endorse-profile/1","training":[{"title":"a","hours":1e400,"date":"2024-01-01"}]}`,
		"training[0].hours: number out of range (magnitude must be below 1e15)"},
}

// TestImportMalformedKeepsData: each malformed file is refused with its
// field path, the same one `endorse eval` names; everything the checker
// stores is unchanged, the typed degree is still shown, the Clear button
// is there and the results render; and after a reload too. The reload
// comes once, after the last file: as the stored data is checked to be
// byte for byte what it was after each file, a reload after each would
// load the same page every time (seven loads of the checker, 1-2
// CPU-seconds each).
func TestImportMalformedKeepsData(t *testing.T) {
	t.Parallel()
	skipIfShort(t)
	root := repoRoot(t)
	cli := buildCLI(t, root)
	b := newBrowser(t)
	origin := exampleServer(t)
	b.openChecker(t, origin)
	b.fillMaster(t)
	before := b.saved(t)
	var stored string
	b.run(t, chromedp.Evaluate(checkerStorage, &stored))
	dir := t.TempDir()
	for _, tc := range malformedImports {
		write(t, dir, tc.name, tc.body)
		b.run(t, chromedp.SetUploadFiles(`#checker-import`, []string{filepath.Join(dir, tc.name)}))
		b.waitText(t, "#checker-message", "Nothing was imported from “"+tc.name+"”")
		if msg := b.text(t, "#checker-message"); !strings.Contains(msg, tc.want) {
			t.Errorf("%s: message %q does not name %q", tc.name, msg, tc.want)
		}
		if after := b.saved(t); after != before {
			t.Errorf("%s changed the saved data:\n%s\nto\n%s", tc.name, before, after)
		}
		var after string
		b.run(t, chromedp.Evaluate(checkerStorage, &after))
		if after != stored {
			t.Errorf("%s changed what the checker stores:\n%s\nto\n%s", tc.name, stored, after)
		}
		if ok, msg := evalCLI(t, cli, root, filepath.Join(dir, tc.name)); ok || !strings.Contains(msg, tc.want) {
			t.Errorf("endorse eval %s: succeeded %v, said %q; want a refusal naming %q", tc.name, ok, msg, tc.want)
		}
		b.checkWorking(t, tc.name)
	}
	b.run(t, chromedp.Reload(), chromedp.WaitVisible("#checker-form"))
	b.checkWorking(t, "the malformed files and a reload")
	b.checkClean(t, origin)
}

// evalCLI runs `endorse eval FILE` in root and returns whether it
// succeeded and what it wrote to stderr.
func evalCLI(t testing.TB, cli, root, file string) (bool, string) {
	t.Helper()
	cmd := exec.Command(cli, "eval", file, "--as-of", "2026-06-01", "--format", "json")
	cmd.Dir = root
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	if _, exited := err.(*exec.ExitError); err != nil && !exited {
		t.Fatalf("endorse eval: %v", err)
	}
	return err == nil, stderr.String()
}

// checkWorking fails unless the checker shows the degree fillMaster typed,
// has its Clear button and renders results.
func (b *browser) checkWorking(t testing.TB, after string) {
	t.Helper()
	if got := b.value(t, fieldSel("degrees", 0, "name", "input")); got != "MSW" {
		t.Errorf("after %s, degree name = %q, want MSW", after, got)
	}
	if b.countXPath(t, clearSel) != 1 {
		t.Errorf("after %s, no Clear button", after)
	}
	b.openResult(t, "imhs")
	b.waitText(t, reqStatus("imhs", "education"), "Met")
}

// countXPath returns how many nodes match an XPath expression.
func (b *browser) countXPath(t testing.TB, xpath string) int {
	t.Helper()
	var n int
	b.run(t, chromedp.Evaluate(`document.evaluate(`+jsString("count("+xpath+")")+`, document, null, XPathResult.NUMBER_TYPE, null).numberValue`, &n))
	return n
}

// TestImportBOM: a file starting with a UTF-8 byte order mark (as Windows
// editors save) is imported, and `endorse eval` reads it too.
func TestImportBOM(t *testing.T) {
	t.Parallel()
	skipIfShort(t)
	root := repoRoot(t)
	cli := buildCLI(t, root)
	b := newBrowser(t)
	origin := exampleServer(t)
	b.openChecker(t, origin)
	dir := t.TempDir()
	file := filepath.Join(dir, "bom.json")
	write(t, dir, "bom.json", "\ufeff"+
		`{"format":"endorse-profile/1","degrees":[{"level":"master","name":"MSW","related":true,"date":"2019-05-20"}]}`)
	if ok, msg := evalCLI(t, cli, root, file); !ok {
		t.Errorf("endorse eval refused the file with a BOM: %s", msg)
	}
	b.run(t, chromedp.SetUploadFiles(`#checker-import`, []string{file}))
	b.waitText(t, "#checker-message", "Imported “bom.json”")
	b.run(t, chromedp.Reload(), chromedp.WaitVisible("#checker-form"))
	b.checkWorking(t, "a file with a BOM")
	b.checkClean(t, origin)
}

// failStorageJS makes every localStorage write in the page throw, as a
// full storage does; failStorage runs it in the page now.
const failStorageJS = `Storage.prototype.setItem = function () {
  throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
}`

var failStorage = chromedp.Evaluate(failStorageJS, nil)

// TestImportQuotaFailure: when storage refuses the imported data, the
// page says so (never "Imported"), keeps showing the earlier data, and a
// reload finds that data saved as it was. An edit that cannot be saved is
// reported as well.
func TestImportQuotaFailure(t *testing.T) {
	t.Parallel()
	b := newBrowser(t)
	origin := exampleServer(t)
	b.openChecker(t, origin)
	b.fillMaster(t)
	before := b.saved(t)
	file := filepath.Join(t.TempDir(), "other.json")
	if err := os.WriteFile(file, []byte(`{"format":"endorse-profile/1","degrees":[{"level":"bachelor","name":"BA","date":"2010-05-20"}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	b.run(t, failStorage, chromedp.SetUploadFiles(`#checker-import`, []string{file}),
		chromedp.WaitVisible(replaceSel), chromedp.Click(replaceSel))
	b.waitText(t, "#checker-message", "Could not save “other.json”")
	if msg := b.text(t, "#checker-message"); strings.Contains(msg, "Imported") {
		t.Errorf("message after a refused save: %q", msg)
	}
	if got := b.value(t, fieldSel("degrees", 0, "name", "input")); got != "MSW" {
		t.Errorf("after a refused save, the form shows degree %q, want MSW", got)
	}
	b.typeInto(t, fieldSel("degrees", 0, "name", "input"), " (unsaved)")
	b.waitText(t, "#checker-message", "Could not save your changes")
	if after := b.saved(t); after != before {
		t.Errorf("the saved data changed:\n%s\nto\n%s", before, after)
	}
	b.run(t, chromedp.Reload(), chromedp.WaitVisible("#checker-form"))
	b.checkWorking(t, "a refused save")
	b.checkClean(t, origin)
}

// TestDamagedSavedProfile: saved data that cannot be loaded (damaged, or
// written by another version) never stops the page: it starts empty and
// working, says so, offers the data for download, and keeps it (under
// another key) across edits and reloads until the person clears their data.
func TestDamagedSavedProfile(t *testing.T) {
	t.Parallel()
	b := newBrowser(t)
	origin := exampleServer(t)
	b.openChecker(t, origin)
	for _, tc := range []struct{ name, saved, want string }{
		{"null entry", `{"format":"endorse-profile/1","training":[null]}`, "training[0]: must be an object"},
		{"wrong type", `{"format":"endorse-profile/1","training":[{"title":"a","hours":1,"date":"2024-01-01","topics":"imh"}]}`,
			"training[0].topics: must be a list of strings"},
		{"not JSON", `{"format":"endorse-profile/1","degrees":[`, "It is not valid JSON"},
		{"older version", `{"format":"endorse-profile/0","degrees":[]}`, `its format is not "endorse-profile/1"`},
	} {
		b.run(t, chromedp.Evaluate(`localStorage.clear(); localStorage.setItem("`+profileKey+`", `+jsString(tc.saved)+`)`, nil),
			chromedp.Reload(), chromedp.WaitVisible("#checker-form"))
		b.waitText(t, "#checker-damaged", "Your saved data could not be loaded")
		if msg := b.text(t, "#checker-damaged"); !strings.Contains(msg, tc.want) {
			t.Errorf("%s: notice %q does not say %q", tc.name, msg, tc.want)
		}
		if n := b.countXPath(t, clearSel); n != 1 {
			t.Errorf("%s: %d Clear buttons", tc.name, n)
		}
		b.openResult(t, "imhs")
		b.waitText(t, reqStatus("imhs", "education"), "Not answered")
		if tc.name == "null entry" {
			b.checkAxe(t, "/checker/ (damaged saved data)")
		}
		file := b.download(t, chromedp.Click(`//button[normalize-space()="Download the damaged data"]`))
		if got, _ := os.ReadFile(file); string(got) != tc.saved {
			t.Errorf("%s: downloaded %q, want the saved text %q", tc.name, got, tc.saved)
		}
	}
	// The last damaged data stays set aside while the person types and reloads.
	b.fillMaster(t)
	b.run(t, chromedp.Reload(), chromedp.WaitVisible("#checker-form"))
	b.checkWorking(t, "typing over damaged data")
	b.waitText(t, "#checker-damaged", "could not be loaded")
	var kept string
	b.run(t, chromedp.Evaluate(`localStorage.getItem("`+damagedKey+`") || ""`, &kept))
	if !strings.Contains(kept, "endorse-profile/0") {
		t.Errorf("damaged data kept = %q", kept)
	}
	b.clearData(t)
	b.run(t, chromedp.Reload(), chromedp.WaitVisible("#checker-form"))
	if n := b.count(t, "#checker-damaged"); n != 0 {
		t.Error("the damaged-data notice is still shown after clearing")
	}
	b.checkClean(t, origin)
}

// TestTypedHugeNumberKeepsData: a number the profile format cannot hold,
// typed into the form, is left out of the saved data (as an empty field
// is) rather than saved, so the next visit does not find its data damaged.
func TestTypedHugeNumberKeepsData(t *testing.T) {
	t.Parallel()
	b := newBrowser(t)
	origin := exampleServer(t)
	b.openChecker(t, origin)
	b.fillMaster(t)
	b.addEntry(t, "training", 0)
	b.typeInto(t, fieldSel("training", 0, "hours", "input"), "1e20")
	b.typeInto(t, fieldSel("training", 0, "title", "input"), "Huge")
	b.run(t, chromedp.Reload(), chromedp.WaitVisible("#checker-form"))
	if n := b.count(t, "#checker-damaged"); n != 0 {
		t.Errorf("after typing 1e20 hours, the saved data was found damaged: %s", b.text(t, "#checker-damaged"))
	}
	b.checkWorking(t, "typing 1e20 hours")
	if got := b.value(t, fieldSel("training", 0, "title", "input")); got != "Huge" {
		t.Errorf("the training typed with 1e20 hours has title %q after reload", got)
	}
	b.checkClean(t, origin)
}

// TestDamagedSavedProfileStorageFull: when storage is too full to set the
// damaged data aside, the page still starts, says so and offers the data
// for download, which stays where it was.
func TestDamagedSavedProfileStorageFull(t *testing.T) {
	t.Parallel()
	b := newBrowser(t)
	origin := exampleServer(t)
	b.openChecker(t, origin)
	const damaged = `{"format":"endorse-profile/1","degrees":[null]}`
	b.run(t, chromedp.Evaluate(`localStorage.setItem("`+profileKey+`", `+jsString(damaged)+`)`, nil),
		chromedp.ActionFunc(func(ctx context.Context) error {
			_, err := page.AddScriptToEvaluateOnNewDocument(failStorageJS).Do(ctx)
			return err
		}),
		chromedp.Reload(), chromedp.WaitVisible("#checker-form"))
	b.waitText(t, "#checker-damaged", "degrees[0]: must be an object")
	file := b.download(t, chromedp.Click(`//button[normalize-space()="Download the damaged data"]`))
	if got, _ := os.ReadFile(file); string(got) != damaged {
		t.Errorf("downloaded %q, want %q", got, damaged)
	}
	if got := b.saved(t); got != damaged {
		t.Errorf("saved data = %q, want it left in place: %q", got, damaged)
	}
	b.checkClean(t, origin)
}
