package content

import (
	"io/fs"
	"net/url"
	"sort"
	"strings"

	"github.com/iecmh/endorse/internal/diag"
	"github.com/iecmh/endorse/internal/model"
)

// SiteFile is the repo path of the site configuration.
const SiteFile = "content/site.toml"

// Site is content/site.toml: the association's name, address and the parts
// of the page shell every page shares. Unknown keys are errors.
type Site struct {
	Title       string    `toml:"title"`
	BaseURL     string    `toml:"base_url"`
	Language    string    `toml:"language"`
	Description string    `toml:"description"`
	Nav         []NavItem `toml:"nav"`
	Contact     Contact   `toml:"contact"`
	Footer      Footer    `toml:"footer"`
	Copyright   string    `toml:"copyright"`
	// RulesAsOf ("YYYY-MM-DD", optional) is the date the category pages
	// describe: the editions in force that day. Empty means the newest
	// rules. A date, never the clock, so builds stay reproducible.
	RulesAsOf string `toml:"rules_as_of"`
	// Taxonomies are Hugo's [taxonomies]: singular = "plural" for each
	// way of classifying pages. Missing: Hugo's tags and categories; an
	// empty table: none. A taxonomy has pages only once a page uses it.
	Taxonomies map[string]string `toml:"taxonomies"`
	// TaxonomyURLs moves a taxonomy's pages: plural = "/path/" (the
	// endorsement category pages own /categories/, for one).
	TaxonomyURLs map[string]string `toml:"taxonomy_urls"`
}

// NavItem is one entry of the main navigation.
type NavItem struct {
	Name   string `toml:"name"`
	URL    string `toml:"url"`
	Weight int    `toml:"weight"`
}

// Contact is the association's contact block shown in the footer.
type Contact struct {
	Email   string `toml:"email"`
	Phone   string `toml:"phone"`
	Address string `toml:"address"`
}

// Footer holds the footer's Markdown text.
type Footer struct {
	Text string `toml:"text"`
}

// BasePath is the path part of BaseURL with a trailing slash ("/" for a site
// at the root of its host).
func (s *Site) BasePath() string {
	u, err := url.Parse(s.BaseURL)
	if err != nil || u.Path == "" {
		return "/"
	}
	return strings.TrimSuffix(u.Path, "/") + "/"
}

// LoadSite reads and validates content/site.toml from fsys (rooted at the
// project directory). Nav items come back sorted by weight, then name.
func LoadSite(fsys fs.FS) (*Site, diag.List) {
	var l diag.List
	src, err := fs.ReadFile(fsys, SiteFile)
	if err != nil {
		l.Add(SiteFile, 0, 0, "cannot read: "+fsErr(err))
		return nil, l
	}
	s := &Site{}
	if l = decodeTOML(SiteFile, src, 0, s); len(l) > 0 {
		return nil, l
	}
	l.Merge(validateSite(s, src))
	sort.SliceStable(s.Nav, func(i, j int) bool { return navLess(s.Nav[i], s.Nav[j]) })
	return s, l
}

func navLess(a, b NavItem) bool {
	if a.Weight != b.Weight {
		return a.Weight < b.Weight
	}
	return a.Name < b.Name
}

// validateSite checks required fields and URL shapes.
func validateSite(s *Site, src []byte) diag.List {
	var l diag.List
	req := map[string]string{"title": s.Title, "base_url": s.BaseURL, "language": s.Language}
	for _, k := range []string{"title", "base_url", "language"} {
		if strings.TrimSpace(req[k]) == "" {
			l.AddField(SiteFile, k, "required")
		}
	}
	if u, err := url.Parse(s.BaseURL); s.BaseURL != "" && (err != nil || u.Scheme == "" || u.Host == "") {
		addKeyErr(&l, SiteFile, src, 0, "base_url", "must be an absolute URL such as \"https://example.org/\"")
	}
	for _, n := range s.Nav {
		if n.Name == "" || n.URL == "" {
			addKeyErr(&l, SiteFile, src, 0, "nav", "every [[nav]] entry needs name and url")
		}
	}
	if _, ok := model.ParseDate(s.RulesAsOf); s.RulesAsOf != "" && !ok {
		addKeyErr(&l, SiteFile, src, 0, "rules_as_of", "must be a date written \"YYYY-MM-DD\"")
	}
	return l
}

// addKeyErr reports msg at the definition of the dotted key path in src, or
// names the key path when it cannot be found.
func addKeyErr(l *diag.List, file string, src []byte, lineOffset int, key, msg string) {
	line, col := locateKey(src, splitKey(key))
	if line == 0 {
		l.AddField(file, key, msg)
		return
	}
	l.Add(file, line+lineOffset, col, msg)
}

// fsErr shortens an fs error to its cause.
func fsErr(err error) string {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err.Error()
	}
	return err.Error()
}
