package site

import (
	"bytes"
	"io/fs"
	"net/url"
	"path"
	"strconv"
	"strings"

	"github.com/iecmh/endorse/internal/content"
	"github.com/iecmh/endorse/internal/diag"
)

// checkLinks reports every internal link whose target file or anchor does
// not exist. files holds every output path; results carry each page's ids.
func (b *builder) checkLinks(results []result, files map[string]bool) diag.List {
	return b.checkLinksOf(results, results, files)
}

// checkLinksOf checks the links of the pages in check against the ids of
// every page in all.
func (b *builder) checkLinksOf(all, check []result, files map[string]bool) diag.List {
	var l diag.List
	pages := make(map[string]map[string]bool, len(all)) // output path → ids
	for _, r := range all {
		pages[r.job.Out] = r.ids
	}
	memo := map[string]string{} // answers for links that mean the same on every page
	var shared brokenLinks
	srcs := sources{fsys: b.fsys}
	for _, r := range check {
		for _, link := range r.links {
			msg, ok := memo[link]
			if !ok {
				msg = b.checkLink(r.job.URL, link, files, pages)
				if pageIndependent(link) {
					memo[link] = msg
				}
			}
			if msg == "" {
				continue
			}
			if d, inTemplate := b.linkDiag(&srcs, r.job, link, msg); inTemplate {
				shared.add(d, link, msg, r.job.URL)
			} else {
				l = append(l, d)
			}
		}
	}
	return append(l, shared.diags()...)
}

// brokenLinks groups the broken links written in templates by place: a
// link in a partial breaks on every page that uses it, and is one problem
// (issue 9, defect 10), reported with the pages it breaks.
type brokenLinks struct {
	order []brokenLink
	pages map[brokenLink][]string
}

type brokenLink struct {
	file      string
	line, col int
	link, why string
}

func (g *brokenLinks) add(d diag.Diagnostic, link, why, page string) {
	k := brokenLink{d.File, d.Line, d.Col, link, why}
	if g.pages == nil {
		g.pages = map[brokenLink][]string{}
	}
	if _, seen := g.pages[k]; !seen {
		g.order = append(g.order, k)
	}
	g.pages[k] = append(g.pages[k], page)
}

func (g *brokenLinks) diags() diag.List {
	var l diag.List
	for _, k := range g.order {
		l.Add(k.file, k.line, k.col, "broken link "+strconv.Quote(k.link)+": "+k.why+" "+onPages(g.pages[k]))
	}
	return l
}

// pageIndependent reports whether a link resolves the same from any page:
// a path from the site root or a URL with a scheme (nav, footer, asset and
// cross-page links, most of a large site's links).
func pageIndependent(link string) bool {
	return strings.HasPrefix(link, "/") || strings.Contains(link, "://")
}

// checkLink returns "" when link resolves, else why it does not.
func (b *builder) checkLink(from, link string, files map[string]bool, pages map[string]map[string]bool) string {
	target, frag, internal := b.resolve(from, link)
	if !internal {
		return ""
	}
	file, ok := targetFile(target, files)
	if !ok {
		return "no page or file at " + target
	}
	ids, isPage := pages[file]
	if frag == "" || frag == "top" || !isPage || ids[frag] {
		return ""
	}
	return "no element with id " + strconv.Quote(frag) + " on " + urlOfOut(file)
}

// resolve turns a link on page from into a site path and fragment; internal
// is false for other sites, mailto: and the like.
func (b *builder) resolve(from, link string) (target, frag string, internal bool) {
	base := b.content.Site.BaseURL
	if base != "" && strings.HasPrefix(link, base) {
		link = "/" + strings.TrimPrefix(link, base)
	}
	u, err := url.Parse(link)
	if err != nil || u.Scheme != "" || u.Host != "" || strings.HasPrefix(link, "//") {
		return "", "", err != nil
	}
	abs := (&url.URL{Path: b.funcs.basePath + strings.TrimPrefix(from, "/")}).ResolveReference(u)
	p := strings.TrimPrefix(abs.Path, strings.TrimSuffix(b.funcs.basePath, "/"))
	return "/" + strings.TrimPrefix(p, "/"), u.Fragment, true
}

// targetFile finds the output file a site path serves: the file itself, or
// its index.html.
func targetFile(p string, files map[string]bool) (string, bool) {
	rel := strings.TrimPrefix(p, "/")
	for _, c := range []string{rel, path.Join(rel, "index.html")} {
		if c == "." || c == "" {
			c = "index.html"
		}
		if files[c] {
			return c, true
		}
	}
	if rel == "" && files["index.html"] {
		return "index.html", true
	}
	return "", false
}

// urlOfOut is the inverse of outPath.
func urlOfOut(file string) string {
	return "/" + strings.TrimSuffix(file, "index.html")
}

// linkDiag names where the broken link was written: the ref or relref
// shortcode that made it, else the page's source
// file with the link's position when its text occurs there, else the
// page's template or a file of the shell (base.html, partials), else
// content/site.toml when the link comes from the navigation or footer
// every page shares, else the page's source file. inTemplate is true for
// a link found in a template: it is the same problem on every page.
func (b *builder) linkDiag(srcs *sources, j *job, link, why string) (d diag.Diagnostic, inTemplate bool) {
	d = diag.Diagnostic{File: j.File, Message: "broken link " + strconv.Quote(link) + " in " + j.URL + ": " + why}
	if line, col := b.refPosition(j, link); line > 0 {
		d.Line, d.Col = line, col
		return d, false
	}
	files := append([]string{j.File, j.Template}, b.tmpl.shared...)
	for _, f := range append(files, content.SiteFile) {
		if line, col := findIn(srcs.get(f), link); line > 0 {
			d.File, d.Line, d.Col = f, line, col
			if f == content.SiteFile {
				d.Message = "broken link " + strconv.Quote(link) + " (on every page): " + why
			}
			return d, strings.HasPrefix(f, TemplateDir+"/")
		}
	}
	return d, false
}

// sources reads project files once per link check (a broken link in a
// partial is looked up for every page).
type sources struct {
	fsys fs.FS
	m    map[string][]byte
}

func (s *sources) get(file string) []byte {
	if src, ok := s.m[file]; ok {
		return src
	}
	if s.m == nil {
		s.m = map[string][]byte{}
	}
	src, _ := fs.ReadFile(s.fsys, file)
	s.m[file] = src
	return src
}

// findIn returns the position of the first occurrence of s in src, or 0, 0.
func findIn(src []byte, s string) (line, col int) {
	for off := 0; ; {
		i := bytes.Index(src[off:], []byte(s))
		if i < 0 {
			return 0, 0
		}
		end := off + i + len(s)
		if end == len(src) || !isURLByte(src[end]) {
			return diag.LineCol(src, off+i)
		}
		off = end
	}
}

// isURLByte reports whether c may continue a URL (so "/a/" inside "/a/b/"
// is not taken for a link to "/a/").
func isURLByte(c byte) bool {
	return c == '/' || c == '-' || c == '_' || c == '.' || c == '~' || c == '%' ||
		('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9')
}
