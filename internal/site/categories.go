package site

import (
	"github.com/iecmh/endorse/internal/categoryview"
	"github.com/iecmh/endorse/internal/model"
)

// Category pages: internal/categoryview builds what they show from the
// rules model; the build renders it with templates/categories.html and
// templates/category.html.

// categoryPages returns the category index and one page per category of
// the rules model, with the edition in force taken as the newest edition
// (see categoryPagesAsOf). A nil model (a project without rules/) has no
// category pages.
func categoryPages(m *model.Model) []DataPage {
	return categoryPagesAsOf(m, 0, nil)
}

// categoryPagesAsOf is categoryPages with the date the pages describe: the
// edition in force is the newest one whose `from` is not after asOf. The
// zero asOf means "the newest rules": the latest date any edition or
// renewal rule of the category starts. The clock is never read, so
// builds are deterministic. labels are the message catalog's word lists.
func categoryPagesAsOf(m *model.Model, asOf model.Date, labels categoryview.Labels) []DataPage {
	if m == nil || len(m.Categories) == 0 {
		return nil
	}
	out := []DataPage{{URL: categoryview.CategoriesURL, Template: TemplateDir + "/categories.html",
		Title:       "Endorsement categories",
		Description: "Every " + m.Association.ShortName + " endorsement category by age band, with what each one asks for.",
		Data:        categoryview.Index(m)}}
	for _, c := range m.Categories {
		v := categoryview.New(m, c, asOf, labels)
		out = append(out, DataPage{URL: v.URL, Template: TemplateDir + "/category.html",
			Title: v.Title, Description: c.Summary, Data: v})
	}
	return out
}
