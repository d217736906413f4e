package engine_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/iecmh/endorse/internal/engine"
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
	"github.com/iecmh/endorse/internal/wasmjson"
)

// TestPlanGolden runs every testdata/plan/<case>.json ({as_of, category,
// profile}) through EvaluatePlanJSON and compares the plan, indented, with
// <case>.golden next to it (-update rewrites it).
func TestPlanGolden(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "plan", "*.json"))
	if len(files) == 0 {
		t.Fatal("no plan cases under testdata/plan/")
	}
	m := loadProjectRules(t)
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".json"), func(t *testing.T) {
			c := readCase(t, f)
			pv, _ := c.Get("profile")
			var w wasmjson.Writer
			w.Value(pv)
			out, err := engine.EvaluatePlanJSON(m, w.Bytes(), field(c, "as_of"), field(c, "category"))
			if err != nil {
				t.Fatal(err)
			}
			v, err := wasmjson.Parse(out)
			if err != nil {
				t.Fatalf("the plan is not JSON: %v", err)
			}
			got := wasmjson.Indent(v)
			snapshot := strings.TrimSuffix(f, ".json") + ".golden"
			if *update {
				writeIfChanged(t, snapshot, got)
				return
			}
			want, err := os.ReadFile(snapshot)
			if err != nil {
				t.Fatalf("%v (run go test ./internal/engine -run TestPlanGolden -update to write it)", err)
			}
			if !bytes.Equal(want, got) {
				t.Errorf("%s: the plan differs from the snapshot:\n%s\n(run go test ./internal/engine -run TestPlanGolden -update to accept, then read the diff)",
					snapshot, firstDifference(want, got))
			}
		})
	}
}

func readCase(t *testing.T, file string) wasmjson.Value {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	c, err := wasmjson.Parse(src)
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return c
}

func field(c wasmjson.Value, key string) string {
	v, _ := c.Get(key)
	return v.Str
}

// planCase decodes testdata/plan/<name>.json's profile and as-of date.
func planCase(t *testing.T, name string) (*profile.Profile, model.Date) {
	t.Helper()
	c := readCase(t, filepath.Join("testdata", "plan", name+".json"))
	pv, _ := c.Get("profile")
	p, errs := profile.FromValue(pv)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	day, _ := model.ParseDate(field(c, "as_of"))
	return p, day
}

// TestPlannedEntriesCountOnlyWithPlans: the home visitor's planned courses
// and RSC leave today's verdict as it is without them (each listed as
// planned, counting nothing) and make the verdict with the plans met:
// training when the first course (10 h) is done, RSC when the planned
// period ends.
func TestPlannedEntriesCountOnlyWithPlans(t *testing.T) {
	m := loadProjectRules(t)
	p, asOf := planCase(t, "home-visitor")
	withoutPlans := *p
	withoutPlans.Training = p.Training[:1]
	withoutPlans.RSCReceived = p.RSCReceived[:1]

	today := engine.Evaluate(m, p, asOf, "ifs").Categories[0]
	bare := engine.Evaluate(m, &withoutPlans, asOf, "ifs").Categories[0]
	if today.Status != engine.NotMet || today.Status != bare.Status || today.Remaining != bare.Remaining {
		t.Errorf("today: %s (remaining %.2f), want not_met as without the plans (%s, %.2f)", today.Status, today.Remaining, bare.Status, bare.Remaining)
	}
	tr := find(today.Requirements, "training")
	if tr == nil || tr.Have != 20 {
		t.Fatalf("today's training: %+v, want 20 hours", tr)
	}
	for _, it := range tr.Items[1:] {
		if it.Counted || tr.Reason(it) == nil || tr.Reason(it).Code != "planned_only" {
			t.Errorf("planned training %d: counted %v, reason %v; want not counted, planned_only", it.Index, it.Counted, tr.Reason(it))
		}
	}

	pl := engine.EvaluatePlan(m, p, asOf, "ifs")
	if pl.Planned != 3 || pl.PlanDay.String() != "2027-03-31" {
		t.Errorf("planned %d, plan day %s; want 3, 2027-03-31", pl.Planned, pl.PlanDay)
	}
	if pl.Today.Status != engine.NotMet || pl.WithPlans.Status != engine.Warn { // warned: fewer hours than most applicants list
		t.Errorf("today %s, with plans %s; want not_met, met_with_warning", pl.Today.Status, pl.WithPlans.Status)
	}
	if h := find(pl.WithPlans.Requirements, "training").Have; h != 40 {
		t.Errorf("training with the plans: %v hours, want 40", h)
	}
	var ids []string
	for _, s := range pl.Steps {
		ids = append(ids, s.ID+":"+s.PlanStatus+"@"+s.MetBy.String())
	}
	if got := strings.Join(ids, " "); got != "training:met_with_warning@2027-01-31 rsc:met@2027-03-31" {
		t.Errorf("steps %s", got)
	}
}

