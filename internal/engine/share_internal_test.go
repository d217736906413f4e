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
	sharingChangesNothing(t, m)
}

// TestSharedVerdictsFollowProviderRules: a comparison with another
// edition takes the status of an RSC leaf evaluated before only under the
// same provider rules. The Clinical Mentors of both age ranges share
// their RSC rule and provider rule; here ECMHM-C accepts only IMHM-C
// providers, so RSC from an ECMHM-C meets the rule for IMHM-C (evaluated
// first) and not for ECMHM-C, in a comparison as well.
func TestSharedVerdictsFollowProviderRules(t *testing.T) {
	m, l := rules.LoadProject(os.DirFS("../.."))
	if err := l.Err(); err != nil {
		t.Fatal(err)
	}
	for i := range m.Providers {
		if pr := &m.Providers[i]; model.In(pr.Categories, "ecmhm-c") {
			pr.Categories = []string{"imhm-c"}
		}
	}
	m.Providers = append(m.Providers, model.ProviderRule{Categories: []string{"ecmhm-c"}, Providers: []string{"imhm-c"}})
	p, asOf := caseProfile(t, "../../rules/cases/ecmhm-c/meets-2024.json")
	var rsc *model.Requirement
	for _, r := range m.Category("imhm-c").Edition(asOf).Tree {
		if r.Kind == "rsc_received" {
			rsc = r
		}
	}
	if rsc == nil {
		t.Fatal("IMHM-C asks for no RSC")
	}
	base := ctx{m: m, p: p, asOf: asOf, until: asOf, scratch: newScratch(), tables: &tables{}}
	imhm, ecmhm := base, base
	imhm.cat, ecmhm.cat = m.Category("imhm-c"), m.Category("ecmhm-c")
	ecmhm.verdictOnly = true
	ecmhm.scratch.verdict.reset()
	if a, b := imhm.eval(rsc).Status, ecmhm.eval(rsc).Status; a != Met || b != NotMet {
		t.Errorf("RSC from an ECMHM-C: %s for IMHM-C (want met), %s for ECMHM-C (want not_met)", a, b)
	}
}

// sharingChangesNothing checks that every golden case's profile, on its
// as-of date and three others, gives the same report under m with every
// leaf evaluated afresh.
func sharingChangesNothing(t *testing.T, m *model.Model) {
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

// TestSharedLeavesFollowProviderRules: the RSC outcome of a category whose
// reasons do not name it serves another category only when their provider
// rules are the same. The project's Reflective Supervisors of both age
// ranges share one rule; here the early childhood one accepts only
// Clinical Mentors, so RSC from an IMHS counts for IFRS (evaluated first)
// and not for ECFRS.
func TestSharedLeavesFollowProviderRules(t *testing.T) {
	m, l := rules.LoadProject(os.DirFS("../.."))
	if err := l.Err(); err != nil {
		t.Fatal(err)
	}
	for i := range m.Providers {
		if pr := &m.Providers[i]; model.In(pr.Categories, "ecfrs") {
			pr.Categories = []string{"ifrs", "ers"}
		}
	}
	m.Providers = append(m.Providers, model.ProviderRule{Categories: []string{"ecfrs"}, Providers: []string{"imhm-c"}})
	p, asOf := caseProfile(t, "../../rules/cases/ifrs/meets.json")
	r := Evaluate(m, p, asOf, "")
	ifrs, ecfrs := rscOutcome(t, r, "ifrs"), rscOutcome(t, r, "ecfrs")
	if ifrs.Have == 0 || ecfrs.Have != 0 {
		t.Errorf("IFRS counts %v RSC hours (want them all), ECFRS %v (want 0: the provider is not a Clinical Mentor)", ifrs.Have, ecfrs.Have)
	}
}

// rscOutcome returns the outcome of category id's requirement "rsc".
func rscOutcome(t *testing.T, r *Report, id string) *Outcome {
	for _, c := range r.Categories {
		for _, o := range c.Requirements {
			if c.ID == id && o.ID == "rsc" {
				return o
			}
		}
	}
	t.Fatalf("no requirement rsc for %s", id)
	return nil
}

// FuzzSharingChangesNothing: for any profile and day, the report is the
// one evaluating every leaf afresh gives. The golden cases are its seeds;
// `make fuzz` mutates them into profiles no golden case has (categories
// sharing an outcome under rules and dates the cases do not reach).
func FuzzSharingChangesNothing(f *testing.F) {
	addCaseSeeds(f, "../..")
	m, l := rules.LoadProject(os.DirFS("../.."))
	if err := l.Err(); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte, shift int32) {
		p, errs := profile.Decode(data)
		if len(errs) > 0 {
			return
		}
		day := model.NewDate(2024, 6, 1).AddDays(int(shift % 20000))
		shared := string(Evaluate(m, p, day, "").JSON())
		shareLeaves = false
		alone := string(Evaluate(m, p, day, "").JSON())
		shareLeaves = true
		if shared != alone {
			t.Errorf("on %s the report differs when each leaf is evaluated afresh", day)
		}
	})
}

// addCaseSeeds seeds a fuzz target taking (profile JSON, day shift) with
// the profile of every golden case under root's rules/cases, shift 0.
func addCaseSeeds(f *testing.F, root string) {
	files, _ := filepath.Glob(filepath.Join(root, "rules", "cases", "*", "*.json"))
	for _, file := range files {
		src, _ := os.ReadFile(file)
		v, _ := wasmjson.Parse(src)
		p, _ := v.Get("profile")
		var w wasmjson.Writer
		w.Value(p)
		f.Add(w.Bytes(), int32(0))
	}
}
