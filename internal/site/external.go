package site

import (
	"io/fs"
	"path"
	"strings"

	"github.com/iecmh/endorse/internal/diag"
	"github.com/iecmh/endorse/internal/linkcheck"
)

// externalLinks returns every link of the built pages to another site
// (http or https, not under the site's base_url) with the places it is
// written, found as the internal link checker finds a broken link's place
// (linkDiag): the shortcode or source line, else the template, else
// site.toml. A link written once in a partial is one place, however many
// pages show it. Only `endorse check --external` asks for them.
func (b *builder) externalLinks(results []result) []linkcheck.Link {
	base := b.content.Site.BaseURL
	type place struct {
		file      string
		line, col int
	}
	seen := map[string]map[place]bool{}
	var order []string
	srcs := sources{fsys: b.fsys}
	places := map[string][]diag.Diagnostic{}
	for _, r := range results {
		for _, link := range r.links {
			if !linkcheck.IsExternal(link) || base != "" && strings.HasPrefix(link, base) {
				continue
			}
			d, _ := b.linkDiag(&srcs, r.job, link, "")
			if d.Line == 0 { // a source or provider address of the rules data
				d = b.inRules(&srcs, link, d)
			}
			p := place{d.File, d.Line, d.Col}
			if seen[link] == nil {
				seen[link] = map[place]bool{}
				order = append(order, link)
			}
			if !seen[link][p] {
				seen[link][p] = true
				places[link] = append(places[link], diag.Diagnostic{File: d.File, Line: d.Line, Col: d.Col})
			}
		}
	}
	out := make([]linkcheck.Link, 0, len(order))
	for _, link := range order {
		out = append(out, linkcheck.Link{URL: link, Places: places[link]})
	}
	return out
}

// inRules finds link in the rules files (a category's sources, a
// provider's site), else returns d unchanged.
func (b *builder) inRules(srcs *sources, link string, d diag.Diagnostic) diag.Diagnostic {
	if b.ruleFiles == nil {
		b.ruleFiles = []string{}
		_ = fs.WalkDir(b.fsys, RulesDir, func(p string, e fs.DirEntry, err error) error {
			if err == nil && !e.IsDir() && path.Ext(p) == ".toml" {
				b.ruleFiles = append(b.ruleFiles, p)
			}
			return nil
		})
	}
	for _, f := range b.ruleFiles {
		if line, col := findIn(srcs.get(f), link); line > 0 {
			return diag.Diagnostic{File: f, Line: line, Col: col}
		}
	}
	return d
}
