package engine

import (
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
	"github.com/iecmh/endorse/internal/wasmjson"
)

// session is the counted part of an RSC entry (index into rsc_received).
// It holds no pointers, so sorting and copying sessions is cheap.
type session struct {
	_          wasmjson.NoCompare
	index      int
	start, end model.Date
	hours      float64
}

// in returns the session's hours inside [from, to], spread evenly by day.
func (s session) in(from, to model.Date) float64 {
	a, b := max(s.start, from), min(s.end, to)
	if b < a {
		return 0
	}
	return s.hours * float64(b-a+1) / float64(s.end-s.start+1)
}

// rscReceived: hours in the best rolling window, spanning min_months, from
// eligible providers, after the degree.
func rscReceived(c *ctx, r *model.Requirement, o *Outcome) {
	p, _ := r.Params.(*model.RSCReceived)
	sessions, reasons := c.sessions(p)
	w := bestWindow(c, p, sessions)
	o.Window = w
	c.rscItems(o, sessions, reasons, w)
	o.quantity(w.Hours, p.Hours, "hours", "RSC hours")
	rscShare(c, p, o, sessions, w)
	rscSpan(p, o, w)
	rscProviders(c, p, o, sessions, w)
	if o.Status == NotMet {
		o.Projected = rscProjection(c, p, sessions)
	}
	if p.MaxMonths == 0 || w.To != c.asOf {
		o.Window.FallsOut = 0 // only the window ending today loses hours as days pass
	}
}

// sessions returns the entries that count (sorted by start) and, for every
// profile entry, why it does not ("" when it does).
func (c *ctx) sessions(p *model.RSCReceived) ([]session, []string) {
	degree := model.Date(0)
	if p.AfterDegree != "" {
		degree = c.degreeDate(p.AfterDegree)
	}
	n := len(c.p.RSCReceived)
	if cap(c.scratch.why) < n {
		c.scratch.sessions, c.scratch.why = make([]session, 0, n), make([]string, n)
	}
	out, reasons := c.scratch.sessions[:0], c.scratch.why[:n]
	for i := range c.p.RSCReceived {
		e := &c.p.RSCReceived[i]
		reasons[i] = c.sessionReason(p, e, degree)
		if reasons[i] != "" {
			continue
		}
		s, en, _ := c.span(e.Start, e.End)
		if degree > s { // a period that began before the degree counts from it
			s, reasons[i] = degree, c.countedFrom(degree)
		}
		part := session{start: e.Start, end: e.End, hours: e.Hours}.in(s, en)
		out = append(out, session{index: i, start: s, end: en, hours: part})
	}
	sortByStart(out)
	c.scratch.sessions, c.scratch.why = out, reasons
	return out, reasons
}

// sortByStart orders sessions by start, keeping the order of equal ones
// (insertion sort: profiles list sessions mostly in order).
func sortByStart(ss []session) {
	for i := 1; i < len(ss); i++ {
		for j := i; j > 0 && ss[j].start < ss[j-1].start; j-- {
			ss[j], ss[j-1] = ss[j-1], ss[j]
		}
	}
}

func (c *ctx) sessionReason(p *model.RSCReceived, e *profile.RSC, degree model.Date) string {
	formats := p.Formats
	if len(formats) == 0 {
		formats = []string{"individual", "group"}
	}
	switch {
	case e.Start > c.asOf:
		return "dated after the as-of date"
	case c.from != 0 && e.End < c.from:
		return "before this renewal year"
	case e.Format == "peer" || !model.In(formats, e.Format):
		return "a " + e.Format + " format does not count (peer groups without a facilitator never do)"
	case p.AfterDegree != "" && (degree == 0 || e.End < degree):
		return beforeDegree(p.AfterDegree)
	}
	return c.providerReason(e)
}

// bestWindow finds the max_months window (ending on the as-of date or on
// a session's last day) with the most hours; the latest wins a tie.
func bestWindow(c *ctx, p *model.RSCReceived, ss []session) *Window {
	if p.MaxMonths == 0 {
		return windowAt(ss, c.from, c.asOf, 0)
	}
	sum := c.windowSums(ss)
	bestTo := c.asOf
	best := sum.hours(monthsBack(c.asOf, p.MaxMonths), c.asOf)
	for _, s := range ss {
		if s.end == bestTo {
			continue
		}
		h := sum.hours(monthsBack(s.end, p.MaxMonths), s.end)
		if h > best+1e-9 || (h+1e-9 >= best && s.end > bestTo) {
			best, bestTo = h, s.end
		}
	}
	return windowAt(ss, monthsBack(bestTo, p.MaxMonths), bestTo, p.MaxMonths)
}

// windowSums answers "hours inside [from, to]" for sessions sorted by
// start. When every session is a single day (the usual case) it uses
// prefix sums (cum[i] = hours of ss[:i]), else it scans.
type windowSums struct {
	ss      []session
	cum     []float64 // nil: scan
	longest model.Date
}

