// Package searchindex makes the site search's index from rendered pages:
// every page's title, description and the text of its <main> go into one
// index per language, /search/<language>.json, which static/js/search.js
// loads on the search page and searches in the browser. internal/site
// decides which pages go in and writes the files; nothing is sent to a
// server.
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
package searchindex

import (
	"bytes"
	"encoding/json"
	stdhtml "html"
	"sort"
	"strings"

	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/html"
)

// Doc is one page in the index: URL, title, description, text.
type Doc struct {
	URL   string `json:"u"`
	Title string `json:"t"`
	Desc  string `json:"d,omitempty"`
	Text  string `json:"x"`
}

// index is the file format of /search/<language>.json.
type index struct {
	Language string `json:"language"`
	Pages    []Doc  `json:"pages"`
}

// Path is the output path of a language's index.
func Path(lang string) string { return "search/" + lang + ".json" }

// Encode is the index file of one language: its pages in URL order
// (deterministic whatever order they were rendered in).
func Encode(lang string, pages []Doc) []byte {
	pages = append([]Doc{}, pages...)
	sort.Slice(pages, func(i, j int) bool { return pages[i].URL < pages[j].URL })
	data, err := json.Marshal(index{Language: lang, Pages: pages})
	if err != nil {
		panic("searchindex: " + err.Error()) // strings only: cannot fail
	}
	return data
}

// MainText returns the page's <html lang> and the text inside <main>,
// whitespace collapsed, skipping script, style, template, svg and
// noscript (whose end tags the minifier keeps).
func MainText(page []byte) (lang, text string) {
	lx := html.NewLexer(parse.NewInputBytes(page))
	var m mainText
	for {
		tt, data := lx.Next()
		switch tt {
		case html.ErrorToken:
			return m.lang, strings.TrimSpace(m.b.String())
		case html.StartTagToken:
			m.start(bytes.ToLower(lx.Text()))
		case html.AttributeToken:
			if string(m.tag) == "html" && string(bytes.ToLower(lx.AttrKey())) == "lang" {
				m.lang = strings.Trim(string(lx.AttrVal()), `"'`)
			}
		case html.EndTagToken:
			m.end(bytes.ToLower(lx.Text()))
		case html.TextToken:
			m.text(data)
		}
	}
}

// mainText is MainText's state: the text so far, how deep in <main> and
// in skipped elements the lexer is, the open tag and the page's language.
type mainText struct {
	b            strings.Builder
	inMain, skip int
	tag          []byte
	lang         string
}

// start opens an element: <main>, or one whose text is skipped (or is
// inside one). A tag separates words.
func (m *mainText) start(tag []byte) {
	m.tag = tag
	switch {
	case string(tag) == "main":
		m.inMain++
	case m.inMain > 0 && (skipTag(tag) || m.skip > 0) && !voidTag(tag):
		m.skip++
	}
	m.space()
}

// end closes what start opened.
func (m *mainText) end(tag []byte) {
	switch {
	case m.skip > 0 && !voidTag(tag):
		m.skip--
	case string(tag) == "main" && m.inMain > 0:
		m.inMain--
	}
	m.space()
}

// text adds the words of a text token inside <main> and outside skipped
// elements, entities decoded.
func (m *mainText) text(data []byte) {
	if m.inMain == 0 || m.skip > 0 {
		return
	}
	m.b.WriteString(strings.Join(strings.Fields(stdhtml.UnescapeString(string(data))), " "))
	if len(data) > 0 && isSpace(data[len(data)-1]) {
		m.space()
	}
}

// space ends a word, once.
func (m *mainText) space() {
	if m.b.Len() > 0 && !strings.HasSuffix(m.b.String(), " ") {
		m.b.WriteByte(' ')
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

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }
