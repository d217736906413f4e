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
//	    Decodes the rules exactly as the build emitted them (the hashed
//	    rules.json asset, fetched by the page) once, for every later
//	    evaluate. Returns "" or an error text.
//	endorseEngine.evaluate(profileJSON, asOf, category string) -> [report, error]
//	    Calls engine.EvaluateModelJSON(rules, profile, asOf, category): report is
//	    the report JSON, byte-identical to `endorse eval --format json`;
//	    error is "" on success (report is "" on failure). category ""
//	    evaluates every category.
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
// for what internal/jsonlite already does. Building with -gcflags=all=-l
// (no inlining, now in internal/assets' flags) saved ~62 KB with no
// measurable loss of speed; the rest has to come from the engine's code.
//
// # Where the bytes go (measured 2026-11-22, go1.26.8)
//
// Figures are `brotli -q 11` of `GOOS=js GOARCH=wasm go build -trimpath
// -ldflags="-s -w" -gcflags=all=-l ./wasm`; the deltas come from building
// this package with evalFunc replaced by a stub that calls only the named
// function (or with one requirement kind's registration removed):
//
//	this package with a stub engine                 414,966
//	+ jsonlite.Parse                                 +6,742
//	+ jsonlite.Parse and Writer                     +11,025
//	+ model.DecodeModel (rules.json, incl. Parse)   +32,464
//	+ profile.Decode (incl. Parse)                  +19,733
//	requirement kinds (each one's share of the full wasm): rsc_received
//	9.4 KB, training 3.1 KB, references 2.6 KB, courses 1.6 KB, work
//	1.5 KB, degree 1.2 KB, credential and rsc_provided 1.1 KB each, the
//	other six 0–0.9 KB each
//
// Brotli shrinks repetitive code to almost nothing: folding the profile's
// 14 field-table methods and 22 closures (~26 KB of raw code) into static
// tables saved only ~2.3 KB. What costs download is distinct logic and
// every standard package with init code, not the number of functions.
//
// Steps taken (brotli bytes, each measured on the tree of that moment):
//
//	start                                                509,694
//	jsonlite.NoCompare in ~25 structs (no generated
//	  equality functions: ~19 KB of raw code)              -3,323
//	engine fixes (inclusive month rule, license route)     +1,729
//	profile field tables as static jsonlite.Spec data      -2,296
//	no strconv/errors: jsonlite.AppendInt, Itoa, TextError -2,254
//	no sort (insertion sort in jsonlite), no unicode/utf8    -729
//	evaluation speed (shared buffers, prefix sums, memos)  +2,748
//	now                                                  505,569
//
// Still ~25.6 KB over the 480 KB budget. Tried and not worth it: static
// tables for the model's requirement parameters (-319), building the
// evaluate result without js.ValueOf of a map (-118). What would reach the
// budget needs a decision beyond this package: a rules format the wasm
// reads without the generic decoder and Resolve (model decoding is the
// largest single cost), fewer report texts built in Go, or a larger budget.
//
// Later steps:
//
//	now (above)                                          505,569
//	GOEXPERIMENT=nogreenteagc in the site's wasm build
//	  (the pre-1.26 collector; internal/assets/wasm.go)    -9,240
//	now                                                  496,329
//
// Embedding the rules instead of decoding rules.json was measured and not
// adopted. A wasm that evaluates an already-built model with no rules data
// at all is 480,796 bytes: dropping DecodeModel and Resolve saves ~15.5 KB,
// not the ~32 KB above, because the profile decoder keeps the parser and
// generic decode code linked. The rules as static Go data (each distinct
// requirement once, engine-read fields only) add back ~4.7 KB, for 485,499
// in all — still over the budget, at the price of recompiling the wasm on
// every rules edit. So rules.json stays data, and the remaining ~16 KB has
// to come from the engine's own code (engine ~32 KB brotli, jsonlite ~11 KB,
// model ~4 KB, profile ~3 KB): fewer distinct report texts built in Go.
package main
