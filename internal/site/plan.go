package site

import (
	"cmp"
	"html/template"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/iecmh/endorse/internal/assets"
	"github.com/iecmh/endorse/internal/categoryview"
	"github.com/iecmh/endorse/internal/content"
	"github.com/iecmh/endorse/internal/diag"
	"github.com/iecmh/endorse/internal/inputfs"
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/searchindex"
)

// builder holds everything loaded before rendering starts.
type builder struct {
	opts       Options
	ruleFiles  []string // rules/**/*.toml, listed when first needed (externalLinks)
	fsys       fs.FS
	content    *content.Content
	model      *model.Model
	labels     categoryview.Labels // the message catalog's word lists (a site with rules)
	manifest   *assets.Manifest
	funcs      *funcState
	tmpl       *templates
	jobs       []job
	titles     map[string]string // URL → title of every page, for breadcrumbs
	footer     template.HTML
	siteFooter template.HTML // the "footer" partial, rendered once
	siteAssets template.HTML // the \"siteassets\" partial, rendered once
	// navItems caches the nav's <li> entries rendered, by current state:
	// a site has few distinct states, so pages share them.
	navItems   map[string]template.HTML
	navLinks   map[string][]NavLink
	navTmpl    *template.Template
	crumbCache map[string]template.HTML // crumbItems, by trail
	crumbTmpl  *template.Template
	liveReload *assets.Asset // Dev builds only
	// categories are the category pages, made once per build from the
	// rules model (kept by incremental rebuilds, which never change it).
	categories     []DataPage
	haveCategories bool
	taxonomies     []*taxonomyIndex // the taxonomies pages use, made by plan
	// warnings are problems that leave the build good, for Summary.
	warnings []string
}

// LiveReloadAsset is the logical asset name of Options.LiveReloadJS.
const LiveReloadAsset = "livereload.js"

// job is one page to render.
type job struct {
	URL      string        // site-relative URL
	Out      string        // output path, slash-separated
	File     string        // repo path named in diagnostics
	Template string        // repo path of the page template
	Page     *content.Page // Markdown source, nil for data pages
	Data     *PageData
	Sitemap  bool
}

// prepare loads content, rules, assets and templates and plans every page
// of a build started at now (which dated pages it publishes). Nothing is
// written.
func prepare(opts Options, now time.Time) (*builder, diag.List) {
	in := inputfs.New(opts.Root, content.ReadLimits(inputfs.New(opts.Root, inputfs.Default)))
	b := &builder{opts: opts, fsys: in}
	c, l := content.LoadWith(b.fsys, opts.filter(now))
	if c.Site == nil { // still check rules, assets and templates, to report everything at once
		c.Site = &content.Site{}
	}
	b.content = c
	l.Merge(checkNetlifyTOML(b.fsys, SiteHeaders(c.Site)))
	m, rulesJSON, rl := loadRules(b.fsys, c.Catalog)
	b.model = m
	l.Merge(rl)
	var messagesJSON []byte
	if rulesJSON != nil {
		var ml diag.List
		b.labels, messagesJSON, ml = loadMessages(b.fsys, c.Site.Language)
		l.Merge(ml)
	}
	l.Merge(b.loadAssets(in, rulesJSON, messagesJSON))
	b.funcs = &funcState{manifest: b.manifest, basePath: c.Site.BasePath(), baseURL: c.Site.BaseURL, lang: c.Site.Language,
		data:    dataFuncs{rules: m, catalog: c.Catalog, currency: c.Site.CurrencyCode()},
		editor:  opts.Dev,
		courses: courseFuncs{currency: c.Site.CurrencyCode(), members: membersOf(m), today: dayOf(now)}}
	tmpl, tl := parseTemplates(b.fsys, b.funcs.funcMap())
	b.tmpl = tmpl
	l.Merge(tl)
	if len(l) > 0 {
		return nil, l
	}
	footer, err := b.funcs.markdown(c.Site.Footer.Text)
	if err != nil {
		l.AddField(content.SiteFile, "footer.text", err.Error())
	}
	b.footer = footer
	l.Merge(b.renderShared())
	l.Merge(b.plan())
	return b, l
}

