package engine

import (
	"github.com/iecmh/endorse/internal/model"
)

// NotDue is the status of a renewal whose first cycle has not begun.
const NotDue = "not_due"

// cycle is the renewal cycle a check is for: its hours count from its
// first day to its due date; renewals for it are accepted until lateUntil
// (the due date when the association has no late window); late: the
// as-of date lies in that late window; notStarted: it is the first cycle
// and it begins after the as-of date.
type cycle struct {
	from, due, lateUntil model.Date
	late, notStarted     bool
}

// cycleOn returns the cycle a renewal check on day is for, for an
// endorsement held since since (0 = unknown), by the association's
// renewal policy: cycles of CycleYears calendar years from the first one
// (the endorsement's year, or the next with first = "year_after"); on a
// day in the late window after a cycle's due date, the cycle just ended.
func cycleOn(pol model.RenewalPolicy, since, day model.Date) cycle {
	years, y := pol.CycleYears(), day.Year()
	first := y
	if since != 0 {
		first = since.Year()
		if pol.First == "year_after" {
			first++
		}
	}
	if y < first {
		return newCycle(pol, first, years, false, true)
	}
	start := first + (y-first)/years*years
	if prev := start - years; prev >= first && pol.LateDays > 0 && day <= model.NewDate(start-1, 12, 31).AddDays(pol.LateDays) {
		return newCycle(pol, prev, years, true, false)
	}
	return newCycle(pol, start, years, false, false)
}

func newCycle(pol model.RenewalPolicy, start, years int, late, notStarted bool) cycle {
	due := model.NewDate(start+years-1, 12, 31)
	return cycle{from: model.NewDate(start, 1, 1), due: due, lateUntil: due.AddDays(pol.LateDays), late: late, notStarted: notStarted}
}

// renewals checks every endorsement the profile holds on the as-of date
// (and that the rules know) against its category's renewal requirements
// for the cycle the as-of date falls in (see cycleOn). base holds the
// evaluation's shared state (see Evaluate).
func renewals(base *ctx, category string) []*RenewalResult {
	out := []*RenewalResult{}
	c := new(ctx) // reused for every endorsement, like Evaluate's
	for _, e := range base.p.Endorsements {
		cat := base.m.Category(e.Category)
		if cat == nil || (category != "" && cat.ID != category) || (e.Since != 0 && e.Since > base.asOf) {
			continue
		}
		*c = *base
		c.cat, c.renewal = cat, true
		out = append(out, renewal(c, e.Since))
	}
	return out
}

// renewal checks c.cat's renewal requirements for the cycle of the as-of
// date: those in force on the cycle's due date, counting what lies in the
// cycle up to the as-of date.
func renewal(c *ctx, since model.Date) *RenewalResult {
	c.cycle = cycleOn(c.m.Association.Renewal, since, c.asOf)
	c.from, c.until = c.cycle.from, min(c.asOf, c.cycle.due)
	res := &RenewalResult{Category: c.cat.ID, Since: since, From: c.cycle.from, Due: c.cycle.due,
		LateUntil: c.cycle.lateUntil, Late: c.cycle.late, Notes: []*Msg{}}
	res.Requirements = []*Outcome{}
	for _, r := range c.cat.RenewalTree {
		if c.cycle.due.Within(r.From, r.Until) {
			res.Requirements = append(res.Requirements, c.eval(r))
		}
	}
	res.Status = combine(res.Requirements)
	switch {
	case c.cycle.notStarted:
		res.Status = NotDue
		res.Notes = append(res.Notes, msgFirstCycle(c.cycle.from, c.cycle.due))
	case c.cycle.late:
		res.Notes = append(res.Notes, msgLateWindow(c.cycle.from, c.cycle.due, c.cycle.lateUntil))
	}
	return res
}
