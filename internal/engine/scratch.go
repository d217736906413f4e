package engine

import (
	"sync"

	"github.com/iecmh/endorse/internal/model"
)

// scratch holds the memory of one evaluation: the blocks that outcomes
// and item lists are carved from (a report has hundreds of outcomes and
// thousands of items; allocating them one by one made the garbage
// collector the engine's main cost), what it remembers of the profile, and
// the buffers that pass from one requirement to the next. None of it
// changes a result.
type scratch struct {
	outcomes    []Outcome           // not yet handed out (see outcome)
	itemBlock   []Item              // the free end of the current item block (see items)
	detailBlock []detail            // the same for item details (see details)
	shareBlock  []Share             // the same for training shares (see shares)
	serving     map[string]coverage // workCoverage, by age bands
	providing   coverage            // providingCoverage
	providerIDs []int32             // providerNumber, per rsc_received entry
	leaves      []leafOutcome       // the category's leaves evaluated for the edition in force (see evaluated)
	*buffers
}

// buffers pass from one requirement to the next and, through spare, from
// one evaluation to the next (the browser evaluates on every change, and
// this memory was a quarter of what an evaluation allocated): no outcome
// keeps them, and every user empties a buffer before filling it.
type buffers struct {
	rsc           rscEntries // the rsc_received entries judged for one requirement
	line          hoursLine  // the counted hours of linePieces by day
	byEnd         []int32    // linePieces by last day
	linePieces    []piece    // the pieces line and byEnd are of (valid when lineBuilt)
	lineBuilt     bool
	windows       []span                  // chooseWindow: the candidate windows of linePieces …
	windowsMonths int                     // … of this many months (0: none yet) …
	windowsAsOf   model.Date              // … ending by this day
	period        periodRule              // the period rule of the requirement being checked
	window        chosenWindow            // the window chosen for the RSC requirement being checked
	months        map[model.Date]monthsOf // ctx.months: by first day
	topicMasks    []topicMask             // training: topic → minimums it serves
	hours         []float64               // training: each entry's counted hours
	masks         []uint32                // training: the minimums each entry serves
	flow          flowBuf                 // training: allocate
	owner         []int                   // matchRoles
	seen          []bool                  // matchRoles
	workReqs      []*model.Work           // judgeFit: the work requirements of the edition in force
	services      []string                // judgeFit: the services of the practice the work names

	// The memory of the outcomes of another edition (other.go): only
	// their verdict is read, and none is kept once compared, so each
	// comparison reuses it (see ctx.verdictOnly).
	verdict verdictMemory
}

// verdictMemory is the memory of the outcomes of one comparison: the free
// end of each block, and the whole blocks (handed out again by reset).
type verdictMemory struct {
	outcomes, allOutcomes []Outcome
	items, allItems       []Item
	shares, allShares     []Share
}

// reset hands out the blocks again from their start (the first time, new
// blocks large enough for the comparisons of the rules as they are; a
// block that runs short is followed by a new one, see carve).
func (v *verdictMemory) reset() {
	if v.allOutcomes == nil {
		v.allOutcomes, v.allItems, v.allShares = make([]Outcome, 32), make([]Item, 256), make([]Share, 64)
	}
	v.outcomes, v.items, v.shares = v.allOutcomes, v.allItems, v.allShares
}

// spare holds the buffers of the last finished evaluation (nil: none, or
// another evaluation took them). A sync.Pool would drop them at each
// garbage collection but costs 7 KB of wasm download.
var (
	spare   *buffers
	spareMu sync.Mutex
)

// newScratch returns the scratch of a new evaluation, with spare buffers.
func newScratch() *scratch {
	spareMu.Lock()
	b := spare
	spare = nil
	spareMu.Unlock()
	if b == nil {
		b = new(buffers)
	}
	return &scratch{buffers: b}
}

// release hands s's buffers to the next evaluation: s is not used again.
func (s *scratch) release() {
	s.period.c = nil // keeps nothing of this evaluation alive through spare
	spareMu.Lock()
	spare = s.buffers
	spareMu.Unlock()
}

