// Package diag carries diagnostics as data.
//
// Every stage of Endorse (TOML loading, front matter, templates, assets, the
// link checker, rules validation) reports problems as Diagnostics rather than
// stopping at the first one. A caller collects them in a List, sorts them and
// prints each as "file:line:col: message" (1-based line and column), so a user
// fixes every problem in one pass. A Diagnostic with no line names its field
// path instead ("file: field.path: message").
package diag

import (
	"sort"
	"strconv"
	"strings"
)

// Diagnostic is one problem found in one input file.
type Diagnostic struct {
	File    string // slash-separated path relative to the project root, e.g. "content/about.md"
	Line    int    // 1-based; 0 when unknown
	Col     int    // 1-based; 0 when unknown
	Field   string // key path such as "categories.ifs.training.hours" when no position is known
	Message string
}

// String formats d the way compilers do: "file:line:col: message".
func (d Diagnostic) String() string {
	var b strings.Builder
	b.WriteString(d.File)
	if d.Line > 0 {
		b.WriteString(":" + strconv.Itoa(d.Line))
		if d.Col > 0 {
			b.WriteString(":" + strconv.Itoa(d.Col))
		}
	}
	if d.Field != "" && d.Line == 0 {
		b.WriteString(": " + d.Field)
	}
	b.WriteString(": " + d.Message)
	return b.String()
}

// List collects diagnostics. The zero value is ready to use.
type List []Diagnostic

// Add appends a diagnostic at a position.
func (l *List) Add(file string, line, col int, msg string) {
	*l = append(*l, Diagnostic{File: file, Line: line, Col: col, Message: msg})
}

// AddField appends a diagnostic that names a field path instead of a position.
func (l *List) AddField(file, field, msg string) {
	*l = append(*l, Diagnostic{File: file, Field: field, Message: msg})
}

// Merge appends every diagnostic of other.
func (l *List) Merge(other List) { *l = append(*l, other...) }

// Sort orders by file, line, column, then message, and drops exact duplicates,
// so output is stable whatever order the stages ran in.
func (l *List) Sort() {
	s := *l
	sort.SliceStable(s, func(i, j int) bool { return less(s[i], s[j]) })
	out := s[:0]
	for i, d := range s {
		if i == 0 || d != s[i-1] {
			out = append(out, d)
		}
	}
	*l = out
}

func less(a, b Diagnostic) bool {
	if a.File != b.File {
		return a.File < b.File
	}
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	if a.Col != b.Col {
		return a.Col < b.Col
	}
	if a.Field != b.Field {
		return a.Field < b.Field
	}
	return a.Message < b.Message
}

// Err returns the list as an error, or nil when it is empty. The list is
// sorted first.
func (l List) Err() error {
	if len(l) == 0 {
		return nil
	}
	c := append(List(nil), l...)
	c.Sort()
	return &Error{List: c}
}

// Error is a non-empty, sorted List used as an error value.
type Error struct{ List List }

// Error prints one diagnostic per line.
func (e *Error) Error() string {
	lines := make([]string, len(e.List))
	for i, d := range e.List {
		lines[i] = d.String()
	}
	return strings.Join(lines, "\n")
}

// LineCol converts a byte offset in src to a 1-based line and column. The
// column counts runes, not bytes, so it matches what editors show.
func LineCol(src []byte, offset int) (line, col int) {
	if offset > len(src) {
		offset = len(src)
	}
	line, start := 1, 0
	for i := 0; i < offset; i++ {
		if src[i] == '\n' {
			line++
			start = i + 1
		}
	}
	return line, len([]rune(string(src[start:offset]))) + 1
}
