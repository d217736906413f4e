package site

import (
	"errors"
	"io"
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
	if err := l.Err(); err == nil || err.Error() != "templates/partials/x.html:2:1: missing value for if" {
		t.Errorf("err = %v", err)
	}
	delete(fsys, "templates/partials/x.html")
	tm, l := parseTemplates(fsys, (&funcState{}).funcMap())
	if len(l) > 0 || !tm.has("templates/page.html") || tm.has(BaseTemplate) {
		t.Errorf("templates = %v, %v", tm, l)
	}
}

func TestTemplateDiag(t *testing.T) {
	d := templateDiag(fstest.MapFS{}, "templates/x.html", errors.New(`html/template:templates/page.html:3:12: {{.X}} appears in an ambiguous context within a URL`))
	if d.String() != "templates/page.html:3:12: {{.X}} appears in an ambiguous context within a URL" {
		t.Errorf("diag = %s", d)
	}
}

// TestTemplateErrorPositions (issue 9, defect 10): every template error a
// user can make is reported at a line and column of the file to fix:
// text/template's parse errors give only a line (the column is that of
// the action at fault), html/template's "ends in a non-text context" gives
// neither and an internal dump (it is said in words, at the construct left
// open).
func TestTemplateErrorPositions(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"<p>\n  {{end}}", "templates/page.html:2:3: unexpected {{end}}"},
		{"<p>{{.X}}\n  x {{.Y | nosuch}}", `templates/page.html:2:5: function "nosuch" not defined`},
		{"<p>\n{{range}}{{end}}", "templates/page.html:2:1: missing value for range"},
		{"<p>\n {{.X}} {{ .Y ", `templates/page.html:2:9: unexpected "{" in operand`}, // the open action meets {{end}}
		{"<p>\n  {{if .X}}b", "templates/page.html:2:3: unexpected EOF"},
		{"<p>\n {{$x}}", `templates/page.html:2:2: undefined variable "$x"`},
		{"<p>\n<a href='{{.X}}>x</a>", "templates/page.html:2:8: the template ends inside an attribute value opened with ': close the quote"},
		{"<p>\n<p title=\"{{.X}}\n>x", `templates/page.html:2:9: the template ends inside an attribute value opened with ": close the quote`},
		{"<p>\n<script>var x = {{.X}}", "templates/page.html:2:1: the template ends inside a <script> element: add </script>"},
		{"<p>\n<!-- {{.X}}", "templates/page.html:2:1: the template ends inside an HTML comment: add -->"},
		{"<p>\n<div {{.X}}", "templates/page.html:2:1: the template ends inside a tag: add >"},
	} {
		fsys := fstest.MapFS{
			"templates/base.html": {Data: []byte(`{{template "main" .}}`)},
			"templates/page.html": {Data: []byte(`{{define "main"}}` + tc.src + `{{end}}`)},
		}
		tm, l := parseTemplates(fsys, (&funcState{}).funcMap())
		if len(l) == 0 { // html/template finds context errors when it runs
			err := tm.byName["templates/page.html"].ExecuteTemplate(io.Discard, BaseTemplate, map[string]any{"X": 1, "Y": 2})
			l = append(l, templateDiag(fsys, "templates/page.html", err))
		}
		if got := l.Err(); got == nil || got.Error() != tc.want {
			t.Errorf("%q:\n got %v\nwant %s", tc.src, got, tc.want)
		}
	}
}
