// Package wasmjson is a small JSON reader and writer for the wasm-safe
// packages (model, profile, engine), which may not import encoding/json,
// fmt or reflect.
//
// Parse reads JSON into a Value tree that keeps object members in source
// order. Writer writes JSON with keys in the order the caller gives them, so
// output is deterministic; callers write empty slices as [] (never null).
// DecodeObject fills typed fields from an object using a field table and
// reports every problem with its field path ("training[2].hours: must be a
// number"), which is how rules and profiles report bad input. A Spec
// table does the same for a struct from static data (field offsets), which
// costs the wasm no code per field; internal/wasmjson/speccheck verifies
// such tables in tests.
package wasmjson
