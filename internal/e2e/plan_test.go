package e2e

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestCheckerPlan: a home visitor short of training and RSC for the Infant
// Family Specialist endorsement adds, by clicks and typing, a catalog
// course (dated by the catalog: the end of its next session) and three
// months of RSC, both marked "Planned". Today's verdict
// stays "Not met yet"; the verdict with the plans turns to met, and the
// plan dates each requirement (training when the course ends, RSC when
// the planned period does). The downloaded calendar file holds those
// dates and when the RSC hours start to leave the window, as whole-day
// events with stable UIDs, the as-of date as DTSTAMP and reminders 30 and
// 7 days before. Nothing leaves the page.
func TestCheckerPlan(t *testing.T) {
	t.Parallel()
	b, origin := openHomeVisitor(t)
	b.waitText(t, "#plan-title", "Your plan for IFS")
	b.waitVerdict(t, "#plan-today", "Not met yet", "2 requirements open")
	b.waitVerdict(t, "#plan-with", "Not met yet", "2 requirements open")
	b.waitText(t, "#checker-plan", "No plans yet")

	// A catalog course, planned: its date is the end of its next session
	// (content/courses/providing-rsc.toml), and it counts only with the plans.
	b.addEntry(t, "training", 1)
	b.choose(t, fieldSel("training", 1, "course", "select"), "Providing Reflective")
	b.run(t, chromedp.Click(fieldSel("training", 1, "planned", "input")))
	for part, want := range map[string]string{"day": "12", "month": "3", "year": "2027"} {
		if got := b.value(t, fieldBox("training", 1, "date")+` input[data-part="`+part+`"]`); got != want {
			t.Errorf("planned course's %s = %q, want %q (the next session ends 2027-03-12)", part, got, want)
		}
	}
	b.waitText(t, `#checker-plan [data-requirement="training"]`, "With your plans: met on 12 March 2027.")
	b.waitVerdict(t, "#plan-today", "Not met yet", "2 requirements open")
	b.waitVerdict(t, "#plan-with", "Not met yet", "1 requirement open")
	b.waitText(t, `[data-category="ifs"] [data-requirement="training"] .entries`, "planned: it counts only in the view with your plans")

	// Three months of RSC, planned.
	b.addEntry(t, "rsc_received", 1)
	b.typeDate(t, fieldBox("rsc_received", 1, "start"), "2027-01-01")
	b.typeDate(t, fieldBox("rsc_received", 1, "end"), "2027-03-31")
	b.typeInto(t, fieldSel("rsc_received", 1, "hours", "input"), "6")
	b.choose(t, fieldSel("rsc_received", 1, "format", "select"), "Individual")
	b.typeInto(t, fieldSel("rsc_received", 1, "provider", "input"), "A. Reyes")
	b.choose(t, fieldSel("rsc_received", 1, "provider_endorsement", "select"), "Infant Mental Health Specialist")
	b.run(t, chromedp.Click(fieldSel("rsc_received", 1, "provider_master", "input")),
		chromedp.Click(fieldSel("rsc_received", 1, "provider_ers", "input")),
		chromedp.Click(fieldSel("rsc_received", 1, "planned", "input")))
	b.waitText(t, "#plan-with", "With my plans (by 31 March 2027)")
	b.waitText(t, "#plan-with", "Met, with a caution")
	b.waitVerdict(t, "#plan-today", "Not met yet", "2 requirements open")
	b.waitText(t, "#checker-verdict", "Not met yet")
	b.waitText(t, `#checker-plan [data-requirement="rsc"]`, "With your plans: met on 31 March 2027.")
	if got := b.text(t, "#checker-plan .plan-steps"); !strings.HasPrefix(got, "Training") {
		t.Errorf("steps, the soonest first: %q", got)
	}
	page := b.text(t, "#checker-plan")
	for _, raw := range []string{"requirement_met", "rsc_hours_leaving", "rsc_received", "2027-03-12", "planned_only"} {
		if strings.Contains(page, raw) {
			t.Errorf("the plan shows %q: %s", raw, page)
		}
	}

	file := b.download(t, chromedp.Click("#plan-ics", chromedp.ByQuery))
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	checkFolding(t, text)
	cal := parseICS(t, text)
	host := strings.Split(strings.TrimPrefix(origin, "http://"), ":")[0]
	want := map[string]string{ // UID → DTSTART
		"met-ifs-training@" + host: "20270312",
		"met-ifs-rsc@" + host:      "20270331",
		"rsc-ifs-rsc@" + host:      "20280101",
	}
	if len(cal.events) != len(want) {
		t.Errorf("%d events, want %d:\n%s", len(cal.events), len(want), text)
	}
	for _, e := range cal.events {
		uid := e.props["UID"]
		if want[uid] == "" || e.props["DTSTART;VALUE=DATE"] != want[uid] {
			t.Errorf("event %s on %s; want one of %v", uid, e.props["DTSTART;VALUE=DATE"], want)
		}
		if e.props["DTSTAMP"] != "20261205T000000Z" {
			t.Errorf("%s: DTSTAMP %s, want the as-of date", uid, e.props["DTSTAMP"])
		}
		if got := strings.Join(e.triggers, " "); got != "-P30D -P7D" || e.alarms != 2 {
			t.Errorf("%s: reminders %q", uid, got)
		}
		if s := e.props["SUMMARY"]; !strings.HasPrefix(s, "IFS: ") || strings.Contains(s, "_") {
			t.Errorf("%s: summary %q", uid, s)
		}
	}
	b.checkClean(t, origin)
}

