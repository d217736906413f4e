package model

import (
	"cmp"
	"slices"

	"github.com/iecmh/endorse/internal/wasmjson"
)

// Issue is a problem found in a decoded model, located by the part of the
// rules it is in and a key path inside that part's file.
type Issue struct {
	Part     string // "association", "vocabulary", "providers", "catalog" or "category"
	Category string // the category id when Part is "category"
	Path     string // e.g. "requirements[3].parent"
	Msg      string
}

func (i Issue) Error() string {
	where := i.Part
	if i.Category != "" {
		where = "categories/" + i.Category
	}
	return where + ": " + wasmjson.PathError{Path: i.Path, Msg: i.Msg}.Error()
}

type issues struct {
	list     []Issue
	part, id string
}

func (s *issues) add(path, msg string) {
	s.list = append(s.list, Issue{Part: s.part, Category: s.id, Path: path, Msg: msg})
}

// addAt reports a problem with key of requirement r, in the file r was
// written in (association.toml for overrides).
func (s *issues) addAt(r *Requirement, key, msg string) {
	is := Issue{Part: s.part, Category: s.id, Path: wasmjson.Join(r.Path, key), Msg: msg}
	if r.Overridden {
		is.Part, is.Category = "association", ""
	}
	s.list = append(s.list, is)
}

// Resolve sorts the model (rules.json keeps that order, so DecodeModel
// need not sort), derives each edition's end date and builds every
// edition's requirement tree and the renewal tree, and numbers the
// requirements' parameters (Requirement.ParamsID). It reports broken
// structure (unknown parent, duplicate ids, unknown edition ids).
func Resolve(m *Model) []Issue {
	sortModel(m)
	numberParams(m)
	var out []Issue
	for _, c := range m.Categories {
		out = append(out, ResolveCategory(c)...)
	}
	return out
}

// ResolveCategory resolves one category (see Resolve).
func ResolveCategory(c *Category) []Issue {
	s := &issues{part: "category", id: c.ID}
	eds := c.Editions
	slices.SortStableFunc(eds, func(a, b *Edition) int { return cmp.Compare(a.From, b.From) })
	checkParents(c.Requirements, s)
	checkParents(c.Renewal, s)
	checkEditionRefs(c, s)
	BuildTrees(c)
	for _, e := range c.Editions {
		checkUnique(flatten(nil, e.Tree), s)
	}
	checkUnique(flatten(nil, c.RenewalTree), s)
	return s.list
}

// BuildTrees derives each edition's end date (the day before the next
// edition starts; editions sorted by From) and builds every edition's
// requirement tree and the renewal tree from the flat lists. A child whose
// parent is missing is left out (Resolve reports it). DecodeModel calls it
// alone: rules.json was checked when the build wrote it.
func BuildTrees(c *Category) {
	for i, e := range c.Editions {
		e.Until = 0
		if i+1 < len(c.Editions) {
			e.Until = c.Editions[i+1].From - 1
		}
	}
	for _, e := range c.Editions {
		e.Tree = buildTree(c.Requirements, e.ID)
	}
	c.RenewalTree = buildTree(c.Renewal, "")
}

// inEdition reports whether r applies in edition id ("" for the renewal
// list, which has no editions).
func inEdition(r *Requirement, id string) bool {
	return id == "" || len(r.Editions) == 0 || In(r.Editions, id)
}

// parentOf returns the index in above of the nearest group with id, -1 when
// there is none (or id is "", a top-level requirement).
func parentOf(above []*Requirement, id string) int {
	for j := len(above) - 1; id != "" && j >= 0; j-- {
		if above[j].ID == id && IsGroup(above[j].Kind) {
			return j
		}
	}
	return -1
}

// checkParents reports every child whose parent is not a group above it.
func checkParents(list []*Requirement, s *issues) {
	for i, r := range list {
		if r.Parent != "" && parentOf(list[:i], r.Parent) < 0 {
			s.addAt(r, "parent", "no any_of/all_of requirement "+quote(r.Parent)+" above this one")
		}
	}
}

func checkEditionRefs(c *Category, s *issues) {
	for _, r := range c.Requirements {
		for _, id := range r.Editions {
			if c.edition(id) == nil {
				s.addAt(r, "editions", "unknown edition "+quote(id))
			}
		}
	}
}

func (c *Category) edition(id string) *Edition {
	for _, e := range c.Editions {
		if e.ID == id {
			return e
		}
	}
	return nil
}

// buildTree copies the requirements included in edition id into a tree:
// children (whose parent is included) under their parent's copy, with the
// parent's section and dates.
func buildTree(list []*Requirement, id string) []*Requirement {
	copies := make([]*Requirement, len(list))
	var top []*Requirement
	for i, r := range list {
		p := parentOf(list[:i], r.Parent)
		if (r.Parent == "" && !inEdition(r, id)) || (r.Parent != "" && (p < 0 || copies[p] == nil)) {
			continue
		}
		n := *r
		n.Children = nil
		copies[i] = &n
		if p < 0 {
			top = append(top, &n)
			continue
		}
		n.Section, n.From, n.Until = copies[p].Section, copies[p].From, copies[p].Until
		copies[p].Children = append(copies[p].Children, &n)
	}
	return top
}

// flatten appends the tree's requirements to list, parents before children.
func flatten(list, tree []*Requirement) []*Requirement {
	for _, r := range tree {
		list = flatten(append(list, r), r.Children)
	}
	return list
}

// checkUnique reports a requirement whose id an earlier one in the same
// tree has, unless their date ranges (renewal) do not overlap.
func checkUnique(list []*Requirement, s *issues) {
	for i, a := range list {
		for _, b := range list[:i] {
			if b.ID == a.ID && overlap(a, b) {
				s.addAt(a, "id", "duplicate requirement id "+quote(a.ID))
				break
			}
		}
	}
}

func overlap(a, b *Requirement) bool {
	return (a.Until == 0 || b.From == 0 || b.From <= a.Until) && (b.Until == 0 || a.From == 0 || a.From <= b.Until)
}

// sortModel puts categories in display order and the catalog, the
// vocabulary lists and the category fees in key order.
func sortModel(m *Model) {
	slices.SortStableFunc(m.Categories, func(a, b *Category) int {
		return cmp.Or(cmp.Compare(a.Order, b.Order), cmp.Compare(a.ID, b.ID))
	})
	slices.SortStableFunc(m.Catalog, func(a, b Course) int { return cmp.Compare(a.ID, b.ID) })
	voc := &m.Vocabulary
	for _, words := range []Words{voc.Topics, voc.Services, voc.ServiceText, voc.Roles, voc.Leadership, voc.Credentials, voc.Licenses, voc.Attestations} {
		slices.SortStableFunc(words, func(a, b Word) int { return cmp.Compare(a.Key, b.Key) })
	}
	slices.SortStableFunc(m.Association.Fees.Categories, func(a, b CategoryFees) int { return cmp.Compare(a.Category, b.Category) })
}
