package engine

import (
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
)

// A plan is what an applicant still has to do for one category, in the
// order it is projected to be done, next to what their planned entries (a
// course they will take, RSC they expect to receive: the profile's
// "planned" flag) would change, and the dates worth a calendar reminder.
//
// The engine evaluates twice: today, as Evaluate does (planned entries do
// not count), and "with my plans": on the plan day — the as-of date, or
// the last planned entry's date when that is later — with planned entries
// counted. The plan day is when the plans would all be done; an
// application sent then is judged by the rules in force then, over what
// the profile holds then (work listed as ongoing goes on until that day,
// RSC listed, planned or not, may age out of its window by then).

// PlanFormat is the "format" of the plan JSON.
const PlanFormat = "endorse-plan/1"

// Plan is the plan for one category (see EvaluatePlan).
type Plan struct {
	AsOf        model.Date
	Association string
	Category    string
	PlanDay     model.Date      // the day the "with my plans" view is evaluated on (≥ AsOf)
	Planned     int             // planned entries in the profile
	Today       *CategoryResult // nil when no category was asked for
	WithPlans   *CategoryResult // the same category with the plans (Today when Planned is 0)
	Steps       []*PlanStep     // open requirements, in the order they are projected to be met
	Events      []*Event        // the calendar's dates, by date
}

// PlanStep is one top-level requirement open today or with the plans.
type PlanStep struct {
	ID, Kind, Section string
	Status            string     // today
	Gaps              []*Msg     // today's gaps
	Projected         model.Date // today: met at the recent pace on that day (0 = not within the horizon)
	PlanStatus        string     // with the plans, on the plan day
	PlanGaps          []*Msg     // with the plans: what is still missing on the plan day
	MetBy             model.Date // with the plans: the day it is met (0 = not within the horizon)
}

// Event is a date for the applicant's calendar: Code says what happens
// (EventMet, EventRSCLeaving, EventRenewalOpen, EventRenewalDue,
// EventRenewalLate), Args the data to word it with (category, requirement,
// hours …). Key names the event apart from its date, so a calendar that
// imports the file again updates the event instead of adding a copy.
type Event struct {
	Code string
	Date model.Date
	Key  string
	Args []Arg
}

// Event codes.
const (
	EventMet         = "requirement_met"     // a requirement is projected to be met
	EventRSCLeaving  = "rsc_hours_leaving"   // the earliest counted RSC hours leave the window
	EventRenewalOpen = "renewal_cycle_opens" // a renewal cycle begins: its hours count from this day
	EventRenewalDue  = "renewal_due"         // the cycle's hours are due, and the renewal with them
	EventRenewalLate = "renewal_late_ends"   // the last day a late renewal for the cycle is accepted
)

// EvaluatePlan builds the plan for category (a category id; "" gives only
// the renewal dates of the endorsements held) on the as-of date. It is pure
// like Evaluate, which gives the same today's result.
func EvaluatePlan(m *model.Model, p *profile.Profile, asOf model.Date, category string) *Plan {
	pl := &Plan{AsOf: asOf, Association: m.Association.ID, Category: category, PlanDay: asOf, Steps: []*PlanStep{}, Events: []*Event{}}
	days := plannedDays(p, asOf)
	pl.Planned = plannedCount(p)
	if len(days) > 0 {
		pl.PlanDay = days[len(days)-1]
	}
	if category != "" && m.Category(category) != nil {
		pl.Today = evaluate(m, p, asOf, category, false).Categories[0]
		pl.WithPlans = pl.Today
		if pl.Planned > 0 {
			pl.WithPlans = evaluate(m, p, pl.PlanDay, category, true).Categories[0]
		}
		pl.Steps = planSteps(pl.Today, pl.WithPlans, pl.PlanDay)
		metEarlier(m, p, category, pl.Steps, days)
		sortSteps(pl.Steps)
		pl.Events = append(pl.Events, stepEvents(pl)...)
		pl.Events = append(pl.Events, leavingEvents(pl.WithPlans, asOf)...)
	}
	base := &ctx{m: m, p: p, asOf: asOf, until: asOf, scratch: newScratch(), tables: &tables{}}
	pl.Events = append(pl.Events, renewalEvents(m.Association.Renewal, renewals(base, ""), asOf)...)
	base.scratch.release()
	sortEvents(pl.Events)
	return pl
}

