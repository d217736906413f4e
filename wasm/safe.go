//go:build js && wasm

package main

import "syscall/js"

// safeEvaluate runs evaluateArgs and turns a panic into an error text, so
// that no input can end the Go program.
func safeEvaluate(args []js.Value) (report, errText string) {
	defer func() {
		if r := recover(); r != nil {
			report, errText = "", "internal error in the engine: "+panicText(r)
		}
	}()
	return evaluateArgs(args)
}

// panicText describes a recovered value without fmt.
func panicText(r any) string {
	switch v := r.(type) {
	case error:
		return v.Error()
	case string:
		return v
	}
	return "unexpected panic"
}
