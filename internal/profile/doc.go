// Package profile reads an applicant profile: the one file format shared by
// `endorse eval`, the browser checker and its export/import.
//
// A profile is a JSON object whose "format" is "endorse-profile/1". Every
// other key is optional: a key that is absent means "not answered yet" and
// makes the requirements that read it "incomplete"; an empty list or a false
// means "answered: none / no". Unknown keys are errors, so a typo never goes
// unnoticed. Dates are "YYYY-MM-DD". Numbers are JSON numbers ≥ 0, of
// magnitude below 1e15 (a larger one, such as 1e400, is refused at its
// field path). A leading UTF-8 byte order mark is ignored.
//
// Decode checks the shape and returns every problem with its field path
// ("training[2].hours: must be a number ≥ 0"); words from the rules'
// vocabulary (topics, services, roles, categories, courses) are checked by
// the engine against the rules, also by field path.
//
// ShapeErrors is the part of Decode's checks that the browser checker
// runs (through the wasm's checkProfile) on a file to import and on the
// data it saved, before it builds its form from them: a file with any
// shape problem is refused and changes nothing; saved data with one is set
// aside for download and the checker starts empty. Unfinished entries (a
// missing date, say) pass: the checker keeps and shows them.
//
// # Keys
//
//	format         required, "endorse-profile/1"
//	name           optional, free text (never used for checks)
//	degrees        [{level, name, field, related, date}]
//	               level: associate | bachelor | master | doctorate (required);
//	               name: "MSW"…; related: degree in a related field (bool);
//	               date: when earned (required; "postgraduate" rules start here)
//	licenses       [{kind, name, date}]   kind from vocabulary [licenses]; date: since
//	credentials    [{id, date}]           id from vocabulary [credentials] (cda, imh_certificate)
//	training       [{title, hours, date, topics, course, planned}]
//	               hours ≥ 0 (may be omitted when `course` is a catalog course with
//	               clock_hours); topics from vocabulary [topics]; course: catalog id;
//	               planned: not taken yet, date is the planned completion (counts only
//	               in the "with my plans" view, engine.EvaluatePlan)
//	work           [{role, start, end, paid, fte, internship, supervisor_endorsement,
//	                 age_band, services, dyadic, families}]
//	               end omitted = ongoing; paid (bool, default false); fte 0 < fte ≤ 1
//	               (default 1); internship (bool); supervisor_endorsement: category
//	               id held by the internship supervisor; age_band: infant |
//	               early_childhood | both; services: the kinds of service, from
//	               vocabulary [services] (a requirement that names services counts
//	               the entry when any of them is among its services); dyadic (bool):
//	               the work is with the child and the parent together; families:
//	               number of families served (integer ≥ 0). service (one word of
//	               [services]) is the key of profiles written before an entry could
//	               name several kinds: it is still read, as one more of services
//	rsc_received   [{date | start+end, hours, format, provider, provider_endorsement,
//	                 provider_vetted, provider_master, provider_ers, about_own_rsc, planned}]
//	               date: one session; start/end: a period whose hours are spread evenly;
//	               format: individual (default) | group | peer; provider: name (counts distinct
//	               providers); provider_endorsement: category id the provider held
//	               (or was vetted for); provider_vetted: not endorsed, vetted by the
//	               association; provider_master: provider holds a Master's+;
//	               provider_ers: provider holds the ERS add-on; about_own_rsc: the
//	               session was about RSC the applicant provides; planned: expected, not
//	               yet received (counts only with the applicant's plans)
//	rsc_provided   [{start, end, format, supervisees}]   end omitted = ongoing
//	leadership     [{role, start, end, kind, level}]
//	               kind: vocabulary [leadership]; level: local | regional | state | national
//	references     [{role, rater_endorsement, rater_vetted}]
//	               role: vocabulary [roles]; rater_endorsement: category id or ""
//	exam           {passed, date, form}   form: imh | ecmh
//	code_of_ethics {signed, date}
//	memberships    [{association, until}] association: the association's id (e.g.
//	               "npaimh") or any other IMH association's name; until: paid-up end
//	               date (omitted = current)
//	endorsements   [{category, since}]    current endorsements (renewal check, prerequisites)
//	attestations   {"portfolio": true, …} keys from vocabulary [attestations]
//
// # Example
//
//	{
//	  "format": "endorse-profile/1",
//	  "name": "Sample applicant",
//	  "degrees": [
//	    {"level": "bachelor", "name": "BA", "field": "Psychology", "related": true, "date": "2012-05-15"},
//	    {"level": "master", "name": "MSW", "field": "Social work", "related": true, "date": "2019-05-20"}
//	  ],
//	  "licenses": [{"kind": "mental_health", "name": "LMSW", "date": "2020-02-01"}],
//	  "credentials": [],
//	  "training": [
//	    {"title": "Introduction to Infant Mental Health", "date": "2019-10-01", "course": "intro-imh"},
//	    {"title": "Attachment and trauma", "hours": 12, "date": "2021-03-14", "topics": ["imh", "trauma"]},
//	    {"title": "Equity in practice", "hours": 3, "date": "2024-02-02", "topics": ["dei"]}
//	  ],
//	  "work": [
//	    {"role": "Infant mental health therapist", "start": "2019-06-01", "paid": true, "fte": 1,
//	     "age_band": "infant", "services": ["dyadic_therapy"], "dyadic": true, "families": 22}
//	  ],
//	  "rsc_received": [
//	    {"start": "2022-01-01", "end": "2023-06-30", "hours": 54, "format": "individual",
//	     "provider": "R. Lee", "provider_endorsement": "imhm-c"}
//	  ],
//	  "rsc_provided": [],
//	  "leadership": [],
//	  "references": [
//	    {"role": "supervisor", "rater_endorsement": "imhs"},
//	    {"role": "rsc_provider", "rater_endorsement": "imhm-c"},
//	    {"role": "colleague", "rater_endorsement": ""}
//	  ],
//	  "exam": {"passed": false},
//	  "code_of_ethics": {"signed": true, "date": "2024-11-02"},
//	  "memberships": [{"association": "npaimh", "until": "2025-12-31"}],
//	  "endorsements": [],
//	  "attestations": {"portfolio": true}
//	}
package profile
