package engine

import (
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
)

// evaluator checks one requirement kind.
type evaluator func(c *ctx, r *model.Requirement, o *Outcome)

// kinds pairs each requirement kind but the groups (any_of, all_of: see
// eval) with its evaluator and the profile key it reads. Each kind lives in
// its own file; its evaluator runs only when the profile answers that key
// ("" = the evaluator checks itself). Evaluators take their params with
// `p, _ := r.Params.(*model.X)`: the model gives every kind its own params
// type (model.NewParams), and a mismatch would still panic at p's first use.
var kinds = [...]struct {
	name, answer string
	eval         evaluator
}{
	{"attestation", "", attestation},
	{"code_of_ethics", "code_of_ethics", codeOfEthics},
	{"courses", "training", courses},
	{"credential", "credentials", credential},
	{"degree", "", degree},
	{"endorsement", "endorsements", endorsement},
	{"exam", "exam", exam},
	{"leadership", "leadership", leadership},
	{"membership", "memberships", membership},
	{"references", "references", references},
	{"rsc_provided", "rsc_provided", rscProvided},
	{"rsc_received", "rsc_received", rscReceived},
	{"training", "training", training},
	{"work", "work", work},
}

// ctx is what every evaluator may read: the rules, the profile, the as-of
// date, the category and the period entries must fall in.
type ctx struct {
	m       *model.Model
	p       *profile.Profile
	asOf    model.Date
	cat     *model.Category
	renewal bool
	cycle   cycle                 // renewal: the cycle checked
	from    model.Date            // earliest date counted (0 = none); renewal: the cycle's first day
	until   model.Date            // last date counted: the as-of date, or the renewal cycle's due date when earlier
	scratch *scratch              // buffers reused from one requirement to the next (never nil)
	tables  *tables               // what the evaluation's items refer to (never nil)
	rules   []*model.ProviderRule // provider rules for cat and purpose (see providerRules)

	// licenseLevel: the edition accepts a mental-health license instead of a
	// degree of this level, so "after the degree" rules count from the
	// earlier of that degree and the license (see degreeDate); licensed is
	// the license date degreeDate last chose (0 = a degree's).
	licenseLevel string
	licensed     model.Date

	plans bool // planned entries count (the "with my plans" view, see plan.go)

	// verdictOnly: only statuses are read (another edition compared,
	// other.go): no next steps, and a leaf the edition in force has (same
	// kind, params, id and section, same license level where it matters:
	// licenseKey) takes its outcome.
	verdictOnly bool

	// catNamed: a reason of the leaf being evaluated names the category
	// (which providers count toward it), so its outcome serves no other
	// category (see scope.serves). Set where such a reason is made.
	catNamed bool
}

// Evaluate checks profile p against the rules on the as-of date, for one
// category (id) or all ("" ). It is pure: no I/O, no clock, and it does
// not panic on any decoded profile. Planned entries do not count (each is
// reported as planned); EvaluatePlan counts them.
func Evaluate(m *model.Model, p *profile.Profile, asOf model.Date, category string) *Report {
	return evaluate(m, p, asOf, category, false)
}

// evaluate is Evaluate, counting planned entries when plans is set.
func evaluate(m *model.Model, p *profile.Profile, asOf model.Date, category string, plans bool) *Report {
	r := &Report{AsOf: asOf, Association: m.Association.ID, Categories: make([]*CategoryResult, 0, len(m.Categories))}
	base := &ctx{m: m, p: p, asOf: asOf, until: asOf, scratch: newScratch(), tables: &tables{}, plans: plans}
	c := new(ctx)                                        // one copy of base per category, reused: no evaluator keeps c
	results := make([]CategoryResult, len(m.Categories)) // one allocation for all results
	for i, cat := range m.Categories {
		if category == "" || cat.ID == category {
			*c = *base
			c.cat = cat
			evalCategory(c, &results[i])
			r.Categories = append(r.Categories, &results[i])
		}
	}
	r.Ranking = rank(r.Categories)
	r.Practice = practice(p.Work)
	r.Renewal = renewals(base, category)
	base.scratch.release()
	return r
}