// plannedCount counts the planned entries.
func plannedCount(p *profile.Profile) int {
	n := 0
	for _, t := range p.Training {
		if t.Planned {
			n++
		}
	}
	for _, r := range p.RSCReceived {
		if r.Planned {
			n++
		}
	}
	return n
}

// plannedDays returns the days after asOf on which a planned entry ends (a
// course's completion, an RSC period's last day), sorted, without repeats.
// The last is the plan day.
func plannedDays(p *profile.Profile, asOf model.Date) []model.Date {
	var days []model.Date
	for _, t := range p.Training {
		if t.Planned && t.Date > asOf {
			days = append(days, t.Date)
		}
	}
	for _, r := range p.RSCReceived {
		if d := max(r.Start, r.End); r.Planned && d > asOf {
			days = append(days, d)
		}
	}
	return sortUnique(days)
}

// metEarlier finds, for each step met with the plans, the first planned
// day before the plan day on which it is met already (evaluating the
// category with the plans on each such day: a course finished in
// February closes a training gap then, not when the last plan ends),
// unless its projection at today's pace comes sooner.
func metEarlier(m *model.Model, p *profile.Profile, category string, steps []*PlanStep, days []model.Date) {
	for _, d := range days[:max(len(days)-1, 0)] {
		var res *CategoryResult
		for _, s := range steps {
			if s.PlanStatus != Met && s.PlanStatus != Warn || s.MetBy <= d {
				continue
			}
			if res == nil {
				res = evaluate(m, p, d, category, true).Categories[0]
			}
			if o := findOutcome(res.Requirements, s.ID); o != nil && !open(o) {
				s.MetBy = d
			}
		}
	}
}

// findOutcome returns the outcome with id in list (nil when none).
func findOutcome(list []*Outcome, id string) *Outcome {
	for _, o := range list {
		if o.ID == id {
			return o
		}
	}
	return nil
}

// planSteps lists the top-level requirements open today or with the plans,
// in the category's order (see sortSteps).
func planSteps(today, with *CategoryResult, planDay model.Date) []*PlanStep {
	steps := []*PlanStep{}
	for _, o := range today.Requirements {
		w := findOutcome(with.Requirements, o.ID) // nil: another edition is in force on the plan day
		if !open(o) && (w == nil || !open(w)) {
			continue
		}
		s := &PlanStep{ID: o.ID, Kind: o.Kind, Section: o.Section, Status: o.Status, Gaps: o.Gaps, Projected: o.Projected}
		switch {
		case w == nil:
			s.PlanStatus = Met
			s.MetBy = planDay
		case !open(w):
			s.PlanStatus, s.MetBy = w.Status, metBy(o, planDay)
		default:
			s.PlanStatus, s.PlanGaps, s.MetBy = w.Status, w.Gaps, w.Projected
		}
		if s.PlanStatus == Incomplete { // unanswered: no date can be promised
			s.MetBy = 0
		}
		steps = append(steps, s)
	}
	return steps
}

// open reports whether an outcome still lacks something.
func open(o *Outcome) bool { return o.Status == NotMet || o.Status == Incomplete }

// metBy is the day a requirement open today and met with the plans on the
// plan day is met: the plan day, or today's projection when that comes
// first (the plans then add to what the pace would do anyway).
func metBy(today *Outcome, planDay model.Date) model.Date {
	if today.Projected != 0 && today.Projected < planDay {
		return today.Projected
	}
	return planDay
}

