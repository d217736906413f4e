package engine

import (
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
)

// Fit levels: how well a category fits the applicant's practice, judged
// before how close the applicant is to it (issue 11.3).
const (
	FitCore   = "core"   // the work counts and is at the category's core (its practice)
	FitCounts = "counts" // the work counts, but the category's core is other work
	FitNo     = "no"     // the category's work, degree or RSC-provided requirement cannot be met by this practice
	FitNone   = ""       // not judged: nothing about the practice is answered, or not an endorsement category
)

// Fit says how well one category fits the applicant's practice, and why.
type Fit struct {
	Level   string
	Reasons []*Msg
}

// fitOrder ranks fit levels: core first, not judged before not fitting.
func fitOrder(level string) int {
	switch level {
	case FitCore:
		return 0
	case FitCounts:
		return 1
	case FitNone:
		return 2
	}
	return 3
}

// judgeFit says whether category cat (evaluated as res) fits the
// applicant's practice, from what the rules say of the category (its band,
// [practice], the work requirements of the edition in force, a
// requirement to provide RSC) and the applicant's work entries (age band,
// kinds of service, with the parent and child together), degree (the
// category's degree outcome) and RSC provided. It never reads the wording.
// Only endorsement categories are judged: an add-on follows from the
// endorsement it adds to, and a program is not an endorsement.
func judgeFit(c *ctx, res *CategoryResult) *Fit {
	cat := c.cat
	if cat.Kind != "category" || res.Edition == nil {
		return &Fit{}
	}
	f := &Fit{}
	work := c.p.Work
	judged := false
	if len(work) > 0 {
		judged = true
		f.workFit(c, cat, res.Edition.Tree)
	}
	if o := education(res.Requirements); o != nil && o.Status == NotMet && c.answered("degrees") {
		judged = true
		f.no(msgFitDegree(o.Gaps))
	}
	if len(work) > 0 && hasKind(res.Edition.Tree, "rsc_provided", "prerequisite") && len(c.p.RSCProvided) == 0 {
		f.no(msgFitProvidesRSC)
	}
	if !judged {
		return &Fit{}
	}
	return f
}

// no records a reason the category does not fit.
func (f *Fit) no(m *Msg) {
	if f.Level != FitNo {
		f.Level, f.Reasons = FitNo, nil
	}
	f.Reasons = append(f.Reasons, m)
}

// workFit judges the work entries against the category's band, practice
// and work requirements.
func (f *Fit) workFit(c *ctx, cat *model.Category, tree []*model.Requirement) {
	reqs := workParams(tree, c.scratch.workReqs[:0])
	c.scratch.workReqs = reqs
	pm := c.matchPractice(cat, reqs)
	switch {
	case !pm.inBand:
		f.no(msgFitBand(cat.Band))
		return
	case !pm.counted:
		f.no(msgFitService(workServices(reqs)))
		return
	}
	f.Level = FitCounts
	if pm.dyadic {
		f.Reasons = append(f.Reasons, msgFitDyadic(cat.Band))
	}
	if len(pm.services) > 0 {
		f.Reasons = append(f.Reasons, msgFitCore(pm.services))
	}
	if len(f.Reasons) > 0 {
		f.Level = FitCore
		return
	}
	f.Reasons = append(f.Reasons, msgFitCounts(cat.Practice.Services))
}

// practiceMatch is what the work entries show of a category's practice.
type practiceMatch struct {
	inBand   bool     // an entry is with the category's age band
	counted  bool     // one of those is work its requirements count (any, without one)
	dyadic   bool     // one of those is dyadic, where the practice is
	services []string // the practice's services the counted entries name
}

// matchPractice reads the work entries against cat's band, practice and
// work requirements reqs. Its services are the ctx's buffer.
func (c *ctx) matchPractice(cat *model.Category, reqs []*model.Work) practiceMatch {
	p := &cat.Practice
	pm := practiceMatch{services: c.scratch.services[:0]}
	for i := range c.p.Work {
		w := &c.p.Work[i]
		if !bandFits(cat.Band, w.AgeBand) {
			continue
		}
		pm.inBand = true
		if len(reqs) > 0 && !countsKind(reqs, w) {
			continue
		}
		pm.counted = true
		eachService(w, func(s string) {
			if model.In(p.Services, s) && !model.In(pm.services, s) {
				pm.services = append(pm.services, s)
			}
		})
		pm.dyadic = pm.dyadic || (p.Dyadic && w.Dyadic)
	}
	c.scratch.services = pm.services
	return pm
}

