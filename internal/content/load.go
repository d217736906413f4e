// Package content loads an association's site content: content/site.toml,
// Markdown pages with TOML front matter (Hugo conventions, so a Hugo content
// tree builds unchanged) and the course catalog (content/courses/*.toml).
//
// Everything is read from an fs.FS rooted at the project directory, so tests
// use fstest.MapFS. Problems come back as a diag.List with positions in the
// files a user edits; loading never stops at the first problem.
package content

import (
	"io/fs"
	"path"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/iecmh/endorse/internal/diag"
)

// Dir is the repo path of the content tree.
const Dir = "content"

// Content is a loaded content tree. Draft pages and draft courses are left
// out. Pages are sorted by URL.
type Content struct {
	Site    *Site
	Pages   []*Page
	Catalog *Catalog
	Files   []string // other files below content/ (images, PDFs), repo paths, copied as-is
	// MarkdownDirs are the directories holding Markdown files, drafts and
	// other unpublished pages included, sorted: what the editor at /admin/
	// lists (internal/admin).
	MarkdownDirs []MarkdownDir
	byURL        map[string]*Page
	pending      []string // Markdown files found by the walk, parsed by addPages
	config       *Config  // from Site, for reading pages
	filter       Filter   // which pages are published
	refs         *refIndex
}

// Load reads content/ from fsys, leaving drafts out. The returned Content
// is usable only when the list is empty.
func Load(fsys fs.FS) (*Content, diag.List) {
	return LoadWith(fsys, Filter{})
}

// LoadWith is Load publishing the pages f keeps.
func LoadWith(fsys fs.FS, f Filter) (*Content, diag.List) {
	c := &Content{byURL: map[string]*Page{}, filter: f, refs: &refIndex{}}
	site, l := LoadSite(fsys)
	c.Site, c.config = site, configOf(site)
	err := fs.WalkDir(fsys, Dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			l.Add(p, 0, 0, "cannot read: "+fsErr(err))
			return nil
		}
		if d.IsDir() || p == SiteFile || strings.HasPrefix(d.Name(), ".") || isCourseFile(strings.TrimPrefix(p, Dir+"/")) {
			return nil // course files are readCatalog's
		}
		if !d.Type().IsRegular() && !openable(fsys, p, &l) {
			return nil // a pipe, a device, a link the policy refuses: reported, never read
		}
		c.classify(p, &l)
		return nil
	})
	if err != nil {
		l.Add(Dir, 0, 0, "cannot read: "+fsErr(err))
	}
	c.addPages(fsys, &l)
	cat, cl := readCatalog(fsys, site.CurrencyCode())
	c.Catalog = cat
	l.Merge(cl)
	l.Merge(c.index())
	return c, l
}

// classify notes one file of content/ as a page to load or a file to
// copy.
func (c *Content) classify(p string, l *diag.List) {
	switch {
	case strings.HasSuffix(p, ".md"):
		c.pending = append(c.pending, p)
	case strings.HasSuffix(p, ".toml"):
		l.Add(p, 0, 0, "unexpected TOML file: only content/site.toml and content/courses/<id>.toml are read")
	default:
		c.Files = append(c.Files, p)
	}
}

// openable reports whether the special entry p (a symbolic link, a pipe, a
// device) may be read: fsys (the project's inputfs) decides without
// reading it, and a refusal is reported at once.
func openable(fsys fs.FS, p string, l *diag.List) bool {
	f, err := fsys.Open(p)
	if err != nil {
		l.Add(p, 0, 0, "cannot read: "+fsErr(err))
		return false
	}
	f.Close()
	return true
}

func isCourseFile(rel string) bool {
	dir, name := path.Split(rel)
	return dir == "courses/" && strings.HasSuffix(name, ".toml")
}

// addPages reads and parses the pending Markdown files on every CPU (file
// reads and TOML decoding are most of a large site's load time). Pages and
// diagnostics are kept in walk order, so the result does not depend on
// scheduling.
func (c *Content) addPages(fsys fs.FS, l *diag.List) {
	pages := make([]*Page, len(c.pending))
	lists := make([]diag.List, len(c.pending))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.NumCPU(), len(c.pending)) {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < len(pages); i = int(next.Add(1)) - 1 {
				pages[i], lists[i] = c.ReadPage(fsys, c.pending[i])
			}
		})
	}
	wg.Wait()
	for i, pg := range pages {
		l.Merge(lists[i])
		if pg != nil && c.filter.Keeps(pg) {
			c.Pages = append(c.Pages, pg)
		}
	}
	c.MarkdownDirs = markdownDirs(c.pending, pages)
	c.pending = nil
}

// MarkdownDir is a directory of content/ that holds Markdown files.
type MarkdownDir struct {
	Dir     string   // repo path, e.g. "content/apply"
	Formats []Format // of its files' front matter, each once, sorted
}

