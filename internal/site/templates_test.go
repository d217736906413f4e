package site

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/iecmh/endorse/internal/assets"
)

func TestFuncs(t *testing.T) {
	m := assets.NewManifest()
	m.Add("css/site.css", []byte("p{}"))
	fs := &funcState{manifest: m, basePath: "/imh/", baseURL: "https://ex.org/imh/"}
	if got := fs.relURL("/about/"); got != "/imh/about/" {
		t.Errorf("relURL = %q", got)
	}
	if got := fs.relURL("https://other.org/"); got != "https://other.org/" {
		t.Errorf("relURL external = %q", got)
	}
	if got := absURL(fs.baseURL, "/about/"); got != "https://ex.org/imh/about/" {
		t.Errorf("absURL = %q", got)
	}
	if a, err := fs.asset("css/site.css"); err != nil || !strings.HasPrefix(a.URL, "/assets/css/site.") || !strings.HasPrefix(a.Integrity, "sha384-") {
		t.Errorf("asset = %+v, %v", a, err)
	}
	if _, err := fs.asset("css/nope.css"); err == nil {
		t.Error("missing asset: no error")
	}
	if got, _ := fs.markdown("*hi* <b>x</b>"); string(got) != "<p><em>hi</em> <!-- raw HTML omitted -->x<!-- raw HTML omitted --></p>\n" {
		t.Errorf("markdown = %q", got)
	}
	if formatHours(12) != "12" || formatHours(1.5) != "1.5" {
		t.Error("hours formatting")
	}
}

func TestParseTemplatesNamesFilesByRepoPath(t *testing.T) {
	fsys := fstest.MapFS{
		"templates/base.html":       {Data: []byte(`{{template "main" .}}`)},
		"templates/partials/x.html": {Data: []byte("{{define \"x\"}}\n{{if}}{{end}}")},
		"templates/page.html":       {Data: []byte(`{{define "main"}}ok{{end}}`)},
	}
	_, l := parseTemplates(fsys, (&funcState{}).funcMap())
	if err := l.Err(); err == nil || err.Error() != "templates/partials/x.html:2: missing value for if" {
		t.Errorf("err = %v", err)
	}
	delete(fsys, "templates/partials/x.html")
	tm, l := parseTemplates(fsys, (&funcState{}).funcMap())
	if len(l) > 0 || !tm.has("templates/page.html") || tm.has(BaseTemplate) {
		t.Errorf("templates = %v, %v", tm, l)
	}
}

func TestTemplateDiag(t *testing.T) {
	d := templateDiag("templates/x.html", errors.New(`html/template:templates/page.html:3:12: {{.X}} appears in an ambiguous context within a URL`))
	if d.String() != "templates/page.html:3:12: {{.X}} appears in an ambiguous context within a URL" {
		t.Errorf("diag = %s", d)
	}
}
