package engine

import (
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
)

// endorsement: the applicant holds one of the listed endorsements (held for
// min_months when set): the prerequisite of an add-on.
func endorsement(c *ctx, r *model.Requirement, o *Outcome) {
	p, _ := r.Params.(*model.Endorsement)
	met := false
	for i, e := range c.p.Endorsements {
		reason := ""
		switch {
		case !model.In(p.Categories, e.Category):
			reason = "not one of the required endorsements"
		case e.Since > c.asOf:
			reason = "held only from " + e.Since.String()
		case p.MinMonths > 0 && (e.Since == 0 || e.Since > monthsBack(c.asOf, p.MinMonths)):
			reason = "held for less than " + numText(float64(p.MinMonths)) + " months"
		}
		o.check(profile.ListEndorsements, i, reason == "", reason)
		met = met || reason == ""
	}
	o.yesNo(met, "hold one of these endorsements: "+upperList(p.Categories))
}
