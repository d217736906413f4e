package site

import (
	"html/template"
	"strings"
	"time"

	"github.com/iecmh/endorse/internal/assets"
	"github.com/iecmh/endorse/internal/content"
	"github.com/iecmh/endorse/internal/model"
)

// PageData is what every template receives as ".".
type PageData struct {
	Site    *content.Site    // content/site.toml
	Page    *PageView        // the page being rendered
	Catalog *content.Catalog // the course catalog (ordered; see its methods)
	Rules   *model.Model     // the rules model; nil for a project without rules/
	Data    any              // kind-specific: *content.Course on course pages, DataPage.Data on data pages
	Nav     []NavLink        // site.toml's nav with the current entry marked
	// NavItems is Nav rendered as <li><a …>Name</a></li> entries (what
	// base.html puts in its <ul>), made once per build and current state.
	NavItems template.HTML
	Footer   template.HTML // site.toml's footer text rendered from Markdown
	// SiteFooter is the "footer" partial executed once per build with the
	// site-wide fields only (base.html writes it on every page).
	SiteFooter template.HTML
	// SiteAssets is the \"siteassets\" partial (favicon, site stylesheet)
	// executed once per build like SiteFooter.
	SiteAssets template.HTML
	// Search is the search page's URL (base path included) when the site
	// has search: base.html shows a search box then. "" otherwise.
	Search string
	// Embed is set on the embed pages (/embed/…), which base.html shows
	// without the site's header and footer; nil elsewhere.
	Embed *EmbedView
	Dev   bool // built by endorse serve (live reload)
	// LiveReload is the live-reload script asset in Dev builds, nil otherwise.
	LiveReload *assets.Asset
}

// PageView describes the page being rendered.
type PageView struct {
	Kind        string // "home", "section", "page", "data" or "404"
	Title       string
	Description string // front matter description, else summary, else the site's
	URL         string // site-relative pretty URL, e.g. "/apply/fees/"
	Section     string // first URL segment ("" on the home page)
	File        string // repo path of the source (content file or template)
	Layout      string
	Date        time.Time
	Lastmod     time.Time // last modified (front matter lastmod, else the date)
	// Terms are the page's taxonomy terms, one group per taxonomy it
	// uses, in taxonomy order, each term linked to its page.
	Terms       []TermGroup
	Content     template.HTML // the Markdown body rendered (empty for data pages without one)
	Children    []Link        // sections and home: the pages listed under them, ordered
	Breadcrumbs []Link        // ancestors from home down, the page itself not included
	// BreadcrumbItems is Breadcrumbs rendered as <li><a …>Title</a></li>
	// entries (what the "breadcrumbs" partial puts before the page itself),
	// made once per build and trail.
	BreadcrumbItems template.HTML
	// source is the Markdown page, nil for data pages (see Params).
	source *content.Page
}

// Params returns the page's parameters, as Hugo's .Params: every front
// matter key in lower case (.Page.Params.code), the params table merged
// in (content.Page.AllParams); nil for a page not made from Markdown.
func (v *PageView) Params() map[string]any {
	if v.source == nil {
		return nil
	}
	return v.source.AllParams()
}

// Params is .Page.Params, so templates may write .Params as in Hugo.
func (d *PageData) Params() map[string]any { return d.Page.Params() }

// TermGroup is one taxonomy's terms on a page: "Tags: a, b".
type TermGroup struct {
	Title string // the taxonomy's name, e.g. "Tags"
	URL   string // the taxonomy's page, e.g. "/tags/"
	Terms []Link
}

// Link is a titled link to a page.
type Link struct {
	Title       string
	URL         string
	Description string
}

// NavLink is one main-navigation entry. Current is the aria-current value:
// "page" on the entry's own page, "true" below it, "" elsewhere.
type NavLink struct {
	Name    string
	URL     string
	Current string
}

// navFor marks the nav entry for url.
func navFor(items []content.NavItem, url string) []NavLink {
	out := make([]NavLink, len(items))
	for i, n := range items {
		out[i] = NavLink{Name: n.Name, URL: n.URL}
		switch {
		case n.URL == url:
			out[i].Current = "page"
		case n.URL != "/" && strings.HasSuffix(n.URL, "/") && strings.HasPrefix(url, n.URL):
			out[i].Current = "true"
		}
	}
	return out
}

// breadcrumbs lists the ancestors of url that are pages, home first.
func breadcrumbs(url string, titles map[string]string) []Link {
	var out []Link
	if url == "/" {
		return nil
	}
	segs := strings.Split(strings.Trim(url, "/"), "/")
	for i := 0; i < len(segs); i++ {
		u := "/" + strings.Join(segs[:i], "/")
		if i > 0 {
			u += "/"
		}
		if t, ok := titles[u]; ok && u != url {
			if u == "/" {
				t = "Home"
			}
			out = append(out, Link{Title: t, URL: u})
		}
	}
	return out
}

// describe picks the first non-empty description.
func describe(s ...string) string {
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			return strings.TrimSpace(x)
		}
	}
	return ""
}

// linksOf turns pages into links.
func linksOf(ps []*content.Page) []Link {
	out := make([]Link, len(ps))
	for i, p := range ps {
		out[i] = Link{Title: p.Title, URL: p.URL, Description: describe(p.Description, p.Summary)}
	}
	return out
}
