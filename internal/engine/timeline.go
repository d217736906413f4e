package engine

import (
	"github.com/iecmh/endorse/internal/model"
)

// Time-sliced evaluation: the engine's one mechanism for dates.
//
// A dated profile entry (a job, an RSC period, an internship, a leadership
// role, a span of RSC provided) is cut at every day on which something that
// judges it changes: a provider rule's from/until, the association's
// cut-offs and provider policies, the applicant's degree and license dates
// (levels and "after the degree"), the days the applicant's qualifying work
// began and ended, the renewal period and the as-of date; the RSC window's
// edges cut it again once the window is chosen. Each part is judged by
// the rules in force on its days (a judge gives one answer for every day
// between two cuts), neighbouring parts judged alike are merged, and the
// item lists the parts when they were judged differently, each with its
// amount and reason. Which edition applies is not such a day: an
// application is judged by the edition in force on the as-of date, so the
// edition's boundaries change no part's verdict; the provider rules and
// the renewal requirements carry their own dates.

// cuts are days on which something that judges entries changes, each the
// first day of the new state (a rule until 2024-12-31 gives 2025-01-01).
type cuts []model.Date

// add records the day d (0 = none) as a cut.
func (cs *cuts) add(d model.Date) {
	if d != 0 {
		*cs = append(*cs, d)
	}
}

// addSpan records the cuts of the interval [from, until] (zero ends open).
func (cs *cuts) addSpan(from, until model.Date) {
	cs.add(from)
	if until != 0 {
		cs.add(until + 1)
	}
}

// done sorts the cuts and removes repeats.
func (cs *cuts) done() {
	*cs = sortUnique(*cs)
}

// judge tells whether a day counts (nil) or why not. It must give the same
// answer for every day between two of the cuts it is used with.
type judge func(day model.Date) *Msg

// slice cuts [s, e] at every cut inside it, judges each part by its first
// day and appends the parts to out, merging neighbours judged alike.
// Amounts are left 0 for the caller.
func (cs cuts) slice(s, e model.Date, j judge, out []Part) []Part {
	base := len(out)       // parts of earlier entries are not merged with
	i := firstAfter(cs, s) // the first cut after s
	for from := s; from <= e; i++ {
		to := e
		if i < len(cs) && cs[i]-1 < e {
			to = cs[i] - 1
		}
		why := j(from)
		if n := len(out); n > base && out[n-1].To+1 == from && same(out[n-1].Why, why) {
			out[n-1].To = to
		} else {
			out = append(out, Part{From: from, To: to, Why: why})
		}
		from = to + 1
	}
	return out
}

// partsItem records entry list[i] from its parts: counted when any part
// counted, with their total; the reason is the single part's reason, or
// when parts were judged differently a message naming each part that did
// not count (the parts are kept in the item).
func (o *Outcome) partsItem(list ListKey, i int, parts []Part) {
	it := Item{List: list, Index: int32(i)}
	for _, p := range parts {
		it.Amount += p.Amount
		it.Counted = it.Counted || p.Why == nil
	}
	switch {
	case len(parts) == 1:
		o.setReason(&it, parts[0].Why)
	case len(parts) > 1:
		o.setDetail(&it, detail{parts: append([]Part(nil), parts...)})
		o.setReason(&it, partsReason(parts))
	}
	o.Items = append(o.Items, it)
}

// partsReason names the parts of an entry that did not count and why.
func partsReason(parts []Part) *Msg {
	var sub []*Msg
	for _, p := range parts {
		if p.Why != nil {
			sub = append(sub, msgPartNotCounted(p.From, p.To, p.Why))
		}
	}
	if len(sub) == 0 {
		return nil
	}
	return msgPartsNotCounted(sub)
}

// amountDays gives each part its share of total spread evenly over the
// days of [s, e] (RSC hours), counted parts only.
func amountDays(parts []Part, s, e model.Date, total float64) {
	days := float64(e - s + 1)
	for k := range parts {
		if parts[k].Why == nil {
			parts[k].Amount = total * float64(parts[k].To-parts[k].From+1) / days
		}
	}
}

// amountMonths gives each counted part its calendar months times fte.
func (c *ctx) amountMonths(parts []Part, fte float64) {
	for k := range parts {
		if parts[k].Why == nil {
			parts[k].Amount = c.months(parts[k].From, parts[k].To) * fte
		}
	}
}

// months returns the calendar months of [from, to], both days included,
// remembered by first day: every category counts the same periods again,
// and model.Months is calendar arithmetic. (Keyed by the first day alone,
// the memory uses the map code every Go program links; a key of both days
// linked another 9 KB of map code into the wasm, ~1.5 KB brotli.)
func (c *ctx) months(from, to model.Date) float64 {
	if m, ok := c.scratch.months[from]; ok && m.to == to {
		return m.months
	}
	if c.scratch.months == nil {
		c.scratch.months = map[model.Date]monthsOf{}
	}
	m := model.Months(from, to+1)
	c.scratch.months[from] = monthsOf{to, m}
	return m
}

// monthsOf is what ctx.months remembers for a first day: the months of
// the period from it to the last day to.
type monthsOf struct {
	to     model.Date
	months float64
}
