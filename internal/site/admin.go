package site

import (
	"errors"
	"io/fs"

	"github.com/iecmh/endorse/internal/admin"
	"github.com/iecmh/endorse/internal/content"
	"github.com/iecmh/endorse/internal/diag"
	"github.com/iecmh/endorse/internal/inputfs"
)

// The editor at /admin/ (internal/admin) is published when site.toml has
// an [admin] table: Decap CMS's files from .cms/node_modules (npm), the
// configuration generated from the loaded content and rules, the page
// and its script. A build on a machine without the CMS installed still
// succeeds: it leaves /admin/ out and warns how to install it (`make
// cms`), so `endorse build` needs no npm; netlify.toml's build command
// installs it first (NetlifyTOML).

// writeAdmin publishes the editor when site.toml asks for it.
func (b *builder) writeAdmin(w *writer) diag.List {
	s := b.content.Site
	if s.Admin == nil {
		return nil
	}
	var l diag.List
	if p := b.content.Page(admin.Prefix); p != nil {
		l.Add(p.File, 0, 0, "URL "+admin.Prefix+" is the editor's ([admin] in "+content.SiteFile+"): move this page")
		return l
	}
	files, err := admin.DistFiles(b.fsys)
	if errors.Is(err, admin.ErrNotInstalled) {
		b.warnings = append(b.warnings, content.SiteFile+": [admin]: "+err.Error()+"; "+admin.Prefix+" was left out")
		return nil
	}
	if err != nil {
		l.Add(admin.DistDir, 0, 0, "cannot read: "+inputfs.Cause(err))
		return l
	}
	for _, f := range files {
		data, err := fs.ReadFile(b.fsys, f)
		if err != nil {
			l.Add(f, 0, 0, "cannot read: "+inputfs.Cause(err))
			continue
		}
		w.write(admin.OutPath(f), f, data)
	}
	page := admin.Page{Lang: s.Language, Title: s.Title}
	if a, ok := b.manifest.Get("img/favicon.svg"); ok {
		page.Icon = a.URL
	}
	if a, ok := b.manifest.Get("css/site.css"); ok {
		page.PreviewCSS = a.URL
	}
	w.write(admin.OutDir+"index.html", content.SiteFile, page.HTML())
	w.write(admin.OutDir+"admin.js", content.SiteFile, admin.Script())
	w.write(admin.OutDir+"config.json", content.SiteFile, admin.NewConfig(b.content, b.model).JSON())
	return l
}
