package site

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/iecmh/endorse/internal/diag"
)

func TestBuildMinimalSite(t *testing.T) {
	root := project(t, "minimal", nil)
	sum := mustBuild(t, root, nil)
	if sum.Pages != 5 || sum.Assets != 1 {
		t.Errorf("summary = %+v, want 5 pages (home, about, apply, fees, 404), 1 asset", sum)
	}
	about := readOut(t, root, "about/index.html")
	for _, want := range []string{`<h1>About</h1>`, `<h2 id=team>Team</h2>`, `href=../apply/fees/#cost`, `integrity=sha384-`} {
		if !strings.Contains(about, want) {
			t.Errorf("about page lacks %q:\n%s", want, about)
		}
	}
	if got := readOut(t, root, "_redirects"); got != "/who/ /about/ 301!\n" {
		t.Errorf("_redirects = %q", got)
	}
	if got := readOut(t, root, "who/index.html"); !strings.Contains(got, `url=/about/`) {
		t.Errorf("alias page = %q", got)
	}
	if got := readOut(t, root, "apply/index.html"); !strings.Contains(got, `<a href=/apply/fees/>Fees</a>`) {
		t.Errorf("section does not list its child:\n%s", got)
	}
	if got := readOut(t, root, "logo.png"); got != "PNG\n" {
		t.Errorf("content file copied as %q", got)
	}
}

func TestSitemapRobotsHeaders(t *testing.T) {
	root := project(t, "minimal", nil)
	mustBuild(t, root, nil)
	sitemap := readOut(t, root, "sitemap.xml")
	for _, u := range []string{"https://mini.example/", "https://mini.example/about/", "https://mini.example/apply/fees/"} {
		if !strings.Contains(sitemap, "<loc>"+u+"</loc>") {
			t.Errorf("sitemap lacks %s:\n%s", u, sitemap)
		}
	}
	if strings.Contains(sitemap, "404") || strings.Contains(sitemap, "/who/") {
		t.Errorf("sitemap lists 404 or an alias:\n%s", sitemap)
	}
	if got := readOut(t, root, "robots.txt"); !strings.Contains(got, "Sitemap: https://mini.example/sitemap.xml") {
		t.Errorf("robots.txt = %q", got)
	}
	if got := readOut(t, root, "_headers"); got != string(HeadersFile(HeaderRules)) {
		t.Errorf("_headers = %q", got)
	}
}

func TestNoInlineScriptOrStyle(t *testing.T) {
	root := project(t, "minimal", map[string]string{
		"content/about.md": "+++\ntitle = \"About\"\n+++\n## Team\n<script>alert(1)</script>\n\n<style>p{}</style>\n\n<div style=\"color:red\">x</div>\n",
	})
	mustBuild(t, root, nil)
	about := readOut(t, root, "about/index.html")
	for _, bad := range []string{"<script", "<style", "style=", "alert"} {
		if strings.Contains(about, bad) {
			t.Errorf("raw HTML %q reached the page:\n%s", bad, about)
		}
	}
}

func TestDeterministic(t *testing.T) {
	root := project(t, "minimal", nil)
	mustBuild(t, root, nil)
	first := treeDigest(t, filepath.Join(root, "public"))
	mustBuild(t, root, nil)
	if second := treeDigest(t, filepath.Join(root, "public")); first != second {
		t.Errorf("two builds differ:\n%s\n---\n%s", first, second)
	}
}

func TestParallelEqualsSequential(t *testing.T) {
	root := project(t, "minimal", nil)
	mustBuild(t, root, func(o *Options) { o.Workers = 1; o.Out = "seq" })
	mustBuild(t, root, func(o *Options) { o.Workers = 8; o.Out = "par" })
	seq, par := treeDigest(t, filepath.Join(root, "seq")), treeDigest(t, filepath.Join(root, "par"))
	if seq != par {
		t.Errorf("sequential and parallel builds differ:\n%s\n---\n%s", seq, par)
	}
}

func TestRefusesForeignOutputDir(t *testing.T) {
	root := project(t, "minimal", map[string]string{"public/thesis.docx": "precious"})
	_, err := build(t, root, nil)
	if err == nil || !strings.Contains(err.Error(), "was not written by endorse") {
		t.Fatalf("err = %v, want refusal", err)
	}
	if got := readOut(t, root, "thesis.docx"); got != "precious" {
		t.Errorf("foreign file changed: %q", got)
	}
}