// sortSteps orders steps by MetBy (0 last), keeping the category's order
// among equals (insertion sort: a category has a dozen requirements).
func sortSteps(list []*PlanStep) {
	before := func(a, b *PlanStep) bool { return a.MetBy != 0 && (b.MetBy == 0 || a.MetBy < b.MetBy) }
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && before(list[j], list[j-1]); j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
}

// eventArgs returns an event's arguments in a slice of their own. (A
// []Arg{…} literal of three or four arguments would allocate a [3]Arg or
// [4]Arg, each a type with an equality function of its own in the wasm.)
func eventArgs(args ...Arg) []Arg { return append([]Arg(nil), args...) }

// stepEvents gives a step met on a day after the as-of date its event.
func stepEvents(pl *Plan) []*Event {
	var out []*Event
	for _, s := range pl.Steps {
		if s.MetBy > pl.AsOf {
			out = append(out, &Event{Code: EventMet, Date: s.MetBy, Key: "met-" + pl.Category + "-" + s.ID,
				Args: eventArgs(argStr("category", pl.Category), argStr("requirement", s.ID), argStr("kind", s.Kind))})
		}
	}
	return out
}

// leavingEvents gives every RSC window of the category (pathways
// included) whose earliest counted hours leave it after the as-of date
// an event on that day: from then on, hours must keep coming for the
// requirement to stay met.
func leavingEvents(res *CategoryResult, asOf model.Date) []*Event {
	var out []*Event
	var walk func(list []*Outcome)
	walk = func(list []*Outcome) {
		for _, o := range list {
			if w := o.Window; w != nil && w.FallsOut > asOf && w.Hours > 0 {
				out = append(out, &Event{Code: EventRSCLeaving, Date: w.FallsOut, Key: "rsc-" + res.ID + "-" + o.ID,
					Args: eventArgs(argStr("category", res.ID), argStr("requirement", o.ID), argNum("hours", w.Hours), argStr("status", o.Status))})
			}
			walk(o.Children)
		}
	}
	walk(res.Requirements)
	return out
}

// renewalEvents gives each held endorsement's renewal dates after the
// as-of date: those of the cycle checked and of the next one (with yearly
// cycles the next due date is always worth a reminder).
func renewalEvents(pol model.RenewalPolicy, list []*RenewalResult, asOf model.Date) []*Event {
	var out []*Event
	for _, r := range list {
		cur := cycle{from: r.From, due: r.Due, lateUntil: r.LateUntil}
		next := newCycle(pol, r.Due.Year()+1, pol.CycleYears(), false, false)
		for _, cy := range []cycle{cur, next} {
			out = cycleEvents(out, r.Category, cy, asOf)
		}
	}
	return out
}

// cycleEvents appends the open, due and late dates of one renewal cycle
// that lie after asOf.
func cycleEvents(out []*Event, category string, cy cycle, asOf model.Date) []*Event {
	year := cy.due.String()[:4]
	late := cy.lateUntil // "" when renewals are not accepted after the due date
	if late <= cy.due {
		late = 0
	}
	add := func(code string, d model.Date) {
		if d > asOf {
			out = append(out, &Event{Code: code, Date: d, Key: code + "-" + category + "-" + year,
				Args: eventArgs(argStr("category", category), argDate("from", cy.from), argDate("due", cy.due), argDate("late_until", late))})
		}
	}
	add(EventRenewalOpen, cy.from)
	add(EventRenewalDue, cy.due)
	if cy.lateUntil > cy.due {
		add(EventRenewalLate, cy.lateUntil)
	}
	return out
}

// sortEvents orders events by date, then key (insertion sort: few events).
func sortEvents(list []*Event) {
	before := func(a, b *Event) bool { return a.Date < b.Date || (a.Date == b.Date && a.Key < b.Key) }
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && before(list[j], list[j-1]); j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
}

// msgPlannedOnly: a planned entry, which counts only with the applicant's
// plans.
var msgPlannedOnly = fixed("planned_only")
