package site

import (
	"sort"
	"strconv"
	"strings"

	"github.com/iecmh/endorse/internal/content"
	"github.com/iecmh/endorse/internal/diag"
	"github.com/iecmh/endorse/internal/prose"
)

// Taxonomies work as in Hugo: a taxonomy that some published, listed page
// uses gets a page listing its terms (kind "taxonomy", templates/
// taxonomy.html, e.g. /tags/) and a page per term listing its pages (kind
// "term", templates/term.html, e.g. /tags/supervision/). A taxonomy no page
// uses has no pages, so a site without tags or categories gets none.

// taxonomyView is .Data on a taxonomy's page.
type taxonomyView struct {
	Name     string // "tags"
	Singular string // "tag"
	Title    string // "Tags"
	Terms    []termCount
}

// termCount is one term on a taxonomy's page.
type termCount struct {
	Title, URL string
	Count      int // pages with the term
}

// termView is .Data on a term's page; its pages are .Page.Children.
type termView struct {
	Taxonomy Link // the taxonomy's page
	Term     string
}

// taxonomyIndex is one used taxonomy with its terms.
type taxonomyIndex struct {
	tax   content.Taxonomy
	file  string // the first page using it, for diagnostics
	terms map[string]*termPages
}

// termPages is one term: its title as first written and its pages.
type termPages struct {
	title, slug string
	pages       []*content.Page
}

// indexTaxonomies collects the terms of every listed page, in URL order
// (so a term's title is its spelling on the first page by URL).
func (b *builder) indexTaxonomies() []*taxonomyIndex {
	var out []*taxonomyIndex
	for _, t := range b.content.Taxonomies() {
		ti := &taxonomyIndex{tax: t, terms: map[string]*termPages{}}
		for _, p := range b.content.Pages {
			if p.Unlisted {
				continue
			}
			for _, term := range p.Terms[t.Plural] {
				ti.add(p, term)
			}
		}
		if len(ti.terms) > 0 {
			out = append(out, ti)
		}
	}
	return out
}

// add files page p under term.
func (ti *taxonomyIndex) add(p *content.Page, term string) {
	slug := content.TermSlug(term)
	if slug == "" {
		return
	}
	if ti.file == "" {
		ti.file = p.File
	}
	tp := ti.terms[slug]
	if tp == nil {
		tp = &termPages{title: term, slug: slug}
		ti.terms[slug] = tp
	}
	if n := len(tp.pages); n == 0 || tp.pages[n-1] != p {
		tp.pages = append(tp.pages, p)
	}
}

// sorted returns the terms by title (ignoring case), then slug.
func (ti *taxonomyIndex) sorted() []*termPages {
	out := make([]*termPages, 0, len(ti.terms))
	for _, tp := range ti.terms {
		out = append(out, tp)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := strings.ToLower(out[i].title), strings.ToLower(out[j].title)
		if a != b {
			return a < b
		}
		return out[i].slug < out[j].slug
	})
	return out
}

// termURL is the URL of a term's page.
func (ti *taxonomyIndex) termURL(tp *termPages) string {
	return ti.tax.URL + tp.slug + "/"
}

// taxonomyPages returns the taxonomy and term pages of the used
// taxonomies, refusing one whose URL another page has (taken: URL → who
// has it).
func (b *builder) taxonomyPages(taken map[string]string) ([]sourced, diag.List) {
	var out []sourced
	var l diag.List
	for _, ti := range b.taxonomies {
		if other, clash := taken[ti.tax.URL]; clash {
			line, col := b.content.PageByFile(ti.file).KeyPos(ti.tax.Plural)
			l.Add(ti.file, line, col, "taxonomy "+strconv.Quote(ti.tax.Plural)+" would be published at "+ti.tax.URL+
				", already used by "+other+": move it in content/site.toml with [taxonomy_urls] "+ti.tax.Plural+" = \"/another-path/\"")
			continue
		}
		v := &taxonomyView{Name: ti.tax.Plural, Singular: ti.tax.Singular, Title: prose.Capitalize(ti.tax.Plural)}
		for _, tp := range ti.sorted() {
			v.Terms = append(v.Terms, termCount{Title: tp.title, URL: ti.termURL(tp), Count: len(tp.pages)})
			out = append(out, sourced{DataPage{URL: ti.termURL(tp), Template: TemplateDir + "/term.html", Kind: "term",
				Title: tp.title, Description: v.Title + ": " + tp.title,
				Data: &termView{Taxonomy: Link{Title: v.Title, URL: ti.tax.URL}, Term: tp.title}}, ti.file, tp.pages})
		}
		out = append(out, sourced{DataPage{URL: ti.tax.URL, Template: TemplateDir + "/taxonomy.html", Kind: "taxonomy",
			Title: v.Title, Data: v}, ti.file, nil})
	}
	return out, l
}

// termLinks returns the terms of page p, linked, by taxonomy.
func (b *builder) termLinks(p *content.Page) []TermGroup {
	var out []TermGroup
	for _, ti := range b.taxonomies {
		terms := p.Terms[ti.tax.Plural]
		if len(terms) == 0 || p.Unlisted {
			continue
		}
		g := TermGroup{Title: prose.Capitalize(ti.tax.Plural), URL: ti.tax.URL}
		for _, t := range terms {
			if tp := ti.terms[content.TermSlug(t)]; tp != nil {
				g.Terms = append(g.Terms, Link{Title: tp.title, URL: ti.termURL(tp)})
			}
		}
		out = append(out, g)
	}
	return out
}
