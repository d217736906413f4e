package site

import (
	"html/template"
	"testing"
)

// TestTableOfContents: h2 headings with their h3 headings nested, the
// markup inside a heading dropped, nothing for a page with one heading.
func TestTableOfContents(t *testing.T) {
	v := &PageView{Content: template.HTML(`<p>Intro</p><h2 id="a">Choosing</h2><h3 id="a1">Is <em>higher</em> better?</h3><h3 id="a2">Two?</h3>` +
		`<h2 id="b">Cost</h2><h2 id="c">Courses</h2><h3 id="c1">Same as <a href="/x/">endorsement</a>?</h3>`)}
	want := `<nav id="TableOfContents" aria-label="Contents"><ul><li><a href="#a">Choosing</a><ul><li><a href="#a1">Is higher better?</a></li><li><a href="#a2">Two?</a></li></ul></li>` +
		`<li><a href="#b">Cost</a></li><li><a href="#c">Courses</a><ul><li><a href="#c1">Same as endorsement?</a></li></ul></li></ul></nav>`
	if got := string(v.TableOfContents()); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if got := (&PageView{Content: `<h2 id="x">Only</h2>`}).TableOfContents(); got != "" {
		t.Errorf("one heading: %s", got)
	}
}

// TestFAQContents: the example site's FAQ (toc = true) opens with a
// contents list whose links all reach its questions (the build's link
// checker fails on a broken anchor); a page without toc has none.
func TestFAQContents(t *testing.T) {
	root := hugoSite(t, "")
	mustBuild(t, root, nil)
	assertFileContent(t, root, "faq/index.html", `<h2 class=page-toc__title id=contents>Contents</h2><nav id=TableOfContents aria-label=Contents><ul><li><a href=#choosing-a-category>Choosing a category</a><ul><li><a href=#i-have-a-masters-degree`,
		`<a href=#cost>Cost</a>`)
	assertFileContent(t, root, "privacy/index.html", "! TableOfContents")
}
