package e2e

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// The checker's DOM, as the tests address it: a list by its profile key,
// an entry by its index, a field by its profile key.
func listSel(list string) string { return `[data-list="` + list + `"]` }

func entrySel(list string, i int) string {
	return listSel(list) + ` [data-entry="` + strconv.Itoa(i) + `"]`
}

func fieldSel(list string, i int, key, control string) string {
	return entrySel(list, i) + ` [data-key="` + key + `"] ` + control
}

// openChecker loads the checker and waits until the engine has started
// (the form is shown only then).
func (b *browser) openChecker(t testing.TB, origin string) {
	t.Helper()
	b.run(t, chromedp.Navigate(origin+"/checker/"), chromedp.WaitVisible("#checker-form"))
}

// addEntry clicks the list's "Add …" button and waits for entry i.
func (b *browser) addEntry(t testing.TB, list string, i int) {
	t.Helper()
	b.run(t, chromedp.Click(listSel(list)+" button.add"), chromedp.WaitVisible(entrySel(list, i)))
}

// choose picks an option of a select by typing the start of its label, as
// a keyboard user does.
func (b *browser) choose(t testing.TB, sel, typed string) {
	t.Helper()
	b.run(t, chromedp.Focus(sel), chromedp.SendKeys(sel, typed), chromedp.KeyEvent(kb.Tab))
}

// typeInto types text into an input (dates as the digits of MMDDYYYY).
func (b *browser) typeInto(t testing.TB, sel, text string) {
	t.Helper()
	b.run(t, chromedp.SendKeys(sel, text))
}

// value reads a form control's current value.
func (b *browser) value(t testing.TB, sel string) string {
	t.Helper()
	var v string
	b.run(t, chromedp.Value(sel, &v))
	return v
}

// text reads an element's visible text ("" while no element matches). It
// reads in one script call rather than by DOM node id, because the checker
// re-renders its results as the person types: a node found a moment ago may
// already be gone.
func (b *browser) text(t testing.TB, sel string) string {
	t.Helper()
	var s string
	b.run(t, chromedp.Evaluate(`(document.querySelector(`+jsString(sel)+`) || {innerText: ""}).innerText`, &s))
	return strings.Join(strings.Fields(s), " ")
}

// waitText waits until the element's visible text contains want, and
// fails with the text seen last.
func (b *browser) waitText(t testing.TB, sel, want string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	got := ""
	for time.Now().Before(deadline) {
		got = b.text(t, sel)
		if strings.Contains(got, want) {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("%s: want text containing %q, have %q", sel, want, got)
}
