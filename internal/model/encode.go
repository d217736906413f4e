package model

import "github.com/iecmh/endorse/internal/wasmjson"

// MarshalJSON returns the model as rules.json: deterministic, compact, and
// readable by DecodeModel.
func (m *Model) MarshalJSON() ([]byte, error) {
	var w wasmjson.Writer
	w.BeginObject()
	w.Key("format")
	w.String(Format)
	m.writeFields(&w)
	w.EndObject()
	return w.Bytes(), nil
}

// DecodeModel reads rules.json (as written by MarshalJSON), numbers the
// requirements' parameters (Requirement.ParamsID) and builds the editions'
// requirement trees. It trusts the content checks the build made
// (Check and Resolve's structure checks run in the rules loader, not here,
// which keeps the browser's download small); the engine does not panic on
// any model it returns.
func DecodeModel(data []byte) (*Model, error) {
	v, err := wasmjson.Parse(data)
	if err != nil {
		return nil, wasmjson.TextError("rules.json: " + err.Error())
	}
	return ModelFromValue(v)
}

// ModelFromValue is DecodeModel for rules.json already parsed (in the
// browser, by JavaScript).
func ModelFromValue(v wasmjson.Value) (*Model, error) {
	var errs wasmjson.Errors
	m, format := &Model{}, ""
	wasmjson.DecodeObject(&v, "", &errs, wasmjson.FieldFunc(func(key string, f *wasmjson.Field) bool {
		if key == "format" {
			f.String(&format)
			return true
		}
		return m.DecodeField(key, f)
	}))
	if format != Format { // a foreign file: its other problems would only confuse
		return nil, wasmjson.TextError(`rules.json: format: must be "` + Format + `"`)
	}
	if len(errs) > 0 {
		return nil, wasmjson.TextError("rules.json: " + errs[0].Error())
	}
	numberParams(m)
	for _, c := range m.Categories {
		BuildTrees(c)
	}
	return m, nil
}

// IsZero and WriteJSON make the model's custom field types
// wasmjson.Encoders; like lists of objects, they are always written.

// IsZero implements wasmjson.Encoder.
func (l *RequirementList) IsZero() bool { return false }

// WriteJSON implements wasmjson.Encoder: each requirement's common keys,
// then its parameters.
func (l *RequirementList) WriteJSON(w *wasmjson.Writer) {
	w.BeginArray()
	for _, r := range *l {
		w.BeginObject()
		r.writeFields(w)
		if r.Params != nil {
			r.Params.writeFields(w)
		}
		w.EndObject()
	}
	w.EndArray()
}

// IsZero implements wasmjson.Encoder.
func (w *Words) IsZero() bool { return false }

// WriteJSON implements wasmjson.Encoder.
func (w *Words) WriteJSON(wr *wasmjson.Writer) {
	wr.BeginObject()
	for _, word := range *w {
		wr.Key(word.Key)
		wr.String(word.Label)
	}
	wr.EndObject()
}

// IsZero implements wasmjson.Encoder.
func (f *FeeTable) IsZero() bool { return false }

// WriteJSON implements wasmjson.Encoder.
func (f *FeeTable) WriteJSON(w *wasmjson.Writer) {
	w.BeginObject()
	for i := range *f {
		w.Key((*f)[i].Category)
		w.BeginObject()
		(*f)[i].writeFields(w)
		w.EndObject()
	}
	w.EndObject()
}
