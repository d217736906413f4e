package engine

import (
	"sync"

	"github.com/iecmh/endorse/internal/jsonlite"
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
)

// cache keeps the last decoded rules: the browser passes the same
// rules.json on every call.
var cache struct {
	sync.Mutex
	rules []byte
	model *model.Model
}

func decodeRules(rulesJSON []byte) (*model.Model, error) {
	cache.Lock()
	defer cache.Unlock()
	if cache.model != nil && string(cache.rules) == string(rulesJSON) {
		return cache.model, nil
	}
	m, err := model.DecodeModel(rulesJSON)
	if err != nil {
		return nil, err
	}
	cache.rules, cache.model = append([]byte(nil), rulesJSON...), m
	return m, nil
}

// EvaluateJSON is the entry point of the CLI and the wasm checker:
// rulesJSON as the build emits it (rules.json), profileJSON in the format
// "endorse-profile/1", asOf "YYYY-MM-DD" (required: the engine never reads
// the clock), category "" for all. It returns the report JSON, or an
// error whose text lists every problem, one per line, each with its field
// path ("training[2].hours: must be a number ≥ 0"). It never panics.
func EvaluateJSON(rulesJSON, profileJSON []byte, asOf, category string) (out []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, jsonlite.TextError("internal error while evaluating; please report this profile")
		}
	}()
	day, ok := model.ParseDate(asOf)
	if !ok {
		return nil, jsonlite.TextError("as-of date must be YYYY-MM-DD")
	}
	m, err := decodeRules(rulesJSON)
	if err != nil {
		return nil, err
	}
	if category != "" && m.Category(category) == nil {
		return nil, jsonlite.TextError("unknown category \"" + category + "\"")
	}
	p, errs := profile.Decode(profileJSON)
	if len(errs) == 0 {
		errs = CheckProfile(m, p)
	}
	if len(errs) > 0 {
		return nil, errorList(errs)
	}
	return Evaluate(m, p, day, category).JSON(), nil
}

// errorList joins the problems' texts, one per line.
func errorList(errs jsonlite.Errors) error {
	var b []byte
	for i, e := range errs {
		if i > 0 {
			b = append(b, '\n')
		}
		b = append(b, e.Error()...)
	}
	return jsonlite.TextError(b)
}
