// Package tomlpos finds where the keys of a TOML document are written.
//
// BurntSushi/toml reports no positions for decoded keys, so every semantic
// error about a TOML file (an unknown key, a bad value found by the rules
// loader, a course session that ends before it starts) finds its position
// here, from the source text. This is the only TOML key locator in Endorse:
// the rules loader, the content loaders (site.toml, courses, TOML front
// matter) and the message catalogs all use it, so a diagnostic about a key
// points at the same place whoever reports it.
//
// # Positions
//
// A Pos is the 1-based line and the 1-based byte column of the key's first
// byte, as go/scanner counts: for `name = …` the `n` (or the opening quote
// of a quoted key), for a table header `[fees]` the `f`, for `[[sessions]]`
// the `s`, for a key in an inline table the key itself. A dotted key or
// header also defines its parent tables: `a.b.c = 1` places a, a.b and a.b.c
// at the `a`. An element of an array value is placed at its first byte. A
// path keeps the first place that defines it.
//
// # Paths
//
// Find takes paths as the rules loader and the course validator write them:
// names joined by ".", an element of an array (of tables, or a value) as
// "[i]": "requirements[3].hours", "embed.allow[1]". Key takes the parts of a
// key without indices, as BurntSushi/toml's toml.Key has them, and answers
// with the key's first definition across the elements of arrays of tables.
//
// The scanner is tolerant: on text that is not valid TOML it skips to the
// next line and goes on, so it can place keys of a file whose other lines
// have errors. It never panics.
package tomlpos

import (
	"sort"
	"strconv"
	"strings"
)

// Pos is a 1-based line and 1-based byte column.
type Pos struct{ Line, Col int }

// Index holds the position of every key of one TOML document. The zero
// Index finds nothing.
type Index struct {
	paths  map[string]Pos // "a[2].b" → where it is first defined
	names  map[string]Pos // parts without indices, joined by sep
	folded map[string]Pos // names, lower-cased
}

// sep joins the parts of a key in the names maps; it cannot occur in a
// key that anyone writes.
const sep = "\x00"

// Find returns the position of path ("requirements[3].hours") or, when
// the path is not written in the document, of its nearest written prefix
// ("requirements[3]", then "requirements").
func (x Index) Find(path string) (Pos, bool) {
	for path != "" {
		if p, ok := x.paths[path]; ok {
			return p, true
		}
		i := strings.LastIndexAny(path, ".[")
		if i < 0 {
			break
		}
		path = path[:i]
	}
	return Pos{}, false
}

// Key returns where the key with these parts (no indices) is first
// defined, or false.
func (x Index) Key(parts ...string) (Pos, bool) {
	p, ok := x.names[strings.Join(parts, sep)]
	return p, ok
}

// KeyFold is Key with each part matched without regard to case when no
// key is spelled exactly so (front matter keys are read that way, as Hugo
// reads them).
func (x Index) KeyFold(parts ...string) (Pos, bool) {
	if p, ok := x.Key(parts...); ok {
		return p, true
	}
	p, ok := x.folded[strings.ToLower(strings.Join(parts, sep))]
	return p, ok
}

// Paths lists every located path in the order of its position, for tests
// and debugging.
func (x Index) Paths() []string {
	out := make([]string, 0, len(x.paths))
	for k := range x.paths {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := x.paths[out[i]], x.paths[out[j]]
		if a != b {
			return a.Line < b.Line || a.Line == b.Line && a.Col < b.Col
		}
		return out[i] < out[j]
	})
	return out
}

// Scan locates every key of the TOML document src.
func Scan(src []byte) Index {
	s := &scanner{
		src:    src,
		lines:  lineStarts(src),
		arrays: map[string]int{},
		x:      Index{paths: map[string]Pos{}, names: map[string]Pos{}, folded: map[string]Pos{}},
	}
	s.document()
	return s.x
}

// lineStarts returns the byte offset at which each line of src begins.
func lineStarts(src []byte) []int {
	starts := []int{0}
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// pos converts a byte offset to a Pos.
func (s *scanner) pos(off int) Pos {
	line := sort.Search(len(s.lines), func(i int) bool { return s.lines[i] > off })
	return Pos{Line: line, Col: off - s.lines[line-1] + 1}
}

// path is a key path being built: indexed ("a[2].b") for Find, and its
// parts without indices for Key.
type path struct {
	indexed string
	parts   []string
}

func (p path) child(name string) path {
	ix := name
	if p.indexed != "" {
		ix = p.indexed + "." + name
	}
	return path{indexed: ix, parts: append(p.parts[:len(p.parts):len(p.parts)], name)}
}

func (p path) element(i int) path {
	return path{indexed: p.indexed + "[" + strconv.Itoa(i) + "]", parts: p.parts}
}

// define records where p is written unless an earlier line defined it.
func (s *scanner) define(p path, at Pos) {
	if _, ok := s.x.paths[p.indexed]; !ok {
		s.x.paths[p.indexed] = at
	}
	name := strings.Join(p.parts, sep)
	if _, ok := s.x.names[name]; !ok {
		s.x.names[name] = at
	}
	low := strings.ToLower(name)
	if _, ok := s.x.folded[low]; !ok {
		s.x.folded[low] = at
	}
}
