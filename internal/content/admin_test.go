package content

import (
	"strings"
	"testing"
	"testing/fstest"
)

const siteHead = `title = "T"
base_url = "https://t.example/"
language = "en"
`

// TestAdminTable: no [admin] table means no editor; a table turns it on
// with GitHub and "main" as defaults.
func TestAdminTable(t *testing.T) {
	s, l := LoadSite(fstest.MapFS{SiteFile: {Data: []byte(siteHead)}})
	if len(l) > 0 || s.Admin != nil {
		t.Fatalf("without [admin]: Admin = %+v, diagnostics %v", s.Admin, l)
	}
	s, l = LoadSite(fstest.MapFS{SiteFile: {Data: []byte(siteHead + "\n[admin]\nrepo = \"npaimh/site\"\n")}})
	if len(l) > 0 || s.Admin == nil {
		t.Fatalf("with [admin]: Admin = %+v, diagnostics %v", s.Admin, l)
	}
	a := s.Admin
	if a.BackendName() != "github" || a.BranchName() != "main" || a.APIOrigin() != "https://api.github.com" || a.SignInOrigin() != "" {
		t.Errorf("defaults: backend %q, branch %q, API %q, sign-in %q", a.BackendName(), a.BranchName(), a.APIOrigin(), a.SignInOrigin())
	}
	gl := Admin{Backend: "gitlab", Repo: "g/s/p", AuthType: "pkce", AppID: "x"}
	if gl.APIOrigin() != "https://gitlab.com" || gl.SignInOrigin() != "https://gitlab.com" {
		t.Errorf("gitlab with pkce: API %q, sign-in %q", gl.APIOrigin(), gl.SignInOrigin())
	}
	gt := Admin{Backend: "gitea", Repo: "o/r", AppID: "x", APIRoot: "https://git.example.org/api/v1", BaseURL: "https://git.example.org"}
	if gt.APIOrigin() != "https://git.example.org" || gt.SignInOrigin() != "https://git.example.org" {
		t.Errorf("gitea: API %q, sign-in %q", gt.APIOrigin(), gt.SignInOrigin())
	}
}

// TestAdminErrors: each wrong key is reported at its line and column,
// a missing required one by its path.
func TestAdminErrors(t *testing.T) {
	cases := []struct{ table, want string }{
		{"backend = \"bitbucket\"\nrepo = \"a/b\"", `content/site.toml:6:1: admin.backend: "bitbucket" is not a backend the editor supports: use "github", "gitlab" or "gitea"`},
		{"branch = \"main\"", `content/site.toml: admin.repo: required: the repository the editor saves to, such as "npaimh/endorse-site"`},
		{"repo = \"just-a-name\"", `content/site.toml:6:1: admin.repo: must be "owner/name", such as "npaimh/endorse-site"`},
		{"repo = \"a/b\"\nbase_url = \"http://auth.example.org\"", `content/site.toml:7:1: admin.base_url: must be an https address such as "https://auth.example.org"`},
		{"repo = \"a/b\"\nauth_type = \"pkce\"", `content/site.toml:7:1: admin.auth_type: GitHub's sign-in cannot be used from the browser alone: leave auth_type out and set base_url to your OAuth client`},
		{"backend = \"gitlab\"\nrepo = \"a/b\"\nauth_type = \"pkce\"", `content/site.toml: admin.app_id: required with auth_type = "pkce": the client id of your OAuth application`},
		{"backend = \"gitea\"\nrepo = \"a/b\"\napp_id = \"x\"", `content/site.toml: admin.api_root: required for gitea: your server's API, such as "https://git.example.org/api/v1"`},
	}
	for _, c := range cases {
		_, l := LoadSite(fstest.MapFS{SiteFile: {Data: []byte(siteHead + "\n[admin]\n" + c.table + "\n")}})
		var got []string
		for _, d := range l {
			got = append(got, d.String())
		}
		if strings.Join(got, "\n") != c.want {
			t.Errorf("[admin] %q:\n got %q\nwant %q", c.table, got, c.want)
		}
	}
}

// TestMarkdownDirs: every directory with Markdown files is listed with
// the front matter formats of its files, drafts included.
func TestMarkdownDirs(t *testing.T) {
	fsys := fstest.MapFS{
		SiteFile:                    {Data: []byte(siteHead)},
		"content/_index.md":         {Data: []byte("+++\ntitle = \"Home\"\n+++\n")},
		"content/a/_index.md":       {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
		"content/a/draft.md":        {Data: []byte("---\ntitle: Draft\ndraft: true\n---\n")},
		"content/a/b/page.md":       {Data: []byte("{\"title\": \"B\"}\n")},
		"content/media/logo.png":    {Data: []byte("png")},
		"content/courses/c.toml":    {Data: []byte("title = \"C\"\nsummary = \"S\"\nstandalone = true\n")},
		"content/courses/_index.md": {Data: []byte("+++\ntitle = \"Courses\"\n+++\n")},
		"content/courses/credit.md": {Data: []byte("+++\ntitle = \"Credit\"\n+++\n")},
	}
	c, l := Load(fsys)
	if len(l) > 0 {
		t.Fatal(l)
	}
	var got []string
	for _, d := range c.MarkdownDirs {
		var fs []string
		for _, f := range d.Formats {
			fs = append(fs, string(f))
		}
		got = append(got, d.Dir+" "+strings.Join(fs, ","))
	}
	want := "content toml|content/a toml,yaml|content/a/b json|content/courses toml"
	if strings.Join(got, "|") != want {
		t.Errorf("MarkdownDirs = %q, want %q", strings.Join(got, "|"), want)
	}
}
