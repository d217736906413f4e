// Package i18n holds the message catalogs: the words for the codes the
// engine reports (gaps, reasons, notes, next steps), one TOML file per
// language in templates/i18n/<language>.toml. The CLI's text report words
// reports with a Renderer; the site build publishes the catalog as the
// asset messages.json, which the browser checker words reports with
// (static/js/checker/messages.js), so both say the same.
package i18n

import (
	"encoding/json"
	"io/fs"
	"sort"
	"strings"

	"github.com/iecmh/endorse/internal/content"
	"github.com/iecmh/endorse/internal/diag"
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/tomlpos"
)

// Dir is the repo path of the message catalogs.
const Dir = "templates/i18n"

// Catalog is one language's message catalog.
type Catalog struct {
	File     string                       // repo path
	Language string                       `toml:"language"`
	Forms    map[string]string            `toml:"forms"`
	Args     map[string]string            `toml:"args"`     // argument name → "kind [and|or] [lower]"
	Messages map[string]string            `toml:"messages"` // code → template
	Labels   map[string]map[string]string `toml:"labels"`   // list → key → words
	Events   map[string]map[string]string `toml:"events"`   // event code → summary, description
	Calendar map[string]string            `toml:"calendar"` // the .ics file's own words: name, reminder, source
	Plan     map[string]string            `toml:"plan"`     // the plan's own words: its titles, the when of a step (requiredPlan)

	parsed map[string][]node  // code → parsed template
	events map[string][]node  // "code.summary", "code.description", "calendar.<key>", "plan.<key>" → parsed template
	specs  map[string]argSpec // argument name → its spec
	forms  map[string][]node  // forms that are templates (qualified)
}

// argSpec is an [args] entry read.
type argSpec struct {
	kind  string // number, date, text, category, vocab.topics, label.level …
	and   bool   // a list joined with "and" (else "or")
	lower bool   // a vocabulary label starts with a small letter
}

// Kinds are the argument kinds a catalog may name (besides vocab.<list>
// and label.<list>).
var Kinds = []string{"number", "number_up", "number_down", "date", "text", "category", "provider", "course", "coordinator", "flag", "messages"}

// VocabLists are the lists of rules/vocabulary.toml a vocab.<list> kind may name.
var VocabLists = []string{"topics", "services", "roles", "leadership", "credentials", "licenses", "attestations"}

// requiredForms are the [forms] every catalog sets.
var requiredForms = []string{"list", "or", "and", "joined", "qualified"}

// requiredLabels are the [labels.<list>] keys every catalog sets: the
// lists the site's pages word from the catalog too (categoryview.Labels),
// so a missing one would show a bare key on a page.
var requiredLabels = map[string][]string{"level": model.Levels, "qualifier": model.Qualifiers}

// requiredPlan are the [plan] keys every catalog sets: the words the
// CLI's plan (internal/textreport) and the checker's (plan.js) share.
var requiredPlan = []string{"title", "renewal_title", "nothing_open", "open", "incomplete", "no_date",
	"met_with_plans", "met_at_pace", "dates"}

// FileFor returns the catalog file for a site language: "en-US" reads
// templates/i18n/en-us.toml when there is one, else en.toml.
func FileFor(fsys fs.FS, lang string) string {
	lang = strings.ToLower(lang)
	if lang == "" {
		lang = "en"
	}
	if _, err := fs.Stat(fsys, Dir+"/"+lang+".toml"); err != nil {
		if base, _, ok := strings.Cut(lang, "-"); ok {
			lang = base
		}
	}
	return Dir + "/" + lang + ".toml"
}

// Load reads and checks the catalog for a site language from fsys (the
// project directory). Every problem is a diagnostic at its line and column.
func Load(fsys fs.FS, lang string) (*Catalog, diag.List) {
	file := FileFor(fsys, lang)
	var l diag.List
	src, err := fs.ReadFile(fsys, file)
	if err != nil {
		l.Add(file, 0, 0, "cannot read the message catalog of the site's language ("+lang+"): "+strings.TrimPrefix(err.Error(), "open "+file+": "))
		return nil, l
	}
	return Parse(file, src)
}

// Parse reads and checks a catalog's TOML source.
func Parse(file string, src []byte) (*Catalog, diag.List) {
	c := &Catalog{File: file}
	if l := content.DecodeTOML(file, src, c); len(l) > 0 {
		return nil, l
	}
	l := c.check(src)
	if len(l) > 0 {
		return nil, l
	}
	return c, nil
}

// check parses the templates and argument specs, reporting each problem
// at the key that has it.
func (c *Catalog) check(src []byte) diag.List {
	var l diag.List
	at := func(msg string, path ...string) {
		at, ok := tomlpos.Scan(src).Key(path...)
		if !ok {
			l.AddField(c.File, strings.Join(path, "."), msg)
			return
		}
		l.Add(c.File, at.Line, at.Col, msg)
	}
	if c.Language == "" {
		at("missing: the catalog's language", "language")
	}
	c.checkRequired(at)
	c.checkArgs(at)
	c.checkMessages(at)
	c.checkEvents(at)
	return l
}

// reportAt reports msg at the key path of the catalog's source.
type reportAt func(msg string, path ...string)