// TestPlanWithoutPlansIsToday: with no planned entry the plan's two views
// are one, and its steps carry today's projections.
func TestPlanWithoutPlansIsToday(t *testing.T) {
	m := loadProjectRules(t)
	p, asOf := planCase(t, "home-visitor")
	p.Training = p.Training[:1]
	p.RSCReceived = p.RSCReceived[:1]
	pl := engine.EvaluatePlan(m, p, asOf, "ifs")
	if pl.Planned != 0 || pl.PlanDay != asOf || pl.WithPlans != pl.Today {
		t.Fatalf("planned %d, plan day %s: want 0 and the as-of date, one view", pl.Planned, pl.PlanDay)
	}
	for _, s := range pl.Steps {
		if s.MetBy != s.Projected {
			t.Errorf("%s: met by %s, projected %s: want the same", s.ID, s.MetBy, s.Projected)
		}
	}
}

// TestPlanEventsHaveStableKeys: the events' keys do not change when the
// dates move (a later plan), so a calendar updates them on a new import.
func TestPlanEventsHaveStableKeys(t *testing.T) {
	m := loadProjectRules(t)
	p, asOf := planCase(t, "home-visitor")
	keys := func(pl *engine.Plan) map[string]model.Date {
		out := map[string]model.Date{}
		for _, e := range pl.Events {
			if _, dup := out[e.Key]; dup {
				t.Errorf("key %s twice", e.Key)
			}
			out[e.Key] = e.Date
		}
		return out
	}
	before := keys(engine.EvaluatePlan(m, p, asOf, "ifs"))
	p.Training[2].Date = model.NewDate(2027, 3, 31)
	p.Training[1].Date = model.NewDate(2027, 5, 31)
	after := keys(engine.EvaluatePlan(m, p, asOf, "ifs"))
	if before["met-ifs-training"] != model.NewDate(2027, 1, 31) || after["met-ifs-training"] != model.NewDate(2027, 3, 31) {
		t.Errorf("training met: before %s, after %s; want the event moved from 2027-01-31 (the first course's 10 h make 30) to 2027-03-31", before["met-ifs-training"], after["met-ifs-training"])
	}
}

func find(list []*engine.Outcome, id string) *engine.Outcome {
	for _, o := range list {
		if o.ID == id {
			return o
		}
	}
	return nil
}

// FuzzEvaluatePlan: a plan never panics on any profile that decodes, on
// any as-of date and category; it is JSON; its today's verdict is
// Evaluate's, its plan day is not before the as-of date, and its events
// are in date order after the as-of date. Seeds: the plan cases and every
// golden case's profile.
func FuzzEvaluatePlan(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "plan", "*.json"))
	more, _ := filepath.Glob(filepath.Join(projectRoot, "rules", "cases", "*", "*.json"))
	for _, file := range append(files, more...) {
		src, _ := os.ReadFile(file)
		v, _ := wasmjson.Parse(src)
		p, _ := v.Get("profile")
		var w wasmjson.Writer
		w.Value(p)
		f.Add(w.Bytes(), int32(0), uint8(0))
	}
	m := loadProjectRules(f)
	f.Fuzz(func(t *testing.T, data []byte, shift int32, cat uint8) {
		p, errs := profile.Decode(data)
		if len(errs) > 0 {
			return
		}
		day := model.NewDate(2026, 12, 5).AddDays(int(shift % 20000))
		id := m.Categories[int(cat)%len(m.Categories)].ID
		pl := engine.EvaluatePlan(m, p, day, id)
		if _, err := wasmjson.Parse(pl.JSON()); err != nil {
			t.Fatalf("plan is not JSON: %v", err)
		}
		if want := engine.Evaluate(m, p, day, id).Categories[0].Status; pl.Today.Status != want {
			t.Errorf("today %s, Evaluate %s", pl.Today.Status, want)
		}
		if pl.PlanDay < day {
			t.Errorf("plan day %s before the as-of date %s", pl.PlanDay, day)
		}
		for i, e := range pl.Events {
			if e.Date <= day || (i > 0 && e.Date < pl.Events[i-1].Date) {
				t.Errorf("event %d on %s: not after %s, or out of order", i, e.Date, day)
			}
		}
	})
}
