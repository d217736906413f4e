package model

import "github.com/iecmh/endorse/internal/wasmjson"

//go:generate go run ../wasmjson/bindgen -write

// Format is the "format" of rules.json.
const Format = "endorse-rules/1"

// DecodeAssociation reads association.toml's tables but [[overrides]],
// which the loader applies.
func DecodeAssociation(v wasmjson.Value, errs *wasmjson.Errors) Association {
	var a Association
	wasmjson.DecodeObject(&v, "", errs, wasmjson.FieldFunc(func(key string, f *wasmjson.Field) bool {
		return key == "overrides" || a.DecodeField(key, f)
	}))
	return a
}

// DecodeVocabulary reads vocabulary.toml.
func DecodeVocabulary(v wasmjson.Value, errs *wasmjson.Errors) Vocabulary {
	var voc Vocabulary
	wasmjson.DecodeObject(&v, "", errs, &voc)
	return voc
}

// DecodeProviders reads providers.toml: the object that rules.json holds
// under "providers".
func DecodeProviders(v wasmjson.Value, errs *wasmjson.Errors) []ProviderRule {
	var m Model
	wasmjson.DecodeObject(&v, "", errs, wasmjson.FieldFunc(m.decodeProvidersField))
	return m.Providers
}

// DecodeCategory reads one category file. It does not Resolve.
func DecodeCategory(v wasmjson.Value, path string, errs *wasmjson.Errors) *Category {
	c := &Category{}
	wasmjson.DecodeObject(&v, path, errs, c)
	return c
}

// DecodeRequirement reads one requirement table: the common keys plus the
// parameters of its kind. An unknown kind is reported once and its other
// keys are not checked.
func DecodeRequirement(v wasmjson.Value, path string, errs *wasmjson.Errors) *Requirement {
	r := &Requirement{Path: path}
	kind, _ := v.Get("kind")
	params, known := NewParams(kind.Str)
	switch {
	case kind.Kind != wasmjson.String:
		errs.Add(wasmjson.Join(path, "kind"), "missing requirement kind")
	case !known:
		errs.Add(wasmjson.Join(path, "kind"), "unknown requirement kind "+quote(kind.Str))
	}
	r.Params = params
	var key wasmjson.Writer // the kind and parameters as rules.json writes them, for numberParams
	key.BeginObject()
	key.Key(kind.Str)
	key.BeginObject()
	wasmjson.DecodeObject(&v, path, errs, wasmjson.FieldFunc(func(k string, f *wasmjson.Field) bool {
		if r.DecodeField(k, f) {
			return true
		}
		if params != nil && params.DecodeField(k, f) {
			key.Key(k)
			key.Value(*f.Value())
			return true
		}
		return !known
	}))
	if params != nil {
		key.EndObject()
		key.EndObject()
		r.paramsKey = string(key.Bytes())
	}
	return r
}

func quote(s string) string { return `"` + s + `"` }

// RequirementList is a category's requirements or renewal list: a list of
// requirement tables, each decoded by DecodeRequirement.
type RequirementList []*Requirement

// DecodeJSON implements wasmjson.Decoder.
func (l *RequirementList) DecodeJSON(f *wasmjson.Field) {
	v := f.Value()
	if v.Kind != wasmjson.Array {
		f.Fail("must be a list of tables")
		return
	}
	*l = make(RequirementList, len(v.Arr))
	for i, e := range v.Arr {
		(*l)[i] = DecodeRequirement(e, wasmjson.Index(f.Path(), i), f.Errors())
	}
}

// Words is one vocabulary table, {key = "label", …} (Resolve sorts it).
type Words []Word

// DecodeJSON implements wasmjson.Decoder.
func (w *Words) DecodeJSON(f *wasmjson.Field) {
	v := f.Value()
	list := make(Words, 0, len(v.Obj))
	for _, m := range v.Obj {
		if m.Val.Kind != wasmjson.String {
			break
		}
		list = append(list, Word{Key: m.Key, Label: m.Val.Str})
	}
	if v.Kind != wasmjson.Object || len(list) < len(v.Obj) {
		f.Fail("must be a table of labels")
		return
	}
	*w = list
}

// FeeTable is fees.categories: each category's fees under its id (Resolve
// sorts them).
type FeeTable []CategoryFees

// DecodeJSON implements wasmjson.Decoder.
func (t *FeeTable) DecodeJSON(f *wasmjson.Field) {
	v := f.Value()
	if v.Kind != wasmjson.Object {
		f.Fail("must be a table")
		return
	}
	*t = make(FeeTable, len(v.Obj))
	for i := range v.Obj {
		(*t)[i].Category = v.Obj[i].Key
		wasmjson.DecodeObject(&v.Obj[i].Val, wasmjson.Join(f.Path(), v.Obj[i].Key), f.Errors(), &(*t)[i])
	}
}
