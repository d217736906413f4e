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
		o.missing(notAnswered + "degrees")
		return
	}
	want := model.LevelRank(p.MinLevel)
	met := false
	for i, d := range c.p.Degrees {
		reason := degreeReason(c, p, d.Level, d.Related, d.Date, want)
		o.check(profile.ListDegrees, i, reason == "", reason)
		met = met || reason == ""
	}
	if p.License {
		met = licensed(c, o) || met
	}
	met = c.credentials(o, p.Credentials, "not an accepted alternative") || met
	o.yesNo(met, levelName(p.MinLevel)+" or higher"+alternatives(p))
}

func degreeReason(c *ctx, p *model.Degree, level string, related bool, date model.Date, want int) string {
	switch {
	case date > c.asOf:
		return "earned after the as-of date"
	case model.LevelRank(level) < want:
		return "below " + levelName(p.MinLevel)
	case p.Related && !related:
		return "not in a related field"
	}
	return ""
}

func licensed(c *ctx, o *Outcome) bool {
	met := false
	for i, l := range c.p.Licenses {
		ok := l.Kind == "mental_health" && l.Date <= c.asOf
		o.check(profile.ListLicenses, i, ok, "not a current mental-health license")
		met = met || ok
	}
	return met
}

func alternatives(p *model.Degree) string {
	s := ""
	if p.Related {
		s = " in a related field"
	}
	if p.License {
		s += ", or a mental-health license"
	}
	if len(p.Credentials) > 0 {
		s += ", or an accepted credential"
	}
	return s + " is needed"
}
