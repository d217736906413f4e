package e2e

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// These tests drive the checker as a new applicant does, on a phone and on
// a desktop screen (issue 12): a form that grows with the answers, results
// in reach from every field, nothing lost by accident.

// taskTag is the status tag of a task of the form.
func taskTag(section string) string { return "#task-" + section + " .tag" }

// taskSummary is the one-line summary of a task of the form.
func taskSummary(section string) string { return "#task-" + section + " .task-summary" }

// button is the XPath of the button whose text is text.
func button(text string) string { return `//button[normalize-space()="` + text + `"]` }

// hidden reports whether sel is not displayed (or missing).
func (b *browser) hidden(t testing.TB, sel string) bool {
	t.Helper()
	var h bool
	b.run(t, chromedp.Evaluate(`(() => { const e = document.querySelector(`+jsString(sel)+`); return !e || e.getClientRects().length === 0; })()`, &h))
	return h
}

// TestCheckerFormGrows: the form is a task list that starts with every
// task not started and only Education open; nothing is flagged before the
// person has typed into it and left it; lists take an explicit "none";
// tasks fold to a one-line summary and say their status; catalog courses
// hide the topic boxes; the exam is asked only when the category checked
// has one; "check your answers" links back to each field.
func TestCheckerFormGrows(t *testing.T) {
	atEveryWidth(t, func(t *testing.T, b *browser, origin string, vp viewport) {
		b.openChecker(t, origin)
		var states string
		b.run(t, chromedp.Evaluate(`[...document.querySelectorAll(".task[data-section]")].map((t) => t.dataset.section + ":" + t.dataset.status + ":" + t.classList.contains("is-open")).join(" ")`, &states))
		if states != "renewal:todo:false education:todo:true training:todo:false work:todo:false rsc:todo:false references:todo:false other:todo:false" {
			t.Errorf("a new applicant's tasks (section:status:open): %s", states)
		}
		if got := b.text(t, taskTag("education")); got != "Not started" {
			t.Errorf("Education tag %q", got)
		}
		if !b.hidden(t, `[data-object="exam"]`) {
			t.Error("the exam is asked before any category that has one is checked")
		}

		// Typing into a new entry flags nothing; leaving it unfinished does.
		b.addEntry(t, "degrees", 0)
		b.choose(t, fieldSel("degrees", 0, "level", "select"), "Master")
		b.typeInto(t, fieldSel("degrees", 0, "name", "input"), "MSW")
		b.typeInto(t, fieldBox("degrees", 0, "date")+` input[data-part="day"]`, "20")
		b.typeInto(t, fieldBox("degrees", 0, "date")+` input[data-part="month"]`, "5")
		b.waitText(t, taskTag("education"), "In progress")
		if n := b.count(t, "#checker-form .problem, #checker-form [aria-invalid]"); n != 0 {
			t.Errorf("%d flags while the person is filling in the entry", n)
		}
		b.run(t, chromedp.Click(listSel("degrees")+" button.add"), chromedp.WaitVisible(entrySel("degrees", 1)))
		b.waitText(t, fieldSel("degrees", 0, "date", ".problem"), "Not counted yet: enter the year.")
		b.waitText(t, taskTag("education"), "Needs attention")
		if n := b.count(t, entrySel("degrees", 1)+" .problem, "+entrySel("degrees", 1)+" [aria-invalid]"); n != 0 {
			t.Errorf("the new, empty degree 2 shows %d flags", n)
		}
		b.run(t, chromedp.Click(button("Remove degree 2")))
		b.typeInto(t, fieldBox("degrees", 0, "date")+` input[data-part="year"]`, "2019")
		b.run(t, chromedp.Click(fieldSel("degrees", 0, "related", "input")))
		b.waitText(t, taskTag("education"), "In progress")
		if n := b.count(t, "#checker-form .problem"); n != 0 {
			t.Errorf("%d flags left after the date was completed", n)
		}

		// An explicit "none" answers a list; the task is then done.
		b.run(t, chromedp.Click(button("I have no other credential")), chromedp.Click(button("I have no license")))
		b.waitText(t, listSel("licenses")+" .none-answer", "I have no license.")
		b.waitText(t, taskTag("education"), "Done")
		b.run(t, chromedp.Click("#task-education .task-toggle", chromedp.ByQuery))
		if !b.hidden(t, "#task-education-body") {
			t.Error("Education did not fold when its heading was clicked")
		}
		if got := b.text(t, taskSummary("education")); got != "1 degree, no credentials, no licenses" {
			t.Errorf("folded Education summary %q", got)
		}

		// A catalog course needs no topics; other training asks for them.
		b.addEntry(t, "training", 0)
		b.choose(t, fieldSel("training", 0, "course", "select"), "Introduction to Infant Mental Health")
		b.typeDate(t, fieldBox("training", 0, "date"), "2025-03-01")
		if !b.hidden(t, fieldBox("training", 0, "topics")) {
			t.Error("a catalog course shows the topic boxes")
		}
		b.addEntry(t, "training", 1)
		if b.hidden(t, fieldBox("training", 1, "topics")) {
			t.Error("training outside the catalog hides the topic boxes")
		}
		b.typeInto(t, fieldSel("training", 1, "title", "input"), "Home visiting conference")
		b.typeInto(t, fieldSel("training", 1, "hours", "input"), "12")
		b.typeDate(t, fieldBox("training", 1, "date"), "2025-04-02")
		b.waitText(t, taskSummary("training"), "2 courses or workshops, 22 h")

		// The exam follows the category checked: Clinical Mentors take it.
		b.choose(t, "#checker-target", "Infant Mental Health Mentor")
		b.waitText(t, "#checker-verdict", "IMHM-C")
		if b.hidden(t, `[data-object="exam"]`) {
			b.openTask(t, `[data-list="memberships"]`)
		}
		if b.hidden(t, `[data-object="exam"]`) {
			t.Error("the exam is not asked although the Clinical Mentor category has one")
		}
		b.choose(t, "#checker-target", "Infant Family Associate")
		b.waitText(t, "#checker-verdict", "IFA")
		if !b.hidden(t, `[data-object="exam"]`) {
			t.Error("the exam is asked for the Infant Family Associate, which has none")
		}

		// Check your answers links back to the field.
		b.run(t, chromedp.Click("#task-check .task-toggle", chromedp.ByQuery), chromedp.WaitVisible("#task-check-body"))
		b.waitText(t, "#task-check-body", "Degree 1 Master's degree, MSW, related field, awarded 20 May 2019")
		b.waitText(t, "#task-check-body", "Course or workshop 2 Home visiting conference, 12 clock hours, completed 2 April 2025")
		b.run(t, chromedp.Click(`//a[normalize-space()="Change degree 1"]`))
		b.wantFocus(t, "field:level")
		if b.hidden(t, "#task-education-body") {
			t.Error("Change did not open Education")
		}
		b.checkAxe(t, "/checker/ (filled in, "+vp.name+")")
		b.checkClean(t, origin)
	})
}

