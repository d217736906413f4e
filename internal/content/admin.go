package content

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"

	"github.com/iecmh/endorse/internal/diag"
)

// Admin is the [admin] table of site.toml: the editor at /admin/ where the
// association's volunteers edit pages, courses and settings in the
// browser (Decap CMS; see internal/admin). Without the table the site
// publishes no editor. The keys are Decap's backend settings: how the
// editor signs people in and which repository it saves to
// (https://decapcms.org/docs/backends-overview/).
type Admin struct {
	// Backend is the git host the editor saves to: "github" (the
	// default), "gitlab" or "gitea".
	Backend string `toml:"backend"`
	// Repo is the repository, "owner/name" (required; GitLab may nest
	// groups: "group/subgroup/name").
	Repo string `toml:"repo"`
	// Branch is the branch the editor commits to; default "main".
	Branch string `toml:"branch"`
	// BaseURL is the sign-in service: for GitHub an OAuth client (the
	// default, Netlify's https://api.netlify.com, serves sites on
	// Netlify); for GitLab and Gitea the server itself.
	BaseURL string `toml:"base_url"`
	// AuthEndpoint is the sign-in path on BaseURL (default Decap's).
	AuthEndpoint string `toml:"auth_endpoint"`
	// APIRoot is the git host's API: for GitHub Enterprise, a
	// self-hosted GitLab, and Gitea (required there).
	APIRoot string `toml:"api_root"`
	// AuthType "pkce" signs in to GitLab with no server of one's own
	// (Gitea always does); it needs AppID.
	AuthType string `toml:"auth_type"`
	// AppID is the OAuth application's client id (GitLab with PKCE, Gitea).
	AppID string `toml:"app_id"`
}

// Admin backends the editor supports: the git hosts Decap CMS can sign in
// to without Netlify Identity (deprecated).
const (
	BackendGitHub = "github"
	BackendGitLab = "gitlab"
	BackendGitea  = "gitea"
)

// DefaultBranch is the branch the editor commits to when [admin] names none.
const DefaultBranch = "main"

// BackendName is Backend with its default.
func (a *Admin) BackendName() string {
	if a.Backend == "" {
		return BackendGitHub
	}
	return a.Backend
}

// BranchName is Branch with its default.
func (a *Admin) BranchName() string {
	if a.Branch == "" {
		return DefaultBranch
	}
	return a.Branch
}

// APIOrigin is the origin the editor calls to read and save files: the
// origin of APIRoot, else the backend's public service.
func (a *Admin) APIOrigin() string {
	if o := urlOrigin(a.APIRoot); o != "" {
		return o
	}
	switch a.BackendName() {
	case BackendGitHub:
		return "https://api.github.com"
	case BackendGitLab:
		return "https://gitlab.com"
	}
	return ""
}

// SignInOrigin is the origin the browser itself fetches a sign-in token
// from: BaseURL's (gitlab.com by default) with PKCE, which GitLab and
// Gitea use; "" when sign-in happens in a window of the sign-in service.
func (a *Admin) SignInOrigin() string {
	if a.AuthType != "pkce" && a.BackendName() != BackendGitea {
		return ""
	}
	if o := urlOrigin(a.BaseURL); o != "" {
		return o
	}
	if a.BackendName() == BackendGitLab {
		return "https://gitlab.com"
	}
	return ""
}

// urlOrigin is scheme://host[:port] of an absolute URL, or "".
func urlOrigin(s string) string {
	u, err := url.Parse(s)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return ""
	}
	return strings.ToLower(u.Scheme) + "://" + strings.ToLower(u.Host)
}

// repoPattern is "owner/name", with GitLab's nested groups.
var repoPattern = regexp.MustCompile(`^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+$`)

// validateAdmin reports each wrong [admin] key at its position.
func validateAdmin(a *Admin, src []byte) diag.List {
	var l diag.List
	if a == nil {
		return nil
	}
	bad := func(key, msg string) { addKeyErr(&l, SiteFile, src, "admin."+key, "admin."+key+": "+msg) }
	switch a.Backend {
	case "", BackendGitHub, BackendGitLab, BackendGitea:
	default:
		bad("backend", strconv.Quote(a.Backend)+" is not a backend the editor supports: use \"github\", \"gitlab\" or \"gitea\"")
	}
	if a.Repo == "" {
		l.AddField(SiteFile, "admin.repo", "required: the repository the editor saves to, such as \"npaimh/endorse-site\"")
	} else if !repoPattern.MatchString(a.Repo) {
		bad("repo", "must be \"owner/name\", such as \"npaimh/endorse-site\"")
	}
	for _, k := range []struct{ key, v string }{{"base_url", a.BaseURL}, {"api_root", a.APIRoot}} {
		if k.v == "" {
			continue
		}
		if u, err := url.Parse(k.v); err != nil || u.Host == "" || (u.Scheme != "https" && !(u.Scheme == "http" && loopback(u.Hostname()))) {
			bad(k.key, "must be an https address such as \"https://auth.example.org\"")
		}
	}
	if strings.ContainsAny(a.Branch, " \t\n~^:?*[\\") {
		bad("branch", "is not a branch name")
	}
	switch {
	case a.AuthType != "" && a.AuthType != "pkce":
		bad("auth_type", "must be \"pkce\" (or left out)")
	case a.AuthType == "pkce" && a.BackendName() == BackendGitHub:
		bad("auth_type", "GitHub's sign-in cannot be used from the browser alone: leave auth_type out and set base_url to your OAuth client")
	case (a.AuthType == "pkce" || a.BackendName() == BackendGitea) && a.AppID == "":
		l.AddField(SiteFile, "admin.app_id", "required with "+signInName(a)+": the client id of your OAuth application")
	}
	if a.BackendName() == BackendGitea && a.APIRoot == "" {
		l.AddField(SiteFile, "admin.api_root", "required for gitea: your server's API, such as \"https://git.example.org/api/v1\"")
	}
	return l
}

// signInName names the sign-in that needs an app id.
func signInName(a *Admin) string {
	if a.BackendName() == BackendGitea {
		return "backend = \"gitea\""
	}
	return "auth_type = \"pkce\""
}
