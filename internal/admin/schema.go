package admin

import (
	"reflect"
	"slices"
	"strings"
	"unicode"

	"github.com/iecmh/endorse/internal/content"
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/wasmjson"
)

// schema turns the loaders' Go structs into editor fields by reflection
// (at build time; the wasm packages never see this).
type schema struct {
	topics     []Option          // the rules' topic vocabulary
	categories []*model.Category // for the fee fields, in the rules' order
}

func newSchema(m *model.Model) *schema {
	sc := &schema{}
	if m == nil {
		return sc
	}
	for _, w := range m.Vocabulary.Topics {
		sc.topics = append(sc.topics, Option{Label: w.Label, Value: w.Key})
	}
	sc.categories = m.Categories
	return sc
}

// typeOf is the reflect.Type of T.
func typeOf[T any]() reflect.Type { return reflect.TypeFor[T]() }

// Keys the editor leaves out on purpose, by path ("site.limits"), each
// with its reason. The tests fail on any other loader key missing from
// the configuration, and on an entry here that names no loader key.
var (
	siteOmitted = map[string]string{
		// Maps keyed by the association's own names (singular = "plural"):
		// Decap's widgets edit fixed keys only, and renaming a taxonomy
		// moves pages, which wants a developer and a look at the build.
		"site.taxonomies":    "a map of names; changes URLs",
		"site.taxonomy_urls": "a map of names; changes URLs",
		// Input size limits protect the build; not the volunteer's concern.
		"site.limits": "build limits",
		// The editor's own sign-in: a wrong value here would lock the
		// volunteer out of the editor that could fix it.
		"site.admin": "the editor's own sign-in",
	}
	associationOmitted = map[string]string{
		// Changes to the shared category rules: requirement tables of
		// every kind, whose effect the golden applicant cases
		// (rules/cases/) must confirm; edited in git, with `make test`.
		"association.overrides": "requirement overrides; need the golden cases",
	}
	// requiredKeys are the association keys the rules loader requires
	// (model.Check: association), which struct tags cannot mark there.
	associationRequired = []string{"association.id", "association.name"}
)

// omitted reports whether the editor leaves out the key at path.
func omitted(path string) bool {
	_, a := siteOmitted[path]
	_, b := associationOmitted[path]
	return a || b
}

// markdownKeys are the rules' keys that hold Markdown (internal/rules doc).
var markdownKeys = []string{"text", "note", "scope", "summary", "warning"}

// structFields returns the fields of struct type t, whose keys are in
// the struct tag tagName ("toml" for content, "json" for the rules
// model, where a dotted key such as "rsc.note" is a key of a table).
// Fields the editor cannot show (a map, an interface, a custom decoder)
// are left out; the tests catch those.
func (sc *schema) structFields(t reflect.Type, tagName, path string) []Field {
	var out []Field
	for i := range t.NumField() {
		sf := t.Field(i)
		key, _, _ := strings.Cut(sf.Tag.Get(tagName), ",")
		if !sf.IsExported() || key == "" || key == "-" {
			continue
		}
		parts := strings.Split(key, ".")
		p := path + "." + key
		if omitted(p) {
			continue
		}
		f, ok := sc.field(sf.Type, parts[len(parts)-1], p, tagName, strings.Split(sf.Tag.Get("cms"), ","))
		if !ok {
			continue
		}
		out = insert(out, parts[:len(parts)-1], f)
	}
	return out
}

// insert adds f to fields, inside the object fields named by tables
// (made when missing), keeping the order of first appearance.
func insert(fields []Field, tables []string, f Field) []Field {
	if len(tables) == 0 {
		return append(fields, f)
	}
	for i := range fields {
		if fields[i].Name == tables[0] && fields[i].Widget == "object" {
			fields[i].Fields = insert(fields[i].Fields, tables[1:], f)
			return fields
		}
	}
	obj := Field{Name: tables[0], Label: label(tables[0]), Widget: "object", Required: false}
	obj.Fields = insert(nil, tables[1:], f)
	return append(fields, obj)
}

var (
	dateType     = typeOf[model.Date]()
	dayType      = typeOf[content.Day]()
	feeTableType = typeOf[model.FeeTable]()
	decoderType  = typeOf[wasmjson.Decoder]()
)

