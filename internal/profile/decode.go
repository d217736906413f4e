package profile

import (
	"unsafe"

	"github.com/iecmh/endorse/internal/jsonlite"
	"github.com/iecmh/endorse/internal/model"
)

// FromValue decodes and checks a parsed profile: its shape problems
// (fromValue), then its value checks.
func FromValue(v jsonlite.Value) (*Profile, jsonlite.Errors) {
	p, errs := fromValue(v)
	if p == nil {
		return nil, errs
	}
	p.check(&errs)
	return p, errs
}

// fromValue decodes a parsed profile and reports its shape problems:
// not an object, an unknown key, a value of the wrong type, the format.
func fromValue(v jsonlite.Value) (*Profile, jsonlite.Errors) {
	var errs jsonlite.Errors
	if v.Kind != jsonlite.Object {
		errs.Add("", "a profile must be a JSON object")
		return nil, errs
	}
	p := &Profile{Answered: map[string]bool{}, Attestations: map[string]bool{}}
	jsonlite.DecodeSpecs(v, "", unsafe.Pointer(p), profileSpecs, nil, &errs)
	for _, m := range v.Obj {
		if m.Val.Kind != jsonlite.Null {
			p.Answered[m.Key] = true
		}
	}
	if p.format != Format {
		errs.Add("format", `must be "`+Format+`"`)
	}
	return p, errs
}

