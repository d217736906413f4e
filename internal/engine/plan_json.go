package engine

import (
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/wasmjson"
)

// EvaluatePlanJSON is EvaluateModelJSON for the plan: the plan JSON of
// category ("" = only the renewal dates) for the profile on asOf, or an
// error listing every problem of the profile. It never panics.
func EvaluatePlanJSON(m *model.Model, profileJSON []byte, asOf, category string) (out []byte, err error) {
	defer recovered(&out, &err)
	p, day, err := arguments(m, profileJSON, asOf, category)
	if err != nil {
		return nil, err
	}
	return EvaluatePlan(m, p, day, category).JSON(), nil
}

// JSON returns the plan as compact JSON:
//
//	{"format": "endorse-plan/1", "as_of", "association", "category", "plan_day", "planned",
//	 "today": {"status", "open", "remaining"} | null, "with_plans": (the same),
//	 "steps": [{"id", "kind", "section", "status", "gaps": [msg], "projected",
//	            "plan_status", "plan_gaps": [msg], "met_by"}],
//	 "events": [{"code", "date", "key", "args": {name: value}}]}
//
// A msg is a message as in the report ({"code", name: value…}, worded by
// the message catalog); dates are "YYYY-MM-DD" ("" = none).
func (pl *Plan) JSON() []byte {
	var w wasmjson.Writer
	w.BeginObject()
	str(&w, "format", PlanFormat)
	str(&w, "as_of", pl.AsOf.String())
	str(&w, "association", pl.Association)
	str(&w, "category", pl.Category)
	str(&w, "plan_day", pl.PlanDay.String())
	w.Key("planned")
	w.Int(pl.Planned)
	writeVerdict(&w, "today", pl.Today)
	writeVerdict(&w, "with_plans", pl.WithPlans)
	w.Key("steps")
	w.BeginArray()
	for _, s := range pl.Steps {
		s.write(&w)
	}
	w.EndArray()
	w.Key("events")
	w.BeginArray()
	for _, e := range pl.Events {
		w.BeginObject()
		str(&w, "code", e.Code)
		str(&w, "date", e.Date.String())
		str(&w, "key", e.Key)
		writeArgs(&w, e.Args)
		w.EndObject()
	}
	w.EndArray()
	w.EndObject()
	return w.Bytes()
}

// writeVerdict writes a category's status and what remains (null for nil).
func writeVerdict(w *wasmjson.Writer, key string, c *CategoryResult) {
	w.Key(key)
	if c == nil {
		w.Null()
		return
	}
	w.BeginObject()
	str(w, "status", c.Status)
	w.Key("open")
	w.Int(c.Open)
	num(w, "remaining", c.Remaining)
	w.EndObject()
}

func (s *PlanStep) write(w *wasmjson.Writer) {
	w.BeginObject()
	str(w, "id", s.ID)
	str(w, "kind", s.Kind)
	str(w, "section", s.Section)
	str(w, "status", s.Status)
	writeMsgs(w, "gaps", s.Gaps)
	str(w, "projected", s.Projected.String())
	str(w, "plan_status", s.PlanStatus)
	writeMsgs(w, "plan_gaps", s.PlanGaps)
	str(w, "met_by", s.MetBy.String())
	w.EndObject()
}

// writeArgs writes named values as an object.
func writeArgs(w *wasmjson.Writer, args []Arg) {
	w.Key("args")
	w.BeginObject()
	for _, a := range args {
		str(w, a.Name, a.Value)
	}
	w.EndObject()
}
