package engine

import (
	"github.com/iecmh/endorse/internal/model"
)

// chosenWindow is the window an rsc_received verdict rests on, with what
// the search measured in it.
type chosenWindow struct {
	Window
	start     model.Date // the window's first day (Window.From is its first counted day)
	own       float64    // hours about the RSC the applicant provides
	providers int        // distinct named providers of its counted hours
}

// chooseWindow searches the windows the rule allows for one that meets
// every condition: enough hours, enough of them about the applicant's own
// RSC, sessions spanning min_months, and (a warning only) at most
// max_providers providers. The windows are the max_months windows ending on
// or before the as-of date; every distinct content of one is that of a
// window ending on a piece's last day or starting on a piece's first day,
// or of the window ending today, so only those are measured, in order of
// their days, reading the hours line as they go: O(n) for n pieces sorted.
// Among the windows that meet every condition it takes one
// within max_providers if any, then the most hours, then the latest. When
// none does, it takes the window ending today: the one the applicant can
// still complete (a window that ended earlier can no longer gain hours).
// Without max_months the window is the whole counting period.
func (c *ctx) chooseWindow(p *model.RSCReceived, ps []piece, byEnd []int32, line *hoursLine) *chosenWindow {
	best := &c.scratch.window
	if p.MaxMonths == 0 {
		*best = c.measure(line, c.from, c.until, distinctProviders(ps, c.from, c.until))
		return best.span()
	}
	found := false
	pc := newProviderCount(ps)
	in, out := 0, 0
	kBefore, kFrom, k := -1, -1, -1 // the line's steps of the days from-1, from and t (see hoursLine.walk)
	for _, cand := range c.candidates(p.MaxMonths, ps, byEnd) {
		from, t := cand.from, cand.to
		for ; in < len(ps) && ps[in].from <= t; in++ {
			pc.add(ps[in].provider, 1)
		}
		for ; out < len(byEnd) && ps[byEnd[out]].to < from; out++ {
			pc.add(ps[byEnd[out]].provider, -1)
		}
		kBefore, kFrom, k = line.walk(kBefore, from-1), line.walk(kFrom, from), line.walk(k, t)
		hours, own := line.withinAt(kBefore, k, from, t)
		if hours+1e-9 < p.Hours || own+1e-9 < p.AboutOwnRSCHours {
			continue // short of hours: no need to measure the span
		}
		w := measured(from, t, pc.distinct, hours, own, line.firstAt(kFrom, from, t), line.lastAt(k, from, t))
		if c.meets(p, &w) && (!found || betterWindow(p, &w, best)) {
			*best, found = w, true
		}
	}
	if !found {
		from := monthsBack(c.asOf, p.MaxMonths)
		*best = c.measure(line, from, c.asOf, pc.distinctIn(ps, from, c.asOf))
	}
	best.FallsOut = 0
	if best.Hours > 0 {
		best.FallsOut = best.From.AddMonths(p.MaxMonths)
	}
	if best.To != c.asOf && best.last != 0 {
		best.To = best.last // a window that ended: shown from its first to its last counted day
	}
	return best.span()
}

// candidates lists the candidate windows of n months, by last day: the
// window ending today, and for every piece the window ending on its last
// day and the one starting on its first day, when they end by today. A
// window's first day never comes before the previous one's, so pieces
// leave the providers' count in order. The windows ending on the pieces'
// last days come in the order of byEnd, and those starting on their first
// days in the pieces' order, so merging the three lists sorts them.
func (c *ctx) candidates(n int, ps []piece, byEnd []int32) []span {
	b := c.scratch.buffers
	if b.windowsMonths == n && b.windowsAsOf == c.asOf { // the same pieces as last time (piecesLine)
		return b.windows
	}
	today := span{monthsBack(c.asOf, n), c.asOf}
	out := b.windows[:0]
	i, j := 0, 0 // the next in byEnd and in ps
	ending, starting := c.endingOn(n, ps, byEnd, i), c.startingOn(n, ps, j)
	for {
		w := today
		switch {
		case ending.to != 0 && !before(starting, ending) && !before(today, ending):
			w, i = ending, i+1
			ending = c.endingOn(n, ps, byEnd, i)
		case starting.to != 0 && !before(today, starting):
			w, j = starting, j+1
			starting = c.startingOn(n, ps, j)
		case today.to != 0:
			today.to = 0 // taken
		default:
			b.windows, b.windowsMonths, b.windowsAsOf = out, n, c.asOf
			return out
		}
		if k := len(out); k > 0 && out[k-1].to == w.to {
			continue // the same last day: the longer window came first
		}
		if k := len(out); k > 0 {
			w.from = max(w.from, out[k-1].from)
		}
		out = append(out, w)
	}
}

