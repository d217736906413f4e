package i18n

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/iecmh/endorse/internal/engine"
	"github.com/iecmh/endorse/internal/model"
)

// Renderer words the engine's messages from a catalog, with labels for the
// ids from the rules (vocabulary, category abbreviations, course titles).
type Renderer struct {
	C *Catalog
	M *model.Model
}

// Msg words one message ("" for none). A code the catalog lacks shows as
// the code itself (the catalog's tests keep that from happening).
func (r *Renderer) Msg(m *engine.Msg) string {
	if m == nil {
		return ""
	}
	nodes, ok := r.C.parsed[m.Code]
	if !ok {
		return m.Code
	}
	var b strings.Builder
	execute(&b, nodes, func(name string) value { return r.arg(m, name) })
	return b.String()
}

// Event words a calendar event of a plan: its summary and description
// (the catalog's [events.<code>]; "" for a part the catalog lacks).
func (r *Renderer) Event(e *engine.Event) (summary, description string) {
	m := &engine.Msg{Code: e.Code, Args: e.Args}
	return r.other(e.Code+".summary", m), r.other(e.Code+".description", m)
}

// Plan words one of the plan's own texts ([plan]: see requiredPlan) with
// args, as plan.js's planWords does.
func (r *Renderer) Plan(key string, args ...engine.Arg) string {
	return r.other("plan."+key, &engine.Msg{Code: "plan", Args: args})
}

// other words one template of [events], [calendar] or [plan] with m's
// arguments.
func (r *Renderer) other(key string, m *engine.Msg) string {
	var b strings.Builder
	execute(&b, r.C.events[key], func(name string) value { return r.arg(m, name) })
	return b.String()
}

// Join words messages as one, joined by the catalog's "joined" form.
func (r *Renderer) Join(list []*engine.Msg) string {
	parts := make([]string, 0, len(list))
	for _, m := range list {
		parts = append(parts, r.Msg(m))
	}
	return strings.Join(parts, r.C.Forms["joined"])
}

// arg is the value of argument name of m, shown by its kind.
func (r *Renderer) arg(m *engine.Msg, name string) value {
	var a *engine.Arg
	for i := range m.Args {
		if m.Args[i].Name == name {
			a = &m.Args[i]
		}
	}
	if a == nil {
		return value{}
	}
	spec := r.C.specs[name]
	switch a.Kind {
	case engine.ArgFlag:
		return value{set: a.Value != ""}
	case engine.ArgMsgs:
		return value{words: r.Join(m.Sub), set: len(m.Sub) > 0, one: len(m.Sub) == 1}
	case engine.ArgList:
		ids := m.List(name)
		words := make([]string, len(ids))
		for i, id := range ids {
			_, words[i] = forms(r.word(spec, id))
		}
		return value{words: r.list(words, spec.and), set: len(ids) > 0, one: len(ids) == 1}
	}
	w := r.word(spec, a.Value)
	if spec.kind == "coordinator" {
		return value{words: w, set: w != ""}
	}
	one, other := forms(w)
	return value{words: other, oneWords: one, set: a.Value != "" && a.Value != "0", one: w == "1"}
}

// forms splits a label written "one|other" into its two forms (one is ""
// for a label with a single form, which other then is).
func forms(w string) (one, other string) {
	if a, b, ok := strings.Cut(w, "|"); ok {
		return a, b
	}
	return "", w
}

// Amount is a number (as shown, e.g. by Number) with its unit, a key of
// the catalog's [labels.amount] in the form the number takes: "1 hour",
// "2.5 hours". A unit the catalog does not name follows the number as it is.
func (r *Renderer) Amount(num, unit string) string {
	w, ok := r.C.Labels["amount"][unit]
	if !ok {
		return num + " " + unit
	}
	one, other := forms(w)
	if num == "1" && one != "" {
		return num + " " + one
	}
	return num + " " + other
}

// word shows one value by its kind.
func (r *Renderer) word(spec argSpec, v string) string {
	switch spec.kind {
	case "number", "number_up", "number_down":
		f, _ := strconv.ParseFloat(v, 64)
		return Number(f, spec.kind)
	case "date":
		d, ok := model.ParseDate(v)
		if !ok {
			return v
		}
		return Date(r.C.Language, d)
	case "category":
		return r.category(v)
	case "provider":
		return r.provider(v)
	case "course":
		if c := r.M.Course(v); c != nil && c.Title != "" {
			return c.Title
		}
		return v
	case "coordinator":
		return strings.Join(Contact(r.M.Association.Coordinator), r.C.Forms["list"])
	}
	list, name, _ := strings.Cut(spec.kind, ".")
	switch list {
	case "vocab":
		w := vocabLabel(r.M.Vocabulary, name, v)
		if spec.lower {
			w = lowerFirst(w)
		}
		return w
	case "label":
		if w, ok := r.C.Labels[name][v]; ok {
			return w
		}
	}
	return v
}

