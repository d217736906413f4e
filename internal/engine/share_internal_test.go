package engine

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
	"github.com/iecmh/endorse/internal/rules"
	"github.com/iecmh/endorse/internal/wasmjson"
)

// TestSharedLeavesChangeNothing: a leaf's outcome serves every category
// with the same leaf (evaluated), which is right only while no evaluator
// reads more of the context than scopeOf says. Every golden case's profile,
// on its as-of date and three others, must give the same report with
// every leaf evaluated afresh.
func TestSharedLeavesChangeNothing(t *testing.T) {
	m, l := rules.LoadProject(os.DirFS("../.."))
	if err := l.Err(); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../../rules/cases/*/*.json")
	if len(files) < 50 {
		t.Fatalf("only %d golden cases", len(files))
	}
	days := []model.Date{model.NewDate(2019, 6, 1), model.NewDate(2025, 1, 1), model.NewDate(2026, 2, 15)}
	for _, f := range files {
		p, asOf := caseProfile(t, f)
		for _, day := range append(days, asOf) {
			shared := string(Evaluate(m, p, day, "").JSON())
			shareLeaves = false
			alone := string(Evaluate(m, p, day, "").JSON())
			shareLeaves = true
			if shared != alone {
				t.Errorf("%s on %s: the report differs when each leaf is evaluated afresh", f, day)
			}
		}
	}
}

// caseProfile returns the profile and as-of date of a golden case file.
func caseProfile(t *testing.T, file string) (*profile.Profile, model.Date) {
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	c, err := wasmjson.Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	pv, _ := c.Get("profile")
	p, errs := profile.FromValue(pv)
	if len(errs) > 0 {
		t.Fatalf("%s: %v", file, errs)
	}
	asOf, _ := c.Get("as_of")
	day, _ := model.ParseDate(asOf.Str)
	return p, day
}