// fullApplicant is a saved profile with many entries in every section.
func fullApplicant(t testing.TB) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "full-applicant.json"))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// loadSaved stores profile as the checker's saved data and reloads.
func (b *browser) loadSaved(t testing.TB, profile string) {
	t.Helper()
	b.run(t, chromedp.Evaluate(`localStorage.setItem("`+profileKey+`", `+jsString(profile)+`)`, nil),
		chromedp.Reload(), chromedp.WaitVisible("#checker-form"))
}

// reachResults opens every task of the form (as a person clicks their
// headings) and checks each control of the form and the toolbar: centred
// on screen, the verdict's link to the details must be on screen and not
// covered; focused while it lies where the verdict is (as when the person
// tabs to it), the control must come out from behind the verdict (WCAG 2.2
// "focus not obscured"). It returns how many
// controls it checked and those that failed.
const reachResults = `(() => {
  for (const b of document.querySelectorAll('.task-toggle[aria-expanded="false"]')) b.click();
  const bar = document.getElementById("checker-verdict");
  const link = bar.querySelector(".verdict-link");
  const out = {count: 0, far: [], obscured: []};
  const name = (c) => (c.id || c.textContent || c.className).trim().slice(0, 40);
  const controls = [...document.querySelectorAll("#checker input, #checker select, #checker button, #checker label.button")]
    .filter((c) => c.getClientRects().length && !c.closest(".receipt, .checker-results, #checker-verdict"));
  for (const c of controls) {
    out.count++;
    c.scrollIntoView({ block: "center", behavior: "instant" });
    const r = link.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    if (r.top < 0 || r.bottom > innerHeight || !hit || !link.contains(hit)) out.far.push(name(c));
    if (c.matches(".import-file")) continue;
    for (let i = 0; i < 2; i++) {
      const v = bar.getBoundingClientRect(), r = c.getBoundingClientRect();
      window.scrollBy({ top: (r.top + r.height / 2) - (v.top + v.height / 2), behavior: "instant" });
    }
    c.focus();
    const f = c.getBoundingClientRect(), v = bar.getBoundingClientRect();
    if (f.bottom > innerHeight + 1 || f.top < -1 || (f.bottom > v.top + 1 && f.top < v.bottom - 1 && f.right > v.left && f.left < v.right)) out.obscured.push(name(c));
  }
  return out;
})()`

