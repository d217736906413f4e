package site

import (
	"reflect"
	"testing"

	"github.com/iecmh/endorse/internal/content"
)

func TestScanHTML(t *testing.T) {
	page := `<html><body><h2 id=intro>x</h2><a name=old></a>
<a href="/a/?q=1&amp;b=2#intro">a</a><a href=b/>b</a><a href=/a/>dup</a>
<img src=/i.png srcset="/i-1.png 1x, /i-2.png 2x" alt="">
<link rel=stylesheet href=/s.css><script src=/j.js></script>
<div data-url="/not-a-link/" title="/nor-this/"></div></body></html>`
	ps := scanHTML([]byte(page))
	ids, links := ps.ids, ps.links
	if want := map[string]bool{"intro": true, "old": true}; !reflect.DeepEqual(ids, want) {
		t.Errorf("ids = %v", ids)
	}
	want := []string{"/a/?q=1&b=2#intro", "b/", "/a/", "/i.png", "/i-1.png", "/i-2.png", "/s.css", "/j.js"}
	if !reflect.DeepEqual(links, want) {
		t.Errorf("links = %q\nwant   %q", links, want)
	}
}

func TestScanHTMLFindsInlineCode(t *testing.T) {
	page := `<script src=/a.js></script><script>x()</script><style>p{}</style><p style="color:red" onclick="y()">t</p><script type=module src=/m.js></script><script type="application/ld+json">{}</script>` +
		`<a href="javascript:alert(1)">a</a><a href=" JavaScript&colon;x()">b</a><a href="java&#9;script:x()">c</a>` +
		`<form action="javascript:void(0)"><button formaction=javascript:go()>d</button></form><iframe src="javascript:''"></iframe>` +
		`<a href="/javascript:not-a-scheme/">e</a><a href="./javascript:x">f</a>`
	want := []string{"inline <script>", "inline <style>", "style attribute on <p>", "onclick attribute on <p>",
		"javascript: URL in href on <a>", "javascript: URL in href on <a>", "javascript: URL in href on <a>",
		"javascript: URL in action on <form>", "javascript: URL in formaction on <button>", "javascript: URL in src on <iframe>"}
	if got := scanHTML([]byte(page)).inline; !reflect.DeepEqual(got, want) {
		t.Errorf("inline = %q\nwant     %q", got, want)
	}
}

func TestCheckLink(t *testing.T) {
	b := &builder{
		content: &content.Content{Site: &content.Site{BaseURL: "https://ex.org/"}},
		funcs:   &funcState{basePath: "/", baseURL: "https://ex.org/"},
	}
	files := map[string]bool{"index.html": true, "about/index.html": true, "apply/fees/index.html": true,
		"assets/css/site.1a2b3c4d.css": true, "doc.pdf": true}
	pages := map[string]map[string]bool{"index.html": {}, "about/index.html": {"team": true}, "apply/fees/index.html": {}}
	ok := []string{"/", "/about/", "/about", "/about/#team", "#top", "", "../../about/", "https://ex.org/about/#team",
		"/assets/css/site.1a2b3c4d.css", "/doc.pdf#page=2", "mailto:x@y.z", "https://other.org/x", "//cdn.org/x", "tel:123",
		"/apply/fees/?ref=1"}
	for _, link := range ok {
		if msg := b.checkLink("/apply/fees/", link, files, pages); msg != "" {
			t.Errorf("%q: %s", link, msg)
		}
	}
	bad := map[string]string{
		"/aply/":                  "no page or file at /aply/",
		"about/":                  "no page or file at /apply/fees/about/",
		"/about/#teem":            `no element with id "teem" on /about/`,
		"#nope":                   `no element with id "nope" on /apply/fees/`,
		"https://ex.org/missing/": "no page or file at /missing/",
	}
	for link, want := range bad {
		if got := b.checkLink("/apply/fees/", link, files, pages); got != want {
			t.Errorf("%q: got %q, want %q", link, got, want)
		}
	}
}

func TestCheckLinkUnderBasePath(t *testing.T) {
	b := &builder{
		content: &content.Content{Site: &content.Site{BaseURL: "https://ex.org/imh/"}},
		funcs:   &funcState{basePath: "/imh/", baseURL: "https://ex.org/imh/"},
	}
	files := map[string]bool{"about/index.html": true, "index.html": true}
	pages := map[string]map[string]bool{"about/index.html": {}, "index.html": {}}
	for _, link := range []string{"/imh/about/", "../", "https://ex.org/imh/about/"} {
		if msg := b.checkLink("/about/", link, files, pages); msg != "" {
			t.Errorf("%q: %s", link, msg)
		}
	}
}

// TestBuildRefusesJavaScriptURLs: a template link to javascript: would do
// nothing under the site's CSP (and is how script injection looks), so the
// build fails at the link in the template, naming the page.
func TestBuildRefusesJavaScriptURLs(t *testing.T) {
	root := project(t, "minimal", nil)
	writeFile(t, root, "templates/home.html", "{{define \"main\"}}<a href=\"javascript:history.back()\">Back</a>{{.Page.Content}}{{end}}")
	_, err := build(t, root, nil)
	if err == nil {
		t.Fatal("build with a javascript: link succeeded")
	}
	if want := "templates/home.html:1:21: javascript: URL in href on <a> would be blocked by the Content-Security-Policy (on /)"; err.Error() != want {
		t.Errorf("error %q, want %q", err, want)
	}
}
