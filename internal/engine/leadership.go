package engine

import (
	"github.com/iecmh/endorse/internal/model"
)

// leadership: months of leadership of the listed kinds and levels.
func leadership(c *ctx, r *model.Requirement, o *Outcome) {
	p, _ := r.Params.(*model.Leadership)
	months, pace := 0.0, 0.0
	list := c.p.Leadership
	o.Items = make([]Item, 0, len(list))
	for i, l := range list {
		var reason *Msg
		switch {
		case len(p.Kinds) > 0 && !model.In(p.Kinds, l.Kind):
			reason = msgNotLeadershipKind
		case len(p.Levels) > 0 && !model.In(p.Levels, l.Level):
			reason = msgNotLeadershipLevel(p.Levels)
		}
		m := 0.0
		if reason == nil {
			m, reason = c.periodMonths(l.Start, l.End, 0, "")
		}
		o.item(listLeadership, i, m, reason)
		months += m
		if m > 0 && (l.End == 0 || l.End >= c.asOf) {
			pace = 1
		}
	}
	c.monthsOutcome(o, months, p.Months, msgMoreLeadershipMonths, pace)
}
