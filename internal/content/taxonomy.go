package content

import (
	"sort"
	"strings"
	"unicode"
)

// Taxonomy is one way of classifying pages, as in Hugo: pages list their
// terms under the plural name in front matter (tags = ["x"]), and the
// site gets a page listing the terms (/tags/) and one per term
// (/tags/x/).
type Taxonomy struct {
	Singular string // "tag"
	Plural   string // "tags": the front matter key and the URL segment
	URL      string // the terms list page, "/tags/" unless site.toml's [taxonomy_urls] moves it
}

// defaultTaxonomies are Hugo's: used when site.toml has no [taxonomies].
var defaultTaxonomies = map[string]string{"tag": "tags", "category": "categories"}

// Config is what reading a page needs from content/site.toml.
type Config struct {
	Taxonomies []Taxonomy // sorted by Plural
}

// configOf returns the page-reading configuration of site (nil: Hugo's
// defaults).
func configOf(site *Site) *Config {
	tax, urls := defaultTaxonomies, map[string]string(nil)
	if site != nil && site.Taxonomies != nil {
		tax = site.Taxonomies
	}
	if site != nil {
		urls = site.TaxonomyURLs
	}
	c := &Config{}
	for singular, plural := range tax {
		plural = strings.ToLower(strings.TrimSpace(plural))
		if plural == "" {
			continue
		}
		u := "/" + plural + "/"
		if v := urls[plural]; v != "" {
			u = urlOf(v)
		}
		c.Taxonomies = append(c.Taxonomies, Taxonomy{Singular: strings.ToLower(singular), Plural: plural, URL: u})
	}
	sort.Slice(c.Taxonomies, func(i, j int) bool { return c.Taxonomies[i].Plural < c.Taxonomies[j].Plural })
	return c
}

// isTaxonomy reports whether lk (a lower-case key) names a taxonomy.
func (c *Config) isTaxonomy(lk string) bool {
	for _, t := range c.Taxonomies {
		if t.Plural == lk {
			return true
		}
	}
	return false
}

// taxonomyKeys returns the taxonomies' front matter keys.
func (c *Config) taxonomyKeys() []string {
	out := make([]string, len(c.Taxonomies))
	for i, t := range c.Taxonomies {
		out[i] = t.Plural
	}
	return out
}

// TermSlug is a term's URL segment, made as Hugo's urlize makes it: lower
// case, spaces as hyphens, letters, digits and "._-+~" kept, anything else
// dropped. "Reflective Practice" → "reflective-practice". Dots are kept
// only inside a word ("v1.2"), so no term makes a "." or ".." segment.
func TermSlug(term string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(term)) {
		switch {
		case r == '.' && (b.Len() == 0 || strings.HasSuffix(b.String(), ".")):
		case unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("._-+~", r):
			b.WriteRune(r)
		case unicode.IsSpace(r):
			b.WriteByte('-')
		}
	}
	return strings.TrimRight(b.String(), ".")
}