// The profile's field tables are static data (jsonlite.Spec): decoding
// a profile runs one generic loop instead of code per field.
var (
	profileSpecs = []jsonlite.Spec{
		{Key: "format", Off: unsafe.Offsetof(Profile{}.format)},
		{Key: "name", Off: unsafe.Offsetof(Profile{}.Name)},
		{Key: "degrees", Off: unsafe.Offsetof(Profile{}.Degrees), T: jsonlite.TList, Elem: &jsonlite.Elem{
			Size: unsafe.Sizeof(Degree{}), List: ListDegrees, Alloc: alloc, Specs: []jsonlite.Spec{
				{Key: "level", Off: unsafe.Offsetof(Degree{}.Level)},
				{Key: "name", Off: unsafe.Offsetof(Degree{}.Name)},
				{Key: "field", Off: unsafe.Offsetof(Degree{}.Field)},
				{Key: "related", Off: unsafe.Offsetof(Degree{}.Related), T: jsonlite.TBool},
				{Key: "date", Off: unsafe.Offsetof(Degree{}.Date), T: jsonlite.TCustom, Hook: model.DateAt}}}},
		{Key: "licenses", Off: unsafe.Offsetof(Profile{}.Licenses), T: jsonlite.TList, Elem: &jsonlite.Elem{
			Size: unsafe.Sizeof(License{}), List: ListLicenses, Alloc: alloc, Specs: []jsonlite.Spec{
				{Key: "kind", Off: unsafe.Offsetof(License{}.Kind)},
				{Key: "name", Off: unsafe.Offsetof(License{}.Name)},
				{Key: "date", Off: unsafe.Offsetof(License{}.Date), T: jsonlite.TCustom, Hook: model.DateAt}}}},
		{Key: "credentials", Off: unsafe.Offsetof(Profile{}.Credentials), T: jsonlite.TList, Elem: &jsonlite.Elem{
			Size: unsafe.Sizeof(Credential{}), List: ListCredentials, Alloc: alloc, Specs: []jsonlite.Spec{
				{Key: "id", Off: unsafe.Offsetof(Credential{}.ID)},
				{Key: "date", Off: unsafe.Offsetof(Credential{}.Date), T: jsonlite.TCustom, Hook: model.DateAt}}}},
		{Key: "training", Off: unsafe.Offsetof(Profile{}.Training), T: jsonlite.TList, Elem: &jsonlite.Elem{
			Size: unsafe.Sizeof(Training{}), List: ListTraining, Alloc: alloc, Specs: []jsonlite.Spec{
				{Key: "title", Off: unsafe.Offsetof(Training{}.Title)},
				{Key: "hours", T: jsonlite.TCustom, Hook: trainingHours},
				{Key: "date", Off: unsafe.Offsetof(Training{}.Date), T: jsonlite.TCustom, Hook: model.DateAt},
				{Key: "topics", Off: unsafe.Offsetof(Training{}.Topics), T: jsonlite.TStrings},
				{Key: "course", Off: unsafe.Offsetof(Training{}.Course)}}}},
		{Key: "work", Off: unsafe.Offsetof(Profile{}.Work), T: jsonlite.TList, Elem: &jsonlite.Elem{
			Size: unsafe.Sizeof(Work{}), List: ListWork, Alloc: alloc, Specs: []jsonlite.Spec{
				{Key: "role", Off: unsafe.Offsetof(Work{}.Role)},
				{Key: "start", Off: unsafe.Offsetof(Work{}.Start), T: jsonlite.TCustom, Hook: model.DateAt},
				{Key: "end", Off: unsafe.Offsetof(Work{}.End), T: jsonlite.TCustom, Hook: model.DateAt},
				{Key: "paid", Off: unsafe.Offsetof(Work{}.Paid), T: jsonlite.TBool},
				{Key: "fte", Off: unsafe.Offsetof(Work{}.FTE), T: jsonlite.TFloat},
				{Key: "internship", Off: unsafe.Offsetof(Work{}.Internship), T: jsonlite.TBool},
				{Key: "supervisor_endorsement", Off: unsafe.Offsetof(Work{}.SupervisorEndorsement)},
				{Key: "age_band", Off: unsafe.Offsetof(Work{}.AgeBand)},
				{Key: "service", Off: unsafe.Offsetof(Work{}.Service)},
				{Key: "families", Off: unsafe.Offsetof(Work{}.Families), T: jsonlite.TInt}}}},
		{Key: "rsc_received", Off: unsafe.Offsetof(Profile{}.RSCReceived), T: jsonlite.TList, Elem: &jsonlite.Elem{
			Size: unsafe.Sizeof(RSC{}), List: ListRSCReceived, Alloc: alloc, Specs: []jsonlite.Spec{
				{Key: "date", T: jsonlite.TCustom, Hook: sessionDate},
				{Key: "start", Off: unsafe.Offsetof(RSC{}.Start), T: jsonlite.TCustom, Hook: model.DateAt},
				{Key: "end", Off: unsafe.Offsetof(RSC{}.End), T: jsonlite.TCustom, Hook: model.DateAt},
				{Key: "hours", Off: unsafe.Offsetof(RSC{}.Hours), T: jsonlite.TFloat},
				{Key: "format", Off: unsafe.Offsetof(RSC{}.Format)},
				{Key: "provider", Off: unsafe.Offsetof(RSC{}.Provider)},
				{Key: "provider_endorsement", Off: unsafe.Offsetof(RSC{}.ProviderEndorsement)},
				{Key: "provider_vetted", Off: unsafe.Offsetof(RSC{}.ProviderVetted), T: jsonlite.TBool},
				{Key: "provider_master", Off: unsafe.Offsetof(RSC{}.ProviderMaster), T: jsonlite.TBool},
				{Key: "provider_ers", Off: unsafe.Offsetof(RSC{}.ProviderERS), T: jsonlite.TBool},
				{Key: "about_own_rsc", Off: unsafe.Offsetof(RSC{}.Own), T: jsonlite.TBool}}}},
		{Key: "rsc_provided", Off: unsafe.Offsetof(Profile{}.RSCProvided), T: jsonlite.TList, Elem: &jsonlite.Elem{
			Size: unsafe.Sizeof(Period{}), List: ListRSCProvided, Alloc: alloc, Specs: []jsonlite.Spec{
				{Key: "start", Off: unsafe.Offsetof(Period{}.Start), T: jsonlite.TCustom, Hook: model.DateAt},
				{Key: "end", Off: unsafe.Offsetof(Period{}.End), T: jsonlite.TCustom, Hook: model.DateAt},
				{Key: "format", Off: unsafe.Offsetof(Period{}.Format)},
				{Key: "supervisees", Off: unsafe.Offsetof(Period{}.Supervisees), T: jsonlite.TInt}}}},
		{Key: "leadership", Off: unsafe.Offsetof(Profile{}.Leadership), T: jsonlite.TList, Elem: &jsonlite.Elem{
			Size: unsafe.Sizeof(Leadership{}), List: ListLeadership, Alloc: alloc, Specs: []jsonlite.Spec{
				{Key: "role", Off: unsafe.Offsetof(Leadership{}.Role)},
				{Key: "start", Off: unsafe.Offsetof(Leadership{}.Start), T: jsonlite.TCustom, Hook: model.DateAt},
				{Key: "end", Off: unsafe.Offsetof(Leadership{}.End), T: jsonlite.TCustom, Hook: model.DateAt},
				{Key: "kind", Off: unsafe.Offsetof(Leadership{}.Kind)},
				{Key: "level", Off: unsafe.Offsetof(Leadership{}.Level)}}}},
		{Key: "references", Off: unsafe.Offsetof(Profile{}.References), T: jsonlite.TList, Elem: &jsonlite.Elem{
			Size: unsafe.Sizeof(Reference{}), List: ListReferences, Alloc: alloc, Specs: []jsonlite.Spec{
				{Key: "role", Off: unsafe.Offsetof(Reference{}.Role)},
				{Key: "rater_endorsement", Off: unsafe.Offsetof(Reference{}.RaterEndorsement)},
				{Key: "rater_vetted", Off: unsafe.Offsetof(Reference{}.RaterVetted), T: jsonlite.TBool}}}},
		{Key: "exam", Off: unsafe.Offsetof(Profile{}.Exam), T: jsonlite.TObject, Elem: &jsonlite.Elem{Specs: []jsonlite.Spec{
			{Key: "passed", Off: unsafe.Offsetof(Exam{}.Passed), T: jsonlite.TBool},
			{Key: "date", Off: unsafe.Offsetof(Exam{}.Date), T: jsonlite.TCustom, Hook: model.DateAt},
			{Key: "form", Off: unsafe.Offsetof(Exam{}.Form)}}}},
		{Key: "code_of_ethics", Off: unsafe.Offsetof(Profile{}.Ethics), T: jsonlite.TObject, Elem: &jsonlite.Elem{Specs: []jsonlite.Spec{
			{Key: "signed", Off: unsafe.Offsetof(Ethics{}.Signed), T: jsonlite.TBool},
			{Key: "date", Off: unsafe.Offsetof(Ethics{}.Date), T: jsonlite.TCustom, Hook: model.DateAt}}}},
		{Key: "memberships", Off: unsafe.Offsetof(Profile{}.Memberships), T: jsonlite.TList, Elem: &jsonlite.Elem{
			Size: unsafe.Sizeof(Membership{}), List: ListMemberships, Alloc: alloc, Specs: []jsonlite.Spec{
				{Key: "association", Off: unsafe.Offsetof(Membership{}.Association)},
				{Key: "until", Off: unsafe.Offsetof(Membership{}.Until), T: jsonlite.TCustom, Hook: model.DateAt}}}},
		{Key: "endorsements", Off: unsafe.Offsetof(Profile{}.Endorsements), T: jsonlite.TList, Elem: &jsonlite.Elem{
			Size: unsafe.Sizeof(Endorsement{}), List: ListEndorsements, Alloc: alloc, Specs: []jsonlite.Spec{
				{Key: "category", Off: unsafe.Offsetof(Endorsement{}.Category)},
				{Key: "since", Off: unsafe.Offsetof(Endorsement{}.Since), T: jsonlite.TCustom, Hook: model.DateAt}}}},
		{Key: "attestations", Off: unsafe.Offsetof(Profile{}.Attestations), T: jsonlite.TCustom, Hook: attestations},
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

// alloc makes the profile list at p n entries long (jsonlite.Elem.Alloc);
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

func (t *hoursField) UnmarshalValue(v jsonlite.Value) string {
	if v.Kind != jsonlite.Number {
		return "must be a number ≥ 0"
	}
	t.Hours, t.HasHours = v.Num, true
	return ""
}

// sessionDate decodes rsc_received[].date: a single session, Start = End.
func sessionDate(p unsafe.Pointer) any { return (*sessionDay)(p) }

type sessionDay RSC

func (s *sessionDay) UnmarshalValue(v jsonlite.Value) string {
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

func (b *boolMap) UnmarshalValue(v jsonlite.Value) string {
	if v.Kind != jsonlite.Object {
		return "must be an object of true/false answers"
	}
	for _, m := range v.Obj {
		if m.Val.Kind != jsonlite.Bool {
			return "must be an object of true/false answers"
		}
		(*b)[m.Key] = m.Val.Bool
	}
	return ""
}
