// Package engine checks an applicant profile against the endorsement rules.
//
// Evaluation is a pure function of (rules, profile, as-of date): no I/O, no
// clock, no panic. It is wasm-safe (no fmt, encoding/json, reflect, os,
// time). The CLI (`endorse eval --format json`) and the browser checker
// both call EvaluateModelJSON on the model decoded from rules.json, so
// their output is byte-identical.
//
//	func EvaluateJSON(rulesJSON, profileJSON []byte, asOf, category string) ([]byte, error)
//	func EvaluateModelJSON(m *model.Model, profileJSON []byte, asOf, category string) ([]byte, error)
//	func Evaluate(m *model.Model, p *profile.Profile, asOf model.Date, category string) *Report
//	func CheckProfile(m *model.Model, p *profile.Profile) wasmjson.Errors
//
// For each category the engine takes the edition in force on the as-of
// date, checks every requirement of it (children of any_of/all_of
// included) and ranks the offered categories by what remains. For every
// endorsement the profile holds it also checks the yearly renewal
// requirements over the renewal year (1 January of the as-of year to the
// as-of date; due 31 December). Each requirement kind lives in its own file
// (degree.go, training.go, rsc_received.go, …); the schema of the rules is
// in internal/rules/doc.go, the profile format in internal/profile/doc.go.
//
// # Statuses
//
//	met               the requirement is met
//	met_with_warning  met, with a note the reviewers may raise (below the typical
//	                  hours, more than two RSC providers, courses taken before 2018 …)
//	not_met           answered, but not enough yet
//	incomplete        the profile does not answer what the requirement reads
//	not_offered       (categories only) no edition is in force on the as-of date
//
// A category is not_met when any requirement is not_met, else incomplete
// when any is incomplete, else met_with_warning when any has a warning,
// else met. any_of takes its closest pathway's status (a met pathway wins;
// a pathway's missing answers make any_of not_met when another pathway was
// answered); all_of combines like a category.
//
// # Periods
//
// Every period counts both its first and its last day, and so does every
// "held for n months" and "within n months" rule (monthsBack): on
// 2024-12-31 an endorsement held since 2022-01-01 has been held for 36
// months, and a Code of Ethics signed on 2023-12-31 is more than 12 months
// old. "After the degree" rules (after_degree) count from the earliest
// degree of that level; when the edition's degree requirement accepts a
// mental-health license instead (license = true), they count from the
// earlier of that degree and the license date (the item's reason then says
// "counted from the license date …").
//
// # Report JSON
//
// Keys always appear, in this order; lists are [] when empty; dates are
// "YYYY-MM-DD" or "" when none; numbers are rounded to 2 decimals.
//
//	{
//	  "format": "endorse-report/1",
//	  "as_of": "2024-06-01",
//	  "association": "npaimh",
//	  "ranking": ["imhs", "ifs", …],        // offered categories and add-ons, closest first
//	                                        // (the course-based program is not ranked)
//	  "categories": [{
//	    "id": "imhs", "name": "Infant Mental Health Specialist", "abbr": "IMHS",
//	    "kind": "category",                 // "category" | "add_on" | "program"
//	    "edition": {"id": "2013", "name": "Until 31 December 2024", "from": "", "until": "2024-12-31"},
//	                                        // null when status is "not_offered"
//	    "status": "not_met",
//	    "remaining": 0.04,                  // Σ (1 − progress) over the requirements
//	    "open": 1,                          // requirements not_met or incomplete
//	    "requirements": [{
//	      "id": "rsc", "kind": "rsc_received", "section": "rsc",
//	      "status": "not_met",
//	      "have": 48, "need": 50, "unit": "hours",   // unit "" for yes/no kinds
//	      "gap": "2 more RSC hours",        // "" when met
//	      "progress": 0.96,                 // 0 … 1
//	      "projected": "2025-02-11",        // met by then at the recent pace; "" = no projection
//	      "notes": [],                      // warnings and explanations
//	      "window": {"from": "2022-01-01", "to": "2023-06-30", "hours": 48,
//	                 "span_months": 18, "falls_out": ""},
//	                                        // rsc_received only, else null; falls_out: the day
//	                                        // the earliest counted hours leave the window that
//	                                        // ends today ("" when the best window is older)
//	      "items": [                        // every profile entry the kind looked at
//	        {"list": "rsc_received", "index": 0, "counted": true, "amount": 48, "reason": ""},
//	        {"list": "rsc_received", "index": 1, "counted": false, "amount": 0,
//	         "reason": "the provider was vetted, not endorsed; from 2018-01-01 only endorsed providers count"}
//	      ],
//	      "closest": "",                    // any_of: id of the closest pathway
//	      "children": []                    // any_of / all_of: the pathways' outcomes
//	    }]
//	  }],
//	  "renewal": [{                         // one per held endorsement
//	    "category": "imhs", "since": "2020-06-01",
//	    "from": "2023-01-01", "due": "2023-12-31",
//	    "status": "not_met",
//	    "requirements": [ … outcomes as above … ]
//	  }]
//	}
//
// "items[].index" points into the profile list named by "list" (e.g.
// training[2]); "amount" is the hours or months the entry contributed
// ("counted" may be true with a "reason" when only part of it counted, e.g.
// "counted from the degree date 2019-05-20"). Texts such as the requirement
// wording, sources and notes are in rules.json (model), keyed by category
// id, edition id and requirement id.
//
// Errors: EvaluateJSON and EvaluateModelJSON return an error (never a partial report) for a bad
// as-of date, an unknown category, invalid rules.json, or an invalid
// profile; the error text lists each problem on its own line as
// "field.path: message" (e.g. "training[2].hours: must be a number ≥ 0").
package engine
