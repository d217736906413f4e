package engine

import (
	"github.com/iecmh/endorse/internal/model"
)

// rscProvided: months spent providing RSC (after a degree, if asked).
func rscProvided(c *ctx, r *model.Requirement, o *Outcome) {
	p, _ := r.Params.(*model.RSCProvided)
	degree := model.Date(0)
	if p.AfterDegree != "" {
		degree = c.degreeDate(p.AfterDegree)
	}
	months, pace := 0.0, 0.0
	o.Items = make([]Item, 0, len(c.p.RSCProvided))
	for i, pr := range c.p.RSCProvided {
		m, reason := c.periodMonths(pr.Start, pr.End, degree, p.AfterDegree)
		if pr.Format == "peer" {
			m, reason = 0, msgPeerNotCounted
		}
		o.item(listRSCProvided, i, m, reason)
		months += m
		if m > 0 && (pr.End == 0 || pr.End >= c.asOf) {
			pace = 1
		}
	}
	c.monthsOutcome(o, months, p.Months, msgMoreRSCProvidedMonths, pace)
}

// periodMonths counts the months of [start, end] inside the counting
// period, after the degree date when afterLevel is set.
func (c *ctx) periodMonths(start, end, degree model.Date, afterLevel string) (float64, *Msg) {
	s, e, ok := c.span(start, end)
	if !ok {
		return 0, msgStartsAfterAsOf
	}
	var reason *Msg
	if afterLevel != "" {
		if degree == 0 || degree > e {
			return 0, msgBeforeDegree(afterLevel)
		}
		if degree > s {
			s, reason = degree, c.countedFrom(degree)
		}
	}
	return model.Months(s, e+1), reason
}
