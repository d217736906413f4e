package site

import (
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/yuin/goldmark"

	"github.com/iecmh/endorse/internal/assets"
	"github.com/iecmh/endorse/internal/content"
	"github.com/iecmh/endorse/internal/diag"
	"github.com/iecmh/endorse/internal/inputfs"
)

// TemplateDir is the repo path of the templates.
const TemplateDir = "templates"

// BaseTemplate is the page shell every page template fills: it calls
// {{template "main" .}}, which each page template defines.
const BaseTemplate = TemplateDir + "/base.html"

// templates is the parsed template set: one executable template per page
// template file, each a clone of the shell plus partials. Parsed once per
// build; safe for concurrent execution.
type templates struct {
	byName     map[string]*template.Template // repo path → template
	shell      *template.Template            // base.html and the partials
	shared     []string                      // repo paths of the shell's files
	shortcodes *shortcodeSet
}

// funcState is what template funcs read. Funcs are bound at parse time, so
// they close over this struct, filled in before rendering starts.
type funcState struct {
	manifest *assets.Manifest
	basePath string // "/" or "/sub/"
	baseURL  string
	lang     string    // the site's language (dates)
	md       sync.Pool // of goldmark.Markdown
	data     dataFuncs // the data shortcodes' functions
	courses  courseFuncs
	editor   bool // `endorse serve`: notes for editors are shown (never in a build)
}

// funcMap returns the template functions. Contract:
//   - asset "css/site.css" → assets.Asset (use .URL and .Integrity); an
//     unknown name is an execution error.
//   - markdown string → template.HTML (same Markdown config as pages).
//   - relURL "/about/" → the URL with the site's base path; absURL → with the
//     full base URL.
//   - hours float64 → "12" or "1.5"; totalHours []*content.Course → float64.
//   - Hugo's markdownify (markdown, without the <p> around one paragraph),
//     safeHTML, default and errorf (fails the page with a message), for
//     shortcode templates written for Hugo.
//   - the data shortcodes' feeTable, fee, categoryInfo, requirementsOf,
//     courseList, renewalCycle and membershipNote (see shortcode_data.go).
//   - date (time.Time, model.Date, content.Day or "YYYY-MM-DD") → "1 March
//     2025" in the site's language (dates.go); ISO stays for datetime
//     attributes.
//   - editor → true in `endorse serve` only: templates show notes for
//     editors (a requirement's reading of the sources) in an editor panel
//     then, and never in a build.
//   - money 60 → "$60" in the site's currency; currencyName → "US
//     dollars"; coursePrice course → its
//     price in words; upcoming course → its sessions from the build's day
//     (money.go).
func (fs *funcState) funcMap() template.FuncMap {
	return template.FuncMap{
		"asset":          fs.asset,
		"markdown":       fs.markdown,
		"markdownify":    fs.markdownify,
		"safeHTML":       func(s string) template.HTML { return template.HTML(s) },
		"default":        defaultValue,
		"errorf":         func(format string, args ...any) (string, error) { return "", fmt.Errorf(format, args...) },
		"relURL":         fs.relURL,
		"absURL":         func(u string) string { return absURL(fs.baseURL, u) },
		"hours":          formatHours,
		"totalHours":     content.TotalHours,
		"date":           fs.date,
		"feeTable":       fs.data.feeTable,
		"fee":            fs.data.fee,
		"categoryInfo":   fs.data.categoryInfo,
		"requirementsOf": fs.data.requirementsOf,
		"courseList":     fs.data.courseList,
		"renewalCycle":   fs.data.renewalCycle,
		"membershipNote": fs.data.membershipNote,
		"applyLink":      fs.data.applyLink,
		"coordinator":    fs.data.coordinator,
		"editor":         func() bool { return fs.editor },
		"money":          fs.courses.price,
		"currencyName":   fs.courses.currencyName,
		"coursePrice":    fs.courses.coursePrice,
		"upcoming":       fs.courses.upcoming,
	}
}

