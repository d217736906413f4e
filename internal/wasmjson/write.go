package wasmjson

import (
	"maps"
	"slices"
)

// Writer writes compact JSON. The caller decides key order; Writer only
// places commas and colons. The zero value is ready to use.
type Writer struct {
	buf   []byte
	depth int // containers open
}

// Grow makes room for n more bytes, so large documents are built without
// repeated copying.
func (w *Writer) Grow(n int) {
	if cap(w.buf)-len(w.buf) < n {
		b := make([]byte, len(w.buf), len(w.buf)+n)
		copy(b, w.buf)
		w.buf = b
	}
}

// Bytes returns what was written.
func (w *Writer) Bytes() []byte { return w.buf }

// sep writes the comma before a key or value inside a container, unless
// it comes first (after '{' or '[') or is a key's value (after ':').
func (w *Writer) sep() {
	if w.depth > 0 && indexByte("{[:", w.buf[len(w.buf)-1]) < 0 {
		w.buf = append(w.buf, ',')
	}
}

func (w *Writer) open(c byte) {
	w.sep()
	w.buf = append(w.buf, c)
	w.depth++
}

func (w *Writer) close(c byte) {
	w.depth--
	w.buf = append(w.buf, c)
}

// BeginObject writes "{".
func (w *Writer) BeginObject() { w.open('{') }

// EndObject writes "}".
func (w *Writer) EndObject() { w.close('}') }

// BeginArray writes "[".
func (w *Writer) BeginArray() { w.open('[') }

// EndArray writes "]".
func (w *Writer) EndArray() { w.close(']') }

// Key writes an object key; the next call writes its value.
func (w *Writer) Key(k string) {
	w.String(k)
	w.buf = append(w.buf, ':')
}

// String writes a string value.
func (w *Writer) String(s string) { w.sep(); w.buf = AppendString(w.buf, s) }

// Bool writes true or false.
func (w *Writer) Bool(b bool) { w.sep(); w.buf = AppendBool(w.buf, b) }

// Null writes null.
func (w *Writer) Null() { w.sep(); w.buf = append(w.buf, "null"...) }

// Int writes an integer.
func (w *Writer) Int(n int) { w.sep(); w.buf = AppendInt(w.buf, int64(n)) }

// Float writes a number: at most 6 decimals, no exponent; NaN becomes 0
// and magnitudes of 1e15 or more are clamped (see maxNumber).
func (w *Writer) Float(f float64) { w.sep(); w.buf = AppendNumber(w.buf, f) }

// Raw writes b, which must be one complete JSON value, as the next value.
func (w *Writer) Raw(b []byte) { w.sep(); w.buf = append(w.buf, b...) }

// Strings writes a list of strings ([] when empty).
func (w *Writer) Strings(list []string) {
	w.BeginArray()
	for _, s := range list {
		w.String(s)
	}
	w.EndArray()
}

// Value writes a Value tree.
func (w *Writer) Value(v Value) {
	switch v.Kind {
	case Bool:
		w.Bool(v.Bool)
	case Number:
		w.Float(v.Num)
	case String:
		w.String(v.Str)
	case Array:
		w.BeginArray()
		for _, e := range v.Arr {
			w.Value(e)
		}
		w.EndArray()
	case Object:
		w.BeginObject()
		for _, m := range v.Obj {
			w.Key(m.Key)
			w.Value(m.Val)
		}
		w.EndObject()
	default:
		w.Null()
	}
}

const hexDigits = "0123456789abcdef"

// AppendString appends s as a JSON string, quoted: '"', '\\', newline and
// tab escaped with a backslash, other control characters and '<', '>', '&'
// (safe inside HTML) as \u00XX, and each byte of invalid UTF-8 as U+FFFD.
func AppendString(b []byte, s string) []byte {
	b = append(b, '"')
	for _, r := range s { // invalid UTF-8 comes as U+FFFD
		switch {
		case r >= 0x80:
			b = append(b, string(r)...)
		case asciiEscapes[r] == '.':
			b = append(b, byte(r))
		case asciiEscapes[r] == 'u':
			b = append(b, '\\', 'u', '0', '0', hexDigits[r>>4], hexDigits[r&15])
		default:
			b = append(b, '\\', asciiEscapes[r])
		}
	}
	return append(b, '"')
}

// asciiEscapes tells how AppendString writes each ASCII byte: '.' as
// itself, 'u' as \u00XX, any other as a backslash and that byte.
const asciiEscapes = "uuuuuuuuutnuuuuu" + "uuuuuuuuuuuuuuuu" + // 0x00-0x1f
	`.."...u.........` + `............u.u.` + // 0x20-0x3f: " & < >
	`................` + `............\...` + // 0x40-0x5f: \
	`................` + `................` // 0x60-0x7f

// Indent returns v as JSON indented by two spaces per level, with a final
// newline: the form of hand-edited files such as golden cases.
func Indent(v Value) []byte {
	var b []byte
	b = indent(b, v, "")
	return append(b, '\n')
}

func indent(b []byte, v Value, pre string) []byte {
	in := pre + "  "
	switch {
	case v.Kind == Array && len(v.Arr) > 0:
		b = append(b, '[')
		for i, e := range v.Arr {
			b = append(b, sepNL(i)...)
			b = indent(append(b, in...), e, in)
		}
		return append(append(append(b, '\n'), pre...), ']')
	case v.Kind == Object && len(v.Obj) > 0:
		b = append(b, '{')
		for i, m := range v.Obj {
			b = append(b, sepNL(i)...)
			b = append(AppendString(append(b, in...), m.Key), ':', ' ')
			b = indent(b, m.Val, in)
		}
		return append(append(append(b, '\n'), pre...), '}')
	}
	var w Writer
	w.Value(v)
	return append(b, w.Bytes()...)
}

func sepNL(i int) string {
	if i == 0 {
		return "\n"
	}
	return ",\n"
}

// AppendBool appends true or false.
func AppendBool(b []byte, v bool) []byte {
	s := "false"
	if v {
		s = "true"
	}
	return append(b, s...)
}

// Encoder is a field type that writes itself (a date, a table of labels);
// a field whose IsZero is true is left out.
type Encoder interface {
	IsZero() bool
	WriteJSON(w *Writer)
}

// StringLists writes a list of lists of strings.
func (w *Writer) StringLists(lists [][]string) {
	w.BeginArray()
	for _, s := range lists {
		w.Strings(s)
	}
	w.EndArray()
}

// NumberMap writes an object of numbers, keys sorted.
func (w *Writer) NumberMap(m map[string]float64) { writeMap(w, m, w.Float) }

// BoolMap writes an object of booleans, keys sorted.
func (w *Writer) BoolMap(m map[string]bool) { writeMap(w, m, w.Bool) }

func writeMap[V any](w *Writer, m map[string]V, write func(V)) {
	w.BeginObject()
	for _, k := range slices.Sorted(maps.Keys(m)) {
		w.Key(k)
		write(m[k])
	}
	w.EndObject()
}