// leafOutcome is a leaf requirement's outcome and the license level it was
// evaluated with.
type leafOutcome struct {
	r       *model.Requirement
	license string
	o       *Outcome
}

// remember keeps the outcome of leaf r for evaluated.
func (c *ctx) remember(r *model.Requirement, o *Outcome) {
	c.scratch.leaves = append(c.scratch.leaves, leafOutcome{r, c.licenseLevel, o})
}

// evaluated returns the outcome of a leaf of the edition in force that is
// r in another edition (nil: none). Editions share the params of the
// requirements they have in common (model.BuildTrees copies the
// requirement, not its params), and an evaluator reads only the params
// and the context, so the outcome is the one r would get; id and section
// must match too, as the comparison reads the section.
func (c *ctx) evaluated(r *model.Requirement) *Outcome {
	for _, l := range c.scratch.leaves {
		if l.r.Params == r.Params && l.r.Kind == r.Kind && l.r.ID == r.ID && l.r.Section == r.Section && l.license == c.licenseLevel {
			return l.o
		}
	}
	return nil
}

// outcome returns a zero Outcome carved from a shared block.
func (c *ctx) outcome() *Outcome {
	block := &c.scratch.outcomes
	if c.verdictOnly {
		block = &c.scratch.verdict.outcomes
	}
	return &carve(block, 1, 64)[:1][0]
}

// items returns an empty item list with room for n items, carved from a
// shared block; appending more than n moves the list to its own memory.
func (c *ctx) items(n int) []Item {
	if c.verdictOnly {
		return carve(&c.scratch.verdict.items, n, 256)
	}
	return carve(&c.scratch.itemBlock, n, 1024)
}

// carve returns an empty list with room for n carved from *block, which
// holds the free end of a block of at least size elements (a new one when
// too little is left).
func carve[T any](block *[]T, n, size int) []T {
	if len(*block) < n {
		*block = make([]T, max(n, size))
	}
	list := (*block)[:0:n]
	*block = (*block)[n:]
	return list
}

// reserve sizes the outcome and item blocks for an evaluation of every
// category: one outcome per requirement of the editions in force and one
// item per profile entry each leaf looks at, so both take one allocation
// (outcome and items allocate more when renewals need it).
func (c *ctx) reserve() {
	outcomes, items := 0, 0
	for _, cat := range c.m.Categories {
		if ed := cat.Edition(c.asOf); ed != nil {
			o, i := c.treeSize(ed.Tree)
			outcomes, items = outcomes+o, items+i
		}
	}
	c.scratch.outcomes, c.scratch.itemBlock = make([]Outcome, outcomes), make([]Item, items)
}

// treeSize counts the outcomes and the items of a requirement tree.
func (c *ctx) treeSize(tree []*model.Requirement) (outcomes, items int) {
	for _, r := range tree {
		o, i := c.treeSize(r.Children)
		outcomes, items = outcomes+1+o, items+i+c.entries(r.Kind)
	}
	return outcomes, items
}

// entries is the number of profile entries a requirement kind looks at
// (an estimate for the kinds that list only some).
func (c *ctx) entries(kind string) int {
	switch kind {
	case "training", "courses":
		return len(c.p.Training)
	case "work":
		return len(c.p.Work)
	case "rsc_received":
		return len(c.p.RSCReceived)
	case "rsc_provided":
		return len(c.p.RSCProvided)
	case "leadership":
		return len(c.p.Leadership)
	case "references":
		return len(c.p.References)
	case "degree":
		return len(c.p.Degrees) + len(c.p.Licenses) + len(c.p.Credentials)
	case "credential":
		return len(c.p.Credentials)
	case "membership":
		return len(c.p.Memberships)
	case "endorsement":
		return len(c.p.Endorsements)
	}
	return 0
}

// shares returns an empty share list with room for n, carved from a
// shared block like items.
func (c *ctx) shares(n int) []Share {
	if c.verdictOnly {
		return carve(&c.scratch.verdict.shares, n, 64)
	}
	return carve(&c.scratch.shareBlock, n, 128)
}
