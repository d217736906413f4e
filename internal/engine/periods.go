package engine

import "github.com/iecmh/endorse/internal/model"

// periodParts judges the days of a period entry [start, end] (end 0 =
// ongoing, through the as-of date) and returns its parts with their
// months times fte: days after the as-of date, before the counting period
// (a renewal's) or, when afterLevel is set, before that degree (dated
// degree; 0 = none held) do not count. See timeline.go.
func (c *ctx) periodParts(start, end, degree model.Date, afterLevel string, fte float64) []Part {
	if start > c.asOf {
		return []Part{{From: start, To: max(end, start), Why: msgStartsAfterAsOf}}
	}
	if end == 0 {
		end = c.until
	}
	cs := append(c.scratch.periodCuts[:0], c.asOf+1, c.until+1, c.from, degree)
	cs.done()
	c.scratch.periodCuts = cs
	parts := cs.slice(start, end, func(day model.Date) *Msg {
		if why := c.outside(day); why != nil {
			return why
		}
		if afterLevel != "" && (degree == 0 || day < degree) {
			return c.beforeDegree(afterLevel, degree)
		}
		return nil
	}, nil)
	amountMonths(parts, fte)
	return parts
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
