package profile

import (
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/wasmjson"
)

// Format is the value of a profile's "format" key.
const Format = "endorse-profile/1"

// Profile is a decoded applicant profile; the json tags are its keys (see
// doc.go). To add a key, add the field with its tag and run
// `go generate ./internal/profile`. Answered records which top-level keys
// were present: an absent key makes requirements reading it incomplete.
type Profile struct {
	Name         string          `json:"name"`
	Degrees      []Degree        `json:"degrees"`
	Licenses     []License       `json:"licenses"`
	Credentials  []Credential    `json:"credentials"`
	Training     []Training      `json:"training"`
	Work         []Work          `json:"work"`
	RSCReceived  []RSC           `json:"rsc_received"`
	RSCProvided  []Period        `json:"rsc_provided"`
	Leadership   []Leadership    `json:"leadership"`
	References   []Reference     `json:"references"`
	Exam         Exam            `json:"exam"`
	Ethics       Ethics          `json:"code_of_ethics"`
	Memberships  []Membership    `json:"memberships"`
	Endorsements []Endorsement   `json:"endorsements"`
	Attestations map[string]bool `json:"attestations"`
	Answered     map[string]bool
	format       string // the "format" key, checked by fromValue
}

// Degree is one academic degree.
type Degree struct {
	Level   string     `json:"level"`
	Name    string     `json:"name"`
	Field   string     `json:"field"`
	Related bool       `json:"related"`
	Date    model.Date `json:"date"`
}

// License is a professional license.
type License struct {
	Kind string     `json:"kind"`
	Name string     `json:"name"`
	Date model.Date `json:"date"`
}

// Credential is a non-degree credential such as the CDA.
type Credential struct {
	ID   string     `json:"id"`
	Date model.Date `json:"date"`
}

// Training is one training or completed catalog course. Its "hours" key
// sets Hours and HasHours (decodeExtra). A planned entry (a course the
// applicant means to take, Date its planned completion) counts only in the
// "with my plans" evaluation (engine.EvaluatePlan).
type Training struct {
	Title    string `json:"title"`
	Course   string `json:"course"`
	Hours    float64
	HasHours bool
	Date     model.Date `json:"date"`
	Topics   []string   `json:"topics"`
	Planned  bool       `json:"planned"`
}

// Work is one position of specialized work. Its kinds of service are
// Services and, from profiles written before an entry could name several,
// Service: use HasService and ServiceList, which read both.
type Work struct {
	Role                  string     `json:"role"`
	AgeBand               string     `json:"age_band"`
	Services              []string   `json:"services"`
	Service               string     `json:"service"` // the one kind of service of earlier profiles
	Dyadic                bool       `json:"dyadic"`  // with the child and the parent together
	SupervisorEndorsement string     `json:"supervisor_endorsement"`
	Start                 model.Date `json:"start"`
	End                   model.Date `json:"end"`
	Paid                  bool       `json:"paid"`
	Internship            bool       `json:"internship"`
	FTE                   float64    `json:"fte" default:"1"`
	Families              int        `json:"families"`
}

// HasService reports whether the entry names one of the kinds of service
// in list.
func (w *Work) HasService(list []string) bool {
	if w.Service != "" && model.In(list, w.Service) {
		return true
	}
	for _, s := range w.Services {
		if model.In(list, s) {
			return true
		}
	}
	return false
}

// ServiceList returns every kind of service the entry names (Services,
// and Service when it is not among them).
func (w *Work) ServiceList() []string {
	if w.Service == "" || model.In(w.Services, w.Service) {
		return w.Services
	}
	return append([]string{w.Service}, w.Services...)
}

// RSC is reflective supervision/consultation received: one session (Start
// = End) or a period whose hours are spread evenly over its days. Its
// "date" key (one session) sets Start and End (decodeExtra).
type RSC struct {
	Start               model.Date `json:"start"`
	End                 model.Date `json:"end"`
	Hours               float64    `json:"hours"`
	Format              string     `json:"format"`
	Provider            string     `json:"provider"`
	ProviderEndorsement string     `json:"provider_endorsement"`
	ProviderVetted      bool       `json:"provider_vetted"`
	ProviderMaster      bool       `json:"provider_master"`
	ProviderERS         bool       `json:"provider_ers"`
	Own                 bool       `json:"about_own_rsc"`
	Planned             bool       `json:"planned"` // expected, not yet received: counts only with the applicant's plans
}

// Period is a span of providing RSC.
type Period struct {
	Start       model.Date `json:"start"`
	End         model.Date `json:"end"`
	Format      string     `json:"format"`
	Supervisees int        `json:"supervisees"`
}

// Leadership is one leadership activity.
type Leadership struct {
	Role  string     `json:"role"`
	Kind  string     `json:"kind"`
	Level string     `json:"level"`
	Start model.Date `json:"start"`
	End   model.Date `json:"end"`
}

// Reference is one reference rating.
type Reference struct {
	Role             string `json:"role"`
	RaterEndorsement string `json:"rater_endorsement"`
	RaterVetted      bool   `json:"rater_vetted"`
}

// Exam is the exam result (Answered["exam"] tells whether it was given).
type Exam struct {
	Passed bool       `json:"passed"`
	Date   model.Date `json:"date"`
	Form   string     `json:"form"`
}

// Ethics is the Code of Ethics signature.
type Ethics struct {
	Signed bool       `json:"signed"`
	Date   model.Date `json:"date"`
}

// Membership is an association membership.
type Membership struct {
	Association string     `json:"association"`
	Until       model.Date `json:"until"`
}

// Endorsement is a currently held endorsement.
type Endorsement struct {
	Category string     `json:"category"`
	Since    model.Date `json:"since"`
}

// Decode reads a profile from JSON. Every problem is returned with its
// field path; the profile is nil when there is any.
func Decode(data []byte) (*Profile, wasmjson.Errors) {
	v, errs := parse(data)
	if errs != nil {
		return nil, errs
	}
	p, errs := FromValue(v)
	if len(errs) > 0 {
		return nil, errs
	}
	return p, nil
}

// ShapeErrors returns the problems of data that no entry of the checker's
// form can hold: not JSON, a number out of range, not an object, a format
// other than Format, an unknown key, a value of the wrong type (a null
// entry, "topics": 5). They are Decode's problems without its value checks
// (a missing or out-of-range value, an end before its start), which only
// mark an entry as unfinished. The checker refuses an import, or a saved
// profile, with any of them: building its form from such data would fail.
func ShapeErrors(data []byte) wasmjson.Errors {
	v, errs := parse(data)
	if errs == nil {
		_, errs = fromValue(v)
	}
	return errs
}

// parse reads a profile's JSON. A number out of range is reported at its
// field path; any other syntax error as "not valid JSON: line:col: …".
func parse(data []byte) (wasmjson.Value, wasmjson.Errors) {
	v, err := wasmjson.Parse(data)
	if err == nil {
		return v, nil
	}
	if se, ok := err.(*wasmjson.SyntaxError); ok && se.Path != "" {
		return v, wasmjson.Errors{{Path: se.Path, Msg: wasmjson.RangeMsg}}
	}
	return v, wasmjson.Errors{{Msg: "not valid JSON: " + err.Error()}}
}