// selfScrolling lists the elements of the checker that scroll inside
// themselves (the page must scroll once).
const selfScrolling = `[...document.querySelectorAll("#checker *")].filter((e) => {
  const s = getComputedStyle(e);
  return (s.overflowY === "auto" || s.overflowY === "scroll") && e.scrollHeight > e.clientHeight + 1 && e.tagName !== "SELECT";
}).map((e) => e.tagName + "." + e.className)`

// TestCheckerResultsInReach: with a long form filled in, the verdict for
// the category checked and a link to its details are on screen whatever
// field the person is in, on a phone and on a desktop; the link opens the
// details; no part of the page scrolls inside itself; the verdict is
// spoken politely, once the person pauses, not on every keystroke.
func TestCheckerResultsInReach(t *testing.T) {
	atEveryWidth(t, func(t *testing.T, b *browser, origin string, vp viewport) {
		b.openChecker(t, origin)
		b.loadSaved(t, fullApplicant(t))
		b.typeDate(t, "#checker-asof", "2026-06-01")
		b.choose(t, "#checker-target", "Infant Mental Health Mentor – Clinical")
		b.waitText(t, "#checker-verdict", "IMHM-C: ")
		if got, want := b.text(t, "#checker-verdict-text"), "IMHM-C: "+b.text(t, "#result-imhm-c > summary .status"); !strings.HasPrefix(got, want) {
			t.Errorf("the verdict reads %q, the results %q", got, want)
		}
		var reach struct {
			Count         int
			Far, Obscured []string
		}
		b.run(t, chromedp.Evaluate(reachResults, &reach))
		if reach.Count < 200 || len(reach.Far) > 0 {
			t.Errorf("of %d controls, the results are out of reach from %d: %q", reach.Count, len(reach.Far), reach.Far)
		}
		if len(reach.Obscured) > 0 {
			t.Errorf("of %d controls, %d are hidden behind the verdict when focused: %q", reach.Count, len(reach.Obscured), reach.Obscured)
		}
		b.run(t, chromedp.Evaluate(`document.querySelectorAll("#checker-details details").forEach((d) => { d.open = true; })`, nil))
		if d := isoDate.FindString(b.text(t, "main")); d != "" {
			t.Errorf("the checker shows the date %s as in a file", d)
		}
		var scrolling []string
		b.run(t, chromedp.Evaluate(selfScrolling, &scrolling))
		if len(scrolling) > 0 {
			t.Errorf("parts that scroll inside themselves: %q", scrolling)
		}
		var live string
		b.run(t, chromedp.AttributeValue("#checker-announce", "aria-live", &live, nil))
		if live != "polite" {
			t.Errorf("the verdict is announced with aria-live=%q, want polite", live)
		}

		// Typing a number digit by digit changes the verdict words but
		// they are spoken once, after the pause (the same at any width:
		// tried on the phone only).
		if vp.mobile {
			b.checkSpokenOnce(t)
			b.checkAsOfWaitsForPause(t)
		}
		b.followVerdict(t, "imhm-c", vp)
		b.checkAxe(t, "/checker/ (full applicant, "+vp.name+")")
		b.checkClean(t, origin)
	})
}

