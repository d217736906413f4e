package engine

import "github.com/iecmh/endorse/internal/model"

// codeOfEthics: the Code of Ethics and Endorsement Agreement signed (within
// within_months when set, e.g. each renewal year).
func codeOfEthics(c *ctx, r *model.Requirement, o *Outcome) {
	p, _ := r.Params.(*model.CodeOfEthics)
	e := c.p.Ethics
	switch {
	case !e.Signed:
		o.yesNo(false, msgSignEthics)
	case p.WithinMonths > 0 && (e.Date == 0 || e.Date < monthsBack(c.asOf, p.WithinMonths) || e.Date > c.asOf):
		o.yesNo(false, msgSignEthicsAgain(p.WithinMonths))
	default:
		o.yesNo(true, nil)
	}
}
