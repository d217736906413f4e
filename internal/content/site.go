package content

import (
	"io/fs"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/iecmh/endorse/internal/diag"
	"github.com/iecmh/endorse/internal/inputfs"
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/tomlpos"
)

// SiteFile is the repo path of the site configuration.
const SiteFile = "content/site.toml"

// Site is content/site.toml: the association's name, address and the parts
// of the page shell every page shares. Unknown keys are errors.
//
// The `cms` tags tell the editor at /admin/ (internal/admin), which is
// generated from these structs, what reflection cannot: "required" (the
// loader requires it), "text" (several lines of plain text), "markdown",
// "date" (a "YYYY-MM-DD" string), "topics" (keys of the rules' topic
// vocabulary).
type Site struct {
	Title       string    `toml:"title" cms:"required"`
	BaseURL     string    `toml:"base_url" cms:"required"`
	Language    string    `toml:"language" cms:"required"`
	Description string    `toml:"description" cms:"text"`
	Nav         []NavItem `toml:"nav"`
	Contact     Contact   `toml:"contact"`
	Footer      Footer    `toml:"footer"`
	Copyright   string    `toml:"copyright"`
	// RulesAsOf ("YYYY-MM-DD", optional) is the date the category pages
	// describe: the editions in force that day. Empty means the newest
	// rules. A date, never the clock, so builds stay reproducible.
	RulesAsOf string `toml:"rules_as_of" cms:"date"`
	// Taxonomies are Hugo's [taxonomies]: singular = "plural" for each
	// way of classifying pages. Missing: Hugo's tags and categories; an
	// empty table: none. A taxonomy has pages only once a page uses it.
	Taxonomies map[string]string `toml:"taxonomies"`
	// TaxonomyURLs moves a taxonomy's pages: plural = "/path/" (the
	// endorsement category pages own /categories/, for one).
	TaxonomyURLs map[string]string `toml:"taxonomy_urls"`
	// Limits are the largest input files (see internal/inputfs).
	Limits Limits `toml:"limits"`
	// Embed names the sites that may show the embed pages in a frame.
	Embed Embed `toml:"embed"`
	// Search builds the site search (see internal/search).
	Search Search `toml:"search"`
	// Admin, when the table is there, publishes the editor at /admin/.
	Admin *Admin `toml:"admin"`
	// Currency is the ISO 4217 code of the amounts of course prices and
	// fees ("USD", "CAD", "EUR"); default "USD".
	Currency string `toml:"currency"`
}

// DefaultCurrency is the currency of a site.toml that names none.
const DefaultCurrency = "USD"

// CurrencyCode is Currency, or DefaultCurrency when it is not set.
func (s *Site) CurrencyCode() string {
	if s == nil || s.Currency == "" {
		return DefaultCurrency
	}
	return s.Currency
}

// Limits is the [limits] table: sizes such as "10 MB" (1024-based units)
// or a number of bytes. Unset keys keep inputfs's defaults.
type Limits struct {
	Text    any `toml:"text"`    // Markdown, TOML, templates, CSS, JS
	File    any `toml:"file"`    // files published as they are
	Profile any `toml:"profile"` // profiles read by endorse eval
}

// NavItem is one entry of the main navigation.
type NavItem struct {
	Name   string `toml:"name" cms:"required"`
	URL    string `toml:"url" cms:"required"`
	Weight int    `toml:"weight"`
}

// Contact is the association's contact block shown in the footer.
type Contact struct {
	Email   string `toml:"email"`
	Phone   string `toml:"phone"`
	Address string `toml:"address" cms:"text"`
}

