package site

import "github.com/iecmh/endorse/internal/content"

// AdminPrefix is the URL path of the browser editor.
const AdminPrefix = "/admin/"

// AdminCSP is the Content-Security-Policy of /admin/, as strict as Decap
// CMS allows (measured in TestAdminEditsInBrowser): its bundle compiles
// code with new Function and injects <style> elements, and it talks to
// the git host's API.
const AdminCSP = "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https://avatars.githubusercontent.com; connect-src 'self' https://api.github.com https://gitlab.com; frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"

// adminEnabled reports whether the site publishes the editor.
func adminEnabled(s *content.Site) bool { return s.Admin.Enabled }

// headers is the site's header table.
func (b *builder) headers() []HeaderRule {
	return SiteHeaders(b.content.Site, adminEnabled(b.content.Site))
}