// checkSpokenOnce empties the live region, types 1500 into a training
// entry's hours, a digit every 150 ms, and fails unless the verdict is
// spoken exactly once, after the person paused (not while typing), in the
// words the screen shows.
func (b *browser) checkSpokenOnce(t testing.TB) {
	t.Helper()
	hours := fieldSel("training", 7, "hours", "input")
	b.run(t, chromedp.Evaluate(`(() => { const live = document.getElementById("checker-announce"); live.textContent = "";
	  window.spoken = []; new MutationObserver(() => spoken.push({at: performance.now(), text: live.textContent}))
	    .observe(live, {childList: true, characterData: true, subtree: true}); })()`, nil),
		chromedp.Focus(hours), chromedp.Evaluate(`document.activeElement.select()`, nil))
	for _, k := range "1500" {
		b.run(t, chromedp.KeyEvent(string(k)))
		time.Sleep(150 * time.Millisecond)
	}
	var typed float64
	b.run(t, chromedp.Evaluate(`performance.now()`, &typed))
	time.Sleep(2500 * time.Millisecond)
	var spoken []struct {
		At   float64
		Text string
	}
	b.run(t, chromedp.Evaluate(`spoken`, &spoken))
	shown := b.text(t, "#checker-verdict-text")
	var words string
	b.run(t, chromedp.Evaluate(`(() => { const v = document.getElementById("checker-verdict-text").cloneNode(true);
	  v.querySelectorAll('[aria-hidden="true"]').forEach((icon) => icon.remove()); return v.textContent; })()`, &words))
	if len(spoken) != 1 || spoken[0].At < typed+1000 || spoken[0].Text != words {
		t.Errorf("the verdict %q was spoken %+v (typing ended at %.0f ms), want once, a second or more after typing", shown, spoken, typed)
	}
}

// checkAsOfWaitsForPause types the day 15 over the as-of date's day, key
// by key, and fails unless the checker evaluates the profile only once the
// person pauses: every evaluation (the performance measure
// "checker-evaluate", app.js) starts 100 ms or more after the key before
// it, and one follows the typing. Evaluating at each key that makes a
// complete date (1, then 15) made a phone redraw the whole results twice.
func (b *browser) checkAsOfWaitsForPause(t testing.TB) {
	t.Helper()
	day := `#checker-asof input[data-part="day"]`
	b.run(t, chromedp.Evaluate(`window.keysAt = []; document.addEventListener("keydown", () => keysAt.push(performance.now()), true)`, nil),
		chromedp.Focus(day), chromedp.Evaluate(`document.activeElement.select()`, nil))
	for _, k := range "15" {
		b.run(t, chromedp.KeyEvent(string(k)))
		time.Sleep(30 * time.Millisecond)
	}
	time.Sleep(500 * time.Millisecond)
	var got struct {
		Keys  []float64
		Early []float64
		After int
	}
	b.run(t, chromedp.Evaluate(`(() => {
	  const evals = performance.getEntriesByName("checker-evaluate").map((m) => m.startTime).filter((at) => at >= keysAt[0]);
	  const early = evals.filter((at) => at - Math.max(...keysAt.filter((k) => k <= at)) < 100);
	  return {keys: keysAt, early, after: evals.length};
	})()`, &got))
	if len(got.Keys) != 2 || len(got.Early) > 0 || got.After == 0 {
		t.Errorf("typing the as-of day 15 (keys at %.0f ms): %d evaluations after the first key, these less than 100 ms after a key: %.0f",
			got.Keys, got.After, got.Early)
	}
}

