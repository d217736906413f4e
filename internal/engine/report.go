package engine

import (
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
	"github.com/iecmh/endorse/internal/wasmjson"
)

// Statuses of a requirement, a category and a renewal check.
const (
	Met        = "met"
	NotMet     = "not_met"
	Incomplete = "incomplete"
	Warn       = "met_with_warning"
	NotOffered = "not_offered" // categories only: no edition in force on the as-of date
)

// ReportFormat is the "format" of the report JSON.
const ReportFormat = "endorse-report/1"

// Report is the result of one evaluation.
type Report struct {
	AsOf        model.Date
	Association string
	Categories  []*CategoryResult // in the model's order
	Ranking     []string          // offered categories and add-ons (not programs), closest first
	Renewal     []*RenewalResult  // one per held endorsement known to the rules
}

// CategoryResult is one category checked against the profile.
type CategoryResult struct {
	ID, Name, Abbr string
	Kind           string         // "category", "add_on" or "program"
	Edition        *model.Edition // nil when not offered
	Status         string
	Remaining      float64 // sum over requirements of (1 - progress): 0 = nothing left
	Open           int     // requirements not met (not_met or incomplete)
	Requirements   []*Outcome
}

// RenewalResult is the yearly renewal check of one held endorsement.
type RenewalResult struct {
	Category     string
	Since        model.Date
	From, Due    model.Date // the renewal year: 1 January … 31 December
	Status       string
	Requirements []*Outcome
}

// Outcome is one requirement checked against the profile.
type Outcome struct {
	ID, Kind, Section string
	Status            string
	Have, Need        float64
	Unit              string // "hours", "months", "references", "families", "courses", "" (yes/no)
	Gap               string // what is missing, in words and numbers; "" when met
	Progress          float64
	Notes             []string // warnings and explanations
	Items             []Item
	Window            *Window
	Projected         model.Date // when it would be met at the recent pace; zero = no projection
	Children          []*Outcome
	Closest           string // any_of: id of the closest pathway
	reasons           *[]string
}

// Item says whether one profile entry counted, and why not. It holds no
// pointers and takes 12 bytes (reports carry thousands of items): the list
// is a code and the reason an index into the outcome's reason table, both
// packed with the counted flag into bits; use List, Counted and Reason.
type Item struct {
	_      wasmjson.NoCompare // no == (saves an equality function in the wasm)
	Index  int32
	Amount float32 // hours or months it contributed (reports round to 2 decimals)
	bits   uint32  // counted (bit 31), list code (bits 27-30), 1-based reason index (bits 0-26; 0 = none)
}

const (
	itemCounted    = 1 << 31
	itemListShift  = 27
	itemReasonMask = 1<<itemListShift - 1
)

// Counted reports whether the entry counted (perhaps only in part).
func (it Item) Counted() bool { return it.bits&itemCounted != 0 }

// setCounted sets the counted flag.
func (it *Item) setCounted(ok bool) {
	it.bits &^= itemCounted
	if ok {
		it.bits |= itemCounted
	}
}

// List returns the profile key the item's Index points into ("training" …).
func (it Item) List() string { return profile.ListNames[it.bits>>itemListShift&15] }

// Reason returns why the item did not (fully) count; "" when it did.
func (o *Outcome) Reason(it Item) string {
	r := it.bits & itemReasonMask
	if r == 0 || o.reasons == nil || int(r) > len(*o.reasons) {
		return ""
	}
	return (*o.reasons)[r-1]
}

// Window is the best rolling window of RSC hours.
type Window struct {
	_         wasmjson.NoCompare
	From, To  model.Date
	Hours     float64
	FallsOut  model.Date // when the earliest counted hours leave a window ending that day
	SpanMonth float64    // months between the first and last counted session
	last      model.Date // last counted day
}
