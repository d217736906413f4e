package jsonlite

import "unsafe"

// PathError is a problem with the value at a field path.
type PathError struct {
	_    NoCompare
	Path string // e.g. "training[2].hours"
	Msg  string
}

func (e PathError) Error() string {
	if e.Path == "" {
		return e.Msg
	}
	return e.Path + ": " + e.Msg
}

// Errors collects PathErrors.
type Errors []PathError

// Add records a problem at path.
func (e *Errors) Add(path, msg string) { *e = append(*e, PathError{Path: path, Msg: msg}) }

// Unmarshaler is a field type that decodes itself from a Value; it returns
// "" or a message such as "must be a date YYYY-MM-DD".
type Unmarshaler interface {
	UnmarshalValue(v Value) string
}

// PathUnmarshaler is a field type that decodes nested values itself and
// reports their problems under path (lists of objects, nested objects).
type PathUnmarshaler interface {
	UnmarshalAt(v Value, path string, errs *Errors)
}

// Join appends a key to a path ("a" + "b" = "a.b").
func Join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// Index appends a list index to a path ("a" + 2 = "a[2]").
func Index(path string, i int) string { return path + "[" + Itoa(i) + "]" }

// decode sets the field s describes at base from v (null leaves it
// unchanged) and reports a value of the wrong type at path.
func (s *Spec) decode(v Value, path string, base unsafe.Pointer, errs *Errors) {
	if v.Kind == Null {
		return
	}
	p := unsafe.Add(base, s.Off)
	msg := ""
	switch s.T {
	case TString, TBool, TFloat:
		msg = decodeScalar(v, s.T, p)
	case TInt:
		msg = decodeInt(v, (*int)(p))
	case TStrings:
		*(*[]string)(p), msg = decodeStrings(v)
	case TStringLists:
		*(*[][]string)(p), msg = decodeStringLists(v)
	case TNumberMap:
		*(*map[string]float64)(p), msg = decodeNumberMap(v)
	case TCustom:
		msg = decodeCustom(v, path, s.Hook(p), errs)
	default:
		decodeNested(v, path, p, s.T, s.Elem, errs)
	}
	if msg != "" {
		errs.Add(path, msg)
	}
}

// scalarKinds are the JSON kinds of TString, TBool and TFloat.
var scalarKinds = [...]Kind{TString: String, TBool: Bool, TFloat: Number}

func decodeScalar(v Value, t SpecType, p unsafe.Pointer) string {
	if v.Kind != scalarKinds[t] {
		return "must be " + scalarKinds[t].String()
	}
	switch t {
	case TString:
		*(*string)(p) = v.Str
	case TBool:
		*(*bool)(p) = v.Bool
	default:
		*(*float64)(p) = v.Num
	}
	return ""
}

// decodeCustom decodes a TCustom field. (A type switch, not a type
// assertion that may panic: that would link the runtime's panic texts.)
func decodeCustom(v Value, path string, field any, errs *Errors) string {
	switch u := field.(type) {
	case PathUnmarshaler:
		u.UnmarshalAt(v, path, errs)
	case Unmarshaler:
		return u.UnmarshalValue(v)
	}
	return ""
}

func decodeInt(v Value, p *int) string {
	if v.Kind != Number || v.Num != float64(int(v.Num)) || v.Num > 1e9 || v.Num < -1e9 {
		return "must be a whole number"
	}
	*p = int(v.Num)
	return ""
}

func decodeStrings(v Value) ([]string, string) {
	if v.Kind != Array {
		return nil, "must be a list of strings"
	}
	out := make([]string, 0, len(v.Arr))
	for _, e := range v.Arr {
		if e.Kind != String {
			return nil, "must be a list of strings"
		}
		out = append(out, e.Str)
	}
	return out, ""
}

func decodeStringLists(v Value) ([][]string, string) {
	if v.Kind != Array {
		return nil, "must be a list of lists of strings"
	}
	out := make([][]string, 0, len(v.Arr))
	for _, e := range v.Arr {
		s, msg := decodeStrings(e)
		if msg != "" {
			return nil, "must be a list of lists of strings"
		}
		out = append(out, s)
	}
	return out, ""
}

func decodeNumberMap(v Value) (map[string]float64, string) {
	if v.Kind != Object {
		return nil, "must be a table of numbers"
	}
	out := make(map[string]float64, len(v.Obj))
	for _, m := range v.Obj {
		if m.Val.Kind != Number {
			return nil, "must be a table of numbers"
		}
		out[m.Key] = m.Val.Num
	}
	return out, ""
}

// NoCompare, as a struct's first field, makes the struct not comparable:
// the compiler then generates no equality function for it (nor for arrays
// of it), which for the wasm-safe packages' ~25 structs saved ~19 KB of
// wasm code (see wasm/doc.go). It occupies no memory.
type NoCompare [0]func()