// endingOn returns the window of n months ending on the last day of piece
// byEnd[i] (to 0: none left that ends by today).
func (c *ctx) endingOn(n int, ps []piece, byEnd []int32, i int) span {
	if i < len(byEnd) && ps[byEnd[i]].to <= c.asOf {
		t := ps[byEnd[i]].to
		return span{monthsBack(t, n), t}
	}
	return span{}
}

// startingOn returns the window of n months starting on the first day of
// piece ps[j] (to 0: none left that ends by today).
func (c *ctx) startingOn(n int, ps []piece, j int) span {
	if j < len(ps) {
		if t := ps[j].from.AddMonths(n).AddDays(-1); t <= c.asOf {
			return span{ps[j].from, t}
		}
	}
	return span{}
}

// before: window a sorts before b (an earlier last day, or the same and
// longer); a window with to 0 (none) sorts after every other.
func before(a, b span) bool {
	return a.to != 0 && (b.to == 0 || a.to < b.to || (a.to == b.to && a.from < b.from))
}

// measure returns the window [from, to]: its hours, own hours, first and
// last counted days and span.
func (c *ctx) measure(line *hoursLine, from, to model.Date, providers int) chosenWindow {
	hours, own := line.within(from, to)
	return measured(from, to, providers, hours, own, line.first(from, to), line.last(from, to))
}

// measured returns the window [from, to] with its hours, own hours, and
// first and last counted days (0: none).
func measured(from, to model.Date, providers int, hours, own float64, first, last model.Date) chosenWindow {
	w := chosenWindow{start: from, providers: providers}
	w.To = to
	w.Hours, w.own = hours, own
	w.From, w.last = from, last
	if first != 0 {
		w.From = first
	}
	if from == 0 && first == 0 { // no period start and nothing counted
		w.From = 0
	}
	return w
}

// span sets the window's span in months (measured once it is chosen).
func (w *chosenWindow) span() *chosenWindow {
	if w.Hours > 0 && w.last != 0 {
		w.SpanMonth = model.Months(w.From, w.last+1)
	}
	return w
}

// meets reports whether window w meets the hour, own-hour and span
// conditions of p.
func (c *ctx) meets(p *model.RSCReceived, w *chosenWindow) bool {
	return w.Hours+1e-9 >= p.Hours && w.own+1e-9 >= p.AboutOwnRSCHours && c.spanOK(p, w.From, w.last)
}

// betterWindow: a within max_providers, then more hours, then later.
func betterWindow(p *model.RSCReceived, a, b *chosenWindow) bool {
	if p.MaxProviders > 0 {
		if oa, ob := a.providers <= p.MaxProviders, b.providers <= p.MaxProviders; oa != ob {
			return oa
		}
	}
	if round2(a.Hours) != round2(b.Hours) {
		return a.Hours > b.Hours
	}
	return a.To > b.To
}

// providerCount counts the distinct named providers of the pieces added.
type providerCount struct {
	n        []int32 // pieces per provider number
	distinct int
}

func newProviderCount(ps []piece) *providerCount {
	top := int32(-1)
	for _, p := range ps {
		top = max(top, p.provider)
	}
	return &providerCount{n: make([]int32, top+1)}
}

func (pc *providerCount) add(provider int32, d int32) {
	if provider < 0 {
		return
	}
	before := pc.n[provider]
	pc.n[provider] += d
	switch {
	case before == 0 && d > 0:
		pc.distinct++
	case pc.n[provider] == 0 && d < 0:
		pc.distinct--
	}
}

// distinctIn counts the distinct named providers of the pieces that
// overlap [from, to], afresh.
func (pc *providerCount) distinctIn(ps []piece, from, to model.Date) int {
	clear(pc.n)
	pc.distinct = 0
	for _, p := range ps {
		if p.from <= to && p.to >= from {
			pc.add(p.provider, 1)
		}
	}
	return pc.distinct
}

// distinctProviders counts the distinct named providers of the pieces
// overlapping [from, to] (from 0: open).
func distinctProviders(ps []piece, from, to model.Date) int {
	return newProviderCount(ps).distinctIn(ps, from, to)
}
