package engine

import (
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
	"github.com/iecmh/endorse/internal/wasmjson"
)

// EvaluateJSON is the entry point of the CLI: rulesJSON as the build
// emits it (rules.json), profileJSON in the format "endorse-profile/1",
// asOf "YYYY-MM-DD" (required: the engine never reads the clock), category
// "" for all. It returns the report JSON, or an error whose text lists
// every problem, one per line, each with its field path
// ("training[2].hours: must be a number ≥ 0"). It never panics.
func EvaluateJSON(rulesJSON, profileJSON []byte, asOf, category string) (out []byte, err error) {
	defer recovered(&out, &err)
	m, err := model.DecodeModel(rulesJSON)
	if err != nil {
		return nil, err
	}
	return evaluateJSON(m, profileJSON, asOf, category)
}

// EvaluateModelJSON is EvaluateJSON with the rules already decoded by
// model.DecodeModel: the browser decodes rules.json once and evaluates on
// every keystroke. Same results, byte for byte; it never panics.
func EvaluateModelJSON(m *model.Model, profileJSON []byte, asOf, category string) (out []byte, err error) {
	defer recovered(&out, &err)
	return evaluateJSON(m, profileJSON, asOf, category)
}

// recovered, deferred, turns a panic into the error the entry points
// return (the fuzz tests look for panics; this keeps a missed one from
// ending the browser's Go program).
func recovered(out *[]byte, err *error) {
	if r := recover(); r != nil {
		*out, *err = nil, wasmjson.TextError("internal error while evaluating; please report this profile")
	}
}

func evaluateJSON(m *model.Model, profileJSON []byte, asOf, category string) ([]byte, error) {
	p, day, err := arguments(m, profileJSON, asOf, category)
	if err != nil {
		return nil, err
	}
	return Evaluate(m, p, day, category).JSON(), nil
}

// arguments checks the arguments of the JSON entry points: the as-of
// date, the category ("" or one of m's), and the profile, decoded and with
// the words it takes from the rules checked (every problem, one per line).
func arguments(m *model.Model, profileJSON []byte, asOf, category string) (*profile.Profile, model.Date, error) {
	day, ok := model.ParseDate(asOf)
	if !ok {
		return nil, 0, wasmjson.TextError("as-of date must be YYYY-MM-DD")
	}
	if category != "" && m.Category(category) == nil {
		return nil, 0, wasmjson.TextError("unknown category \"" + category + "\"")
	}
	p, errs := profile.Decode(profileJSON)
	if len(errs) == 0 {
		errs = CheckProfile(m, p)
	}
	if len(errs) > 0 {
		return nil, 0, errorList(errs)
	}
	return p, day, nil
}

// errorList joins the problems' texts, one per line.
func errorList(errs wasmjson.Errors) error {
	var b []byte
	for i, e := range errs {
		if i > 0 {
			b = append(b, '\n')
		}
		b = append(b, e.Error()...)
	}
	return wasmjson.TextError(b)
}
