package jsonlite

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

// Field binds an object key to a pointer: *string, *bool, *float64, *int,
// *[]string, *[][]string, *map[string]float64 or an Unmarshaler.
type Field struct {
	_   NoCompare
	Key string
	Ptr any
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

// DecodeObject fills fields from the object v. Keys not in fields are
// errors unless skip reports them as handled elsewhere (skip may be nil).
// A null value leaves the field unchanged.
func DecodeObject(v Value, path string, fields []Field, skip func(key string) bool, errs *Errors) {
	if v.Kind != Object {
		errs.Add(path, "must be an object")
		return
	}
	for _, m := range v.Obj {
		f := findField(fields, m.Key)
		switch {
		case f != nil:
			decodeField(m.Val, Join(path, m.Key), f.Ptr, errs)
		case skip == nil || !skip(m.Key):
			errs.Add(Join(path, m.Key), "unknown key")
		}
	}
}

func findField(fields []Field, key string) *Field {
	for i := range fields {
		if fields[i].Key == key {
			return &fields[i]
		}
	}
	return nil
}

func decodeField(v Value, path string, ptr any, errs *Errors) {
	if v.Kind == Null {
		return
	}
	msg := ""
	switch p := ptr.(type) {
	case PathUnmarshaler:
		p.UnmarshalAt(v, path, errs)
	case *string:
		msg = want(v, String, func() { *p = v.Str })
	case *bool:
		msg = want(v, Bool, func() { *p = v.Bool })
	case *float64:
		msg = want(v, Number, func() { *p = v.Num })
	case *int:
		msg = decodeInt(v, p)
	case *[]string:
		*p, msg = decodeStrings(v)
	case *[][]string:
		*p, msg = decodeStringLists(v)
	case *map[string]float64:
		*p, msg = decodeNumberMap(v)
	case Unmarshaler:
		msg = p.UnmarshalValue(v)
	}
	if msg != "" {
		errs.Add(path, msg)
	}
}

func want(v Value, k Kind, set func()) string {
	if v.Kind != k {
		return "must be " + k.String()
	}
	set()
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
