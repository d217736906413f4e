package site

import (
	"reflect"
	"strings"
	"testing"
)

// FuzzScanHTML: the tag scanner never panics or loops on any bytes (a page
// is whatever a template and its data made).
func FuzzScanHTML(f *testing.F) {
	for _, s := range []string{`<a href=/x/ id=y>`, `<script>"</script>`, `<!--`, `<a href="`, `<p style=x onclick=y>`, "<\x00a>", `<textarea><a id=x></textarea>`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, page []byte) { scanHTML(page) })
}

// FuzzScanMatchesGeneralLexer checks the fast scanner against scanReference
// (tdewolff's general HTML lexer) on well-formed pages built from fuzzed
// parts: a tag name, an attribute name and value (written quoted, single
// quoted or bare as HTML allows) and text. On malformed markup cut off
// mid-tag the two may legitimately differ (the scanner drops a tag that is
// never closed), which is outside what a minified page can contain.
func FuzzScanMatchesGeneralLexer(f *testing.F) {
	f.Add("a", "href", "/x/#y", "text", uint8(0))
	f.Add("script", "src", "/s.js", "var a = '<a href=/no/>'", uint8(1))
	f.Add("img", "srcset", "/a.png 1x, /b.png 2x", "<b>", uint8(2))
	f.Add("p", "onclick", "go()", "a < b", uint8(0))
	f.Add("form", "action", "javascript:void(0)", "", uint8(1))
	f.Fuzz(func(t *testing.T, tag, attr, value, text string, quote uint8) {
		if !isName(tag) || !isName(attr) || strings.ContainsAny(text, "<&") {
			return
		}
		var v string
		switch quote % 3 {
		case 0:
			if strings.Contains(value, `"`) {
				return
			}
			v = `"` + value + `"`
		case 1:
			if strings.Contains(value, `'`) {
				return
			}
			v = `'` + value + `'`
		default:
			if value == "" || strings.ContainsAny(value, " \t\n\f\r\"'=<>`&") {
				return
			}
			v = value
		}
		if strings.Contains(v, "&") {
			return
		}
		page := "<!doctype html><html><body><p id=top>" + text + "</p><" + tag + " " + attr + "=" + v + ">" + text + "</" + tag + "><a href=/end/>e</a></body></html>"
		if rawText(strings.ToLower(tag)) {
			page = "<!doctype html><html><body><" + tag + " " + attr + "=" + v + "></" + tag + "><a href=/end/>e</a></body></html>"
		}
		got, want := scanHTML([]byte(page)), scanReference([]byte(page))
		got.seen, want.seen = nil, nil
		got.at, got.tagAt, want.at, want.tagAt = nil, 0, nil, 0 // positions: not tracked by the reference
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s\n got %+v\nwant %+v", page, got, want)
		}
	})
}

// isName reports an HTML tag or attribute name of ASCII letters, digits
// and hyphens starting with a letter.
func isName(s string) bool {
	if s == "" || len(s) > 20 {
		return false
	}
	for i, c := range s {
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if !letter && (i == 0 || !(c >= '0' && c <= '9' || c == '-')) {
			return false
		}
	}
	return true
}
