package engine

import (
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
)

// rscReceived: hours of RSC from eligible providers in a window the rule
// allows, spanning min_months. Every entry is cut into parts judged by the
// rules of their days (see timeline.go); the counted parts become pieces;
// the window is searched among them (window.go); entries are cut again at
// the chosen window's edges for the report; a requirement not met is
// projected by simulation (project.go).
func rscReceived(c *ctx, r *model.Requirement, o *Outcome) {
	p, _ := r.Params.(*model.RSCReceived)
	rs := c.scratch.rsc.judgeAll(c, p)
	byEnd, line := c.piecesLine(rs.pieces)
	w := c.chooseWindow(p, rs.pieces, byEnd, line)
	o.Window = new(Window)
	*o.Window = w.Window // w is reused by the next requirement
	rs.items(c, o, w)
	o.quantity(w.Hours, p.Hours, "hours", msgMoreRSCHours)
	if p.AboutOwnRSCHours > 0 && w.own+1e-9 < p.AboutOwnRSCHours {
		o.fail(msgMoreOwnRSCHours(p.AboutOwnRSCHours - w.own))
	}
	if !c.spanOK(p, w.From, w.last) && w.Hours > 0 {
		o.fail(c.spanGap(p, w))
	}
	if p.MaxProviders > 0 && w.providers > p.MaxProviders {
		o.warn(msgManyProviders(w.providers, p.MaxProviders))
	}
	if o.Status == NotMet {
		c.projectRSC(p, line, o)
	}
	if len(p.WhileServing) > 0 && !c.answered("work") {
		o.Notes = append(o.Notes, msgServingUnchecked(p.WhileServing))
	}
	if p.MaxMonths == 0 || w.To != c.asOf {
		o.Window.FallsOut = 0 // only the window ending today loses hours as days pass
	}
}

// piecesLine returns the numbers of pieces ps in the order of their last
// day and the hours line of ps: those of the requirement checked before
// when its pieces were the same (the categories mostly count the same
// sessions alike), else built afresh into buffers the next one reuses.
func (c *ctx) piecesLine(ps []piece) ([]int32, *hoursLine) {
	b := c.scratch.buffers
	if b.lineBuilt && samePieces(b.linePieces, ps) {
		return b.byEnd, &b.line
	}
	byEnd := b.byEnd[:0]
	for k := range ps {
		byEnd = append(byEnd, int32(k))
	}
	sortByLastDay(byEnd, ps)
	b.byEnd = byEnd
	b.line.build(ps, byEnd)
	b.linePieces, b.lineBuilt = append(b.linePieces[:0], ps...), true
	b.windowsMonths = 0 // the candidate windows were those of other pieces
	return byEnd, &b.line
}

func samePieces(a, b []piece) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// spanOK reports whether counted days first … last span min_months.
func (c *ctx) spanOK(p *model.RSCReceived, first, last model.Date) bool {
	return p.MinMonths == 0 || (first != 0 && first.AddMonths(p.MinMonths) <= last+1)
}

// spanGap says how long the sessions of w must still go on: until the day
// they span min_months, never a day before the as-of date (a session from
// today on then does it), and for a renewal never after the due date
// (then this renewal period cannot span enough).
func (c *ctx) spanGap(p *model.RSCReceived, w *chosenWindow) *Msg {
	until := w.From.AddMonths(p.MinMonths).AddDays(-1)
	switch {
	case c.renewal && until > c.until:
		return msgRSCSpanNotInPeriod(p.MinMonths, w.SpanMonth, c.cycle.due)
	case until <= c.asOf:
		return msgRSCSpanNow(p.MinMonths, w.SpanMonth)
	}
	return msgRSCSpan(p.MinMonths, w.SpanMonth, until)
}

// rscEntries holds every rsc_received entry judged for one requirement:
// an entry's own reason (why none of it counts, whatever the day), or its
// parts; and the counted parts as pieces, sorted by first day.
type rscEntries struct {
	why    []*Msg // per entry; nil: see its parts
	bounds []int  // entry i's parts are parts[bounds[i]:bounds[i+1]]
	parts  []Part
	pieces []piece
	cuts   cuts

	// The requirement's reasons, made once: days before the degree, days
	// without qualifying work, and providers that do not qualify (by
	// what the provider holds).
	degree     model.Date
	before     *Msg
	notServing *Msg
	serving    coverage
	refused    []refusal
}

