package profile

import (
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/wasmjson"
)

//go:generate go run ../wasmjson/bindgen

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
	wasmjson.DecodeObject(&v, "", &errs, wasmjson.FieldFunc(func(key string, f *wasmjson.Field) bool {
		if key == "format" {
			f.String(&p.format)
			return true
		}
		return p.DecodeField(key, f)
	}))
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

// decodeExtra decodes training[].hours, recording that it was given.
func (t *Training) decodeExtra(key string, f *wasmjson.Field) bool {
	if key != "hours" {
		return false
	}
	switch v := f.Value(); v.Kind {
	case wasmjson.Number:
		t.Hours, t.HasHours = v.Num, true
	case wasmjson.Null:
	default:
		f.Fail("must be a number ≥ 0")
	}
	return true
}

// decodeExtra decodes rsc_received[].date: a single session, Start = End.
func (r *RSC) decodeExtra(key string, f *wasmjson.Field) bool {
	if key != "date" {
		return false
	}
	var d model.Date
	f.Custom(&d)
	if d != 0 {
		r.Start, r.End = d, d
	}
	return true
}
