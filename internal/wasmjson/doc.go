// Package wasmjson is the small JSON reader and writer of the packages
// compiled into the browser's wasm (model, profile, engine), which do not
// import encoding/json, fmt or reflect: those would add a fifth to half of
// the download (see wasm/doc.go).
//
// Parse reads JSON into a Value tree that keeps object members in source
// order (the wasm itself gets its values from JavaScript instead). Writer
// writes JSON with keys in the order the caller gives them, so output is
// deterministic; callers write empty slices as [] (never null).
//
// DecodeObject and Field bind a Value to typed struct fields and report
// every problem with its field path ("training[2].hours: must be a
// number"), which is how rules and profiles report bad input. The
// per-struct code that calls them (DecodeField, writeFields) is generated
// from the structs' json tags by internal/wasmjson/bindgen.
package wasmjson
