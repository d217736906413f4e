package model

import (
	"unsafe"

	"github.com/iecmh/endorse/internal/wasmjson"
)

// Params are a requirement kind's typed parameters. Specs returns the
// parameters and their static field table (see specs.go), for decoding
// and encoding alike.
type Params interface {
	Specs() wasmjson.Target
}

// NewParams returns empty parameters for a requirement kind; known is
// false for an unknown kind, params nil for any_of and all_of.
func NewParams(kind string) (params Params, known bool) {
	params, _, known = newParams(kind)
	return params, known
}

// newParams is NewParams that also returns the parameters' decode target
// (what their Specs method returns), without a call through the interface.
func newParams(kind string) (Params, wasmjson.Target, bool) {
	for i, k := range paramKinds {
		if k.kind == kind {
			p, base := allocParams(i)
			return p, wasmjson.Target{Base: base, Specs: k.specs}, true
		}
	}
	return nil, wasmjson.Target{}, IsGroup(kind)
}

// paramKinds are the requirement kinds with parameters, in allocParams'
// order: each kind's name and its parameters' field table.
var paramKinds = [...]struct {
	kind  string
	specs []wasmjson.Spec
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

func (p *Degree) Specs() wasmjson.Target {
	return wasmjson.Target{Base: unsafe.Pointer(p), Specs: degreeSpecs}
}

// Credential: the applicant holds one of Credentials.
type Credential struct{ Credentials []string }

func (p *Credential) Specs() wasmjson.Target {
	return wasmjson.Target{Base: unsafe.Pointer(p), Specs: credentialSpecs}
}

// Training: clock hours of training, with topic minimums.
type Training struct {
	Hours, TypicalHours float64
	Topics              map[string]float64
	ProvidingRSCTopics  map[string]float64
	WithinMonths        int
}

func (p *Training) Specs() wasmjson.Target {
	return wasmjson.Target{Base: unsafe.Pointer(p), Specs: trainingSpecs}
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

func (p *Work) Specs() wasmjson.Target {
	return wasmjson.Target{Base: unsafe.Pointer(p), Specs: workSpecs}
}

// RSCReceived: hours of reflective supervision/consultation received.
type RSCReceived struct {
	Hours, AboutOwnRSCHours float64
	MinMonths, MaxMonths    int
	Formats                 []string
	AfterDegree             string
	MaxProviders            int
}

func (p *RSCReceived) Specs() wasmjson.Target {
	return wasmjson.Target{Base: unsafe.Pointer(p), Specs: rscReceivedSpecs}
}

// RSCProvided: months of providing RSC.
type RSCProvided struct {
	_           wasmjson.NoCompare
	Months      float64
	AfterDegree string
}

func (p *RSCProvided) Specs() wasmjson.Target {
	return wasmjson.Target{Base: unsafe.Pointer(p), Specs: rscProvidedSpecs}
}

// Leadership: months of leadership activities.
type Leadership struct {
	Months        float64
	Kinds, Levels []string
}

func (p *Leadership) Specs() wasmjson.Target {
	return wasmjson.Target{Base: unsafe.Pointer(p), Specs: leadershipSpecs}
}

// References: reference ratings.
type References struct {
	Count, Endorsed int
	Roles           [][]string
	EndorsedIn      []string
	Vetted          bool
}

func (p *References) Specs() wasmjson.Target {
	return wasmjson.Target{Base: unsafe.Pointer(p), Specs: referencesSpecs}
}

// Exam: the written exam passed, on one of Forms.
type Exam struct{ Forms []string }

func (p *Exam) Specs() wasmjson.Target {
	return wasmjson.Target{Base: unsafe.Pointer(p), Specs: examSpecs}
}

// CodeOfEthics: signed (within WithinMonths when > 0).
type CodeOfEthics struct{ WithinMonths int }

func (p *CodeOfEthics) Specs() wasmjson.Target {
	return wasmjson.Target{Base: unsafe.Pointer(p), Specs: codeOfEthicsSpecs}
}

// Membership: a current membership (in this association only, if set).
type Membership struct{ ThisAssociation bool }

func (p *Membership) Specs() wasmjson.Target {
	return wasmjson.Target{Base: unsafe.Pointer(p), Specs: membershipSpecs}
}

// Endorsement: holds one of Categories for at least MinMonths.
type Endorsement struct {
	Categories []string
	MinMonths  int
}

func (p *Endorsement) Specs() wasmjson.Target {
	return wasmjson.Target{Base: unsafe.Pointer(p), Specs: endorsementSpecs}
}

// Courses: catalog courses completed.
type Courses struct {
	Courses           []string
	CredentialCourses bool
	WarnBefore        Date
	Warning           string
}

func (p *Courses) Specs() wasmjson.Target {
	return wasmjson.Target{Base: unsafe.Pointer(p), Specs: coursesSpecs}
}

// Attestation: the profile answers yes to Key.
type Attestation struct{ Key string }

func (p *Attestation) Specs() wasmjson.Target {
	return wasmjson.Target{Base: unsafe.Pointer(p), Specs: attestationSpecs}
}

// The parameters' field tables, in the order rules.json writes them.
var (
	degreeSpecs = []wasmjson.Spec{
		{Key: "min_level", Off: unsafe.Offsetof(Degree{}.MinLevel)},
		{Key: "related", Off: unsafe.Offsetof(Degree{}.Related), T: wasmjson.TBool},
		{Key: "license", Off: unsafe.Offsetof(Degree{}.License), T: wasmjson.TBool},
		{Key: "credentials", Off: unsafe.Offsetof(Degree{}.Credentials), T: wasmjson.TStrings},
	}
	credentialSpecs = []wasmjson.Spec{
		{Key: "credentials", Off: unsafe.Offsetof(Credential{}.Credentials), T: wasmjson.TStrings},
	}
	trainingSpecs = []wasmjson.Spec{
		{Key: "hours", Off: unsafe.Offsetof(Training{}.Hours), T: wasmjson.TFloat},
		{Key: "topics", Off: unsafe.Offsetof(Training{}.Topics), T: wasmjson.TNumberMap},
		{Key: "providing_rsc_topics", Off: unsafe.Offsetof(Training{}.ProvidingRSCTopics), T: wasmjson.TNumberMap},
		{Key: "typical_hours", Off: unsafe.Offsetof(Training{}.TypicalHours), T: wasmjson.TFloat},
		{Key: "within_months", Off: unsafe.Offsetof(Training{}.WithinMonths), T: wasmjson.TInt},
	}
	workSpecs = []wasmjson.Spec{
		{Key: "months", Off: unsafe.Offsetof(Work{}.Months), T: wasmjson.TFloat},
		{Key: "paid", Off: unsafe.Offsetof(Work{}.Paid), T: wasmjson.TBool},
		{Key: "after_degree", Off: unsafe.Offsetof(Work{}.AfterDegree)},
		{Key: "age_bands", Off: unsafe.Offsetof(Work{}.AgeBands), T: wasmjson.TStrings},
		{Key: "services", Off: unsafe.Offsetof(Work{}.Services), T: wasmjson.TStrings},
		{Key: "min_families", Off: unsafe.Offsetof(Work{}.MinFamilies), T: wasmjson.TInt},
		{Key: "min_fte", Off: unsafe.Offsetof(Work{}.MinFTE), T: wasmjson.TFloat},
		{Key: "internship", Off: unsafe.Offsetof(Work{}.Internship)},
		{Key: "internship_supervisor", Off: unsafe.Offsetof(Work{}.InternshipSupervisor), T: wasmjson.TStrings},
	}
	rscReceivedSpecs = []wasmjson.Spec{
		{Key: "hours", Off: unsafe.Offsetof(RSCReceived{}.Hours), T: wasmjson.TFloat},
		{Key: "min_months", Off: unsafe.Offsetof(RSCReceived{}.MinMonths), T: wasmjson.TInt},
		{Key: "max_months", Off: unsafe.Offsetof(RSCReceived{}.MaxMonths), T: wasmjson.TInt},
		{Key: "formats", Off: unsafe.Offsetof(RSCReceived{}.Formats), T: wasmjson.TStrings},
		{Key: "after_degree", Off: unsafe.Offsetof(RSCReceived{}.AfterDegree)},
		{Key: "about_own_rsc_hours", Off: unsafe.Offsetof(RSCReceived{}.AboutOwnRSCHours), T: wasmjson.TFloat},
		{Key: "max_providers", Off: unsafe.Offsetof(RSCReceived{}.MaxProviders), T: wasmjson.TInt},
	}
	rscProvidedSpecs = []wasmjson.Spec{
		{Key: "months", Off: unsafe.Offsetof(RSCProvided{}.Months), T: wasmjson.TFloat},
		{Key: "after_degree", Off: unsafe.Offsetof(RSCProvided{}.AfterDegree)},
	}
	leadershipSpecs = []wasmjson.Spec{
		{Key: "months", Off: unsafe.Offsetof(Leadership{}.Months), T: wasmjson.TFloat},
		{Key: "kinds", Off: unsafe.Offsetof(Leadership{}.Kinds), T: wasmjson.TStrings},
		{Key: "levels", Off: unsafe.Offsetof(Leadership{}.Levels), T: wasmjson.TStrings},
	}
	referencesSpecs = []wasmjson.Spec{
		{Key: "count", Off: unsafe.Offsetof(References{}.Count), T: wasmjson.TInt},
		{Key: "roles", Off: unsafe.Offsetof(References{}.Roles), T: wasmjson.TStringLists},
		{Key: "endorsed", Off: unsafe.Offsetof(References{}.Endorsed), T: wasmjson.TInt},
		{Key: "endorsed_in", Off: unsafe.Offsetof(References{}.EndorsedIn), T: wasmjson.TStrings},
		{Key: "vetted", Off: unsafe.Offsetof(References{}.Vetted), T: wasmjson.TBool},
	}
	examSpecs = []wasmjson.Spec{
		{Key: "forms", Off: unsafe.Offsetof(Exam{}.Forms), T: wasmjson.TStrings},
	}
	codeOfEthicsSpecs = []wasmjson.Spec{
		{Key: "within_months", Off: unsafe.Offsetof(CodeOfEthics{}.WithinMonths), T: wasmjson.TInt},
	}
	membershipSpecs = []wasmjson.Spec{
		{Key: "this_association", Off: unsafe.Offsetof(Membership{}.ThisAssociation), T: wasmjson.TBool},
	}
	endorsementSpecs = []wasmjson.Spec{
		{Key: "categories", Off: unsafe.Offsetof(Endorsement{}.Categories), T: wasmjson.TStrings},
		{Key: "min_months", Off: unsafe.Offsetof(Endorsement{}.MinMonths), T: wasmjson.TInt},
	}
	coursesSpecs = []wasmjson.Spec{
		{Key: "courses", Off: unsafe.Offsetof(Courses{}.Courses), T: wasmjson.TStrings},
		{Key: "credential_courses", Off: unsafe.Offsetof(Courses{}.CredentialCourses), T: wasmjson.TBool},
		{Key: "warn_before", Off: unsafe.Offsetof(Courses{}.WarnBefore), T: wasmjson.TCustom, Hook: DateAt},
		{Key: "warning", Off: unsafe.Offsetof(Courses{}.Warning)},
	}
	attestationSpecs = []wasmjson.Spec{
		{Key: "key", Off: unsafe.Offsetof(Attestation{}.Key)},
	}
)
