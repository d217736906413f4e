package rules

import (
	"io/fs"
	"strings"

	"github.com/iecmh/endorse/internal/content"
	"github.com/iecmh/endorse/internal/diag"
	"github.com/iecmh/endorse/internal/model"
)

// LoadProject loads the rules of the project rooted at fsys: the course
// catalog from content/courses/ (through internal/content) and rules/.
// Problems in other content files are left to the site build.
func LoadProject(fsys fs.FS) (*model.Model, diag.List) {
	c, cl := content.Load(fsys)
	var l diag.List
	for _, d := range cl {
		if strings.HasPrefix(d.File, "content/courses/") {
			l = append(l, d)
		}
	}
	var catalog []model.Course
	if c != nil {
		catalog = Catalog(c.Catalog)
	}
	m, rl := LoadIn(fsys, catalog)
	l.Merge(rl)
	if len(l) > 0 {
		return nil, l
	}
	return m, nil
}
