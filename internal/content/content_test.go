package content

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/iecmh/endorse/internal/diag"
)

const siteTOML = `title = "Test Association"
base_url = "https://example.org/"
language = "en"

[[nav]]
name = "Apply"
url = "/apply/"
weight = 20

[[nav]]
name = "About"
url = "/about/"
weight = 10

[contact]
email = "a@example.org"
`

// tree returns a small valid content tree; over replaces or adds files
// (an empty string deletes one).
func tree(over map[string]string) fstest.MapFS {
	files := map[string]string{
		"content/site.toml":         siteTOML,
		"content/_index.md":         "+++\ntitle = \"Home\"\n+++\nWelcome.\n",
		"content/about.md":          "+++\ntitle = \"About\"\nweight = 2\naliases = [\"old-about/\"]\n+++\nAbout us.\n",
		"content/zeta.md":           "+++\ntitle = \"Zeta\"\nweight = 1\n+++\n",
		"content/alpha.md":          "+++\ntitle = \"Alpha\"\n+++\n",
		"content/draft.md":          "+++\ntitle = \"Draft\"\ndraft = true\n+++\n",
		"content/apply/_index.md":   "+++\ntitle = \"Apply\"\n+++\n",
		"content/apply/fees.md":     "+++\ntitle = \"Fees\"\nslug = \"costs\"\n+++\n",
		"content/apply/moved.md":    "+++\ntitle = \"Moved\"\nurl = \"/elsewhere\"\ntags = [\"x\"]\n+++\n",
		"content/apply/form.pdf":    "%PDF",
		"content/team/index.md":     "+++\ntitle = \"Team\"\nlinktitle = \"T\"\nPublishDate = 2020-01-01\n+++\n",
		"content/courses/b.toml":    "title = \"B course\"\nsequence = 2\ncredential = true\nsummary = \"B.\"\n",
		"content/courses/a.toml":    "title = \"A course\"\nsequence = 1\ncredential = true\nstandalone = true\nclock_hours = 12\nsummary = \"A.\"\n[[modules]]\ntitle = \"One\"\n",
		"content/courses/z.toml":    "title = \"Z extra\"\nstandalone = true\nsummary = \"Z.\"\n",
		"content/courses/_index.md": "+++\ntitle = \"Courses\"\n+++\n",
	}
	for k, v := range over {
		files[k] = v
	}
	fsys := fstest.MapFS{}
	for k, v := range files {
		if v != "" {
			fsys[k] = &fstest.MapFile{Data: []byte(v)}
		}
	}
	return fsys
}

