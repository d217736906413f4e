// Package rules loads the endorsement rules from TOML files into a
// *model.Model and validates them. This comment is the schema: the files
// under rules/ follow it exactly, and the loader rejects anything else.
//
// # Files
//
//	rules/association.toml          the association: name, RSC cut-off, fees, overrides
//	rules/vocabulary.toml           closed word lists (topics, services, rater roles, …)
//	rules/providers.toml            who may provide qualifying RSC, by date (the provider matrix)
//	rules/categories/<id>.toml      one endorsement category (or add-on, or the credential program)
//	rules/cases/<id>/<case>.json    golden cases; see rules/cases/README.md
//
// The category id is the file name without ".toml" and must match the `id`
// key inside. Ids are lower case letters, digits and "-" (e.g. "imhm-c").
// Every table accepts only the keys listed here: an unknown key, an unknown
// requirement kind, a duplicate id, a reference to an unknown category,
// course, topic or other vocabulary word, and an impossible number (negative
// hours, min > max, FTE above 1, …) are errors reported as
// "rules/categories/ifs.toml:12:1: message" (the line and byte column of the
// key's first byte, or of its table's name in the header when the key is
// missing; the key path when no position is found; see internal/tomlpos).
//
// Markdown: every key named `text`, `note`, `scope`, `summary` or `warning`
// holds Markdown (GFM, no raw HTML) shown to applicants. Text is written in
// our own words. A requirement's `note` is where a choice between
// disagreeing or uncertain sources is stated ("Sources disagree on …; we use
// …"): it is for editors, shown next to the requirement by `endorse serve`
// only, never on the built pages (what applicants need goes in `text`). `source` is a URL (https://…) of the public page the fact
// comes from; several sources are separated by a space.
//
// Dates are TOML local dates (2025-01-01) or strings "2025-01-01". An
// interval given by `from` and `until` includes both days; either may be
// omitted (open end).
//
// # rules/association.toml
//
//	id = "npaimh"                         # short id, used by membership checks in profiles
//	name = "North Prairie Association for Infant Mental Health"
//	short_name = "NPAIMH"
//	website = "https://endorse.example.org/"
//
//	[rsc]
//	endorsed_only_from = 2018-01-01      # from this day a vetted (not endorsed) RSC provider no
//	                                      # longer counts for new applicants; omit = vetted always count
//	note = "Markdown"                     # optional, shown with every RSC requirement
//
//	[[rsc.policies]]                      # the association's own limits on providers, on top of
//	                                      # providers.toml (shown on category pages as its policy)
//	from = 2025-01-01                     # optional; until = … also optional
//	providers = ["ifs", "imhs"]           # required: category ids of providers it limits
//	need = "ers"                          # required: "ers" | "master": what they must also hold
//	text = "Markdown"                     # required
//	source = "https://…"                  # required
//
//	[membership]                          # whose membership counts: "own" (this association's
//	applications = "own"                  # only) or "any" (default: any infant mental health
//	renewals = "any"                      # association's), for applications and for renewals
//	note = "Markdown"                     # shown with every membership requirement
//
//	[renewal]                             # the renewal cycle
//	years = 1                             # calendar years per cycle (default 1); due 31 December
//	                                      # of its last year
//	late_days = 31                        # renewals are accepted this many days after the due
//	                                      # date, for the cycle just ended (default 0)
//	first = "year_after"                  # the first cycle begins on 1 January of the
//	                                      # endorsement's year ("same_year", default) or the next
//	note = "Markdown"                     # more words for the category pages (the cycle, due
//	                                      # date, late window and first cycle are worded from
//	                                      # the keys above)
//	source = "https://…"
//
//	[apply]                               # where applicants act (the pages' calls to action)
//	system = "EASy"                       # the application system's name (required with url)
//	url = "https://…"                     # the application system
//	credential_form = "https://…"         # the course credential's completion form
//
//	[coordinator]                         # whom applicants ask: the checker's "ask the
//	name = "Dana Whitfield"               # endorsement coordinator" steps (browser and
//	email = "endorsement@…"               # `endorse eval`), the printed summary and the
//	phone = "(555) 555-0142"              # {{< coordinator >}} shortcode; all optional, but
//	url = "https://…/contact/"            # a table set names an email, a phone or a url
//
//	[[documents]]                         # the association's own documents: category pages
//	title = "Renewing your endorsement"   # list them first under "Sources", by title,
//	url = "/renewal/"                     # before the public pages the shared rules follow;
//	categories = ["ifs", "imhs"]          # url: a page of this site or https://…;
//	                                      # categories: those it governs (none: all)
//
//	[fees]                                # amounts in site.toml's currency, whole or decimal;
//	membership = 50                       # every key optional (0 or absent: not published)
//	student_membership = 30               # student or family child care provider, per year
//	credential = 15                       # the course-based credential program's application fee
//	exam_retake = 20                      # per exam part retaken
//	renewal = 30                          # yearly renewal, on time
//	late_renewal = 45                     # renewal in the late window
//	reinstatement = 75                    # returning to the registry after removal
//	[fees.categories.ifs]                 # one table per category id; every key optional
//	registration = 20
//	processing = 100
//	exam = 0
//
//	[[overrides]]                         # change a shared category without editing its file
//	category = "ifs"                      # category id (required)
//	requirement = "education"             # requirement id (required for remove/replace;
//	                                      # for add: the new id comes from [overrides.with])
//	action = "remove"                     # "remove" | "replace" | "add"
//	editions = ["2013"]                   # optional: only these editions (default: every edition
//	                                      # that has the requirement; for add: every edition)
//	renewal = false                       # true: act on the category's [[renewal]] list instead
//	note = "Markdown shown on the page"   # required: why the association differs
//	[overrides.with]                      # replace/add: a complete requirement table (see below);
//	kind = "membership"                   # for replace its id is the overridden one
//	…
//
// Overrides are applied after loading, in file order. A replaced or added
// requirement carries the override's note as its `override` text; a removed
// requirement is listed in the category's `removed` notes so pages can say
// "not required by NPAIMH". Removing an any_of/all_of removes its children.
//
// # rules/vocabulary.toml
//
// Closed lists of words that profiles and rules use. Each table maps a key to
// its label (plain text) shown to people:
//
//	[topics]        training topic tags: imh, rsc, dei, …  (also used by content/courses/*.toml)
//	[services]      kinds of specialized work: prevention, early_intervention, dyadic_therapy, …
//	[service_text]  per service: what it covers, in plain words (required for every service;
//	                the checker's form shows it with the categories that count the service)
//	[roles]         reference rater roles: supervisor, rsc_provider, colleague, …
//	[leadership]    kinds of leadership: practice, policy, administration, teaching, research, supervision
//	[credentials]   credentials other than degrees: cda, imh_certificate, …
//	[licenses]      license kinds: mental_health, …
//	[attestations]  yes/no statements a profile answers: portfolio, no_sanction, …
//	[publishers]    who publishes the pages `source` cites, by host: "mi-aimh.org" = "Michigan …"
//	                (a host, no scheme or path; a host not listed is shown as itself)
//	[source_titles] those pages' titles, by address: "https://…/ifrs" = "Infant Family
//	                Reflective Supervisor (IFRS)" (a web address; "/x" and "/x/" are one page);
//	                a page without one is named from the last part of its address
//
// The category pages' source lists read "Publisher: Title".
//
// And one list of word lists, before the tables:
//
//	topic_groups = [["imh", "untagged", "development", …]]
//	                a minimum on the first topic is also met by hours tagged with
//	                the others ("untagged": training that names no topic)
//
// Fixed by the engine (not in the file): degree levels associate < bachelor <
// master < doctorate; age bands infant (pregnancy–36 months) and
// early_childhood (3 up to 6 years); RSC formats individual, group, peer
// (peer groups without a facilitator never count); exam forms imh, ecmh.
//
// # rules/providers.toml
//
// Who may provide the RSC an applicant receives. For each RSC entry of a
// profile the engine takes the entry's date (the start of a period) and finds
// the FIRST rule in file order whose categories include the category being
// checked, whose purpose matches ("earn" for applications, "renew" for the
// renewal check), whose applicant condition holds and whose from/until
// contains the date. The provider is eligible when its endorsement matches
// one of the rule's providers. No matching rule: not eligible.
//
//	[[rules]]
//	categories = ["ifs", "ecfs"]          # categories being earned or renewed (required)
//	purpose = "both"                      # "earn" | "renew" | "both" (default)
//	applicant = "below_master"            # optional: "below_master" | "master" (highest degree
//	                                      # level) | "provides_rsc" (profile lists RSC provided)
//	from = 2013-01-01                     # optional
//	until = 2024-12-31                    # optional
//	providers = ["ifs+master", "imhs", "imhm-c"]
//	text = "Markdown shown on category pages"
//	source = "https://…"
//
// A provider token is a category id, optionally followed by qualifiers:
// "+master" (the provider holds a Master's degree or higher) and "+ers" (the
// provider holds the Endorsed Reflective Supervisor add-on), e.g.
// "imhs+ers"; "ers" alone is any provider who holds that add-on. A vetted
// provider (profile `provider_vetted = true`) counts as holding the
// endorsement it was vetted for, but only on dates before
// association.rsc.endorsed_only_from. After the rule, the association's
// rsc.policies in force on the date apply. Every day of an RSC period is
// judged by the rules of that day (a period is cut where they change).
//
// # rules/categories/<id>.toml
//
//	id = "imhs"                           # = file name (required)
//	name = "Infant Mental Health Specialist"
//	abbr = "IMHS"
//	kind = "category"                     # "category" | "add_on" | "program"
//	band = "infant"                       # "infant" | "early_childhood" | "both"
//	level = "mh_specialist"               # "associate" | "specialist" | "reflective_supervisor" |
//	                                      # "mh_specialist" | "mentor" | "add_on" | "program"
//	designation = ""                      # mentors: "clinical" | "policy" | "research"
//	order = 40                            # position in listings (ascending)
//	summary = "One sentence for listings."
//	scope = "Markdown: who this category is for."
//	note = "Markdown: category-level caveats (optional)"
//	source = "https://…"
//
//	[practice]                            # the work the category recognizes: the checker's fit
//	services = ["home_visiting", …]       # the kinds of service at its core (vocabulary
//	                                      # [services]); required for kind "category"
//	dyadic = true                         # its core work is with the child and the parent together
//	source = "https://…"                  # required with services or dyadic
//
//	[[editions]]                          # at least one; sorted by from
//	id = "2013"                           # unique in the file
//	name = "Until 31 December 2024"
//	from = 2013-01-01                     # optional for the first edition only
//	note = "Markdown (optional)"
//	source = "https://…"                  # optional
//
//	[[requirements]]                      # application requirements, any number
//	id = "education"
//	…
//
//	[[renewal]]                           # yearly continuing-endorsement requirements
//	id = "training"
//	…
//
// The checker's fit (internal/engine/fit.go) reads [practice] with the
// category's band, the work requirements of the edition in force (which of
// the applicant's work entries they could count, by age band and service),
// its education requirement (met or not by the applicant's degrees,
// licenses and credentials) and an rsc_provided requirement outside the
// prerequisites (the category is for people who provide RSC); it never
// reads the wording. Only kind "category" is judged: an add-on follows the
// endorsement it adds to, and a program has no practice.
//
// An edition is in force from its `from` until the day before the next
// edition's `from`; the last one has no end. Before the first edition's
// `from` the category is not offered (e.g. the reflective-supervisor
// categories from fall 2022). The engine picks the edition in force on the
// as-of date and names it in the report.
//
// # Requirements
//
// Keys every requirement table may have:
//
//	id       required; unique within each edition (children included)
//	kind     required; one of the kinds below
//	section  required unless `parent` is set (children inherit the parent's):
//	         prerequisite | education | training | work | rsc | rsc_provided |
//	         leadership | references | ethics | competencies | membership | exam | courses
//	text     required Markdown: the requirement in words
//	source   URL; required unless `parent` is set
//	note     optional Markdown, for editors (`endorse serve` only): a choice
//	         made between sources, an uncertainty
//	editions [[requirements]] only: edition ids the requirement belongs to;
//	         omitted = every edition. The same id may appear several times
//	         with disjoint edition lists (one definition per edition).
//	from, until  [[renewal]] only: the requirement applies on renewal dates in
//	         this interval (e.g. the yearly DEI hour from 2023-01-01)
//	parent   id of an any_of / all_of requirement in the same list: the
//	         nearest one with that id ABOVE the child (so each edition's
//	         pathway can reuse child ids). The child belongs to its parent's
//	         editions (renewal: its parent's from/until) and may not set
//	         `editions`, `from`, `until`, `section`.
//
// Renewal requirements are checked over a renewal cycle (association.toml
// [renewal]): the cycle the as-of date falls in, or in the late window after
// a due date the cycle just ended. The requirements in force on the cycle's
// due date apply; every kind that counts dated entries counts only what lies
// inside the cycle, up to the as-of date.
//
// Kinds and their parameters (all optional unless marked required):
//
// degree — the applicant holds a degree.
//
//	min_level = "master"       # required: associate | bachelor | master | doctorate
//	related = false            # true: the degree must be in a related field (profile `related`)
//	license = false            # true: a mental_health license is an alternative
//	credentials = ["imh_certificate"]   # credentials accepted as alternatives
//
// credential — holds one of the listed credentials.
//
//	credentials = ["cda"]      # required, vocabulary [credentials]
//
// training — clock hours of relationship-based training. A profile entry
// with a catalog `course` id counts the catalog's clock_hours (the entry's own
// hours when the catalog has none) and the union of both topic lists. Topic
// minimums are parts of the total ("48 hours: 30 on infant mental health, 15
// on RSC, 3 on DEI"): each hour counts toward at most one minimum; the engine
// finds an allocation of the entries' hours that meets every minimum when
// one exists, and reports which hours went where. A minimum on a topic is
// served by entries tagged with it, or with a topic of its group in
// vocabulary.toml's topic_groups.
//
//	hours = 30                 # required: total minimum
//	topics = { rsc = 15, dei = 3 }      # minimum hours per topic
//	providing_rsc_topics = { rsc = 3 }  # extra topic minimums that apply only when
//	                           # the profile lists RSC provided in the period
//	typical_hours = 75         # met_with_warning below this (successful applicants' average)
//	within_months = 0          # >0: only training dated within this many months
//
// work — specialized work experience in months. Months are calendar months
// per entry from start through end (ongoing: through the as-of date; 1 Jan
// 2023 – 31 Dec 2023 is 12), multiplied by the entry's FTE, summed over
// counted entries (overlapping part-time entries add up).
//
//	months = 24                # required
//	paid = true                # unpaid entries are excluded
//	after_degree = "master"    # only the part after earning a degree of this level
//	                           # ("postgraduate"); entries before it are excluded
//	age_bands = ["infant"]     # the entry's age band must be one of these ("both" matches all)
//	services = ["dyadic_therapy"]   # the entry's service must be one of these (vocabulary)
//	min_families = 10          # total families served over counted entries
//	min_fte = 0.0              # entries below this FTE are excluded
//	internship = "exclude"     # "exclude" (default) | "only": internship entries only;
//	                           # they are exempt from `paid` and `after_degree`
//	internship_supervisor = ["imhs", "imhm-c"]  # with "only": the internship counts only
//	                           # when its supervisor held one of these endorsements
//
// rsc_received — reflective supervision/consultation received. Sessions are
// dated; a period entry (start, end) spreads its hours evenly over its days
// (with after_degree, a period that began before the degree counts from the
// degree date).
// The best window is the max_months window (ending on or before the as-of
// date) with the most counted hours; the requirement is met when that window
// holds `hours` and its counted sessions span at least min_months. The report
// gives the window and the date its earliest hours fall out of it.
//
//	hours = 50                 # required
//	min_months = 12            # the counted sessions must span at least this
//	max_months = 24            # the window length; 0 = no window (renewal: the year)
//	formats = ["individual", "group"]   # default both; "peer" (consultation among peers
//	                           # without a facilitator) counts only where a rule lists it
//	while_serving = ["infant"] # age bands: RSC counts only on days the profile lists work
//	                           # with one of them ("while serving infants and families")
//	after_degree = "master"    # only sessions after earning a degree of this level
//	about_own_rsc_hours = 25   # of the hours, at least this many about RSC the applicant gives
//	max_providers = 2          # met_with_warning when more distinct providers were used
//
// Provider eligibility comes from rules/providers.toml (see above).
//
// rsc_provided — time spent providing RSC to others.
//
//	months = 12                # required
//	after_degree = ""          # as for work
//
// leadership — leadership activities in months.
//
//	months = 36                # required
//	kinds = ["policy", "administration"]   # vocabulary [leadership]; empty = any
//	levels = ["regional", "state"]         # local | regional | state | national; empty = any
//
// references — reference ratings.
//
//	count = 3                  # required
//	roles = [["supervisor", "teacher"], ["rsc_provider"]]
//	                           # each inner list must be matched by a different reference
//	endorsed = 1               # at least this many raters endorsed in `endorsed_in`
//	endorsed_in = ["ifs", "imhs"]
//	vetted = false             # true: a rater vetted by the coordinator counts as endorsed
//
// exam — the written exam was passed.
//
//	forms = ["imh"]            # accepted forms; empty = any
//
// code_of_ethics — Code of Ethics and Endorsement Agreement signed.
//
//	within_months = 12         # >0: signed within this many months of the as-of date
//
// membership — current individual membership in an IMH association.
//
//	this_association = false   # true: only membership in association.toml's id counts
//
// endorsement — the applicant currently holds one of these endorsements.
//
//	categories = ["ifs", "imhs"]   # required
//	min_months = 0             # held for at least this long
//
// courses — catalog courses completed (the credential program).
//
//	courses = ["intro-imh"]    # course ids from content/courses/; or:
//	credential_courses = false # true: every catalog course with credential = true
//	warn_before = 2018-01-01   # courses completed before this give met_with_warning
//	warning = "Markdown shown with that warning"
//
// attestation — a yes/no statement the profile answers (e.g. the portfolio).
//
//	key = "portfolio"          # required, vocabulary [attestations]
//
// any_of — met when one child is met (pathways; the report names the closest).
// all_of — met when every child is met.
// Both take no parameters; their children name them in `parent`; at least
// two children (any_of) or one (all_of).
//
// # Loading
//
//	func LoadProject(fsys fs.FS) (*model.Model, diag.List)   // project root: content/courses + rules/
//	func Load(fsys fs.FS, prefix string, catalog []model.Course) (*model.Model, diag.List)
//	func LoadDir(dir string, catalog []model.Course) (*model.Model, diag.List)
//	func Catalog(c *content.Catalog) []model.Course
//
// Load reads a rules directory (fsys rooted at it; prefix names it in
// diagnostics) and returns the model with association overrides applied
// and editions resolved, or the diagnostics (and a nil model). The course
// catalog is passed in so course references can be checked and course
// hours counted; the model carries it into rules.json, which
// (*model.Model).MarshalJSON writes for the site build and the CLI alike.
// In rules.json every requirement an override set carries an "override"
// key (its note) and each category lists the requirements an override
// removed under "removed"; do not write these keys in TOML.
package rules
