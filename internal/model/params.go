package model

import (
	"unsafe"

	"github.com/iecmh/endorse/internal/jsonlite"
)

// Params are a requirement kind's typed parameters. Specs returns the
// parameters and their static field table (see specs.go), for decoding
// and encoding alike.
type Params interface {
	Specs() jsonlite.Target
}

// NewParams returns empty parameters for a requirement kind; known is
// false for an unknown kind, params nil for any_of and all_of.
func NewParams(kind string) (params Params, known bool) {
	params, _, known = newParams(kind)
	return params, known
}

// newParams is NewParams that also returns the parameters' decode target
// (what their Specs method returns), without a call through the interface.
func newParams(kind string) (Params, jsonlite.Target, bool) {
	for i, k := range paramKinds {
		if k.kind == kind {
			p, base := allocParams(i)
			return p, jsonlite.Target{Base: base, Specs: k.specs}, true
		}
	}
	return nil, jsonlite.Target{}, IsGroup(kind)
}

// paramKinds are the requirement kinds with parameters, in allocParams'
// order: each kind's name and its parameters' field table.
var paramKinds = [...]struct {
	kind  string
	specs []jsonlite.Spec
}{
	{"degree", degreeSpecs},
	{"credential", credentialSpecs},
	{"training", trainingSpecs},
	{"work", workSpecs},
	{"rsc_received", rscReceivedSpecs},
	{"rsc_provided", rscProvidedSpecs},
	{"leadership", leadershipSpecs},
	{"references", referencesSpecs},
	{"exam", examSpecs},
	{"code_of_ethics", codeOfEthicsSpecs},
	{"membership", membershipSpecs},
	{"endorsement", endorsementSpecs},
	{"courses", coursesSpecs},
	{"attestation", attestationSpecs},
}

