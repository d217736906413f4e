package engine_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/iecmh/endorse/internal/engine"
	"github.com/iecmh/endorse/internal/i18n"
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
	"github.com/iecmh/endorse/internal/wasmjson"
)

// TestFitCases runs every testdata/fit/<persona>.json: it evaluates the
// persona's profile for every category on its as_of date against the
// project's rules and compares the recommended category (the ranking's
// first), each category's fit level and the practice summary with the
// case's "expect", and the whole report with the snapshot
// <persona>.golden next to it. -update rewrites both.
func TestFitCases(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "fit", "*.json"))
	if len(files) == 0 {
		t.Fatal("no fit cases under testdata/fit/")
	}
	m := loadProjectRules(t)
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".json"), func(t *testing.T) { runFitCase(t, m, f) })
	}
}

func runFitCase(t *testing.T, m *model.Model, file string) {
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	c, err := wasmjson.Parse(src)
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	r := evaluateCase(t, m, c, "")
	got := fitExpectation(t, m, r)
	snapshot := strings.TrimSuffix(file, ".json") + ".golden"
	report := indentReport(t, r)
	if *update {
		writeCase(t, file, c, got)
		writeIfChanged(t, snapshot, report)
		return
	}
	want, _ := c.Get("expect")
	if g, w := compact(got), compact(want); g != w {
		t.Errorf("%s\n got: %s\nwant: %s\n(run go test ./internal/engine -run TestFitCases -update to accept)", file, g, w)
	}
	old, err := os.ReadFile(snapshot)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/engine -run TestFitCases -update to write it)", err)
	}
	if !bytes.Equal(old, report) {
		t.Errorf("%s: the report differs from the snapshot:\n%s\n(run -update to accept, then read the diff)", snapshot, firstDifference(old, report))
	}
}

// fitExpectation is what a fit case pins by hand: the recommended
// category, the practice in words and each category's fit level.
func fitExpectation(t *testing.T, m *model.Model, r *engine.Report) wasmjson.Value {
	say := &i18n.Renderer{C: loadCatalog(t), M: m}
	first := ""
	if len(r.Ranking) > 0 {
		first = r.Ranking[0]
	}
	fits := wasmjson.Value{Kind: wasmjson.Object, Obj: []wasmjson.Member{}}
	for _, c := range r.Categories {
		if c.Kind == "category" {
			fits.Obj = append(fits.Obj, wasmjson.Member{Key: c.ID, Val: wasmjson.Str(c.Fit.Level)})
		}
	}
	return wasmjson.Value{Kind: wasmjson.Object, Obj: []wasmjson.Member{
		{Key: "recommended", Val: wasmjson.Str(first)},
		{Key: "practice", Val: wasmjson.Str(say.Msg(r.Practice))},
		{Key: "fit", Val: fits},
	}}
}

// TestOldServiceSameReport: a work entry saved with the one "service" of
// earlier profiles is judged exactly as the same entry with "services":
// the whole report (fit, ranking, every item) is the same.
func TestOldServiceSameReport(t *testing.T) {
	m := loadProjectRules(t)
	work := `{"role":"Therapist","start":"2019-06-01","paid":true,"fte":1,"age_band":"infant",%s,"families":22}`
	report := func(service string) []byte {
		src := `{"format":"endorse-profile/1","degrees":[{"level":"master","date":"2019-05-01","related":true}],"work":[` +
			strings.Replace(work, "%s", service, 1) + `]}`
		p, errs := profile.Decode([]byte(src))
		if len(errs) == 0 {
			errs = engine.CheckProfile(m, p)
		}
		if len(errs) > 0 {
			t.Fatalf("%s: %v", src, errs)
		}
		day, _ := model.ParseDate("2026-06-01")
		return engine.Evaluate(m, p, day, "").JSON()
	}
	old, now := report(`"service":"dyadic_therapy"`), report(`"services":["dyadic_therapy"]`)
	if !bytes.Equal(old, now) {
		t.Errorf("the old single service is judged differently:\n%s", firstDifference(old, now))
	}
	if other := report(`"services":["home_visiting"]`); bytes.Equal(old, other) {
		t.Error("the report does not depend on the kind of service (the test cannot tell)")
	}
}
