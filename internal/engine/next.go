package engine

import (
	"math"

	"github.com/iecmh/endorse/internal/model"
)

// Next steps: every requirement that is not met carries at least one
// thing the applicant can do about it, read from its gaps and from why
// its entries did not count: what to add, how much, by when and where (a
// catalog course that covers the missing topic, the RSC pace that meets
// it, whom to ask). Like gaps they are codes with arguments (do_…), worded
// by the presenter from the message catalog.

// planMonths is how far ahead a suggested pace aims when nothing sets a
// date: a year.
const planMonths = 12

// maxCourses is how many catalog courses a next step suggests.
const maxCourses = 3

// nextSteps sets o.Next for a leaf requirement r that is not met.
func (c *ctx) nextSteps(r *model.Requirement, o *Outcome) {
	if o.Status != NotMet && o.Status != Incomplete {
		return
	}
	if p, ok := r.Params.(*model.Work); ok {
		fixInternshipGap(p, o)
	}
	// An entry that does not count only because of what its provider
	// holds is the real cause: asking the provider comes before the pace
	// the gap alone would suggest.
	last := int32(0) // an item with the reason of the one before adds nothing new
	for _, it := range o.Items {
		if it.reason == last {
			continue
		}
		last = it.reason
		if m := c.nextForReason(o.Reason(it)); m != nil {
			o.Next = appendNew(o.Next, m)
		}
	}
	for _, g := range o.Gaps {
		if m := c.nextFor(o, g); m != nil {
			o.Next = appendNew(o.Next, m)
			if when := c.courseWhen(m); when != nil {
				o.Next = appendNew(o.Next, when)
			}
		}
	}
	if len(o.Next) == 0 {
		o.Next = append(o.Next, c.askCoordinator("do_ask_coordinator"))
	}
}

// nextFor is the next step for one gap (nil: none of its own).
func (c *ctx) nextFor(o *Outcome, g *Msg) *Msg {
	switch g.Code {
	case "not_answered", "not_answered_statement":
		return msgDoAnswer
	case "more_topic_hours":
		return c.coursesFor(g.Arg("topic"))
	case "more_training_hours", "more_training_hours_in_all":
		return c.coursesFor("")
	case "more_rsc_hours", "more_own_rsc_hours":
		return c.pace(o, "hours")
	case "more_work_months", "more_rsc_provided_months", "more_leadership_months":
		if o.Projected != 0 {
			return msgKeepGoing(o.Projected)
		}
		if g.Code == "more_work_months" {
			// at full time, from today: the earliest it can be met
			months := o.Need - o.Have
			return msg("do_work", argStr("work", g.Arg("work")), argDate("by", c.asOf.AddMonths(int(math.Ceil(months)))))
		}
	case "degree_needed":
		return c.askCoordinator("do_degree")
	case "credential_needed":
		return c.askCoordinator("do_credential")
	case "endorsement_needed":
		return msg("do_endorsement", argList("categories", g.List("categories")))
	case "complete_courses":
		return msg("do_complete_courses", argList("courses", g.List("courses")))
	case "rsc_span_now":
		return msgDoSessionNow
	case "rsc_span":
		return msg("do_sessions_until", argSameDate("until", g))
	case "more_references", "more_endorsed_raters":
		return msgDoReferences
	case "reference_from":
		return msg("do_reference_from", argList("roles", g.List("roles")))
	case "membership_needed":
		return msg("do_membership", argStr("association", g.Arg("association")))
	case "membership_any_needed":
		return msgDoMembershipAny
	case "pass_exam", "pass_exam_form", "exam_after_as_of":
		return c.askCoordinator("do_exam")
	case "internship_supervisor_needed":
		return msg("do_ask_supervisor", argList("categories", g.List("categories")))
	}
	return nil
}

// nextForReason is the next step an entry's reason points to: a provider
// who may hold what the rules ask for.
func (c *ctx) nextForReason(m *Msg) *Msg {
	if m == nil {
		return nil
	}
	switch m.Code {
	case "provider_needs":
		return msg("do_ask_provider", argStr("provider", m.Arg("provider")), argList("need", m.List("need")))
	case "policy_needs":
		return msg("do_ask_provider", argStr("provider", m.Arg("provider")), argList("need", []string{m.Arg("need")}))
	}
	for _, s := range m.Sub {
		if n := c.nextForReason(s); n != nil {
			return n
		}
	}
	return nil
}

