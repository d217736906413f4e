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
// remembered: every category counts the same periods again, and
// model.Months is calendar arithmetic. The memory is a hash table of
// periods (open addressing), which outlives the evaluation with the
// buffers; quicker than a map, and without map code in the wasm (a map
// keyed by both days linked 9 KB more).
func (c *ctx) months(from, to model.Date) float64 {
	t, end := &c.scratch.months, to+1
	if len(t.slots) > 0 {
		if slot := t.find(from, end); slot.end != 0 {
			return slot.months
		}
	}
	return t.add(from, end)
}

// monthsTable is the memory of ctx.months: a power-of-two number of slots,
// at most half of them used.
type monthsTable struct {
	slots []monthsOf
	used  int
}

// monthsOf is what ctx.months remembers in a slot: the months of the
// period from from to the day before end (end 0: an empty slot).
type monthsOf struct {
	from, end model.Date
	months    float64
}

// monthsSlots bound the table: it starts with 1,024 slots (16 KB; a
// profile of 200 entries has about 100 periods) and doubles when half
// full, up to 2^20 slots (16 MB), where it is emptied instead.
const minMonthsSlots, maxMonthsSlots = 1 << 10, 1 << 20

// find returns the slot of period [from, end), or the empty slot where it
// goes (the table has slots, not all used).
func (t *monthsTable) find(from, end model.Date) *monthsOf {
	mask := uint32(len(t.slots) - 1)
	for i := (uint32(from)*31 + uint32(end)) * 2654435761 & mask; ; i = (i + 1) & mask {
		if s := &t.slots[i]; s.end == 0 || (s.from == from && s.end == end) {
			return s
		}
	}
}

// add remembers and returns the months of [from, end), making room first
// when the table is half full.
func (t *monthsTable) add(from, end model.Date) float64 {
	if 2*(t.used+1) > len(t.slots) {
		t.grow()
	}
	slot := t.find(from, end)
	*slot = monthsOf{from, end, model.Months(from, end)}
	t.used++
	return slot.months
}

// grow doubles the table, or empties it at its largest.
func (t *monthsTable) grow() {
	old := t.slots
	n := max(2*len(old), minMonthsSlots)
	if n > maxMonthsSlots {
		clear(t.slots)
		t.used = 0
		return
	}
	t.slots, t.used = make([]monthsOf, n), 0
	for _, s := range old {
		if s.end != 0 {
			*t.find(s.from, s.end) = s
			t.used++
		}
	}
}
