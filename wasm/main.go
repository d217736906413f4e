//go:build js && wasm

package main

import (
	"syscall/js"

	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
)

// main installs globalThis.endorseEngine and then waits for calls forever:
// returning would end the Go program and invalidate the functions.
func main() {
	api := js.Global().Get("Object").New()
	api.Set("setRules", js.FuncOf(setRules))
	api.Set("evaluate", js.FuncOf(evaluate))
	api.Set("plan", js.FuncOf(plan))
	api.Set("checkProfile", js.FuncOf(checkProfile))
	js.Global().Set("endorseEngine", api)
	select {}
}

// rules are the rules given to setRules, decoded once.
var rules *model.Model

// setRules implements endorseEngine.setRules(rulesJSON): it decodes the
// rules for every later evaluate and returns "" or an error text.
func setRules(_ js.Value, args []js.Value) any {
	_, errText := guard("internal error reading the rules: ", loadRules, args)
	return errText
}

// loadRules checks setRules' argument and decodes the rules.
func loadRules(args []js.Value) (_, errText string) {
	if len(args) != 1 || args[0].Type() != js.TypeString {
		return "", "setRules expects one string: the rules JSON"
	}
	m, err := model.DecodeModel([]byte(args[0].String()))
	if err != nil {
		return "", err.Error()
	}
	rules = m
	return "", ""
}

// evaluate implements endorseEngine.evaluate(profileJSON, asOf, category),
// which returns [report, error]. (A two-element array rather than an object
// with two keys: building a Go map for js.ValueOf cost ~0.5 KB of download.)
func evaluate(_ js.Value, args []js.Value) any {
	report, errText := guard("internal error in the engine: ", evaluateArgs, args)
	return js.ValueOf([]any{report, errText})
}

// evaluateArgs checks the JS arguments and runs the engine.
func evaluateArgs(args []js.Value) (report, errText string) {
	return runEngine("evaluate", evalFunc, args)
}

// plan implements endorseEngine.plan(profileJSON, asOf, category), which
// returns [plan, error]: engine.EvaluatePlanJSON's plan (today's verdict
// and the verdict with the applicant's planned entries, the open
// requirements with their dates, the calendar's dates).
func plan(_ js.Value, args []js.Value) any {
	out, errText := guard("internal error in the engine: ", func(args []js.Value) (string, string) {
		return runEngine("plan", planFunc, args)
	}, args)
	return js.ValueOf([]any{out, errText})
}

// runEngine checks the three string arguments of evaluate and plan and
// runs f on them.
func runEngine(name string, f func(*model.Model, []byte, string, string) ([]byte, error), args []js.Value) (out, errText string) {
	if len(args) != 3 || args[0].Type() != js.TypeString || args[1].Type() != js.TypeString || args[2].Type() != js.TypeString {
		return "", name + " expects three strings: profile JSON, as-of date, category"
	}
	if rules == nil {
		return "", "no rules loaded: call setRules first"
	}
	res, err := f(rules, []byte(args[0].String()), args[1].String(), args[2].String())
	if err != nil {
		return "", err.Error()
	}
	return string(res), ""
}

// checkProfile implements endorseEngine.checkProfile(profileJSON), which
// returns "" or the problems that make the text unusable as the checker's
// data, one "field.path: message" per line (profile.ShapeErrors: the
// decoder `endorse eval` uses). The page checks an import and its saved
// data with it before building the form from them.
func checkProfile(_ js.Value, args []js.Value) any {
	_, errText := guard("internal error checking the profile: ", shapeErrors, args)
	return errText
}

// shapeErrors checks checkProfile's argument and joins its problems.
func shapeErrors(args []js.Value) (_, errText string) {
	if len(args) != 1 || args[0].Type() != js.TypeString {
		return "", "checkProfile expects one string: the profile JSON"
	}
	for i, e := range profile.ShapeErrors([]byte(args[0].String())) {
		if i > 0 {
			errText += "\n"
		}
		errText += e.Error()
	}
	return "", errText
}
