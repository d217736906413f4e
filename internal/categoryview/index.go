package categoryview

import "github.com/iecmh/endorse/internal/model"

// CategoriesURL is the URL of the category index.
const CategoriesURL = "/categories/"

// CheckerURL is the URL of the readiness checker page.
const CheckerURL = "/checker/"

// URL is the page URL of a category id.
func URL(id string) string { return categoryURL(id) }

func categoryURL(id string) string { return CategoriesURL + id + "/" }

// IndexView is what the category index (/categories/) shows.
type IndexView struct {
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

// Index groups the categories (already in listing order) for the
// index page; empty groups are left out.
func Index(m *model.Model) *IndexView {
	v := &IndexView{Association: m.Association.ShortName}
	for _, g := range categoryGroups {
		gv := categoryGroupView{ID: g.id, Title: g.title, Intro: g.intro}
		for _, c := range m.Categories {
			if g.match(c) {
				gv.Items = append(gv.Items, categoryCard{Name: c.Name, Abbr: shownAbbr(c.Name, c.Abbr), Summary: c.Summary, URL: URL(c.ID)})
			}
		}
		if len(gv.Items) > 0 {
			v.Groups = append(v.Groups, gv)
		}
	}
	return v
}
