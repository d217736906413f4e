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
	shareBlock  []Share             // the same for training shares (see shares)
	serving     map[string]coverage // workCoverage, by age bands
	providing   coverage            // providingCoverage
	providerIDs []int32             // providerNumber, per rsc_received entry
	*buffers
}

// buffers pass from one requirement to the next and, through spare, from
// one evaluation to the next (the browser evaluates on every change, and
// this memory was a quarter of what an evaluation allocated): no outcome
// keeps them, every user empties a buffer before filling it, and release
// forgets the outcomes that leaves points to.
type buffers struct {
	leaves        []leafOutcome // the leaves evaluated for the editions in force (see known) …
	byParams      []int32       // … by ParamsID, the last one remembered (1 + its index; 0: none)
	rsc           rscEntries    // the rsc_received entries judged for one requirement
	line          hoursLine     // the counted hours of linePieces by day
	byEnd         []int32       // linePieces by last day
	linePieces    []piece       // the pieces line and byEnd are of (valid when lineBuilt)
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
	clear(s.leaves)
	s.leaves = s.leaves[:0]
	clear(s.byParams)
	spareMu.Lock()
	spare = s.buffers
	spareMu.Unlock()
}

// leafOutcome is a leaf requirement's outcome and what of the context it
// was evaluated in may change it.
type leafOutcome struct {
	r       *model.Requirement
	license string   // the edition's license level, where it may matter (see licenseKey)
	scope   scope    // what it read of the category
	named   bool     // a reason names the category (see ctx.catNamed)
	o       *Outcome // nil: evaluated for a comparison, whose outcomes are not kept (see status)
	status  string   // the outcome's status
	next    int32    // 1 + the index of the one remembered before it with r's ParamsID (0: none)
}

// scope is what the outcome of a leaf reads of the category it is in.
type scope struct {
	cat   *model.Category       // rsc_received: the category, which reasons may name …
	rules []*model.ProviderRule // … and its provider rules (categories share them)
	level string                // training: the category's level (next steps suggest courses for it)
}

// scopeOf returns what the outcome of leaf r reads of c's category.
func (c *ctx) scopeOf(r *model.Requirement) scope {
	switch r.Kind {
	case "rsc_received":
		return scope{cat: c.cat, rules: c.providerRules()}
	case "training":
		return scope{level: c.cat.Level}
	}
	return scope{}
}

// serves reports whether the outcome of a leaf evaluated in scope a is
// the one it gets in scope b: the same level and provider rules, and the
// same category unless no reason of the outcome names it (named false),
// as when every provider counts (the Reflective Supervisors, and the
// Clinical Mentors, of both age ranges share their provider rules). Its
// status alone (verdict) reads only the provider rules: the level and the
// category change words and next steps.
func (a *scope) serves(b *scope, named, verdict bool) bool {
	if len(a.rules) != len(b.rules) || !verdict && (a.level != b.level || named && a.cat != b.cat) {
		return false
	}
	for i := range a.rules {
		if a.rules[i] != b.rules[i] {
			return false
		}
	}
	return true
}

// licenseKey returns the edition's license level as far as an outcome
// may read it (see degreeDate): "" when no mental-health license of the
// profile is dated by the as-of date, for then degreeDate gives the
// degree's date whatever the level. The editions of a category mostly
// differ in whether they accept a license, and an applicant without one
// then gets one outcome for a leaf both editions have.
func (c *ctx) licenseKey() string {
	if c.licenseLevel == "" {
		return ""
	}
	for _, l := range c.p.Licenses {
		if l.Kind == "mental_health" && l.Date != 0 && l.Date <= c.asOf {
			return c.licenseLevel
		}
	}
	return ""
}

// shareLeaves: a leaf's outcome serves every category that has the same
// leaf (see known); off only in the test that checks it changes no
// report.
var shareLeaves = true

// remember keeps the outcome of leaf r for known, or only its status
// when it was evaluated for a comparison.
func (c *ctx) remember(r *model.Requirement, o *Outcome) {
	if r.ParamsID <= 0 || c.renewal {
		return
	}
	b := c.scratch.buffers
	for len(b.byParams) <= r.ParamsID {
		b.byParams = append(b.byParams, 0)
	}
	l := leafOutcome{r: r, license: c.licenseKey(), scope: c.scopeOf(r), named: c.catNamed, o: o, status: o.Status,
		next: b.byParams[r.ParamsID]}
	if c.verdictOnly {
		l.o = nil // its memory serves the next comparison
	}
	b.leaves = append(b.leaves, l)
	b.byParams[r.ParamsID] = int32(len(b.leaves))
}

// known returns a leaf evaluated before whose outcome r would get (nil:
// none), in this category or another: the model numbers its kind and
// params as r's (model.Requirement.ParamsID), and its id and section are
// r's (an outcome holds them), and so is what it read of the context (the
// license level and the category, where they matter: licenseKey,
// scopeOf). An evaluator reads only the params and the context, so the
// outcome is the one r would get, and nothing changes an outcome once it
// is evaluated. Renewals are not remembered: they count another period.
//
// With verdict, for a comparison with another edition (c.verdictOnly),
// which reads only statuses, the leaf may be any with r's ParamsID and
// license level, remembered by a comparison too (status only), whose
// status r would get: a status reads only the params, the license level
// and, for RSC, the provider rules (scope.serves). The editions of the
// Specialists and Mentors share most training and work rules.
func (c *ctx) known(r *model.Requirement, verdict bool) *leafOutcome {
	b := c.scratch.buffers
	if c.renewal || !shareLeaves || r.ParamsID <= 0 || r.ParamsID >= len(b.byParams) {
		return nil
	}
	sc, license := c.scopeOf(r), c.licenseKey()
	for i := b.byParams[r.ParamsID]; i > 0; i = b.leaves[i-1].next {
		l := &b.leaves[i-1]
		if l.license == license && l.scope.serves(&sc, l.named, verdict) &&
			(verdict || l.o != nil && l.r.ID == r.ID && l.r.Section == r.Section) {
			return l
		}
	}
	return nil
}

// outcome returns a zero Outcome carved from a shared block (of 24, 8 KB:
// an evaluation of every category takes about 70, the leaves it shares
// aside).
func (c *ctx) outcome() *Outcome {
	block := &c.scratch.outcomes
	if c.verdictOnly {
		block = &c.scratch.verdict.outcomes
	}
	return &carve(block, 1, 24)[:1][0]
}

// items returns an empty item list with room for n items, carved from a
// shared block (of 512, 12 KB: a smaller block leaves less unused at its
// end); appending more than n moves the list to its own memory.
func (c *ctx) items(n int) []Item {
	if c.verdictOnly {
		return carve(&c.scratch.verdict.items, n, 256)
	}
	return carve(&c.scratch.itemBlock, n, 512)
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

// shares returns an empty share list with room for n, carved from a
// shared block like items.
func (c *ctx) shares(n int) []Share {
	if c.verdictOnly {
		return carve(&c.scratch.verdict.shares, n, 64)
	}
	return carve(&c.scratch.shareBlock, n, 128)
}
