package engine

import (
	"github.com/iecmh/endorse/internal/model"
)

// leadership: months of leadership of the listed kinds and levels.
func leadership(c *ctx, r *model.Requirement, o *Outcome) {
	p, _ := r.Params.(*model.Leadership)
	rule := c.periodRule(0, "")
	var levels *Msg // why a level does not count, made once
	months, pace := 0.0, 0.0
	list := c.p.Leadership
	o.Items = c.items(len(list))
	for i, l := range list {
		switch {
		case len(p.Kinds) > 0 && !model.In(p.Kinds, l.Kind):
			o.item(listLeadership, i, 0, msgNotLeadershipKind)
			continue
		case len(p.Levels) > 0 && !model.In(p.Levels, l.Level):
			if levels == nil {
				levels = msgNotLeadershipLevel(p.Levels)
			}
			o.item(listLeadership, i, 0, levels)
			continue
		}
		parts := rule.parts(l.Start, l.End, 1)
		o.partsItem(listLeadership, i, parts)
		m, ok := counted(parts)
		months += m
		if ok && c.ongoing(l.End) {
			pace = 1
		}
	}
	c.monthsOutcome(o, months, p.Months, msgMoreLeadershipMonths, pace)
}
