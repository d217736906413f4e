package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// focused describes the focused element: its field key, or its text for
// a button.
const focused = `(() => { const e = document.activeElement;
  const f = e.closest("[data-key]");
  return f ? "field:" + f.dataset.key : e.tagName.toLowerCase() + ":" + e.textContent.trim(); })()`

// TestCheckerKeyboard: a keyboard user adds a degree with Enter, lands on
// its first field, fills it in with the keyboard, removes it again with
// Enter and is put back on the "Add a degree" button.
func TestCheckerKeyboard(t *testing.T) {
	t.Parallel()
	b := newBrowser(t)
	origin := exampleServer(t)
	b.openChecker(t, origin)
	add := listSel("degrees") + " button.add"
	b.run(t, chromedp.Focus(add), chromedp.KeyEvent(kb.Enter))
	b.wantFocus(t, "field:level")
	b.run(t, chromedp.KeyEvent("B"), chromedp.KeyEvent(kb.Tab))
	b.wantFocus(t, "field:name")
	b.run(t, chromedp.KeyEvent("BA"))
	if got := b.value(t, fieldSel("degrees", 0, "level", "select")); got != "bachelor" {
		t.Errorf("degree level chosen by keyboard = %q, want bachelor", got)
	}
	for i := 0; i < 8 && b.focus(t) != "button:Remove degree 1"; i++ {
		b.run(t, chromedp.KeyEvent(kb.Tab))
	}
	b.wantFocus(t, "button:Remove degree 1")
	b.run(t, chromedp.KeyEvent(kb.Enter))
	b.wantFocus(t, "button:Add a degree")
	if n := b.count(t, entrySel("degrees", 0)); n != 0 {
		t.Errorf("after removing, %d degree entries remain", n)
	}
	b.checkClean(t, origin)
}

// focus describes the focused element (see focused).
func (b *browser) focus(t testing.TB) string {
	t.Helper()
	var s string
	b.run(t, chromedp.Evaluate(focused, &s))
	return s
}

// wantFocus fails unless the focused element is want.
func (b *browser) wantFocus(t testing.TB, want string) {
	t.Helper()
	if got := b.focus(t); got != want {
		t.Fatalf("focus is on %q, want %q", got, want)
	}
}

// TestCheckerUnfinishedEntry: nothing is flagged while a person fills in
// an entry; once they leave it unfinished (a degree without its date), the
// entry says why it does not count yet, its task needs attention, the
// results stay, and it counts once finished.
func TestCheckerUnfinishedEntry(t *testing.T) {
	t.Parallel()
	b := newBrowser(t)
	origin := exampleServer(t)
	b.openChecker(t, origin)
	b.addEntry(t, "degrees", 0)
	b.choose(t, fieldSel("degrees", 0, "level", "select"), "Master")
	b.waitText(t, "#checker-summary", "One entry is not counted until completed")
	if n := b.count(t, "#checker-form .problem, #checker-form [aria-invalid]"); n != 0 {
		t.Errorf("%d problem marks while the person is still in the entry", n)
	}
	b.run(t, chromedp.Focus(listSel("degrees")+" button.add"))
	b.waitText(t, fieldSel("degrees", 0, "date", ".problem"), "Not counted yet: missing: enter the date.")
	var described string
	b.run(t, chromedp.Evaluate(`(() => { const box = document.querySelector(`+jsString(fieldBox("degrees", 0, "date"))+`);
	  const invalid = [...box.querySelectorAll("input")].every((c) => c.getAttribute("aria-invalid") === "true");
	  return invalid + " " + box.getAttribute("aria-describedby").split(" ").map((id) => document.getElementById(id).textContent).join(" | "); })()`, &described))
	if !strings.HasPrefix(described, "true ") || !strings.Contains(described, "Not counted yet: missing") {
		t.Errorf("the unfinished date is not marked invalid and described: %q", described)
	}
	if got := b.text(t, "#task-education .tag"); got != "Needs attention" {
		t.Errorf("the Education task says %q, want Needs attention", got)
	}
	b.openResult(t, "imhs")
	b.waitText(t, reqStatus("imhs", "education"), "Not met yet")
	b.typeDate(t, fieldBox("degrees", 0, "date"), "2019-05-20")
	b.waitText(t, reqStatus("imhs", "education"), "Met")
	if n := b.count(t, ".problem"); n != 0 {
		t.Errorf("%d problem marks remain after finishing the entry", n)
	}
	b.checkAxe(t, "/checker/ (unfinished entry)")
	b.checkClean(t, origin)
}
