package rules

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/iecmh/endorse/internal/diag"
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/tomlpos"
	"github.com/iecmh/endorse/internal/wasmjson"
)

// LoadDir loads the rules directory dir (e.g. "rules") from disk; see Load.
func LoadDir(dir string, catalog []model.Course) (*model.Model, diag.List) {
	return Load(os.DirFS(dir), dir, catalog)
}

// Load reads association.toml, vocabulary.toml, providers.toml and
// categories/*.toml from fsys (rooted at the rules directory), applies the
// association's overrides, resolves editions and validates everything,
// including references to catalog courses. Diagnostics name files as
// prefix + "/" + name (prefix "rules" gives "rules/categories/ifs.toml:12:1: …").
// The model is nil when there is any diagnostic.
func Load(fsys fs.FS, prefix string, catalog []model.Course) (*model.Model, diag.List) {
	return load(&loader{fsys: fsys, prefix: prefix, files: map[string]*file{}, byID: map[string]string{}}, catalog)
}

// LoadIn is Load for the rules/ directory of the project at project (an
// fs.FS rooted at the project directory). Problems the rules find in a
// course file of the catalog (an unknown topic) are placed at their line
// and column in content/courses/<id>.toml.
func LoadIn(project fs.FS, catalog []model.Course) (*model.Model, diag.List) {
	sub, err := fs.Sub(project, "rules")
	if err != nil {
		var l diag.List
		l.Add("rules", 0, 0, err.Error())
		return nil, l
	}
	return load(&loader{fsys: sub, project: project, prefix: "rules", files: map[string]*file{}, byID: map[string]string{}}, catalog)
}

func load(l *loader, catalog []model.Course) (*model.Model, diag.List) {
	m := &model.Model{Catalog: append([]model.Course(nil), catalog...)}
	assoc := l.read("association.toml")
	m.Association = model.DecodeAssociation(assoc.value, &assoc.errs)
	overrides, _ := assoc.value.Get("overrides")
	m.Vocabulary = model.DecodeVocabulary(l.read("vocabulary.toml").value, &l.files["vocabulary.toml"].errs)
	prov := l.read("providers.toml")
	m.Providers = model.DecodeProviders(prov.value, &prov.errs)
	m.Categories = l.categories()
	l.applyOverrides(m, overrides, assoc)
	if !l.broken() { // checks across files would blame intact files for the broken one
		l.report(model.Resolve(m), m)
		l.report(model.Check(m), m)
	}
	return l.finish(m)
}

// broken reports whether a file could not be read or parsed. Its values
// are then missing, and every check that reads them would report the same
// problem again in other words (one syntax error in vocabulary.toml made
// 196 more messages): only the read and syntax errors, and the problems
// of intact files, are reported until it is fixed.
func (l *loader) broken() bool {
	for _, f := range l.files {
		if f.broken {
			return true
		}
	}
	return false
}

type loader struct {
	fsys    fs.FS
	project fs.FS // the project directory, for course files; nil in Load
	prefix  string
	files   map[string]*file  // by name relative to the rules dir
	byID    map[string]string // category id → its file's name
	diags   diag.List
}

type file struct {
	name   string // as shown in diagnostics
	broken bool   // not read, or not valid TOML: its own path errors are cascades
	src    string
	value  wasmjson.Value
	errs   wasmjson.Errors
	keys   *tomlpos.Index // where src's keys are: scanned on the first error
}

// find returns where path is written in f (or its nearest written prefix).
func (f *file) find(path string) (tomlpos.Pos, bool) {
	if f.keys == nil {
		x := tomlpos.Scan([]byte(f.src))
		f.keys = &x
	}
	return f.keys.Find(path)
}

// read parses one TOML file into a Value; syntax errors become diagnostics.
func (l *loader) read(name string) *file {
	f := &file{name: path.Join(l.prefix, name), value: wasmjson.Value{Kind: wasmjson.Object}}
	l.files[name] = f
	data, err := fs.ReadFile(l.fsys, name)
	if err != nil {
		l.diags.Add(f.name, 0, 0, "cannot read: "+errText(err))
		f.broken = true
		return f
	}
	f.src = string(data)
	var raw map[string]any
	if _, err := toml.Decode(f.src, &raw); err != nil {
		l.syntax(f, err)
		f.broken = true
		return f
	}
	f.value = toValue(raw, "", &f.errs)
	return f
}

func errText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

func (l *loader) syntax(f *file, err error) {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		at := tomlpos.ParseError([]byte(f.src), pe)
		l.diags.Add(f.name, at.Line, at.Col, pe.Message)
		return
	}
	l.diags.Add(f.name, 0, 0, err.Error())
}

