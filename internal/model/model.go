package model

// Model is the complete rule set of one association. The json tags are
// the keys of the rules' TOML files and of rules.json (see doc.go).
type Model struct {
	Association Association    `json:"association"`
	Vocabulary  Vocabulary     `json:"vocabulary"`
	Providers   []ProviderRule `json:"providers.rules"`
	Categories  []*Category    `json:"categories"` // sorted by Order, then ID
	Catalog     []Course       `json:"catalog"`    // sorted by ID
}

// Association is rules/association.toml (overrides are applied by the
// loader and not kept).
type Association struct {
	ID               string           `json:"id"`
	Name             string           `json:"name"`
	ShortName        string           `json:"short_name"`
	Website          string           `json:"website"`
	EndorsedOnlyFrom Date             `json:"rsc.endorsed_only_from"`
	RSCNote          string           `json:"rsc.note"`
	RSCPolicies      []ProviderPolicy `json:"rsc.policies"`
	Membership       MembershipPolicy `json:"membership"`
	Fees             Fees             `json:"fees"`
	Renewal          RenewalPolicy    `json:"renewal"`
	Apply            ApplyLinks       `json:"apply"`
	Coordinator      Coordinator      `json:"coordinator"`
	Documents        []Document       `json:"documents"`
}

// Document is one [[documents]] entry of association.toml: a document of
// the association's own (its endorsement policies, handbook, application
// guide). Category pages list these first under "Sources", by their
// titles, as the rules applicants follow; the public pages of the Alliance
// and other associations that the shared category files were written from
// come after them.
type Document struct {
	Title      string   `json:"title"`
	URL        string   `json:"url"`        // https:// address, or a page of this site: "/endorsement/"
	Categories []string `json:"categories"` // the categories it governs; none: every category
}

// For reports whether the document governs the category id.
func (d Document) For(id string) bool { return len(d.Categories) == 0 || In(d.Categories, id) }

// Coordinator is association.toml's [coordinator]: whom applicants ask,
// named wherever a next step says to ask the endorsement coordinator (the
// checker, `endorse eval`, the printed summary, the contact page), so no
// page or script writes the contact by hand. Every field is optional.
type Coordinator struct {
	Name  string `json:"name"`  // a person, or the office's name
	Email string `json:"email"` // an address: name@host
	Phone string `json:"phone"` // as people dial it: "(555) 555-0142"
	URL   string `json:"url"`   // https:// address of the contact page
}

// Set reports whether the association names any way to reach its coordinator.
func (c Coordinator) Set() bool { return c.Email != "" || c.Phone != "" || c.URL != "" }

// ContactURL is the URL when it is the only way to reach the coordinator,
// else "": a contact lists email and phone, and the contact page only when
// it names neither (the CLI, the checker's messages.js and the
// {{< coordinator >}} shortcode all show it so).
func (c Coordinator) ContactURL() string {
	if c.Email != "" || c.Phone != "" {
		return ""
	}
	return c.URL
}

// ApplyLinks is association.toml's [apply]: where a person acts, for the
// pages' calls to action (never written by hand in Markdown).
type ApplyLinks struct {
	System         string `json:"system"`          // the application system's name: "EASy"
	URL            string `json:"url"`             // https:// address of the application system
	CredentialForm string `json:"credential_form"` // https:// address of the course credential's completion form
}

// ProviderPolicy is one [[rsc.policies]] entry of association.toml: the
// association's own limit on RSC providers, on top of the shared provider
// rules. From From to Until, a provider endorsed in one of Providers
// counts only when it also holds the qualifier Need ("ers" or "master").
type ProviderPolicy struct {
	From      Date     `json:"from"`
	Until     Date     `json:"until"`
	Providers []string `json:"providers"`
	Need      string   `json:"need"`
	Text      string   `json:"text"`
	Source    string   `json:"source"`
}

// MembershipPolicy is association.toml's [membership]: whose membership
// counts for applications and for renewals ("own": this association's
// only; "any" or "": any infant mental health association's).
type MembershipPolicy struct {
	Applications string `json:"applications"`
	Renewals     string `json:"renewals"`
	Note         string `json:"note"`
}

// OwnOnly reports whether only this association's membership counts, for
// a renewal or an application.
func (p MembershipPolicy) OwnOnly(renewal bool) bool {
	if renewal {
		return p.Renewals == "own"
	}
	return p.Applications == "own"
}

// RenewalPolicy is association.toml's [renewal]: how endorsements renew.
// A cycle is Years calendar years; its hours are due by 31 December of its
// last year; renewals are accepted LateDays days longer, and a renewal in
// that late window is for the cycle just ended. The first cycle begins on
// 1 January of the endorsement's year ("same_year") or of the next year
// ("year_after").
type RenewalPolicy struct {
	Years            int    `json:"years"`
	LateDays         int    `json:"late_days"`
	First            string `json:"first"`
	Note             string `json:"note"`
	Source           string `json:"source"`
	Assumption       bool   `json:"assumption"`        // the policy rests on an assumption (see AssumptionReason)
	AssumptionReason string `json:"assumption_reason"` // why: what the sources leave open
}

