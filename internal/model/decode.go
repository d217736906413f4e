package model

import (
	"github.com/iecmh/endorse/internal/jsonlite"
)

// Format is the "format" of rules.json.
const Format = "endorse-rules/1"

// DecodeAssociation reads association.toml's tables (all but [[overrides]],
// which the loader applies; skip reports the keys the caller handles).
func DecodeAssociation(v jsonlite.Value, skip func(string) bool, errs *jsonlite.Errors) Association {
	var a Association
	var rsc, fees jsonlite.Value
	jsonlite.DecodeObject(v, "", []jsonlite.Field{{Key: "id", Ptr: &a.ID}, {Key: "name", Ptr: &a.Name},
		{Key: "short_name", Ptr: &a.ShortName}, {Key: "website", Ptr: &a.Website},
		{Key: "rsc", Ptr: &rawValue{&rsc}}, {Key: "fees", Ptr: &rawValue{&fees}}}, skip, errs)
	if rsc.Kind != jsonlite.Null {
		jsonlite.DecodeObject(rsc, "rsc", []jsonlite.Field{{Key: "endorsed_only_from", Ptr: &a.EndorsedOnlyFrom},
			{Key: "note", Ptr: &a.RSCNote}}, nil, errs)
	}
	if fees.Kind != jsonlite.Null {
		a.Fees = decodeFees(fees, errs)
	}
	return a
}

func decodeFees(v jsonlite.Value, errs *jsonlite.Errors) Fees {
	var f Fees
	var cats jsonlite.Value
	jsonlite.DecodeObject(v, "fees", []jsonlite.Field{{Key: "membership", Ptr: &f.Membership},
		{Key: "credential", Ptr: &f.Credential}, {Key: "categories", Ptr: &rawValue{&cats}}}, nil, errs)
	for _, m := range cats.Obj {
		c := CategoryFees{Category: m.Key}
		jsonlite.DecodeObject(m.Val, "fees.categories."+m.Key, c.fields(), nil, errs)
		f.Categories = append(f.Categories, c)
	}
	fc := f.Categories
	Sort(len(fc), func(i, j int) bool { return fc[i].Category < fc[j].Category }, func(i, j int) { fc[i], fc[j] = fc[j], fc[i] })
	return f
}

func (c *CategoryFees) fields() []jsonlite.Field {
	return []jsonlite.Field{{Key: "registration", Ptr: &c.Registration},
		{Key: "processing", Ptr: &c.Processing}, {Key: "exam", Ptr: &c.Exam}}
}

// rawValue captures a nested value for the caller to decode.
type rawValue struct{ v *jsonlite.Value }

func (r *rawValue) UnmarshalValue(v jsonlite.Value) string {
	if v.Kind != jsonlite.Object && v.Kind != jsonlite.Array {
		return "must be a table"
	}
	*r.v = v
	return ""
}

// vocabularyLists binds each table of vocabulary.toml to its list.
func (voc *Vocabulary) lists() []struct {
	key  string
	list *[]Word
} {
	return []struct {
		key  string
		list *[]Word
	}{{"topics", &voc.Topics}, {"services", &voc.Services}, {"roles", &voc.Roles},
		{"leadership", &voc.Leadership}, {"credentials", &voc.Credentials},
		{"licenses", &voc.Licenses}, {"attestations", &voc.Attestations}}
}

// DecodeVocabulary reads vocabulary.toml.
func DecodeVocabulary(v jsonlite.Value, errs *jsonlite.Errors) Vocabulary {
	var voc Vocabulary
	lists := voc.lists()
	fields := make([]jsonlite.Field, len(lists))
	for i, l := range lists {
		fields[i] = jsonlite.Field{Key: l.key, Ptr: &wordList{l.list}}
	}
	jsonlite.DecodeObject(v, "", fields, nil, errs)
	return voc
}

type wordList struct{ list *[]Word }

func (w *wordList) UnmarshalValue(v jsonlite.Value) string {
	if v.Kind != jsonlite.Object {
		return "must be a table of labels"
	}
	for _, m := range v.Obj {
		if m.Val.Kind != jsonlite.String {
			return "must be a table of labels"
		}
		*w.list = append(*w.list, Word{Key: m.Key, Label: m.Val.Str})
	}
	l := *w.list
	Sort(len(l), func(i, j int) bool { return l[i].Key < l[j].Key }, func(i, j int) { l[i], l[j] = l[j], l[i] })
	return ""
}

// DecodeProviders reads providers.toml.
func DecodeProviders(v jsonlite.Value, errs *jsonlite.Errors) []ProviderRule {
	var list jsonlite.Value
	jsonlite.DecodeObject(v, "", []jsonlite.Field{{Key: "rules", Ptr: &rawValue{&list}}}, nil, errs)
	rules := make([]ProviderRule, 0, len(list.Arr))
	for i, e := range list.Arr {
		var r ProviderRule
		jsonlite.DecodeObject(e, jsonlite.Index("rules", i), r.fields(), nil, errs)
		rules = append(rules, r)
	}
	return rules
}

func (r *ProviderRule) fields() []jsonlite.Field {
	return []jsonlite.Field{{Key: "categories", Ptr: &r.Categories}, {Key: "purpose", Ptr: &r.Purpose},
		{Key: "applicant", Ptr: &r.Applicant}, {Key: "from", Ptr: &r.From}, {Key: "until", Ptr: &r.Until},
		{Key: "providers", Ptr: &r.Providers}, {Key: "text", Ptr: &r.Text}, {Key: "source", Ptr: &r.Source}}
}

