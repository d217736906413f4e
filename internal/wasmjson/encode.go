package wasmjson

import "unsafe"

// Marshaler is a custom field (TCustom hook) that writes itself; a field
// whose IsZero is true is omitted.
type Marshaler interface {
	IsZero() bool
	WriteValue(w *Writer)
}

// isZero reports whether the field at p is left out of WriteSpecs' object.
func (s *Spec) isZero(p unsafe.Pointer) bool {
	switch s.T {
	case TString:
		return *(*string)(p) == ""
	case TBool:
		return !*(*bool)(p)
	case TFloat:
		return *(*float64)(p) == 0
	case TInt:
		return *(*int)(p) == 0
	case TStrings, TStringLists:
		return len(*(*[]byte)(p)) == 0 // the length of any slice
	case TNumberMap:
		return len(*(*map[string]float64)(p)) == 0
	case TCustom:
		m, ok := s.Hook(p).(Marshaler)
		return !ok || m.IsZero()
	}
	return false
}

// write writes the value of the field at p.
func (s *Spec) write(w *Writer, p unsafe.Pointer) {
	switch s.T {
	case TString:
		w.String(*(*string)(p))
	case TBool:
		w.Bool(*(*bool)(p))
	case TFloat:
		w.Float(*(*float64)(p))
	case TInt:
		w.Int(*(*int)(p))
	case TStrings:
		w.Strings(*(*[]string)(p))
	case TStringLists:
		writeStringLists(w, *(*[][]string)(p))
	case TNumberMap:
		writeNumberMap(w, *(*map[string]float64)(p))
	case TCustom:
		if m, ok := s.Hook(p).(Marshaler); ok {
			m.WriteValue(w)
		}
	case TObject:
		writeObject(w, p, s.Elem.Specs)
	default:
		writeList(w, p, s.Elem)
	}
}

func writeObject(w *Writer, base unsafe.Pointer, specs []Spec) {
	w.BeginObject()
	WriteSpecs(w, base, specs)
	w.EndObject()
}

// writeList writes a TList field: its elements lie e.Size apart, or are
// pointed to (e.Pointers).
func writeList(w *Writer, p unsafe.Pointer, e *Elem) {
	w.BeginArray()
	list := *(*[]unsafe.Pointer)(p) // the data pointer and length of any slice
	for i := range list {
		if e.Pointers {
			writeObject(w, list[i], e.Specs)
		} else {
			writeObject(w, unsafe.Add(unsafe.Pointer(unsafe.SliceData(list)), uintptr(i)*e.Size), e.Specs)
		}
	}
	w.EndArray()
}

func writeStringLists(w *Writer, lists [][]string) {
	w.BeginArray()
	for _, s := range lists {
		w.Strings(s)
	}
	w.EndArray()
}

func writeNumberMap(w *Writer, m map[string]float64) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ { // insertion sort: the sort package would add its init code to the wasm
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	w.BeginObject()
	for _, k := range keys {
		w.Key(k)
		w.Float(m[k])
	}
	w.EndObject()
}
