package model

import "github.com/iecmh/endorse/internal/jsonlite"

// Params are a requirement kind's typed parameters. Fields binds each TOML
// key to its field, for decoding and encoding alike.
type Params interface {
	Fields() []jsonlite.Field
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
	case "any_of", "all_of":
		return nil, true
	}
	return nil, false
}

// IsGroup reports whether kind is any_of or all_of.
func IsGroup(kind string) bool { return kind == "any_of" || kind == "all_of" }

// Degree: the applicant holds a degree of at least MinLevel.
type Degree struct {
	MinLevel    string
	Related     bool
	License     bool
	Credentials []string
}

func (p *Degree) Fields() []jsonlite.Field {
	return []jsonlite.Field{{Key: "min_level", Ptr: &p.MinLevel}, {Key: "related", Ptr: &p.Related},
		{Key: "license", Ptr: &p.License}, {Key: "credentials", Ptr: &p.Credentials}}
}

// Credential: the applicant holds one of Credentials.
type Credential struct{ Credentials []string }

func (p *Credential) Fields() []jsonlite.Field {
	return []jsonlite.Field{{Key: "credentials", Ptr: &p.Credentials}}
}

// Training: clock hours of training, with topic minimums.
type Training struct {
	Hours, TypicalHours float64
	Topics              map[string]float64
	ProvidingRSCTopics  map[string]float64
	WithinMonths        int
}

func (p *Training) Fields() []jsonlite.Field {
	return []jsonlite.Field{{Key: "hours", Ptr: &p.Hours}, {Key: "topics", Ptr: &p.Topics},
		{Key: "providing_rsc_topics", Ptr: &p.ProvidingRSCTopics},
		{Key: "typical_hours", Ptr: &p.TypicalHours}, {Key: "within_months", Ptr: &p.WithinMonths}}
}

// Work: months of specialized work experience.
type Work struct {
	Months               float64
	Paid                 bool
	AfterDegree          string
	AgeBands, Services   []string
	MinFamilies          int
	MinFTE               float64
	Internship           string // "" / "exclude" or "only"
	InternshipSupervisor []string
}

func (p *Work) Fields() []jsonlite.Field {
	return []jsonlite.Field{{Key: "months", Ptr: &p.Months}, {Key: "paid", Ptr: &p.Paid},
		{Key: "after_degree", Ptr: &p.AfterDegree}, {Key: "age_bands", Ptr: &p.AgeBands},
		{Key: "services", Ptr: &p.Services}, {Key: "min_families", Ptr: &p.MinFamilies},
		{Key: "min_fte", Ptr: &p.MinFTE}, {Key: "internship", Ptr: &p.Internship},
		{Key: "internship_supervisor", Ptr: &p.InternshipSupervisor}}
}

// RSCReceived: hours of reflective supervision/consultation received.
type RSCReceived struct {
	Hours, AboutOwnRSCHours float64
	MinMonths, MaxMonths    int
	Formats                 []string
	AfterDegree             string
	MaxProviders            int
}

func (p *RSCReceived) Fields() []jsonlite.Field {
	return []jsonlite.Field{{Key: "hours", Ptr: &p.Hours}, {Key: "min_months", Ptr: &p.MinMonths},
		{Key: "max_months", Ptr: &p.MaxMonths}, {Key: "formats", Ptr: &p.Formats},
		{Key: "after_degree", Ptr: &p.AfterDegree}, {Key: "about_own_rsc_hours", Ptr: &p.AboutOwnRSCHours},
		{Key: "max_providers", Ptr: &p.MaxProviders}}
}

// RSCProvided: months of providing RSC.
type RSCProvided struct {
	_           jsonlite.NoCompare
	Months      float64
	AfterDegree string
}

func (p *RSCProvided) Fields() []jsonlite.Field {
	return []jsonlite.Field{{Key: "months", Ptr: &p.Months}, {Key: "after_degree", Ptr: &p.AfterDegree}}
}

// Leadership: months of leadership activities.
type Leadership struct {
	Months        float64
	Kinds, Levels []string
}

func (p *Leadership) Fields() []jsonlite.Field {
	return []jsonlite.Field{{Key: "months", Ptr: &p.Months}, {Key: "kinds", Ptr: &p.Kinds},
		{Key: "levels", Ptr: &p.Levels}}
}

// References: reference ratings.
type References struct {
	Count, Endorsed int
	Roles           [][]string
	EndorsedIn      []string
	Vetted          bool
}

func (p *References) Fields() []jsonlite.Field {
	return []jsonlite.Field{{Key: "count", Ptr: &p.Count}, {Key: "roles", Ptr: &p.Roles},
		{Key: "endorsed", Ptr: &p.Endorsed}, {Key: "endorsed_in", Ptr: &p.EndorsedIn},
		{Key: "vetted", Ptr: &p.Vetted}}
}

// Exam: the written exam passed, on one of Forms.
type Exam struct{ Forms []string }

func (p *Exam) Fields() []jsonlite.Field { return []jsonlite.Field{{Key: "forms", Ptr: &p.Forms}} }

// CodeOfEthics: signed (within WithinMonths when > 0).
type CodeOfEthics struct{ WithinMonths int }

func (p *CodeOfEthics) Fields() []jsonlite.Field {
	return []jsonlite.Field{{Key: "within_months", Ptr: &p.WithinMonths}}
}

// Membership: a current membership (in this association only, if set).
type Membership struct{ ThisAssociation bool }

func (p *Membership) Fields() []jsonlite.Field {
	return []jsonlite.Field{{Key: "this_association", Ptr: &p.ThisAssociation}}
}

// Endorsement: holds one of Categories for at least MinMonths.
type Endorsement struct {
	Categories []string
	MinMonths  int
}

func (p *Endorsement) Fields() []jsonlite.Field {
	return []jsonlite.Field{{Key: "categories", Ptr: &p.Categories}, {Key: "min_months", Ptr: &p.MinMonths}}
}

// Courses: catalog courses completed.
type Courses struct {
	Courses           []string
	CredentialCourses bool
	WarnBefore        Date
	Warning           string
}

func (p *Courses) Fields() []jsonlite.Field {
	return []jsonlite.Field{{Key: "courses", Ptr: &p.Courses}, {Key: "credential_courses", Ptr: &p.CredentialCourses},
		{Key: "warn_before", Ptr: &p.WarnBefore}, {Key: "warning", Ptr: &p.Warning}}
}

// Attestation: the profile answers yes to Key.
type Attestation struct{ Key string }

func (p *Attestation) Fields() []jsonlite.Field {
	return []jsonlite.Field{{Key: "key", Ptr: &p.Key}}
}
