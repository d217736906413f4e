package engine

import (
	"github.com/iecmh/endorse/internal/model"
)

// cycle is a renewal cycle: its hours count from its first day to its due
// date; renewals are accepted until lateUntil (the due date when the
// association has no late window).
type cycle struct {
	from, due, lateUntil model.Date
}

// renewals checks every endorsement the profile holds on the as-of date
// (and that the rules know) against its category's renewal requirements
// for the renewal year: 1 January of the as-of year to 31 December.
// base holds the evaluation's shared state (see Evaluate).
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

// renewal checks c.cat's renewal requirements in force on the as-of date
// for an endorsement held since since.
func renewal(c *ctx, since model.Date) *RenewalResult {
	y := c.asOf.Year()
	c.from = model.NewDate(y, 1, 1)
	c.cycle = cycle{from: c.from, due: model.NewDate(y, 12, 31), lateUntil: model.NewDate(y, 12, 31)}
	res := &RenewalResult{Category: c.cat.ID, Since: since, From: c.from, Due: c.cycle.due}
	res.Requirements = []*Outcome{}
	for _, r := range c.cat.RenewalTree {
		if c.asOf.Within(r.From, r.Until) {
			res.Requirements = append(res.Requirements, c.eval(r))
		}
	}
	res.Status = combine(res.Requirements)
	return res
}
