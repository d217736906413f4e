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
	rule := c.periodRule(degree, p.AfterDegree)
	months, pace := 0.0, 0.0
	o.Items = c.items(len(c.p.RSCProvided))
	for i, pr := range c.p.RSCProvided {
		if pr.Format == "peer" {
			o.item(listRSCProvided, i, 0, msgPeerNotCounted)
			continue
		}
		parts := rule.parts(pr.Start, pr.End, 1)
		o.partsItem(listRSCProvided, i, parts)
		m, ok := counted(parts)
		months += m
		if ok && c.ongoing(pr.End) {
			pace = 1
		}
	}
	c.monthsOutcome(o, months, p.Months, msgMoreRSCProvidedMonths, pace)
}
