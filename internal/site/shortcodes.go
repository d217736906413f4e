package site

import (
	"bytes"
	"embed"
	"html/template"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/iecmh/endorse/internal/content"
	"github.com/iecmh/endorse/internal/diag"
	"github.com/iecmh/endorse/internal/model"
)

// Shortcodes are rendered as in Hugo: {{< name >}} by the template
// templates/shortcodes/name.html (a subdirectory for "dir/name"), executed
// with a ShortcodeData. Built in (and overridden by a template of the same
// name): ref and relref, figure, youtube and vimeo (a link card: no
// third-party frame, so the Content-Security-Policy holds and nothing is
// loaded from another site), and the data shortcodes fees, fee, category,
// requirements and courses, which show what rules/ and the catalog hold
// so that no page restates a fee, a requirement or a course by hand.

// ShortcodeDir is the repo path of the site's shortcode templates.
const ShortcodeDir = TemplateDir + "/shortcodes"

// builtinDir is where the built-in shortcode templates live in the repo
// (embedded in the binary); their names in diagnostics start with it.
const builtinDir = "internal/site/shortcodes"

//go:embed shortcodes/*.html
var builtinShortcodes embed.FS

// shortcodeSet holds the shortcode templates.
type shortcodeSet struct {
	byName map[string]*template.Template // shortcode name → its template set
	file   map[string]string             // shortcode name → template name (repo path)
	inner  map[string]bool               // the template reads .Inner
}

// goShortcodes are the built-ins written in Go (they resolve pages).
var goShortcodes = map[string]bool{"ref": true, "relref": true}

// parseShortcodes parses the built-in templates, then the site's, each
// into a clone of the shell (so partials are available). shell must not
// have been executed yet.
func parseShortcodes(fsys fs.FS, shell *template.Template) (*shortcodeSet, diag.List) {
	var l diag.List
	s := &shortcodeSet{byName: map[string]*template.Template{}, file: map[string]string{}, inner: map[string]bool{}}
	builtin, _ := fs.Glob(builtinShortcodes, "shortcodes/*.html")
	sort.Strings(builtin)
	for _, f := range builtin {
		src, _ := fs.ReadFile(builtinShortcodes, f)
		l.Merge(s.add(fsys, shell, strings.TrimSuffix(path.Base(f), ".html"), builtinDir+"/"+path.Base(f), src))
	}
	_ = fs.WalkDir(fsys, ShortcodeDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return nil
		}
		src, err := fs.ReadFile(fsys, p)
		if err != nil {
			l.Add(p, 0, 0, "cannot read: "+err.Error())
			return nil
		}
		name := strings.TrimSuffix(strings.TrimPrefix(p, ShortcodeDir+"/"), ".html")
		l.Merge(s.add(fsys, shell, name, p, src))
		return nil
	})
	return s, l
}

// add parses one shortcode template, replacing a built-in of that name.
// The newline that ends the file is not part of the output (so a
// shortcode fits inside a sentence).
func (s *shortcodeSet) add(fsys fs.FS, shell *template.Template, name, file string, src []byte) diag.List {
	var l diag.List
	src = bytes.TrimSuffix(bytes.TrimSuffix(src, []byte("\n")), []byte("\r"))
	set := template.Must(shell.Clone())
	if _, err := set.New(file).Parse(string(src)); err != nil {
		l = append(l, templateDiag(fsys, file, err))
		return l
	}
	s.byName[name], s.file[name] = set, file
	s.inner[name] = strings.Contains(string(src), ".Inner")
	return l
}

// has reports whether name is a shortcode.
func (s *shortcodeSet) has(name string) bool {
	return s.byName[name] != nil || goShortcodes[name]
}

// readsInner reports whether shortcode name uses its inner content.
func (s *shortcodeSet) readsInner(name string) bool {
	if s.byName[name] == nil {
		return false // the Go built-ins take none
	}
	return s.inner[name]
}

// ShortcodeData is "." in a shortcode template, as Hugo's shortcode
// context: .Get 0 or .Get "name" reads an argument, .Inner is the content
// between the tags (HTML for {{< >}}, Markdown for {{% %}}).
type ShortcodeData struct {
	Name          string
	Params        any // []any (positional) or map[string]any (named)
	IsNamedParams bool
	Inner         template.HTML
	Ordinal       int            // 0-based among its siblings
	Parent        *ShortcodeData // the enclosing shortcode, nil at the top
	Position      string         // "content/x.md:12:3"
	Page          *PageView      // the page it is on
	Site          *content.Site
	Catalog       *content.Catalog
	Rules         *model.Model
	call          *content.Shortcode
}

// Get returns the positional argument at an index (an int) or the named
// argument of a name (a string); nil when there is none.
func (s *ShortcodeData) Get(key any) any {
	switch k := key.(type) {
	case int:
		if !s.IsNamedParams && k >= 0 && k < len(s.call.Positional) {
			return s.call.Positional[k]
		}
	case string:
		if s.IsNamedParams {
			return s.call.Named[k]
		}
	}
	return nil
}

// InnerDeindent is Inner with the indentation its lines share removed.
func (s *ShortcodeData) InnerDeindent() template.HTML {
	lines := strings.Split(string(s.Inner), "\n")
	indent := -1
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if n := len(l) - len(strings.TrimLeft(l, " \t")); indent < 0 || n < indent {
			indent = n
		}
	}
	for i, l := range lines {
		if len(l) >= indent && indent > 0 {
			lines[i] = l[indent:]
		}
	}
	return template.HTML(strings.Join(lines, "\n"))
}
