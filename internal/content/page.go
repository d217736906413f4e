package content

import (
	"bytes"
	"io/fs"
	"path"
	"strings"
	"time"

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
	Description string
	Summary     string
	Weight      int
	Draft       bool
	Aliases     []string // old URLs that redirect here
	Layout      string   // template name without directory and extension; "" = default for Kind
	Date        time.Time
	BodyLine    int // 1-based line of the body's first line in File

	src []byte // front matter, to locate its keys
}

// frontMatter is the TOML between the `+++` lines. Keys Hugo defines but
// Endorse does not use are accepted and ignored, so a Hugo content tree
// builds unchanged; any other key is an error.
type frontMatter struct {
	Title       string   `toml:"title"`
	Description string   `toml:"description"`
	Summary     string   `toml:"summary"`
	Weight      int      `toml:"weight"`
	Draft       bool     `toml:"draft"`
	Aliases     []string `toml:"aliases"`
	Layout      string   `toml:"layout"`
	Date        any      `toml:"date"`
	Slug        string   `toml:"slug"`
	URL         string   `toml:"url"`

	// Tolerated Hugo keys.
	Tags           any `toml:"tags"`
	Categories     any `toml:"categories"`
	Keywords       any `toml:"keywords"`
	Lastmod        any `toml:"lastmod"`
	PublishDate    any `toml:"publishDate"`
	ExpiryDate     any `toml:"expiryDate"`
	TOC            any `toml:"toc"`
	Type           any `toml:"type"`
	LinkTitle      any `toml:"linkTitle"`
	Menu           any `toml:"menu"`
	Params         any `toml:"params"`
	Images         any `toml:"images"`
	Author         any `toml:"author"`
	Authors        any `toml:"authors"`
	Series         any `toml:"series"`
	Outputs        any `toml:"outputs"`
	Cascade        any `toml:"cascade"`
	Build          any `toml:"build"`
	Headless       any `toml:"headless"`
	Sitemap        any `toml:"sitemap"`
	Markup         any `toml:"markup"`
	TranslationKey any `toml:"translationKey"`
	IsCJKLanguage  any `toml:"isCJKLanguage"`
	Resources      any `toml:"resources"`
	OldBuild       any `toml:"_build"`
	Videos         any `toml:"videos"`
	Audio          any `toml:"audio"`
}

// splitFrontMatter separates `+++` TOML front matter from the body. fmLine is
// the 1-based file line of the first TOML line; bodyLine that of the body.
// A file without front matter is all body.
func splitFrontMatter(src []byte) (fm []byte, fmLine, bodyLine int, ok bool, err string) {
	src = bytes.TrimPrefix(src, []byte("\ufeff"))
	first, rest, _ := bytes.Cut(src, []byte("\n"))
	switch strings.TrimSpace(string(first)) {
	case "+++":
	case "---":
		return nil, 0, 1, false, "YAML front matter is not supported: use TOML between +++ lines"
	default:
		return nil, 0, 1, true, ""
	}
	off, line := 0, 2
	for off <= len(rest) {
		l, _, _ := bytes.Cut(rest[off:], []byte("\n"))
		if strings.TrimSpace(string(l)) == "+++" {
			return rest[:off], 2, line + 1, true, ""
		}
		off += len(l) + 1
		line++
	}
	return nil, 0, 1, false, "front matter opened with +++ on line 1 is never closed"
}

// parsePage parses one Markdown file. rel is its path below content/.
func parsePage(rel string, src []byte) (*Page, diag.List) {
	file := path.Join("content", rel)
	var l diag.List
	fmSrc, fmLine, bodyLine, ok, msg := splitFrontMatter(src)
	if !ok {
		l.Add(file, 1, 1, msg)
		return nil, l
	}
	var fm frontMatter
	if fmSrc != nil {
		if l = decodeTOML(file, fmSrc, fmLine-1, &fm); len(l) > 0 {
			return nil, l
		}
	}
	p := newPage(rel)
	p.File, p.src, p.BodyLine = file, bytes.Clone(fmSrc), bodyLine
	l.Merge(p.applyFrontMatter(fm, fmLine-1))
	return p, l
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

// applyFrontMatter copies front matter fields and honours slug and url.
func (p *Page) applyFrontMatter(fm frontMatter, off int) diag.List {
	var l diag.List
	p.Title, p.Description, p.Summary = fm.Title, fm.Description, fm.Summary
	p.Weight, p.Draft, p.Layout = fm.Weight, fm.Draft, fm.Layout
	if fm.Slug != "" && p.Kind == KindPage {
		p.URL = path.Dir(strings.TrimSuffix(p.URL, "/")) + "/" + strings.Trim(fm.Slug, "/") + "/"
		p.URL = strings.Replace(p.URL, "//", "/", 1)
	}
	if fm.URL != "" {
		p.URL = urlOf(fm.URL)
	}
	for _, a := range fm.Aliases {
		p.Aliases = append(p.Aliases, normalizeAlias(a))
	}
	if p.Title == "" && p.Kind != KindHome {
		l.Add(p.File, 1, 1, "front matter: title is required")
	}
	p.Date, l = p.parseDate(fm.Date, off, l)
	return l
}

// normalizeAlias gives an alias a leading slash; a trailing slash is kept as
// written (an alias may name a file such as "/old.html").
func normalizeAlias(a string) string {
	return "/" + strings.TrimLeft(strings.TrimSpace(a), "/")
}

// parseDate accepts a TOML date or date-time, or a "YYYY-MM-DD" string.
func (p *Page) parseDate(v any, off int, l diag.List) (time.Time, diag.List) {
	switch d := v.(type) {
	case nil:
		return time.Time{}, l
	case time.Time:
		return d, l
	case string:
		if t, err := time.Parse("2006-01-02", d); err == nil {
			return t, l
		}
	}
	addKeyErr(&l, p.File, p.src, off, "date", `date must be a TOML date such as 2024-05-01`)
	return time.Time{}, l
}

// KeyPos returns the 1-based position in p.File where front matter key is
// defined, or 0, 0. Used to point errors about a key's value (a layout that
// does not exist, an alias that clashes) at the key.
func (p *Page) KeyPos(key string) (line, col int) {
	line, col = locateKey(p.src, splitKey(key))
	if line == 0 {
		return 0, 0
	}
	return line + 1, col
}
