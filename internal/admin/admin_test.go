package admin

import (
	"encoding/json"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/iecmh/endorse/internal/content"
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/rules"
)

// exampleConfig is the configuration generated for the example project
// (the repository's content/ and rules/).
func exampleConfig(t *testing.T) (Config, *content.Content, *model.Model) {
	t.Helper()
	fsys := os.DirFS("../..")
	c, l := content.Load(fsys)
	if len(l) > 0 {
		t.Fatal(l)
	}
	var courses []model.Course
	for _, x := range c.Catalog.Courses {
		courses = append(courses, model.Course{ID: x.ID, Title: x.Title, ClockHours: x.ClockHours, Topics: x.Topics, Credential: x.Credential, Sequence: x.Sequence})
	}
	m, rl := rules.LoadIn(fsys, courses)
	if len(rl) > 0 {
		t.Fatal(rl)
	}
	if c.Site.Admin == nil {
		t.Fatal("content/site.toml has no [admin] table")
	}
	return NewConfig(c, m), c, m
}

// fieldPaths lists the key paths of fields ("nav.name"), objects and
// lists included, below prefix.
func fieldPaths(prefix string, fields []Field) []string {
	var out []string
	for _, f := range fields {
		p := prefix + "." + f.Name
		out = append(out, p)
		out = append(out, fieldPaths(p, f.Fields)...)
	}
	return out
}

// loaderKeys lists the key paths a loader reads from struct type t (keys
// in the struct tag tagName, dotted keys split): what the editor must
// show or leave out on purpose.
func loaderKeys(t reflect.Type, tagName, prefix string) []string {
	var out []string
	for i := range t.NumField() {
		sf := t.Field(i)
		key, _, _ := strings.Cut(sf.Tag.Get(tagName), ",")
		if !sf.IsExported() || key == "" || key == "-" {
			continue
		}
		p := prefix + "." + key
		out = append(out, p)
		ft := sf.Type
		if ft.Kind() == reflect.Pointer || ft.Kind() == reflect.Slice && ft != feeTableType {
			ft = ft.Elem()
		}
		if ft.Kind() == reflect.Struct && ft != dateType && ft != dayType {
			out = append(out, loaderKeys(ft, tagName, p)...)
		}
	}
	return out
}

// TestConfigCoversSchema: every key the loaders read is a field of the
// editor or left out with a reason, and every key left out is one the
// loaders read: a field added to a loader's struct cannot be forgotten.
func TestConfigCoversSchema(t *testing.T) {
	cfg, c, _ := exampleConfig(t)
	col := func(name string) Collection {
		for _, c := range cfg.Collections {
			if c.Name == name {
				return c
			}
		}
		t.Fatalf("no collection %q", name)
		return Collection{}
	}
	settings := col("settings")
	checks := []struct {
		prefix, tag string
		typ         reflect.Type
		fields      []Field
		omitted     map[string]string
	}{
		{"courses", "toml", typeOf[content.Course](), col("courses").Fields, nil},
		{"site", "toml", typeOf[content.Site](), settings.Files[0].Fields, siteOmitted},
		{"association", "json", typeOf[model.Association](), settings.Files[1].Fields, associationOmitted},
	}
	for _, ch := range checks {
		have := fieldPaths(ch.prefix, ch.fields)
		keys := loaderKeys(ch.typ, ch.tag, ch.prefix)
		if ch.prefix == "association" {
			// model.DecodeAssociation passes this table to internal/rules
			// (overrides.go), which reads it by itself.
			keys = append(keys, "association.overrides")
		}
		for _, k := range keys {
			shown := slices.Contains(have, k)
			if !shown && !coveredByOmission(k, ch.omitted) {
				t.Errorf("%s is read by the loader but is neither a field of the editor nor in the omitted list", k)
			}
		}
		for k := range ch.omitted {
			if !slices.Contains(keys, k) {
				t.Errorf("omitted %s names no key of the loader", k)
			}
		}
	}

	// Front matter: every key the loader knows, and each taxonomy.
	var pageKeys []string
	for _, f := range col("pages").Fields {
		pageKeys = append(pageKeys, strings.ToLower(f.Name))
	}
	known := content.FrontMatterKeys()
	for _, k := range known {
		if _, ok := pageOmitted[k]; !ok && !slices.Contains(pageKeys, k) {
			t.Errorf("front matter key %q is known to the loader but is neither a field of the editor nor in pageOmitted", k)
		}
	}
	for k := range pageOmitted {
		if !slices.Contains(known, k) {
			t.Errorf("pageOmitted %q is not a front matter key the loader knows", k)
		}
	}
	for _, tx := range c.Taxonomies() {
		if !slices.Contains(pageKeys, tx.Plural) {
			t.Errorf("taxonomy %q has no field", tx.Plural)
		}
	}
}

// coveredByOmission reports whether key or a table above it is omitted.
func coveredByOmission(key string, omitted map[string]string) bool {
	for k := range omitted {
		if key == k || strings.HasPrefix(key, k+".") {
			return true
		}
	}
	return false
}

