//go:build js && wasm

package main

import "github.com/iecmh/endorse/internal/engine"

// evalFunc and planFunc are the engine's entry points; tests replace them
// to exercise recovery.
var (
	evalFunc = engine.EvaluateModelJSON
	planFunc = engine.EvaluatePlanJSON
)
