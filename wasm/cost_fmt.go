//go:build js && wasm && costfmt

package main

import "fmt"

// Linked in only to measure what fmt would cost (see doc.go). rules is nil
// at init, so this never prints, but the linker must keep fmt's code.
func init() {
	if rules != nil {
		println(fmt.Sprintf("%v %+v", rules, rules))
	}
}