// TestCheckerPlanCatalogCourse: the plan's training step offers catalog
// courses with their hours, next session and price; "Add … to my plan"
// adds the course to the form as a planned entry dated by the end of its
// next session, and the verdict with the plans counts it.
func TestCheckerPlanCatalogCourse(t *testing.T) {
	t.Parallel()
	b, origin := openHomeVisitor(t)
	offer := `#checker-plan [data-requirement="training"] [data-course="providing-rsc"]`
	b.waitText(t, offer, "Providing Reflective Supervision/Consultation: 15 clock hours; next session 18 January 2027 to 12 March 2027")
	b.run(t, chromedp.Click(offer+" button", chromedp.ByQuery))
	b.waitText(t, `#checker-plan [data-requirement="training"]`, "With your plans: met on 12 March 2027.")
	if got := b.value(t, fieldSel("training", 1, "course", "select")); got != "providing-rsc" {
		t.Errorf("the added entry's course is %q", got)
	}
	var planned bool
	b.run(t, chromedp.Evaluate(`document.querySelector(`+jsString(fieldSel("training", 1, "planned", "input"))+`).checked`, &planned))
	if !planned {
		t.Error("the added course is not marked planned")
	}
	if got := b.value(t, fieldBox("training", 1, "date")+` input[data-part="year"]`); got != "2027" {
		t.Errorf("the added course's year %q", got)
	}
	if n := b.count(t, `#checker-plan [data-course="providing-rsc"]`); n != 0 {
		t.Error("a course in the plan is still offered")
	}
	if !strings.Contains(b.saved(t), `"planned":true`) {
		t.Errorf("the planned course is not saved: %s", b.saved(t))
	}
	b.checkAxe(t, "/checker/ (plan)")
	b.checkClean(t, origin)
}

// TestCheckerPlanRenewal: renewing, the plan lists the renewal dates of
// the endorsement held, and the calendar file holds them.
func TestCheckerPlanRenewal(t *testing.T) {
	t.Parallel()
	b := newBrowser(t)
	origin := exampleServer(t)
	b.openChecker(t, origin)
	b.typeDate(t, "#checker-asof", "2026-06-01")
	b.run(t, chromedp.Click(`//label[normalize-space()="What I need to renew an endorsement I hold"]`))
	b.addEntry(t, "endorsements", 0)
	b.choose(t, fieldSel("endorsements", 0, "category", "select"), "Infant Family Associate")
	b.typeDate(t, fieldBox("endorsements", 0, "since"), "2020-03-15")
	b.waitText(t, "#plan-title", "Your renewal dates")
	b.waitText(t, "#checker-plan .plan-events", "31 December 2026: IFA renewal due")
	b.checkPlanKept(t, func() { b.typeDate(t, fieldBox("endorsements", 0, "since"), "2020-03-15") })
	file := b.download(t, chromedp.Click("#plan-ics", chromedp.ByQuery))
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	cal := parseICS(t, string(data))
	var got []string
	for _, e := range cal.events {
		got = append(got, strings.Split(e.props["UID"], "@")[0]+":"+e.props["DTSTART;VALUE=DATE"])
	}
	want := "renewal_due-ifa-2026:20261231 renewal_cycle_opens-ifa-2027:20270101 renewal_late_ends-ifa-2026:20270131 renewal_due-ifa-2027:20271231 renewal_late_ends-ifa-2027:20280131"
	if strings.Join(got, " ") != want {
		t.Errorf("renewal events %s, want %s", strings.Join(got, " "), want)
	}
	b.checkClean(t, origin)
}

// openHomeVisitor opens the checker on the home visitor's saved answers
// (testdata/plan-home-visitor.json), as of 2026-12-05, checking the Infant
// Family Specialist endorsement.
func openHomeVisitor(t *testing.T) (*browser, string) {
	b := newBrowser(t)
	origin := exampleServer(t)
	b.openChecker(t, origin)
	saved, err := os.ReadFile(filepath.Join("testdata", "plan-home-visitor.json"))
	if err != nil {
		t.Fatal(err)
	}
	b.loadSaved(t, string(saved))
	b.typeDate(t, "#checker-asof", "2026-12-05")
	b.choose(t, "#checker-target", "Infant Family Specialist")
	return b, origin
}

// waitVerdict waits for a verdict's status words and its count of open
// requirements (the status badge is a box of its own: the text between
// them depends on layout).
func (b *browser) waitVerdict(t testing.TB, sel, status, open string) {
	t.Helper()
	b.waitText(t, sel, status)
	b.waitText(t, sel, ", "+open)
}

// checkPlanKept fails unless the plan's dates stay the very nodes they
// were when retype, an answer that leaves the plan as it was, has been
// evaluated (and the plan made, up to 250 ms after the next paint). A plan
// drawn again at every evaluation replaced its calendar button under the
// pointer (and a test's click failed with "Could not find node with given
// id").
func (b *browser) checkPlanKept(t testing.TB, retype func()) {
	t.Helper()
	count := `performance.getEntriesByName("checker-evaluate").length`
	var before int
	b.run(t, chromedp.Evaluate(`document.querySelector("#checker-plan .plan-events").dataset.kept = "yes"; `+count, &before))
	retype()
	b.run(t, chromedp.Poll(count+` > `+strconv.Itoa(before), nil, chromedp.WithPollingInterval(20*time.Millisecond)))
	time.Sleep(500 * time.Millisecond)
	var kept bool
	b.run(t, chromedp.Evaluate(`document.querySelector("#checker-plan .plan-events").dataset.kept === "yes"`, &kept))
	if !kept {
		t.Error("the plan was drawn again after an answer that left it as it was")
	}
}