// Uses reports whether some file of the directory has front matter in f.
func (d MarkdownDir) Uses(f Format) bool { return slices.Contains(d.Formats, f) }

// markdownDirs groups Markdown files (repo paths; pages[i] is files[i]
// parsed, nil when it could not be) by directory.
func markdownDirs(files []string, pages []*Page) []MarkdownDir {
	formats := map[string][]Format{}
	for i, f := range files {
		dir := path.Dir(f)
		formats[dir] = formats[dir] // a directory of unparsable files is still listed
		if pages[i] != nil && !slices.Contains(formats[dir], pages[i].Format) {
			formats[dir] = append(formats[dir], pages[i].Format)
		}
	}
	out := make([]MarkdownDir, 0, len(formats))
	for dir, fmts := range formats {
		slices.Sort(fmts)
		out = append(out, MarkdownDir{Dir: dir, Formats: fmts})
	}
	slices.SortFunc(out, func(a, b MarkdownDir) int { return strings.Compare(a.Dir, b.Dir) })
	return out
}

// ReadPage reads and parses one Markdown file of content/ (a repo path such
// as "content/apply/fees.md") as Load does, whether or not the build
// publishes it (see Keeps), and puts its URL and aliases in canonical form
// (cleanPaths). A page whose URL cannot be a site path is dropped (its
// diagnostics say why), so nothing downstream reports it again. Used by
// incremental rebuilds too.
func (c *Content) ReadPage(fsys fs.FS, file string) (*Page, diag.List) {
	src, err := fs.ReadFile(fsys, file)
	if err != nil {
		var l diag.List
		l.Add(file, 0, 0, "cannot read: "+fsErr(err))
		return nil, l
	}
	pg, l := parsePage(strings.TrimPrefix(file, Dir+"/"), src, c.config)
	if pg == nil {
		return nil, l
	}
	pl, ok := pg.cleanPaths()
	l.Merge(pl)
	if !ok {
		return nil, l
	}
	return pg, l
}

// Keeps reports whether the build publishes p (see Filter).
func (c *Content) Keeps(p *Page) bool { return c.filter.Keeps(p) }

// Taxonomies returns the site's taxonomies, used or not.
func (c *Content) Taxonomies() []Taxonomy { return c.config.Taxonomies }

// index sorts pages by URL and reports two pages claiming one URL.
func (c *Content) index() diag.List {
	var l diag.List
	sort.Slice(c.Pages, func(i, j int) bool { return c.Pages[i].File < c.Pages[j].File })
	for _, p := range c.Pages {
		if q, dup := c.byURL[p.URL]; dup {
			l.Add(p.File, 1, 1, "URL "+p.URL+" is already used by "+q.File)
			continue
		}
		c.byURL[p.URL] = p
	}
	sort.SliceStable(c.Pages, func(i, j int) bool { return c.Pages[i].URL < c.Pages[j].URL })
	return l
}

// Page returns the page at a pretty URL, or nil.
func (c *Content) Page(url string) *Page { return c.byURL[url] }

// Children returns the pages and subsections listed under the section at
// url, ordered by weight (pages with a weight first), then title, then URL.
func (c *Content) Children(url string) []*Page {
	var out []*Page
	for _, p := range c.Pages {
		if p.Dir == url && p.Kind != KindHome && !p.Unlisted {
			out = append(out, p)
		}
	}
	SortPages(out)
	return out
}

// SortPages orders pages like Hugo: ascending weight with weight 0 (unset)
// last, then title, then URL.
func SortPages(ps []*Page) {
	sort.SliceStable(ps, func(i, j int) bool { return pageLess(ps[i], ps[j]) })
}

func pageLess(a, b *Page) bool {
	wa, wb := sortWeight(a.Weight), sortWeight(b.Weight)
	if wa != wb {
		return wa < wb
	}
	if a.Title != b.Title {
		return a.Title < b.Title
	}
	return a.URL < b.URL
}

func sortWeight(w int) int64 {
	if w == 0 {
		return 1 << 40
	}
	return int64(w)
}

// PageByFile returns the loaded page read from the repo path file, or nil.
func (c *Content) PageByFile(file string) *Page {
	for _, p := range c.Pages {
		if p.File == file {
			return p
		}
	}
	return nil
}

// With returns a copy of c in which the page at p.URL is replaced by p; c
// itself is not changed (the previous build keeps using it). p must have
// the URL of a loaded page.
func (c *Content) With(p *Page) *Content {
	n := *c
	n.Pages = append([]*Page(nil), c.Pages...)
	n.byURL = make(map[string]*Page, len(c.byURL))
	for u, q := range c.byURL {
		n.byURL[u] = q
	}
	for i, q := range n.Pages {
		if q.URL == p.URL {
			n.Pages[i] = p
		}
	}
	n.byURL[p.URL] = p
	n.refs = &refIndex{}
	return &n
}
