package wasmjson

// Binding JSON values to typed Go fields. internal/wasmjson/bindgen
// generates, for each struct with json-tagged fields, a DecodeField method
// (FieldDecoder): a switch over the struct's keys with one Field method
// call per field, such as f.String(&x.Name). Each reports a value of the wrong type at the
// field's path and leaves the field unchanged; a null value leaves it
// unchanged too, as if the key were absent.

// Field is the object member being decoded: its value, its path and the
// problems found so far.
type Field struct {
	v    *Value
	path string
	errs *Errors
}

// FieldDecoder decodes the members of an object into itself, one member
// per call: DecodeField reports false for a key it does not know.
type FieldDecoder interface {
	DecodeField(key string, f *Field) bool
}

// FieldFunc is a function used as a FieldDecoder, for an object whose keys
// go to more than one struct (as http.HandlerFunc is a Handler).
type FieldFunc func(key string, f *Field) bool

// DecodeField calls fn.
func (fn FieldFunc) DecodeField(key string, f *Field) bool { return fn(key, f) }

// Decoder is a field type that decodes itself (a date, a table of
// labels); Field.Custom calls it for a value that is not null.
type Decoder interface {
	DecodeJSON(f *Field)
}

// KeyIndex returns the position of key in keys, or -1. The DecodeField
// methods bindgen generates switch on it: in wasm a switch over integers
// is one jump table, a switch over strings a comparison call per key.
func KeyIndex(key string, keys []string) int {
	for i, k := range keys {
		if k == key {
			return i
		}
	}
	return -1
}

// DecodeObject decodes the object v at path member by member into d and
// reports each unknown key; any other value, null included, is reported as
// not an object (a list entry must be an object).
func DecodeObject(v *Value, path string, errs *Errors, d FieldDecoder) {
	if v.Kind != Object {
		errs.Add(path, "must be an object")
		return
	}
	f := &Field{errs: errs}
	for i := range v.Obj {
		m := &v.Obj[i]
		f.v, f.path = &m.Val, Join(path, m.Key)
		if !d.DecodeField(m.Key, f) {
			f.Fail("unknown key")
		}
	}
}

// Value returns the member's value.
func (f *Field) Value() *Value { return f.v }

// Path returns the member's path, such as "training[2].hours".
func (f *Field) Path() string { return f.path }

// Errors returns where problems are collected, for a custom decoder that
// reports problems below the member's path.
func (f *Field) Errors() *Errors { return f.errs }

// Fail records a problem with the member's value.
func (f *Field) Fail(msg string) { f.errs.Add(f.path, msg) }

// isNull reports whether the value is null: the field is left unchanged.
func (f *Field) isNull() bool { return f.v.Kind == Null }

// Object decodes a nested object into d.
func (f *Field) Object(d FieldDecoder) {
	if !f.isNull() {
		DecodeObject(f.v, f.path, f.errs, d)
	}
}

// List returns the length of the list; ok is false for null and for any
// other value, which is reported. Entry decodes each entry.
func (f *Field) List() (n int, ok bool) {
	if f.v.Kind == Array {
		return len(f.v.Arr), true
	}
	if !f.isNull() {
		f.Fail("must be a list")
	}
	return 0, false
}

// Entry decodes entry i of the list, which must be an object, into d.
func (f *Field) Entry(i int, d FieldDecoder) {
	DecodeObject(&f.v.Arr[i], Index(f.path, i), f.errs, d)
}

// String sets *p to the string.
func (f *Field) String(p *string) {
	if f.v.Kind == String {
		*p = f.v.Str
	} else if !f.isNull() {
		f.Fail("must be a string")
	}
}

// Bool sets *p to the boolean.
func (f *Field) Bool(p *bool) {
	if f.v.Kind == Bool {
		*p = f.v.Bool
	} else if !f.isNull() {
		f.Fail("must be a boolean")
	}
}

// Float sets *p to the number.
func (f *Field) Float(p *float64) {
	if f.v.Kind == Number {
		*p = f.v.Num
	} else if !f.isNull() {
		f.Fail("must be a number")
	}
}

// Int sets *p to the whole number, of magnitude at most 1e9.
func (f *Field) Int(p *int) {
	n := f.v.Num
	if f.v.Kind == Number && n == float64(int(n)) && n >= -1e9 && n <= 1e9 {
		*p = int(n)
	} else if !f.isNull() {
		f.Fail("must be a whole number")
	}
}

// Strings sets *p to the list of strings.
func (f *Field) Strings(p *[]string) {
	if list, ok := stringList(f.v); ok {
		*p = list
	} else if !f.isNull() {
		f.Fail("must be a list of strings")
	}
}

func stringList(v *Value) ([]string, bool) {
	if v.Kind != Array {
		return nil, false
	}
	out := make([]string, len(v.Arr))
	for i, e := range v.Arr {
		if e.Kind != String {
			return nil, false
		}
		out[i] = e.Str
	}
	return out, true
}

// StringLists sets *p to the list of lists of strings.
func (f *Field) StringLists(p *[][]string) {
	out, ok := make([][]string, len(f.v.Arr)), f.v.Kind == Array
	for i := 0; ok && i < len(out); i++ {
		out[i], ok = stringList(&f.v.Arr[i])
	}
	if ok {
		*p = out
	} else if !f.isNull() {
		f.Fail("must be a list of lists of strings")
	}
}

// NumberMap sets *p to the object of numbers.
func (f *Field) NumberMap(p *map[string]float64) {
	decodeMap(f, p, Number, func(v *Value) float64 { return v.Num }, "must be a table of numbers")
}

// BoolMap sets *p to the object of true/false values.
func (f *Field) BoolMap(p *map[string]bool) {
	decodeMap(f, p, Bool, func(v *Value) bool { return v.Bool }, "must be an object of true/false answers")
}

// decodeMap sets *p to the object whose values are all of kind k (read by
// get), or reports msg.
func decodeMap[V any](f *Field, p *map[string]V, k Kind, get func(*Value) V, msg string) {
	out, ok := make(map[string]V, len(f.v.Obj)), f.v.Kind == Object
	for i := 0; ok && i < len(f.v.Obj); i++ {
		m := &f.v.Obj[i]
		out[m.Key], ok = get(&m.Val), m.Val.Kind == k
	}
	if ok {
		*p = out
	} else if !f.isNull() {
		f.Fail(msg)
	}
}

// Raw sets *p to the value as it is, null included.
func (f *Field) Raw(p *Value) { *p = *f.v }

// Custom decodes a field whose type decodes itself.
func (f *Field) Custom(d Decoder) {
	if !f.isNull() {
		d.DecodeJSON(f)
	}
}
