//go:build js && wasm

package main

import "syscall/js"

// guard returns f(args), or "" and an error text starting with what when f
// panics, so that no input can end the Go program.
func guard(what string, f func([]js.Value) (string, string), args []js.Value) (out, errText string) {
	defer func() {
		if r := recover(); r != nil {
			out, errText = "", what+panicText(r)
		}
	}()
	return f(args)
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
