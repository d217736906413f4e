package engine

import (
	"github.com/iecmh/endorse/internal/model"
)

// endorsement: the applicant holds one of the listed endorsements (held for
// min_months when set): the prerequisite of an add-on.
func endorsement(c *ctx, r *model.Requirement, o *Outcome) {
	p, _ := r.Params.(*model.Endorsement)
	met := false
	for i, e := range c.p.Endorsements {
		var reason *Msg
		switch {
		case !model.In(p.Categories, e.Category):
			reason = msgNotEndorsement
		case e.Since > c.asOf:
			reason = msgHeldFrom(e.Since)
		case p.MinMonths > 0 && (e.Since == 0 || e.Since > monthsBack(c.asOf, p.MinMonths)):
			reason = msgHeldLess(p.MinMonths)
		}
		o.check(listEndorsements, i, reason == nil, reason)
		met = met || reason == nil
	}
	o.unless(met, func() *Msg { return msgEndorsementNeeded(p.Categories) })
}
