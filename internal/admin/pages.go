package admin

import "github.com/iecmh/endorse/internal/content"

// Front matter has no struct: the content loader reads keys by name
// (content.FrontMatterKeys) in any case. These are the fields the editor
// shows, in order, under Hugo's spelling of each key; their widgets
// follow what the loader accepts for the key (internal/content/fields.go).
// pageOmitted lists the loader's other keys.

// pageField is one front matter field: its widget before taxonomies and
// the body are added.
func pageField(name, widget string, hint string) Field {
	f := Field{Name: name, Label: label(name), Widget: widget, Hint: hint}
	switch widget {
	case "date":
		return dateField(f)
	case "list":
		f.Field = &Field{Name: "item", Label: singular(f.Label), Widget: "string", Required: true}
	case "number":
		f.ValueType, f.Step = "int", 1
	}
	return f
}

// frontMatter are the front matter fields, before taxonomies and body.
var frontMatter = []Field{
	func() Field { f := pageField("title", "string", ""); f.Required = true; return f }(),
	pageField("linkTitle", "string", "A shorter title for menus and breadcrumbs (optional)."),
	pageField("description", "text", "One or two sentences for search engines and listings."),
	pageField("summary", "text", "Shown in listings instead of the description (optional)."),
	pageField("weight", "number", "Order in listings and menus: lower comes first."),
	pageField("draft", "boolean", "A draft is not published."),
	pageField("date", "date", ""),
	pageField("publishDate", "date", "The page is published from this day, once the site is built again."),
	pageField("expiryDate", "date", "The page is taken down from this day."),
	pageField("lastmod", "date", "When the page last changed in substance."),
	pageField("slug", "string", "The last part of the page's address, if not its file name."),
	pageField("url", "string", "The page's whole address on the site, such as /about/ (rarely needed)."),
	pageField("aliases", "list", "Old addresses of this page, such as /old-page/: they redirect here."),
	pageField("layout", "string", "The template in templates/ that shows the page, if not the usual one."),
	pageField("keywords", "list", ""),
	pageField("author", "string", ""),
	pageField("authors", "list", ""),
	pageField("headless", "boolean", "A headless page is not published (other pages can still include it)."),
}

// pageOmitted are the front matter keys the loader knows that the editor
// leaves out: Hugo keys Endorse accepts and ignores, tables for
// developers, and aliases of keys the editor shows under one name.
// Saving a page keeps them as written.
var pageOmitted = map[string]string{
	// Hugo keys Endorse reads but ignores (content/fields.go).
	"type": "ignored", "outputs": "ignored", "sitemap": "ignored", "iscjklanguage": "ignored",
	"translationkey": "ignored", "resources": "ignored", "cascade": "ignored", "menu": "ignored",
	"menus": "ignored", "markup": "ignored", "lang": "ignored", "kind": "ignored", "path": "ignored",
	// Tables of options for developers: build = { list = "never" }, and
	// the page's own parameters, which templates read.
	"build": "a developer's table", "_build": "a developer's table", "params": "a developer's table",
	// Other spellings of keys the editor shows: publishDate, lastmod,
	// expiryDate (and published = false, the opposite of draft).
	"pubdate": "alias of publishDate", "published": "alias of publishDate, or of draft = false",
	"modified": "alias of lastmod", "unpublishdate": "alias of expiryDate",
}

// pageFields are the front matter fields, one list field per taxonomy,
// and the Markdown body.
func pageFields(taxonomies []content.Taxonomy) []Field {
	out := append([]Field{}, frontMatter...)
	for _, t := range taxonomies {
		f := pageField(t.Plural, "list", "Each of the page's "+t.Plural+" gets a page on the site that lists the pages that have it.")
		out = append(out, f)
	}
	body := Field{Name: "body", Label: "Text", Widget: "markdown", Modes: markdownModes,
		Hint: "Markdown. Shortcodes such as {{< fees >}} show what the rules hold: keep them as they are."}
	return append(out, body)
}