// eachService calls f with every kind of service w names, in the order of
// w.ServiceList (which allocates when Service is not among Services).
func eachService(w *profile.Work, f func(string)) {
	if w.Service != "" && !model.In(w.Services, w.Service) {
		f(w.Service)
	}
	for _, s := range w.Services {
		f(s)
	}
}

// bandFits reports whether work with band (empty: not answered) can count
// for a category of catBand.
func bandFits(catBand, band string) bool {
	return band == "" || catBand == "both" || band == "both" || band == catBand
}

// countsKind reports whether one of the work requirements could count w
// for its kind of work: age band and services, whatever its dates, pay
// and hours (those say how close, not whether the work fits). An entry
// that does not say its age band or its services yet is not held against
// any category: not answered is not "none".
func countsKind(reqs []*model.Work, w *profile.Work) bool {
	named := w.Service != "" || len(w.Services) > 0 // w.ServiceList() is not empty
	for _, p := range reqs {
		bandOK := len(p.AgeBands) == 0 || w.AgeBand == "" || w.AgeBand == "both" || model.In(p.AgeBands, w.AgeBand)
		serviceOK := len(p.Services) == 0 || !named || w.HasService(p.Services)
		if bandOK && serviceOK {
			return true
		}
	}
	return false
}

// workParams collects the params of every work requirement in tree.
func workParams(tree []*model.Requirement, out []*model.Work) []*model.Work {
	for _, r := range tree {
		if p, ok := r.Params.(*model.Work); ok && r.Kind == "work" {
			out = append(out, p)
		}
		out = workParams(r.Children, out)
	}
	return out
}

// workServices is every service the work requirements count, in the
// vocabulary's order (nil when one of them counts any service).
func workServices(reqs []*model.Work) []string {
	var out []string
	for _, p := range reqs {
		if len(p.Services) == 0 {
			return nil
		}
		for _, s := range p.Services {
			if !model.In(out, s) {
				out = append(out, s)
			}
		}
	}
	return out
}

// hasKind reports whether tree has a requirement of kind outside section.
func hasKind(tree []*model.Requirement, kind, notSection string) bool {
	for _, r := range tree {
		if (r.Kind == kind && r.Section != notSection) || hasKind(r.Children, kind, notSection) {
			return true
		}
	}
	return false
}

// education returns the category's education requirement (the top-level
// outcome of section "education": a degree, or an any_of of a degree and
// its alternatives), nil when it has none.
func education(list []*Outcome) *Outcome {
	for _, o := range list {
		if o.Section == "education" {
			return o
		}
	}
	return nil
}

// practice describes the applicant's practice from the work entries: the
// age bands, whether any work is with the parent and child together, the
// kinds of service. Nil when no work is entered.
func practice(work []profile.Work) *Msg {
	if len(work) == 0 {
		return nil
	}
	bands, services, dyadic := []string{}, []string{}, false
	for i := range work {
		w := &work[i]
		if w.AgeBand != "" && !model.In(bands, w.AgeBand) {
			bands = append(bands, w.AgeBand)
		}
		for _, s := range w.ServiceList() {
			if !model.In(services, s) {
				services = append(services, s)
			}
		}
		dyadic = dyadic || w.Dyadic
	}
	band := ""
	switch {
	case len(bands) == 1:
		band = bands[0]
	case len(bands) > 1:
		band = "both"
	}
	return msg("fit_practice", argStr("band", band), argFlag("dyadic", dyadic), argList("services", services))
}

// The fit's messages carry codes and ids only: the message catalog
// (templates/i18n/en.toml) words them for the CLI and the browser alike.
var msgFitProvidesRSC = fixed("fit_provides_rsc")

func msgFitBand(band string) *Msg { return msg("fit_band", argStr("band", band)) }

func msgFitDyadic(band string) *Msg { return msg("fit_dyadic", argStr("band", band)) }

func msgFitCore(services []string) *Msg { return msg("fit_core", argList("services", services)) }

func msgFitCounts(core []string) *Msg { return msg("fit_counts", argList("core", core)) }

func msgFitService(services []string) *Msg { return msg("fit_service", argList("services", services)) }

// msgFitDegree: the category's education requirement is not met; gap is
// what it still lacks (the requirement's own gap messages).
func msgFitDegree(gaps []*Msg) *Msg { return withSub(msg("fit_degree", argSub("gap")), gaps) }