// loadAssets builds static/ (and wasm) and adds rules.json and the
// checker's message catalog.
func (b *builder) loadAssets(in *inputfs.FS, rulesJSON, messagesJSON []byte) diag.List {
	m, l := b.opts.Assets.BuildFrom(in)
	if rulesJSON != nil {
		m.Add("rules.json", rulesJSON)
	}
	if messagesJSON != nil {
		m.Add(MessagesAsset, messagesJSON)
	}
	if b.opts.Dev && b.opts.LiveReloadJS != nil {
		a := m.Add(LiveReloadAsset, b.opts.LiveReloadJS)
		b.liveReload = &a
	}
	b.manifest = m
	return l
}

// plan creates one job per page: Markdown pages, the generated home and
// course catalog when content lacks them, course pages, category pages and
// 404.html.
func (b *builder) plan() diag.List {
	var l diag.List
	b.taxonomies = b.indexTaxonomies()
	data := b.dataPages()
	tax, tl := b.taxonomyPages(b.takenURLs(data))
	l.Merge(tl)
	data = append(data, tax...)
	b.titles = map[string]string{}
	for _, p := range b.content.Pages {
		b.titles[p.URL] = p.Title
	}
	for _, d := range data {
		b.titles[d.page.URL] = d.page.Title
	}
	missing := missingTemplates{}
	for _, p := range b.content.Pages {
		l.Merge(b.addPage(p, missing))
	}
	for _, d := range data {
		l.Merge(b.addData(d, missing))
	}
	l.Merge(missing.diags())
	b.add(job{URL: "/404.html", File: TemplateDir + "/404.html", Template: TemplateDir + "/404.html"},
		&PageView{Kind: "404", Title: "Page not found"}, nil)
	l.Merge(b.planEmbeds())
	sort.SliceStable(b.jobs, func(i, j int) bool { return b.jobs[i].URL < b.jobs[j].URL })
	return l
}

// sourced is a data page with the file its data came from and, for a
// term page, the pages it lists.
type sourced struct {
	page     DataPage
	file     string
	children []*content.Page
}

// takenURLs maps the URL of every Markdown and data page to who has it,
// in words for a diagnostic.
func (b *builder) takenURLs(data []sourced) map[string]string {
	taken := map[string]string{}
	for _, p := range b.content.Pages {
		taken[p.URL] = p.File
	}
	for _, d := range data {
		who := d.file
		if d.page.Template == TemplateDir+"/category.html" || d.page.Template == TemplateDir+"/categories.html" {
			who = "the endorsement category pages"
		}
		taken[d.page.URL] = who
	}
	return taken
}

// dataPages returns the pages generated from data, plus a home page and a
// catalog index when content/ has none.
func (b *builder) dataPages() []sourced {
	var out []sourced
	if b.content.Page("/") == nil {
		out = append(out, sourced{DataPage{URL: "/", Template: TemplateDir + "/home.html", Title: b.content.Site.Title}, content.SiteFile, nil})
	}
	cat := b.content.Catalog
	if len(cat.Courses) > 0 && b.content.Page("/courses/") == nil {
		out = append(out, sourced{DataPage{URL: "/courses/", Template: TemplateDir + "/courses.html", Title: "Courses"}, content.Dir + "/courses", nil})
	}
	if b.searchEnabled() && b.content.Page(SearchURL) == nil {
		out = append(out, sourced{DataPage{URL: SearchURL, Template: searchTemplate, Title: "Search",
			Description: "Search the pages of " + b.content.Site.Title + ".",
			Data:        &SearchPage{Index: b.funcs.relURL("/" + searchindex.Path(b.content.Site.Language))}}, content.SiteFile, nil})
	}
	for _, c := range cat.Courses {
		out = append(out, sourced{DataPage{URL: c.URL, Template: TemplateDir + "/course.html", Title: c.Title, Description: c.Summary, Data: c}, c.File, nil})
	}
	if !b.haveCategories {
		asOf, _ := model.ParseDate(b.content.Site.RulesAsOf)
		b.categories, b.haveCategories = categoryPagesAsOf(b.model, asOf, b.labels), true
		b.funcs.data.categories = map[string]*categoryview.View{}
		for _, d := range b.categories {
			if v, ok := d.Data.(*categoryview.View); ok {
				b.funcs.data.categories[v.ID] = v
			}
		}
	}
	for _, d := range b.categories {
		out = append(out, sourced{d, d.Template, nil})
	}
	if d, ok := b.embeddingPage(); ok {
		out = append(out, sourced{d, content.SiteFile, nil})
	}
	return out
}