// toValue converts decoded TOML to a Value tree (object keys sorted; dates
// become "YYYY-MM-DD" strings).
func toValue(x any, p string, errs *wasmjson.Errors) wasmjson.Value {
	switch v := x.(type) {
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		out := wasmjson.Value{Kind: wasmjson.Object, Obj: make([]wasmjson.Member, 0, len(keys))}
		for _, k := range keys {
			out.Obj = append(out.Obj, wasmjson.Member{Key: k, Val: toValue(v[k], wasmjson.Join(p, k), errs)})
		}
		return out
	case []map[string]any:
		out := wasmjson.Value{Kind: wasmjson.Array, Arr: []wasmjson.Value{}}
		for i, e := range v {
			out.Arr = append(out.Arr, toValue(e, wasmjson.Index(p, i), errs))
		}
		return out
	case []any:
		out := wasmjson.Value{Kind: wasmjson.Array, Arr: []wasmjson.Value{}}
		for i, e := range v {
			out.Arr = append(out.Arr, toValue(e, wasmjson.Index(p, i), errs))
		}
		return out
	}
	return scalar(x, p, errs)
}

func scalar(x any, p string, errs *wasmjson.Errors) wasmjson.Value {
	switch v := x.(type) {
	case string:
		return wasmjson.Str(v)
	case bool:
		return wasmjson.Value{Kind: wasmjson.Bool, Bool: v}
	case int64:
		return wasmjson.Num(float64(v))
	case float64:
		return wasmjson.Num(v)
	case time.Time:
		if v.Hour() != 0 || v.Minute() != 0 || v.Second() != 0 || v.Nanosecond() != 0 {
			errs.Add(p, "must be a date without a time (YYYY-MM-DD)")
		}
		return wasmjson.Str(v.Format("2006-01-02"))
	}
	errs.Add(p, "unsupported TOML value")
	return wasmjson.Value{}
}

// categories reads every categories/*.toml file.
func (l *loader) categories() []*model.Category {
	names, err := fs.Glob(l.fsys, "categories/*.toml")
	if err != nil || len(names) == 0 {
		l.diags.Add(path.Join(l.prefix, "categories"), 0, 0, "no category files (*.toml)")
	}
	var out []*model.Category
	for _, name := range names {
		f := l.read(name)
		c := model.DecodeCategory(f.value, "", &f.errs)
		c.File = f.name
		if _, dup := l.byID[c.ID]; !dup {
			l.byID[c.ID] = name
		}
		id := strings.TrimSuffix(path.Base(name), ".toml")
		if c.ID != id {
			f.errs.Add("id", "must be "+`"`+id+`"`+" (the file name)")
		}
		out = append(out, c)
	}
	return out
}

// brokenCategory reports whether id names a category file that could not
// be read or parsed.
func (l *loader) brokenCategory(id string) bool {
	f := l.files["categories/"+id+".toml"]
	return f != nil && f.broken
}

// fileOf returns the file an Issue is in.
func (l *loader) fileOf(is model.Issue) *file {
	name, shown := is.Part+".toml", ""
	switch is.Part {
	case "catalog":
		name = "../content/courses/" + is.Category + ".toml"
		shown = "content/courses/" + is.Category + ".toml"
	case "category":
		name = "categories/" + is.Category + ".toml"
		if n, ok := l.byID[is.Category]; ok {
			name = n
		}
	}
	if f := l.files[name]; f != nil {
		return f
	}
	if shown == "" {
		shown = path.Join(l.prefix, name)
	}
	f := &file{name: shown}
	if is.Part == "catalog" && l.project != nil {
		if data, err := fs.ReadFile(l.project, shown); err == nil {
			f.src = string(data)
		}
	}
	l.files[name] = f
	return f
}

func (l *loader) report(issues []model.Issue, m *model.Model) {
	for _, is := range issues {
		f := l.fileOf(is)
		f.errs.Add(is.Path, is.Msg)
	}
}

// finish turns every file's path errors into positioned diagnostics.
func (l *loader) finish(m *model.Model) (*model.Model, diag.List) {
	for _, f := range l.files {
		if f.broken {
			continue
		}
		for _, e := range f.errs {
			l.add(f, e)
		}
	}
	l.diags.Sort()
	if len(l.diags) > 0 {
		return nil, l.diags
	}
	return m, nil
}

func (l *loader) add(f *file, e wasmjson.PathError) {
	if at, ok := f.find(e.Path); ok {
		l.diags.Add(f.name, at.Line, at.Col, e.Error())
		return
	}
	l.diags.AddField(f.name, e.Path, e.Msg)
}
