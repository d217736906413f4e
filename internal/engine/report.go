package engine

import "github.com/iecmh/endorse/internal/model"

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
// pointers (reports carry thousands of items): the list is a code and the
// reason an index into the outcome's reason table; use List and Reason.
type Item struct {
	Index   int32
	reason  int32   // 1-based index into *Outcome.reasons; 0 = none
	Amount  float32 // hours or months it contributed (reports round to 2 decimals)
	list    uint8
	Counted bool
}

// Codes of the profile lists, indexes into itemLists.
const (
	lDegrees uint8 = iota
	lLicenses
	lCredentials
	lTraining
	lWork
	lRSCReceived
	lRSCProvided
	lLeadership
	lReferences
	lMemberships
	lEndorsements
)

// itemLists are the profile keys items point into.
var itemLists = []string{"degrees", "licenses", "credentials", "training", "work", "rsc_received",
	"rsc_provided", "leadership", "references", "memberships", "endorsements"}

// List returns the profile key the item's Index points into ("training" …).
func (it Item) List() string { return itemLists[it.list] }

// Reason returns why the item did not (fully) count; "" when it did.
func (o *Outcome) Reason(it Item) string {
	if it.reason == 0 || o.reasons == nil {
		return ""
	}
	return (*o.reasons)[it.reason-1]
}

// Window is the best rolling window of RSC hours.
type Window struct {
	From, To  model.Date
	Hours     float64
	FallsOut  model.Date // when the earliest counted hours leave a window ending that day
	SpanMonth float64    // months between the first and last counted session
	last      model.Date // last counted day
}
