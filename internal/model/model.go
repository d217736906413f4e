package model

import "github.com/iecmh/endorse/internal/wasmjson"

// Model is the complete rule set of one association.
type Model struct {
	Association Association
	Vocabulary  Vocabulary
	Providers   []ProviderRule
	Categories  []*Category // sorted by Order, then ID
	Catalog     []Course    // sorted by ID
}

// Association is rules/association.toml (overrides are applied by the
// loader and not kept).
type Association struct {
	ID, Name, ShortName, Website string
	EndorsedOnlyFrom             Date   // rsc.endorsed_only_from
	RSCNote                      string // rsc.note
	Fees                         Fees
}

// Fees are the association's fees in US dollars.
type Fees struct {
	Membership, Credential float64
	Categories             []CategoryFees // sorted by Category
}

// CategoryFees are one category's fees.
type CategoryFees struct {
	_                              wasmjson.NoCompare
	Category                       string
	Registration, Processing, Exam float64
}

// Word is one entry of a vocabulary list.
type Word struct {
	_          wasmjson.NoCompare
	Key, Label string
}

// Vocabulary is rules/vocabulary.toml; each list is sorted by key.
type Vocabulary struct {
	Topics, Services, Roles, Leadership, Credentials, Licenses, Attestations []Word
}

// ProviderRule is one [[rules]] entry of rules/providers.toml.
type ProviderRule struct {
	Categories         []string
	Purpose, Applicant string
	From, Until        Date
	Providers          []string
	Text, Source       string
}

// Course is what the rules need to know about one catalog course.
type Course struct {
	ID, Title  string
	ClockHours float64
	Topics     []string
	Credential bool
	Sequence   int
}

// Category is one rules/categories/<id>.toml file.
type Category struct {
	ID, Name, Abbr, Kind, Band, Level, Designation string
	Order                                          int
	Summary, Scope, Note, Source                   string
	Editions                                       []*Edition
	Requirements                                   []*Requirement // flat, file order
	Renewal                                        []*Requirement // flat, file order
	Removed                                        []Removal      // set by association overrides
	File                                           string         // source file (not serialised)

	// RenewalTree is Renewal as a tree (children under their parents), set by Resolve.
	RenewalTree []*Requirement
}

// Removal records a requirement an association override removed.
type Removal struct {
	Requirement string
	Editions    []string
	Renewal     bool
	Note        string
}

// Edition is one dated version of a category's requirements.
type Edition struct {
	ID, Name     string
	From, Until  Date // Until is derived: the day before the next edition's From
	Note, Source string

	// Tree is the edition's requirements as a tree, set by Resolve.
	Tree []*Requirement
}

// Requirement is one requirement, flat as in the file; Children is filled by
// Resolve in the per-edition copies.
type Requirement struct {
	ID, Kind, Section, Text, Source, Note string
	Override                              string   // note of the association override that set it
	Editions                              []string // [[requirements]]: edition ids; empty = all
	From, Until                           Date     // [[renewal]]: dates it applies
	Parent                                string
	Params                                Params // nil for any_of / all_of
	Children                              []*Requirement
	Path                                  string // key path where it was written, e.g. "requirements[3]" (not serialised)
	Overridden                            bool   // written in association.toml's [[overrides]] (not serialised)
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