func evalCategory(c *ctx, res *CategoryResult) {
	*res = CategoryResult{ID: c.cat.ID, Name: c.cat.Name, Abbr: c.cat.Abbr, Kind: c.cat.Kind, Requirements: []*Outcome{}, Fit: &Fit{}}
	res.Edition = c.cat.Edition(c.asOf)
	if res.Edition == nil {
		res.Status = NotOffered
		return
	}
	defer func() { res.Fit = judgeFit(c, res) }()
	c.licenseLevel = licenseLevel(res.Edition.Tree)
	res.Requirements = c.evalAll(res.Edition.Tree)
	for _, o := range res.Requirements {
		if o.Step && (o.Status == NotMet || o.Status == Incomplete) {
			res.StepsOpen++
		}
	}
	core := substantive(res.Requirements) // steps when you apply do not decide readiness (steps.go)
	res.Status = combine(core)
	for _, o := range core {
		res.Remaining += 1 - o.Progress
		if o.Status == NotMet || o.Status == Incomplete {
			res.Open++
		}
	}
	c.otherEditions(res)
}

func (c *ctx) evalAll(list []*model.Requirement) []*Outcome {
	out := make([]*Outcome, 0, len(list))
	for _, r := range list {
		out = append(out, c.eval(r))
	}
	return out
}

// eval checks one requirement (and its children).
func (c *ctx) eval(r *model.Requirement) *Outcome {
	if l := c.known(r, false); l != nil {
		return l.o
	}
	o := c.outcome()
	*o = Outcome{ID: r.ID, Kind: r.Kind, Section: r.Section, Step: isStep(r), Children: []*Outcome{}, tables: c.tables}
	// The groups are not in kinds: they evaluate their children through
	// eval, which would make kinds an initialization cycle.
	switch r.Kind {
	case "any_of":
		anyOf(c, r, o)
	case "all_of":
		allOf(c, r, o)
	default:
		if c.verdictOnly {
			if l := c.known(r, true); l != nil {
				o.Status = l.status
				return o
			}
		}
		c.catNamed = false
		c.evalLeaf(r, o)
		if !c.verdictOnly {
			c.nextSteps(r, o)
		}
		c.remember(r, o)
	}
	return o
}

// evalLeaf checks a requirement of a kind listed in kinds.
func (c *ctx) evalLeaf(r *model.Requirement, o *Outcome) {
	for _, k := range kinds {
		if k.name != r.Kind {
			continue
		}
		if k.answer != "" && !c.answered(k.answer) {
			o.missing(msgNotAnswered(k.answer))
		} else {
			k.eval(c, r, o)
		}
		return
	}
	o.missing(msgUnknownKind(r.Kind))
}

// combine gives the status of a list of outcomes that must all be met.
func combine(list []*Outcome) string {
	status := Met
	for _, o := range list {
		switch {
		case o.Status == NotMet:
			return NotMet
		case o.Status == Incomplete:
			status = Incomplete
		case o.Status == Warn && status == Met:
			status = Warn
		}
	}
	return status
}

// rank orders offered categories and add-ons by fit, then by what
// remains: the categories whose core is the applicant's practice first,
// then those their work counts for, then those not judged, then those the
// practice cannot meet (fit.go); within each, least remaining first, then
// fewer open requirements, then the model's order.
// Programs (the course-based credential) are not endorsements and are left out.
func rank(list []*CategoryResult) []string {
	offered := make([]*CategoryResult, 0, len(list))
	for _, c := range list {
		if c.Status != NotOffered && c.Kind != "program" {
			offered = append(offered, c)
		}
	}
	for i := 1; i < len(offered); i++ { // insertion sort: stable, and the list is short
		for j := i; j > 0 && ranksBefore(offered[j], offered[j-1]); j-- {
			offered[j], offered[j-1] = offered[j-1], offered[j]
		}
	}
	ids := make([]string, len(offered))
	for i, c := range offered {
		ids[i] = c.ID
	}
	return ids
}

// ranksBefore reports whether a ranks before b: its prerequisite is met
// when b's is not, it fits the practice better, less remains, or as much
// remains with fewer open requirements.
func ranksBefore(a, b *CategoryResult) bool {
	if ma, mb := prerequisiteMissing(a), prerequisiteMissing(b); ma != mb {
		return mb
	}
	if fa, fb := fitOrder(a.Fit.Level), fitOrder(b.Fit.Level); fa != fb {
		return fa < fb
	}
	if round2(a.Remaining) != round2(b.Remaining) {
		return a.Remaining < b.Remaining
	}
	return a.Open < b.Open
}

// prerequisiteMissing reports whether an add-on's prerequisite (holding a
// base endorsement) is unmet. Such an add-on ranks after every category:
// its few requirements would otherwise make it look closest to someone who
// cannot apply for it yet.
func prerequisiteMissing(c *CategoryResult) bool {
	for _, o := range c.Requirements {
		if o.Section == "prerequisite" && o.Status != Met && o.Status != Warn {
			return true
		}
	}
	return false
}
