package engine

import (
	"github.com/iecmh/endorse/internal/model"
)

// membership: a membership current on the as-of date; in this
// association only when the requirement says so (this_association) or the
// association's membership policy does (for applications or renewals).
func membership(c *ctx, r *model.Requirement, o *Outcome) {
	p, _ := r.Params.(*model.Membership)
	a := c.m.Association
	own := p.ThisAssociation || a.Membership.OwnOnly(c.renewal)
	met := false
	for i, m := range c.p.Memberships {
		var reason *Msg
		switch {
		case m.Until != 0 && m.Until < c.asOf:
			reason = msgExpired(m.Until)
		case own && !equalFold(m.Association, a.ID) && !equalFold(m.Association, a.ShortName):
			reason = msgNotThisAssociation(a.ShortName)
		}
		o.check(listMemberships, i, reason == nil, reason)
		met = met || reason == nil
	}
	o.unless(met, func() *Msg {
		if own {
			return msgMembershipNeeded(a.ShortName)
		}
		return msgMembershipNeeded("")
	})
}