func TestReplacesEarlierOutput(t *testing.T) {
	root := project(t, "minimal", nil)
	mustBuild(t, root, nil)
	writeFile(t, root, "public/stale.html", "old")
	mustBuild(t, root, nil)
	if _, err := os.Stat(filepath.Join(root, "public", "stale.html")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("stale file survived a rebuild: %v", err)
	}
	entries, _ := os.ReadDir(root)
	for _, e := range entries {
		if strings.Contains(e.Name(), "building") {
			t.Errorf("staging directory left behind: %s", e.Name())
		}
	}
}

func TestSummaryUsesClock(t *testing.T) {
	root := project(t, "minimal", nil)
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	sum := mustBuild(t, root, func(o *Options) {
		o.Clock = func() time.Time { now = now.Add(time.Second); return now }
	})
	if sum.Duration != time.Second || !strings.HasPrefix(sum.String(), "built 5 pages, 1 assets, ") {
		t.Errorf("summary = %q (%v)", sum.String(), sum.Duration)
	}
}

func TestDevIncludesLiveReload(t *testing.T) {
	root := project(t, "minimal", map[string]string{
		"templates/base.html": `<!doctype html><html lang=en><head><title>x</title></head><body><main>{{template "main" .}}</main>{{with .LiveReload}}<script src="{{.URL}}" integrity="{{.Integrity}}" crossorigin="anonymous"></script>{{end}}</body></html>`,
	})
	mustBuild(t, root, func(o *Options) { o.Dev = true; o.LiveReloadJS = []byte("reload()") })
	if got := readOut(t, root, "index.html"); !strings.Contains(got, `<script src=/assets/livereload.`) {
		t.Errorf("dev page lacks the live-reload script:\n%s", got)
	}
	mustBuild(t, root, func(o *Options) { o.LiveReloadJS = []byte("reload()") })
	if got := readOut(t, root, "index.html"); strings.Contains(got, "<script") {
		t.Errorf("production page has a script:\n%s", got)
	}
}

