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

// fieldBox is the box of an entry's field (a date's three boxes are in it).
func fieldBox(list string, i int, key string) string {
	return entrySel(list, i) + ` [data-key="` + key + `"]`
}

// openTask opens the form's task (a section of the application) that
// holds sel, as a person clicks its heading, unless it is open already.
func (b *browser) openTask(t testing.TB, sel string) {
	t.Helper()
	var id string
	b.run(t, chromedp.Evaluate(`(() => { const t = document.querySelector(`+jsString(sel)+`).closest(".task");
	  return t.querySelector(".task-toggle").getAttribute("aria-expanded") === "true" ? "" : t.id; })()`, &id))
	if id != "" {
		b.run(t, chromedp.Click("#"+id+" .task-toggle", chromedp.ByQuery), chromedp.WaitVisible(sel))
	}
}

// addEntry opens the list's task if needed, clicks its "Add …" button and
// waits for entry i.
func (b *browser) addEntry(t testing.TB, list string, i int) {
	t.Helper()
	b.openTask(t, listSel(list))
	b.run(t, chromedp.Click(listSel(list)+" button.add"), chromedp.WaitVisible(entrySel(list, i)))
}

// typeDate types an ISO date into a GOV.UK date input (box: its field
// box) as a person does: day, month and year, each typed over what the box
// held.
func (b *browser) typeDate(t testing.TB, box, iso string) {
	t.Helper()
	parts := strings.Split(iso, "-")
	for i, part := range []string{"day", "month", "year"} {
		v := strings.TrimLeft(parts[2-i], "0")
		if part == "year" {
			v = parts[0]
		}
		sel := box + ` input[data-part="` + part + `"]`
		b.run(t, chromedp.Focus(sel), chromedp.Evaluate(`document.activeElement.select()`, nil), chromedp.SendKeys(sel, v))
	}
}

// choose picks an option of a select by typing the start of its label, as
// a keyboard user does, then leaves it with Tab. The browser's type-ahead
// forgets what was typed after a second: on a busy machine the keys may
// come slower, and then the option is picked as a mouse user does.
func (b *browser) choose(t testing.TB, sel, typed string) {
	t.Helper()
	b.run(t, chromedp.Focus(sel), chromedp.SendKeys(sel, typed))
	var picked bool
	b.run(t, chromedp.Evaluate(`((s, typed) => {
	  const label = (o) => o.textContent.trim().toLowerCase();
	  if (label(s.selectedOptions[0]).startsWith(typed)) return true;
	  const o = [...s.options].find((o) => label(o).startsWith(typed));
	  if (!o) return false;
	  s.value = o.value;
	  s.dispatchEvent(new Event("input", {bubbles: true}));
	  s.dispatchEvent(new Event("change", {bubbles: true}));
	  return true;
	})(document.querySelector(`+jsString(sel)+`), `+jsString(strings.ToLower(typed))+`)`, &picked))
	if !picked {
		t.Fatalf("%s: no option starts with %q", sel, typed)
	}
	b.run(t, chromedp.KeyEvent(kb.Tab))
}

// typeInto types text into an input.
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
