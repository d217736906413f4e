// Package speccheck verifies wasmjson.Spec tables against the structs they
// describe, with reflect. Only tests import it, so reflect stays out of the
// wasm.
package speccheck

import (
	"reflect"

	"github.com/iecmh/endorse/internal/wasmjson"
)

var types = map[wasmjson.SpecType]reflect.Type{
	wasmjson.TString:      reflect.TypeFor[string](),
	wasmjson.TBool:        reflect.TypeFor[bool](),
	wasmjson.TFloat:       reflect.TypeFor[float64](),
	wasmjson.TInt:         reflect.TypeFor[int](),
	wasmjson.TStrings:     reflect.TypeFor[[]string](),
	wasmjson.TStringLists: reflect.TypeFor[[][]string](),
	wasmjson.TNumberMap:   reflect.TypeFor[map[string]float64](),
}

// Check returns a problem for every spec whose offset is not the start of
// a field of struct type t with the spec's type, every duplicate key, and
// (recursively) every nested table, list element size and list allocator
// that does not match. Custom fields are checked for a hook only.
func Check(t reflect.Type, specs []wasmjson.Spec) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range specs {
		at := t.Name() + "." + s.Key
		if seen[s.Key] {
			out = append(out, at+": duplicate key")
		}
		seen[s.Key] = true
		if s.T == wasmjson.TObject && s.Elem.Inline {
			out = append(out, checkInline(t, at, s)...)
			continue
		}
		f, ok := fieldAt(t, s.Off)
		if s.T == wasmjson.TCustom {
			if s.Hook == nil {
				out = append(out, at+": custom field without a hook")
			}
			continue
		}
		if !ok {
			out = append(out, at+": no field starts at this offset")
			continue
		}
		out = append(out, checkType(at, f.Type, s)...)
	}
	return out
}

func checkType(at string, ft reflect.Type, s wasmjson.Spec) []string {
	switch s.T {
	case wasmjson.TObject:
		return Check(ft, s.Elem.Specs)
	case wasmjson.TList:
		et := listElem(ft, s.Elem.Pointers)
		if et == nil || et.Size() != s.Elem.Size {
			return []string{at + ": not a slice of elements of the given size"}
		}
		out := Check(et, s.Elem.Specs)
		v := reflect.New(ft)
		s.Elem.Alloc(s.Elem.List, v.UnsafePointer(), 2)
		if v.Elem().Len() != 2 {
			out = append(out, at+": Alloc did not make the list")
		}
		return out
	}
	if want := types[s.T]; ft != want {
		return []string{at + ": field is " + ft.String() + ", spec says " + want.String()}
	}
	return nil
}

func fieldAt(t reflect.Type, off uintptr) (reflect.StructField, bool) {
	for i := 0; i < t.NumField(); i++ {
		if f := t.Field(i); f.Offset == off && f.Type.Size() > 0 {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

// checkInline checks a nested object whose keys are fields of t itself.
func checkInline(t reflect.Type, at string, s wasmjson.Spec) []string {
	if s.Off != 0 {
		return []string{at + ": an inline object must have offset 0"}
	}
	return Check(t, s.Elem.Specs)
}

// listElem returns the struct type of a list's elements (behind the
// pointers when pointers is set), or nil when ft is no such slice.
func listElem(ft reflect.Type, pointers bool) reflect.Type {
	if ft.Kind() != reflect.Slice {
		return nil
	}
	et := ft.Elem()
	if pointers {
		if et.Kind() != reflect.Pointer {
			return nil
		}
		et = et.Elem()
	}
	if et.Kind() != reflect.Struct {
		return nil
	}
	return et
}
