package engine

import (
	"math"

	"github.com/iecmh/endorse/internal/model"
)

// horizon is the last day a projection looks at: five years on (beyond
// that a projection means little), or for a renewal the cycle's due date
// (a late window is for sending the renewal, not for more hours: what is
// done after the due date counts toward the next cycle). The message
// catalog's [plan] no_date says "within five years": change both together.
func (c *ctx) horizon() model.Date {
	if c.renewal {
		return c.cycle.due
	}
	return c.asOf.AddMonths(60)
}

// finishProjection records the projected day (0 = none within the
// horizon) and says so in a note when it is late or never comes: for a
// renewal always (with the pace that meets the due date), else when there
// is a pace that does not suffice, or for RSC in a window (where hours
// age out, the pace needed is worth knowing even from none). window is
// the RSC window's months (0 = none).
func (c *ctx) finishProjection(o *Outcome, day model.Date, pr *Projection, window int) {
	o.Projection = pr
	switch {
	case day == 0:
		pr.Never = true
		if pr.Needed > 0 && pr.Needed <= pr.Pace { // rounding at the horizon's edge
			pr.Needed = pr.Pace + 0.01
		}
		if c.renewal || pr.Pace > 0 || window > 0 {
			o.Notes = append(o.Notes, c.neverNote(pr, window))
		}
	default:
		o.Projected = day
	}
}

// neverNote says that the requirement is not met at the recent pace, and
// what pace would meet it.
func (c *ctx) neverNote(pr *Projection, window int) *Msg {
	if c.renewal {
		return msgNotByDue(c.cycle.due, c.cycle.lateUntil, pr.Pace, pr.Needed, pr.Unit)
	}
	return msgNeverAtPace(pr.Pace, pr.Needed, pr.Unit, window)
}

// projectLinear projects a quantity that grows by pace a month from have
// toward need, with no part of it ageing out (months of work, training
// hours, renewal hours). The pace that would do it meets it by the
// horizon.
func (c *ctx) projectLinear(o *Outcome, have, need, pace float64, unit string) {
	if c.until < c.asOf { // a renewal cycle that has ended gains nothing more
		return
	}
	pr := &Projection{Pace: round2(pace), Unit: unit}
	end := c.horizon()
	if months := model.Months(c.asOf+1, end+1); months >= 1 { // with less than a month left, a pace says nothing
		pr.Needed = ceil2((need - have) / months)
	}
	day := model.Date(0)
	if pace > 1e-9 {
		days := math.Ceil((need - have) / pace * model.DaysPerMonth)
		if d := c.asOf.AddDays(int(max(days, 1))); d <= end {
			day = d
		}
	}
	c.finishProjection(o, day, pr, 0)
}

// ceil2 rounds up to 2 decimals (a pace that is enough, not just short),
// ignoring a excess below 0.001 (a leap day's worth of a month).
func ceil2(v float64) float64 { return math.Ceil(v*100-0.1) / 100 }

// projectRSC simulates the days after the as-of date for an rsc_received
// requirement: new hours come every day at the pace of the last 12 months
// (own hours at their own recent pace) while the oldest hours leave the
// window, until the first day on which the window ending that day meets
// every condition. It steps a week at a time and looks at each day of the
// week in which the conditions first hold. The same days give the pace
// that would do it: the smallest steady pace that meets every condition on
// one of them.
func (c *ctx) projectRSC(p *model.RSCReceived, line *hoursLine, o *Outcome) {
	if c.until < c.asOf { // a renewal cycle that has ended gains nothing more
		return
	}
	yearAgo := monthsBack(c.asOf, 12)
	recent, recentOwn := line.within(yearAgo, c.asOf)
	rate, ownRate := recent/12/model.DaysPerMonth, recentOwn/12/model.DaysPerMonth
	if rate == 0 && o.Have+1e-9 >= p.Hours {
		rate = 1e-9 // only the span is short: one more session on the right day does it
	}
	sim := rscSim{c: c, p: p, line: line}
	end := c.horizon()
	if !c.renewal && p.MaxMonths > 0 { // after max_months + min_months only the pace matters
		end = min(end, c.asOf.AddMonths(p.MaxMonths+p.MinMonths))
	}
	day, need := model.Date(0), math.Inf(1)
	if end < c.asOf.AddMonths(1) { // with less than a month left, a pace says nothing
		need = math.NaN()
	}
	_, have, _ := sim.window(c.asOf + 1)
	if rate == 0 && have == 0 { // nothing to age out and nothing coming: only the pace that would do it
		if !math.IsNaN(need) {
			need = sim.need(end) // the pace from tomorrow to the horizon's end is the least one
		}
		end = c.asOf // no simulation
	}
	prev := c.asOf
	for t := c.asOf + 7; t <= end || prev < end; t += 7 {
		t = min(t, end)
		if !math.IsNaN(need) {
			need = min(need, sim.need(t))
		}
		if day == 0 && rate > 0 && sim.holds(t, rate, ownRate) {
			for d := prev + 1; d <= t; d++ {
				if sim.holds(d, rate, ownRate) {
					day = d
					break
				}
			}
		}
		if t == end {
			break
		}
		prev = t
	}
	pr := &Projection{Pace: round2(recent / 12), Unit: "hours"}
	if !math.IsInf(need, 1) && !math.IsNaN(need) {
		pr.Needed = ceil2(need * model.DaysPerMonth)
	}
	c.finishProjection(o, day, pr, p.MaxMonths)
}

// rscSim answers, for a day t after the as-of date, whether the window
// ending on t would meet every condition if hours came every day from
// tomorrow on at a given rate.
type rscSim struct {
	c    *ctx
	p    *model.RSCReceived
	line *hoursLine
}

// window returns the first day of the window ending on t, and the hours
// and own hours already received in it.
func (s *rscSim) window(t model.Date) (from model.Date, have, own float64) {
	from = s.c.from
	if s.p.MaxMonths > 0 {
		from = monthsBack(t, s.p.MaxMonths)
	}
	have, own = s.line.within(from, s.c.asOf)
	return from, have, own
}

// holds: every condition holds on t at rate (own hours at ownRate), per day.
func (s *rscSim) holds(t model.Date, rate, ownRate float64) bool {
	from, have, own := s.window(t)
	days := float64(t - max(from, s.c.asOf+1) + 1)
	first, last := s.line.first(from, s.c.asOf), s.line.last(from, s.c.asOf)
	if rate > 0 {
		if first == 0 {
			first = max(from, s.c.asOf+1)
		}
		last = t
	}
	return have+rate*days+1e-9 >= s.p.Hours && own+ownRate*days+1e-9 >= s.p.AboutOwnRSCHours && s.c.spanOK(s.p, first, last)
}

// need returns the smallest daily rate at which every condition holds on
// t when every new hour is about the applicant's own RSC (+Inf when the
// span cannot be reached by t).
func (s *rscSim) need(t model.Date) float64 {
	from, have, own := s.window(t)
	days := float64(t - max(from, s.c.asOf+1) + 1)
	first := s.line.first(from, s.c.asOf)
	if first == 0 {
		first = max(from, s.c.asOf+1)
	}
	if days <= 0 || !s.c.spanOK(s.p, first, t) {
		return math.Inf(1)
	}
	return max(s.p.Hours-have, s.p.AboutOwnRSCHours-own, 0) / days
}
