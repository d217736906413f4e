package model

import (
	"unsafe"

	"github.com/iecmh/endorse/internal/jsonlite"
)

// Format is the "format" of rules.json.
const Format = "endorse-rules/1"

// DecodeAssociation reads association.toml's tables (all but [[overrides]],
// which the loader applies; skip reports the keys the caller handles).
func DecodeAssociation(v jsonlite.Value, skip func(string) bool, errs *jsonlite.Errors) Association {
	var a Association
	jsonlite.DecodeSpecs(v, "", unsafe.Pointer(&a), associationSpecs, skip, errs)
	return a
}

// DecodeVocabulary reads vocabulary.toml.
func DecodeVocabulary(v jsonlite.Value, errs *jsonlite.Errors) Vocabulary {
	var voc Vocabulary
	jsonlite.DecodeSpecs(v, "", unsafe.Pointer(&voc), vocabularySpecs, nil, errs)
	return voc
}

// DecodeProviders reads providers.toml.
func DecodeProviders(v jsonlite.Value, errs *jsonlite.Errors) []ProviderRule {
	var m Model
	jsonlite.DecodeSpecs(v, "", unsafe.Pointer(&m), providersSpecs, nil, errs)
	return m.Providers
}

// DecodeCategory reads one category file (or one entry of rules.json's
// categories). It does not Resolve.
func DecodeCategory(v jsonlite.Value, path string, errs *jsonlite.Errors) *Category {
	c := &Category{}
	jsonlite.DecodeSpecs(v, path, unsafe.Pointer(c), categorySpecs, nil, errs)
	return c
}

// DecodeRequirement reads one requirement table: the common keys plus the
// parameters of its kind. An unknown kind is reported once and its other
// keys are not checked.
func DecodeRequirement(v jsonlite.Value, path string, errs *jsonlite.Errors) *Requirement {
	r := &Requirement{Path: path}
	kind, _ := v.Get("kind")
	params, kindParams, known := newParams(kind.Str)
	switch {
	case kind.Kind != jsonlite.String:
		errs.Add(jsonlite.Join(path, "kind"), "missing requirement kind")
	case !known:
		errs.Add(jsonlite.Join(path, "kind"), "unknown requirement kind "+quote(kind.Str))
	}
	r.Params = params
	common := jsonlite.Target{Base: unsafe.Pointer(r), Specs: requirementSpecs}
	jsonlite.DecodeTargets(v, path, common, kindParams, func(string) bool { return !known }, errs)
	return r
}

func quote(s string) string { return `"` + s + `"` }

// requirementList is a category's requirements or renewal list.
type requirementList []*Requirement

func requirementListAt(p unsafe.Pointer) any { return (*requirementList)(p) }

func (l *requirementList) UnmarshalAt(v jsonlite.Value, path string, errs *jsonlite.Errors) {
	if v.Kind != jsonlite.Array {
		errs.Add(path, "must be a list of tables")
		return
	}
	*l = make(requirementList, len(v.Arr))
	for i, e := range v.Arr {
		(*l)[i] = DecodeRequirement(e, jsonlite.Index(path, i), errs)
	}
}

// wordList is one vocabulary table: labels by key (Resolve sorts them).
type wordList []Word

func wordListAt(p unsafe.Pointer) any { return (*wordList)(p) }

func (w *wordList) UnmarshalValue(v jsonlite.Value) string {
	if v.Kind != jsonlite.Object {
		return "must be a table of labels"
	}
	for _, m := range v.Obj {
		if m.Val.Kind != jsonlite.String {
			return "must be a table of labels"
		}
		*w = append(*w, Word{Key: m.Key, Label: m.Val.Str})
	}
	return ""
}

// feeTable is fees.categories: each category's fees (Resolve sorts them).
type feeTable []CategoryFees

func feeTableAt(p unsafe.Pointer) any { return (*feeTable)(p) }

func (f *feeTable) UnmarshalAt(v jsonlite.Value, path string, errs *jsonlite.Errors) {
	if v.Kind != jsonlite.Object {
		errs.Add(path, "must be a table")
		return
	}
	for _, m := range v.Obj {
		c := CategoryFees{Category: m.Key}
		jsonlite.DecodeSpecs(m.Val, jsonlite.Join(path, m.Key), unsafe.Pointer(&c), categoryFeeSpecs, nil, errs)
		*f = append(*f, c)
	}
}
