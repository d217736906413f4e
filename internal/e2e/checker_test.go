package e2e

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

// reqStatus is the status text shown for one requirement of a category.
func reqStatus(cat, req string) string {
	return `[data-category="` + cat + `"] [data-requirement="` + req + `"] .status`
}

// openResult expands a category's results, as a person clicks its name
// in the results, unless it is open already.
func (b *browser) openResult(t testing.TB, cat string) {
	t.Helper()
	var open bool
	sel := `[data-category="` + cat + `"]`
	b.run(t, chromedp.WaitReady(sel), chromedp.Evaluate(`document.querySelector(`+jsString(sel)+`).open`, &open))
	if !open {
		b.run(t, chromedp.Click(sel+" > summary"))
	}
}

// fillMaster adds a Master's degree earned on 20 May 2019, as a person
// does with keyboard and mouse, and checks the as-of date 1 June 2026.
func (b *browser) fillMaster(t testing.TB) {
	t.Helper()
	b.typeDate(t, "#checker-asof", "2026-06-01")
	b.addEntry(t, "degrees", 0)
	b.choose(t, fieldSel("degrees", 0, "level", "select"), "Master")
	b.typeInto(t, fieldSel("degrees", 0, "name", "input"), "MSW")
	b.typeDate(t, fieldBox("degrees", 0, "date"), "2019-05-20")
	b.run(t, chromedp.Click(fieldSel("degrees", 0, "related", "input")))
}

// credentialCourses are the catalog's courses required for the course
// credential, as their labels start in the course picker.
var credentialCourses = []string{
	"Introduction to Infant Mental Health",
	"RIOS",
	"Understanding Early Social and Emotional Development Through an Infant Mental Health Lens, Part 1",
	"Understanding Early Social and Emotional Development Through an Infant Mental Health Lens, Part 2",
	"Working with Parents",
}

// pickCourses adds one training entry per catalog course, picked from the
// catalog with the keyboard, completed on 1 March 2025 (hours left empty:
// the catalog's clock hours count).
func (b *browser) pickCourses(t testing.TB, courses []string) {
	t.Helper()
	for i, c := range courses {
		b.addEntry(t, "training", i)
		b.choose(t, fieldSel("training", i, "course", "select"), c)
		b.typeDate(t, fieldBox("training", i, "date"), "2025-03-01")
	}
}

// TestCheckerVerdictFollowsTyping: requirements and verdicts change as a
// person fills in the form: a Master's degree meets the Mental Health
// Specialist's education requirement; the five required catalog courses
// meet the course credential, and their catalog hours (10+6+15+15+10)
// count toward the Infant Family Associate's training hours.
func TestCheckerVerdictFollowsTyping(t *testing.T) {
	t.Parallel()
	b := newBrowser(t)
	origin := exampleServer(t)
	b.openChecker(t, origin)
	b.openResult(t, "imhs")
	b.waitText(t, reqStatus("imhs", "education"), "Not answered")
	b.fillMaster(t)
	b.waitText(t, reqStatus("imhs", "education"), "Met")
	if s := b.text(t, "#checker-summary"); strings.Contains(s, "You appear to meet") {
		t.Fatalf("before any course, the summary says %q", s)
	}
	b.pickCourses(t, credentialCourses)
	b.waitText(t, "#checker-summary", "You appear to meet the requirements for: Course credential.")
	if got := b.value(t, fieldSel("training", 0, "title", "input")); got != "Introduction to Infant Mental Health" {
		t.Errorf("picking a course filled in the title %q", got)
	}
	if got := b.text(t, fieldSel("training", 0, "course", ".help")); !strings.HasPrefix(got, "This course counts with 10 clock hours and covers ") {
		t.Errorf("the course picker's help says %q, not what the course counts for", got)
	}
	b.run(t, chromedp.Click(`#checker-details .ranking a[href="#result-ifa"]`))
	b.waitText(t, `[data-category="ifa"] [data-requirement="training"] .figures`, "You have 56 of 30 hours")
	b.checkAxe(t, "/checker/ (filled in)")
	b.checkClean(t, origin)
}

// TestCheckerRestoresAfterReload: what was typed is still there after a
// reload, and so is its verdict.
func TestCheckerRestoresAfterReload(t *testing.T) {
	t.Parallel()
	b := newBrowser(t)
	origin := exampleServer(t)
	b.openChecker(t, origin)
	b.fillMaster(t)
	b.openResult(t, "imhs")
	b.waitText(t, reqStatus("imhs", "education"), "Met")
	b.run(t, chromedp.Reload(), chromedp.WaitVisible("#checker-form"))
	if got := b.value(t, fieldSel("degrees", 0, "level", "select")); got != "master" {
		t.Errorf("after reload, degree level = %q, want master", got)
	}
	if got := b.value(t, fieldSel("degrees", 0, "name", "input")); got != "MSW" {
		t.Errorf("after reload, degree name = %q, want MSW", got)
	}
	b.openResult(t, "imhs")
	b.waitText(t, reqStatus("imhs", "education"), "Met")
	b.checkClean(t, origin)
}

