package model

import (
	"unsafe"

	"github.com/iecmh/endorse/internal/wasmjson"
)

// Format is the "format" of rules.json.
const Format = "endorse-rules/1"

// DecodeAssociation reads association.toml's tables (all but [[overrides]],
// which the loader applies; skip reports the keys the caller handles).
func DecodeAssociation(v wasmjson.Value, skip func(string) bool, errs *wasmjson.Errors) Association {
	var a Association
	wasmjson.DecodeSpecs(v, "", unsafe.Pointer(&a), associationSpecs, skip, errs)
	return a
}

// DecodeVocabulary reads vocabulary.toml.
func DecodeVocabulary(v wasmjson.Value, errs *wasmjson.Errors) Vocabulary {
	var voc Vocabulary
	wasmjson.DecodeSpecs(v, "", unsafe.Pointer(&voc), vocabularySpecs, nil, errs)
	return voc
}

// DecodeProviders reads providers.toml.
func DecodeProviders(v wasmjson.Value, errs *wasmjson.Errors) []ProviderRule {
	var m Model
	wasmjson.DecodeSpecs(v, "", unsafe.Pointer(&m), providersSpecs, nil, errs)
	return m.Providers
}

// DecodeCategory reads one category file (or one entry of rules.json's
// categories). It does not Resolve.
func DecodeCategory(v wasmjson.Value, path string, errs *wasmjson.Errors) *Category {
	c := &Category{}
	wasmjson.DecodeSpecs(v, path, unsafe.Pointer(c), categorySpecs, nil, errs)
	return c
}

// DecodeRequirement reads one requirement table: the common keys plus the
// parameters of its kind. An unknown kind is reported once and its other
// keys are not checked.
func DecodeRequirement(v wasmjson.Value, path string, errs *wasmjson.Errors) *Requirement {
	r := &Requirement{Path: path}
	kind, _ := v.Get("kind")
	params, kindParams, known := newParams(kind.Str)
	switch {
	case kind.Kind != wasmjson.String:
		errs.Add(wasmjson.Join(path, "kind"), "missing requirement kind")
	case !known:
		errs.Add(wasmjson.Join(path, "kind"), "unknown requirement kind "+quote(kind.Str))
	}
	r.Params = params
	common := wasmjson.Target{Base: unsafe.Pointer(r), Specs: requirementSpecs}
	wasmjson.DecodeTargets(v, path, common, kindParams, func(string) bool { return !known }, errs)
	return r
}

func quote(s string) string { return `"` + s + `"` }

// requirementList is a category's requirements or renewal list.
type requirementList []*Requirement

func requirementListAt(p unsafe.Pointer) any { return (*requirementList)(p) }

func (l *requirementList) UnmarshalAt(v wasmjson.Value, path string, errs *wasmjson.Errors) {
	if v.Kind != wasmjson.Array {
		errs.Add(path, "must be a list of tables")
		return
	}
	*l = make(requirementList, len(v.Arr))
	for i, e := range v.Arr {
		(*l)[i] = DecodeRequirement(e, wasmjson.Index(path, i), errs)
	}
}

// wordList is one vocabulary table: labels by key (Resolve sorts them).
type wordList []Word

func wordListAt(p unsafe.Pointer) any { return (*wordList)(p) }

func (w *wordList) UnmarshalValue(v wasmjson.Value) string {
	if v.Kind != wasmjson.Object {
		return "must be a table of labels"
	}
	for _, m := range v.Obj {
		if m.Val.Kind != wasmjson.String {
			return "must be a table of labels"
		}
		*w = append(*w, Word{Key: m.Key, Label: m.Val.Str})
	}
	return ""
}

// feeTable is fees.categories: each category's fees (Resolve sorts them).
type feeTable []CategoryFees

func feeTableAt(p unsafe.Pointer) any { return (*feeTable)(p) }

func (f *feeTable) UnmarshalAt(v wasmjson.Value, path string, errs *wasmjson.Errors) {
	if v.Kind != wasmjson.Object {
		errs.Add(path, "must be a table")
		return
	}
	for _, m := range v.Obj {
		c := CategoryFees{Category: m.Key}
		wasmjson.DecodeSpecs(m.Val, wasmjson.Join(path, m.Key), unsafe.Pointer(&c), categoryFeeSpecs, nil, errs)
		*f = append(*f, c)
	}
}
