package site

import (
	"html"
	"strings"

	"github.com/iecmh/endorse/internal/categoryview"
	"github.com/iecmh/endorse/internal/content"
	"github.com/iecmh/endorse/internal/diag"
)

// Embed pages: the checker, the category list and each category page again
// under /embed/, without the site's header, breadcrumbs and footer, for an
// <iframe> on the sites content/site.toml names in embed.allow. Only they
// may be framed (SiteHeaders gives /embed/* its own frame-ancestors).
// They are made when embed.allow is set, are not in the sitemap, and tell
// search engines not to index them (the full page is the canonical one).

// EmbedPrefix is the URL path below which the embed pages live.
const EmbedPrefix = "/embed/"

// EmbedHostScript is the stable URL of the script a host page includes to
// size the frames to their content (static/js/embed-host.js).
const EmbedHostScript = EmbedPrefix + "host.js"

// embedHostAsset is the logical asset name of that script.
const embedHostAsset = "js/embed-host.js"

// EmbedView is .Embed on an embed page (nil on every other page).
type EmbedView struct {
	// Origins are the sites allowed to frame the page, separated by
	// spaces, for the page's script: it answers only them.
	Origins string
	// Map pairs each path that has an embed version with that version,
	// "from to from to …" (base path included), so the page's script keeps
	// links to them inside the frame and opens any other page in a new tab.
	Map string
}

// embedSources are the URLs (prefixes) whose pages have embed versions.
var embedSources = []string{categoryview.CheckerURL, categoryview.CategoriesURL}

// embedURL is the embed version of a page URL.
func embedURL(url string) string { return strings.TrimSuffix(EmbedPrefix, "/") + url }

// hasEmbed reports whether the page at url gets an embed version.
func hasEmbed(url string) bool {
	for _, p := range embedSources {
		if url == p || (strings.HasSuffix(p, "/") && p != categoryview.CheckerURL && strings.HasPrefix(url, p)) {
			return true
		}
	}
	return false
}

// planEmbeds adds an embed job for every planned page that has an embed
// version, when site.toml allows embedding. A page of content/ already at
// such a URL is an error at that page.
func (b *builder) planEmbeds() diag.List {
	var l diag.List
	origins := b.content.Site.Embed.Origins()
	if len(origins) == 0 {
		return nil
	}
	view := &EmbedView{Origins: strings.Join(origins, " "), Map: b.embedMap()}
	n := len(b.jobs)
	for i := range n {
		j := b.jobs[i]
		if !hasEmbed(j.URL) {
			continue
		}
		url := embedURL(j.URL)
		if p := b.content.Page(url); p != nil {
			l.Add(p.File, 0, 0, "URL "+url+" is the embed version of "+j.URL+" (embed.allow in "+content.SiteFile+"): move this page")
			continue
		}
		data := *j.Data
		data.Embed = view
		j.URL, j.Out, j.Sitemap, j.Data = url, outPath(url), false, &data
		b.jobs = append(b.jobs, j)
	}
	return l
}

// embedMap is EmbedView.Map for this site's base path.
func (b *builder) embedMap() string {
	var parts []string
	for _, p := range embedSources {
		parts = append(parts, b.funcs.relURL(p), b.funcs.relURL(embedURL(p)))
	}
	return strings.Join(parts, " ")
}

// embeddingTemplate is the editors' page of the embeds.
const embeddingTemplate = TemplateDir + "/embedding.html"

// EmbeddingPage is .Data on the editors' page (/embed/): the sites allowed
// to frame the embed pages, the pages, and code to paste, with the site's
// absolute addresses.
type EmbeddingPage struct {
	Origins    []string
	Pages      []Link // title and absolute URL of each embed page
	CheckerURL string // absolute URL of /embed/checker/
	Snippet    string // the iframe and host script for the checker
}

// embeddingPage returns the editors' page when embedding is allowed and
// the templates have one.
func (b *builder) embeddingPage() (DataPage, bool) {
	origins := b.content.Site.Embed.Origins()
	if len(origins) == 0 || !b.tmpl.has(embeddingTemplate) || b.content.Page(EmbedPrefix) != nil {
		return DataPage{}, false
	}
	base := b.content.Site.BaseURL
	v := &EmbeddingPage{Origins: origins, CheckerURL: absURL(base, embedURL(categoryview.CheckerURL))}
	title := b.content.Site.Title
	if b.content.Page(categoryview.CheckerURL) != nil {
		v.Pages = append(v.Pages, Link{Title: "The readiness checker", URL: v.CheckerURL})
		title = b.content.Page(categoryview.CheckerURL).Title
	}
	for _, d := range b.categories {
		v.Pages = append(v.Pages, Link{Title: d.Title, URL: absURL(base, embedURL(d.URL))})
	}
	v.Snippet = `<iframe src="` + v.CheckerURL + `" title="` + html.EscapeString(title) + `" style="width:100%;height:1400px;border:0" loading="lazy"></iframe>` + "\n" +
		`<script src="` + absURL(base, EmbedHostScript) + `" defer></script>`
	return DataPage{URL: EmbedPrefix, Template: embeddingTemplate, Title: "Show our checker on your website",
		Description: "How partner websites show our readiness checker and category requirements in their own pages.", Data: v}, true
}

// writeEmbedHost publishes the host script at its stable URL (host pages
// on other sites name it in their snippet, so it cannot carry a hash).
func (b *builder) writeEmbedHost(w *writer) {
	if !b.content.Site.Embed.Enabled() {
		return
	}
	if a, ok := b.manifest.Get(embedHostAsset); ok {
		w.write(strings.TrimPrefix(EmbedHostScript, "/"), "static/"+embedHostAsset, a.Bytes)
	}
}
