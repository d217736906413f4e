package model

import "github.com/iecmh/endorse/internal/wasmjson"

// Params are a requirement kind's typed parameters: one of the types below
// (the engine reads them with a type switch). Their json tags are the
// parameter keys of a requirement table; the methods are generated
// (json_gen.go).
type Params interface {
	DecodeField(key string, f *wasmjson.Field) bool
	writeFields(w *wasmjson.Writer)
}

// NewParams returns empty parameters for a requirement kind; known is
// false for an unknown kind, params nil for any_of and all_of.
func NewParams(kind string) (params Params, known bool) {
	switch kind {
	case "degree":
		return &Degree{}, true
	case "credential":
		return &Credential{}, true
	case "training":
		return &Training{}, true
	case "work":
		return &Work{}, true
	case "rsc_received":
		return &RSCReceived{}, true
	case "rsc_provided":
		return &RSCProvided{}, true
	case "leadership":
		return &Leadership{}, true
	case "references":
		return &References{}, true
	case "exam":
		return &Exam{}, true
	case "code_of_ethics":
		return &CodeOfEthics{}, true
	case "membership":
		return &Membership{}, true
	case "endorsement":
		return &Endorsement{}, true
	case "courses":
		return &Courses{}, true
	case "attestation":
		return &Attestation{}, true
	}
	return nil, IsGroup(kind)
}

// IsGroup reports whether kind is any_of or all_of.
func IsGroup(kind string) bool { return kind == "any_of" || kind == "all_of" }

// ParamsJSON returns the parameters as a JSON object, as rules.json
// writes them ("{}" for none).
func ParamsJSON(p Params) string {
	var w wasmjson.Writer
	w.BeginObject()
	if p != nil {
		p.writeFields(&w)
	}
	w.EndObject()
	return string(w.Bytes())
}

// Degree: the applicant holds a degree of at least MinLevel.
type Degree struct {
	MinLevel    string   `json:"min_level"`
	Related     bool     `json:"related"`
	License     bool     `json:"license"`
	Credentials []string `json:"credentials"`
}

// Credential: the applicant holds one of Credentials.
type Credential struct {
	Credentials []string `json:"credentials"`
}

// Training: clock hours of training, with topic minimums.
type Training struct {
	Hours              float64            `json:"hours"`
	Topics             map[string]float64 `json:"topics"`
	ProvidingRSCTopics map[string]float64 `json:"providing_rsc_topics"`
	TypicalHours       float64            `json:"typical_hours"`
	WithinMonths       int                `json:"within_months"`
}

// Work: months of specialized work experience.
type Work struct {
	Months               float64  `json:"months"`
	Paid                 bool     `json:"paid"`
	AfterDegree          string   `json:"after_degree"`
	AgeBands             []string `json:"age_bands"`
	Services             []string `json:"services"`
	MinFamilies          int      `json:"min_families"`
	MinFTE               float64  `json:"min_fte"`
	Internship           string   `json:"internship"` // "" / "exclude" or "only"
	InternshipSupervisor []string `json:"internship_supervisor"`
}

// RSCReceived: hours of reflective supervision/consultation received.
type RSCReceived struct {
	Hours            float64  `json:"hours"`
	MinMonths        int      `json:"min_months"`
	MaxMonths        int      `json:"max_months"`
	Formats          []string `json:"formats"`
	AfterDegree      string   `json:"after_degree"`
	AboutOwnRSCHours float64  `json:"about_own_rsc_hours"`
	MaxProviders     int      `json:"max_providers"`
	WhileServing     []string `json:"while_serving"` // age bands: RSC counts only on days of work with one of them
}

// RSCProvided: months of providing RSC.
type RSCProvided struct {
	Months      float64 `json:"months"`
	AfterDegree string  `json:"after_degree"`
}

// Leadership: months of leadership activities.
type Leadership struct {
	Months float64  `json:"months"`
	Kinds  []string `json:"kinds"`
	Levels []string `json:"levels"`
}

// References: reference ratings.
type References struct {
	Count      int        `json:"count"`
	Roles      [][]string `json:"roles"`
	Endorsed   int        `json:"endorsed"`
	EndorsedIn []string   `json:"endorsed_in"`
	Vetted     bool       `json:"vetted"`
}

// Exam: the written exam passed, on one of Forms.
type Exam struct {
	Forms []string `json:"forms"`
}

// CodeOfEthics: signed (within WithinMonths when > 0).
type CodeOfEthics struct {
	WithinMonths int `json:"within_months"`
}

// Membership: a current membership (in this association only, if set).
type Membership struct {
	ThisAssociation bool `json:"this_association"`
}

// Endorsement: holds one of Categories for at least MinMonths.
type Endorsement struct {
	Categories []string `json:"categories"`
	MinMonths  int      `json:"min_months"`
}

// Courses: catalog courses completed.
type Courses struct {
	Courses           []string `json:"courses"`
	CredentialCourses bool     `json:"credential_courses"`
	WarnBefore        Date     `json:"warn_before"`
	Warning           string   `json:"warning"`
}

// Attestation: the profile answers yes to Key.
type Attestation struct {
	Key string `json:"key"`
}
