package engine

import (
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
)

// leadership: months of leadership of the listed kinds and levels.
func leadership(c *ctx, r *model.Requirement, o *Outcome) {
	p, _ := r.Params.(*model.Leadership)
	months, pace := 0.0, 0.0
	list := c.p.Leadership
	o.Items = c.items(len(list))
	for i, l := range list {
		reason := ""
		switch {
		case len(p.Kinds) > 0 && !model.In(p.Kinds, l.Kind):
			reason = "not one of the required kinds of leadership"
		case len(p.Levels) > 0 && !model.In(p.Levels, l.Level):
			reason = "not at a required level (" + model.Join(p.Levels) + ")"
		}
		m := 0.0
		if reason == "" {
			m, reason = c.periodMonths(profile.ListLeadership, i, len(list), l.Start, l.End, 0, "")
		}
		o.item(profile.ListLeadership, i, m, reason)
		months += m
		if m > 0 && (l.End == 0 || l.End >= c.asOf) {
			pace = 1
		}
	}
	c.monthsOutcome(o, months, p.Months, "months of leadership", pace)
}
