//go:build js && wasm

// Command wasm is the eligibility engine compiled for the browser
// (GOOS=js GOARCH=wasm). It is the only package of Endorse that imports
// syscall/js.
//
// # Contract with the page
//
// Running the module (Go's wasm_exec.js: new Go(); go.run(instance)) sets
// globalThis.endorseEngine, an object with two functions:
//
//	endorseEngine.setRules(rulesJSON string) -> string
//	    Keeps the rules exactly as the build emitted them (the hashed
//	    rules.json asset, fetched by the page). Returns "" or an error text.
//	endorseEngine.evaluate(profileJSON, asOf, category string) -> {report, error}
//	    Calls engine.EvaluateJSON(rules, profile, asOf, category): report is
//	    the report JSON, byte-identical to `endorse eval --format json`;
//	    error is "" on success. category "" evaluates every category.
//
// Neither function throws: a bad argument, an engine error and a panic
// inside the engine all come back as an error text, so the Go program keeps
// running for the next keystroke (a panic escaping a js.FuncOf callback
// would end it for the page). Once endorseEngine is set, the module also
// sets globalThis.endorseEngineReady = true.
//
// The rules are data, not code: editing a TOML file changes rules.json and
// never recompiles this module.
//
// # Size budget
//
// The whole download budget is 480 KB brotli; Go's runtime alone is ~423 KB.
// This package and everything it imports (internal/engine, model, profile,
// jsonlite) therefore avoid fmt and encoding/json. What they would cost is
// measured, not guessed: `make bench` (internal/e2e's BenchmarkWasmSize)
// builds this package once as is and once with the build tag costfmt or
// costjson, which link fmt or encoding/json in (cost_fmt.go, cost_json.go),
// and reports the brotli difference. At the time of writing fmt added about
// 146 KB and encoding/json about 247 KB brotli: either alone would break the
// budget, so both stay out, and internal/e2e's TestWasmImports fails if any
// package of the module's dependency graph imports them.
package main
