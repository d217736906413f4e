package engine

import "github.com/iecmh/endorse/internal/model"

// attestation: the profile answers yes to a statement (e.g. the portfolio
// documents every competency).
func attestation(c *ctx, r *model.Requirement, o *Outcome) {
	p, _ := r.Params.(*model.Attestation)
	yes, ok := c.p.Attestations[p.Key]
	if !ok {
		o.missing(msgNotAnsweredStatement(p.Key))
		return
	}
	o.unless(yes, func() *Msg { return msgAttest(p.Key) })
}
