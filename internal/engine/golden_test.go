package engine_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/iecmh/endorse/internal/engine"
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
	"github.com/iecmh/endorse/internal/rules"
	"github.com/iecmh/endorse/internal/wasmjson"
)

var update = flag.Bool("update", false, "rewrite the expect part and the report snapshot of every golden case")

// projectRoot is the repository root, seen from this package.
const projectRoot = "../.."

func loadProjectRules(t testing.TB) *model.Model {
	t.Helper()
	m, l := rules.LoadProject(os.DirFS(projectRoot))
	if err := l.Err(); err != nil {
		t.Fatalf("loading rules:\n%v", err)
	}
	return m
}

// TestGoldenCases runs every rules/cases/<category>/<case>.json: it
// evaluates the case's profile on its as_of date for its category and
// compares the edition, the category status and every requirement's status
// (and the renewal statuses when given) with the case's "expect", and the
// whole report (every number, gap, item, reason, window and projection)
// with the snapshot <case>.golden next to it. -update rewrites both, so
// every change of what an applicant sees shows in review.
func TestGoldenCases(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(projectRoot, "rules", "cases", "*", "*.json"))
	if len(files) == 0 {
		t.Fatal("no golden cases found under rules/cases/")
	}
	m := loadProjectRules(t)
	for _, f := range files {
		name := filepath.Base(filepath.Dir(f)) + "/" + strings.TrimSuffix(filepath.Base(f), ".json")
		t.Run(name, func(t *testing.T) { runCase(t, m, f) })
	}
}

func runCase(t *testing.T, m *model.Model, file string) {
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	c, err := wasmjson.Parse(src)
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	category := filepath.Base(filepath.Dir(file))
	r := evaluateCase(t, m, c, category)
	got := expectation(r, c)
	want, _ := c.Get("expect")
	snapshot := strings.TrimSuffix(file, ".json") + ".golden"
	report := indentReport(t, r)
	if *update {
		writeCase(t, file, c, got)
		writeIfChanged(t, snapshot, report)
		return
	}
	if g, w := compact(got), compact(want); g != w {
		t.Errorf("%s\n got: %s\nwant: %s\n(run go test ./internal/engine -run TestGoldenCases -update to accept)", file, g, w)
	}
	old, err := os.ReadFile(snapshot)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/engine -run TestGoldenCases -update to write it)", err)
	}
	if !bytes.Equal(old, report) {
		t.Errorf("%s: the report differs from the snapshot:\n%s\n(run go test ./internal/engine -run TestGoldenCases -update to accept, then read the diff)",
			snapshot, firstDifference(old, report))
	}
}

// indentReport returns the report JSON indented, one key per line, so a
// snapshot's diff shows each changed value on its own line.
func indentReport(t *testing.T, r *engine.Report) []byte {
	v, err := wasmjson.Parse(r.JSON())
	if err != nil {
		t.Fatalf("the report is not JSON: %v", err)
	}
	return wasmjson.Indent(v)
}

// firstDifference quotes the lines around the first line where a and b
// differ.
func firstDifference(a, b []byte) string {
	al, bl := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		if i < len(al) && i < len(bl) && al[i] == bl[i] {
			continue
		}
		lo := max(i-3, 0)
		return "line " + strconv.Itoa(i+1) + "\nsnapshot:\n" + strings.Join(al[lo:min(i+4, len(al))], "\n") +
			"\nnow:\n" + strings.Join(bl[lo:min(i+4, len(bl))], "\n")
	}
	return ""
}

// evaluateCase evaluates a case's profile for its category.
func evaluateCase(t *testing.T, m *model.Model, c wasmjson.Value, category string) *engine.Report {
	asOf, _ := c.Get("as_of")
	day, ok := model.ParseDate(asOf.Str)
	if !ok {
		t.Fatal("as_of must be YYYY-MM-DD")
	}
	pv, _ := c.Get("profile")
	p, errs := profile.FromValue(pv)
	if len(errs) == 0 {
		errs = engine.CheckProfile(m, p)
	}
	if len(errs) > 0 {
		t.Fatalf("profile: %v", errs)
	}
	if m.Category(category) == nil {
		t.Fatalf("unknown category %q (the directory name)", category)
	}
	return engine.Evaluate(m, p, day, category)
}

func expectation(r *engine.Report, c wasmjson.Value) wasmjson.Value {
	cr := r.Categories[0]
	edition := ""
	if cr.Edition != nil {
		edition = cr.Edition.ID
	}
	out := wasmjson.Value{Kind: wasmjson.Object, Obj: []wasmjson.Member{
		{Key: "edition", Val: wasmjson.Str(edition)},
		{Key: "status", Val: wasmjson.Str(cr.Status)},
		{Key: "requirements", Val: statuses(cr.Requirements)},
	}}
	want, _ := c.Get("expect")
	if _, has := want.Get("renewal"); has || len(r.Renewal) > 0 {
		rv := wasmjson.Value{Kind: wasmjson.Object, Obj: []wasmjson.Member{}}
		if len(r.Renewal) > 0 {
			rv = statuses(r.Renewal[0].Requirements)
			rv.Obj = append([]wasmjson.Member{{Key: "status", Val: wasmjson.Str(r.Renewal[0].Status)}}, rv.Obj...)
		}
		out.Obj = append(out.Obj, wasmjson.Member{Key: "renewal", Val: rv})
	}
	return out
}

// statuses flattens outcomes (children included) to id → status.
func statuses(list []*engine.Outcome) wasmjson.Value {
	v := wasmjson.Value{Kind: wasmjson.Object, Obj: []wasmjson.Member{}}
	var walk func([]*engine.Outcome)
	walk = func(list []*engine.Outcome) {
		for _, o := range list {
			v.Obj = append(v.Obj, wasmjson.Member{Key: o.ID, Val: wasmjson.Str(o.Status)})
			walk(o.Children)
		}
	}
	walk(list)
	return v
}

func compact(v wasmjson.Value) string {
	var w wasmjson.Writer
	w.Value(v)
	return string(w.Bytes())
}

func writeCase(t *testing.T, file string, c wasmjson.Value, expect wasmjson.Value) {
	out := wasmjson.Value{Kind: wasmjson.Object}
	for _, m := range c.Obj {
		if m.Key != "expect" {
			out.Obj = append(out.Obj, m)
		}
	}
	out.Obj = append(out.Obj, wasmjson.Member{Key: "expect", Val: expect})
	writeIfChanged(t, file, wasmjson.Indent(out))
}

// writeIfChanged writes data to file unless it already holds it.
func writeIfChanged(t *testing.T, file string, data []byte) {
	old, _ := os.ReadFile(file)
	if !bytes.Equal(old, data) {
		if err := os.WriteFile(file, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
