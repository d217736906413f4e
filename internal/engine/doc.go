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
//	func EvaluatePlan(m *model.Model, p *profile.Profile, asOf model.Date, category string) *Plan
//	func EvaluatePlanJSON(m *model.Model, profileJSON []byte, asOf, category string) ([]byte, error)
//
// Planned entries (training and RSC received with "planned": a course the
// applicant will take, RSC they expect) never count in Evaluate: each is
// reported with the reason planned_only. EvaluatePlan (plan.go) evaluates
// the category twice, today and with the plans on the day the last plan
// ends, and lists the open requirements by the day they are met and the
// dates for the applicant's calendar (codes and arguments: the browser
// words them and writes the .ics).
//
// For each category the engine takes the edition in force on the as-of
// date, checks every requirement of it (children of any_of/all_of
// included) and ranks the offered categories by what remains. For every
// endorsement the profile holds it also checks the renewal requirements
// over the renewal cycle the as-of date falls in (renewal.go: the
// association's [renewal] policy — cycle length, first cycle, and a late
// window after the due date that still checks the cycle just ended). A
// requirement that several categories (or editions) ask for alike — same
// kind and parameters (model.Requirement.ParamsID), id and section — is
// evaluated once per evaluation, and its outcome serves each of them
// (scratch.go: known says what else must match). Each
// requirement kind lives in its own file (degree.go, training.go,
// rsc_received.go, …); the schema of the rules is in internal/rules/doc.go,
// the profile format in internal/profile/doc.go.
//
// # Dates, windows, projections, allocations
//
// Time-sliced evaluation (timeline.go) is the engine's one mechanism for
// dates: every dated entry is cut at each day on which something that
// judges it changes and each part is judged by the rules of its days; an
// item lists its parts when they were judged differently. RSC windows are
// searched (window.go): among the windows the rule allows, one meeting
// every condition wins; when none does, the report shows the window ending
// today, the one the applicant can still complete, and every gap is about
// it. Unmet requirements are projected (project.go): RSC by simulating the
// coming days at the recent pace with hours leaving the window, other
// quantities linearly; when the recent pace never gets there (within five
// years, or for a renewal by the due date) a note says so and what pace
// would. Training topic minimums are an allocation (allocate.go): an hour
// counts toward one minimum, and each item says where its hours went.
//
// Reasons, gaps and notes are messages (msg.go): a code with named
// arguments, made by one constructor per kind of fact and worded in one
// place (text.go); the report JSON carries their English text.
//
// # Statuses
//
//	met               the requirement is met
//	met_with_warning  met, with a note the reviewers may raise (below the typical
//	                  hours, more than two RSC providers, courses taken before 2018 …)
//	not_met           answered, but not enough yet
//	incomplete        the profile does not answer what the requirement reads
//	not_offered       (categories only) no edition is in force on the as-of date
//	not_due           (renewals only) the first renewal cycle has not begun
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
// earlier of that degree and the license date (the part before it then
// says "before the mental-health license of …").
//
// # Report JSON
//
// Keys always appear, in this order (but an item's "parts" and "toward",
// present only when not empty); lists are [] when empty; dates are
// "YYYY-MM-DD" or "" when none; numbers are rounded to 2 decimals.
//
//	{
//	  "format": "endorse-report/1",
//	  "as_of": "2024-06-01",
//	  "association": "npaimh",
//	  "ranking": ["imhs", "ifs", …],        // offered categories and add-ons: best fit for the
//	                                        // applicant's work first, then closest (fit.go); the
//	                                        // course-based program is not ranked
//	  "practice": {"code": "fit_practice", "args": {"band": "infant", "dyadic": "yes", …},
//	               "text": "Your work is with infants and toddlers and their parents together"},
//	                                        // the work entries summed up; null when none
//	  "categories": [{
//	    "id": "imhs", "name": "Infant Mental Health Specialist", "abbr": "IMHS",
//	    "kind": "category",                 // "category" | "add_on" | "program"
//	    "edition": {"id": "2013", "name": "Until 31 December 2024", "from": "", "until": "2024-12-31"},
//	                                        // null when status is "not_offered"
//	    "status": "not_met",
//	    "remaining": 0.04,                  // Σ (1 − progress) over the requirements
//	    "open": 1,                          // requirements not_met or incomplete
//	    "fit": {"level": "core",            // "core" | "counts" | "no" | "" (not judged: see fit.go)
//	            "reasons": [{"code": "fit_core", "args": {"services": "dyadic_therapy", …}, "text": "…"}]},
//	    "requirements": [{
//	      "id": "rsc", "kind": "rsc_received", "section": "rsc",
//	      "status": "not_met",
//	      "have": 48, "need": 50, "unit": "hours",   // unit "" for yes/no kinds
//	      "gap": "2 more RSC hours",        // "" when met; always about what can still be done
//	      "progress": 0.96,                 // 0 … 1
//	      "projected": "2025-02-11",        // met on that day at the recent pace; "" = not projected
//	      "projection": {"pace": 1.5, "needed": 2.09, "unit": "hours", "never": false},
//	                                        // null when met or not projected; pace and needed are
//	                                        // per month (needed: the least steady pace that meets it
//	                                        // within the horizon, 0 = none); never: not at this pace
//	      "notes": [],                      // warnings and explanations
//	      "window": {"from": "2022-01-01", "to": "2023-06-30", "hours": 48,
//	                 "span_months": 18, "falls_out": ""},
//	                                        // rsc_received only, else null: the window that meets
//	                                        // every condition, else the one ending today; from = its
//	                                        // first counted day; falls_out: the day its earliest
//	                                        // hours leave it ("" unless it ends today)
//	      "items": [                        // every profile entry the kind looked at
//	        {"list": "rsc_received", "index": 0, "counted": true, "amount": 12, "reason":
//	         "not counted 2025-01-01 – 2025-12-31: …",
//	         "parts": [{"from": "2024-07-01", "to": "2024-12-31", "amount": 12, "counted": true, "reason": ""},
//	                   {"from": "2025-01-01", "to": "2025-12-31", "amount": 0, "counted": false, "reason": "…"}]},
//	        {"list": "training", "index": 2, "counted": true, "amount": 15, "reason": "",
//	         "toward": [{"topic": "rsc", "hours": 15}]}
//	      ],
//	      "closest": "",                    // any_of: id of the closest pathway
//	      "children": []                    // any_of / all_of: the pathways' outcomes
//	    }]
//	  }],
//	  "renewal": [{                         // one per held endorsement
//	    "category": "imhs", "since": "2020-06-01",
//	    "from": "2025-01-01", "due": "2025-12-31",   // the renewal cycle checked
//	    "late_until": "2026-01-31",         // renewals for it are accepted until then
//	    "late": false,                      // true: the as-of date is in that late window
//	    "status": "not_met",                // as a category's, or "not_due" before the first cycle
//	    "notes": [],
//	    "requirements": [ … outcomes as above … ]
//	  }]
//	}
//
// "items[].index" points into the profile list named by "list" (e.g.
// training[2]); "amount" is the hours or months the entry contributed;
// "counted" is true when any of it counted, and "reason" then says which
// parts did not. "parts" lists the parts of a dated entry that were judged
// differently; "toward" the topic minimums a training entry's hours went
// to. Texts such as the requirement wording, sources and notes are in
// rules.json (model), keyed by category id, edition id and requirement id.
//
// Errors: EvaluateJSON and EvaluateModelJSON return an error (never a partial report) for a bad
// as-of date, an unknown category, invalid rules.json, or an invalid
// profile; the error text lists each problem on its own line as
// "field.path: message" (e.g. "training[2].hours: must be a number ≥ 0").
package engine