// addPage plans a Markdown page (a headless one is not published). A
// layout key naming no template is reported at the key; a missing default
// template is noted in missing.
func (b *builder) addPage(p *content.Page, missing missingTemplates) diag.List {
	var l diag.List
	if p.Headless {
		return nil
	}
	tmpl := b.templateFor(p)
	if !b.tmpl.has(tmpl) {
		if line, col := p.KeyPos("layout"); line > 0 {
			l.Add(p.File, line, col, "no template "+tmpl+" for layout "+quoteOr(p.Layout, string(p.Kind)))
		} else {
			missing.add(tmpl, p.File)
		}
		return l
	}
	v := &PageView{Kind: string(p.Kind), Title: p.Title, Layout: p.Layout, Date: p.Date, Lastmod: p.Lastmod,
		Description: describe(p.Description, p.Summary, b.content.Site.Description),
		Terms:       b.termLinks(p), source: p}
	if p.Kind != content.KindPage {
		v.Children = linksOf(b.content.Children(p.URL))
	}
	b.add(job{URL: p.URL, File: p.File, Template: tmpl, Page: p, Sitemap: true}, v, nil)
	return nil
}

// templateFor picks a page's template: its layout, else by kind; the
// courses section uses the catalog template.
func (b *builder) templateFor(p *content.Page) string {
	name := p.Layout
	switch {
	case name != "":
	case p.Kind == content.KindHome:
		name = "home"
	case p.Kind == content.KindSection && p.URL == "/courses/":
		name = "courses"
	case p.Kind == content.KindSection:
		name = "section"
	default:
		name = "page"
	}
	return TemplateDir + "/" + name + ".html"
}

// addData plans a data page, refusing a URL a Markdown page already has.
func (b *builder) addData(d sourced, missing missingTemplates) diag.List {
	var l diag.List
	if p := b.content.Page(d.page.URL); p != nil {
		l.Add(d.file, 0, 0, "URL "+d.page.URL+" is also used by "+p.File)
		return l
	}
	if !b.tmpl.has(d.page.Template) {
		if d.file == d.page.Template { // a page made from the rules: name it by URL
			missing.add(d.page.Template, d.page.URL)
		} else {
			missing.add(d.page.Template, d.file)
		}
		return l
	}
	v := &PageView{Kind: cmp.Or(d.page.Kind, "data"), Title: d.page.Title,
		Description: describe(d.page.Description, b.content.Site.Description)}
	switch {
	case d.children != nil:
		kids := slices.Clone(d.children)
		content.SortPages(kids)
		v.Children = linksOf(kids)
	case d.page.URL == "/" || d.page.URL == "/courses/":
		v.Children = linksOf(b.content.Children(d.page.URL))
	}
	b.add(job{URL: d.page.URL, File: d.file, Template: d.page.Template, Sitemap: d.page.URL != SearchURL && d.page.URL != EmbedPrefix}, v, d.page.Data)
	return nil
}

// missingTemplates maps a template that does not exist to the files whose
// pages need it. One missing template is one problem, however many pages
// need it (issue 9, defect 10).
type missingTemplates map[string][]string

func (m missingTemplates) add(tmpl, what string) {
	if !slices.Contains(m[tmpl], what) {
		m[tmpl] = append(m[tmpl], what)
	}
}

// diags reports each missing template once, at the template's own path,
// naming up to three files (or URLs) that need it.
func (m missingTemplates) diags() diag.List {
	var l diag.List
	for tmpl, files := range m {
		list := strings.Join(files[:min(3, len(files))], ", ")
		if len(files) > 3 {
			list += " and " + strconv.Itoa(len(files)-3) + " more"
		}
		l.Add(tmpl, 0, 0, "missing: it is needed for "+list)
	}
	return l
}

// add completes a job's view data and appends it.
func (b *builder) add(j job, v *PageView, data any) {
	v.URL, v.File = j.URL, j.File
	v.Section = firstSegment(j.URL)
	if j.URL != "/404.html" {
		v.Breadcrumbs = breadcrumbs(j.URL, b.titles)
		v.BreadcrumbItems = b.crumbItems(v.Breadcrumbs)
	}
	j.Out = outPath(j.URL)
	j.Data = &PageData{Site: b.content.Site, Page: v, Catalog: b.content.Catalog, Rules: b.model,
		Data: data, Footer: b.footer, Search: b.searchURL(), SiteFooter: b.siteFooter, SiteAssets: b.siteAssets, Dev: b.opts.Dev, LiveReload: b.liveReload}
	j.Data.Nav, j.Data.NavItems = b.nav(j.URL)
	b.jobs = append(b.jobs, j)
}

