package engine

import "github.com/iecmh/endorse/internal/model"

// exam: the written exam was passed (on an accepted form), on or before
// the as-of date.
func exam(c *ctx, r *model.Requirement, o *Outcome) {
	p, _ := r.Params.(*model.Exam)
	e := c.p.Exam
	switch {
	case !e.Passed:
		o.yesNo(false, "pass the written exam")
	case e.Date > c.asOf:
		o.yesNo(false, "the exam date is after the as-of date")
	case len(p.Forms) > 0 && e.Form != "" && !model.In(p.Forms, e.Form):
		o.yesNo(false, "pass the "+model.Join(p.Forms)+" form of the exam")
	default:
		o.yesNo(true, "")
	}
}
