package engine

import (
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
)

// rscProvided: months spent providing RSC (after a degree, if asked).
func rscProvided(c *ctx, r *model.Requirement, o *Outcome) {
	p, _ := r.Params.(*model.RSCProvided)
	degree := model.Date(0)
	if p.AfterDegree != "" {
		degree = c.degreeDate(p.AfterDegree)
	}
	months, pace := 0.0, 0.0
	o.Items = c.items(len(c.p.RSCProvided))
	for i, pr := range c.p.RSCProvided {
		m, reason := c.periodMonths(profile.ListRSCProvided, i, len(c.p.RSCProvided), pr.Start, pr.End, degree, p.AfterDegree)
		if pr.Format == "peer" {
			m, reason = 0, "peer groups without a facilitator do not count"
		}
		o.item(profile.ListRSCProvided, i, m, reason)
		months += m
		if m > 0 && (pr.End == 0 || pr.End >= c.asOf) {
			pace = 1
		}
	}
	c.monthsOutcome(o, months, p.Months, "months of providing RSC", pace)
}

// periodMonths counts the months of [start, end] inside the counting
// period, after the degree date when afterLevel is set.
func (c *ctx) periodMonths(list uint8, i, n int, start, end, degree model.Date, afterLevel string) (float64, string) {
	s, e, ok := c.span(start, end)
	if !ok {
		return 0, "starts after the as-of date"
	}
	reason := ""
	if afterLevel != "" {
		if degree == 0 || degree > e {
			return 0, beforeDegree(afterLevel)
		}
		if degree > s {
			s, reason = degree, c.countedFrom(degree)
		}
	}
	return c.months(list, i, n, s, e), reason
}
