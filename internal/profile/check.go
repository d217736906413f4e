package profile

import (
	"github.com/iecmh/endorse/internal/jsonlite"
	"github.com/iecmh/endorse/internal/model"
)

// maxHours bounds any number of hours in a profile.
const maxHours = 100000

// check validates values the engine relies on: required dates, date order,
// ranges and the engine's fixed word lists.
func (p *Profile) check(errs *jsonlite.Errors) {
	for i, d := range p.Degrees {
		at := jsonlite.Index("degrees", i)
		oneOf(errs, jsonlite.Join(at, "level"), d.Level, model.Levels, true)
		needDate(errs, jsonlite.Join(at, "date"), d.Date)
	}
	for i := range p.Training {
		p.Training[i].check(jsonlite.Index("training", i), errs)
	}
	for i := range p.Work {
		p.Work[i].check(jsonlite.Index("work", i), errs)
	}
	for i := range p.RSCReceived {
		p.RSCReceived[i].check(jsonlite.Index("rsc_received", i), errs)
	}
	for i, r := range p.RSCProvided {
		at := jsonlite.Index("rsc_provided", i)
		period(errs, at, r.Start, r.End)
		oneOf(errs, jsonlite.Join(at, "format"), r.Format, model.RSCFormats, false)
		nonNegative(errs, jsonlite.Join(at, "supervisees"), float64(r.Supervisees))
	}
	for i, l := range p.Leadership {
		at := jsonlite.Index("leadership", i)
		period(errs, at, l.Start, l.End)
		oneOf(errs, jsonlite.Join(at, "level"), l.Level, model.LeaderLevels, false)
	}
	for i, r := range p.References {
		if r.Role == "" {
			errs.Add(jsonlite.Join(jsonlite.Index("references", i), "role"), "missing (required)")
		}
	}
	oneOf(errs, "exam.form", p.Exam.Form, model.ExamForms, false)
	for i, e := range p.Endorsements {
		if e.Category == "" {
			errs.Add(jsonlite.Join(jsonlite.Index("endorsements", i), "category"), "missing (required)")
		}
	}
}

func (t *Training) check(at string, errs *jsonlite.Errors) {
	if t.HasHours && (t.Hours < 0 || t.Hours > maxHours) {
		errs.Add(jsonlite.Join(at, "hours"), "must be a number ≥ 0")
	}
	if !t.HasHours && t.Course == "" {
		errs.Add(jsonlite.Join(at, "hours"), "missing: give the hours or a catalog course id")
	}
	needDate(errs, jsonlite.Join(at, "date"), t.Date)
}

func (w *Work) check(at string, errs *jsonlite.Errors) {
	period(errs, at, w.Start, w.End)
	if w.FTE <= 0 || w.FTE > 1 {
		errs.Add(jsonlite.Join(at, "fte"), "must be a number above 0 and at most 1")
	}
	oneOf(errs, jsonlite.Join(at, "age_band"), w.AgeBand, model.AgeBands, false)
	nonNegative(errs, jsonlite.Join(at, "families"), float64(w.Families))
}

func (r *RSC) check(at string, errs *jsonlite.Errors) {
	if r.End == 0 {
		r.End = r.Start
	}
	period(errs, at, r.Start, r.End)
	if r.Hours < 0 || r.Hours > maxHours {
		errs.Add(jsonlite.Join(at, "hours"), "must be a number ≥ 0")
	}
	if r.Format == "" {
		r.Format = "individual"
	}
	oneOf(errs, jsonlite.Join(at, "format"), r.Format, model.RSCFormats, false)
}

func period(errs *jsonlite.Errors, at string, start, end model.Date) {
	needDate(errs, jsonlite.Join(at, "start"), start)
	if end != 0 && end < start {
		errs.Add(jsonlite.Join(at, "end"), "is before start")
	}
}

func needDate(errs *jsonlite.Errors, path string, d model.Date) {
	if d == 0 {
		errs.Add(path, "missing: a date YYYY-MM-DD is required")
	}
}

func nonNegative(errs *jsonlite.Errors, path string, f float64) {
	if f < 0 {
		errs.Add(path, "must be a number ≥ 0")
	}
}

func oneOf(errs *jsonlite.Errors, path, s string, list []string, required bool) {
	switch {
	case s == "" && required:
		errs.Add(path, "missing (required)")
	case s != "" && !model.In(list, s):
		errs.Add(path, `"`+s+`" is not one of `+model.Join(list))
	}
}
