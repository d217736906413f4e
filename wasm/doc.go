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
// would end it for the page). go.run returns to the page only after main
// has set endorseEngine, so the page can use it right away.
//
// The rules are data, not code: editing a TOML file changes rules.json and
// never recompiles this module.
//
// # Size budget
//
// The download budget is 480 KB brotli; Go's runtime with a syscall/js
// export alone is ~443 KB (~412 KB built with -gcflags=all=-l). This package and everything it imports (internal/engine,
// model, profile, jsonlite) therefore use neither fmt nor encoding/json:
// internal/e2e's TestWasmImports fails when any package linked into the
// wasm imports fmt, encoding/json or the TOML parser.
//
// What they would cost is measured, not guessed: `make bench` runs
// internal/e2e's BenchmarkWasmSize, which reports the published wasm's
// size and builds it again with the build tag costfmt or costjson
// (cost_fmt.go, cost_json.go link the package in) to report the brotli
// difference. Measured on 2026-11-22 (go1.26.8, flags of internal/assets):
//
//	published endorse.wasm   raw 2,706,630   gzip 691,914   brotli 508,198
//	+ fmt                                                   brotli +112,160
//	+ encoding/json                                         brotli +212,325
//
// Decision: neither is linked; either would add 20–40% to the download
// for what strconv and internal/jsonlite already do. The engine's own code
// (engine, model, jsonlite, profile) costs ~96 KB brotli over the runtime,
// so the wasm is still ~28 KB over budget. Building with -gcflags=all=-l
// (no inlining, now in internal/assets' flags) saved ~62 KB with no
// measurable loss of speed; the rest has to come from the engine's code.
package main
