//go:build js && wasm

// Command wasm is the eligibility engine compiled for the browser
// (GOOS=js GOARCH=wasm). It is the only package of Endorse that imports
// syscall/js.
//
// # Contract with the page
//
// Running the module (Go's wasm_exec.js: new Go(); go.run(instance)) sets
// globalThis.endorseEngine, an object with three functions:
//
//	endorseEngine.setRules(rulesJSON string) -> string
//	    Decodes the rules exactly as the build emitted them (the hashed
//	    rules.json asset, fetched by the page) once, for every later
//	    evaluate. Returns "" or an error text.
//	endorseEngine.evaluate(profileJSON, asOf, category string) -> [report, error]
//	    Calls engine.EvaluateModelJSON(rules, profile, asOf, category): report is
//	    the report JSON, byte-identical to `endorse eval --format json`;
//	    error is "" on success (report is "" on failure). category ""
//	    evaluates every category.
//	endorseEngine.checkProfile(profileJSON string) -> string
//	    "" or profile.ShapeErrors(profile), one "field.path: message" per
//	    line: what makes the text unusable as the checker's data (not JSON,
//	    a number out of range, unknown keys, wrong types such as a null
//	    entry). The page checks an import and its saved data with it, the
//	    decoder `endorse eval` runs, before building its form from them.
//
// No function throws: a bad argument, an engine error and a panic
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
// export alone is ~402 KB built as below. This package and everything it
// imports (internal/engine, model, profile, wasmjson) therefore use
// neither fmt nor encoding/json:
// internal/e2e's TestWasmImports fails when any package linked into the
// wasm imports fmt, encoding/json or the TOML parser.
//
// What they would cost is measured, not guessed: `make bench` runs
// internal/e2e's BenchmarkWasmSize, which reports the published wasm's
// size and builds it again with the build tag costfmt or costjson
// (cost_fmt.go, cost_json.go link the package in) to report the brotli
// difference. Measured on 2026-11-22 (go1.26.8, flags of internal/assets):
//
//	published endorse.wasm   raw 2,469,383   gzip 644,326   brotli 478,237
//	+ fmt                                                   brotli +115,853
//	+ encoding/json                                         brotli +218,631
//
// Decision: neither is linked; either would add 20–40% to the download
// for what internal/wasmjson already does.
//
// # Where the bytes go (measured 2026-11-22, go1.26.8)
//
// Figures are `brotli -q 11` of the wasm as internal/assets builds it
// (GOOS=js GOARCH=wasm GOEXPERIMENT=nogreenteagc go build -trimpath
// -buildvcs=false -ldflags="-s -w -buildid=" -gcflags=all=-l ./wasm):
//
//	Go runtime + syscall/js export, no engine        402,218
//	endorse.wasm                                      478,237   (budget 480,000)
//
// so the engine, the rules and profile decoders and the JSON reader and
// writer cost ~76 KB. Go's wasm code grows with call sites (each is a
// resume point of the goroutine scheduler's dispatch), functions (~30
// bytes of pclntab each after brotli) and distinct logic; repetitive code
// compresses to almost nothing. What got the wasm from 509,694 to 478,237:
//
//	no inlining (-gcflags=all=-l): inlined copies compress badly  ~-62,000
//	the pre-1.26 garbage collector (GOEXPERIMENT=nogreenteagc)     -9,240
//	no fmt, strconv, errors, sort, unicode/utf8, strings: each
//	  links init code or tables (see TestWasmImports)              ~-5,300
//	no generated equality functions (wasmjson.NoCompare)           -3,323
//	field tables as static data (wasmjson.Spec) for the profile
//	  and the rules model; the browser decodes rules.json without
//	  Resolve's checks and sorts (the build made them)             ~-9,500
//	the engine: one kinds table instead of 16 init functions, texts
//	  as constants or built on demand instead of init-built maps,
//	  no closures, typed insertion sorts, no panicking type
//	  assertions, fewer memos of cheap results                     ~-5,600
//	wasmjson: one-pass number and string scanning, one container
//	  loop, a writer without a per-container stack                 ~-4,000
//	rules decoded once in setRules; evaluate returns an array,
//	  not an object built from a Go map; no build ID; the kinds'
//	  field tables looked up in a table; one recover in wasm/       ~-2,500
//
// checkProfile (issue 9: imports checked by this decoder) added ~7.7 KB
// raw; brotli measured 478,143 and 479,413 in two layouts of the same code
// (2026-12-02).
//
// Brotli's output moves by up to ±1 KB when unrelated code shifts the
// layout (measured by building the same tree with padding strings of
// different lengths), so steps were kept by the mean of 12 layouts and by
// raw size, not by one build.
//
// Embedding the rules as Go data instead of decoding rules.json was
// measured and not adopted: the rules decoder now costs only a few KB
// (static field tables and the tree building), while embedding would
// recompile the wasm on every edit of the TOML and duplicate the model in
// generated code.
package main
