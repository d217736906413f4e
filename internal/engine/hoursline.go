package engine

import (
	"github.com/iecmh/endorse/internal/model"
)

// piece is the counted part of one RSC entry: its hours spread evenly over
// [from, to].
type piece struct {
	index    int // into rsc_received
	from, to model.Date
	hours    float64
	own      bool  // about the RSC the applicant provides
	provider int32 // distinct provider number (-1: not named)
}

// hoursLine answers, for a set of pieces, how many hours (and own hours)
// fall on or before a day and which days some piece covers, in O(log n)
// per question after an O(n log n) build. Each piece adds its hours per
// day from its first day to its last; the line keeps the days where that
// rate changes.
type hoursLine struct {
	at     []model.Date // the days the rate changes, ascending
	cum    []float64    // hours on the days before at[k]
	ownCum []float64
	rate   []float64 // hours per day from at[k] to at[k+1]-1
	ownRt  []float64
	active []int32 // pieces covering the days from at[k] to at[k+1]-1
	next   []int32 // the first k' ≥ k with active[k'] > 0 (len(at) = none)
	prev   []int32 // the last k' ≤ k with active[k'] > 0 (-1 = none)
}

// build makes the line of pieces ps, sorted by first day; byEnd lists
// them by last day. The line changes where a piece starts and the day
// after one ends: merging the two orders gives the changes in day order.
func (h *hoursLine) build(ps []piece, byEnd []int32) {
	h.reset(2 * len(ps))
	var rate, own, cum, ownCum float64
	var active int32
	for i, j := 0, 0; i < len(ps) || j < len(byEnd); {
		day := ps[byEnd[min(j, len(byEnd)-1)]].to + 1
		if i < len(ps) && (j == len(byEnd) || ps[i].from <= day) {
			day = ps[i].from
		}
		if n := len(h.at); n > 0 {
			span := float64(day - h.at[n-1])
			cum, ownCum = cum+rate*span, ownCum+own*span
		}
		for ; i < len(ps) && ps[i].from == day; i++ {
			r, o := ps[i].rates()
			rate, own, active = rate+r, own+o, active+1
		}
		for ; j < len(byEnd) && ps[byEnd[j]].to+1 == day; j++ {
			r, o := ps[byEnd[j]].rates()
			rate, own, active = rate-r, own-o, active-1
		}
		if active == 0 { // no drift once nothing is active
			rate, own = 0, 0
		}
		h.at, h.cum, h.ownCum = append(h.at, day), append(h.cum, cum), append(h.ownCum, ownCum)
		h.rate, h.ownRt, h.active = append(h.rate, rate), append(h.ownRt, own), append(h.active, active)
	}
	h.links()
}

// rates returns the piece's hours per day, and its own hours per day.
func (p piece) rates() (all, own float64) {
	r := p.hours / float64(p.to-p.from+1)
	if p.own {
		return r, r
	}
	return r, 0
}

func (h *hoursLine) reset(n int) {
	h.at, h.cum, h.ownCum = h.at[:0], h.cum[:0], h.ownCum[:0]
	h.rate, h.ownRt, h.active = h.rate[:0], h.ownRt[:0], h.active[:0]
	h.next, h.prev = h.next[:0], h.prev[:0]
	if cap(h.at) < n {
		h.at, h.active = make([]model.Date, 0, n), make([]int32, 0, n)
		h.cum, h.ownCum, h.rate, h.ownRt = make([]float64, 0, n), make([]float64, 0, n), make([]float64, 0, n), make([]float64, 0, n)
	}
}

// links fills next and prev.
func (h *hoursLine) links() {
	n := len(h.at)
	if cap(h.next) < n {
		h.next, h.prev = make([]int32, n), make([]int32, n)
	}
	h.next, h.prev = h.next[:n], h.prev[:n]
	last := int32(-1)
	for k := 0; k < n; k++ {
		if h.active[k] > 0 {
			last = int32(k)
		}
		h.prev[k] = last
	}
	first := int32(n)
	for k := n - 1; k >= 0; k-- {
		if h.active[k] > 0 {
			first = int32(k)
		}
		h.next[k] = first
	}
}

// step returns the index of the last change on or before d (-1 = none).
func (h *hoursLine) step(d model.Date) int {
	return firstAfter(h.at, d) - 1
}

// walk returns step(d) from k = step(e) for a day e ≤ d, walking the
// changes in between: a window search asks for days in order.
func (h *hoursLine) walk(k int, d model.Date) int {
	for k+1 < len(h.at) && h.at[k+1] <= d {
		k++
	}
	return k
}

// upTo returns the hours and own hours on the days up to d, d included.
func (h *hoursLine) upTo(d model.Date) (all, own float64) { return h.upToAt(h.step(d), d) }

// upToAt is upTo(d) for k = step(d).
func (h *hoursLine) upToAt(k int, d model.Date) (all, own float64) {
	if k < 0 {
		return 0, 0
	}
	days := float64(d - h.at[k] + 1)
	return h.cum[k] + h.rate[k]*days, h.ownCum[k] + h.ownRt[k]*days
}

// within returns the hours and own hours on the days of [from, to].
func (h *hoursLine) within(from, to model.Date) (all, own float64) {
	if to < from {
		return 0, 0
	}
	return h.withinAt(h.step(from-1), h.step(to), from, to)
}

// withinAt is within(from, to) for before = step(from-1) and k = step(to).
func (h *hoursLine) withinAt(before, k int, from, to model.Date) (all, own float64) {
	if to < from {
		return 0, 0
	}
	a, ao := h.upToAt(k, to)
	b, bo := h.upToAt(before, from-1)
	return max(a-b, 0), max(ao-bo, 0)
}

// first returns the first day of [from, to] some piece covers (0 = none).
func (h *hoursLine) first(from, to model.Date) model.Date { return h.firstAt(h.step(from), from, to) }

// firstAt is first(from, to) for k = step(from).
func (h *hoursLine) firstAt(k int, from, to model.Date) model.Date {
	if to < from {
		return 0
	}
	if k >= 0 && h.active[k] > 0 {
		return from
	}
	if k+1 >= len(h.at) {
		return 0
	}
	if j := h.next[k+1]; int(j) < len(h.at) && h.at[j] <= to {
		return h.at[j]
	}
	return 0
}

// last returns the last day of [from, to] some piece covers (0 = none).
func (h *hoursLine) last(from, to model.Date) model.Date { return h.lastAt(h.step(to), from, to) }

// lastAt is last(from, to) for k = step(to).
func (h *hoursLine) lastAt(k int, from, to model.Date) model.Date {
	if to < from || k < 0 {
		return 0
	}
	if h.active[k] > 0 {
		return to
	}
	j := h.prev[k]
	if j < 0 || h.at[j+1]-1 < from { // active[k] == 0, so j < k and at[j+1] exists
		return 0
	}
	return h.at[j+1] - 1
}
