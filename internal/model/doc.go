// Package model holds the endorsement rules as data: the association, its
// vocabulary, the RSC provider matrix, the categories with their editions
// and requirements, and the course catalog. It is wasm-safe (no fmt,
// encoding/json, reflect, os or time).
//
// The same model comes from two places: internal/rules decodes the TOML
// files under rules/ (schema: internal/rules/doc.go), and the browser
// decodes rules.json, which MarshalJSON writes. All three go through the
// code that internal/wasmjson/bindgen generates from the structs' json tags
// (json_gen.go), so the JSON has exactly the TOML's keys: rules.json is
// {"format": "endorse-rules/1", "association": {…association.toml, without
// overrides…}, "vocabulary": {…}, "providers": {"rules": […]},
// "categories": [{…category file…}], "catalog": [{id, title, clock_hours,
// topics, credential, sequence, url, register, self_paced, price:
// {currency, member, non_member}, sessions: [{start, end, note}]}]}. To add a key, add the field with its
// tag and run `go generate ./internal/model`; a requirement kind's
// parameters are the fields of its Params type (params.go).
// Requirements stay in file order (flat, children naming their parent).
// After the loader decodes the TOML, Resolve checks that structure and
// builds each edition's requirement tree (BuildTrees); ModelFromValue, in
// the browser, only builds the trees, since the build checked rules.json.
//
// Date is a civil date (no time zone, no clock).
package model
