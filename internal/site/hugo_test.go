package site

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/iecmh/endorse/internal/diag"
)

// These tests build Hugo content trees written as txtar, in the style of
// Hugo's own integration tests: the files, a build, then assertions on
// the output files. The tree goes on top of a copy of the repository's
// project (templates/, static/, rules/ and content/), so the pages meet
// the real templates, rules and link checker.

// hugoSite writes the repository's project and then files (a txtar
// archive, replacing files of the same name) into a fresh directory.
func hugoSite(t *testing.T, files string) string {
	t.Helper()
	root := t.TempDir()
	for _, dir := range []string{"templates", "static", "rules", "content"} {
		copyTree(t, filepath.Join("..", "..", dir), filepath.Join(root, dir))
	}
	// Stand-ins for the checker's compiled assets (tests build without wasm).
	writeFile(t, root, "static/endorse.wasm", "\x00asm\x01\x00\x00\x00")
	writeFile(t, root, "static/wasm_exec.js", "// stand-in\n")
	for _, f := range txtar.Parse([]byte(files)).Files {
		writeFile(t, root, f.Name, string(f.Data))
	}
	return root
}

// assertFileContent checks that public/file contains each match, or does
// not contain it when the match starts with "! ".
func assertFileContent(t *testing.T, root, file string, matches ...string) {
	t.Helper()
	got := readOut(t, root, file)
	for _, m := range matches {
		if not, ok := strings.CutPrefix(m, "! "); ok {
			if strings.Contains(got, not) {
				t.Errorf("%s contains %q", file, not)
			}
			continue
		}
		if !strings.Contains(got, m) {
			t.Errorf("%s lacks %q:\n%s", file, m, got)
		}
	}
}

// assertNoFile checks that public/file was not written.
func assertNoFile(t *testing.T, root, file string) {
	t.Helper()
	if _, err := os.Stat(filepath.Join(root, "public", filepath.FromSlash(file))); err == nil {
		t.Errorf("%s was published", file)
	}
}

// hugoTree is a Hugo content tree: pages in TOML, YAML and JSON front
// matter with custom parameters, shortcodes of every kind, taxonomies,
// and draft, future and expired pages.
const hugoTree = `
-- content/site.toml --
title = "Hugo Tree"
base_url = "https://hugo.example/"
language = "en"

[taxonomy_urls]
categories = "/topics/"

[footer]
text = "Questions? [Contact us](/contact/)."
-- content/hugo/_index.md --
---
title: From Hugo
description: Pages written for Hugo.
---
Every page below came from a Hugo site.
-- content/hugo/toml-page.md --
+++
title = "Accounting basics"
date = 2024-05-01
tags = ["Reflective Practice", "supervision"]
categories = ["Training"]
code = "acct-00000"
department = "acct"
credits = 3
layout = "params"
[params]
Level = "intro"
+++
Course {{< param code >}} gives {{% credits %}}.

{{< note title="Heads up" >}}Read *this* first: {{% credits %}}.{{< /note >}}

{{< figure src="/hugo/chart.png" alt="A chart of hours" caption="Hours by **year**" >}}

See [the YAML page]({{< relref "yaml-page.md#details" >}}), [the JSON page]({{< ref "/hugo/json-page" >}})
and [this section]({{< relref "/hugo" >}}).

{{< youtube id="w7Ft2ymGmfc" title="How reflective supervision works" >}}

{{< vimeo 146022717 >}}

Membership costs {{< fee membership >}} a year. {{< membership >}}

Students pay {{< fee student_membership >}}; renewal {{< fee renewal >}}, late {{< fee late_renewal >}}.

{{< apply >}} {{< apply credential_form >}} {{< apply text="Register in EASy" >}}

{{< renewal >}} Due {{< renewal due >}}, late until {{< renewal late >}}.

{{< fees >}}

{{< category ifs >}}

{{< requirements ifs >}}

{{< courses sequence >}}

{{< details summary="Why *us*?" >}}Because.{{< /details >}}

Write {{</* fee membership */>}} to show the membership fee.
-- content/hugo/chart.png --
PNG
-- content/hugo/yaml-page.md --
---
title: Supervision in practice
Date: 2024-06-01T09:30:00-05:00
lastmod: 2024-07-01
tags: [supervision]
categories: Training
author: Ana Ruiz
params:
  audience: [supervisors, mentors]
---
## Details

Written by {{< param author >}}.
-- content/hugo/json-page.md --
{
  "title": "A JSON page",
  "weight": 2,
  "tags": ["reflective practice"],
  "rating": 4.5
}
Rated {{< param rating >}}.
-- content/hugo/draft.md --
---
title: Not ready
draft: true
---
-- content/hugo/future.md --
+++
title = "Next year"
publishDate = 2999-01-01
+++
-- content/hugo/expired.md --
+++
title = "Last year's event"
expiryDate = 2001-01-01
+++
-- content/hugo/hidden.md --
+++
title = "Hidden"
[build]
list = "never"
+++
Not in listings, still published.
-- templates/params.html --
{{define "main"}}<article class="wrap prose"><h1>{{.Page.Title}}</h1>
<dl class="facts"><div><dt>Code</dt><dd>{{.Params.code}}</dd></div><div><dt>Department</dt><dd>{{.Page.Params.department}}</dd></div><div><dt>Level</dt><dd>{{.Params.level}}</dd></div></dl>
{{.Page.Content}}
{{template "terms" .Page.Terms}}</article>{{end}}
-- templates/shortcodes/note.html --
<aside class="note">{{ with .Get "title" }}<p class="note__title">{{ . }}</p>{{ end }}{{ .Inner | markdownify }}</aside>
-- templates/shortcodes/credits.html --
**{{ .Page.Params.credits }} credits**
`