func (c *ctx) windowSums(ss []session) windowSums {
	w := windowSums{ss: ss}
	for _, s := range ss {
		w.longest = max(w.longest, s.end-s.start)
	}
	if w.longest > 0 {
		return w
	}
	w.cum = append(c.scratch.cum[:0], 0)
	for _, s := range ss {
		w.cum = append(w.cum, w.cum[len(w.cum)-1]+s.hours)
	}
	c.scratch.cum = w.cum
	return w
}

func (w windowSums) hours(from, to model.Date) float64 {
	if w.cum != nil {
		return w.cum[firstStart(w.ss, to+1)] - w.cum[firstStart(w.ss, from)]
	}
	h := 0.0
	for _, s := range w.ss[firstStart(w.ss, from-w.longest):] { // earlier ones cannot reach from
		if s.start > to {
			break
		}
		if s.end >= from {
			h += s.in(from, to)
		}
	}
	return h
}

// firstStart returns the index of the first session starting on or after d.
func firstStart(ss []session, d model.Date) int {
	lo, hi := 0, len(ss)
	for lo < hi {
		mid := (lo + hi) / 2
		if ss[mid].start < d {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func windowAt(ss []session, from, to model.Date, months int) *Window {
	w := &Window{From: from, To: to}
	var first, last model.Date
	for _, s := range ss {
		h := s.in(from, to)
		if h <= 0 {
			continue
		}
		w.Hours += h
		a, b := max(s.start, from), min(s.end, to)
		if first == 0 || a < first {
			first = a
		}
		last = max(last, b)
	}
	if first != 0 {
		w.SpanMonth, w.last = model.Months(first, last+1), last
		w.FallsOut = first.AddMonths(months)
		w.From = max(from, first)
		if from == 0 {
			w.From = first
		}
	}
	return w
}

func (c *ctx) rscItems(o *Outcome, ss []session, reasons []string, w *Window) {
	if cap(c.scratch.counted) < len(reasons) {
		c.scratch.counted = make([]float64, len(reasons))
	}
	counted := c.scratch.counted[:len(reasons)]
	clear(counted)
	for _, s := range ss {
		counted[s.index] += s.in(w.From, w.To)
	}
	o.Items = c.items(len(reasons))
	outside := ""
	for i, reason := range reasons {
		h := counted[i]
		if reason == "" && h <= 0 {
			if outside == "" {
				outside = "outside the best window " + w.From.String() + " – " + w.To.String()
			}
			reason = outside
		}
		o.item(profile.ListRSCReceived, i, h, reason)
	}
}

func rscShare(c *ctx, p *model.RSCReceived, o *Outcome, ss []session, w *Window) {
	if p.AboutOwnRSCHours <= 0 {
		return
	}
	own := 0.0
	for _, s := range ss {
		if c.p.RSCReceived[s.index].Own {
			own += s.in(w.From, w.To)
		}
	}
	if own+1e-9 < p.AboutOwnRSCHours {
		o.fail(more(p.AboutOwnRSCHours-own, "RSC hours") + " about the RSC you provide")
	}
}

// rscSpan checks that the counted sessions cover at least min_months.
func rscSpan(p *model.RSCReceived, o *Outcome, w *Window) {
	if p.MinMonths == 0 || w.Hours <= 0 {
		return
	}
	if end := w.From.AddMonths(p.MinMonths); end > w.last+1 {
		o.fail("the RSC must extend over at least " + numText(float64(p.MinMonths)) +
			" months (now " + numText(w.SpanMonth) + "); keep going until " + end.AddDays(-1).String())
	}
}

// rscProviders warns when the window's hours come from more than
// max_providers providers.
func rscProviders(c *ctx, p *model.RSCReceived, o *Outcome, ss []session, w *Window) {
	if p.MaxProviders <= 0 {
		return
	}
	names := c.scratch.providers[:0]
	for _, s := range ss {
		name := c.p.RSCReceived[s.index].Provider
		if name != "" && s.in(w.From, w.To) > 0 && !model.In(names, name) {
			names = append(names, name)
		}
	}
	c.scratch.providers = names
	if len(names) > p.MaxProviders {
		o.warn("Your hours come from " + numText(float64(len(names))) + " providers; reviewers expect most hours from one provider and the rest from at most one other.")
	}
}

// rscProjection: the day the current window would hold enough hours at
// the pace of the last 12 months (and span long enough).
func rscProjection(c *ctx, p *model.RSCReceived, ss []session) model.Date {
	yearAgo := monthsBack(c.asOf, 12)
	recent, now := 0.0, 0.0
	cur := c.from
	if p.MaxMonths > 0 {
		cur = monthsBack(c.asOf, p.MaxMonths)
	}
	for _, s := range ss {
		recent += s.in(yearAgo, c.asOf)
		now += s.in(cur, c.asOf)
	}
	d := c.projectMonths(p.Hours-now, recent/12)
	if w := windowAt(ss, cur, c.asOf, p.MaxMonths); d != 0 && p.MinMonths > 0 && w.Hours > 0 {
		d = max(d, w.From.AddMonths(p.MinMonths).AddDays(-1))
	}
	return d
}
