package i18n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/iecmh/endorse/internal/engine"
	"github.com/iecmh/endorse/internal/model"
)

// engineCodes reads the engine's source, where every message is made by
// msg(code, args…) or fixed(code) with literal codes and argument names
// (msg.go, next.go), and returns each code with the names of its arguments.
func engineCodes(t *testing.T) map[string][]string {
	t.Helper()
	pkgs, err := parser.ParseDir(token.NewFileSet(), "../engine", func(fi fs.FileInfo) bool {
		return !strings.HasSuffix(fi.Name(), "_test.go")
	}, 0)
	if err != nil {
		t.Fatal(err)
	}
	codes := map[string][]string{}
	for _, f := range pkgs["engine"].Files {
		collectCodes(t, f, codes)
	}
	if len(codes) < 50 {
		t.Fatalf("found only %d codes in internal/engine: the parser no longer sees the constructors", len(codes))
	}
	return codes
}

// collectCodes adds the codes made in f.
func collectCodes(t *testing.T, f *ast.File, codes map[string][]string) {
	t.Helper()
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) == 0 {
			return true
		}
		fn, ok := call.Fun.(*ast.Ident)
		if !ok || fn.Name != "msg" && fn.Name != "fixed" {
			return true
		}
		code, ok := literal(call.Args[0])
		if !ok {
			t.Errorf("internal/engine: %s(…) with a code that is not a string literal", fn.Name)
			return true
		}
		args := []string{}
		for _, a := range call.Args[1:] {
			c, ok := a.(*ast.CallExpr)
			if !ok || len(c.Args) == 0 {
				t.Errorf("internal/engine: %s: an argument not made by an arg… helper", code)
				continue
			}
			name, ok := literal(c.Args[0])
			if !ok {
				t.Errorf("internal/engine: %s: an argument name that is not a string literal", code)
				continue
			}
			args = append(args, name)
		}
		codes[code] = args
		return true
	})
}

func literal(e ast.Expr) (string, bool) {
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(lit.Value)
	return s, err == nil
}

func loadEnglish(t *testing.T) *Catalog {
	t.Helper()
	c, l := Load(os.DirFS("../.."), "en")
	if len(l) > 0 {
		t.Fatal(l.Err())
	}
	return c
}

// TestCatalogCoversEngine: every code the engine reports has a message,
// every message belongs to a code, and a message uses only arguments its
// code has (else it would print an empty gap).
func TestCatalogCoversEngine(t *testing.T) {
	c := loadEnglish(t)
	codes := engineCodes(t)
	for _, code := range sortedKeys(codes) {
		if !c.Has(code) {
			t.Errorf("code %q (internal/engine) has no message in %s", code, c.File)
			continue
		}
		for _, name := range c.ArgNames(code) {
			if !contains(codes[code], name) {
				t.Errorf("%s: messages.%s uses {%s}, which the code does not have (it has %s)", c.File, code, name,
					strings.Join(codes[code], ", "))
			}
		}
	}
	for _, code := range sortedKeys(c.Messages) {
		if _, ok := codes[code]; !ok {
			t.Errorf("%s: messages.%s: no such code in internal/engine", c.File, code)
		}
	}
}

// TestCatalogArgsHaveKinds: every argument name the engine uses has a kind
// in [args], so it is shown for people (a date as a date, a key as its
// label), not as the raw value.
func TestCatalogArgsHaveKinds(t *testing.T) {
	c := loadEnglish(t)
	seen := map[string]bool{}
	for _, args := range engineCodes(t) {
		for _, a := range args {
			seen[a] = true
		}
	}
	var missing []string
	for a := range seen {
		if c.ArgKind(a) == "" {
			missing = append(missing, a)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("%s: [args] has no kind for %s", c.File, strings.Join(missing, ", "))
	}
}

// TestCatalogErrors: a broken catalog is reported at the key's line and
// column, one message per problem.
func TestCatalogErrors(t *testing.T) {
	src := `language = "en"
[forms]
list = ", "
or = " or "
and = " and "
joined = "; "
qualified = "{provider} with {need}"
[args]
hours = "number_up"
when = "calendar"
[messages]
more = "{hours} more {hours|hour}"
open = "{#hours}more"
odd = "{nope}"
[labels.qualifier]
master = "a Master's degree or higher"
`
	_, l := Parse("templates/i18n/xx.toml", []byte(src))
	got := ""
	if err := l.Err(); err != nil {
		got = err.Error()
	}
	for _, want := range []string{
		`templates/i18n/xx.toml:10:1: unknown kind “calendar”`,
		`templates/i18n/xx.toml:12:1: {hours|hour}: a plural is {name|one|other}`,
		`templates/i18n/xx.toml:13:1: {#hours} (or {^hours}) is not closed with {/hours}`,
		`templates/i18n/xx.toml:14:1: {nope} has no kind in [args]`,
		// The category pages word degree levels and qualifiers from these too.
		`templates/i18n/xx.toml: labels.level.associate: missing`,
		`templates/i18n/xx.toml: labels.qualifier.ers: missing`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("diagnostics lack %q:\n%s", want, got)
		}
	}
}

// TestCatalogLabels: every section and status the engine reports has words
// (the comparison with other editions names them).
func TestCatalogLabels(t *testing.T) {
	c := loadEnglish(t)
	for _, key := range model.Sections {
		if c.Labels["section"][key] == "" {
			t.Errorf("%s: [labels.section] has no %s", c.File, key)
		}
	}
	for _, key := range []string{"met", "met_with_warning", "not_met", "incomplete"} {
		if c.Labels["status"][key] == "" {
			t.Errorf("%s: [labels.status] has no %s", c.File, key)
		}
	}
}

// TestUnitForms: a number meets its unit in the form the number asks for,
// "about 1 hour a month" and "about 2 hours a month" ({unit:needed} with
// a label written "one|other"), and Amount does the same for figures.
func TestUnitForms(t *testing.T) {
	c := loadEnglish(t)
	r := &Renderer{C: c, M: &model.Model{}}
	pace := func(needed string) *engine.Msg {
		return &engine.Msg{Code: "no_recent_pace", Args: []engine.Arg{{Name: "needed", Value: needed, Kind: engine.ArgNumber}, {Name: "unit", Value: "hours", Kind: engine.ArgText}}}
	}
	for needed, want := range map[string]string{"1": "about 1 hour a month from now on", "2": "about 2 hours a month from now on", "0.5": "about 0.5 hours a month from now on"} {
		if got := r.Msg(pace(needed)); !strings.Contains(got, want) {
			t.Errorf("needed %s: %q, want %q in it", needed, got, want)
		}
	}
	for _, tc := range [][3]string{{"1", "hours", "1 hour"}, {"2", "hours", "2 hours"}, {"1", "months", "1 month"}, {"1", "references", "1 reference"}, {"3", "widgets", "3 widgets"}} {
		if got := r.Amount(tc[0], tc[1]); got != tc[2] {
			t.Errorf("Amount(%s, %s) = %q, want %q", tc[0], tc[1], got, tc[2])
		}
	}
}