// TestCheckerExportClearImport: export downloads the profile; clearing
// empties the form; importing the file brings everything back.
func TestCheckerExportClearImport(t *testing.T) {
	t.Parallel()
	b := newBrowser(t)
	origin := exampleServer(t)
	b.openChecker(t, origin)
	b.fillMaster(t)
	file := b.download(t, chromedp.Click(`//button[normalize-space()="Export my data"]`))
	checkExported(t, file)
	b.clearData(t)
	if n := b.count(t, entrySel("degrees", 0)); n != 0 {
		t.Fatalf("after clearing, %d degree entries remain", n)
	}
	b.run(t, chromedp.SetUploadFiles(`#checker-import`, []string{file}))
	b.waitText(t, "#checker-message", "Imported")
	if got := b.value(t, fieldSel("degrees", 0, "name", "input")); got != "MSW" {
		t.Errorf("after import, degree name = %q, want MSW", got)
	}
	b.openResult(t, "imhs")
	b.waitText(t, reqStatus("imhs", "education"), "Met")
	b.checkClean(t, origin)
}

// TestCheckerRejectsMalformedImport: a broken file and a foreign JSON file
// are refused with a message, and the saved data stays as it was.
func TestCheckerRejectsMalformedImport(t *testing.T) {
	t.Parallel()
	b := newBrowser(t)
	origin := exampleServer(t)
	b.openChecker(t, origin)
	b.fillMaster(t)
	before := b.saved(t)
	dir := t.TempDir()
	write(t, dir, "broken.json", `{"format": "endorse-profile/1", "degrees": [`)
	write(t, dir, "foreign.json", `{"name": "a package.json", "version": "1.0.0"}`)
	write(t, dir, "typo.json", `{"format": "endorse-profile/1", "degres": []}`)
	for _, name := range []string{"broken.json", "foreign.json", "typo.json"} {
		b.run(t, chromedp.SetUploadFiles(`#checker-import`, []string{filepath.Join(dir, name)}))
		b.waitText(t, "#checker-message", "Nothing was imported from “"+name+"”")
		if after := b.saved(t); after != before {
			t.Errorf("%s changed the saved data:\n%s\nto\n%s", name, before, after)
		}
	}
	if got := b.value(t, fieldSel("degrees", 0, "name", "input")); got != "MSW" {
		t.Errorf("after a failed import, degree name = %q, want MSW", got)
	}
	b.checkClean(t, origin)
}

// saved returns what the checker stored in localStorage.
func (b *browser) saved(t testing.TB) string {
	t.Helper()
	var s string
	b.run(t, chromedp.Evaluate(`localStorage.getItem("endorse.checker.profile") || ""`, &s))
	return s
}

// count returns how many elements match sel.
func (b *browser) count(t testing.TB, sel string) int {
	t.Helper()
	var n int
	b.run(t, chromedp.Evaluate(`document.querySelectorAll(`+jsString(sel)+`).length`, &n))
	return n
}

// download runs action, waits for the file it downloads and returns its
// path.
func (b *browser) download(t testing.TB, action chromedp.Action) string {
	t.Helper()
	dir := t.TempDir()
	done := make(chan string, 1)
	ctx, cancel := context.WithCancel(b.ctx)
	defer cancel()
	chromedp.ListenTarget(ctx, func(ev any) {
		if e, ok := ev.(*cdpbrowser.EventDownloadProgress); ok && e.State == cdpbrowser.DownloadProgressStateCompleted {
			select {
			case done <- e.GUID:
			default:
			}
		}
	})
	var info *target.Info
	b.run(t, chromedp.ActionFunc(func(ctx context.Context) error {
		var err error
		info, err = target.GetTargetInfo().Do(ctx)
		return err
	}))
	b.run(t, cdpbrowser.SetDownloadBehavior(cdpbrowser.SetDownloadBehaviorBehaviorAllowAndName).
		WithBrowserContextID(info.BrowserContextID).
		WithDownloadPath(dir).WithEventsEnabled(true), action)
	select {
	case guid := <-done:
		return filepath.Join(dir, guid)
	case <-time.After(10 * time.Second):
		t.Fatal("no download completed")
	}
	return ""
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// checkExported reads an exported file: a profile holding the degree.
func checkExported(t testing.TB, file string) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var p struct {
		Format  string `json:"format"`
		Degrees []struct{ Level, Name, Date string }
	}
	if err := json.Unmarshal(data, &p); err != nil {
		t.Fatalf("exported file is not JSON: %v\n%s", err, data)
	}
	if p.Format != "endorse-profile/1" || len(p.Degrees) != 1 || p.Degrees[0].Level != "master" ||
		p.Degrees[0].Name != "MSW" || p.Degrees[0].Date != "2019-05-20" {
		t.Errorf("exported profile:\n%s", data)
	}
}
