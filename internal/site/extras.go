package site

import (
	"io/fs"
	"path"
	"strings"

	"github.com/iecmh/endorse/internal/content"
	"github.com/iecmh/endorse/internal/diag"
	"github.com/iecmh/endorse/internal/inputfs"
)

// writeExtras writes everything besides pages and assets: files copied
// from content/, alias pages and _redirects, sitemap.xml, robots.txt,
// _headers, the editor at /admin/ and the output marker.
func (b *builder) writeExtras(w *writer) diag.List {
	l := b.copyContentFiles(w)
	as, al := b.aliases(w)
	l.Merge(al)
	for _, a := range as {
		w.write(aliasOut(a.From), a.File, aliasHTML(b.content.Site.Language, b.funcs.relURL(a.To), absURL(b.content.Site.BaseURL, a.To)))
	}
	w.write("_redirects", "", redirectsFile(as))
	w.write("sitemap.xml", "", sitemapXML(b.content.Site.BaseURL, b.sitemapURLs()))
	w.write("robots.txt", "", robotsTXT(b.content.Site.BaseURL))
	w.write("_headers", "", HeadersFile(SiteHeaders(b.content.Site)))
	b.writeEmbedHost(w)
	l.Merge(b.writeAdmin(w))
	w.write(Marker, "", []byte(markerText))
	return l
}

// copyContentFiles copies non-Markdown files of content/ to the same path
// below the output (content/apply/form.pdf → /apply/form.pdf).
func (b *builder) copyContentFiles(w *writer) diag.List {
	var l diag.List
	for _, f := range b.content.Files {
		data, err := fs.ReadFile(b.fsys, f)
		if err != nil {
			l.Add(f, 0, 0, "cannot read: "+inputfs.Cause(err))
			continue
		}
		w.write(strings.TrimPrefix(f, content.Dir+"/"), f, data)
	}
	return l
}

// aliases collects every page's aliases, refusing one that would replace a
// page or file.
func (b *builder) aliases(w *writer) ([]alias, diag.List) {
	var l diag.List
	var out []alias
	seen := map[string]string{}
	for _, p := range b.content.Pages {
		for _, a := range p.Aliases {
			if w.exists(aliasOut(a)) || seen[a] != "" {
				line, col := p.KeyPos("aliases")
				l.Add(p.File, line, col, "alias "+a+" clashes with an existing page or alias")
				continue
			}
			seen[a] = p.File
			out = append(out, alias{From: a, To: p.URL, File: p.File})
		}
	}
	return out, l
}

// aliasOut is the file an alias page is written to: "/old/" and "/old" →
// "old/index.html", "/old.html" → "old.html".
func aliasOut(a string) string {
	if path.Ext(a) != "" {
		return strings.TrimPrefix(a, "/")
	}
	return outPath(strings.TrimSuffix(a, "/") + "/")
}

// sitemapURLs lists the URLs of pages meant for the sitemap.
func (b *builder) sitemapURLs() []string {
	var out []string
	for _, j := range b.jobs {
		if j.Sitemap {
			out = append(out, j.URL)
		}
	}
	return out
}
