package site

import (
	"html/template"
	"regexp"
	"strings"
)

// headingRE matches the h2 and h3 headings goldmark writes (with the ids
// of parser.WithAutoHeadingID): <h2 id="x">…</h2>.
var headingRE = regexp.MustCompile(`(?s)<h([23]) id="([^"]+)"[^>]*>(.*?)</h[23]>`)

// tagRE strips the markup inside a heading (a link, <code>) for its
// entry in the contents: an entry is one link.
var innerTagRE = regexp.MustCompile(`<[^>]*>`)

// TableOfContents is the page's contents list, as Hugo's
// .TableOfContents: its h2 headings with their h3 headings nested, each a
// link to the heading, in <nav id="TableOfContents">; "" for a page with
// fewer than two headings. Templates show it where the front matter asks
// (toc = true, as Hugo themes do).
func (v *PageView) TableOfContents() template.HTML {
	hs := headingRE.FindAllStringSubmatch(string(v.Content), -1)
	if len(hs) < 2 {
		return ""
	}
	var b strings.Builder
	b.WriteString(`<nav id="TableOfContents" aria-label="Contents"><ul>`)
	open3 := false // an h3 list is open under the last h2
	for i, h := range hs {
		level, id, text := h[1], h[2], strings.TrimSpace(innerTagRE.ReplaceAllString(h[3], ""))
		switch {
		case level == "3" && !open3 && i > 0:
			b.WriteString("<ul>")
			open3 = true
		case level == "2" && open3:
			b.WriteString("</li></ul></li>")
			open3 = false
		case i > 0:
			b.WriteString("</li>")
		}
		b.WriteString(`<li><a href="#` + id + `">` + text + `</a>`)
	}
	if open3 {
		b.WriteString("</li></ul>")
	}
	b.WriteString("</li></ul></nav>")
	return template.HTML(b.String())
}
