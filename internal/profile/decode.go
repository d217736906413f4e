package profile

import (
	"github.com/iecmh/endorse/internal/jsonlite"
	"github.com/iecmh/endorse/internal/model"
)

// FromValue decodes and checks a parsed profile.
func FromValue(v jsonlite.Value) (*Profile, jsonlite.Errors) {
	var errs jsonlite.Errors
	if v.Kind != jsonlite.Object {
		errs.Add("", "a profile must be a JSON object")
		return nil, errs
	}
	p := &Profile{Answered: map[string]bool{}, Attestations: map[string]bool{}}
	format := ""
	jsonlite.DecodeObject(v, "", p.fields(&format), nil, &errs)
	for _, m := range v.Obj {
		if m.Val.Kind != jsonlite.Null {
			p.Answered[m.Key] = true
		}
	}
	if format != Format {
		errs.Add("format", `must be "`+Format+`"`)
	}
	p.check(&errs)
	return p, errs
}

func (p *Profile) fields(format *string) []jsonlite.Field {
	return []jsonlite.Field{{Key: "format", Ptr: format}, {Key: "name", Ptr: &p.Name},
		{Key: "degrees", Ptr: &listField{func(n int) { p.Degrees = make([]Degree, n) },
			func(i int) []jsonlite.Field { return p.Degrees[i].fields() }}},
		{Key: "licenses", Ptr: &listField{func(n int) { p.Licenses = make([]License, n) },
			func(i int) []jsonlite.Field { return p.Licenses[i].fields() }}},
		{Key: "credentials", Ptr: &listField{func(n int) { p.Credentials = make([]Credential, n) },
			func(i int) []jsonlite.Field { return p.Credentials[i].fields() }}},
		{Key: "training", Ptr: &listField{func(n int) { p.Training = make([]Training, n) },
			func(i int) []jsonlite.Field { return p.Training[i].fields() }}},
		{Key: "work", Ptr: &listField{func(n int) { p.Work = make([]Work, n) },
			func(i int) []jsonlite.Field { return p.Work[i].fields() }}},
		{Key: "rsc_received", Ptr: &listField{func(n int) { p.RSCReceived = make([]RSC, n) },
			func(i int) []jsonlite.Field { return p.RSCReceived[i].fields() }}},
		{Key: "rsc_provided", Ptr: &listField{func(n int) { p.RSCProvided = make([]Period, n) },
			func(i int) []jsonlite.Field { return p.RSCProvided[i].fields() }}},
		{Key: "leadership", Ptr: &listField{func(n int) { p.Leadership = make([]Leadership, n) },
			func(i int) []jsonlite.Field { return p.Leadership[i].fields() }}},
		{Key: "references", Ptr: &listField{func(n int) { p.References = make([]Reference, n) },
			func(i int) []jsonlite.Field { return p.References[i].fields() }}},
		{Key: "exam", Ptr: &objectField{p.Exam.fields()}},
		{Key: "code_of_ethics", Ptr: &objectField{p.Ethics.fields()}},
		{Key: "memberships", Ptr: &listField{func(n int) { p.Memberships = make([]Membership, n) },
			func(i int) []jsonlite.Field { return p.Memberships[i].fields() }}},
		{Key: "endorsements", Ptr: &listField{func(n int) { p.Endorsements = make([]Endorsement, n) },
			func(i int) []jsonlite.Field { return p.Endorsements[i].fields() }}},
		{Key: "attestations", Ptr: &boolMap{p.Attestations}}}
}

// listField decodes a list of objects: alloc makes the list n long, fields
// gives entry i's field table. (Closures rather than generics: each generic
// instantiation would add its own copy of the code to the wasm.)
type listField struct {
	alloc  func(n int)
	fields func(i int) []jsonlite.Field
}

func (l *listField) UnmarshalAt(v jsonlite.Value, path string, errs *jsonlite.Errors) {
	if v.Kind != jsonlite.Array {
		errs.Add(path, "must be a list")
		return
	}
	l.alloc(len(v.Arr))
	for i, e := range v.Arr {
		jsonlite.DecodeObject(e, jsonlite.Index(path, i), l.fields(i), nil, errs)
	}
}

// objectField decodes a nested object through its field table.
type objectField struct{ fields []jsonlite.Field }

func (o *objectField) UnmarshalAt(v jsonlite.Value, path string, errs *jsonlite.Errors) {
	jsonlite.DecodeObject(v, path, o.fields, nil, errs)
}

type boolMap struct{ m map[string]bool }

func (b *boolMap) UnmarshalValue(v jsonlite.Value) string {
	if v.Kind != jsonlite.Object {
		return "must be an object of true/false answers"
	}
	for _, m := range v.Obj {
		if m.Val.Kind != jsonlite.Bool {
			return "must be an object of true/false answers"
		}
		b.m[m.Key] = m.Val.Bool
	}
	return ""
}