// followVerdict follows the verdict's link to the details and fails unless
// the details of category id are open in the top half of the screen.
func (b *browser) followVerdict(t testing.TB, id string, vp viewport) {
	t.Helper()
	b.run(t, chromedp.Click("#checker-verdict .verdict-link", chromedp.ByQuery))
	var top float64
	var open bool
	b.run(t, chromedp.Sleep(100*time.Millisecond),
		chromedp.Evaluate(`document.getElementById("result-`+id+`").getBoundingClientRect().top`, &top),
		chromedp.Evaluate(`document.getElementById("result-`+id+`").open`, &open))
	if !open || top < 0 || top > float64(vp.height)/2 {
		t.Errorf("after following the verdict's link, the details of %s are open=%v at %v px", id, open, top)
	}
}

// checkerStorage is everything the checker keeps in localStorage.
const checkerStorage = `JSON.stringify(Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith("endorse.checker.")).sort().map((k) => [k, localStorage.getItem(k)])))`

// undo clicks Undo and fails unless the checker stores exactly before
// (checkerStorage) again.
func (b *browser) undo(t testing.TB, before string) {
	t.Helper()
	b.run(t, chromedp.Click(button("Undo")))
	b.waitText(t, "#checker-message", "Your data is back as it was.")
	var after string
	b.run(t, chromedp.Evaluate(checkerStorage, &after))
	if after != before {
		t.Errorf("Undo restored\n%s\nnot\n%s", after, before)
	}
}

// TestCheckerClearConfirmUndo: Clear asks first (Cancel keeps everything),
// then offers Undo, which brings back exactly what was stored; Clear looks
// like a warning, not like Export; an Undo is withdrawn once the person
// types again.
func TestCheckerClearConfirmUndo(t *testing.T) {
	t.Parallel()
	b := newBrowserAt(t, viewports[0])
	origin := exampleServer(t)
	b.openChecker(t, origin)
	b.fillMaster(t)
	b.choose(t, "#checker-target", "Infant Mental Health Specialist")
	b.waitText(t, "#checker-verdict", "IMHS")
	var before, after string
	b.run(t, chromedp.Evaluate(checkerStorage, &before))

	var styles []string
	b.run(t, chromedp.Evaluate(`[button => getComputedStyle(button).color, button => getComputedStyle(button).borderTopColor]
	  .flatMap((f) => [f(document.evaluate('//button[normalize-space()="Clear my data"]', document).iterateNext()),
	                   f(document.evaluate('//button[normalize-space()="Export my data"]', document).iterateNext())])`, &styles))
	if styles[0] == styles[1] || styles[2] == styles[3] || styles[0] != "rgb(163, 35, 31)" {
		t.Errorf("Clear (text %s, border %s) is not styled as a warning apart from Export (text %s, border %s)", styles[0], styles[2], styles[1], styles[3])
	}

	b.run(t, chromedp.Click(clearSel), chromedp.WaitVisible(yesClear))
	if got := b.focus(t); !strings.Contains(got, "Remove your answers from this browser?") {
		t.Errorf("the confirmation did not take the focus: %q", got)
	}
	b.run(t, chromedp.Click(button("Cancel")))
	b.waitText(t, "#checker-message", "Nothing was changed.")
	b.run(t, chromedp.Evaluate(checkerStorage, &after))
	if after != before || b.value(t, fieldSel("degrees", 0, "name", "input")) != "MSW" {
		t.Errorf("Cancel changed the data:\n%s\nto\n%s", before, after)
	}

	b.clearData(t)
	if n := b.count(t, entrySel("degrees", 0)); n != 0 {
		t.Errorf("after clearing, %d degree entries remain", n)
	}
	b.run(t, chromedp.Evaluate(checkerStorage, &after))
	if after != "{}" {
		t.Errorf("after clearing, the browser still stores %s", after)
	}
	b.undo(t, before)
	if got := b.value(t, fieldSel("degrees", 0, "name", "input")); got != "MSW" {
		t.Errorf("after Undo, degree name = %q", got)
	}
	b.waitText(t, "#checker-verdict", "IMHS")
	if got := b.value(t, "#checker-target"); got != "imhs" {
		t.Errorf("after Undo, the category checked is %q, want imhs", got)
	}

	b.clearData(t)
	b.addEntry(t, "degrees", 0)
	b.choose(t, fieldSel("degrees", 0, "level", "select"), "Bachelor")
	if n := b.countXPath(t, button("Undo")); n != 0 {
		t.Error("Undo is still offered after the person typed new answers")
	}
	b.checkAxe(t, "/checker/ (after clearing)")
	b.checkClean(t, origin)
}

