package content

import (
	"net/url"
	"regexp"
	"strconv"

	"github.com/iecmh/endorse/internal/diag"
)

// Admin is the [admin] table of site.toml: the browser editor published
// at /admin/ (Decap CMS; see internal/cms). It is opt-in: a site that does
// not set enabled = true ships no editor.
type Admin struct {
	Enabled bool `toml:"enabled"`
	// Backend is where the editor saves: "github" (default) or "gitlab",
	// through the git host's API after the volunteer signs in.
	Backend string `toml:"backend"`
	// Repo is the repository, "owner/name".
	Repo string `toml:"repo"`
	// Branch is the branch edits are committed to; default "main".
	Branch string `toml:"branch"`
	// AuthURL is the OAuth service that signs volunteers in to the git
	// host (Decap's base_url): a GitHub OAuth app's small token exchange,
	// run by the association. Empty: Decap's default, Netlify's, which
	// needs the site to be on Netlify.
	AuthURL string `toml:"auth_url"`
}

var repoName = regexp.MustCompile(`^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$`)

// validateAdmin checks the [admin] table when the editor is enabled.
func validateAdmin(a Admin, src []byte) diag.List {
	var l diag.List
	if !a.Enabled {
		return nil
	}
	switch a.Backend {
	case "", "github", "gitlab":
	default:
		addKeyErr(&l, SiteFile, src, 0, "admin.backend", "must be \"github\" or \"gitlab\", not "+strconv.Quote(a.Backend))
	}
	if !repoName.MatchString(a.Repo) {
		addKeyErr(&l, SiteFile, src, 0, "admin.repo", "must name the repository the editor saves to, as \"owner/name\"")
	}
	if a.AuthURL != "" {
		if u, err := url.Parse(a.AuthURL); err != nil || u.Scheme != "https" || u.Host == "" {
			addKeyErr(&l, SiteFile, src, 0, "admin.auth_url", "must be an https URL such as \"https://auth.example.org\"")
		}
	}
	return l
}

// Search is the [search] table of site.toml.
type Search struct {
	// Disabled leaves the search box, the /search/ page's search and the
	// index out. By default the build indexes the site with Pagefind.
	Disabled bool `toml:"disabled"`
}