// checkRequired reports the [forms] and the [labels.<list>] keys that
// every catalog sets and this one does not, and parses the qualified form.
func (c *Catalog) checkRequired(at reportAt) {
	for _, f := range requiredForms {
		if _, ok := c.Forms[f]; !ok {
			at("missing", "forms", f)
		}
	}
	for _, key := range requiredPlan {
		if _, ok := c.Plan[key]; !ok {
			at("missing", "plan", key)
		}
	}
	for _, list := range sortedKeys(requiredLabels) {
		for _, key := range requiredLabels[list] {
			if c.Labels[list][key] == "" {
				at("missing", "labels", list, key)
			}
		}
	}
	c.forms = map[string][]node{}
	if q, ok := c.Forms["qualified"]; ok {
		nodes, err := parseTemplate(q)
		if err != nil {
			at(err.Error(), "forms", "qualified")
		}
		c.forms["qualified"] = nodes
	}
}

// checkArgs reads the kind of every argument of [args].
func (c *Catalog) checkArgs(at reportAt) {
	c.specs = map[string]argSpec{}
	for _, name := range sortedKeys(c.Args) {
		spec, msg := c.parseSpec(c.Args[name])
		if msg != "" {
			at(msg, "args", name)
		}
		c.specs[name] = spec
	}
}

// checkMessages parses every message, whose arguments must have a kind.
func (c *Catalog) checkMessages(at reportAt) {
	c.parsed = map[string][]node{}
	for _, code := range sortedKeys(c.Messages) {
		nodes, err := parseTemplate(c.Messages[code])
		if err != nil {
			at(err.Error(), "messages", code)
			continue
		}
		for _, n := range names(nodes, map[string]bool{}, nil) {
			if _, ok := c.specs[n]; !ok {
				at("{"+n+"} has no kind in [args]", "messages", code)
			}
		}
		c.parsed[code] = nodes
	}
}

// checkEvents parses the plan's dates ([events]), the calendar file's own
// words ([calendar]) and the plan's ([plan]).
func (c *Catalog) checkEvents(at reportAt) {
	c.events = map[string][]node{}
	for _, code := range sortedKeys(c.Events) {
		for _, part := range sortedKeys(c.Events[code]) {
			if part != "summary" && part != "description" {
				at("unknown key: an event has a summary and a description", "events", code, part)
				continue
			}
			c.parseOther(at, code+"."+part, c.Events[code][part], "events", code, part)
		}
	}
	for _, key := range sortedKeys(c.Calendar) {
		c.parseOther(at, "calendar."+key, c.Calendar[key], "calendar", key)
	}
	for _, key := range sortedKeys(c.Plan) {
		c.parseOther(at, "plan."+key, c.Plan[key], "plan", key)
	}
}

// parseOther parses a template of [events] or [calendar] into c.events
// under key, reporting a problem at path.
func (c *Catalog) parseOther(at reportAt, key, src string, path ...string) {
	nodes, err := parseTemplate(src)
	if err != nil {
		at(err.Error(), path...)
		return
	}
	for _, n := range names(nodes, map[string]bool{}, nil) {
		if _, ok := c.specs[n]; !ok {
			at("{"+n+"} has no kind in [args]", path...)
		}
	}
	c.events[key] = nodes
}

// parseSpec reads "kind [and|or] [lower]"; the message says what is wrong.
func (c *Catalog) parseSpec(s string) (argSpec, string) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return argSpec{}, "empty: give the argument's kind"
	}
	spec := argSpec{kind: f[0]}
	for _, w := range f[1:] {
		switch w {
		case "and":
			spec.and = true
		case "or":
		case "lower":
			spec.lower = true
		default:
			return spec, "unknown word " + quote(w) + ": after the kind come only and, or, lower"
		}
	}
	list, name, ok := strings.Cut(spec.kind, ".")
	switch {
	case !ok && contains(Kinds, spec.kind):
	case ok && list == "vocab" && contains(VocabLists, name):
	case ok && list == "label" && c.Labels[name] != nil:
	case ok && list == "label":
		return spec, "no [labels." + name + "] table for " + quote(spec.kind)
	default:
		return spec, "unknown kind " + quote(spec.kind) + " (one of " + strings.Join(Kinds, ", ") + ", vocab.<list>, label.<list>)"
	}
	return spec, ""
}

// HasEvent reports whether the catalog words the calendar event code
// (its summary; the description may be left out).
func (c *Catalog) HasEvent(code string) bool { _, ok := c.events[code+".summary"]; return ok }

// EventArgNames returns the argument names the words of event code use.
func (c *Catalog) EventArgNames(code string) []string {
	seen := map[string]bool{}
	return names(c.events[code+".description"], seen, names(c.events[code+".summary"], seen, nil))
}

// Has reports whether the catalog words code.
func (c *Catalog) Has(code string) bool { _, ok := c.parsed[code]; return ok }

// ArgNames returns the argument names the message of code uses, each once.
func (c *Catalog) ArgNames(code string) []string {
	return names(c.parsed[code], map[string]bool{}, nil)
}

// ArgKind returns the kind of the argument name ("" when [args] has none).
func (c *Catalog) ArgKind(name string) string { return c.specs[name].kind }

// JSON returns the catalog as the checker reads it (the asset
// messages.json): {"language", "forms", "args", "messages", "labels"},
// with the texts as written.
func (c *Catalog) JSON() ([]byte, error) {
	return json.Marshal(struct {
		Language string                       `json:"language"`
		Forms    map[string]string            `json:"forms"`
		Args     map[string]string            `json:"args"`
		Messages map[string]string            `json:"messages"`
		Labels   map[string]map[string]string `json:"labels"`
		Events   map[string]map[string]string `json:"events"`
		Calendar map[string]string            `json:"calendar"`
		Plan     map[string]string            `json:"plan"`
	}{c.Language, c.Forms, c.Args, c.Messages, c.Labels, c.Events, c.Calendar, c.Plan})
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func quote(s string) string { return "“" + s + "”" }