// Contact is how to reach the coordinator, in the order people read it:
// name, email, phone, and the contact page when there is neither email nor
// phone (none: nothing to say). The checker's messages.js contact() does
// the same.
func Contact(c model.Coordinator) []string {
	var out []string
	for _, s := range []string{c.Name, c.Email, c.Phone} {
		if s != "" {
			out = append(out, s)
		}
	}
	if u := c.ContactURL(); u != "" {
		out = append(out, u)
	}
	if !c.Set() {
		return nil
	}
	return out
}

// category is a category's abbreviation, or its name when the
// abbreviation is no real one (ShownAbbr).
func (r *Renderer) category(id string) string {
	c := r.M.Category(id)
	if c == nil {
		return id
	}
	if a := ShownAbbr(c.Abbr, c.Name); a != "" {
		return a
	}
	return c.Name
}

// provider shows a provider token: "imhs+ers" is the category with its
// qualifiers (the catalog's "qualified" form).
func (r *Renderer) provider(tok string) string {
	id, quals := model.SplitToken(tok)
	who := r.category(id)
	if len(quals) == 0 {
		return who
	}
	need := make([]string, len(quals))
	for i, q := range quals {
		_, need[i] = forms(r.word(argSpec{kind: "label.qualifier"}, q))
	}
	var b strings.Builder
	execute(&b, r.C.forms["qualified"], func(name string) value {
		switch name {
		case "provider":
			return value{words: who, set: true}
		case "need":
			return value{words: r.list(need, true), set: true}
		}
		return value{}
	})
	return b.String()
}

// list joins words: "a, b or c".
func (r *Renderer) list(words []string, and bool) string {
	last := r.C.Forms["or"]
	if and {
		last = r.C.Forms["and"]
	}
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	}
	return strings.Join(words[:len(words)-1], r.C.Forms["list"]) + last + words[len(words)-1]
}

// Number shows a number as people read it: one decimal (two below 1, so
// a pace of 0.25 and one of 0.26 a month stay apart), rounded to nearest
// (kind "number"), up ("number_up": what is still missing is never shown
// as less) or down ("number_down": what one has is never shown as more); a
// positive number never shows as 0.
func Number(f float64, kind string) string {
	scale := 10.0
	if math.Abs(f) < 1 {
		scale = 100
	}
	x := f * scale
	switch kind {
	case "number_up":
		x = math.Ceil(x - 1e-6)
	case "number_down":
		x = math.Floor(x + 1e-6)
	default:
		x = math.Round(x)
	}
	if x == 0 && f > 0 {
		x = 1
	}
	return strconv.FormatFloat(x/scale, 'f', -1, 64)
}

// vocabLabel is the label of key in the vocabulary list, else the key.
func vocabLabel(v model.Vocabulary, list, key string) string {
	var words []model.Word
	switch list {
	case "topics":
		words = v.Topics
	case "services":
		words = v.Services
	case "roles":
		words = v.Roles
	case "leadership":
		words = v.Leadership
	case "credentials":
		words = v.Credentials
	case "licenses":
		words = v.Licenses
	case "attestations":
		words = v.Attestations
	}
	for _, w := range words {
		if w.Key == key {
			return w.Label
		}
	}
	return key
}

// lowerFirst starts a label with a small letter inside a sentence, unless
// its first word is an abbreviation ("CDA mentor").
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	next, _ := utf8.DecodeRuneInString(s[n:])
	if unicode.IsUpper(next) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// ShownAbbr is a category's abbreviation when it is a real one: "" when it
// is empty, a plain word ("Credential") or its name's last word or whole
// name. The checker's lists.js shownAbbr decides the same.
func ShownAbbr(abbr, name string) string {
	abbr = strings.TrimSpace(abbr)
	words := strings.Fields(strings.ToLower(name))
	if abbr == "" || plainWord(abbr) || len(words) == 0 {
		return ""
	}
	if l := strings.ToLower(abbr); l == words[len(words)-1] || l == strings.Join(words, " ") {
		return ""
	}
	return abbr
}

// plainWord reports whether s is a word such as "Credential": an optional
// capital, then small letters only.
func plainWord(s string) bool {
	for i, r := range s {
		if !(r >= 'a' && r <= 'z' || i == 0 && r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return true
}
