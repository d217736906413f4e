package jsonlite

// Marshaler is a field type that writes itself; IsZero fields are omitted.
type Marshaler interface {
	IsZero() bool
	WriteValue(w *Writer)
}

// WriteFields writes the non-zero fields as object members, in table order
// (the inverse of DecodeObject). Map keys are written sorted.
func WriteFields(w *Writer, fields []Field) {
	for _, f := range fields {
		if isZero(f.Ptr) {
			continue
		}
		w.Key(f.Key)
		writeField(w, f.Ptr)
	}
}

func isZero(ptr any) bool {
	switch p := ptr.(type) {
	case *string:
		return *p == ""
	case *bool:
		return !*p
	case *float64:
		return *p == 0
	case *int:
		return *p == 0
	case *[]string:
		return len(*p) == 0
	case *[][]string:
		return len(*p) == 0
	case *map[string]float64:
		return len(*p) == 0
	case Marshaler:
		return p.IsZero()
	}
	return true
}

func writeField(w *Writer, ptr any) {
	switch p := ptr.(type) {
	case *string:
		w.String(*p)
	case *bool:
		w.Bool(*p)
	case *float64:
		w.Float(*p)
	case *int:
		w.Int(*p)
	case *[]string:
		w.Strings(*p)
	case *[][]string:
		w.BeginArray()
		for _, s := range *p {
			w.Strings(s)
		}
		w.EndArray()
	case *map[string]float64:
		writeNumberMap(w, *p)
	case Marshaler:
		p.WriteValue(w)
	}
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
