// Package categoryview builds what the category pages show from the rules
// model: the index of categories by age band (Index) and one category's
// page (New) with its requirements in force, renewal, providers, fees,
// changes between editions and numbered sources, every fact in words.
//
// The pages are built from the same *model.Model the checker evaluates
// (rules.json is serialised from it), so a page and the checker cannot
// disagree: every requirement row, pathway, note, override, renewal rule,
// provider rule, fee and edition comes from the model, never from a
// sentence written by hand. The views are plain data for html/template
// (internal/site renders them with templates/category.html and
// categories.html); nothing here reads files or the clock: the day the
// pages describe is an argument.
//
// Files: index.go (the index), view.go (one category), facts.go
// (requirement parameters in words), changes.go (edition differences),
// sources.go (sources, providers, fees), otherpage.go (a category's
// requirements shown on another page).
package categoryview
