package textreport

import (
	"io"
	"strconv"

	"github.com/iecmh/endorse/internal/engine"
	"github.com/iecmh/endorse/internal/i18n"
	"github.com/iecmh/endorse/internal/model"
)

// WritePlan writes the plan of one category after the report, as the
// checker's "Your plan" shows it: the open requirements, the soonest met
// first, each with what it lacks, its first next step and when it is
// projected to be met; then the dates to remember (those of the calendar
// file). Gaps, steps and dates are worded from the message catalog c, as
// in the browser. A plan without a category (pl.Today nil) lists only the
// renewal dates of the endorsements held; a category not offered on the
// day has no plan.
func WritePlan(w io.Writer, c *i18n.Catalog, m *model.Model, pl *engine.Plan) error {
	t := &textReport{say: &i18n.Renderer{C: c, M: m}, m: m}
	if pl.Today != nil && pl.Today.Edition == nil {
		return nil
	}
	if pl.Today != nil {
		t.printf("\n%s", rule(t.say.Plan("title", engine.Arg{Name: "category", Value: pl.Category})))
		t.planSteps(pl)
	} else {
		t.printf("\n%s", rule(t.say.Plan("renewal_title")))
	}
	t.planEvents(pl)
	_, err := io.WriteString(w, t.b.String())
	return err
}

// planSteps lists the plan's open requirements in order.
func (t *textReport) planSteps(pl *engine.Plan) {
	if len(pl.Steps) == 0 {
		t.para(0, t.say.Plan("nothing_open"))
		return
	}
	t.para(0, t.say.Plan("open"))
	for i, s := range pl.Steps {
		n := strconv.Itoa(i+1) + ". "
		line := model.SectionTitle(s.Section)
		if len(s.Gaps) > 0 {
			line += ": missing " + t.say.Join(s.Gaps) + "."
		}
		t.b.WriteString(Wrap("  "+n, "     ", line))
		o := findOutcome(pl.Today.Requirements, s.ID)
		if next := firstNext(o); next != nil {
			t.b.WriteString(Wrap("     Next: ", "           ", t.say.Msg(next)))
		}
		t.b.WriteString(Wrap("     ", "     ", stepWhen(t.say, s, pl)))
	}
}

// stepWhen says when a step is projected to be met, and on what basis
// (plan.js stepDate chooses the same words).
func stepWhen(say *i18n.Renderer, s *engine.PlanStep, pl *engine.Plan) string {
	met := s.PlanStatus == engine.Met || s.PlanStatus == engine.Warn
	date := engine.Arg{Name: "date", Value: s.MetBy.String(), Kind: engine.ArgDate}
	switch {
	case s.PlanStatus == engine.Incomplete:
		return say.Plan("incomplete")
	case s.MetBy == 0:
		return say.Plan("no_date")
	case met && pl.Planned > 0 && s.MetBy != s.Projected:
		return say.Plan("met_with_plans", date)
	}
	return say.Plan("met_at_pace", date)
}

// planEvents lists the dates of the calendar file.
func (t *textReport) planEvents(pl *engine.Plan) {
	if len(pl.Events) == 0 {
		return
	}
	if pl.Today != nil {
		t.printf("\n")
	}
	t.para(0, t.say.Plan("dates")+":")
	for _, e := range pl.Events {
		summary, _ := t.say.Event(e)
		t.b.WriteString(Wrap("  "+i18n.Date(t.say.C.Language, e.Date)+": ", "    ", summary))
	}
}

// findOutcome returns the outcome with id in list (nil when none).
func findOutcome(list []*engine.Outcome, id string) *engine.Outcome {
	for _, o := range list {
		if o.ID == id {
			return o
		}
	}
	return nil
}

// firstNext is an outcome's first next step: its own, or for a group
// that of its closest pathway (any_of) or of its first open part (all_of),
// as the checker's nextSteps reads them (nil: none).
func firstNext(o *engine.Outcome) *engine.Msg {
	if o == nil {
		return nil
	}
	switch o.Kind {
	case "any_of":
		return firstNext(findOutcome(o.Children, o.Closest))
	case "all_of":
		for _, ch := range o.Children {
			if n := firstNext(ch); n != nil {
				return n
			}
		}
		return nil
	}
	if len(o.Next) == 0 {
		return nil
	}
	return o.Next[0]
}
