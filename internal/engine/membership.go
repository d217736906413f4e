package engine

import (
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
)

// membership: a membership current on the as-of date (in this association
// when this_association is set).
func membership(c *ctx, r *model.Requirement, o *Outcome) {
	p, _ := r.Params.(*model.Membership)
	a := c.m.Association
	met := false
	for i, m := range c.p.Memberships {
		reason := ""
		switch {
		case m.Until != 0 && m.Until < c.asOf:
			reason = "expired on " + m.Until.String()
		case p.ThisAssociation && !equalFold(m.Association, a.ID) && !equalFold(m.Association, a.ShortName):
			reason = "not a membership in " + a.ShortName
		}
		o.check(profile.ListMemberships, i, reason == "", reason)
		met = met || reason == ""
	}
	gap := "a current individual membership in an infant mental health association"
	if p.ThisAssociation {
		gap = "a current individual membership in " + a.ShortName
	}
	o.yesNo(met, gap)
}
