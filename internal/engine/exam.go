package engine

import "github.com/iecmh/endorse/internal/model"

// exam: the written exam was passed (on an accepted form), on or before
// the as-of date.
func exam(c *ctx, r *model.Requirement, o *Outcome) {
	p, _ := r.Params.(*model.Exam)
	e := c.p.Exam
	switch {
	case !e.Passed:
		o.yesNo(false, msgPassExam)
	case e.Date > c.asOf:
		o.yesNo(false, msgExamAfterAsOf)
	case len(p.Forms) > 0 && e.Form != "" && !model.In(p.Forms, e.Form):
		o.yesNo(false, msgPassExamForm(p.Forms))
	default:
		o.yesNo(true, nil)
	}
}
