package profile

import (
	"unsafe"

	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/wasmjson"
)

// FromValue decodes and checks a parsed profile: its shape problems
// (fromValue), then its value checks.
func FromValue(v wasmjson.Value) (*Profile, wasmjson.Errors) {
	p, errs := fromValue(v)
	if p == nil {
		return nil, errs
	}
	p.check(&errs)
	return p, errs
}

// fromValue decodes a parsed profile and reports its shape problems:
// not an object, an unknown key, a value of the wrong type, the format.
func fromValue(v wasmjson.Value) (*Profile, wasmjson.Errors) {
	var errs wasmjson.Errors
	if v.Kind != wasmjson.Object {
		errs.Add("", "a profile must be a JSON object")
		return nil, errs
	}
	p := &Profile{Answered: map[string]bool{}, Attestations: map[string]bool{}}
	wasmjson.DecodeSpecs(v, "", unsafe.Pointer(p), profileSpecs, nil, &errs)
	for _, m := range v.Obj {
		if m.Val.Kind != wasmjson.Null {
			p.Answered[m.Key] = true
		}
	}
	if p.format != Format {
		errs.Add("format", `must be "`+Format+`"`)
	}
	return p, errs
}

// The profile's field tables are static data (wasmjson.Spec): decoding
// a profile runs one generic loop instead of code per field.
var (
	profileSpecs = []wasmjson.Spec{
		{Key: "format", Off: unsafe.Offsetof(Profile{}.format)},
		{Key: "name", Off: unsafe.Offsetof(Profile{}.Name)},
		{Key: "degrees", Off: unsafe.Offsetof(Profile{}.Degrees), T: wasmjson.TList, Elem: &wasmjson.Elem{
			Size: unsafe.Sizeof(Degree{}), List: ListDegrees, Alloc: alloc, Specs: []wasmjson.Spec{
				{Key: "level", Off: unsafe.Offsetof(Degree{}.Level)},
				{Key: "name", Off: unsafe.Offsetof(Degree{}.Name)},
				{Key: "field", Off: unsafe.Offsetof(Degree{}.Field)},
				{Key: "related", Off: unsafe.Offsetof(Degree{}.Related), T: wasmjson.TBool},
				{Key: "date", Off: unsafe.Offsetof(Degree{}.Date), T: wasmjson.TCustom, Hook: model.DateAt}}}},
		{Key: "licenses", Off: unsafe.Offsetof(Profile{}.Licenses), T: wasmjson.TList, Elem: &wasmjson.Elem{
			Size: unsafe.Sizeof(License{}), List: ListLicenses, Alloc: alloc, Specs: []wasmjson.Spec{
				{Key: "kind", Off: unsafe.Offsetof(License{}.Kind)},
				{Key: "name", Off: unsafe.Offsetof(License{}.Name)},
				{Key: "date", Off: unsafe.Offsetof(License{}.Date), T: wasmjson.TCustom, Hook: model.DateAt}}}},
		{Key: "credentials", Off: unsafe.Offsetof(Profile{}.Credentials), T: wasmjson.TList, Elem: &wasmjson.Elem{
			Size: unsafe.Sizeof(Credential{}), List: ListCredentials, Alloc: alloc, Specs: []wasmjson.Spec{
				{Key: "id", Off: unsafe.Offsetof(Credential{}.ID)},
				{Key: "date", Off: unsafe.Offsetof(Credential{}.Date), T: wasmjson.TCustom, Hook: model.DateAt}}}},
		{Key: "training", Off: unsafe.Offsetof(Profile{}.Training), T: wasmjson.TList, Elem: &wasmjson.Elem{
			Size: unsafe.Sizeof(Training{}), List: ListTraining, Alloc: alloc, Specs: []wasmjson.Spec{
				{Key: "title", Off: unsafe.Offsetof(Training{}.Title)},
				{Key: "hours", T: wasmjson.TCustom, Hook: trainingHours},
				{Key: "date", Off: unsafe.Offsetof(Training{}.Date), T: wasmjson.TCustom, Hook: model.DateAt},
				{Key: "topics", Off: unsafe.Offsetof(Training{}.Topics), T: wasmjson.TStrings},
				{Key: "course", Off: unsafe.Offsetof(Training{}.Course)}}}},
		{Key: "work", Off: unsafe.Offsetof(Profile{}.Work), T: wasmjson.TList, Elem: &wasmjson.Elem{
			Size: unsafe.Sizeof(Work{}), List: ListWork, Alloc: alloc, Specs: []wasmjson.Spec{
				{Key: "role", Off: unsafe.Offsetof(Work{}.Role)},
				{Key: "start", Off: unsafe.Offsetof(Work{}.Start), T: wasmjson.TCustom, Hook: model.DateAt},
				{Key: "end", Off: unsafe.Offsetof(Work{}.End), T: wasmjson.TCustom, Hook: model.DateAt},
				{Key: "paid", Off: unsafe.Offsetof(Work{}.Paid), T: wasmjson.TBool},
				{Key: "fte", Off: unsafe.Offsetof(Work{}.FTE), T: wasmjson.TFloat},
				{Key: "internship", Off: unsafe.Offsetof(Work{}.Internship), T: wasmjson.TBool},
				{Key: "supervisor_endorsement", Off: unsafe.Offsetof(Work{}.SupervisorEndorsement)},
				{Key: "age_band", Off: unsafe.Offsetof(Work{}.AgeBand)},
				{Key: "service", Off: unsafe.Offsetof(Work{}.Service)},
				{Key: "families", Off: unsafe.Offsetof(Work{}.Families), T: wasmjson.TInt}}}},
		{Key: "rsc_received", Off: unsafe.Offsetof(Profile{}.RSCReceived), T: wasmjson.TList, Elem: &wasmjson.Elem{
			Size: unsafe.Sizeof(RSC{}), List: ListRSCReceived, Alloc: alloc, Specs: []wasmjson.Spec{
				{Key: "date", T: wasmjson.TCustom, Hook: sessionDate},
				{Key: "start", Off: unsafe.Offsetof(RSC{}.Start), T: wasmjson.TCustom, Hook: model.DateAt},
				{Key: "end", Off: unsafe.Offsetof(RSC{}.End), T: wasmjson.TCustom, Hook: model.DateAt},
				{Key: "hours", Off: unsafe.Offsetof(RSC{}.Hours), T: wasmjson.TFloat},
				{Key: "format", Off: unsafe.Offsetof(RSC{}.Format)},
				{Key: "provider", Off: unsafe.Offsetof(RSC{}.Provider)},
				{Key: "provider_endorsement", Off: unsafe.Offsetof(RSC{}.ProviderEndorsement)},
				{Key: "provider_vetted", Off: unsafe.Offsetof(RSC{}.ProviderVetted), T: wasmjson.TBool},
				{Key: "provider_master", Off: unsafe.Offsetof(RSC{}.ProviderMaster), T: wasmjson.TBool},
				{Key: "provider_ers", Off: unsafe.Offsetof(RSC{}.ProviderERS), T: wasmjson.TBool},
				{Key: "about_own_rsc", Off: unsafe.Offsetof(RSC{}.Own), T: wasmjson.TBool}}}},
		{Key: "rsc_provided", Off: unsafe.Offsetof(Profile{}.RSCProvided), T: wasmjson.TList, Elem: &wasmjson.Elem{
			Size: unsafe.Sizeof(Period{}), List: ListRSCProvided, Alloc: alloc, Specs: []wasmjson.Spec{
				{Key: "start", Off: unsafe.Offsetof(Period{}.Start), T: wasmjson.TCustom, Hook: model.DateAt},
				{Key: "end", Off: unsafe.Offsetof(Period{}.End), T: wasmjson.TCustom, Hook: model.DateAt},
				{Key: "format", Off: unsafe.Offsetof(Period{}.Format)},
				{Key: "supervisees", Off: unsafe.Offsetof(Period{}.Supervisees), T: wasmjson.TInt}}}},
		{Key: "leadership", Off: unsafe.Offsetof(Profile{}.Leadership), T: wasmjson.TList, Elem: &wasmjson.Elem{
			Size: unsafe.Sizeof(Leadership{}), List: ListLeadership, Alloc: alloc, Specs: []wasmjson.Spec{
				{Key: "role", Off: unsafe.Offsetof(Leadership{}.Role)},
				{Key: "start", Off: unsafe.Offsetof(Leadership{}.Start), T: wasmjson.TCustom, Hook: model.DateAt},
				{Key: "end", Off: unsafe.Offsetof(Leadership{}.End), T: wasmjson.TCustom, Hook: model.DateAt},
				{Key: "kind", Off: unsafe.Offsetof(Leadership{}.Kind)},
				{Key: "level", Off: unsafe.Offsetof(Leadership{}.Level)}}}},
		{Key: "references", Off: unsafe.Offsetof(Profile{}.References), T: wasmjson.TList, Elem: &wasmjson.Elem{
			Size: unsafe.Sizeof(Reference{}), List: ListReferences, Alloc: alloc, Specs: []wasmjson.Spec{
				{Key: "role", Off: unsafe.Offsetof(Reference{}.Role)},
				{Key: "rater_endorsement", Off: unsafe.Offsetof(Reference{}.RaterEndorsement)},
				{Key: "rater_vetted", Off: unsafe.Offsetof(Reference{}.RaterVetted), T: wasmjson.TBool}}}},
		{Key: "exam", Off: unsafe.Offsetof(Profile{}.Exam), T: wasmjson.TObject, Elem: &wasmjson.Elem{Specs: []wasmjson.Spec{
			{Key: "passed", Off: unsafe.Offsetof(Exam{}.Passed), T: wasmjson.TBool},
			{Key: "date", Off: unsafe.Offsetof(Exam{}.Date), T: wasmjson.TCustom, Hook: model.DateAt},
			{Key: "form", Off: unsafe.Offsetof(Exam{}.Form)}}}},
		{Key: "code_of_ethics", Off: unsafe.Offsetof(Profile{}.Ethics), T: wasmjson.TObject, Elem: &wasmjson.Elem{Specs: []wasmjson.Spec{
			{Key: "signed", Off: unsafe.Offsetof(Ethics{}.Signed), T: wasmjson.TBool},
			{Key: "date", Off: unsafe.Offsetof(Ethics{}.Date), T: wasmjson.TCustom, Hook: model.DateAt}}}},
		{Key: "memberships", Off: unsafe.Offsetof(Profile{}.Memberships), T: wasmjson.TList, Elem: &wasmjson.Elem{
			Size: unsafe.Sizeof(Membership{}), List: ListMemberships, Alloc: alloc, Specs: []wasmjson.Spec{
				{Key: "association", Off: unsafe.Offsetof(Membership{}.Association)},
				{Key: "until", Off: unsafe.Offsetof(Membership{}.Until), T: wasmjson.TCustom, Hook: model.DateAt}}}},
		{Key: "endorsements", Off: unsafe.Offsetof(Profile{}.Endorsements), T: wasmjson.TList, Elem: &wasmjson.Elem{
			Size: unsafe.Sizeof(Endorsement{}), List: ListEndorsements, Alloc: alloc, Specs: []wasmjson.Spec{
				{Key: "category", Off: unsafe.Offsetof(Endorsement{}.Category)},
				{Key: "since", Off: unsafe.Offsetof(Endorsement{}.Since), T: wasmjson.TCustom, Hook: model.DateAt}}}},
		{Key: "attestations", Off: unsafe.Offsetof(Profile{}.Attestations), T: wasmjson.TCustom, Hook: attestations},
	}
)