// TestCheckerImportPreview: importing over saved answers first shows them
// side by side with the file's; Cancel keeps everything; Replace imports,
// with an Undo that brings back exactly what was stored.
func TestCheckerImportPreview(t *testing.T) {
	t.Parallel()
	b := newBrowserAt(t, viewports[1])
	origin := exampleServer(t)
	b.openChecker(t, origin)
	b.fillMaster(t)
	var before, after string
	b.run(t, chromedp.Evaluate(checkerStorage, &before))
	file := filepath.Join(t.TempDir(), "other.json")
	write(t, filepath.Dir(file), "other.json", fullApplicant(t))

	b.run(t, chromedp.SetUploadFiles(`#checker-import`, []string{file}), chromedp.WaitVisible(replaceSel))
	compare := b.text(t, "#checker-confirm table")
	for _, want := range []string{"Section Saved in this browser In the file",
		"Education 1 degree; not answered: credentials, licenses 2 degrees, 1 credential, 1 license",
		"Training Nothing 10 courses or workshops, 100 h"} {
		if !strings.Contains(compare, want) {
			t.Errorf("the comparison lacks %q:\n%s", want, compare)
		}
	}
	b.run(t, chromedp.Click(button("Cancel")))
	b.run(t, chromedp.Evaluate(checkerStorage, &after))
	if after != before {
		t.Errorf("a cancelled import changed the data:\n%s\nto\n%s", before, after)
	}

	b.run(t, chromedp.SetUploadFiles(`#checker-import`, []string{file}), chromedp.WaitVisible(replaceSel), chromedp.Click(replaceSel))
	b.waitText(t, "#checker-message", "Imported “other.json”.")
	if got := b.value(t, fieldSel("degrees", 1, "name", "input")); got != "MSW" {
		t.Errorf("after the import, degree 2 is %q", got)
	}
	b.undo(t, before)
	if n := b.count(t, entrySel("degrees", 1)); n != 0 {
		t.Error("after Undo, the imported second degree is still shown")
	}
	b.checkClean(t, origin)
}

// printMedia and screenMedia show the page as printed and as on screen.
var (
	printMedia  = emulation.SetEmulatedMedia().WithMedia("print")
	screenMedia = emulation.SetEmulatedMedia().WithMedia("")
)

// verdictLines finds the receipt's one-line verdicts of other categories:
// "Early Childhood Family Associate (ECFA): Not met yet, 2 requirements open."
var verdictLines = regexp.MustCompile(`[A-Z][A-Za-z –/()-]+: (Met|Met, with a caution|Not met yet|Answers missing|Not offered on this date)(, \d+ requirements? open)?(, \d+ steps? when you apply)?\.`)

// isoDate finds dates written as YYYY-MM-DD.
var isoDate = regexp.MustCompile(`\b\d{4}-\d{2}-\d{2}\b`)

