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
	ID               string `json:"id"`
	Name             string `json:"name"`
	ShortName        string `json:"short_name"`
	Website          string `json:"website"`
	EndorsedOnlyFrom Date   `json:"rsc.endorsed_only_from"`
	RSCNote          string `json:"rsc.note"`
	Fees             Fees   `json:"fees"`
}

// Fees are the association's fees in US dollars.
type Fees struct {
	Membership float64  `json:"membership"`
	Credential float64  `json:"credential"`
	Categories FeeTable `json:"categories"` // sorted by Category
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
	Roles        Words `json:"roles"`
	Leadership   Words `json:"leadership"`
	Credentials  Words `json:"credentials"`
	Licenses     Words `json:"licenses"`
	Attestations Words `json:"attestations"`
}

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
}

// Course is what the rules need to know about one catalog course.
type Course struct {
	ID         string   `json:"id"`
	Title      string   `json:"title"`
	ClockHours float64  `json:"clock_hours"`
	Topics     []string `json:"topics"`
	Credential bool     `json:"credential"`
	Sequence   int      `json:"sequence"`
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
	Editions     []*Edition      `json:"editions"`
	Requirements RequirementList `json:"requirements"` // flat, file order
	Renewal      RequirementList `json:"renewal"`      // flat, file order
	Removed      []Removal       `json:"removed"`      // set by association overrides (rules.json only)
	File         string          // source file (not serialised)

	// RenewalTree is Renewal as a tree (children under their parents), set by Resolve.
	RenewalTree []*Requirement
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
