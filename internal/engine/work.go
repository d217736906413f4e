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
	months, families, pace := 0.0, 0, 0.0
	o.Items = c.items(len(c.p.Work))
	for i, w := range c.p.Work {
		m, reason := workMonths(c, p, i, degree, after)
		o.item(profile.ListWork, i, m, reason)
		if m > 0 {
			months += m
			families += w.Families
			if w.End == 0 || w.End >= c.asOf {
				pace += w.FTE
			}
		}
	}
	c.monthsOutcome(o, months, p.Months, "months of "+workNoun(p), pace)
	if p.MinFamilies > 0 && families < p.MinFamilies {
		o.Projected = 0
		o.fail(more(float64(p.MinFamilies-families), "families served") + " (have " + numText(float64(families)) + ")")
	}
}

func workNoun(p *model.Work) string {
	if p.Internship == "only" {
		return "internship"
	}
	if p.Paid {
		return "paid specialized work"
	}
	return "specialized work"
}

// workMonths returns the months entry i counts (× FTE) and why (part of)
// it does not; after is the degree level it counts after ("" = none) and
// degree that degree's date.
func workMonths(c *ctx, p *model.Work, i int, degree model.Date, after string) (float64, string) {
	w := c.p.Work[i]
	if reason := workFilter(c, p, w); reason != "" {
		return 0, reason
	}
	m, reason := c.periodMonths(profile.ListWork, i, len(c.p.Work), w.Start, w.End, degree, after)
	return m * w.FTE, reason
}

// workFilter checks everything but dates.
func workFilter(c *ctx, p *model.Work, w profile.Work) string {
	switch {
	case p.Internship == "only" && !w.Internship:
		return "not an internship"
	case p.Internship != "only" && w.Internship:
		return "an internship does not count here"
	case p.Internship == "only" && len(p.InternshipSupervisor) > 0 && !model.In(p.InternshipSupervisor, w.SupervisorEndorsement):
		return "the internship supervisor did not hold a required endorsement"
	case p.Paid && !w.Paid && p.Internship != "only":
		return "not paid"
	case len(p.AgeBands) > 0 && w.AgeBand != "both" && !model.In(p.AgeBands, w.AgeBand):
		return "not with the required age group"
	case len(p.Services) > 0 && !model.In(p.Services, w.Service):
		return "not the required kind of service"
	case w.FTE < p.MinFTE:
		return "below the minimum FTE"
	}
	return ""
}
