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
		switch {
		case len(p.Kinds) > 0 && !model.In(p.Kinds, l.Kind):
			o.item(listLeadership, i, 0, msgNotLeadershipKind)
			continue
		case len(p.Levels) > 0 && !model.In(p.Levels, l.Level):
			o.item(listLeadership, i, 0, msgNotLeadershipLevel(p.Levels))
			continue
		}
		parts := c.periodParts(l.Start, l.End, 0, "", 1)
		o.partsItem(listLeadership, i, parts)
		m, ok := counted(parts)
		months += m
		if ok && c.ongoing(l.End) {
			pace = 1
		}
	}
	c.monthsOutcome(o, months, p.Months, msgMoreLeadershipMonths, pace)
}
