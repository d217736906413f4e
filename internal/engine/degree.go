package engine

import (
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
)

// degree: a degree of at least min_level (in a related field if asked), or
// an accepted license or credential.
func degree(c *ctx, r *model.Requirement, o *Outcome) {
	p, _ := r.Params.(*model.Degree)
	if !c.answered("degrees") && !(p.License && c.answered("licenses")) && !(len(p.Credentials) > 0 && c.answered("credentials")) {
		o.missing(msgNotAnswered("degrees"))
		return
	}
	want := model.LevelRank(p.MinLevel)
	met := false
	below := msgBelowLevel(p.MinLevel) // made once for every degree below it
	for i, d := range c.p.Degrees {
		reason := degreeReason(c, p, d, want, below)
		o.check(listDegrees, i, reason == nil, reason)
		met = met || reason == nil
	}
	if p.License {
		met = licensed(c, o) || met
	}
	met = c.credentials(o, p.Credentials, msgNotAlternative) || met
	o.unless(met, func() *Msg { return msgDegreeNeeded(p) })
}

func degreeReason(c *ctx, p *model.Degree, d profile.Degree, want int, below *Msg) *Msg {
	switch {
	case d.Date > c.asOf:
		return msgEarnedAfterAsOf
	case model.LevelRank(d.Level) < want:
		return below
	case p.Related && !d.Related:
		return msgNotRelated
	}
	return nil
}

func licensed(c *ctx, o *Outcome) bool {
	met := false
	for i, l := range c.p.Licenses {
		ok := l.Kind == "mental_health" && l.Date <= c.asOf
		o.check(listLicenses, i, ok, msgNotLicense)
		met = met || ok
	}
	return met
}
