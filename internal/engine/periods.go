package engine

import "github.com/iecmh/endorse/internal/model"

// periodRule judges the days of the period entries (jobs, leadership,
// RSC provided) of one requirement: days after the as-of date, before the
// counting period (a renewal's) or, for an "after the degree" rule, before
// that degree do not count. See timeline.go. Its reasons are made once per
// requirement, and its parts live in a buffer the next entry reuses (an
// item keeps a copy).
type periodRule struct {
	c      *ctx
	degree model.Date // the degree (or license) date counted from; 0 = none held
	level  string     // the degree level counted from; "": no degree rule
	before *Msg       // why days before it do not count (made when first needed)
	cuts   cuts
	buf    []Part
}

// periodRule returns the rule for requirements counted after a degree of
// afterLevel ("" = none) earned on degree.
func (c *ctx) periodRule(degree model.Date, afterLevel string) *periodRule {
	pr := &c.scratch.period
	pr.c, pr.degree, pr.level, pr.before = c, degree, afterLevel, nil
	pr.cuts = append(pr.cuts[:0], c.asOf+1, c.until+1, c.from, degree)
	pr.cuts.done()
	return pr
}

// parts judges the period [start, end] (end 0 = ongoing, through the as-of
// date) and returns its parts with their months times fte.
func (pr *periodRule) parts(start, end model.Date, fte float64) []Part {
	c := pr.c
	if start > c.asOf {
		pr.buf = append(pr.buf[:0], Part{From: start, To: max(end, start), Why: msgStartsAfterAsOf})
		return pr.buf
	}
	if end == 0 {
		end = c.until
	}
	pr.buf = pr.cuts.slice(start, end, pr.day, pr.buf[:0])
	c.amountMonths(pr.buf, fte)
	return pr.buf
}

// day judges one day.
func (pr *periodRule) day(d model.Date) *Msg {
	if why := pr.c.outside(d); why != nil {
		return why
	}
	if pr.level != "" && (pr.degree == 0 || d < pr.degree) {
		if pr.before == nil {
			pr.before = pr.c.beforeDegree(pr.level, pr.degree)
		}
		return pr.before
	}
	return nil
}

// beforeDegree is the reason for days before the degree of level that
// "after the degree" rules count from (degree: its date, or the license
// date that stands in for it; 0 = none held).
func (c *ctx) beforeDegree(level string, degree model.Date) *Msg {
	if degree == 0 {
		return msgBeforeDegree(level, 0, false)
	}
	return msgBeforeDegree(level, degree, degree == c.licensed)
}

// counted sums the amounts of parts and tells whether any counted.
func counted(parts []Part) (amount float64, ok bool) {
	for _, p := range parts {
		amount += p.Amount
		ok = ok || p.Why == nil
	}
	return amount, ok
}

// ongoing reports whether a period (end 0 = ongoing) lasts to the as-of date.
func (c *ctx) ongoing(end model.Date) bool { return end == 0 || end >= c.asOf }