// TestDiagnostics asserts, for each class of bad input, the exact message
// and that the previous output is left as it was.
func TestDiagnostics(t *testing.T) {
	cases := []struct {
		name string
		over map[string]string
		want string
	}{
		{"TOML syntax", map[string]string{"content/site.toml": "title = \"Mini\nlanguage = \"en\"\n"},
			`content/site.toml:1:14: strings cannot contain newlines`},
		{"unknown key in site.toml", map[string]string{"content/site.toml": "title = \"Mini\"\nbase_url = \"https://mini.example/\"\nlanguage = \"en\"\nlang = \"en\"\n"},
			`content/site.toml:4:1: unknown key "lang"`},
		{"unknown front matter key", map[string]string{"content/about.md": "+++\ntitle = \"About\"\nlayuot = \"x\"\n+++\n"},
			`content/about.md:3:1: unknown key "layuot": did you mean 'layout'? (a parameter of your own with this name goes under params)`},
		{"bad front matter TOML", map[string]string{"content/about.md": "+++\ntitle = About\n+++\n"},
			`content/about.md:2:9: expected value but found "About" instead`},
		{"unknown layout", map[string]string{"content/about.md": "+++\ntitle = \"About\"\nlayout = \"wide\"\n+++\n"},
			`content/about.md:3:1: no template templates/wide.html for layout "wide"`},
		{"missing default template", map[string]string{"templates/page.html": ""},
			`templates/page.html: missing: it is needed for content/about.md, content/apply/fees.md`},
		{"broken link in the shell", map[string]string{
			"templates/base.html": "<!doctype html><html lang=\"{{.Site.Language}}\"><head><title>{{.Page.Title}}</title></head><body><main id=\"main\">{{template \"main\" .}}</main>\n<footer><a href=\"/nowhere/\">x</a></footer></body></html>",
			"templates/404.html":  "{{define \"main\"}}<a href=\"/gone/\">x</a>{{end}}"},
			"templates/404.html:1:27: broken link \"/gone/\": no page or file at /gone/ (on /404.html)\n" +
				"templates/base.html:2:18: broken link \"/nowhere/\": no page or file at /nowhere/ (on /, /404.html, /about/ and 2 more pages)"},
		{"template parse error", map[string]string{"templates/page.html": "{{define \"main\"}}\n<h1>{{.Page.Title}</h1>{{end}}\n"},
			`templates/page.html:2:18: bad character U+007D '}'`},
		{"template exec error", map[string]string{"templates/page.html": "{{define \"main\"}}\n<h1>{{.Page.Titel}}</h1>{{end}}\n"},
			`templates/page.html:2:11: executing "main" at <.Page.Titel>: can't evaluate field Titel in type *site.PageView`},
		{"missing asset", map[string]string{"static/css/site.css": ""},
			`templates/base.html:1:90: executing "templates/base.html" at <asset "css/site.css">: error calling asset: no asset "css/site.css" (is it in static/?)`},
		{"broken link", map[string]string{"content/about.md": "+++\ntitle = \"About\"\n+++\nSee [apply](/aply/).\n## Team\n"},
			`content/about.md:4:13: broken link "/aply/" in /about/: no page or file at /aply/`},
		{"broken anchor", map[string]string{"content/about.md": "+++\ntitle = \"About\"\n+++\nSee [fees](/apply/fees/#costs).\n## Team\n"},
			`content/about.md:4:12: broken link "/apply/fees/#costs" in /about/: no element with id "costs" on /apply/fees/`},
		{"broken same-page anchor", map[string]string{"content/about.md": "+++\ntitle = \"About\"\n+++\n## Team\n[up](#teem)\n"},
			`content/about.md:5:6: broken link "#teem" in /about/: no element with id "teem" on /about/`},
		{"broken nav link", map[string]string{"content/site.toml": "title = \"Mini\"\nbase_url = \"https://mini.example/\"\nlanguage = \"en\"\n[[nav]]\nname = \"X\"\nurl = \"/nowhere/\"\n"},
			`content/site.toml:6:8: broken link "/nowhere/" (on every page): no page or file at /nowhere/`},
		{"inline script", map[string]string{"templates/home.html": "{{define \"main\"}}<script>go()</script>{{.Page.Content}}{{end}}"},
			`templates/home.html:1:18: inline <script> would be blocked by the Content-Security-Policy (on /)`},
		// Issue 9, defect 10: a CSP problem of the shell every page shares
		// is one message at its place, not one per page without a position.
		{"CSP in the shell", map[string]string{"templates/base.html": "<!doctype html><html lang=\"{{.Site.Language}}\"><head><title>{{.Page.Title}}</title></head>\n<body onload=\"go()\"><main id=\"main\">{{template \"main\" .}}</main>\n<p style=\"color:red\">x</p></body></html>"},
			"templates/base.html:2:7: onload attribute on <body> would be blocked by the Content-Security-Policy (on /, /404.html, /about/ and 2 more pages)\n" +
				"templates/base.html:3:4: style attribute on <p> would be blocked by the Content-Security-Policy (on /, /404.html, /about/ and 2 more pages)"},
		{"duplicate id", map[string]string{"content/about.md": "+++\ntitle = \"About\"\n+++\n## Team\n## Main\n"},
			`content/about.md: duplicate id "main" in /about/ (a Markdown heading may repeat an id the template uses)`},
		{"esbuild error", map[string]string{"static/css/site.css": "@import \"missing.css\";\nbody{}\n"},
			`static/css/site.css:1:9: Could not resolve "missing.css"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			root := project(t, "minimal", nil)
			mustBuild(t, root, nil)
			before := treeDigest(t, filepath.Join(root, "public"))
			for name, data := range tc.over {
				if data == "" {
					os.Remove(filepath.Join(root, name))
				} else {
					writeFile(t, root, name, data)
				}
			}
			_, err := build(t, root, nil)
			var de *diag.Error
			if !errors.As(err, &de) {
				t.Fatalf("want *diag.Error, got %v", err)
			}
			if got := err.Error(); got != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tc.want)
			}
			if after := treeDigest(t, filepath.Join(root, "public")); after != before {
				t.Errorf("failed build changed the previous output")
			}
		})
	}
}

func TestAcceptsEmptyOutputDirAndRefusesAFile(t *testing.T) {
	root := project(t, "minimal", nil)
	if err := os.Mkdir(filepath.Join(root, "empty"), 0o755); err != nil {
		t.Fatal(err)
	}
	mustBuild(t, root, func(o *Options) { o.Out = "empty" })
	writeFile(t, root, "notes.txt", "mine")
	_, err := build(t, root, func(o *Options) { o.Out = "notes.txt" })
	if err == nil || !strings.Contains(err.Error(), "is not a directory") {
		t.Errorf("err = %v, want refusal", err)
	}
}

func TestGeneratedHomeAndDraftsLeftOut(t *testing.T) {
	root := project(t, "minimal", map[string]string{
		"content/_index.md": "",
		"content/wip.md":    "+++\ntitle = \"WIP\"\ndraft = true\n+++\n",
	})
	mustBuild(t, root, nil)
	if got := readOut(t, root, "index.html"); !strings.Contains(got, "<h1>Mini</h1>") {
		t.Errorf("generated home = %s", got)
	}
	if _, err := os.Stat(filepath.Join(root, "public", "wip")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("draft was built: %v", err)
	}
}
