package engine

import "github.com/iecmh/endorse/internal/model"

// Under the rules of another date: for a category whose rules changed, the
// applicant's profile is also checked against the edition before and the
// edition after the one in force (same profile, same as-of date), and
// where the verdict differs a message says so and which sections make the
// difference ("under the rules until 31 December 2024 you would also have
// needed: the exam"). Only the readiness verdict is compared: steps when
// you apply are left aside, as in the category's status.

// otherEditions sets res.Other for the editions next to res.Edition.
func (c *ctx) otherEditions(res *CategoryResult) {
	list := c.cat.Editions
	for i, e := range list {
		if e != res.Edition {
			continue
		}
		if i > 0 {
			c.compareEdition(res, list[i-1], false)
		}
		if i+1 < len(list) {
			c.compareEdition(res, list[i+1], true)
		}
	}
}

// compareEdition checks the profile against edition e (later: it comes
// after the one in force) and adds a message when the verdict differs.
func (c *ctx) compareEdition(res *CategoryResult, e *model.Edition, later bool) {
	keep := c.licenseLevel
	c.licenseLevel, c.verdictOnly = licenseLevel(e.Tree), true
	c.scratch.verdict.reset()
	other := substantive(c.evalAll(e.Tree))
	c.licenseLevel, c.verdictOnly = keep, false
	status := combine(other)
	if status == res.Status {
		return
	}
	also := openSections(other, substantive(res.Requirements))
	spared := openSections(substantive(res.Requirements), other)
	if later {
		res.Other = append(res.Other, msg("rules_from", argDate("from", e.From), argStr("edition", e.Name),
			argStr("status", status), argList("also", also), argList("spared", spared)))
		return
	}
	res.Other = append(res.Other, msg("rules_until", argDate("until", e.Until), argStr("edition", e.Name),
		argStr("status", status), argList("also", also), argList("spared", spared)))
}

// openSections lists the sections (each once) of the outcomes of a that are
// open while no outcome of the same section in b is.
func openSections(a, b []*Outcome) []string {
	var out []string
	for _, o := range a {
		if !isOpen(o) || model.In(out, o.Section) || sectionOpen(b, o.Section) {
			continue
		}
		out = append(out, o.Section)
	}
	return out
}

func sectionOpen(list []*Outcome, section string) bool {
	for _, o := range list {
		if o.Section == section && isOpen(o) {
			return true
		}
	}
	return false
}

func isOpen(o *Outcome) bool { return o.Status == NotMet || o.Status == Incomplete }
