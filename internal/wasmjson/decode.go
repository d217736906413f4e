package wasmjson

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
	case TString, TBool, TFloat, TInt:
		msg = decodeScalar(v, s.T, p)
	case TStrings:
		msg = decodeStrings(v, (*[]string)(p))
	case TStringLists:
		msg = decodeStringLists(v, (*[][]string)(p))
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

// scalarKinds are the JSON kinds of the scalar field types, and
// scalarErrors the problem with a value of another kind.
var (
	scalarKinds  = [...]Kind{TString: String, TBool: Bool, TFloat: Number, TInt: Number}
	scalarErrors = [...]string{TString: "must be a string", TBool: "must be a boolean",
		TFloat: "must be a number", TInt: "must be a whole number"}
)

// decodeScalar sets the string, bool, float64 or int at p from v; an int
// must be a whole number of magnitude at most 1e9.
func decodeScalar(v Value, t SpecType, p unsafe.Pointer) string {
	if v.Kind != scalarKinds[t] || t == TInt && (v.Num != float64(int(v.Num)) || v.Num > 1e9 || v.Num < -1e9) {
		return scalarErrors[t]
	}
	switch t {
	case TString:
		*(*string)(p) = v.Str
	case TBool:
		*(*bool)(p) = v.Bool
	case TFloat:
		*(*float64)(p) = v.Num
	default:
		*(*int)(p) = int(v.Num)
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

// decodeStrings sets *p to the list of strings v, or to nil when v is not one.
func decodeStrings(v Value, p *[]string) string {
	*p = nil
	if v.Kind != Array {
		return "must be a list of strings"
	}
	out := make([]string, len(v.Arr))
	for i, e := range v.Arr {
		if e.Kind != String {
			return "must be a list of strings"
		}
		out[i] = e.Str
	}
	*p = out
	return ""
}

// decodeStringLists sets *p to the list of lists of strings v, or to nil
// when v is not one.
func decodeStringLists(v Value, p *[][]string) string {
	*p = nil
	if v.Kind != Array {
		return "must be a list of lists of strings"
	}
	out := make([][]string, len(v.Arr))
	for i, e := range v.Arr {
		if decodeStrings(e, &out[i]) != "" {
			return "must be a list of lists of strings"
		}
	}
	*p = out
	return ""
}

// decodeNumberMap returns the object of numbers v, or the problem.
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