// DecodeCategory reads one category file (or one entry of rules.json's
// categories). It does not Resolve.
func DecodeCategory(v jsonlite.Value, path string, errs *jsonlite.Errors) *Category {
	c := &Category{}
	var eds, reqs, ren, rem jsonlite.Value
	fields := append(c.fields(), jsonlite.Field{Key: "editions", Ptr: &rawValue{&eds}},
		jsonlite.Field{Key: "requirements", Ptr: &rawValue{&reqs}},
		jsonlite.Field{Key: "renewal", Ptr: &rawValue{&ren}}, jsonlite.Field{Key: "removed", Ptr: &rawValue{&rem}})
	jsonlite.DecodeObject(v, path, fields, nil, errs)
	for i, e := range eds.Arr {
		ed := &Edition{}
		jsonlite.DecodeObject(e, jsonlite.Index(jsonlite.Join(path, "editions"), i), ed.fields(), nil, errs)
		c.Editions = append(c.Editions, ed)
	}
	c.Requirements = decodeRequirements(reqs, jsonlite.Join(path, "requirements"), errs)
	c.Renewal = decodeRequirements(ren, jsonlite.Join(path, "renewal"), errs)
	for i, e := range rem.Arr {
		var r Removal
		jsonlite.DecodeObject(e, jsonlite.Index(jsonlite.Join(path, "removed"), i), r.fields(), nil, errs)
		c.Removed = append(c.Removed, r)
	}
	return c
}

func (c *Category) fields() []jsonlite.Field {
	return []jsonlite.Field{{Key: "id", Ptr: &c.ID}, {Key: "name", Ptr: &c.Name}, {Key: "abbr", Ptr: &c.Abbr},
		{Key: "kind", Ptr: &c.Kind}, {Key: "band", Ptr: &c.Band}, {Key: "level", Ptr: &c.Level},
		{Key: "designation", Ptr: &c.Designation}, {Key: "order", Ptr: &c.Order},
		{Key: "summary", Ptr: &c.Summary}, {Key: "scope", Ptr: &c.Scope}, {Key: "note", Ptr: &c.Note},
		{Key: "source", Ptr: &c.Source}}
}

func (e *Edition) fields() []jsonlite.Field {
	return []jsonlite.Field{{Key: "id", Ptr: &e.ID}, {Key: "name", Ptr: &e.Name}, {Key: "from", Ptr: &e.From},
		{Key: "note", Ptr: &e.Note}, {Key: "source", Ptr: &e.Source}}
}

func (r *Removal) fields() []jsonlite.Field {
	return []jsonlite.Field{{Key: "requirement", Ptr: &r.Requirement}, {Key: "editions", Ptr: &r.Editions},
		{Key: "renewal", Ptr: &r.Renewal}, {Key: "note", Ptr: &r.Note}}
}

func decodeRequirements(v jsonlite.Value, path string, errs *jsonlite.Errors) []*Requirement {
	out := make([]*Requirement, 0, len(v.Arr))
	for i, e := range v.Arr {
		r := DecodeRequirement(e, jsonlite.Index(path, i), errs)
		out = append(out, r)
	}
	return out
}

// DecodeRequirement reads one requirement table: the common keys plus the
// parameters of its kind.
func DecodeRequirement(v jsonlite.Value, path string, errs *jsonlite.Errors) *Requirement {
	r := &Requirement{Path: path}
	kind, _ := v.Get("kind")
	r.Kind = kind.Str
	params, known := NewParams(r.Kind)
	fields := r.fields()
	switch {
	case kind.Kind != jsonlite.String:
		errs.Add(jsonlite.Join(path, "kind"), "missing requirement kind")
	case !known:
		errs.Add(jsonlite.Join(path, "kind"), "unknown requirement kind "+quote(r.Kind))
	case params != nil:
		r.Params = params
		fields = append(fields, r.Params.Fields()...)
	}
	skip := func(string) bool { return !known }
	jsonlite.DecodeObject(v, path, fields, skip, errs)
	return r
}

func (r *Requirement) fields() []jsonlite.Field {
	return []jsonlite.Field{{Key: "id", Ptr: &r.ID}, {Key: "kind", Ptr: &r.Kind},
		{Key: "section", Ptr: &r.Section}, {Key: "parent", Ptr: &r.Parent},
		{Key: "editions", Ptr: &r.Editions}, {Key: "from", Ptr: &r.From}, {Key: "until", Ptr: &r.Until},
		{Key: "text", Ptr: &r.Text}, {Key: "source", Ptr: &r.Source}, {Key: "note", Ptr: &r.Note},
		{Key: "override", Ptr: &r.Override}}
}

func quote(s string) string { return `"` + s + `"` }

func (c *Course) fields() []jsonlite.Field {
	return []jsonlite.Field{{Key: "id", Ptr: &c.ID}, {Key: "title", Ptr: &c.Title},
		{Key: "clock_hours", Ptr: &c.ClockHours}, {Key: "topics", Ptr: &c.Topics},
		{Key: "credential", Ptr: &c.Credential}, {Key: "sequence", Ptr: &c.Sequence}}
}