// allocParams returns empty parameters of paramKinds[i] and their address.
func allocParams(i int) (Params, unsafe.Pointer) {
	switch i {
	case 0:
		p := &Degree{}
		return p, unsafe.Pointer(p)
	case 1:
		p := &Credential{}
		return p, unsafe.Pointer(p)
	case 2:
		p := &Training{}
		return p, unsafe.Pointer(p)
	case 3:
		p := &Work{}
		return p, unsafe.Pointer(p)
	case 4:
		p := &RSCReceived{}
		return p, unsafe.Pointer(p)
	case 5:
		p := &RSCProvided{}
		return p, unsafe.Pointer(p)
	case 6:
		p := &Leadership{}
		return p, unsafe.Pointer(p)
	case 7:
		p := &References{}
		return p, unsafe.Pointer(p)
	case 8:
		p := &Exam{}
		return p, unsafe.Pointer(p)
	case 9:
		p := &CodeOfEthics{}
		return p, unsafe.Pointer(p)
	case 10:
		p := &Membership{}
		return p, unsafe.Pointer(p)
	case 11:
		p := &Endorsement{}
		return p, unsafe.Pointer(p)
	case 12:
		p := &Courses{}
		return p, unsafe.Pointer(p)
	}
	p := &Attestation{}
	return p, unsafe.Pointer(p)
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

func (p *Degree) Specs() jsonlite.Target {
	return jsonlite.Target{Base: unsafe.Pointer(p), Specs: degreeSpecs}
}

// Credential: the applicant holds one of Credentials.
type Credential struct{ Credentials []string }

func (p *Credential) Specs() jsonlite.Target {
	return jsonlite.Target{Base: unsafe.Pointer(p), Specs: credentialSpecs}
}

// Training: clock hours of training, with topic minimums.
type Training struct {
	Hours, TypicalHours float64
	Topics              map[string]float64
	ProvidingRSCTopics  map[string]float64
	WithinMonths        int
}

func (p *Training) Specs() jsonlite.Target {
	return jsonlite.Target{Base: unsafe.Pointer(p), Specs: trainingSpecs}
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

func (p *Work) Specs() jsonlite.Target {
	return jsonlite.Target{Base: unsafe.Pointer(p), Specs: workSpecs}
}

// RSCReceived: hours of reflective supervision/consultation received.
type RSCReceived struct {
	Hours, AboutOwnRSCHours float64
	MinMonths, MaxMonths    int
	Formats                 []string
	AfterDegree             string
	MaxProviders            int
	WhileServing            []string // age bands: RSC counts only on days of work with one of them
}

func (p *RSCReceived) Specs() jsonlite.Target {
	return jsonlite.Target{Base: unsafe.Pointer(p), Specs: rscReceivedSpecs}
}

// RSCProvided: months of providing RSC.
type RSCProvided struct {
	_           jsonlite.NoCompare
	Months      float64
	AfterDegree string
}

func (p *RSCProvided) Specs() jsonlite.Target {
	return jsonlite.Target{Base: unsafe.Pointer(p), Specs: rscProvidedSpecs}
}

// Leadership: months of leadership activities.
type Leadership struct {
	Months        float64
	Kinds, Levels []string
}

func (p *Leadership) Specs() jsonlite.Target {
	return jsonlite.Target{Base: unsafe.Pointer(p), Specs: leadershipSpecs}
}

// References: reference ratings.
type References struct {
	Count, Endorsed int
	Roles           [][]string
	EndorsedIn      []string
	Vetted          bool
}

func (p *References) Specs() jsonlite.Target {
	return jsonlite.Target{Base: unsafe.Pointer(p), Specs: referencesSpecs}
}

// Exam: the written exam passed, on one of Forms.
type Exam struct{ Forms []string }

func (p *Exam) Specs() jsonlite.Target {
	return jsonlite.Target{Base: unsafe.Pointer(p), Specs: examSpecs}
}

// CodeOfEthics: signed (within WithinMonths when > 0).
type CodeOfEthics struct{ WithinMonths int }

func (p *CodeOfEthics) Specs() jsonlite.Target {
	return jsonlite.Target{Base: unsafe.Pointer(p), Specs: codeOfEthicsSpecs}
}

// Membership: a current membership (in this association only, if set).
type Membership struct{ ThisAssociation bool }

func (p *Membership) Specs() jsonlite.Target {
	return jsonlite.Target{Base: unsafe.Pointer(p), Specs: membershipSpecs}
}

// Endorsement: holds one of Categories for at least MinMonths.
type Endorsement struct {
	Categories []string
	MinMonths  int
}

func (p *Endorsement) Specs() jsonlite.Target {
	return jsonlite.Target{Base: unsafe.Pointer(p), Specs: endorsementSpecs}
}

// Courses: catalog courses completed.
type Courses struct {
	Courses           []string
	CredentialCourses bool
	WarnBefore        Date
	Warning           string
}

func (p *Courses) Specs() jsonlite.Target {
	return jsonlite.Target{Base: unsafe.Pointer(p), Specs: coursesSpecs}
}

// Attestation: the profile answers yes to Key.
type Attestation struct{ Key string }

func (p *Attestation) Specs() jsonlite.Target {
	return jsonlite.Target{Base: unsafe.Pointer(p), Specs: attestationSpecs}
}

// The parameters' field tables, in the order rules.json writes them.
var (
	degreeSpecs = []jsonlite.Spec{
		{Key: "min_level", Off: unsafe.Offsetof(Degree{}.MinLevel)},
		{Key: "related", Off: unsafe.Offsetof(Degree{}.Related), T: jsonlite.TBool},
		{Key: "license", Off: unsafe.Offsetof(Degree{}.License), T: jsonlite.TBool},
		{Key: "credentials", Off: unsafe.Offsetof(Degree{}.Credentials), T: jsonlite.TStrings},
	}
	credentialSpecs = []jsonlite.Spec{
		{Key: "credentials", Off: unsafe.Offsetof(Credential{}.Credentials), T: jsonlite.TStrings},
	}
	trainingSpecs = []jsonlite.Spec{
		{Key: "hours", Off: unsafe.Offsetof(Training{}.Hours), T: jsonlite.TFloat},
		{Key: "topics", Off: unsafe.Offsetof(Training{}.Topics), T: jsonlite.TNumberMap},
		{Key: "providing_rsc_topics", Off: unsafe.Offsetof(Training{}.ProvidingRSCTopics), T: jsonlite.TNumberMap},
		{Key: "typical_hours", Off: unsafe.Offsetof(Training{}.TypicalHours), T: jsonlite.TFloat},
		{Key: "within_months", Off: unsafe.Offsetof(Training{}.WithinMonths), T: jsonlite.TInt},
	}
	workSpecs = []jsonlite.Spec{
		{Key: "months", Off: unsafe.Offsetof(Work{}.Months), T: jsonlite.TFloat},
		{Key: "paid", Off: unsafe.Offsetof(Work{}.Paid), T: jsonlite.TBool},
		{Key: "after_degree", Off: unsafe.Offsetof(Work{}.AfterDegree)},
		{Key: "age_bands", Off: unsafe.Offsetof(Work{}.AgeBands), T: jsonlite.TStrings},
		{Key: "services", Off: unsafe.Offsetof(Work{}.Services), T: jsonlite.TStrings},
		{Key: "min_families", Off: unsafe.Offsetof(Work{}.MinFamilies), T: jsonlite.TInt},
		{Key: "min_fte", Off: unsafe.Offsetof(Work{}.MinFTE), T: jsonlite.TFloat},
		{Key: "internship", Off: unsafe.Offsetof(Work{}.Internship)},
		{Key: "internship_supervisor", Off: unsafe.Offsetof(Work{}.InternshipSupervisor), T: jsonlite.TStrings},
	}
	rscReceivedSpecs = []jsonlite.Spec{
		{Key: "hours", Off: unsafe.Offsetof(RSCReceived{}.Hours), T: jsonlite.TFloat},
		{Key: "min_months", Off: unsafe.Offsetof(RSCReceived{}.MinMonths), T: jsonlite.TInt},
		{Key: "max_months", Off: unsafe.Offsetof(RSCReceived{}.MaxMonths), T: jsonlite.TInt},
		{Key: "formats", Off: unsafe.Offsetof(RSCReceived{}.Formats), T: jsonlite.TStrings},
		{Key: "after_degree", Off: unsafe.Offsetof(RSCReceived{}.AfterDegree)},
		{Key: "about_own_rsc_hours", Off: unsafe.Offsetof(RSCReceived{}.AboutOwnRSCHours), T: jsonlite.TFloat},
		{Key: "max_providers", Off: unsafe.Offsetof(RSCReceived{}.MaxProviders), T: jsonlite.TInt},
		{Key: "while_serving", Off: unsafe.Offsetof(RSCReceived{}.WhileServing), T: jsonlite.TStrings},
	}
	rscProvidedSpecs = []jsonlite.Spec{
		{Key: "months", Off: unsafe.Offsetof(RSCProvided{}.Months), T: jsonlite.TFloat},
		{Key: "after_degree", Off: unsafe.Offsetof(RSCProvided{}.AfterDegree)},
	}
	leadershipSpecs = []jsonlite.Spec{
		{Key: "months", Off: unsafe.Offsetof(Leadership{}.Months), T: jsonlite.TFloat},
		{Key: "kinds", Off: unsafe.Offsetof(Leadership{}.Kinds), T: jsonlite.TStrings},
		{Key: "levels", Off: unsafe.Offsetof(Leadership{}.Levels), T: jsonlite.TStrings},
	}
	referencesSpecs = []jsonlite.Spec{
		{Key: "count", Off: unsafe.Offsetof(References{}.Count), T: jsonlite.TInt},
		{Key: "roles", Off: unsafe.Offsetof(References{}.Roles), T: jsonlite.TStringLists},
		{Key: "endorsed", Off: unsafe.Offsetof(References{}.Endorsed), T: jsonlite.TInt},
		{Key: "endorsed_in", Off: unsafe.Offsetof(References{}.EndorsedIn), T: jsonlite.TStrings},
		{Key: "vetted", Off: unsafe.Offsetof(References{}.Vetted), T: jsonlite.TBool},
	}
	examSpecs = []jsonlite.Spec{
		{Key: "forms", Off: unsafe.Offsetof(Exam{}.Forms), T: jsonlite.TStrings},
	}
	codeOfEthicsSpecs = []jsonlite.Spec{
		{Key: "within_months", Off: unsafe.Offsetof(CodeOfEthics{}.WithinMonths), T: jsonlite.TInt},
	}
	membershipSpecs = []jsonlite.Spec{
		{Key: "this_association", Off: unsafe.Offsetof(Membership{}.ThisAssociation), T: jsonlite.TBool},
	}
	endorsementSpecs = []jsonlite.Spec{
		{Key: "categories", Off: unsafe.Offsetof(Endorsement{}.Categories), T: jsonlite.TStrings},
		{Key: "min_months", Off: unsafe.Offsetof(Endorsement{}.MinMonths), T: jsonlite.TInt},
	}
	coursesSpecs = []jsonlite.Spec{
		{Key: "courses", Off: unsafe.Offsetof(Courses{}.Courses), T: jsonlite.TStrings},
		{Key: "credential_courses", Off: unsafe.Offsetof(Courses{}.CredentialCourses), T: jsonlite.TBool},
		{Key: "warn_before", Off: unsafe.Offsetof(Courses{}.WarnBefore), T: jsonlite.TCustom, Hook: DateAt},
		{Key: "warning", Off: unsafe.Offsetof(Courses{}.Warning)},
	}
	attestationSpecs = []jsonlite.Spec{
		{Key: "key", Off: unsafe.Offsetof(Attestation{}.Key)},
	}
)