// TestNewFieldAppears: a key added to a loader's struct is an editor field
// with the widget its type calls for, with no second definition.
func TestNewFieldAppears(t *testing.T) {
	type added struct {
		Old      string `toml:"old"`
		Seats    int    `toml:"seats"`
		Online   bool   `toml:"online" cms:"required"`
		Starts   string `toml:"starts" cms:"date"`
		Sessions []struct {
			N float64 `toml:"n"`
		} `toml:"sessions"`
	}
	got := (&schema{}).structFields(typeOf[added](), "toml", "x")
	var w []string
	for _, f := range got {
		w = append(w, f.Name+":"+f.Widget+":"+f.ValueType+":"+strings.Join(fieldPaths("", f.Fields), ","))
	}
	want := []string{"old:string::", "seats:number:int:", "online:boolean::", "starts:datetime::", "sessions:list::.n"}
	if !slices.Equal(w, want) {
		t.Errorf("fields = %q, want %q", w, want)
	}
	if !got[2].Required || got[0].Required {
		t.Errorf("required: online %v, old %v", got[2].Required, got[0].Required)
	}
}

// TestConfigCollections: what a volunteer sees: pages of each directory
// in TOML front matter, courses as TOML files, fees per category of the
// rules, and the configuration is the same bytes every time.
func TestConfigCollections(t *testing.T) {
	cfg, _, m := exampleConfig(t)
	var names []string
	for _, c := range cfg.Collections {
		names = append(names, c.Name+" "+c.Folder+" "+c.Format)
	}
	want := []string{"pages content toml-frontmatter", "pages-apply content/apply toml-frontmatter",
		"pages-courses content/courses toml-frontmatter", "pages-endorsement content/endorsement toml-frontmatter",
		"courses content/courses toml", "settings  "}
	if !slices.Equal(names, want) {
		t.Errorf("collections:\n got %q\nwant %q", names, want)
	}
	if cfg.Backend != (Backend{Name: "github", Repo: "npaimh/endorse-site", Branch: "main"}) {
		t.Errorf("backend = %+v", cfg.Backend)
	}
	var fees Field
	for _, f := range cfg.Collections[len(cfg.Collections)-1].Files[1].Fields {
		if f.Name == "fees" {
			fees = f
		}
	}
	var cats []string
	for _, f := range fees.Fields {
		if f.Name == "categories" {
			for _, c := range f.Fields {
				cats = append(cats, c.Name)
			}
		}
	}
	var wantCats []string
	for _, c := range m.Categories {
		if c.Kind != "program" {
			wantCats = append(wantCats, c.ID)
		}
	}
	if len(cats) == 0 || !slices.Equal(cats, wantCats) {
		t.Errorf("fee categories = %q, want %q", cats, wantCats)
	}
	widgets := map[string]string{}
	var walk func(prefix string, fs []Field)
	walk = func(prefix string, fs []Field) {
		for _, f := range fs {
			widgets[prefix+f.Name] = f.Widget
			walk(prefix+f.Name+".", f.Fields)
		}
	}
	walk("", cfg.Collections[len(cfg.Collections)-2].Fields)
	for k, w := range map[string]string{"clock_hours": "number", "topics": "select", "sessions.start": "datetime", "price.member": "number", "modules.title": "string"} {
		if widgets[k] != w {
			t.Errorf("course field %s: widget %q, want %q", k, widgets[k], w)
		}
	}
	a, b := cfg.JSON(), cfg.JSON()
	if string(a) != string(b) || !json.Valid(a) {
		t.Error("config.json is not stable valid JSON")
	}
}

// TestCSP: the editor's policy loosens the site's only where Decap needs
// it, and names the git host it talks to.
func TestCSP(t *testing.T) {
	gh := CSP(&content.Admin{Repo: "a/b"})
	want := "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https://avatars.githubusercontent.com; connect-src 'self' https://api.github.com; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
	if gh != want {
		t.Errorf("github:\n got %s\nwant %s", gh, want)
	}
	gl := CSP(&content.Admin{Backend: "gitlab", Repo: "a/b", AuthType: "pkce", AppID: "x", BaseURL: "https://git.example.org", APIRoot: "https://git.example.org/api/v4"})
	if !strings.Contains(gl, "connect-src 'self' https://git.example.org;") || strings.Contains(gl, "github") {
		t.Errorf("gitlab: %s", gl)
	}
}

// TestDistFiles: the bundle, its chunks, wasm and license are published;
// source maps and the cms.js copies are not; a missing bundle says how to
// install it.
func TestDistFiles(t *testing.T) {
	fsys := fstest.MapFS{}
	for _, n := range []string{"decap-cms.js", "decap-cms.js.map", "12.decap-cms.js", "12.decap-cms.js.map", "cms.js", "x.wasm", "decap-cms.js.LICENSE.txt"} {
		fsys[DistDir+"/"+n] = &fstest.MapFile{Data: []byte("x")}
	}
	got, err := DistFiles(fsys)
	want := []string{DistDir + "/12.decap-cms.js", DistDir + "/decap-cms.js", DistDir + "/decap-cms.js.LICENSE.txt", DistDir + "/x.wasm"}
	if err != nil || !slices.Equal(got, want) {
		t.Errorf("DistFiles = %q, %v; want %q", got, err, want)
	}
	if _, err := DistFiles(fstest.MapFS{}); err != ErrNotInstalled {
		t.Errorf("without the CMS: %v", err)
	}
}
