//go:build js && wasm

package main

import (
	"errors"
	"syscall/js"
	"testing"

	"github.com/iecmh/endorse/internal/model"
)

// call invokes fn like the page does and returns the result's report and
// error text.
func call(fn func(js.Value, []js.Value) any, args ...any) (report, errText string) {
	vals := make([]js.Value, len(args))
	for i, a := range args {
		vals[i] = js.ValueOf(a)
	}
	res := js.ValueOf(fn(js.Undefined(), vals))
	return res.Index(0).String(), res.Index(1).String()
}

// minimalRules is the smallest rules.json setRules accepts.
const minimalRules = `{"format":"endorse-rules/1","association":{"id":"npaimh"}}`

// withEngine replaces the engine for one test.
func withEngine(t *testing.T, f func(*model.Model, []byte, string, string) ([]byte, error)) {
	old := evalFunc
	evalFunc = f
	t.Cleanup(func() { evalFunc = old; rules = nil })
}

func TestEvaluatePassesArgumentsAndReport(t *testing.T) {
	withEngine(t, func(m *model.Model, p []byte, asOf, cat string) ([]byte, error) {
		return []byte(m.Association.ID + "|" + string(p) + "|" + asOf + "|" + cat), nil
	})
	if got := setRules(js.Undefined(), []js.Value{js.ValueOf(minimalRules)}); got != "" {
		t.Fatalf("setRules = %q", got)
	}
	report, errText := call(evaluate, `{"p":2}`, "2026-11-22", "ifs")
	if want := `npaimh|{"p":2}|2026-11-22|ifs`; report != want || errText != "" {
		t.Errorf("evaluate = %q, %q; want %q, no error", report, errText, want)
	}
}

func TestEvaluateReturnsEngineErrorAsText(t *testing.T) {
	withEngine(t, func(*model.Model, []byte, string, string) ([]byte, error) {
		return nil, errors.New("profile: format: want endorse-profile/1")
	})
	setRules(js.Undefined(), []js.Value{js.ValueOf(minimalRules)})
	report, errText := call(evaluate, `{}`, "2026-11-22", "")
	if report != "" || errText != "profile: format: want endorse-profile/1" {
		t.Errorf("evaluate = %q, %q", report, errText)
	}
}

func TestEvaluateRecoversFromPanic(t *testing.T) {
	withEngine(t, func(*model.Model, []byte, string, string) ([]byte, error) {
		var m map[string]int
		m["x"] = 1 // runtime error: assignment to entry in nil map
		return nil, nil
	})
	setRules(js.Undefined(), []js.Value{js.ValueOf(minimalRules)})
	_, errText := call(evaluate, `{}`, "2026-11-22", "")
	if want := "internal error in the engine: assignment to entry in nil map"; errText != want {
		t.Errorf("error = %q, want %q", errText, want)
	}
	// The program is still alive and answers the next call.
	withEngine(t, func(*model.Model, []byte, string, string) ([]byte, error) { return []byte("ok"), nil })
	setRules(js.Undefined(), []js.Value{js.ValueOf(minimalRules)})
	if report, _ := call(evaluate, `{}`, "2026-11-22", ""); report != "ok" {
		t.Errorf("after a panic, evaluate = %q", report)
	}
}

func TestEvaluateRejectsBadArguments(t *testing.T) {
	withEngine(t, func(*model.Model, []byte, string, string) ([]byte, error) { return []byte("x"), nil })
	if _, e := call(evaluate, `{}`, "2026-11-22", ""); e != "no rules loaded: call setRules first" {
		t.Errorf("without rules: %q", e)
	}
	setRules(js.Undefined(), []js.Value{js.ValueOf(minimalRules)})
	if _, e := call(evaluate, `{}`, 5, ""); e == "" {
		t.Error("a number as date was accepted")
	}
	if _, e := call(evaluate, `{}`); e == "" {
		t.Error("two arguments were accepted")
	}
	if got := setRules(js.Undefined(), nil); got == "" {
		t.Error("setRules without argument was accepted")
	}
	if got := setRules(js.Undefined(), []js.Value{js.ValueOf(`{"format":"x"}`)}); got != `rules.json: format: must be "endorse-rules/1"` {
		t.Errorf("setRules with foreign rules = %q", got)
	}
}

// TestCheckProfile: checkProfile returns the profile's shape problems one
// per line by field path, and "" for a profile with only unfinished entries.
func TestCheckProfile(t *testing.T) {
	check := func(args ...any) string {
		vals := make([]js.Value, len(args))
		for i, a := range args {
			vals[i] = js.ValueOf(a)
		}
		return js.ValueOf(checkProfile(js.Undefined(), vals)).String()
	}
	for _, tc := range []struct{ in, want string }{
		{`{"format":"endorse-profile/1","training":[{"title":"unfinished"}]}`, ""},
		{`{"format":"endorse-profile/1","training":[null],"degrees":[{"date":5}]}`,
			"training[0]: must be an object\ndegrees[0].date: must be a date YYYY-MM-DD"},
		{`{"format":"endorse-profile/1","training":[{"hours":1e400}]}`, "training[0].hours: number out of range (magnitude must be below 1e15)"},
	} {
		if got := check(tc.in); got != tc.want {
			t.Errorf("checkProfile(%s) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got := check(); got == "" {
		t.Error("checkProfile without argument was accepted")
	}
}

// TestPlanPassesArgumentsAndRecovers: plan hands its arguments to the
// plan entry point, refuses bad ones and survives a panic, as evaluate.
func TestPlanPassesArgumentsAndRecovers(t *testing.T) {
	old := planFunc
	t.Cleanup(func() { planFunc = old; rules = nil })
	planFunc = func(m *model.Model, p []byte, asOf, cat string) ([]byte, error) {
		if cat == "boom" {
			panic("boom")
		}
		return []byte("plan|" + m.Association.ID + "|" + string(p) + "|" + asOf + "|" + cat), nil
	}
	if _, e := call(plan, `{}`, "2026-11-22", "ifs"); e != "no rules loaded: call setRules first" {
		t.Errorf("without rules: %q", e)
	}
	setRules(js.Undefined(), []js.Value{js.ValueOf(minimalRules)})
	if out, e := call(plan, `{"p":1}`, "2026-11-22", "ifs"); out != `plan|npaimh|{"p":1}|2026-11-22|ifs` || e != "" {
		t.Errorf("plan = %q, %q", out, e)
	}
	if _, e := call(plan, `{}`, 5, ""); e != "plan expects three strings: profile JSON, as-of date, category" {
		t.Errorf("a number as date: %q", e)
	}
	if _, e := call(plan, `{}`, "2026-11-22", "boom"); e != "internal error in the engine: boom" {
		t.Errorf("panic: %q", e)
	}
}
