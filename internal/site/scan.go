package site

import (
	"bytes"
	stdhtml "html"
	"strings"

	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/html"
)

// linkAttrs names, per attribute, the elements whose value is a URL the
// link checker follows (a nil set = any element).
var linkAttrs = map[string]map[string]bool{
	"href":   {"a": true, "area": true, "link": true},
	"src":    {"img": true, "script": true, "iframe": true, "source": true, "audio": true, "video": true, "track": true, "embed": true, "input": true},
	"srcset": {"img": true, "source": true},
	"poster": {"video": true},
	"data":   {"object": true},
	"action": {"form": true},
}

// pageScan is what the link checker and the CSP check learn from a page.
type pageScan struct {
	ids    map[string]bool
	links  []string
	inline []string // CSP violations: "inline <script>", "style attribute on <p>", …
	dupIDs []string // ids defined more than once
	seen   map[string]bool
	tag    string
	hasSrc bool
}

// scanHTML returns the ids defined in a page (id attributes and <a name>),
// every URL it refers to (each once), ids defined twice, and what a strict
// CSP would block: <script> without src, <style>, style="" and on*=""
// attributes.
func scanHTML(page []byte) pageScan {
	ps := pageScan{ids: map[string]bool{}, seen: map[string]bool{}}
	lx := html.NewLexer(parse.NewInputBytes(page))
	for {
		tt, data := lx.Next()
		switch tt {
		case html.ErrorToken:
			return ps
		case html.StartTagToken:
			ps.tag, ps.hasSrc = strings.ToLower(string(data[1:])), false
		case html.StartTagCloseToken, html.StartTagVoidToken:
			ps.closeTag()
		case html.AttributeToken:
			ps.attr(strings.ToLower(string(lx.AttrKey())), stdhtml.UnescapeString(string(bytes.Trim(lx.AttrVal(), `"'`))))
		}
	}
}

func (ps *pageScan) attr(key, val string) {
	switch {
	case key == "id" || (key == "name" && ps.tag == "a"):
		if ps.ids[val] && key == "id" {
			ps.dupIDs = append(ps.dupIDs, val)
		}
		ps.ids[val] = true
	case key == "style" || strings.HasPrefix(key, "on"):
		ps.inline = append(ps.inline, key+" attribute on <"+ps.tag+">")
	case key == "src" && ps.tag == "script":
		ps.hasSrc = true
	case key == "type" && ps.tag == "script" && !isJSType(val):
		ps.hasSrc = true // a data block such as application/ld+json runs nothing
	}
	if elems, ok := linkAttrs[key]; ok && elems[ps.tag] {
		ps.links = appendNew(ps.links, ps.seen, splitURLs(key, val))
	}
}

func isJSType(t string) bool {
	t = strings.ToLower(strings.TrimSpace(t))
	return t == "" || t == "module" || t == "text/javascript" || t == "application/javascript"
}

func (ps *pageScan) closeTag() {
	if (ps.tag == "script" && !ps.hasSrc) || ps.tag == "style" {
		ps.inline = append(ps.inline, "inline <"+ps.tag+">")
	}
	ps.tag = ""
}

// appendNew appends the URLs not seen before.
func appendNew(links []string, seen map[string]bool, urls []string) []string {
	for _, u := range urls {
		if !seen[u] {
			seen[u] = true
			links = append(links, u)
		}
	}
	return links
}

// splitURLs returns the URLs of an attribute value: one, or each candidate
// of a srcset ("a.png 1x, b.png 2x").
func splitURLs(attr, val string) []string {
	if attr != "srcset" {
		return []string{strings.TrimSpace(val)}
	}
	var out []string
	for _, cand := range strings.Split(val, ",") {
		if f := strings.Fields(cand); len(f) > 0 {
			out = append(out, f[0])
		}
	}
	return out
}