func (d *Degree) fields() []jsonlite.Field {
	return []jsonlite.Field{{Key: "level", Ptr: &d.Level}, {Key: "name", Ptr: &d.Name},
		{Key: "field", Ptr: &d.Field}, {Key: "related", Ptr: &d.Related}, {Key: "date", Ptr: &d.Date}}
}

func (l *License) fields() []jsonlite.Field {
	return []jsonlite.Field{{Key: "kind", Ptr: &l.Kind}, {Key: "name", Ptr: &l.Name}, {Key: "date", Ptr: &l.Date}}
}

func (c *Credential) fields() []jsonlite.Field {
	return []jsonlite.Field{{Key: "id", Ptr: &c.ID}, {Key: "date", Ptr: &c.Date}}
}

func (t *Training) fields() []jsonlite.Field {
	return []jsonlite.Field{{Key: "title", Ptr: &t.Title}, {Key: "hours", Ptr: &hoursField{&t.Hours, &t.HasHours}},
		{Key: "date", Ptr: &t.Date}, {Key: "topics", Ptr: &t.Topics}, {Key: "course", Ptr: &t.Course}}
}

type hoursField struct {
	h   *float64
	has *bool
}

func (f *hoursField) UnmarshalValue(v jsonlite.Value) string {
	if v.Kind != jsonlite.Number {
		return "must be a number ≥ 0"
	}
	*f.h, *f.has = v.Num, true
	return ""
}

func (w *Work) fields() []jsonlite.Field {
	w.FTE = 1
	return []jsonlite.Field{{Key: "role", Ptr: &w.Role}, {Key: "start", Ptr: &w.Start}, {Key: "end", Ptr: &w.End},
		{Key: "paid", Ptr: &w.Paid}, {Key: "fte", Ptr: &w.FTE}, {Key: "internship", Ptr: &w.Internship},
		{Key: "supervisor_endorsement", Ptr: &w.SupervisorEndorsement}, {Key: "age_band", Ptr: &w.AgeBand},
		{Key: "service", Ptr: &w.Service}, {Key: "families", Ptr: &w.Families}}
}

func (r *RSC) fields() []jsonlite.Field {
	return []jsonlite.Field{{Key: "date", Ptr: &sessionDate{r}}, {Key: "start", Ptr: &r.Start}, {Key: "end", Ptr: &r.End},
		{Key: "hours", Ptr: &r.Hours}, {Key: "format", Ptr: &r.Format}, {Key: "provider", Ptr: &r.Provider},
		{Key: "provider_endorsement", Ptr: &r.ProviderEndorsement}, {Key: "provider_vetted", Ptr: &r.ProviderVetted},
		{Key: "provider_master", Ptr: &r.ProviderMaster}, {Key: "provider_ers", Ptr: &r.ProviderERS},
		{Key: "about_own_rsc", Ptr: &r.Own}}
}

// sessionDate is "date": a single session, Start = End.
type sessionDate struct{ r *RSC }

func (s *sessionDate) UnmarshalValue(v jsonlite.Value) string {
	var d model.Date
	if msg := d.UnmarshalValue(v); msg != "" {
		return msg
	}
	s.r.Start, s.r.End = d, d
	return ""
}

func (p *Period) fields() []jsonlite.Field {
	return []jsonlite.Field{{Key: "start", Ptr: &p.Start}, {Key: "end", Ptr: &p.End},
		{Key: "format", Ptr: &p.Format}, {Key: "supervisees", Ptr: &p.Supervisees}}
}

func (l *Leadership) fields() []jsonlite.Field {
	return []jsonlite.Field{{Key: "role", Ptr: &l.Role}, {Key: "start", Ptr: &l.Start}, {Key: "end", Ptr: &l.End},
		{Key: "kind", Ptr: &l.Kind}, {Key: "level", Ptr: &l.Level}}
}

func (r *Reference) fields() []jsonlite.Field {
	return []jsonlite.Field{{Key: "role", Ptr: &r.Role}, {Key: "rater_endorsement", Ptr: &r.RaterEndorsement},
		{Key: "rater_vetted", Ptr: &r.RaterVetted}}
}

func (e *Exam) fields() []jsonlite.Field {
	return []jsonlite.Field{{Key: "passed", Ptr: &e.Passed}, {Key: "date", Ptr: &e.Date}, {Key: "form", Ptr: &e.Form}}
}

func (e *Ethics) fields() []jsonlite.Field {
	return []jsonlite.Field{{Key: "signed", Ptr: &e.Signed}, {Key: "date", Ptr: &e.Date}}
}

func (m *Membership) fields() []jsonlite.Field {
	return []jsonlite.Field{{Key: "association", Ptr: &m.Association}, {Key: "until", Ptr: &m.Until}}
}

func (e *Endorsement) fields() []jsonlite.Field {
	return []jsonlite.Field{{Key: "category", Ptr: &e.Category}, {Key: "since", Ptr: &e.Since}}
}
