//go:build js && wasm

package main

import "github.com/iecmh/endorse/internal/engine"

// evalFunc is the engine entry point; tests replace it to exercise recovery.
var evalFunc = engine.EvaluateModelJSON