// TestCheckerReceipt: printed, the page is a readiness receipt of at most
// two pages: who it is from and when, the verdict for the category checked
// requirement by requirement, the next steps with the association's
// contact, a line for every other category, the answers as a table, the
// rules' content hash; dates as people write them. The form and the
// on-screen results are not printed. A full applicant's receipt fits on
// two pages too.
func TestCheckerReceipt(t *testing.T) {
	t.Parallel()
	b := newBrowser(t)
	origin := exampleServer(t)
	b.openChecker(t, origin)
	b.fillMaster(t)
	b.choose(t, "#checker-target", "Infant Mental Health Specialist")
	b.waitText(t, `[data-receipt-category="imhs"] [data-requirement="education"] .status`, "Met")
	b.run(t, printMedia)
	printed := b.text(t, "main")
	for _, want := range []string{
		"North Prairie Association for Infant Mental Health", "Readiness receipt",
		"Checked on 1 June 2026 · New application",
		"Infant Mental Health Specialist (IMHS): ", "Rules applied: From 1 January 2025.",
		"Next steps", "Talk with the endorsement coordinator: Dana Whitfield · endorsement@npaimh.example.org · (555) 555-0142",
		"Every other category", "Early Childhood Family Associate (ECFA): ", "Course credential: ",
		"Your answers", "Degree 1 Master's degree, MSW, related field, awarded 20 May 2019", "Licenses Not answered",
		"Rules content hash (rules.json): " + rulesHash(t),
	} {
		if !strings.Contains(printed, want) {
			t.Errorf("printed receipt lacks %q:\n%s", want, printed)
		}
	}
	for _, unwanted := range []string{"Your experience", "Closest categories", "(Credential)", "Check your answers"} {
		if strings.Contains(printed, unwanted) {
			t.Errorf("printed page shows %q:\n%s", unwanted, printed)
		}
	}
	if lines := verdictLines.FindAllString(printed, -1); len(lines) != 15 {
		t.Errorf("the receipt gives %d other categories a verdict line, want 15: %q", len(lines), lines)
	}
	if d := isoDate.FindString(printed); d != "" {
		t.Errorf("the receipt prints the date %s as in a file", d)
	}
	if got := b.text(t, `[data-receipt-category="imhs"] [data-requirement="education"]`); !strings.HasPrefix(got, "Education ✓ Met") {
		t.Errorf("receipt: IMHS education requirement reads %q", got)
	}
	if pages := b.printedPages(t); pages > 2 {
		t.Errorf("the receipt prints on %d pages, want at most 2", pages)
	}

	b.run(t, screenMedia)
	b.loadSaved(t, fullApplicant(t))
	b.typeDate(t, "#checker-asof", "2026-06-01")
	b.waitText(t, "#checker-verdict", "IMHS")
	b.waitText(t, "#checker-receipt", "Checked on 1 June 2026")
	var rows int
	b.run(t, chromedp.Evaluate(`document.querySelectorAll(".receipt-answers tbody tr").length`, &rows))
	if rows < 30 {
		t.Errorf("the full applicant's receipt has %d answer rows", rows)
	}
	if pages := b.printedPages(t); pages > 2 {
		t.Errorf("the full applicant's receipt prints on %d pages, want at most 2", pages)
	}
	b.checkClean(t, origin)
}

// TestCheckerKeyboardTasks: a keyboard user opens a task with Enter and
// moves on with its Continue button, which opens the next task.
func TestCheckerKeyboardTasks(t *testing.T) {
	t.Parallel()
	b := newBrowser(t)
	origin := exampleServer(t)
	b.openChecker(t, origin)
	b.run(t, chromedp.Focus("#task-training .task-toggle", chromedp.ByQuery), chromedp.KeyEvent(kb.Enter))
	if b.hidden(t, "#task-training-body") {
		t.Fatal("Enter on the Training heading did not open it")
	}
	b.run(t, chromedp.Focus("#task-training .continue", chromedp.ByQuery), chromedp.KeyEvent(kb.Enter))
	if !b.hidden(t, "#task-training-body") || b.hidden(t, "#task-work-body") {
		t.Error("Continue did not fold Training and open Specialized work")
	}
	var focus string
	b.run(t, chromedp.Evaluate(`document.activeElement.closest(".task").id`, &focus))
	if focus != "task-work" {
		t.Errorf("after Continue the focus is in %q", focus)
	}
	b.checkClean(t, origin)
}
