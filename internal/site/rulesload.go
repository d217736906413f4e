package site

import (
	"io/fs"

	"github.com/iecmh/endorse/internal/content"
	"github.com/iecmh/endorse/internal/diag"
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/rules"
)

// RulesDir is the repo path of the rules.
const RulesDir = "rules"

// loadRules loads the rules model for the pages and the checker and returns
// it with its rules.json serialisation (published as the asset
// "rules.json"). A project without rules/ has no model and no rules.json,
// so small sites and tests build without rules.
func loadRules(fsys fs.FS, cat *content.Catalog) (*model.Model, []byte, diag.List) {
	if !hasRules(fsys) {
		return nil, nil, nil
	}
	m, l := rules.LoadIn(fsys, rules.Catalog(cat))
	if m == nil || len(l) > 0 {
		return nil, nil, l
	}
	js, err := m.MarshalJSON()
	if err != nil {
		l.Add(RulesDir, 0, 0, "serialising rules.json: "+err.Error())
	}
	return m, js, l
}

// hasRules reports whether the project has a rules directory.
func hasRules(fsys fs.FS) bool {
	fi, err := fs.Stat(fsys, RulesDir)
	return err == nil && fi.IsDir()
}
