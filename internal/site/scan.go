package site

import (
	"bytes"
	stdhtml "html"
	"strings"
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
	at     []int    // byte offset of each violation (its tag or attribute)
	dupIDs []string // ids defined more than once
	seen   map[string]bool
	tag    string
	tagAt  int
	hasSrc bool
}

// scanHTML returns the ids defined in a page (id attributes and <a name>),
// every URL it refers to (each once), ids defined twice, and what a strict
// CSP would block: <script> without src, <style>, style="" and on*=""
// attributes, and javascript: URLs.
func scanHTML(page []byte) pageScan {
	ps := pageScan{ids: map[string]bool{}, seen: map[string]bool{}}
	lx := tagLexer{src: page}
	for {
		name, ok := lx.next()
		if !ok {
			return ps
		}
		ps.tag, ps.tagAt, ps.hasSrc = tagName(name), lx.pos-len(name)-1, false
		for {
			key, val, ok := lx.attr()
			if !ok {
				break
			}
			if k, wanted := wantedAttr(key); wanted {
				ps.attr(k, attrValue(val), lx.keyAt)
			}
		}
		if lx.eof {
			return ps // an unclosed tag at the end is not an element
		}
		tag := ps.tag
		ps.closeTag()
		if rawText(tag) {
			lx.skipRawText(tag)
		}
	}
}

// tagName returns a start tag's lower-case name, without allocating for
// the elements pages are made of.
func tagName(b []byte) string {
	if t, ok := commonTags[string(b)]; ok {
		return t
	}
	return strings.ToLower(string(b))
}

// commonTags interns the usual element names (read-only after init).
var commonTags = func() map[string]string {
	m := map[string]string{}
	for _, t := range strings.Fields("a abbr article aside b blockquote body br button caption code dd del details div dl dt em fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr html i img input label legend li link main meta nav ol option p pre script section select small source span strong sub summary sup table tbody td textarea tfoot th thead time title tr ul") {
		m[t] = t
	}
	return m
}()

// wantedAttr returns the lower-case name of an attribute attr looks at
// (ids, CSP-relevant and URL attributes), or false for any other, without
// allocating for the common ones.
func wantedAttr(k []byte) (string, bool) {
	if len(k) >= 2 && (k[0]|0x20) == 'o' && (k[1]|0x20) == 'n' {
		return strings.ToLower(string(k)), true
	}
	for _, name := range scannedAttrs {
		if len(k) == len(name) && (string(k) == name || strings.EqualFold(string(k), name)) {
			return name, true
		}
	}
	return "", false
}

// scannedAttrs are the attributes (besides on*) pageScan.attr acts on.
var scannedAttrs = []string{"id", "name", "style", "src", "type", "href", "srcset", "poster", "data", "action", "formaction"}

// attrValue is an attribute value unquoted, with character references
// decoded.
func attrValue(v []byte) string {
	v = bytes.Trim(v, `"'`)
	if bytes.IndexByte(v, '&') < 0 {
		return string(v)
	}
	return stdhtml.UnescapeString(string(v))
}

// attr notes one attribute of the current tag; at is its offset.
func (ps *pageScan) attr(key, val string, at int) {
	switch {
	case key == "id" || (key == "name" && ps.tag == "a"):
		if ps.ids[val] && key == "id" {
			ps.dupIDs = append(ps.dupIDs, val)
		}
		ps.ids[val] = true
	case key == "style" || strings.HasPrefix(key, "on"):
		ps.blocked(key+" attribute on <"+ps.tag+">", at)
	case urlAttrs[key] && isJavaScriptURL(val):
		ps.blocked("javascript: URL in "+key+" on <"+ps.tag+">", at)
		return // not a link to check
	case key == "src" && ps.tag == "script":
		ps.hasSrc = true
	case key == "type" && ps.tag == "script" && !isJSType(val):
		ps.hasSrc = true // a data block such as application/ld+json runs nothing
	}
	if elems, ok := linkAttrs[key]; ok && elems[ps.tag] {
		ps.links = appendNew(ps.links, ps.seen, splitURLs(key, val))
	}
}

// urlAttrs are the scanned attributes whose value is a URL on any element:
// a javascript: URL there runs code the CSP blocks (script-src has no
// 'unsafe-inline'), so the page would break.
var urlAttrs = map[string]bool{"href": true, "src": true, "action": true, "data": true, "poster": true, "formaction": true}

// isJavaScriptURL reports a javascript: URL the way browsers parse the
// scheme (URL Standard): leading and trailing spaces and C0 controls
// stripped, tabs and newlines removed anywhere, case ignored.
func isJavaScriptURL(v string) bool {
	v = strings.TrimFunc(v, func(r rune) bool { return r <= ' ' })
	v = strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return -1
		}
		return r
	}, v)
	return len(v) >= len("javascript:") && strings.EqualFold(v[:len("javascript:")], "javascript:")
}

func isJSType(t string) bool {
	t = strings.ToLower(strings.TrimSpace(t))
	return t == "" || t == "module" || t == "text/javascript" || t == "application/javascript"
}

func (ps *pageScan) closeTag() {
	if (ps.tag == "script" && !ps.hasSrc) || ps.tag == "style" {
		ps.blocked("inline <"+ps.tag+">", ps.tagAt)
	}
	ps.tag = ""
}

// blocked records what the CSP would block, and where.
func (ps *pageScan) blocked(what string, at int) {
	ps.inline = append(ps.inline, what)
	ps.at = append(ps.at, at)
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