// renderShared executes the partials every page shares once, with the
// site-wide fields only (.Site, .Footer, .Catalog, .Rules, .Dev,
// .LiveReload): "footer" into PageData.SiteFooter and "siteassets" into
// PageData.SiteAssets. A shell without one leaves its field empty.
func (b *builder) renderShared() diag.List {
	var l diag.List
	d := &PageData{Site: b.content.Site, Page: &PageView{}, Catalog: b.content.Catalog, Rules: b.model,
		Footer: b.footer, Dev: b.opts.Dev, LiveReload: b.liveReload}
	for _, p := range []struct {
		name, file string
		into       *template.HTML
	}{
		{"footer", TemplateDir + "/partials/footer.html", &b.siteFooter},
		{"siteassets", TemplateDir + "/partials/assets.html", &b.siteAssets},
	} {
		if b.tmpl.shell.Lookup(p.name) == nil {
			continue
		}
		var buf strings.Builder
		if err := b.tmpl.shell.ExecuteTemplate(&buf, p.name, d); err != nil {
			l = append(l, templateDiag(b.fsys, p.file, err))
			continue
		}
		*p.into = template.HTML(buf.String())
	}
	return l
}

// navItemsSrc is the markup of PageData.NavItems: the entries of the main
// nav, as base.html's nav once ranged over them.
const navItemsSrc = `{{range .}}<li><a href="{{relURL .URL}}"{{with .Current}} aria-current="{{.}}"{{end}}>{{.Name}}</a></li>{{end}}`

// nav returns the nav for url and its entries rendered. Both are shared
// by every page with the same current state.
func (b *builder) nav(url string) ([]NavLink, template.HTML) {
	links := navFor(b.content.Site.Nav, url)
	var key strings.Builder
	for _, l := range links {
		key.WriteString(l.Current)
		key.WriteByte(0)
	}
	k := key.String()
	if h, ok := b.navItems[k]; ok {
		return b.navLinks[k], h
	}
	if b.navItems == nil {
		b.navItems = map[string]template.HTML{}
		b.navLinks = map[string][]NavLink{}
		b.navTmpl = template.Must(template.New("nav").Funcs(b.funcs.funcMap()).Parse(navItemsSrc))
	}
	var buf strings.Builder
	if err := b.navTmpl.Execute(&buf, links); err != nil {
		panic("site: nav: " + err.Error()) // relURL cannot fail
	}
	b.navItems[k], b.navLinks[k] = template.HTML(buf.String()), links
	return links, b.navItems[k]
}

// crumbItemsSrc is the markup of PageView.BreadcrumbItems.
const crumbItemsSrc = `{{range .}}<li><a href="{{relURL .URL}}">{{.Title}}</a></li>{{end}}`

// crumbItems renders breadcrumbs as <li> entries, once per distinct trail
// (the pages of a section share theirs).
func (b *builder) crumbItems(crumbs []Link) template.HTML {
	if len(crumbs) == 0 {
		return ""
	}
	var key strings.Builder
	for _, c := range crumbs {
		key.WriteString(c.URL)
		key.WriteByte(0)
		key.WriteString(c.Title)
		key.WriteByte(0)
	}
	k := key.String()
	if h, ok := b.crumbCache[k]; ok {
		return h
	}
	if b.crumbCache == nil {
		b.crumbCache = map[string]template.HTML{}
		b.crumbTmpl = template.Must(template.New("crumbs").Funcs(b.funcs.funcMap()).Parse(crumbItemsSrc))
	}
	var buf strings.Builder
	if err := b.crumbTmpl.Execute(&buf, crumbs); err != nil {
		panic("site: breadcrumbs: " + err.Error()) // relURL cannot fail
	}
	h := template.HTML(buf.String())
	b.crumbCache[k] = h
	return h
}

func firstSegment(url string) string {
	dir := path.Clean(url)
	for path.Dir(dir) != "/" && dir != "/" {
		dir = path.Dir(dir)
	}
	if dir == "/" || path.Ext(dir) != "" {
		return ""
	}
	return dir[1:]
}

func quoteOr(s, def string) string {
	if s == "" {
		return def
	}
	return `"` + s + `"`
}
