//go:build js && wasm && costjson

package main

import "encoding/json"

// Linked in only to measure what encoding/json would cost (see doc.go).
// rules is nil at init, so this never runs, but the linker keeps the code.
func init() {
	if rules != nil {
		var v any
		_ = json.Unmarshal([]byte(rules.Association.ID), &v)
		out, _ := json.Marshal(rules)
		println(string(out))
	}
}