// The profile's lists, by code: the engine records which list a counted
// or excluded entry came from with these codes; ListNames are their keys.
const (
	ListDegrees = iota
	ListLicenses
	ListCredentials
	ListTraining
	ListWork
	ListRSCReceived
	ListRSCProvided
	ListLeadership
	ListReferences
	ListMemberships
	ListEndorsements
)

// ListNames are the profile keys of the lists, indexed by their codes.
var ListNames = []string{"degrees", "licenses", "credentials", "training", "work", "rsc_received",
	"rsc_provided", "leadership", "references", "memberships", "endorsements"}

// alloc makes the profile list at p n entries long (wasmjson.Elem.Alloc);
// work entries start with the default FTE of 1. Every list is a slice of
// structs, so one header store (data, n, n) serves them all.
func alloc(list int, p unsafe.Pointer, n int) unsafe.Pointer {
	var a unsafe.Pointer
	switch list {
	case ListDegrees:
		a = unsafe.Pointer(unsafe.SliceData(make([]Degree, n)))
	case ListLicenses:
		a = unsafe.Pointer(unsafe.SliceData(make([]License, n)))
	case ListCredentials:
		a = unsafe.Pointer(unsafe.SliceData(make([]Credential, n)))
	case ListTraining:
		a = unsafe.Pointer(unsafe.SliceData(make([]Training, n)))
	case ListWork:
		w := make([]Work, n)
		for i := range w {
			w[i].FTE = 1
		}
		a = unsafe.Pointer(unsafe.SliceData(w))
	case ListRSCReceived:
		a = unsafe.Pointer(unsafe.SliceData(make([]RSC, n)))
	case ListRSCProvided:
		a = unsafe.Pointer(unsafe.SliceData(make([]Period, n)))
	case ListLeadership:
		a = unsafe.Pointer(unsafe.SliceData(make([]Leadership, n)))
	case ListReferences:
		a = unsafe.Pointer(unsafe.SliceData(make([]Reference, n)))
	case ListMemberships:
		a = unsafe.Pointer(unsafe.SliceData(make([]Membership, n)))
	default:
		a = unsafe.Pointer(unsafe.SliceData(make([]Endorsement, n)))
	}
	*(*[]byte)(p) = unsafe.Slice((*byte)(a), n)
	return a
}

