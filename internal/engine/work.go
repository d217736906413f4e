package engine

import (
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
)

// work: months of specialized work (× FTE) in entries that pass every
// filter; postgraduate rules count only the part after the degree.
func work(c *ctx, r *model.Requirement, o *Outcome) {
	p, _ := r.Params.(*model.Work)
	after := p.AfterDegree // the degree work counts after
	if p.Internship == "only" {
		after = "" // internship-only rules do not count from a degree
	}
	degree := model.Date(0)
	if after != "" {
		degree = c.degreeDate(after)
	}
	rule := c.periodRule(degree, after)
	months, families, pace := 0.0, 0, 0.0
	o.Items = c.items(len(c.p.Work))
	for i, w := range c.p.Work {
		if reason := workFilter(p, w); reason != nil {
			o.item(listWork, i, 0, reason)
			continue
		}
		parts := rule.parts(w.Start, w.End, w.FTE)
		o.partsItem(listWork, i, parts)
		m, ok := counted(parts)
		if ok {
			months += m
			families += w.Families
			if c.ongoing(w.End) {
				pace += w.FTE
			}
		}
	}
	what := workKind(p)
	o.quantity(months, p.Months, "months", func(m float64) *Msg { return msgMoreWorkMonths(m, what) })
	switch {
	case p.MinFamilies > 0 && families < p.MinFamilies: // time alone does not add families
		o.fail(msgMoreFamilies(p.MinFamilies-families, families))
	case o.Status == NotMet:
		c.projectLinear(o, months, p.Months, pace, "months")
	}
}

// workKind names the kind of work months a rule counts: "internship",
// "paid" or "any".
func workKind(p *model.Work) string {
	if p.Internship == "only" {
		return "internship"
	}
	if p.Paid {
		return "paid"
	}
	return "any"
}

// workFilter checks everything but dates.
func workFilter(p *model.Work, w profile.Work) *Msg {
	switch {
	case p.Internship == "only" && !w.Internship:
		return msgNotInternship
	case p.Internship != "only" && w.Internship:
		return msgInternshipExcluded
	case p.Internship == "only" && len(p.InternshipSupervisor) > 0 && !model.In(p.InternshipSupervisor, w.SupervisorEndorsement):
		return msgSupervisorNotEndors
	case p.Paid && !w.Paid && p.Internship != "only":
		return msgNotPaid
	case len(p.AgeBands) > 0 && w.AgeBand != "both" && !model.In(p.AgeBands, w.AgeBand):
		return msgNotAgeBand
	case len(p.Services) > 0 && !model.In(p.Services, w.Service):
		return msgNotService
	case w.FTE < p.MinFTE:
		return msgBelowFTE
	}
	return nil
}