// CycleYears is the cycle's length in years (1 when not set).
func (r RenewalPolicy) CycleYears() int { return max(r.Years, 1) }

// Fees are the association's fees in the site's currency (content/site.toml
// currency). 0 means not published.
type Fees struct {
	Membership        float64  `json:"membership"`         // individual, per year
	StudentMembership float64  `json:"student_membership"` // student or family child care provider, per year
	Credential        float64  `json:"credential"`
	ExamRetake        float64  `json:"exam_retake"`   // per exam part retaken
	Renewal           float64  `json:"renewal"`       // yearly renewal, on time
	LateRenewal       float64  `json:"late_renewal"`  // renewal in the late window
	Reinstatement     float64  `json:"reinstatement"` // back on the registry after removal
	Categories        FeeTable `json:"categories"`    // sorted by Category
}

// CategoryFees are one category's fees.
type CategoryFees struct {
	Category     string  // the key of its fees.categories table
	Registration float64 `json:"registration"`
	Processing   float64 `json:"processing"`
	Exam         float64 `json:"exam"`
}

// Word is one entry of a vocabulary list.
type Word struct {
	Key, Label string
}

// Vocabulary is rules/vocabulary.toml; each list is sorted by key.
type Vocabulary struct {
	Topics       Words `json:"topics"`
	Services     Words `json:"services"`
	ServiceText  Words `json:"service_text"` // per service: what it covers, in plain words
	Roles        Words `json:"roles"`
	Leadership   Words `json:"leadership"`
	Credentials  Words `json:"credentials"`
	Licenses     Words `json:"licenses"`
	Attestations Words `json:"attestations"`
	// TopicGroups: a minimum of hours on the first topic of a group is also
	// met by hours tagged with the others (Untagged: training with no topic).
	TopicGroups [][]string `json:"topic_groups"`
	// Publishers name who publishes the pages the rules cite, by host
	// ("mi-aimh.org"), and SourceTitles those pages' titles, by address:
	// the category pages' Sources lists show them (a page without a title
	// is named from the last part of its address).
	Publishers   Words `json:"publishers"`
	SourceTitles Words `json:"source_titles"`
}

// Untagged stands in a topic group for training that names no topic.
const Untagged = "untagged"

// ProviderRule is one [[rules]] entry of rules/providers.toml.
type ProviderRule struct {
	Categories []string `json:"categories"`
	Purpose    string   `json:"purpose"`
	Applicant  string   `json:"applicant"`
	From       Date     `json:"from"`
	Until      Date     `json:"until"`
	Providers  []string `json:"providers"`
	Text       string   `json:"text"`
	Source     string   `json:"source"`
	Assumption bool     `json:"assumption"` // the rule rests on an assumption (see AssumptionReason)
	// AssumptionReason: what the sources leave open, for the coordinator to confirm.
	AssumptionReason string `json:"assumption_reason"`
}

// Course is what the rules and the checker's plan need to know about one
// catalog course (content/courses/<id>.toml): what it counts for, and how
// to take it: its page, where to register, its price and its runs.
type Course struct {
	ID         string   `json:"id"`
	Title      string   `json:"title"`
	ClockHours float64  `json:"clock_hours"`
	Topics     []string `json:"topics"`
	Credential bool     `json:"credential"`
	Sequence   int      `json:"sequence"`
	// URL is the course's page, a path of the site ("/courses/<id>/",
	// relative to the site's base path).
	URL string `json:"url"`
	// Register is where to register: an https:// address, or a path of
	// the site starting with "/" (relative to its base path, like URL).
	Register  string          `json:"register"`
	SelfPaced bool            `json:"self_paced"` // may be started at any time
	Price     CoursePrice     `json:"price"`
	Sessions  []CourseSession `json:"sessions"` // dated runs, by start (past ones too)
	// Levels: the category levels the course is written for (none: all);
	// Introductory: a first course, not proposed for a renewal (see Fits).
	Levels       []string `json:"levels"`
	Introductory bool     `json:"introductory"`
}

// Fits reports whether the course is one to propose to a person applying
// for (or, renewal, renewing) a category of the given level: written for
// that level, and not an introductory course for someone renewing.
func (k *Course) Fits(level string, renewal bool) bool {
	return (len(k.Levels) == 0 || In(k.Levels, level)) && !(k.Introductory && renewal)
}

// CoursePrice is a course's price. Currency is empty when the course
// publishes no price; otherwise Member and NonMember are set (0: free).
type CoursePrice struct {
	Currency  string  `json:"currency"` // ISO 4217 code, e.g. "USD"
	Member    float64 `json:"member"`
	NonMember float64 `json:"non_member"`
}

// Stated reports whether the course publishes a price.
func (p CoursePrice) Stated() bool { return p.Currency != "" }

// CourseSession is one dated run of a course; End is zero when not given.
type CourseSession struct {
	Start Date   `json:"start"`
	End   Date   `json:"end"`
	Note  string `json:"note"`
}

