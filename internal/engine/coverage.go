package engine

import (
	"sort"

	"github.com/iecmh/endorse/internal/model"
)

// coverage is the union of a set of periods: disjoint spans sorted by day,
// so "was any of them under way on this day?" is a binary search rather
// than a scan of every period (which made RSC × work quadratic).
type coverage []span

// span is the closed interval [from, to].
type span struct{ from, to model.Date }

// covering builds the coverage of periods [start, end] (end 0 = ongoing,
// through until); buf is reused.
func covering(buf coverage, periods func(yield func(start, end model.Date)), until model.Date) coverage {
	cv := buf[:0]
	periods(func(start, end model.Date) {
		if end == 0 {
			end = max(until, start)
		}
		if start <= end {
			cv = append(cv, span{start, end})
		}
	})
	sortByStart(cv)
	merged := cv[:0]
	for _, s := range cv {
		if n := len(merged); n > 0 && s.from <= merged[n-1].to+1 {
			merged[n-1].to = max(merged[n-1].to, s.to)
			continue
		}
		merged = append(merged, s)
	}
	return merged
}

// has reports whether day lies in a span.
func (cv coverage) has(day model.Date) bool {
	i := sort.Search(len(cv), func(i int) bool { return cv[i].from > day }) // cv[i-1]: the last span starting on or before day
	return i > 0 && cv[i-1].to >= day
}

// workCoverage returns the days the applicant held work with one of the
// age bands (made once per evaluation and set of bands).
func (c *ctx) workCoverage(bands []string) coverage {
	key := model.Join(bands)
	if cv, ok := c.scratch.serving[key]; ok {
		return cv
	}
	cv := covering(nil, func(yield func(start, end model.Date)) {
		for _, w := range c.p.Work {
			if servesBand(w.AgeBand, bands) {
				yield(w.Start, w.End)
			}
		}
	}, c.asOf)
	if c.scratch.serving == nil {
		c.scratch.serving = map[string]coverage{}
	}
	c.scratch.serving[key] = cv
	return cv
}

// providingCoverage returns the days the applicant provided RSC (made once
// per evaluation).
func (c *ctx) providingCoverage() coverage {
	if c.scratch.providing == nil {
		c.scratch.providing = covering(coverage{}, func(yield func(start, end model.Date)) {
			for _, p := range c.p.RSCProvided {
				yield(p.Start, p.End)
			}
		}, c.asOf)
	}
	return c.scratch.providing
}
