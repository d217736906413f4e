package profile

import (
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/wasmjson"
)

// maxHours bounds any number of hours in a profile.
const maxHours = 100000

// check validates values the engine relies on: required dates, date order,
// ranges and the engine's fixed word lists. Problems are reported entry by
// entry, in profile order.
func (p *Profile) check(errs *wasmjson.Errors) {
	for i, d := range p.Degrees {
		at := entry{"degrees", i}
		oneOf(errs, at, "level", d.Level, model.Levels, true)
		needDate(errs, at, "date", d.Date)
	}
	for i := range p.Training {
		p.Training[i].check(entry{"training", i}, errs)
	}
	for i := range p.Work {
		p.Work[i].check(entry{"work", i}, errs)
	}
	for i := range p.RSCReceived {
		p.RSCReceived[i].check(entry{"rsc_received", i}, errs)
	}
	for i, r := range p.RSCProvided {
		at := entry{"rsc_provided", i}
		period(errs, at, r.Start, r.End)
		oneOf(errs, at, "format", r.Format, model.RSCFormats, false)
		nonNegative(errs, at, "supervisees", float64(r.Supervisees))
	}
	for i, l := range p.Leadership {
		at := entry{"leadership", i}
		period(errs, at, l.Start, l.End)
		oneOf(errs, at, "level", l.Level, model.LeaderLevels, false)
	}
	for i, r := range p.References {
		oneOf(errs, entry{"references", i}, "role", r.Role, nil, true)
	}
	oneOf(errs, entry{"exam", -1}, "form", p.Exam.Form, model.ExamForms, false)
	for i, e := range p.Endorsements {
		oneOf(errs, entry{"endorsements", i}, "category", e.Category, nil, true)
	}
}

func (t *Training) check(at entry, errs *wasmjson.Errors) {
	if t.HasHours {
		hours(errs, at, t.Hours)
	} else if t.Course == "" {
		problem(errs, at, "hours", "missing: give the hours or a catalog course id")
	}
	needDate(errs, at, "date", t.Date)
}

func (w *Work) check(at entry, errs *wasmjson.Errors) {
	period(errs, at, w.Start, w.End)
	if w.FTE <= 0 || w.FTE > 1 {
		problem(errs, at, "fte", "must be a number above 0 and at most 1")
	}
	oneOf(errs, at, "age_band", w.AgeBand, model.AgeBands, false)
	nonNegative(errs, at, "families", float64(w.Families))
}

func (r *RSC) check(at entry, errs *wasmjson.Errors) {
	if r.End == 0 {
		r.End = r.Start
	}
	period(errs, at, r.Start, r.End)
	hours(errs, at, r.Hours)
	if r.Format == "" {
		r.Format = "individual"
	}
	oneOf(errs, at, "format", r.Format, model.RSCFormats, false)
}

// The checks below report a problem with the field key of the entry at.

// period checks a start date (required) and an end not before it.
func period(errs *wasmjson.Errors, at entry, start, end model.Date) {
	needDate(errs, at, "start", start)
	if end != 0 && end < start {
		problem(errs, at, "end", "is before start")
	}
}

func needDate(errs *wasmjson.Errors, at entry, key string, d model.Date) {
	if d == 0 {
		problem(errs, at, key, "missing: a date YYYY-MM-DD is required")
	}
}

// hours checks a number of hours: from 0 to maxHours. Over the cap the
// message gives the range (a large number is not "below 0").
func hours(errs *wasmjson.Errors, at entry, h float64) {
	switch {
	case h < 0:
		problem(errs, at, "hours", "must be a number ≥ 0")
	case h > maxHours:
		problem(errs, at, "hours", "must be a number from 0 to 100000")
	}
}

func nonNegative(errs *wasmjson.Errors, at entry, key string, f float64) {
	if f < 0 {
		problem(errs, at, key, "must be a number ≥ 0")
	}
}

// oneOf checks a word against list; an empty word is a problem only when
// required. A nil list allows any word.
func oneOf(errs *wasmjson.Errors, at entry, key, s string, list []string, required bool) {
	switch {
	case s == "" && required:
		problem(errs, at, key, "missing (required)")
	case s != "" && list != nil && !model.In(list, s):
		problem(errs, at, key, `"`+s+`" is not one of `+model.Join(list))
	}
}

func problem(errs *wasmjson.Errors, at entry, key, msg string) {
	path := at.list
	if at.i >= 0 {
		path = wasmjson.Index(path, at.i)
	}
	errs.Add(wasmjson.Join(path, key), msg)
}

// entry is the entry i of a profile list (its path is "list[i]"), or the
// object list when i is -1.
type entry struct {
	list string
	i    int
}
