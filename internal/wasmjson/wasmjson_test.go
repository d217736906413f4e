package wasmjson

import (
	"reflect"
	"strings"
	"testing"
)

// TestRoundTrip: parse, write compactly, compare with the expected text.
func TestRoundTrip(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`{"b": 1, "a": [true, false, null]}`, `{"b":1,"a":[true,false,null]}`},
		{`"caf\u00e9 \ud83d\ude00 <tag> & \"q\""`, `"café 😀 \u003ctag\u003e \u0026 \"q\""`},
		{` [ ] `, `[]`},
		{`{}`, `{}`},
		{`-0.5e2`, `-50`},
		{`[1.25, 999999999999999, 0.1e1, 2.5E-1, 1e-7, 0.1234567]`, `[1.25,999999999999999,1,0.25,0,0.123457]`},
		{`"tab\tnew\nline"`, `"tab\tnew\nline"`},
		{`[1.2345678901234567891, 12345678901234567890e-10, 0e400, -0]`, `[1.234568,1234567890,0,0]`},
	} {
		v, err := Parse([]byte(tc.in))
		if err != nil {
			t.Errorf("Parse(%s): %v", tc.in, err)
			continue
		}
		var w Writer
		w.Value(v)
		if got := string(w.Bytes()); got != tc.want {
			t.Errorf("Parse(%s) → %s, want %s", tc.in, got, tc.want)
		}
	}
}

