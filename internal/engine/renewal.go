package engine

import (
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
)

// renewals checks every endorsement the profile holds on the as-of date
// (and that the rules know) against its category's renewal requirements
// for the renewal year: 1 January of the as-of year to 31 December.
func renewals(m *model.Model, p *profile.Profile, asOf model.Date, category string) []*RenewalResult {
	out := []*RenewalResult{}
	for _, e := range p.Endorsements {
		cat := m.Category(e.Category)
		if cat == nil || (category != "" && cat.ID != category) || (e.Since != 0 && e.Since > asOf) {
			continue
		}
		out = append(out, renewal(&ctx{m: m, p: p, asOf: asOf, cat: cat, renewal: true}, e))
	}
	return out
}

func renewal(c *ctx, e profile.Endorsement) *RenewalResult {
	y := c.asOf.Year()
	c.from = model.NewDate(y, 1, 1)
	res := &RenewalResult{Category: c.cat.ID, Since: e.Since, From: c.from, Due: model.NewDate(y, 12, 31)}
	res.Requirements = []*Outcome{}
	for _, r := range c.cat.RenewalTree {
		if c.asOf.Within(r.From, r.Until) {
			res.Requirements = append(res.Requirements, c.eval(r))
		}
	}
	res.Status = combine(res.Requirements)
	return res
}
