package rules

import (
	"io/fs"

	"github.com/iecmh/endorse/internal/content"
	"github.com/iecmh/endorse/internal/diag"
	"github.com/iecmh/endorse/internal/model"
)

// LoadProject loads the rules of the project rooted at fsys: the course
// catalog from content/courses/ (content.LoadCatalog, which reads no page)
// and rules/. Problems in other content files are left to the site build.
func LoadProject(fsys fs.FS) (*model.Model, diag.List) {
	c, l := content.LoadCatalog(fsys)
	m, rl := LoadIn(fsys, Catalog(c))
	l.Merge(rl)
	if len(l) > 0 {
		return nil, l
	}
	return m, nil
}