// markdownify renders Markdown as Hugo's markdownify does: one paragraph
// comes back without its <p>, so it fits inline.
func (fs *funcState) markdownify(s any) (template.HTML, error) {
	text, _ := s.(string)
	if h, ok := s.(template.HTML); ok {
		text = string(h)
	}
	out, err := fs.markdown(text)
	trimmed := strings.TrimSpace(string(out))
	if strings.HasPrefix(trimmed, "<p>") && strings.HasSuffix(trimmed, "</p>") && strings.Count(trimmed, "<p>") == 1 {
		out = template.HTML(trimmed[3 : len(trimmed)-4])
	}
	return out, err
}

// defaultValue is Hugo's default: given when value is empty (nil, "",
// 0, false or an empty list).
func defaultValue(given, value any) any {
	switch v := value.(type) {
	case nil:
		return given
	case string:
		if v == "" {
			return given
		}
	case bool:
		if !v {
			return given
		}
	case int:
		if v == 0 {
			return given
		}
	case float64:
		if v == 0 {
			return given
		}
	case []any:
		if len(v) == 0 {
			return given
		}
	}
	return value
}

func (fs *funcState) asset(name string) (assets.Asset, error) {
	if fs.manifest != nil {
		if a, ok := fs.manifest.Get(name); ok {
			return a, nil
		}
	}
	return assets.Asset{}, errors.New("no asset " + strconv.Quote(name) + " (is it in static/?)")
}

func (fs *funcState) markdown(s string) (template.HTML, error) {
	md, _ := fs.md.Get().(goldmark.Markdown)
	if md == nil {
		md = content.NewMarkdown()
	}
	defer fs.md.Put(md)
	out, err := content.Render(md, []byte(s))
	return template.HTML(out), err
}

func (fs *funcState) relURL(u string) string {
	if strings.Contains(u, "://") || strings.HasPrefix(u, "#") {
		return u
	}
	return fs.basePath + escapeURL(strings.TrimPrefix(u, "/"))
}

func formatHours(h float64) string {
	return strconv.FormatFloat(h, 'f', -1, 64)
}

// parseTemplates parses templates/base.html and templates/partials/*.html
// into a shell, then each other templates/*.html into its own clone. Every
// template is named by its repo path, so errors read
// "templates/page.html:12:5: …".
func parseTemplates(fsys fs.FS, funcs template.FuncMap) (*templates, diag.List) {
	var l diag.List
	shell := template.New(BaseTemplate).Funcs(funcs)
	shared := append([]string{BaseTemplate}, globSorted(fsys, TemplateDir+"/partials/*.html")...)
	for _, f := range shared {
		l.Merge(parseInto(fsys, shell, f))
	}
	if len(l) > 0 {
		return nil, l
	}
	t := &templates{byName: map[string]*template.Template{}, shell: shell, shared: shared}
	t.shortcodes, l = parseShortcodes(fsys, shell)
	for _, f := range globSorted(fsys, TemplateDir+"/*.html") {
		if f == BaseTemplate {
			continue
		}
		clone := template.Must(shell.Clone())
		if pl := parseInto(fsys, clone, f); len(pl) > 0 {
			l.Merge(pl)
			continue
		}
		t.byName[f] = clone
	}
	return t, l
}

// parseInto parses file into set as a template named by the file's path.
func parseInto(fsys fs.FS, set *template.Template, file string) diag.List {
	var l diag.List
	src, err := fs.ReadFile(fsys, file)
	if err != nil {
		l.Add(file, 0, 0, "cannot read: "+inputfs.Cause(err))
		return l
	}
	tmpl := set
	if set.Name() != file {
		tmpl = set.New(file)
	}
	if _, err := tmpl.Parse(string(src)); err != nil {
		l = append(l, templateDiag(fsys, file, err))
	}
	return l
}

func globSorted(fsys fs.FS, pattern string) []string {
	m, _ := fs.Glob(fsys, pattern)
	sort.Strings(m)
	return m
}

// has reports whether a page template exists.
func (t *templates) has(name string) bool { return t.byName[name] != nil }
