package site

import "github.com/iecmh/endorse/internal/searchindex"

// Site search: every page's title, description and the text of its
// <main> (embed pages and 404.html aside) go into one index per language
// (internal/searchindex makes it), written by the build through the
// writer like every page.

// SearchURL is the search page.
const SearchURL = "/search/"

// SearchPage is .Data on the search page.
type SearchPage struct {
	Index string // URL of the index of the site's language
}

// searchURL is PageData.Search.
func (b *builder) searchURL() string {
	if !b.searchEnabled() {
		return ""
	}
	return b.funcs.relURL(SearchURL)
}

// searchTemplate is the search page's template. A project whose
// templates/ has none (an older copy of the templates) has no search.
const searchTemplate = TemplateDir + "/search.html"

// searchScript is the search page's script, in static/.
const searchScript = "js/search.js"

// searchEnabled reports whether the build makes the search page, the
// index and the search box: unless site.toml switches search off, when
// the project has the search page's template and script.
func (b *builder) searchEnabled() bool {
	if b.content.Site.Search.Disabled || b.tmpl == nil || !b.tmpl.has(searchTemplate) || b.manifest == nil {
		return false
	}
	_, ok := b.manifest.Get(searchScript)
	return ok
}

// searchable reports whether a job's page goes into the index.
func searchable(j *job) bool {
	return j.Sitemap && j.Data.Embed == nil && j.URL != SearchURL
}

// writeSearchIndex writes one index per language from the rendered pages,
// in URL order (deterministic whatever the number of workers).
func (b *builder) writeSearchIndex(w *writer, results []result) {
	if !b.searchEnabled() {
		return
	}
	byLang := map[string][]searchindex.Doc{b.content.Site.Language: {}}
	for i := range results {
		if s := results[i].search; s != nil {
			byLang[s.lang] = append(byLang[s.lang], s.doc)
		}
	}
	for lang, docs := range byLang {
		w.write(searchindex.Path(lang), "", searchindex.Encode(lang, docs))
	}
}

// pageSearch is what a rendered page gives the index.
type pageSearch struct {
	lang string
	doc  searchindex.Doc
}

// searchEntry extracts a page's entry from its HTML: the language of
// <html lang> (else the site's), and the text of <main> without scripts
// and styles. url is the page's URL with the site's base path.
func searchEntry(j *job, url string, page []byte, siteLang string) *pageSearch {
	lang, text := searchindex.MainText(page)
	if lang == "" {
		lang = siteLang
	}
	v := j.Data.Page
	return &pageSearch{lang: lang, doc: searchindex.Doc{URL: url, Title: v.Title, Desc: v.Description, Text: text}}
}