// TestSyntaxErrors: every bad input names a 1-based line:column.
func TestSyntaxErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{``, "1:1: unexpected end of input"},
		{`{"a": }`, "1:7: invalid character '}'"},
		{"{\n  \"a\": 1,\n}", "3:1: expected a string key"},
		{`[1 2]`, "1:4: expected ',' or ']'"},
		{`{"a":1]`, "1:7: expected ',' or '}'"},
		{`{"a" 1}`, "1:6: expected ':'"},
		{`[nul]`, "1:2: invalid character 'n'"},
		{`01`, "1:1: invalid number"},
		{`1.5.5`, "1:1: invalid number"},
		{`[1e]`, "1:2: invalid number"},
		{`-`, "1:1: invalid number"},
		{`1e20`, "1:1: number out of range (magnitude must be below 1e15)"},
		{`[0e401]`, "1:2: [0]: number out of range (magnitude must be below 1e15)"},
		{`0x1`, "1:2: unexpected data after the JSON value"},
		{`"abc`, "1:5: unterminated string"},
		{`{"a":1} x`, "1:9: unexpected data after the JSON value"},
		{`"\x"`, "1:4: invalid escape"},
		{`"\x1234"`, "1:4: invalid escape"},
		{`"\u12x4"`, "1:4: invalid \\u escape"},
		{"\"a\x01\"", "1:3: control character in string"},
		{`"\`, "1:2: unterminated escape"},
		{strings.Repeat("[", 300), "1:201: nesting too deep"},
		{`{"a": [1, {"b": -1e400}]}`, "1:17: a[1].b: number out of range (magnitude must be below 1e15)"},
		{`[[0], [2e15]]`, "1:8: [1][0]: number out of range (magnitude must be below 1e15)"},
		{`{"": {"": 1e20}}`, `1:11: ""."": number out of range (magnitude must be below 1e15)`},
		{"\ufeff{\"a\": }", "1:7: invalid character '}'"},
		{"\ufeff\ufeff{}", "1:1: invalid character byte 0xef"},
	} {
		_, err := Parse([]byte(tc.in))
		if err == nil || err.Error() != tc.want {
			t.Errorf("Parse(%q) error = %v, want %s", tc.in, err, tc.want)
		}
	}
}

// TestRangeErrorPath: a number out of range is reported at its field
// path as well as its position, so that a profile's CLI and browser
// messages can name the field.
func TestRangeErrorPath(t *testing.T) {
	_, err := Parse([]byte(`{"training": [{"hours": 1e400}]}`))
	se, ok := err.(*SyntaxError)
	if !ok || se.Path != "training[0].hours" || se.Msg != "training[0].hours: "+RangeMsg {
		t.Errorf("Parse error = %#v, want path training[0].hours", err)
	}
}

// TestBOM: a leading UTF-8 byte order mark (as Windows editors write) is
// skipped; columns count from after it.
func TestBOM(t *testing.T) {
	v, err := Parse([]byte("\ufeff {\"a\": 1}"))
	if err != nil || v.Kind != Object || len(v.Obj) != 1 {
		t.Errorf("Parse with BOM = %v, %v", v, err)
	}
}

type fields struct {
	Name  string
	Hours float64
	N     int
	Tags  []string
	Roles [][]string
	Mins  map[string]float64
	Yes   bool
	Asks  map[string]bool
}

// DecodeField is what bindgen generates for fields.
func (x *fields) DecodeField(key string, f *Field) bool {
	switch key {
	case "name":
		f.String(&x.Name)
	case "hours":
		f.Float(&x.Hours)
	case "n":
		f.Int(&x.N)
	case "tags":
		f.Strings(&x.Tags)
	case "roles":
		f.StringLists(&x.Roles)
	case "mins":
		f.NumberMap(&x.Mins)
	case "yes":
		f.Bool(&x.Yes)
	case "asks":
		f.BoolMap(&x.Asks)
	default:
		return false
	}
	return true
}

// TestDecodeHelpers: typed fields set, null ignored, unknown keys and
// wrong types reported by path.
func TestDecodeHelpers(t *testing.T) {
	full := fields{Name: "x", Hours: 2.5, N: 3, Tags: []string{"a"}, Roles: [][]string{{"r"}},
		Mins: map[string]float64{"dei": 3}, Yes: true, Asks: map[string]bool{"p": true}}
	for _, tc := range []struct {
		in, errs string
		want     fields
	}{
		{`{"name":"x","hours":2.5,"n":3,"tags":["a"],"roles":[["r"]],"mins":{"dei":3},"yes":true,"asks":{"p":true}}`, "", full},
		{`{"name":null,"hours":null,"n":null,"tags":null,"roles":null,"mins":null,"yes":null,"asks":null}`, "", fields{}},
		{`{"name":1,"hours":"3","n":1.5,"tags":["a",1],"roles":[["r"],"s"],"mins":{"dei":"3"},"yes":1,"asks":{"p":1},"typo":1}`,
			"t[2].name: must be a string|t[2].hours: must be a number|t[2].n: must be a whole number|" +
				"t[2].tags: must be a list of strings|t[2].roles: must be a list of lists of strings|" +
				"t[2].mins: must be a table of numbers|t[2].yes: must be a boolean|" +
				"t[2].asks: must be an object of true/false answers|t[2].typo: unknown key", fields{}},
		{`{"n":2e9}`, "t[2].n: must be a whole number", fields{}},
		{`{"":1}`, `t[2]."": unknown key`, fields{}},
		{`[]`, "t[2]: must be an object", fields{}},
		{`null`, "t[2]: must be an object", fields{}},
	} {
		v, err := Parse([]byte(tc.in))
		if err != nil {
			t.Fatal(err)
		}
		var x fields
		var errs Errors
		DecodeObject(&v, "t[2]", &errs, &x)
		got := []string{}
		for _, e := range errs {
			got = append(got, e.Error())
		}
		if strings.Join(got, "|") != tc.errs {
			t.Errorf("%s: errors = %q, want %q", tc.in, strings.Join(got, "|"), tc.errs)
		}
		if !reflect.DeepEqual(x, tc.want) {
			t.Errorf("%s: decoded %+v, want %+v", tc.in, x, tc.want)
		}
	}
}

// TestDecodeList: a list's entries must be objects; null is no list and
// no problem; any other value is reported.
func TestDecodeList(t *testing.T) {
	for _, tc := range []struct{ in, want, errs string }{
		{`{"l":[{"name":"a"},{"name":"b"}]}`, "a,b", ""},
		{`{"l":null}`, "none", ""},
		{`{"l":"a"}`, "none", "l: must be a list"},
		{`{"l":[null,{"name":"b"}]}`, ",b", "l[0]: must be an object"},
	} {
		v, _ := Parse([]byte(tc.in))
		var list []fields
		var errs Errors
		DecodeObject(&v, "", &errs, FieldFunc(func(key string, f *Field) bool {
			if n, ok := f.List(); ok {
				list = make([]fields, n)
				for i := range list {
					f.Entry(i, &list[i])
				}
			}
			return key == "l"
		}))
		got := "none"
		if list != nil {
			names := []string{}
			for _, x := range list {
				names = append(names, x.Name)
			}
			got = strings.Join(names, ",")
		}
		problems := []string{}
		for _, e := range errs {
			problems = append(problems, e.Error())
		}
		if got != tc.want || strings.Join(problems, "|") != tc.errs {
			t.Errorf("%s: decoded %s, %q; want %s, %q", tc.in, got, problems, tc.want, tc.errs)
		}
	}
}

// TestWriteCollections: maps are written with sorted keys.
func TestWriteCollections(t *testing.T) {
	var w Writer
	w.BeginArray()
	w.StringLists([][]string{{"a", "b"}, {}})
	w.NumberMap(map[string]float64{"b": 2, "a": 1.5})
	w.BoolMap(map[string]bool{"y": false, "x": true})
	w.EndArray()
	if got := string(w.Bytes()); got != `[[["a","b"],[]],{"a":1.5,"b":2},{"x":true,"y":false}]` {
		t.Errorf("wrote %s", got)
	}
}

func TestIndent(t *testing.T) {
	v, _ := Parse([]byte(`{"a":[1,{"b":[]}],"c":{}}`))
	want := "{\n  \"a\": [\n    1,\n    {\n      \"b\": []\n    }\n  ],\n  \"c\": {}\n}\n"
	if got := string(Indent(v)); got != want {
		t.Errorf("Indent =\n%s\nwant\n%s", got, want)
	}
}

// FuzzParse: Parse never panics, and what it accepts survives a write and
// a second parse unchanged.
func FuzzParse(f *testing.F) {
	for _, s := range []string{`{"a":[1,2,{"b":null}]}`, `"\ud800"`, `[-1e309]`, `{"x":"\u0000"}`, `1.5`, "\"\xff\""} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := Parse(data)
		if err != nil {
			return
		}
		var w1 Writer
		w1.Value(v)
		v2, err := Parse(w1.Bytes())
		if err != nil {
			t.Fatalf("rewritten JSON does not parse: %v\n%s", err, w1.Bytes())
		}
		var w2 Writer
		w2.Value(v2)
		if string(w1.Bytes()) != string(w2.Bytes()) {
			t.Fatalf("not stable:\n%s\n%s", w1.Bytes(), w2.Bytes())
		}
	})
}
