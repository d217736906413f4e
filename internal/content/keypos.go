package content

import (
	"strings"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"

	"github.com/iecmh/endorse/internal/tomlpos"
)

// keyPos returns the 1-based position in the file of the front matter key
// path (top-level key first, each part matched without regard to case, as
// Hugo reads keys), or 0, 0 when it cannot be found. It parses the front
// matter again, so it is for error paths only.
func (b fmBlock) keyPos(path ...string) (line, col int) {
	switch b.format {
	case FormatTOML:
		at, _ := tomlpos.Scan(b.src).KeyFold(path...)
		line, col = at.Line, at.Col
	case FormatYAML, FormatJSON:
		// A JSON object is YAML in flow style: one locator serves both.
		line, col = yamlKeyPos(b.src, path)
	}
	if line == 0 {
		return 0, 0
	}
	return line + b.line - 1, col
}

// yamlKeyPos finds a key path in YAML (or JSON) source.
func yamlKeyPos(src []byte, path []string) (line, col int) {
	f, err := parser.ParseBytes(src, 0)
	if err != nil || len(f.Docs) == 0 {
		return 0, 0
	}
	node := f.Docs[0].Body
	for i, p := range path {
		kv := yamlEntry(node, p)
		if kv == nil {
			return 0, 0
		}
		if i == len(path)-1 {
			pos := kv.Key.GetToken().Position
			return pos.Line, pos.Column
		}
		node = kv.Value
	}
	return 0, 0
}

// yamlEntry returns the entry of mapping node whose key is name, or nil.
func yamlEntry(node ast.Node, name string) *ast.MappingValueNode {
	var entries []*ast.MappingValueNode
	switch n := node.(type) {
	case *ast.MappingNode:
		entries = n.Values
	case *ast.MappingValueNode:
		entries = []*ast.MappingValueNode{n}
	case *ast.AnchorNode:
		return yamlEntry(n.Value, name)
	case *ast.TagNode:
		return yamlEntry(n.Value, name)
	}
	var folded *ast.MappingValueNode
	for _, kv := range entries {
		if kv.Key == nil {
			continue
		}
		switch k := yamlKeyText(kv.Key); {
		case k == name:
			return kv
		case folded == nil && strings.EqualFold(k, name):
			folded = kv
		}
	}
	return folded
}

// yamlKeyText is a key as decoded (without quotes).
func yamlKeyText(k ast.MapKeyNode) string {
	if s, ok := k.(*ast.StringNode); ok {
		return s.Value
	}
	return strings.Trim(k.String(), `"'`)
}
