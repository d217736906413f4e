package corpus

import (
	"fmt"
	"strings"
)

// BaseURL is the base URL both tools build the corpus for.
const BaseURL = "https://endorse.example.org/"

// siteTitle is the corpus site's title in both tools.
const siteTitle = "Benchmark Association for Infant Mental Health"

// siteTOML returns content/site.toml for endorse: the nav points at the home
// page, the first sections and the course catalog, like hugoTOML's menu.
func siteTOML(l layout) string {
	var b strings.Builder
	fmt.Fprintf(&b, "title = %q\nbase_url = %q\nlanguage = \"en\"\n", siteTitle, BaseURL)
	b.WriteString("description = \"A generated site used to measure build speed.\"\n")
	b.WriteString("copyright = \"© Benchmark Association\"\n\n")
	for _, n := range navItems(l) {
		fmt.Fprintf(&b, "[[nav]]\nname = %q\nurl = %q\nweight = %d\n\n", n.name, n.url, n.weight)
	}
	b.WriteString("[contact]\nemail = \"bench@example.org\"\nphone = \"555-0100\"\naddress = \"1 Main Street\"\n\n")
	b.WriteString("[footer]\ntext = \"Generated for **benchmarks** only.\"\n")
	return b.String()
}

// navItem is one main-menu entry.
type navItem struct {
	name, url string
	weight    int
}

// navItems returns the main menu shared by both tools.
func navItems(l layout) []navItem {
	items := []navItem{{"Home", "/", 1}}
	for s := 0; s < l.sections() && s < 3; s++ {
		items = append(items, navItem{fmt.Sprintf("Section %d", s+1), l.sectionURL(s), s + 2})
	}
	return append(items, navItem{"Courses", "/courses/", 9})
}

// hugoTOML returns Hugo's configuration: kinds endorse doesn't produce are
// off, the course TOML and site.toml are ignored as content, and static/ is
// Hugo's asset dir so the stylesheet is minified and fingerprinted as
// endorse does, instead of copied unprocessed.
func hugoTOML(l layout) string {
	var b strings.Builder
	fmt.Fprintf(&b, "baseURL = %q\nlanguageCode = \"en\"\ntitle = %q\n", BaseURL, siteTitle)
	b.WriteString("copyright = \"© Benchmark Association\"\n")
	b.WriteString("disableKinds = [\"taxonomy\", \"term\", \"RSS\"]\n")
	b.WriteString("enableRobotsTXT = true\nassetDir = \"static\"\nstaticDir = \"hugo-static\"\n")
	b.WriteString("ignoreFiles = ['\\.toml$']\n\n")
	b.WriteString("[params]\ndescription = \"A generated site used to measure build speed.\"\n")
	b.WriteString("footer = \"Generated for **benchmarks** only.\"\n\n")
	for _, n := range navItems(l) {
		fmt.Fprintf(&b, "[[menus.main]]\nname = %q\nurl = %q\nweight = %d\n\n", n.name, n.url, n.weight)
	}
	return b.String()
}

// hugoLayouts maps layout paths to Hugo templates producing the same shell
// as endorse's templates: head with canonical link and a fingerprinted
// stylesheet with SRI, skip link, nav, main, footer rendered from Markdown.
var hugoLayouts = map[string]string{
	"layouts/_default/baseof.html": `<!DOCTYPE html>
<html lang="{{ site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if not .IsHome }}{{ .Title }} · {{ end }}{{ site.Title }}</title>
<meta name="description" content="{{ with .Description }}{{ . }}{{ else }}{{ site.Params.description }}{{ end }}">
<link rel="canonical" href="{{ .Permalink }}">
{{ with resources.Get "css/site.css" }}{{ with . | minify | fingerprint "sha384" }}<link rel="stylesheet" href="{{ .RelPermalink }}" integrity="{{ .Data.Integrity }}">{{ end }}{{ end }}
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><a class="brand" href="/">{{ site.Title }}</a>
<nav aria-label="Main"><ul>{{ range site.Menus.main }}<li><a href="{{ .URL }}">{{ .Name }}</a></li>{{ end }}</ul></nav>
</header>
<main id="main">{{ block "main" . }}{{ end }}</main>
<footer class="site-footer">{{ site.Params.footer | markdownify }}<p>{{ site.Copyright }}</p></footer>
</body>
</html>
`,
	"layouts/_default/single.html": `{{ define "main" }}<article>
<h1>{{ .Title }}</h1>
{{ .Content }}
</article>{{ end }}
`,
	"layouts/_default/list.html": `{{ define "main" }}<article>
<h1>{{ .Title }}</h1>
{{ .Content }}
<ul class="pages">{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Description }}</li>{{ end }}</ul>
</article>{{ end }}
`,
	"layouts/404.html": `{{ define "main" }}<h1>Page not found</h1>
<p><a href="/">Go to the home page</a></p>{{ end }}
`,
}