// refusal remembers the verdict on a provider (what it holds) under a
// provider rule, the association's cut-off for vetted providers and its
// policy: every part judged alike shares one reason.
type refusal struct {
	endorsement                string
	master, ers, vetted, after bool // after: on or after the vetted cut-off
	rule                       *model.ProviderRule
	policy                     *model.ProviderPolicy
	why                        *Msg
}

// judgeAll judges every entry for requirement p (reusing rs's buffers).
func (rs *rscEntries) judgeAll(c *ctx, p *model.RSCReceived) *rscEntries {
	list := c.p.RSCReceived
	rs.why, rs.bounds = rs.why[:0], append(rs.bounds[:0], 0)
	rs.parts, rs.pieces = rs.parts[:0], rs.pieces[:0]
	rs.degree, rs.before, rs.notServing, rs.refused = 0, nil, nil, rs.refused[:0]
	if p.AfterDegree != "" {
		rs.degree = c.degreeDate(p.AfterDegree)
		rs.before = c.beforeDegree(p.AfterDegree, rs.degree)
	}
	if len(p.WhileServing) > 0 && c.answered("work") {
		rs.notServing = msgNotWhileServing(p.WhileServing)
		rs.serving = c.workCoverage(p.WhileServing)
	}
	rs.cuts = c.rscCuts(rs.cuts[:0], p, rs.degree)
	for i := range list {
		e := &list[i]
		why := c.entryReason(p, e)
		rs.why = append(rs.why, why)
		if why == nil {
			n := len(rs.parts)
			rs.parts = rs.cuts.slice(e.Start, e.End, func(day model.Date) *Msg { return rs.day(c, p, e, day) }, rs.parts)
			amountDays(rs.parts[n:], e.Start, e.End, e.Hours)
			rs.addPieces(i, e, c.providerNumber(i), rs.parts[n:])
		}
		rs.bounds = append(rs.bounds, len(rs.parts))
	}
	sortByFrom(rs.pieces)
	return rs
}

// addPieces adds the counted parts of entry i (its provider numbered
// provider) as pieces.
func (rs *rscEntries) addPieces(i int, e *profile.RSC, provider int32, parts []Part) {
	for _, pt := range parts {
		if pt.Why == nil && pt.Amount > 0 {
			rs.pieces = append(rs.pieces, piece{index: i, from: pt.From, to: pt.To, hours: pt.Amount, own: e.Own, provider: provider})
		}
	}
}

// providerNumber returns the number of the provider of rsc_received[i]
// (-1: not named): providers are told apart by name, numbered once per
// evaluation through a map.
func (c *ctx) providerNumber(i int) int32 {
	ids := c.scratch.providerIDs
	if ids == nil {
		names := map[string]int32{}
		ids = make([]int32, len(c.p.RSCReceived))
		for k, e := range c.p.RSCReceived {
			id, ok := names[e.Provider]
			if !ok {
				id = int32(len(names))
				names[e.Provider] = id
			}
			if ids[k] = id; e.Provider == "" {
				ids[k] = -1
			}
		}
		c.scratch.providerIDs = ids
	}
	return ids[i]
}

// entryReason says why no day of entry e can count, whatever its date
// ("" when its days are judged one by one).
func (c *ctx) entryReason(p *model.RSCReceived, e *profile.RSC) *Msg {
	switch {
	case e.Planned && !c.plans:
		return msgPlannedOnly
	case e.Start > c.until:
		return c.outside(e.Start)
	case c.from != 0 && e.End < c.from:
		return msgBeforeRenewal
	case !formatCounts(p, e.Format):
		return msgFormatNotCounted(e.Format)
	case e.ProviderEndorsement == "":
		return msgProviderNotGiven
	}
	return nil
}

// servingOn reports whether the applicant held work with one of the age
// bands on day (RSC "while serving infants, toddlers and families").
func (c *ctx) servingOn(bands []string, day model.Date) bool { return c.workCoverage(bands).has(day) }

// servesBand: work with age band band serves one of bands ("both" serves all).
func servesBand(band string, bands []string) bool {
	return band == "both" || model.In(bands, band)
}

// formatCounts: formats the rule lists (individual and group when it
// lists none); peer groups without a facilitator count only where a rule
// lists "peer" (peer consultation among Clinical Mentors at renewal).
func formatCounts(p *model.RSCReceived, format string) bool {
	if len(p.Formats) == 0 {
		return format == "individual" || format == "group"
	}
	return model.In(p.Formats, format)
}

