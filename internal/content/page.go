package content

import (
	"bytes"
	"io/fs"
	"path"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/iecmh/endorse/internal/diag"
)

// Kind tells what a page is.
type Kind string

// Page kinds.
const (
	KindHome    Kind = "home"    // content/_index.md
	KindSection Kind = "section" // content/<dir>/_index.md
	KindPage    Kind = "page"    // any other .md file
)

// Page is one Markdown file of content/: its front matter and where its body
// starts. The body is not kept in memory: ReadBody reads it when the page is
// rendered, so a build holds an index of the site rather than all its text.
type Page struct {
	File        string // repo path, e.g. "content/apply/fees.md"
	Kind        Kind
	URL         string // pretty URL with leading and trailing slash, e.g. "/apply/fees/"
	Section     string // first directory below content/ ("" for top-level pages and home)
	Dir         string // URL of the section this page lists under ("" for home)
	Title       string
	LinkTitle   string // shorter title for links; "" = Title
	Description string
	Summary     string
	Weight      int
	Draft       bool
	Headless    bool     // not published (Hugo's headless, build.render = "never")
	Unlisted    bool     // left out of listings and taxonomies (build.list = "never")
	Aliases     []string // old URLs that redirect here
	Layout      string   // template name without directory and extension; "" = default for Kind
	Date        time.Time
	PublishDate time.Time // not published before (unless built with Future)
	ExpiryDate  time.Time // not published from (unless built with Expired); zero: never
	Lastmod     time.Time
	// Params are the page's own parameters, sorted by key: the front
	// matter keys that are no Page field (custom keys, Hugo keys Endorse
	// ignores) in lower case, with the params table merged in; nil when
	// there are none. AllParams is what templates see.
	Params []Param
	// Terms are the page's terms by taxonomy (plural, e.g. "tags"), as
	// written.
	Terms    map[string][]string
	Format   Format // of the front matter
	BodyLine int    // 1-based line of the body's first line in File

	block     fmBlock // the front matter, to locate its keys
	slug, url string
	published *bool // Hugo's "published = false"
}

// parsePage parses one Markdown file. rel is its path below content/.
func parsePage(rel string, src []byte, cfg *Config) (*Page, diag.List) {
	file := path.Join("content", rel)
	var l diag.List
	block, ferr := splitFrontMatter(src)
	var m map[string]any
	if ferr == nil {
		m, ferr = block.decode()
	}
	if ferr != nil {
		l.Add(file, ferr.line, ferr.col, ferr.msg)
		return nil, l
	}
	block.src = bytes.Clone(block.src)
	p := newPage(rel)
	p.File, p.block, p.Format, p.BodyLine = file, block, block.format, block.bodyLine
	r := &fmReader{p: p, block: block, cfg: cfg, dates: map[string]time.Time{}, typos: map[string]bool{}}
	r.apply(m)
	r.l.Merge(p.finish(r.typos["title"]))
	return p, r.l
}

// ReadBody reads the page's Markdown body (the file from BodyLine on) from
// fsys, the file system Load read it from.
func (p *Page) ReadBody(fsys fs.FS) ([]byte, error) {
	src, err := fs.ReadFile(fsys, p.File)
	return bodyOf(src, p.BodyLine), err
}

// AppendBody is ReadBody reading into buf's spare capacity (buf[:0], grown
// as needed), so a caller rendering page after page can reuse one buffer.
// It returns the buffer read into and the body within it.
func (p *Page) AppendBody(fsys fs.FS, buf []byte) (all, body []byte, err error) {
	f, err := fsys.Open(p.File)
	if err != nil {
		return buf, nil, err
	}
	defer f.Close()
	b := bytes.NewBuffer(buf[:0])
	if _, err := b.ReadFrom(f); err != nil {
		return b.Bytes(), nil, err
	}
	return b.Bytes(), bodyOf(b.Bytes(), p.BodyLine), nil
}

// bodyOf returns src from 1-based line n on.
func bodyOf(src []byte, n int) []byte {
	for i := 1; i < n; i++ {
		j := bytes.IndexByte(src, '\n')
		if j < 0 {
			return nil
		}
		src = src[j+1:]
	}
	return src
}

