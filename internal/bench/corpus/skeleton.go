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
	// Hugo builds no search index: the comparison leaves Endorse's out
	// too (a whole-text index suits a small site, not 30,000 pages).
	b.WriteString("\n[search]\ndisabled = true\n")
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
// off, the course TOML and site.toml are ignored as content (the TOML of
// data/ is read), and static/ is
// Hugo's asset dir so the stylesheet is minified and fingerprinted as
// endorse does, instead of copied unprocessed.
func hugoTOML(l layout) string {
	var b strings.Builder
	fmt.Fprintf(&b, "baseURL = %q\nlanguageCode = \"en\"\ntitle = %q\n", BaseURL, siteTitle)
	b.WriteString("copyright = \"© Benchmark Association\"\n")
	b.WriteString("disableKinds = [\"taxonomy\", \"term\", \"RSS\"]\n")
	b.WriteString("enableRobotsTXT = true\nassetDir = \"static\"\nstaticDir = \"hugo-static\"\n")
	b.WriteString("ignoreFiles = ['content/.*\\.toml$']\n\n")
	b.WriteString("[params]\ndescription = \"A generated site used to measure build speed.\"\n")
	b.WriteString("footer = \"Generated for **benchmarks** only.\"\n\n")
	b.WriteString("[params.contact]\nemail = \"bench@example.org\"\nphone = \"555-0100\"\naddress = \"1 Main Street\"\n\n")
	for _, n := range navItems(l) {
		fmt.Fprintf(&b, "[[menus.main]]\nname = %q\nurl = %q\nweight = %d\n\n", n.name, n.url, n.weight)
	}
	return b.String()
}

// hugoLayouts maps layout paths to Hugo templates producing the same page
// shell as endorse's templates: Open Graph tags, a fingerprinted favicon
// and stylesheet with SRI, skip link, nav marking the current section,
// breadcrumbs, the page date, cards listing a section's pages and a footer
// rendered from Markdown with the contact details.
var hugoLayouts = map[string]string{
	"layouts/_default/baseof.html": `<!DOCTYPE html>
<html lang="{{ site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if not .IsHome }}{{ .Title }} · {{ end }}{{ site.Title }}</title>
{{ $desc := .Description | default site.Params.description }}<meta name="description" content="{{ $desc }}">
<link rel="canonical" href="{{ .Permalink }}">
<meta property="og:type" content="website"><meta property="og:site_name" content="{{ site.Title }}">
<meta property="og:title" content="{{ .Title }}"><meta property="og:description" content="{{ $desc }}"><meta property="og:url" content="{{ .Permalink }}">
{{ with resources.Get "img/favicon.svg" }}{{ with . | fingerprint }}<link rel="icon" href="{{ .RelPermalink }}" type="image/svg+xml">{{ end }}{{ end }}
{{ with resources.Get "css/site.css" }}{{ with . | minify | fingerprint "sha384" }}<link rel="stylesheet" href="{{ .RelPermalink }}" integrity="{{ .Data.Integrity }}" crossorigin="anonymous">{{ end }}{{ end }}
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><div class="wrap site-header__inner"><a class="site-title" href="/">{{ site.Title }}</a>
<nav class="site-nav" aria-label="Main"><ul>{{ $here := .RelPermalink }}{{ range site.Menus.main }}<li><a href="{{ .URL }}"{{ if and (ne .URL "/") (hasPrefix $here .URL) }} aria-current="true"{{ end }}>{{ .Name }}</a></li>{{ end }}</ul></nav>
</div></header>
{{ if not .IsHome }}<nav class="breadcrumbs wrap" aria-label="Breadcrumb"><ol>{{ range .Ancestors.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}<li><span aria-current="page">{{ .Title }}</span></li></ol></nav>{{ end }}
<main id="main" tabindex="-1">{{ block "main" . }}{{ end }}</main>
<footer class="site-footer"><div class="wrap site-footer__inner"><div class="site-footer__text"><p>{{ site.Params.footer | markdownify }}</p></div>
{{ with site.Params.contact }}<div class="site-footer__contact"><h2 class="site-footer__heading">Contact</h2><address><p><a href="mailto:{{ .email }}">{{ .email }}</a></p><p>{{ .phone }}</p><p>{{ .address }}</p></address></div>{{ end }}
<p class="site-footer__copyright">{{ site.Copyright }}</p></div></footer>
</body>
</html>
`,
	"layouts/_default/single.html": `{{ define "main" }}<article class="wrap prose">
<h1>{{ .Title }}</h1>
{{ if not .Date.IsZero }}<p class="meta">Updated <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></p>{{ end }}
{{ .Content }}
</article>{{ end }}
`,
	"layouts/_default/list.html": `{{ define "main" }}<article class="wrap prose">
<h1>{{ .Title }}</h1>
{{ .Content }}
<ul class="cards">{{ range .Pages }}<li class="card"><h3 class="card__title"><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3><p>{{ .Description }}</p></li>{{ end }}</ul>
</article>{{ end }}
`,
	"layouts/404.html": `{{ define "main" }}<article class="wrap prose"><h1>Page not found</h1>
<p><a href="/">Go to the home page</a></p></article>{{ end }}
`,
}
