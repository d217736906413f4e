package model

import (
	"unsafe"

	"github.com/iecmh/endorse/internal/wasmjson"
)

// MarshalJSON returns the model as rules.json: deterministic, compact, and
// readable by DecodeModel.
func (m *Model) MarshalJSON() ([]byte, error) {
	var w wasmjson.Writer
	w.BeginObject()
	w.Key("format")
	w.String(Format)
	wasmjson.WriteSpecs(&w, unsafe.Pointer(m), modelSpecs)
	w.EndObject()
	return w.Bytes(), nil
}

// DecodeModel reads rules.json (as written by MarshalJSON) and builds the
// editions' requirement trees. It trusts the content checks the build made
// (Check and Resolve's structure checks run in the rules loader, not here,
// which keeps the browser's download small); the engine does not panic on
// any model it returns.
func DecodeModel(data []byte) (*Model, error) {
	v, err := wasmjson.Parse(data)
	if err != nil {
		return nil, wasmjson.TextError("rules.json: " + err.Error())
	}
	var errs wasmjson.Errors
	m, format := &Model{}, ""
	wasmjson.DecodeTargets(v, "", wasmjson.Target{Base: unsafe.Pointer(m), Specs: modelSpecs},
		wasmjson.Target{Base: unsafe.Pointer(&format), Specs: formatSpecs}, nil, &errs)
	if format != Format { // a foreign file: its other problems would only confuse
		return nil, wasmjson.TextError(`rules.json: format: must be "` + Format + `"`)
	}
	if len(errs) > 0 {
		return nil, wasmjson.TextError("rules.json: " + errs[0].Error())
	}
	for _, c := range m.Categories {
		BuildTrees(c)
	}
	return m, nil
}

// formatSpecs decode "format" into a string variable.
var formatSpecs = []wasmjson.Spec{{Key: "format"}}

// IsZero and WriteValue make the model's custom fields wasmjson.Marshalers;
// like nested lists, they are always written.

func (l *requirementList) IsZero() bool { return false }

func (l *requirementList) WriteValue(w *wasmjson.Writer) {
	w.BeginArray()
	for _, r := range *l {
		w.BeginObject()
		wasmjson.WriteSpecs(w, unsafe.Pointer(r), requirementSpecs)
		if r.Params != nil {
			t := r.Params.Specs()
			wasmjson.WriteSpecs(w, t.Base, t.Specs)
		}
		w.EndObject()
	}
	w.EndArray()
}

func (l *wordList) IsZero() bool { return false }

func (l *wordList) WriteValue(w *wasmjson.Writer) {
	w.BeginObject()
	for _, word := range *l {
		w.Key(word.Key)
		w.String(word.Label)
	}
	w.EndObject()
}

func (f *feeTable) IsZero() bool { return false }

func (f *feeTable) WriteValue(w *wasmjson.Writer) {
	w.BeginObject()
	for i := range *f {
		w.Key((*f)[i].Category)
		w.BeginObject()
		wasmjson.WriteSpecs(w, unsafe.Pointer(&(*f)[i]), categoryFeeSpecs)
		w.EndObject()
	}
	w.EndObject()
}
