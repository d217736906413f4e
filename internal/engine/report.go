package engine

import (
	"sort"

	"github.com/iecmh/endorse/internal/model"
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
	Open           int     // requirements not met (not_met or incomplete), steps when you apply aside
	StepsOpen      int     // steps when you apply not done yet (see steps.go)
	Other          []*Msg  // how the verdict differs under the edition before or after (other.go)
	Requirements   []*Outcome
}

// RenewalResult is the renewal check of one held endorsement, for one
// renewal cycle (see the association's renewal policy).
type RenewalResult struct {
	Category     string
	Since        model.Date
	From, Due    model.Date // the cycle: its first day and the day its hours are due (31 December)
	LateUntil    model.Date // renewals for the cycle are accepted until then (= Due without a late window)
	Late         bool       // the as-of date is in the late window: the cycle just ended is checked
	Status       string     // as a category's, or not_due before the first cycle begins
	Notes        []*Msg
	Requirements []*Outcome
}

// Outcome is one requirement checked against the profile.
type Outcome struct {
	ID, Kind, Section string
	Status            string
	Have, Need        float64
	Unit              string // "hours", "months", "references", "families", "courses", "" (yes/no)
	Gaps              []*Msg // what is missing; none when met
	Next              []*Msg // what to do about it (next.go); none when met
	Step              bool   // a step done when applying (steps.go), apart from readiness
	Progress          float64
	Notes             []*Msg // warnings and explanations
	Items             []Item
	Window            *Window
	Projected         model.Date  // when it would be met at the recent pace; zero = no projection
	Projection        *Projection // how it was projected; nil when met or not projected
	Children          []*Outcome
	Closest           string // any_of: id of the closest pathway
	tables            *tables
	details           []detail // what only some of its items have (see Item)
	shares            []Share  // training: where its items' hours went, in item order
}

// Item says whether one profile entry counted, how much, and why (part of)
// it did not. A report holds thousands of items: an item holds no pointer,
// so its memory is never scanned by the garbage collector (items with a
// string, a *Msg and two slices made the collector the engine's main cost,
// 2.3× the evaluation time of BenchmarkEvaluateAll). Its reason and its
// detail are numbers into the evaluation's tables; read them through the
// outcome: o.Reason(it), o.Parts(it), o.Toward(it).
type Item struct {
	Amount  float64 // hours or months it contributed (reports round to 2 decimals)
	Index   int32   // the entry's index in its profile list
	List    ListKey // the profile list
	Counted bool    // it counted, perhaps only in part
	reason  int32   // 1-based into the evaluation's message table; 0: none (all of it counted)
	detail  int32   // 1-based into the outcome's details; 0: none
}

// ListKey names a profile list (String gives its profile key).
type ListKey uint8

// The profile lists items point into.
const (
	listDegrees ListKey = iota
	listLicenses
	listCredentials
	listTraining
	listWork
	listRSCReceived
	listRSCProvided
	listLeadership
	listReferences
	listMemberships
	listEndorsements
)

var listNames = [...]string{"degrees", "licenses", "credentials", "training", "work", "rsc_received",
	"rsc_provided", "leadership", "references", "memberships", "endorsements"}

// String returns the list's key in the profile ("training").
func (k ListKey) String() string {
	if int(k) < len(listNames) {
		return listNames[k]
	}
	return ""
}

// detail is what only some items have.
type detail struct {
	parts []Part // a dated entry whose parts were judged differently: each part
}

// tables hold the messages items refer to, for one evaluation.
type tables struct {
	msgs []*Msg
}

// Reason returns why it (or part of it) did not count; nil when all of it
// counted.
func (o *Outcome) Reason(it Item) *Msg {
	if it.reason == 0 || o.tables == nil {
		return nil
	}
	return o.tables.msgs[it.reason-1]
}

// Parts returns the parts of a dated entry judged differently (nil when
// it was judged whole).
func (o *Outcome) Parts(it Item) []Part {
	if it.detail == 0 {
		return nil
	}
	return o.details[it.detail-1].parts
}

// Toward returns the topic minimums a training entry's hours went to (an
// hour counts toward one minimum).
func (o *Outcome) Toward(it Item) []Share {
	k := int32(sort.Search(len(o.Items), func(i int) bool { return o.Items[i].Index >= it.Index })) // it's position
	i := sort.Search(len(o.shares), func(i int) bool { return o.shares[i].item >= k })
	j := i
	for j < len(o.shares) && o.shares[j].item == k {
		j++
	}
	return o.shares[i:j]
}

// setReason records it's reason (reusing the last table entry when it is
// the same message, as entries excluded alike follow one another).
func (o *Outcome) setReason(it *Item, m *Msg) {
	if m == nil {
		it.reason = 0
		return
	}
	t := o.tables
	if n := len(t.msgs); n == 0 || t.msgs[n-1] != m {
		t.msgs = append(t.msgs, m)
	}
	it.reason = int32(len(t.msgs))
}

// setDetail records it's detail.
func (o *Outcome) setDetail(it *Item, d detail) {
	o.details = append(o.details, d)
	it.detail = int32(len(o.details))
}

// Share is the hours of a training entry allocated to one topic minimum.
type Share struct {
	Topic string
	Hours float64
	item  int32 // the outcome's item it belongs to (its position)
}

// Part is a stretch of days of one dated entry that the rules judge alike.
type Part struct {
	From, To model.Date
	Amount   float64 // hours or months it contributed; 0 when it did not count
	Why      *Msg    // why it did not count; nil when it counted
}

// Projection says when an unmet requirement would be met if the applicant
// went on at their recent pace, and what pace would do it.
type Projection struct {
	Pace   float64 // the recent pace, per month (hours or months per month)
	Needed float64 // the smallest steady pace that meets it within the horizon; 0 = none would
	Unit   string  // "hours" or "months"
	Never  bool    // at the recent pace it is not met within the horizon (renewal: by the due date)
}

// Window is the rolling window of RSC hours the verdict rests on.
type Window struct {
	From, To  model.Date
	Hours     float64
	FallsOut  model.Date // when the earliest counted hours leave a window ending that day
	SpanMonth float64    // months between the first and last counted session
	last      model.Date // last counted day
}