// coursesFor suggests the catalog courses that cover topic (any course
// with clock hours when topic is ""), in the catalog's order, among those
// written for the category's level (an introductory course is not one for
// a renewal: model.Course.Fits).
func (c *ctx) coursesFor(topic string) *Msg {
	var ids []string
	level := ""
	if c.cat != nil {
		level = c.cat.Level
	}
	for i := range c.m.Catalog {
		k := &c.m.Catalog[i]
		if k.ClockHours > 0 && (topic == "" || model.In(k.Topics, topic)) && k.Fits(level, c.renewal) {
			ids = append(ids, k.ID)
		}
		if len(ids) == maxCourses {
			break
		}
	}
	if len(ids) == 0 {
		return nil
	}
	if topic == "" {
		return msg("do_courses", argList("courses", ids))
	}
	return msg("do_topic_courses", argList("courses", ids), argStr("topic", topic))
}

// courseWhen says when the first course a step suggests can be started:
// its next session from the as-of date on, or any time when it is
// self-paced (nil: no step with courses, or no date known).
func (c *ctx) courseWhen(step *Msg) *Msg {
	ids := step.List("courses")
	if len(ids) == 0 {
		return nil
	}
	k := c.m.Course(ids[0])
	switch {
	case k == nil:
		return nil
	case k.SelfPaced:
		return msg("do_course_any_time", argStr("course", k.ID))
	}
	if s := k.NextSession(c.asOf); s != nil {
		return msg("do_course_starts", argStr("course", k.ID), argDate("start", s.Start))
	}
	return nil
}

// pace suggests a steady monthly pace that closes the gap: by the renewal's
// due date, else within planMonths (never below the pace the projection
// found necessary, as RSC hours also leave their window).
func (c *ctx) pace(o *Outcome, unit string) *Msg {
	missing := o.Need - o.Have
	if missing <= 0 {
		return nil
	}
	months := planMonths
	if c.renewal && c.cycle.due > c.asOf {
		months = max(1, monthsBetween(c.asOf, c.cycle.due))
	}
	pace := missing / float64(months)
	if o.Projection != nil && o.Projection.Needed > pace {
		pace = o.Projection.Needed
	}
	by := c.asOf.AddMonths(int(math.Ceil(missing/pace - 1e-9)))
	return msg("do_pace", argNum("pace", pace), argStr("unit", unit), argDate("by", by))
}

// argSameDate is the date argument name of gap g, as it is (not parsed
// again: the wasm does not link a date parser for this).
func argSameDate(name string, g *Msg) Arg { return Arg{name, g.Arg(name), ArgDate} }

// monthsBetween counts the whole months from a to b.
func monthsBetween(a, b model.Date) int {
	ya, ma, da := a.YMD()
	yb, mb, db := b.YMD()
	n := (yb-ya)*12 + mb - ma
	if db < da {
		n--
	}
	return n
}

// fixInternshipGap names the real cause of an internship rule's shortfall:
// when an internship is listed but its supervisor does not hold an
// endorsement the rule asks for, what is missing first is that endorsement,
// not more months (once it is given, the months it brings are counted and
// any still missing are named then).
func fixInternshipGap(p *model.Work, o *Outcome) {
	for i, g := range o.Gaps {
		if g.Code != "more_work_months" || g.Arg("work") != "internship" {
			continue
		}
		for _, it := range o.Items {
			if r := o.Reason(it); r != nil && r.Code == "internship_supervisor_not_endorsed" {
				o.Gaps[i] = msg("internship_supervisor_needed", argList("categories", p.InternshipSupervisor))
				break
			}
		}
	}
}

// askCoordinator is a next step that sends the applicant to the
// endorsement coordinator: its "coordinator" argument is the association
// whose coordinator (association.toml's [coordinator]) the presenter names,
// with how to reach them.
func (c *ctx) askCoordinator(code string) *Msg {
	id := c.m.Association.ID
	switch code {
	case "do_degree":
		return msg("do_degree", argStr("coordinator", id))
	case "do_credential":
		return msg("do_credential", argStr("coordinator", id))
	case "do_exam":
		return msg("do_exam", argStr("coordinator", id))
	}
	return msg("do_ask_coordinator", argStr("coordinator", id))
}

// appendNew appends m unless an equal step is already listed.
func appendNew(list []*Msg, m *Msg) []*Msg {
	for _, x := range list {
		if same(x, m) {
			return list
		}
	}
	return append(list, m)
}

// msgKeepGoing: at the recent pace the requirement is met on day.
func msgKeepGoing(day model.Date) *Msg { return msg("do_keep_going", argDate("by", day)) }

var (
	msgDoAnswer        = fixed("do_answer")
	msgDoReferences    = fixed("do_references")
	msgDoMembershipAny = fixed("do_membership_any")
	msgDoSessionNow    = fixed("do_session_now")
)
