package engine

import "github.com/iecmh/endorse/internal/model"

// anyOf is met when one pathway is met; it names the closest pathway
// (highest progress; the first on a tie) and reports that pathway's gap.
func anyOf(c *ctx, r *model.Requirement, o *Outcome) {
	o.Children = c.evalAll(r.Children)
	var b *Outcome
	allIncomplete := true
	for _, ch := range o.Children {
		if b == nil || closer(ch, b) {
			b = ch
		}
		allIncomplete = allIncomplete && ch.Status == Incomplete
	}
	if b == nil {
		o.Status = Incomplete
		return
	}
	o.Closest, o.Progress, o.Projected = b.ID, b.Progress, b.Projected
	o.Have, o.Need, o.Unit = b.Have, b.Need, b.Unit
	o.Status = b.Status
	if b.Status == Incomplete && !allIncomplete {
		o.Status = NotMet
	}
	o.Gaps = append(o.Gaps, b.Gaps...) // the report names the closest pathway (o.Closest)
}

// closer reports whether pathway a is closer than b: a better status, or
// the same status and more progress.
func closer(a, b *Outcome) bool {
	ra, rb := rankStatus(a), rankStatus(b)
	return ra > rb || (ra == rb && a.Progress > b.Progress)
}

// rankStatus orders statuses for picking the closest pathway.
func rankStatus(o *Outcome) int {
	switch o.Status {
	case Met:
		return 3
	case Warn:
		return 2
	case NotMet:
		return 1
	}
	return 0
}

// allOf is met when every part is met; progress is the parts' average.
func allOf(c *ctx, r *model.Requirement, o *Outcome) {
	o.Children = c.evalAll(r.Children)
	o.Status = combine(o.Children)
	projectable := true
	for _, ch := range o.Children {
		o.Progress += ch.Progress / float64(len(o.Children))
		o.Gaps = append(o.Gaps, ch.Gaps...)
		if ch.Projected > o.Projected {
			o.Projected = ch.Projected
		}
		projectable = projectable && (ch.Projected != 0 || ch.Status == Met || ch.Status == Warn)
	}
	if !projectable || o.Status == Met || o.Status == Warn {
		o.Projected = 0
	}
}