// trainingHours decodes training[].hours, recording that it was given.
func trainingHours(p unsafe.Pointer) any { return (*hoursField)(p) }

type hoursField Training

func (t *hoursField) UnmarshalValue(v wasmjson.Value) string {
	if v.Kind != wasmjson.Number {
		return "must be a number ≥ 0"
	}
	t.Hours, t.HasHours = v.Num, true
	return ""
}

// sessionDate decodes rsc_received[].date: a single session, Start = End.
func sessionDate(p unsafe.Pointer) any { return (*sessionDay)(p) }

type sessionDay RSC

func (s *sessionDay) UnmarshalValue(v wasmjson.Value) string {
	var d model.Date
	if msg := d.UnmarshalValue(v); msg != "" {
		return msg
	}
	s.Start, s.End = d, d
	return ""
}

// attestations decodes the attestations object into the profile's map.
func attestations(p unsafe.Pointer) any { return (*boolMap)(p) }

type boolMap map[string]bool

func (b *boolMap) UnmarshalValue(v wasmjson.Value) string {
	if v.Kind != wasmjson.Object {
		return "must be an object of true/false answers"
	}
	for _, m := range v.Obj {
		if m.Val.Kind != wasmjson.Bool {
			return "must be an object of true/false answers"
		}
		(*b)[m.Key] = m.Val.Bool
	}
	return ""
}