// day judges one day of RSC entry e: nil when it counts.
func (rs *rscEntries) day(c *ctx, p *model.RSCReceived, e *profile.RSC, day model.Date) *Msg {
	if why := c.outside(day); why != nil {
		return why
	}
	if rs.before != nil && (rs.degree == 0 || day < rs.degree) {
		return rs.before
	}
	if rs.notServing != nil && !rs.serving.has(day) {
		return rs.notServing
	}
	cut := c.m.Association.EndorsedOnlyFrom
	key := refusal{endorsement: e.ProviderEndorsement, master: e.ProviderMaster, ers: e.ProviderERS, vetted: e.ProviderVetted,
		after: cut != 0 && day >= cut, rule: c.providerRule(day), policy: c.policyFor(e, day)}
	for _, r := range rs.refused {
		if r.endorsement == key.endorsement && r.master == key.master && r.ers == key.ers && r.vetted == key.vetted &&
			r.after == key.after && r.rule == key.rule && r.policy == key.policy {
			return r.why
		}
	}
	key.why = c.providerOn(e, day)
	rs.refused = append(rs.refused, key)
	return key.why
}

// rscCuts returns the days on which the judgement of an RSC day may
// change for this category: the counting period's edges, the degree
// date, the provider rules' dates and what their applicant conditions
// read, the association's cut-off and provider policies, and the days
// qualifying work began and ended.
func (c *ctx) rscCuts(cs cuts, p *model.RSCReceived, degree model.Date) cuts {
	cs.add(c.asOf + 1)
	cs.add(c.until + 1)
	cs.add(c.from)
	cs.add(degree)
	cs.add(c.m.Association.EndorsedOnlyFrom)
	for _, pol := range c.m.Association.RSCPolicies {
		cs.addSpan(pol.From, pol.Until)
	}
	if len(p.WhileServing) > 0 {
		for _, s := range c.workCoverage(p.WhileServing) {
			cs.addSpan(s.from, s.to)
		}
	}
	for _, pr := range c.providerRules() {
		cs.addSpan(pr.From, pr.Until)
		switch pr.Applicant {
		case "below_master", "master":
			for _, d := range c.p.Degrees {
				cs.add(d.Date)
			}
		case "provides_rsc":
			for _, rp := range c.p.RSCProvided {
				cs.addSpan(rp.Start, rp.End)
			}
		}
	}
	cs.done()
	return cs
}

// items reports every entry: its parts, with the counted ones cut again at
// the window's edges (what lies outside did not count).
func (rs *rscEntries) items(c *ctx, o *Outcome, w *chosenWindow) {
	list := c.p.RSCReceived
	o.Items = c.items(len(list))
	var outside *Msg
	var parts []Part
	for i := range list {
		if rs.why[i] != nil {
			o.item(listRSCReceived, i, 0, rs.why[i])
			continue
		}
		parts = parts[:0]
		e := &list[i]
		for _, pt := range rs.parts[rs.bounds[i]:rs.bounds[i+1]] {
			if pt.Why != nil {
				parts = appendPart(parts, pt)
				continue
			}
			if outside == nil && (pt.From < w.start || pt.To > w.To) {
				outside = msgOutsideWindow(w.From, w.To)
			}
			parts = w.split(parts, pt, e, outside)
		}
		o.partsItem(listRSCReceived, i, parts)
	}
}

// split cuts the counted part pt of entry e at the window's edges: the
// days outside it get the reason outside, and the hours of their days.
func (w *chosenWindow) split(out []Part, pt Part, e *profile.RSC, outside *Msg) []Part {
	days := float64(e.End - e.Start + 1)
	add := func(from, to model.Date, why *Msg) {
		if from > to {
			return
		}
		part := Part{From: from, To: to, Why: why}
		if why == nil {
			part.Amount = e.Hours * float64(to-from+1) / days
		}
		out = appendPart(out, part)
	}
	add(pt.From, min(pt.To, w.start-1), outside)
	add(max(pt.From, w.start), min(pt.To, w.To), nil)
	add(max(pt.From, w.To+1), pt.To, outside)
	return out
}

// appendPart appends pt, merging it into the last part when they are
// neighbours judged alike.
func appendPart(out []Part, pt Part) []Part {
	if n := len(out); n > 0 && out[n-1].To+1 == pt.From && same(out[n-1].Why, pt.Why) {
		out[n-1].To = pt.To
		out[n-1].Amount += pt.Amount
		return out
	}
	return append(out, pt)
}
