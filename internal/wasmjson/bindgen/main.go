// Command bindgen writes the typed JSON binding of a package's structs:
// for every struct type with json-tagged fields, a DecodeField method
// (wasmjson.FieldDecoder: a switch on the key's position in a table of
// the struct's keys, one wasmjson.Field call per field) and, with -write, a writeFields method. Rules and profiles decode through this
// code, so adding a field is one edit (the field and its tag) plus
// `go generate`:
//
//	//go:generate go run ../wasmjson/bindgen -write
//
// It reads the package's .go files in the current directory (not tests,
// not its own output) and writes json_gen.go there. A test of this
// package fails when any generated file in the module is stale.
//
// # Tags
//
//	json:"key"        the member key of the field
//	json:"group.key"  the member key inside the nested object "group",
//	                  whose members are fields of this struct (association
//	                  rules' rsc.note is the field RSCNote)
//	default:"1"       a value set before each new list entry is decoded
//
// # Field types
//
// string, bool, float64, int (a whole number), []string, [][]string,
// map[string]float64, map[string]bool, wasmjson.Value (kept as it is), a
// struct of the package with json tags (a nested object), and slices of
// such structs or of pointers to them (lists of objects). A field of any
// other type decodes itself: its pointer must implement wasmjson.Decoder
// (and, with -write, wasmjson.Encoder).
//
// A key that no tag names goes to the struct's decodeExtra method when the
// package declares one (a key that sets two fields, such as a training's
// hours), and is otherwise unknown.
//
// # Writing
//
// writeFields writes the members in field order. Zero scalars, empty
// lists of strings and maps, and custom values whose IsZero is true are
// left out; nested objects and lists of objects are always written.
package main

import (
	"flag"
	"fmt"
	"os"
)

// outName is the file bindgen writes in the package directory.
const outName = "json_gen.go"

func main() {
	write := flag.Bool("write", false, "also generate writeFields methods")
	flag.Parse()
	src, err := generate(".", options{write: *write})
	if err == nil {
		err = os.WriteFile(outName, src, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "bindgen:", err)
		os.Exit(1)
	}
}
