package site

import (
	"github.com/iecmh/endorse/internal/model"
)

// Category pages are generated from the same *model.Model the checker
// evaluates (rules.json is serialised from it), so a page and the checker
// cannot disagree: every requirement row, pathway, note, override,
// renewal rule, provider rule, fee and edition comes from the model.
//
// Files: categories.go (pages, index), category_view.go (one category's
// view), category_facts.go (parameters in words), category_changes.go
// (edition differences), category_sources.go (sources, providers, fees).

// CategoriesURL is the URL of the category index.
const CategoriesURL = "/categories/"

// CheckerURL is the URL of the readiness checker page.
const CheckerURL = "/checker/"

// categoryPages returns the category index and one page per category of
// the rules model, with the edition in force taken as the newest edition
// (see categoryPagesAsOf). A nil model (a project without rules/) has no
// category pages.
func categoryPages(m *model.Model) []DataPage {
	return categoryPagesAsOf(m, 0)
}

// categoryPagesAsOf is categoryPages with the date the pages describe: the
// edition in force is the newest one whose `from` is not after asOf. The
// zero asOf means "the newest rules": the latest date any edition or
// renewal rule of the category starts. The clock is never read, so
// builds are deterministic.
func categoryPagesAsOf(m *model.Model, asOf model.Date) []DataPage {
	if m == nil || len(m.Categories) == 0 {
		return nil
	}
	out := []DataPage{{URL: CategoriesURL, Template: TemplateDir + "/categories.html",
		Title:       "Endorsement categories",
		Description: "Every " + m.Association.ShortName + " endorsement category by age band, with what each one asks for.",
		Data:        categoryIndex(m)}}
	for _, c := range m.Categories {
		v := newCategoryView(m, c, asOf)
		out = append(out, DataPage{URL: v.URL, Template: TemplateDir + "/category.html",
			Title: v.Title, Description: c.Summary, Data: v})
	}
	return out
}

// categoryURL is the page URL of a category id.
func categoryURL(id string) string { return CategoriesURL + id + "/" }

// categoryIndexView is .Data on /categories/.
type categoryIndexView struct {
	Association string // short name, e.g. "NPAIMH"
	Groups      []categoryGroupView
}

// categoryGroupView is one age band (or the add-ons, or the program).
type categoryGroupView struct {
	ID, Title, Intro string
	Items            []categoryCard
}

// categoryCard is one category in the index.
type categoryCard struct {
	Name, Abbr, Summary, URL string
}

// categoryGroup defines a group of the index and which categories it holds.
type categoryGroup struct {
	id, title, intro string
	match            func(*model.Category) bool
}

// categoryGroups is the index order: infant, early childhood, both bands,
// add-ons, then the course-based credential program.
var categoryGroups = []categoryGroup{
	{"infant", "Birth to three: infant categories",
		"For work with expectant parents, babies and toddlers up to 36 months, and their families.",
		func(c *model.Category) bool { return c.Kind == "category" && c.Band == "infant" }},
	{"early-childhood", "Three to six: early childhood categories",
		"For work with children from three up to six years old, and their families.",
		func(c *model.Category) bool { return c.Kind == "category" && c.Band == "early_childhood" }},
	{"both-bands", "Birth to six: both age bands",
		"For work that spans both age bands.",
		func(c *model.Category) bool { return c.Kind == "category" && c.Band == "both" }},
	{"add-ons", "Add-ons",
		"An add-on is earned on top of an endorsement you already hold.",
		func(c *model.Category) bool { return c.Kind == "add_on" }},
	{"program", "Course-based credential program",
		"A credential earned by completing our courses, separate from Endorsement.",
		func(c *model.Category) bool { return c.Kind == "program" }},
}

// categoryIndex groups the categories (already in listing order) for the
// index page; empty groups are left out.
func categoryIndex(m *model.Model) *categoryIndexView {
	v := &categoryIndexView{Association: m.Association.ShortName}
	for _, g := range categoryGroups {
		gv := categoryGroupView{ID: g.id, Title: g.title, Intro: g.intro}
		for _, c := range m.Categories {
			if g.match(c) {
				gv.Items = append(gv.Items, categoryCard{Name: c.Name, Abbr: shownAbbr(c.Name, c.Abbr), Summary: c.Summary, URL: categoryURL(c.ID)})
			}
		}
		if len(gv.Items) > 0 {
			v.Groups = append(v.Groups, gv)
		}
	}
	return v
}