// field is the editor field for a value of type t under key; ok is false
// when no widget fits.
func (sc *schema) field(t reflect.Type, key, path, tagName string, tags []string) (Field, bool) {
	f := Field{Name: key, Label: label(key), Required: slices.Contains(tags, "required") || slices.Contains(associationRequired, path), Hint: hints[path]}
	if t.Kind() == reflect.Pointer {
		t = t.Elem() // a value that may be left out: the same field
	}
	switch {
	case t == dateType || t == dayType || slices.Contains(tags, "date"):
		return dateField(f), true
	case t == feeTableType:
		return sc.feeTable(f, path, tagName), true
	case reflect.PointerTo(t).Implements(decoderType):
		return f, false // a shape of its own that reflection cannot see
	}
	switch t.Kind() {
	case reflect.String:
		f.Widget = "string"
		switch {
		case slices.Contains(tags, "markdown") || tagName == "json" && slices.Contains(markdownKeys, key):
			f.Widget, f.Modes = "markdown", markdownModes
		case slices.Contains(tags, "text"):
			f.Widget = "text"
		}
	case reflect.Bool:
		f.Widget = "boolean"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		f.Widget, f.ValueType, f.Step = "number", "int", 1
	case reflect.Float32, reflect.Float64:
		f.Widget, f.ValueType = "number", "float"
	case reflect.Struct:
		f.Widget, f.Fields = "object", sc.structFields(t, tagName, path)
	case reflect.Slice:
		return sc.list(f, t.Elem(), path, tagName, tags)
	default:
		return f, false
	}
	return f, true
}

// list is the field for a list of elem.
func (sc *schema) list(f Field, elem reflect.Type, path, tagName string, tags []string) (Field, bool) {
	switch {
	case elem.Kind() == reflect.String && slices.Contains(tags, "topics") && len(sc.topics) > 0:
		f.Widget, f.Multiple, f.Options = "select", true, sc.topics
	case elem.Kind() == reflect.String:
		f.Widget = "list"
		f.Field = &Field{Name: "item", Label: singular(f.Label), Widget: "string", Required: true}
	case elem.Kind() == reflect.Struct:
		f.Widget, f.Fields = "list", sc.structFields(elem, tagName, path)
		if len(f.Fields) > 0 {
			f.Summary = "{{fields." + f.Fields[0].Name + "}}"
		}
	default:
		return f, false
	}
	return f, true
}

// feeTable is fees.categories: a group of fee fields per category, named
// by its id (the table's key) and labelled with its name.
func (sc *schema) feeTable(f Field, path, tagName string) Field {
	f.Widget = "object"
	fees := sc.structFields(typeOf[model.CategoryFees](), tagName, path+".*")
	for _, c := range sc.categories {
		if c.Kind == "program" {
			continue // the credential program's fee is fees.credential
		}
		f.Fields = append(f.Fields, Field{Name: c.ID, Label: c.Name + " (" + c.Abbr + ")", Widget: "object", Collapsed: true, Fields: fees})
	}
	return f
}

// markdownModes opens Markdown as written: Decap's rich-text mode rewrites
// the whole text when it saves (escaping shortcodes such as {{< fees >}}),
// so it is offered, not imposed.
var markdownModes = []string{"raw", "rich_text"}

// dateField is a date picker that keeps "YYYY-MM-DD".
func dateField(f Field) Field {
	no := false
	f.Widget, f.Format, f.DateFormat, f.TimeFormat, f.PickerUTC = "datetime", "YYYY-MM-DD", "YYYY-MM-DD", &no, true
	return f
}

// label turns a key into words: "clock_hours" → "Clock hours",
// "publishDate" → "Publish date".
func label(key string) string {
	if key == "lastmod" {
		return "Last modified"
	}
	var b strings.Builder
	for i, r := range key {
		if unicode.IsUpper(r) && i > 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(unicode.ToLower(r))
	}
	words := strings.FieldsFunc(b.String(), func(r rune) bool { return r == '_' || r == '-' || r == ' ' })
	for i, w := range words {
		switch w {
		case "url", "id", "rsc", "api":
			words[i] = strings.ToUpper(w)
		}
	}
	s := strings.Join(words, " ")
	if s == "" {
		return key
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// singular is a list's label for one of its items.
func singular(s string) string {
	if strings.HasSuffix(s, "ies") {
		return strings.TrimSuffix(s, "ies") + "y"
	}
	return strings.TrimSuffix(s, "s")
}
