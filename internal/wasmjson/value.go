package wasmjson

// Kind is the JSON type of a Value.
type Kind uint8

// The JSON types.
const (
	Null Kind = iota
	Bool
	Number
	String
	Array
	Object
)

var kindNames = [...]string{"null", "a boolean", "a number", "a string", "a list", "an object"}

// String names the kind the way error messages do ("a number").
func (k Kind) String() string { return kindNames[k] }

// Value is one JSON value. Object members keep their source order.
type Value struct {
	Kind Kind
	Bool bool
	Num  float64
	Str  string
	Arr  []Value
	Obj  []Member
}

// Member is one key/value pair of an object.
type Member struct {
	Key string
	Val Value
}

// Get returns the member named key of an object.
func (v Value) Get(key string) (Value, bool) {
	for _, m := range v.Obj {
		if m.Key == key {
			return m.Val, true
		}
	}
	return Value{}, false
}

// Str returns a string value.
func Str(s string) Value { return Value{Kind: String, Str: s} }

// Num returns a number value.
func Num(f float64) Value { return Value{Kind: Number, Num: f} }

// TextError is an error that is just its text. The wasm-safe packages use
// it instead of errors.New, and AppendInt/Itoa instead of strconv: each of
// those packages links its own init code, tables and reflection helpers
// into the wasm (~3 KB of the download each, measured).
type TextError string

func (e TextError) Error() string { return string(e) }

// Itoa returns n in decimal.
func Itoa(n int) string { return string(AppendInt(nil, int64(n))) }

// AppendInt appends n in decimal.
func AppendInt(b []byte, n int64) []byte {
	u := uint64(n)
	if n < 0 {
		u = -u
	}
	return appendDecimal(b, n < 0, u, 0)
}