// NextSession returns the first session that starts on or after day, or
// nil: the run a person planning on that day can still join.
func (c *Course) NextSession(day Date) *CourseSession {
	for i := range c.Sessions {
		if c.Sessions[i].Start >= day {
			return &c.Sessions[i]
		}
	}
	return nil
}

// Category is one rules/categories/<id>.toml file.
type Category struct {
	ID           string          `json:"id"`
	Name         string          `json:"name"`
	Abbr         string          `json:"abbr"`
	Kind         string          `json:"kind"`
	Band         string          `json:"band"`
	Level        string          `json:"level"`
	Designation  string          `json:"designation"`
	Order        int             `json:"order"`
	Summary      string          `json:"summary"`
	Scope        string          `json:"scope"`
	Note         string          `json:"note"`
	Source       string          `json:"source"`
	Practice     Practice        `json:"practice"`
	Editions     []*Edition      `json:"editions"`
	Requirements RequirementList `json:"requirements"` // flat, file order
	Renewal      RequirementList `json:"renewal"`      // flat, file order
	Removed      []Removal       `json:"removed"`      // set by association overrides (rules.json only)
	File         string          // source file (not serialised)

	// RenewalTree is Renewal as a tree (children under their parents), set by Resolve.
	RenewalTree []*Requirement
}

// Practice is the work a category recognizes, as the checker's fit reads
// it (internal/engine/fit.go): the kinds of service at its core and
// whether that work is with the child and the parent together. With the
// category's band, a requirement to provide RSC and a prerequisite
// endorsement, it says whose practice the category fits.
type Practice struct {
	Services []string `json:"services"` // vocabulary [services]; empty: the category names none
	Dyadic   bool     `json:"dyadic"`   // its core work is with the child and the parent together
	Source   string   `json:"source"`
}

// Removal records a requirement an association override removed.
type Removal struct {
	Requirement string   `json:"requirement"`
	Editions    []string `json:"editions"`
	Renewal     bool     `json:"renewal"`
	Note        string   `json:"note"`
}

// Edition is one dated version of a category's requirements.
type Edition struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	From   Date   `json:"from"`
	Until  Date   // derived: the day before the next edition's From
	Note   string `json:"note"`
	Source string `json:"source"`

	// Tree is the edition's requirements as a tree, set by Resolve.
	Tree []*Requirement
}

// Requirement is one requirement, flat as in the file; Children is filled by
// Resolve in the per-edition copies. Its kind's parameters are keys of the
// same table (DecodeRequirement).
type Requirement struct {
	ID         string   `json:"id"`
	Kind       string   `json:"kind"`
	Section    string   `json:"section"`
	Parent     string   `json:"parent"`
	Editions   []string `json:"editions"` // [[requirements]]: edition ids; empty = all
	From       Date     `json:"from"`     // [[renewal]]: dates it applies
	Until      Date     `json:"until"`
	Text       string   `json:"text"`
	Source     string   `json:"source"`
	Note       string   `json:"note"`
	Override   string   `json:"override"` // note of the association override that set it
	Params     Params   // nil for any_of / all_of
	Children   []*Requirement
	Path       string // key path where it was written, e.g. "requirements[3]" (not serialised)
	Overridden bool   // written in association.toml's [[overrides]] (not serialised)

	// ParamsID is the same number (1, 2, …) for the requirements of one
	// model whose kind and parameters are the same, across categories,
	// editions and renewal lists, and differs otherwise; 0: not numbered
	// (any_of / all_of, or a model that neither Resolve nor DecodeModel
	// built). The engine evaluates such requirements once per evaluation:
	// most categories ask for some of the same things (the Code of Ethics,
	// membership, references …). Not serialised.
	ParamsID  int
	paramsKey string // the kind and parameters as decoded (DecodeRequirement)

	// The audit against the sources: Basis says how the requirement
	// follows its source ("word_for_word" or "interpretation"); an
	// Assumption (true) fills a gap the sources leave, AssumptionReason
	// says which, for the association's coordinator to confirm.
	Basis            string `json:"basis"`
	Assumption       bool   `json:"assumption"`
	AssumptionReason string `json:"assumption_reason"`
}

// Category returns the category with this id, or nil.
func (m *Model) Category(id string) *Category {
	for _, c := range m.Categories {
		if c.ID == id {
			return c
		}
	}
	return nil
}

// Course returns the catalog course with this id, or nil.
func (m *Model) Course(id string) *Course {
	for i := range m.Catalog {
		if m.Catalog[i].ID == id {
			return &m.Catalog[i]
		}
	}
	return nil
}

// Edition returns the edition in force on day d, or nil when the category
// is not offered then.
func (c *Category) Edition(d Date) *Edition {
	var in *Edition
	for _, e := range c.Editions {
		if e.From <= d {
			in = e
		}
	}
	return in
}

// Has reports whether key is in the word list.
func Has(words []Word, key string) bool {
	for _, w := range words {
		if w.Key == key {
			return true
		}
	}
	return false
}