// Footer holds the footer's Markdown text.
type Footer struct {
	Text string `toml:"text" cms:"markdown"`
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
	for _, plural := range sortedKeys(s.TaxonomyURLs) {
		if _, why := CleanPath(urlOf(s.TaxonomyURLs[plural])); why != "" {
			addKeyErr(&l, SiteFile, src, "taxonomy_urls."+plural, "the path "+strconv.Quote(s.TaxonomyURLs[plural])+" "+why)
		}
	}
	req := map[string]string{"title": s.Title, "base_url": s.BaseURL, "language": s.Language}
	for _, k := range []string{"title", "base_url", "language"} {
		if strings.TrimSpace(req[k]) == "" {
			l.AddField(SiteFile, k, "required")
		}
	}
	if u, err := url.Parse(s.BaseURL); s.BaseURL != "" && (err != nil || u.Scheme == "" || u.Host == "") {
		addKeyErr(&l, SiteFile, src, "base_url", "must be an absolute URL such as \"https://example.org/\"")
	}
	for _, n := range s.Nav {
		if n.Name == "" || n.URL == "" {
			addKeyErr(&l, SiteFile, src, "nav", "every [[nav]] entry needs name and url")
		}
	}
	if _, ok := model.ParseDate(s.RulesAsOf); s.RulesAsOf != "" && !ok {
		addKeyErr(&l, SiteFile, src, "rules_as_of", "must be a date written \"YYYY-MM-DD\"")
	}
	if c := s.Currency; c != "" && !isCurrencyCode(c) {
		addKeyErr(&l, SiteFile, src, "currency", "must be a three-letter currency code such as \"USD\", not "+strconv.Quote(c))
	}
	l.Merge(validateEmbed(s.Embed, src))
	l.Merge(validateAdmin(s.Admin, src))
	_, errs := s.Limits.parse()
	for key, msg := range errs {
		addKeyErr(&l, SiteFile, src, "limits."+key, msg)
	}
	return l
}

// isCurrencyCode reports whether c has the shape of an ISO 4217 code.
func isCurrencyCode(c string) bool {
	if len(c) != 3 {
		return false
	}
	for _, r := range c {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// InputLimits returns the limits site.toml sets, with defaults for the
// keys it leaves out or gets wrong (LoadSite reports those).
func (s *Site) InputLimits() inputfs.Limits {
	lim, _ := s.Limits.parse()
	return lim
}

// parse reads the table; errs maps a key to what is wrong with it.
func (t Limits) parse() (inputfs.Limits, map[string]string) {
	var out inputfs.Limits
	errs := map[string]string{}
	for _, f := range []struct {
		key  string
		v    any
		into *int64
	}{{"text", t.Text, &out.Text}, {"file", t.File, &out.File}, {"profile", t.Profile, &out.Profile}} {
		n, err := sizeOf(f.v)
		if err != nil {
			errs[f.key] = err.Error()
			continue
		}
		*f.into = n
	}
	return out, errs
}

// sizeOf reads a size value: a string such as "10 MB" or a number of bytes.
func sizeOf(v any) (int64, error) {
	switch x := v.(type) {
	case nil:
		return 0, nil
	case string:
		return inputfs.ParseSize(x)
	case int64:
		if x > 0 {
			return x, nil
		}
	}
	return 0, inputfs.ErrSize
}

// ReadLimits returns the input limits of the project's site.toml, read
// leniently (defaults for anything missing or wrong) because they are
// needed before site.toml is loaded properly: every file, site.toml
// included, is read under them. site.toml itself is read under the
// default limit.
func ReadLimits(fsys fs.FS) inputfs.Limits {
	var s struct {
		Limits Limits `toml:"limits"`
	}
	src, err := fs.ReadFile(fsys, SiteFile)
	if err != nil {
		return inputfs.Default
	}
	if _, err := toml.Decode(string(src), &s); err != nil {
		return inputfs.Default
	}
	lim, _ := s.Limits.parse()
	return lim
}

// addKeyErr reports msg at the definition of key path in src ("nav",
// "limits.pages", "sessions[1].end"; its nearest written prefix when the
// key itself is not written), or names the key path when neither is. It
// scans src, so it is for error paths.
func addKeyErr(l *diag.List, file string, src []byte, key, msg string) {
	at, ok := tomlpos.Scan(src).Find(key)
	if !ok {
		l.AddField(file, key, msg)
		return
	}
	l.Add(file, at.Line, at.Col, msg)
}

// fsErr shortens an fs error to its cause.
func fsErr(err error) string {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err.Error()
	}
	return err.Error()
}

// sortedKeys returns the keys of m in order.
func sortedKeys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