// newPage sets kind, section and URL from the file's place in content/:
// "_index.md" is its directory's section page (the home page at the top),
// "index.md" is a Hugo leaf bundle (a page at its directory's URL), any
// other "name.md" is the page "dir/name/".
func newPage(rel string) *Page {
	dir, name := path.Split(rel)
	dir = strings.TrimSuffix(dir, "/")
	p := &Page{Kind: KindPage, URL: urlOf(path.Join(dir, strings.TrimSuffix(name, ".md"))), Dir: urlOf(dir)}
	switch name {
	case "_index.md":
		p.Kind, p.URL, p.Dir = KindSection, urlOf(dir), urlOf(path.Dir(dir))
		if dir == "" {
			p.Kind, p.Dir = KindHome, ""
		}
	case "index.md":
		p.URL, p.Dir = urlOf(dir), urlOf(path.Dir(dir))
	}
	p.Section, _, _ = strings.Cut(dir, "/")
	return p
}

// urlOf turns a slash path below content/ into a pretty URL.
func urlOf(rel string) string {
	if rel == "" || rel == "." {
		return "/"
	}
	return "/" + strings.Trim(rel, "/") + "/"
}

// finish applies slug and url and checks what every page needs (a title,
// unless a misspelt one was reported already).
func (p *Page) finish(titleTypo bool) diag.List {
	var l diag.List
	if p.slug != "" && p.Kind == KindPage {
		p.URL = path.Dir(strings.TrimSuffix(p.URL, "/")) + "/" + strings.Trim(p.slug, "/") + "/"
		p.URL = strings.Replace(p.URL, "//", "/", 1)
	}
	if p.url != "" {
		p.URL = urlOf(p.url)
	}
	if p.Title == "" && p.Kind == KindSection {
		p.Title = sectionTitle(p.URL)
	}
	if p.Title == "" && p.Kind != KindHome && !titleTypo {
		l.Add(p.File, 1, 1, "front matter: title is required")
	}
	return l
}

// sectionTitle is Hugo's title for a section without one: its directory
// name with a capital ("posts" → "Posts").
func sectionTitle(url string) string {
	name := path.Base(strings.TrimSuffix(url, "/"))
	r, size := utf8.DecodeRuneInString(name)
	return string(unicode.ToUpper(r)) + name[size:]
}

// normalizeAlias gives an alias a leading slash; a trailing slash is kept as
// written (an alias may name a file such as "/old.html").
func normalizeAlias(a string) string {
	return "/" + strings.TrimLeft(strings.TrimSpace(a), "/")
}

// AllParams returns the page's parameters as Hugo's .Params has them: the
// fields that were set under their lower-case keys (title, date,
// publishdate …, draft always), each taxonomy's terms, then Params (the
// params table wins, as in Hugo). A new map on every call: parameters are
// few and read by templates only, and not keeping the fields twice keeps a
// build's page index small.
func (p *Page) AllParams() map[string]any {
	m := make(map[string]any, len(p.Params)+len(p.Terms)+8)
	for k, v := range map[string]string{"title": p.Title, "linktitle": p.LinkTitle, "description": p.Description,
		"summary": p.Summary, "layout": p.Layout, "slug": p.slug, "url": p.url} {
		if v != "" {
			m[k] = v
		}
	}
	for k, t := range map[string]time.Time{"date": p.Date, "publishdate": p.PublishDate, "lastmod": p.Lastmod, "expirydate": p.ExpiryDate} {
		if !t.IsZero() {
			m[k] = t
		}
	}
	if p.Weight != 0 {
		m["weight"] = p.Weight
	}
	if len(p.Aliases) > 0 {
		m["aliases"] = p.Aliases
	}
	m["draft"] = p.Draft
	for k, terms := range p.Terms {
		m[k] = terms
	}
	for _, kv := range p.Params {
		m[kv.Key] = kv.Value
	}
	return m
}

// Param is one of a page's own parameters.
type Param struct {
	Key   string // lower case
	Value any
}

// KeyPos returns the 1-based position in p.File where front matter key is
// defined, or 0, 0. Used to point errors about a key's value (a layout that
// does not exist, an alias that clashes) at the key.
func (p *Page) KeyPos(key string) (line, col int) {
	return p.block.keyPos(strings.Split(key, ".")...)
}
