package site

import (
	"bytes"
	"encoding/json"
	stdhtml "html"
	"sort"
	"strings"

	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/html"
)

// Site search: every page's title, description and the text of its
// <main> (embed pages and 404.html aside) go into one index per language,
// /search/<language>.json, which static/js/search.js loads on the search
// page and searches in the browser. It is written by the build, through
// the writer, like every page: no other tool, nothing sent to a server.
//
// Why not Pagefind (measured on the example site, 44 pages, with Pagefind
// 1.6.0 indexing <main> only): its script (12.1 KB brotli), wasm (59.8 KB,
// already compressed), metadata (0.7 KB) and the index chunk a query needs
// (~25 KB) come to ~98 KB before the first result's fragment (~2 KB each);
// this index of the site's whole text is 27 KB brotli plus a 3 KB script.
// Pagefind's chunked index scales to sites of thousands of pages, where a
// whole-text index does not (it grows with the text: ~0.6 KB brotli a
// page); a site that large can switch search off ([search] disabled) and
// run Pagefind on public/ after the build.

// SearchURL is the search page.
const SearchURL = "/search/"

// searchDoc is one page in the index: URL, title, description, text.
type searchDoc struct {
	URL   string `json:"u"`
	Title string `json:"t"`
	Desc  string `json:"d,omitempty"`
	Text  string `json:"x"`
}

// searchIndex is the file format of /search/<language>.json.
type searchIndex struct {
	Language string      `json:"language"`
	Pages    []searchDoc `json:"pages"`
}

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

// searchIndexPath is the output path of a language's index.
func searchIndexPath(lang string) string { return "search/" + lang + ".json" }

// writeSearchIndex writes one index per language from the rendered pages,
// in URL order (deterministic whatever the number of workers).
func (b *builder) writeSearchIndex(w *writer, results []result) {
	if !b.searchEnabled() {
		return
	}
	byLang := map[string]*searchIndex{b.content.Site.Language: {Language: b.content.Site.Language}}
	for i := range results {
		r := &results[i]
		if r.search == nil {
			continue
		}
		idx := byLang[r.search.lang]
		if idx == nil {
			idx = &searchIndex{Language: r.search.lang}
			byLang[r.search.lang] = idx
		}
		idx.Pages = append(idx.Pages, r.search.doc)
	}
	for lang, idx := range byLang {
		sort.Slice(idx.Pages, func(i, j int) bool { return idx.Pages[i].URL < idx.Pages[j].URL })
		if idx.Pages == nil {
			idx.Pages = []searchDoc{}
		}
		data, err := json.Marshal(idx)
		if err != nil {
			panic("site: search index: " + err.Error()) // strings only: cannot fail
		}
		w.write(searchIndexPath(lang), "", data)
	}
}

// pageSearch is what a rendered page gives the index.
type pageSearch struct {
	lang string
	doc  searchDoc
}

// searchEntry extracts a page's entry from its HTML: the language of
// <html lang>, and the text of <main> without scripts and styles.
// url is the page's URL with the site's base path.
func searchEntry(j *job, url string, page []byte, siteLang string) *pageSearch {
	lang, text := mainText(page)
	if lang == "" {
		lang = siteLang
	}
	v := j.Data.Page
	return &pageSearch{lang: lang, doc: searchDoc{URL: url, Title: v.Title, Desc: v.Description, Text: text}}
}

// mainText returns the page's <html lang> and the text inside <main>,
// whitespace collapsed, skipping script, style, template, svg and
// noscript (whose end tags the minifier keeps).
func mainText(page []byte) (lang, text string) {
	lx := html.NewLexer(parse.NewInputBytes(page))
	var b strings.Builder
	inMain, skip := 0, 0
	var tag []byte
	space := func() {
		if b.Len() > 0 && !strings.HasSuffix(b.String(), " ") {
			b.WriteByte(' ')
		}
	}
	for {
		tt, data := lx.Next()
		switch tt {
		case html.ErrorToken:
			return lang, strings.TrimSpace(b.String())
		case html.StartTagToken:
			tag = bytes.ToLower(lx.Text())
			switch {
			case string(tag) == "main":
				inMain++
			case inMain > 0 && (skipTag(tag) || skip > 0) && !voidTag(tag):
				skip++
			}
			space()
		case html.AttributeToken:
			key := string(bytes.ToLower(lx.AttrKey()))
			if string(tag) == "html" && key == "lang" {
				lang = strings.Trim(string(lx.AttrVal()), `"'`)
			}
		case html.EndTagToken:
			t := bytes.ToLower(lx.Text())
			switch {
			case skip > 0 && !voidTag(t):
				skip--
			case string(t) == "main" && inMain > 0:
				inMain--
			}
			space()
		case html.TextToken:
			if inMain > 0 && skip == 0 {
				b.WriteString(strings.Join(strings.Fields(stdhtml.UnescapeString(string(data))), " "))
				if len(data) > 0 && isSpace(data[len(data)-1]) {
					space()
				}
			}
		}
	}
}

func skipTag(t []byte) bool {
	switch string(t) {
	case "script", "style", "template", "svg", "noscript":
		return true
	}
	return false
}

func voidTag(t []byte) bool {
	switch string(t) {
	case "br", "img", "input", "hr", "meta", "link", "source", "wbr", "col", "area", "base", "embed", "track":
		return true
	}
	return false
}