// TestHugoContentTree builds a Hugo content tree unchanged. A term is
// titled as first written on the first of its pages by URL ("reflective
// practice" on /hugo/json-page/ before "Reflective Practice").
func TestHugoContentTree(t *testing.T) {
	root := hugoSite(t, hugoTree)
	mustBuild(t, root, nil)

	assertFileContent(t, root, "hugo/toml-page/index.html",
		"<dt>Code</dt><dd>acct-00000</dd>", "<dt>Department</dt><dd>acct</dd>", "<dt>Level</dt><dd>intro</dd>",
		"Course acct-00000 gives <strong>3 credits</strong>.",
		`<aside class=note><p class=note__title>Heads up</p>Read <em>this</em> first: <strong>3 credits</strong>.</aside>`,
		`<figure><img src=/hugo/chart.png alt="A chart of hours"><figcaption><p>Hours by <strong>year</strong></p></figcaption></figure>`,
		`<a href=/hugo/yaml-page/#details>the YAML page</a>`, `<a href=https://hugo.example/hugo/json-page/>the JSON page</a>`,
		`<a href=/hugo/>this section</a>`,
		`<a class=video-card__link href="https://www.youtube.com/watch?v=w7Ft2ymGmfc">How reflective supervision works</a>`,
		`href=https://vimeo.com/146022717>Watch the video</a>`, "! <iframe",
		"Students pay $30; renewal $30, late $45.",
		`<a class=button href=https://easy.npaimh.example.org/>Go to EASy</a> <a class=button href=https://npaimh.example.org/forms/credential-completion/>Open the credential completion form</a> <a class=button href=https://easy.npaimh.example.org/>Register in EASy</a>`,
		"Membership costs $50 a year. NPAIMH asks every applicant to hold a current individual NPAIMH membership.",
		"The hours of each calendar year are due by 31 December. Late applications are accepted until 31 January",
		"Due 31 December, late until 31 January.",
		`<caption>NPAIMH application fees by category (US dollars)</caption>`,
		`<th scope=row><a href=/categories/imhm-c/>Infant Mental Health Mentor – Clinical</a></th><td data-label=Registration>$25</td><td data-label=Processing>$300</td><td data-label=Exam>$40</td>`,
		`<a href=/categories/ifs/>Infant Family Specialist (IFS)</a>`,
		`<caption>Requirements to earn the IFS endorsement:`, `href=/categories/ifs/#source-1`,
		`<a href=/courses/intro-imh/>`,
		`<details><summary>Why <em>us</em>?</summary>`,
		"Write {{&lt; fee membership >}} to show the membership fee.",
		`<a href=/tags/reflective-practice/>reflective practice</a>`, `<a href=/topics/training/>Training</a>`)
	assertFileContent(t, root, "hugo/yaml-page/index.html", `<h2 id=details>Details</h2>`, "Written by Ana Ruiz.",
		`<time datetime=2024-06-01>1 June 2024</time>`)
	assertFileContent(t, root, "hugo/json-page/index.html", "Rated 4.5.")
	assertFileContent(t, root, "hugo/index.html", "Accounting basics", "A JSON page", "! Hidden", "! Not ready")
	assertFileContent(t, root, "hugo/hidden/index.html", "Not in listings, still published.")

	assertFileContent(t, root, "tags/index.html", "<h1>Tags</h1>",
		`<a href=/tags/reflective-practice/>reflective practice</a> <span class=terms__count>(2 pages)</span>`,
		`<a href=/tags/supervision/>supervision</a> <span class=terms__count>(2 pages)</span>`)
	assertFileContent(t, root, "tags/reflective-practice/index.html", "<h1>reflective practice</h1>",
		`<a href=/hugo/toml-page/>Accounting basics</a>`, `<a href=/hugo/json-page/>A JSON page</a>`, "! Supervision in practice")
	assertFileContent(t, root, "topics/index.html", "<h1>Categories</h1>", `<a href=/topics/training/>Training</a>`)
	assertFileContent(t, root, "topics/training/index.html", "Accounting basics", "Supervision in practice")
	assertFileContent(t, root, "sitemap.xml", "https://hugo.example/tags/supervision/", "https://hugo.example/topics/")
	for _, f := range []string{"hugo/draft/index.html", "hugo/future/index.html", "hugo/expired/index.html"} {
		assertNoFile(t, root, f)
	}

	mustBuild(t, root, func(o *Options) { o.Publish = Publish{Drafts: true, Future: true, Expired: true} })
	assertFileContent(t, root, "hugo/index.html", "Not ready", "Next year", "Last year's event")
}

