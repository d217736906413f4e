package wasmjson

import "unsafe"

// Spec binds an object key to a struct field by its offset, so that a
// struct's whole field table is static data: DecodeSpecs and WriteSpecs
// read and write any struct through one loop, where code per field (a
// table built for each struct value) would cost the wasm download. The
// offsets come from unsafe.Offsetof; each table's package tests check the
// types against the struct with internal/wasmjson/speccheck.
type Spec struct {
	Key string
	Off uintptr // unsafe.Offsetof(T{}.Field)
	T   SpecType
	// Hook returns the field at p as an Unmarshaler, PathUnmarshaler or
	// Marshaler (TCustom).
	Hook func(p unsafe.Pointer) any
	// Elem describes the nested object (TObject) or list elements (TList).
	Elem *Elem
}

// SpecType is the Go type of a Spec's field.
type SpecType uint8

// The field types of Specs.
const (
	TString      SpecType = iota // string
	TBool                        // bool
	TFloat                       // float64
	TInt                         // int
	TStrings                     // []string
	TStringLists                 // [][]string
	TNumberMap                   // map[string]float64
	TCustom                      // Hook gives the field's decoder/encoder
	TObject                      // a nested struct, fields in Elem.Specs
	TList                        // a slice of structs, elements as in Elem
)

// Elem describes a nested struct or a list's element struct.
type Elem struct {
	Specs []Spec
	Size  uintptr // unsafe.Sizeof of the element (TList)
	List  int     // the caller's code for the list, passed to Alloc
	// Alloc sets the slice at p to n zero (or default) elements of the
	// list coded list and returns a pointer to its first element (TList);
	// the elements lie Size bytes apart.
	Alloc func(list int, p unsafe.Pointer, n int) unsafe.Pointer
	// Pointers: the slice holds pointers to the elements, not the
	// elements themselves (TList).
	Pointers bool
	// Inline: the nested object's keys are fields of the enclosing struct
	// itself (TObject with Off 0), as in {"rsc": {"note": …}} for a
	// struct with a field RSCNote.
	Inline bool
}

// WriteSpecs writes the struct at base as object members, in table order:
// scalar and custom fields when they are not zero, nested objects and
// lists always (an empty list as []). Map keys are written sorted.
func WriteSpecs(w *Writer, base unsafe.Pointer, specs []Spec) {
	for i := range specs {
		s := &specs[i]
		if p := unsafe.Add(base, s.Off); !s.isZero(p) {
			w.Key(s.Key)
			s.write(w, p)
		}
	}
}

// Target is a struct to decode into (Base) and its field table.
type Target struct {
	Base  unsafe.Pointer
	Specs []Spec
}

// DecodeSpecs fills the struct at base, described by specs, from the
// object v, and reports every problem with its path: a value of the wrong
// type, and a key not in specs unless skip reports it as handled
// elsewhere (skip may be nil). A null value leaves the field unchanged.
func DecodeSpecs(v Value, path string, base unsafe.Pointer, specs []Spec, skip func(key string) bool, errs *Errors) {
	DecodeTargets(v, path, Target{base, specs}, Target{}, skip, errs)
}

// DecodeTargets is DecodeSpecs for an object whose keys are spread over
// two structs (a requirement's common keys and its kind's parameters):
// each key goes to a if a's table has it, else to b.
func DecodeTargets(v Value, path string, a, b Target, skip func(key string) bool, errs *Errors) {
	if v.Kind != Object {
		errs.Add(path, "must be an object")
		return
	}
	for _, m := range v.Obj {
		at := Join(path, m.Key)
		base, s := a.Base, findSpec(a.Specs, m.Key)
		if s == nil {
			base, s = b.Base, findSpec(b.Specs, m.Key)
		}
		switch {
		case s != nil:
			s.decode(m.Val, at, base, errs)
		case skip == nil || !skip(m.Key):
			errs.Add(at, "unknown key")
		}
	}
}

func findSpec(specs []Spec, key string) *Spec {
	for i := range specs {
		if specs[i].Key == key {
			return &specs[i]
		}
	}
	return nil
}

// decodeNested decodes a TObject or TList field at p.
func decodeNested(v Value, path string, p unsafe.Pointer, t SpecType, e *Elem, errs *Errors) {
	if t == TObject {
		DecodeSpecs(v, path, p, e.Specs, nil, errs)
		return
	}
	if v.Kind != Array {
		errs.Add(path, "must be a list")
		return
	}
	first := e.Alloc(e.List, p, len(v.Arr))
	for i, x := range v.Arr {
		DecodeSpecs(x, Index(path, i), unsafe.Add(first, uintptr(i)*e.Size), e.Specs, nil, errs)
	}
}
