package jsonlite

import "unsafe"

// Spec binds an object key to a struct field by its offset, so that a
// struct's whole field table is static data: DecodeSpecs and WriteSpecs
// read and write any struct through one loop, where a table of Fields
// (built by code for each struct value) costs wasm code per field. The
// offsets come from unsafe.Offsetof; each table's package tests check the
// types against the struct with internal/jsonlite/speccheck.
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

// WriteSpecs is WriteFields for the struct at base, described by specs:
// scalar and custom fields when they are not zero, nested objects and
// lists always (an empty list as []).
func WriteSpecs(w *Writer, base unsafe.Pointer, specs []Spec) {
	for i := range specs {
		p := specs[i].ptr(base)
		if n, ok := p.(*nested); ok {
			w.Key(specs[i].Key)
			n.write(w)
		} else if !isZero(p) {
			w.Key(specs[i].Key)
			writeField(w, p)
		}
	}
}

// Target is a struct to decode into (Base) and its field table.
type Target struct {
	Base  unsafe.Pointer
	Specs []Spec
}

// DecodeSpecs is DecodeObject for the struct at base, described by specs.
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
		base, s := a.Base, findSpec(a.Specs, m.Key)
		if s == nil {
			base, s = b.Base, findSpec(b.Specs, m.Key)
		}
		switch {
		case s != nil:
			decodeField(m.Val, Join(path, m.Key), s.ptr(base), errs)
		case skip == nil || !skip(m.Key):
			errs.Add(Join(path, m.Key), "unknown key")
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

// ptr returns the field as one of the pointer types decodeField takes.
func (s *Spec) ptr(base unsafe.Pointer) any {
	p := unsafe.Add(base, s.Off)
	switch s.T {
	case TString:
		return (*string)(p)
	case TBool:
		return (*bool)(p)
	case TFloat:
		return (*float64)(p)
	case TInt:
		return (*int)(p)
	case TStrings:
		return (*[]string)(p)
	case TStringLists:
		return (*[][]string)(p)
	case TNumberMap:
		return (*map[string]float64)(p)
	case TCustom:
		return s.Hook(p)
	}
	return &nested{p, s}
}

// nested decodes a TObject or TList field.
type nested struct {
	p unsafe.Pointer
	s *Spec
}

func (n *nested) UnmarshalAt(v Value, path string, errs *Errors) {
	e := n.s.Elem
	if n.s.T == TObject {
		DecodeSpecs(v, path, n.p, e.Specs, nil, errs)
		return
	}
	if v.Kind != Array {
		errs.Add(path, "must be a list")
		return
	}
	first := e.Alloc(e.List, n.p, len(v.Arr))
	for i, x := range v.Arr {
		DecodeSpecs(x, Index(path, i), unsafe.Add(first, uintptr(i)*e.Size), e.Specs, nil, errs)
	}
}

// write writes a TObject or TList field.
func (n *nested) write(w *Writer) {
	e := n.s.Elem
	if n.s.T == TObject {
		writeObject(w, n.p, e.Specs)
		return
	}
	w.BeginArray()
	list := *(*[]unsafe.Pointer)(n.p) // the data pointer and length of any slice
	for i := range list {
		if e.Pointers {
			writeObject(w, list[i], e.Specs)
		} else {
			writeObject(w, unsafe.Add(unsafe.Pointer(unsafe.SliceData(list)), uintptr(i)*e.Size), e.Specs)
		}
	}
	w.EndArray()
}

func writeObject(w *Writer, base unsafe.Pointer, specs []Spec) {
	w.BeginObject()
	WriteSpecs(w, base, specs)
	w.EndObject()
}
