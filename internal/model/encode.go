package model

import (
	"github.com/iecmh/endorse/internal/jsonlite"
)

// MarshalJSON returns the model as rules.json: deterministic, compact, and
// readable by DecodeModel.
func (m *Model) MarshalJSON() ([]byte, error) {
	var w jsonlite.Writer
	w.BeginObject()
	w.Key("format")
	w.String(Format)
	w.Key("association")
	m.Association.write(&w)
	w.Key("vocabulary")
	m.Vocabulary.write(&w)
	w.Key("providers")
	w.BeginObject()
	w.Key("rules")
	w.BeginArray()
	for i := range m.Providers {
		writeObject(&w, m.Providers[i].fields())
	}
	w.EndArray()
	w.EndObject()
	w.Key("categories")
	w.BeginArray()
	for _, c := range m.Categories {
		c.write(&w)
	}
	w.EndArray()
	w.Key("catalog")
	w.BeginArray()
	for i := range m.Catalog {
		writeObject(&w, m.Catalog[i].fields())
	}
	w.EndArray()
	w.EndObject()
	return w.Bytes(), nil
}

func writeObject(w *jsonlite.Writer, fields []jsonlite.Field) {
	w.BeginObject()
	jsonlite.WriteFields(w, fields)
	w.EndObject()
}

func (a *Association) write(w *jsonlite.Writer) {
	w.BeginObject()
	jsonlite.WriteFields(w, []jsonlite.Field{{Key: "id", Ptr: &a.ID}, {Key: "name", Ptr: &a.Name},
		{Key: "short_name", Ptr: &a.ShortName}, {Key: "website", Ptr: &a.Website}})
	w.Key("rsc")
	writeObject(w, []jsonlite.Field{{Key: "endorsed_only_from", Ptr: &a.EndorsedOnlyFrom}, {Key: "note", Ptr: &a.RSCNote}})
	w.Key("fees")
	w.BeginObject()
	jsonlite.WriteFields(w, []jsonlite.Field{{Key: "membership", Ptr: &a.Fees.Membership},
		{Key: "credential", Ptr: &a.Fees.Credential}})
	w.Key("categories")
	w.BeginObject()
	for i := range a.Fees.Categories {
		w.Key(a.Fees.Categories[i].Category)
		writeObject(w, a.Fees.Categories[i].fields())
	}
	w.EndObject()
	w.EndObject()
	w.EndObject()
}

func (voc *Vocabulary) write(w *jsonlite.Writer) {
	w.BeginObject()
	for _, l := range voc.lists() {
		w.Key(l.key)
		w.BeginObject()
		for _, word := range *l.list {
			w.Key(word.Key)
			w.String(word.Label)
		}
		w.EndObject()
	}
	w.EndObject()
}

func (c *Category) write(w *jsonlite.Writer) {
	w.BeginObject()
	jsonlite.WriteFields(w, c.fields())
	w.Key("editions")
	w.BeginArray()
	for _, e := range c.Editions {
		writeObject(w, e.fields())
	}
	w.EndArray()
	writeRequirements(w, "requirements", c.Requirements)
	writeRequirements(w, "renewal", c.Renewal)
	w.Key("removed")
	w.BeginArray()
	for i := range c.Removed {
		writeObject(w, c.Removed[i].fields())
	}
	w.EndArray()
	w.EndObject()
}

func writeRequirements(w *jsonlite.Writer, key string, list []*Requirement) {
	w.Key(key)
	w.BeginArray()
	for _, r := range list {
		w.BeginObject()
		jsonlite.WriteFields(w, r.fields())
		if r.Params != nil {
			jsonlite.WriteFields(w, r.Params.Fields())
		}
		w.EndObject()
	}
	w.EndArray()
}

// DecodeModel reads rules.json (as written by MarshalJSON) and resolves the
// editions. It trusts the content checks the build made (Check runs in the
// rules loader, not here, which keeps the browser's download small); the
// engine does not panic on any model it returns.
func DecodeModel(data []byte) (*Model, error) {
	v, err := jsonlite.Parse(data)
	if err != nil {
		return nil, jsonlite.TextError("rules.json: " + err.Error())
	}
	m, errs := decodeModel(v)
	if len(errs) > 0 {
		return nil, jsonlite.TextError("rules.json: " + errs[0].Error())
	}
	if issues := Resolve(m); len(issues) > 0 {
		return nil, jsonlite.TextError("rules.json: " + issues[0].Error())
	}
	return m, nil
}

func decodeModel(v jsonlite.Value) (*Model, jsonlite.Errors) {
	var errs jsonlite.Errors
	m := &Model{}
	var format string
	var assoc, voc, prov, cats, catalog jsonlite.Value
	jsonlite.DecodeObject(v, "", []jsonlite.Field{{Key: "format", Ptr: &format},
		{Key: "association", Ptr: &rawValue{&assoc}}, {Key: "vocabulary", Ptr: &rawValue{&voc}},
		{Key: "providers", Ptr: &rawValue{&prov}}, {Key: "categories", Ptr: &rawValue{&cats}},
		{Key: "catalog", Ptr: &rawValue{&catalog}}}, nil, &errs)
	if format != Format {
		errs.Add("format", "must be "+quote(Format))
		return m, errs
	}
	m.Association = DecodeAssociation(assoc, nil, &errs)
	m.Vocabulary = DecodeVocabulary(voc, &errs)
	m.Providers = DecodeProviders(prov, &errs)
	for i, c := range cats.Arr {
		m.Categories = append(m.Categories, DecodeCategory(c, jsonlite.Index("categories", i), &errs))
	}
	for i, c := range catalog.Arr {
		var course Course
		jsonlite.DecodeObject(c, jsonlite.Index("catalog", i), course.fields(), nil, &errs)
		m.Catalog = append(m.Catalog, course)
	}
	return m, errs
}