func TestLoadPagesAndURLs(t *testing.T) {
	c, l := Load(tree(nil))
	if len(l) > 0 {
		t.Fatal(l.Err())
	}
	var got []string
	for _, p := range c.Pages {
		got = append(got, p.URL+" "+string(p.Kind)+" "+p.Title)
	}
	want := []string{"/ home Home", "/about/ page About", "/alpha/ page Alpha", "/apply/ section Apply",
		"/apply/costs/ page Fees", "/courses/ section Courses", "/elsewhere/ page Moved", "/team/ page Team", "/zeta/ page Zeta"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("pages:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if a := c.Page("/about/").Aliases; len(a) != 1 || a[0] != "/old-about/" {
		t.Errorf("aliases = %q", a)
	}
	if len(c.Files) != 1 || c.Files[0] != "content/apply/form.pdf" {
		t.Errorf("files = %q", c.Files)
	}
}

func TestChildrenOrderByWeightThenTitle(t *testing.T) {
	c, _ := Load(tree(nil))
	var got []string
	for _, p := range c.Children("/") {
		got = append(got, p.Title)
	}
	if want := "Zeta About Alpha Apply Courses Team"; strings.Join(got, " ") != want {
		t.Errorf("children of / = %q, want %q", strings.Join(got, " "), want)
	}
}

func TestSiteNavSorted(t *testing.T) {
	c, _ := Load(tree(nil))
	if c.Site.Nav[0].Name != "About" || c.Site.BasePath() != "/" {
		t.Errorf("nav = %+v", c.Site.Nav)
	}
}

func TestCatalogOrder(t *testing.T) {
	c, _ := Load(tree(nil))
	ids := func(cs []*Course) string {
		var s []string
		for _, x := range cs {
			s = append(s, x.ID)
		}
		return strings.Join(s, ",")
	}
	if got := ids(c.Catalog.Courses); got != "a,b,z" {
		t.Errorf("courses = %s", got)
	}
	if got := ids(c.Catalog.Required()); got != "a,b" {
		t.Errorf("required = %s", got)
	}
	if got := ids(c.Catalog.Others()); got != "z" {
		t.Errorf("others = %s", got)
	}
	if a := c.Catalog.Course("a"); a.URL != "/courses/a/" || a.ClockHours != 12 || a.Modules[0].Title != "One" {
		t.Errorf("course a = %+v", a)
	}
}

// TestDiagnostics asserts the exact message a user sees for each kind of
// bad input.
func TestDiagnostics(t *testing.T) {
	cases := []struct {
		name string
		over map[string]string
		want string
	}{
		{"site.toml syntax", map[string]string{"content/site.toml": "title = \"x\nbase_url = 1\n"},
			`content/site.toml:1:11: strings cannot contain newlines`},
		{"site.toml unknown key", map[string]string{"content/site.toml": siteTOML + "\n[contact2]\nmail = 1\n"},
			`content/site.toml:18:2: unknown key "contact2"`},
		{"site.toml unknown nested key", map[string]string{"content/site.toml": strings.Replace(siteTOML, "email", "emial", 1)},
			`content/site.toml:16:1: unknown key "contact.emial"`},
		{"site.toml type", map[string]string{"content/site.toml": strings.Replace(siteTOML, "weight = 20", "weight = \"20\"", 1)},
			`content/site.toml:8:1: key "nav.weight": incompatible types: TOML value has type string; destination has type integer`},
		{"front matter unknown key", map[string]string{"content/about.md": "+++\ntitle = \"About\"\n\nauthr = \"me\"\n+++\nBody\n"},
			`content/about.md:4:1: unknown key "authr": did you mean 'author'? (a parameter of your own with this name goes under params)`},
		{"front matter syntax", map[string]string{"content/about.md": "+++\ntitle = \"About\"\nweight = = 3\n+++\n"},
			`content/about.md:3:10: expected value but found '=' instead`},
		{"front matter not closed", map[string]string{"content/about.md": "+++\ntitle = \"About\"\n"},
			`content/about.md:1:1: front matter opened with +++ on line 1 is never closed`},
		{"front matter YAML not closed", map[string]string{"content/about.md": "---\ntitle: About\n"},
			`content/about.md:1:1: front matter opened with --- on line 1 is never closed`},
		{"front matter bad date", map[string]string{"content/about.md": "+++\ntitle = \"About\"\ndate = \"May 1\"\n+++\n"},
			`content/about.md:3:1: key "date": not a date: write 2024-05-01, 2024-05-01T09:30:00Z or 2024-05-01T09:30:00-05:00`},
		{"missing title", map[string]string{"content/about.md": "No front matter.\n"},
			`content/about.md:1:1: front matter: title is required`},
		{"course unknown key", map[string]string{"content/courses/z.toml": "title = \"Z\"\nstandalone = true\nsummary = \"Z.\"\n[[modules]]\ntitel = \"x\"\n"},
			`content/courses/z.toml:5:1: unknown key "modules.titel"`},
		{"course missing summary", map[string]string{"content/courses/z.toml": "title = \"Z\"\nstandalone = true\n"},
			`content/courses/z.toml: summary: required: one plain sentence for listings`},
		{"duplicate URL", map[string]string{"content/about/_index.md": "+++\ntitle = \"About 2\"\n+++\n"},
			`content/about/_index.md:1:1: URL /about/ is already used by content/about.md`},
		{"site.toml rules_as_of", map[string]string{"content/site.toml": "rules_as_of = \"1 May 2025\"\n" + siteTOML},
			`content/site.toml:1:1: must be a date written "YYYY-MM-DD"`},
		{"taxonomy URL", map[string]string{"content/site.toml": siteTOML + "\n[taxonomy_urls]\ntags = \"/a/../b\"\n"},
			`content/site.toml:19:1: the path "/a/../b" contains a ".." segment: a path must stay inside the site`},
		{"stray toml", map[string]string{"content/apply/x.toml": "a = 1\n"},
			`content/apply/x.toml: unexpected TOML file: only content/site.toml and content/courses/<id>.toml are read`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, l := Load(tree(tc.over))
			err := l.Err()
			var de *diag.Error
			if !errors.As(err, &de) {
				t.Fatalf("want diagnostics, got %v", err)
			}
			if got := err.Error(); got != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}

func TestMarkdownDropsRawHTML(t *testing.T) {
	out, err := Render(NewMarkdown(), []byte("# Title\n\n<div class=\"x\">raw</div>\n\nText <b>bold</b> and | a |\n\n| h |\n|--:|\n| c |\n"))
	if err != nil {
		t.Fatal(err)
	}
	s := string(out)
	for _, bad := range []string{"<div", "<b>", "style="} {
		if strings.Contains(s, bad) {
			t.Errorf("raw HTML %q passed through:\n%s", bad, s)
		}
	}
	for _, good := range []string{`<h1 id="title">Title</h1>`, `<table class="stack">`} {
		if !strings.Contains(s, good) {
			t.Errorf("missing %q in:\n%s", good, s)
		}
	}
}

// TestTableCellsLabelled: a Markdown table is marked "stack" and each body
// cell carries its column's heading as plain text (quotes as typed by the
// typographer, markup dropped), for the phone layout of site.css.
func TestTableCellsLabelled(t *testing.T) {
	out, err := Render(NewMarkdown(), []byte("| Kind of *practice* | Who's it for |\n|---|---|\n| Family | Parents |\n| Mental health | Babies |\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<table class="stack">`, `<td data-label="Kind of practice">Family</td>`,
		`<td data-label="Who’s it for">Babies</td>`, `<th>Kind of <em>practice</em></th>`} {
		if !strings.Contains(string(out), want) {
			t.Errorf("table lacks %s:\n%s", want, out)
		}
	}
}
