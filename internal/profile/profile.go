package profile

import (
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/wasmjson"
)

// Format is the value of a profile's "format" key.
const Format = "endorse-profile/1"

// Profile is a decoded applicant profile. Answered records which top-level
// keys were present: an absent key makes requirements reading it incomplete.
type Profile struct {
	Name         string
	Degrees      []Degree
	Licenses     []License
	Credentials  []Credential
	Training     []Training
	Work         []Work
	RSCReceived  []RSC
	RSCProvided  []Period
	Leadership   []Leadership
	References   []Reference
	Exam         Exam
	Ethics       Ethics
	Memberships  []Membership
	Endorsements []Endorsement
	Attestations map[string]bool
	Answered     map[string]bool
	format       string // the "format" key, checked by FromValue
}

// Degree is one academic degree.
type Degree struct {
	_                  wasmjson.NoCompare
	Level, Name, Field string
	Related            bool
	Date               model.Date
}

// License is a professional license.
type License struct {
	_          wasmjson.NoCompare
	Kind, Name string
	Date       model.Date
}

// Credential is a non-degree credential such as the CDA.
type Credential struct {
	_    wasmjson.NoCompare
	ID   string
	Date model.Date
}

// Training is one training or completed catalog course.
type Training struct {
	Title, Course string
	Hours         float64
	HasHours      bool
	Date          model.Date
	Topics        []string
}

// Work is one position of specialized work.
type Work struct {
	_                                             wasmjson.NoCompare
	Role, AgeBand, Service, SupervisorEndorsement string
	Start, End                                    model.Date
	Paid, Internship                              bool
	FTE                                           float64
	Families                                      int
}

// RSC is reflective supervision/consultation received: one session (Start
// = End) or a period whose hours are spread evenly over its days.
type RSC struct {
	_                                                wasmjson.NoCompare
	Start, End                                       model.Date
	Hours                                            float64
	Format, Provider, ProviderEndorsement            string
	ProviderVetted, ProviderMaster, ProviderERS, Own bool
}

// Period is a span of providing RSC.
type Period struct {
	_           wasmjson.NoCompare
	Start, End  model.Date
	Format      string
	Supervisees int
}

// Leadership is one leadership activity.
type Leadership struct {
	_                 wasmjson.NoCompare
	Role, Kind, Level string
	Start, End        model.Date
}

// Reference is one reference rating.
type Reference struct {
	_                      wasmjson.NoCompare
	Role, RaterEndorsement string
	RaterVetted            bool
}

// Exam is the exam result (Answered["exam"] tells whether it was given).
type Exam struct {
	_      wasmjson.NoCompare
	Passed bool
	Date   model.Date
	Form   string
}

// Ethics is the Code of Ethics signature.
type Ethics struct {
	_      wasmjson.NoCompare
	Signed bool
	Date   model.Date
}

// Membership is an association membership.
type Membership struct {
	_           wasmjson.NoCompare
	Association string
	Until       model.Date
}

// Endorsement is a currently held endorsement.
type Endorsement struct {
	_        wasmjson.NoCompare
	Category string
	Since    model.Date
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