// TestHugoTreeWithoutTaxonomies: a site whose pages use no taxonomy gets
// no taxonomy pages (the example site has none either).
func TestHugoTreeWithoutTaxonomies(t *testing.T) {
	root := hugoSite(t, "")
	mustBuild(t, root, nil)
	assertNoFile(t, root, "tags/index.html")
	assertFileContent(t, root, "apply/fees/index.html", `<td data-label=Membership>Individual</td><td data-label="Fee per year">$50</td>`,
		`<th scope=row><a href=/categories/ers/>Endorsed Reflective Supervisor</a></th><td data-label=Registration>—</td><td data-label=Processing>$50</td><td data-label=Exam>—</td>`)
}

// TestHugoTreeErrors: every mistake names its file, line and column.
func TestHugoTreeErrors(t *testing.T) {
	page := "-- content/hugo/p.md --\n"
	cases := []struct{ name, files, want string }{
		{"unknown shortcode", page + "+++\ntitle = \"P\"\n+++\nText\n\n  {{< gist user 123 >}}\n",
			`content/hugo/p.md:6:3: unknown shortcode "gist" (no templates/shortcodes/gist.html)`},
		{"typo in YAML", page + "---\ntitle: P\ndescripton: x\n---\n",
			`content/hugo/p.md:3:1: unknown key "descripton": did you mean 'description'? (a parameter of your own with this name goes under params)`},
		{"JSON syntax", page + "{\n  \"title\": \"P\",\n  \"tags\": [\"a\" \"b\"]\n}\n",
			`content/hugo/p.md:3:16: JSON: invalid character '"' after array element`},
		{"broken ref", page + "+++\ntitle = \"P\"\n+++\nSee {{< relref \"nowhere.md\" >}}.\n",
			`content/hugo/p.md:4:5: relref "nowhere.md": no page "nowhere.md" in content/`},
		{"ref to a missing anchor", page + "+++\ntitle = \"P\"\n+++\nSee [fees]({{< relref \"/apply/fees.md#nothing\" >}}).\n",
			`content/hugo/p.md:4:12: broken link "/apply/fees/#nothing" in /hugo/p/: no element with id "nothing" on /apply/fees/`},
		{"unknown category", page + "+++\ntitle = \"P\"\n+++\n{{< requirements xyz >}}\n",
			`content/hugo/p.md:4:1: shortcode "requirements": no category "xyz" in rules/categories/`},
		{"unknown fee", page + "+++\ntitle = \"P\"\n+++\n{{< fee ifs renewal >}}\n",
			`content/hugo/p.md:4:1: shortcode "fee": a category fee is "registration", "processing" or "exam", not "renewal"`},
		{"unknown association fee", page + "+++\ntitle = \"P\"\n+++\n{{< fee retake >}}\n",
			`content/hugo/p.md:4:1: shortcode "fee": no fee "retake": write fee and one of membership, student_membership, credential, exam_retake, renewal, late_renewal, reinstatement, or a category id`},
		{"unknown apply link", page + "+++\ntitle = \"P\"\n+++\n{{< apply form >}}\n",
			`content/hugo/p.md:4:1: shortcode "apply": no link "form" in rules/association.toml [apply]: write "url", "system" or "credential_form"`},
		{"closing tag on a shortcode without inner", page + "+++\ntitle = \"P\"\n+++\n{{< fee membership >}}x{{< /fee >}}\n",
			`content/hugo/p.md:4:1: shortcode "fee" takes no inner content (its template does not read .Inner), yet it has a closing tag`},
		{"figure without alt", page + "+++\ntitle = \"P\"\n+++\n{{< figure src=\"/logo.png\" >}}\n",
			`content/hugo/p.md:4:1: shortcode "figure": figure needs alt text (or a caption or title) for people who cannot see the image`},
		{"categories taxonomy on /categories/", "-- content/site.toml --\ntitle = \"T\"\nbase_url = \"https://t.example/\"\nlanguage = \"en\"\n" +
			page + "+++\ntitle = \"P\"\ncategories = [\"x\"]\n+++\n",
			`content/hugo/p.md:3:1: taxonomy "categories" would be published at /categories/, already used by the endorsement category pages: move it in content/site.toml with [taxonomy_urls] categories = "/another-path/"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			root := hugoSite(t, tc.files)
			_, err := build(t, root, nil)
			var de *diag.Error
			if !errors.As(err, &de) {
				t.Fatalf("want diagnostics, got %v", err)
			}
			if got := err.Error(); !strings.HasPrefix(got, tc.want) {
				t.Errorf("got:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}
