package engine

import (
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
	"github.com/iecmh/endorse/internal/wasmjson"
)

// Memory reuse for one evaluation: every category walks the same profile
// entries, so item lists come from one shared block, scratch buffers are
// reused and month counts are remembered. None of this changes a result.

// scratch holds per-evaluation buffers that no outcome keeps.
type scratch struct {
	sessions  []session
	why       []string
	providers []string                                   // rscProviders: distinct provider names
	counted   []float64                                  // rscItems: hours per rsc_received entry
	cum       []float64                                  // windowSums: prefix sums of session hours
	owner     []int                                      // matchRoles
	seen      []bool                                     // matchRoles
	outcomes  []Outcome                                  // not yet handed out (see outcome)
	months    [profile.ListEndorsements + 1][]monthsMemo // per profile list code, per entry
}

// reserve sizes the outcome block for an evaluation of every category: one
// outcome per requirement of the editions in force, so they take one
// allocation (outcome allocates more when renewals need it).
func (c *ctx) reserve() {
	n := 0
	for _, cat := range c.m.Categories {
		if ed := cat.Edition(c.asOf); ed != nil {
			n += countTree(ed.Tree)
		}
	}
	c.scratch.outcomes = make([]Outcome, n)
}

func countTree(tree []*model.Requirement) int {
	n := len(tree)
	for _, r := range tree {
		n += countTree(r.Children)
	}
	return n
}

// monthsMemo remembers model.Months(s, e+1) for one entry.
type monthsMemo struct {
	_    wasmjson.NoCompare
	s, e model.Date
	m    float64
}

// months returns model.Months(s, e+1) for entry i of a list, remembering
// the last answer: every category asks again for the same entries.
func (c *ctx) months(list uint8, i, n int, s, e model.Date) float64 {
	memo := c.scratch.months[list]
	if len(memo) != n {
		memo = make([]monthsMemo, n)
		c.scratch.months[list] = memo
	}
	if m := &memo[i]; m.s != s || m.e != e || m.s == 0 {
		*m = monthsMemo{s: s, e: e, m: model.Months(s, e+1)}
	}
	return memo[i].m
}

// outcome returns a zero Outcome carved from a shared block (outcomes are
// many and small; one allocation serves 32 of them).
func (c *ctx) outcome() *Outcome {
	s := c.scratch
	if len(s.outcomes) == 0 {
		s.outcomes = make([]Outcome, 32)
	}
	o := &s.outcomes[0]
	s.outcomes = s.outcomes[1:]
	return o
}

// items returns an empty item list with room for n items, carved from one
// shared block so a report of thousands of items costs few allocations.
func (c *ctx) items(n int) []Item {
	a := *c.arena
	if cap(a)-len(a) < n {
		a = make([]Item, 0, max(n, 1024))
	}
	*c.arena = a[:len(a)+n]
	return a[len(a) : len(a) : len(a)+n]
}
