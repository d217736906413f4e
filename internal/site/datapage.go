package site

// DataPage is a page generated from data rather than from a Markdown file:
// a course of the catalog, an endorsement category, the category index.
// Generators return DataPages; the build renders each with its template like
// any other page, so data pages get the same shell, assets and link checks.
type DataPage struct {
	URL         string // pretty URL with leading and trailing slash, e.g. "/categories/ifs/"
	Template    string // repo path of the page template, e.g. "templates/category.html"
	Kind        string // .Page.Kind: "taxonomy", "term"; "" is "data"
	Title       string
	Description string
	Data        any // kind-specific view data, available to the template as .Data
}
