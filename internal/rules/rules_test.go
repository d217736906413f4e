package rules

import (
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/tools/txtar"

	"github.com/iecmh/endorse/internal/model"
)

var update = flag.Bool("update", false, "rewrite the want sections of testdata/*.txtar")

// fixture returns the rules of testdata/<name>.txtar laid over base.txtar.
func fixture(t *testing.T, name string) (fstest.MapFS, *txtar.Archive) {
	t.Helper()
	base, err := txtar.ParseFile("testdata/base.txtar")
	if err != nil {
		t.Fatal(err)
	}
	ar, err := txtar.ParseFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{}
	for _, a := range [][]txtar.File{base.Files, ar.Files} {
		for _, f := range a {
			if f.Name != "want" {
				fsys[f.Name] = &fstest.MapFile{Data: f.Data}
			}
		}
	}
	return fsys, ar
}

var testCatalog = []model.Course{{ID: "intro", Title: "Intro", ClockHours: 12, Topics: []string{"imh"}, Credential: true, Sequence: 1}}

// TestFixtures loads every testdata/*.txtar and compares the diagnostics
// with its want section (one per line, as a user sees them).
func TestFixtures(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txtar")
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			fsys, ar := fixture(t, name)
			_, l := Load(fsys, "rules", testCatalog)
			got := ""
			for _, d := range l {
				got += d.String() + "\n"
			}
			if *update {
				writeWant(t, f, ar, got)
				return
			}
			if want := wantOf(ar); got != want {
				t.Errorf("diagnostics:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

func wantOf(ar *txtar.Archive) string {
	for _, f := range ar.Files {
		if f.Name == "want" {
			return string(f.Data)
		}
	}
	return ""
}

func writeWant(t *testing.T, path string, ar *txtar.Archive, got string) {
	for i := range ar.Files {
		if ar.Files[i].Name == "want" {
			ar.Files[i].Data = []byte(got)
		}
	}
	if err := os.WriteFile(path, txtar.Format(ar), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestOverridesApplied: the base fixture's association removes the FS
// education requirement from every edition and says so.
func TestOverridesApplied(t *testing.T) {
	fsys, _ := fixture(t, "base.txtar")
	m, l := Load(fsys, "rules", testCatalog)
	if len(l) > 0 {
		t.Fatal(l.Err())
	}
	fs := m.Category("fs")
	for _, e := range fs.Editions {
		for _, r := range e.Tree {
			if r.ID == "education" {
				t.Errorf("edition %s still has education", e.ID)
			}
		}
	}
	if len(fs.Removed) != 1 || fs.Removed[0].Note == "" {
		t.Errorf("Removed = %+v", fs.Removed)
	}
	if fs.Editions[0].Until.String() != "2024-12-31" || len(fs.Editions[1].Tree) != 2 {
		t.Errorf("editions not resolved: %+v", fs.Editions[0])
	}
}

// TestRulesJSONRoundTrip: rules.json decodes to a model that encodes to
// the same bytes (the browser sees exactly what the build checked).
func TestRulesJSONRoundTrip(t *testing.T) {
	fsys, _ := fixture(t, "base.txtar")
	m, _ := Load(fsys, "rules", testCatalog)
	js, _ := m.MarshalJSON()
	m2, err := model.DecodeModel(js)
	if err != nil {
		t.Fatal(err)
	}
	js2, _ := m2.MarshalJSON()
	if string(js) != string(js2) {
		t.Errorf("round trip differs:\n%s\n%s", js, js2)
	}
}

// TestProjectRules: the project's own rules/ and content/courses load
// without a diagnostic and survive the rules.json round trip.
func TestProjectRules(t *testing.T) {
	m, l := LoadProject(os.DirFS("../.."))
	if err := l.Err(); err != nil {
		t.Fatalf("%v", err)
	}
	js, _ := m.MarshalJSON()
	m2, err := model.DecodeModel(js)
	if err != nil {
		t.Fatal(err)
	}
	if js2, _ := m2.MarshalJSON(); string(js) != string(js2) {
		t.Error("rules.json round trip differs")
	}
	if !strings.Contains(string(js), `"format":"endorse-rules/1"`) {
		t.Error("rules.json lacks its format")
	}
}

// TestProjectRulesAudited: every requirement of the project's rules says
// how it follows its sources (basis), or is an assumption with its reason;
// the assumptions include the ones the audit found (the coordinator
// confirms them with endorse rules --assumptions).
func TestProjectRulesAudited(t *testing.T) {
	m, l := LoadProject(os.DirFS("../.."))
	if err := l.Err(); err != nil {
		t.Fatalf("%v", err)
	}
	if un := Unaudited(m); len(un) > 0 {
		t.Errorf("requirements without basis or assumption:\n%s", strings.Join(un, "\n"))
	}
	found := map[string]bool{}
	for _, a := range Assumptions(m) {
		if a.Reason == "" || a.File == "" || a.Path == "" {
			t.Errorf("incomplete assumption %+v", a)
		}
		found[a.What] = true
	}
	for _, want := range []string{"the renewal cycle", "IFRS rsc-provided", "ECFRS rsc-provided", "IFS training (renewal from 2023-01-01)"} {
		if !found[want] {
			t.Errorf("assumption %q is not listed", want)
		}
	}
}

// TestAuditChecks: a basis must be known and an assumption needs its reason.
func TestAuditChecks(t *testing.T) {
	m, l := LoadProject(os.DirFS("../.."))
	if err := l.Err(); err != nil {
		t.Fatalf("%v", err)
	}
	r := m.Category("ifs").Requirements[1]
	r.Basis, r.Assumption, r.AssumptionReason = "hunch", true, ""
	var msgs []string
	for _, is := range model.Check(m) {
		msgs = append(msgs, is.Error())
	}
	got := strings.Join(msgs, "\n")
	for _, want := range []string{`basis: "hunch" is not one of word_for_word, interpretation`, "assumption_reason: missing: say what the sources leave open"} {
		if !strings.Contains(got, want) {
			t.Errorf("diagnostics lack %q:\n%s", want, got)
		}
	}
}

// FuzzLoad: the loader never panics, whatever a category file holds.
func FuzzLoad(f *testing.F) {
	base, _ := txtar.ParseFile("testdata/base.txtar")
	for _, file := range base.Files {
		if strings.HasPrefix(file.Name, "categories/") {
			f.Add(file.Data)
		}
	}
	f.Add([]byte("[[requirements]]\nparent = \"x\"\nkind = \"any_of\"\n[[requirements]]\nid=\"x\"\nkind=\"all_of\""))
	f.Fuzz(func(t *testing.T, data []byte) {
		fsys := fstest.MapFS{}
		for _, file := range base.Files {
			fsys[file.Name] = &fstest.MapFile{Data: file.Data}
		}
		fsys["categories/fs.toml"] = &fstest.MapFile{Data: data}
		Load(fsys, "rules", testCatalog)
	})
}

// TestOverrideEditions: an override limited to one edition leaves the
// requirement unchanged in the others.
func TestOverrideEditions(t *testing.T) {
	fsys, _ := fixture(t, "base.txtar")
	fsys["association.toml"] = &fstest.MapFile{Data: []byte(`id = "demo"
name = "Demo"
short_name = "DA"

[[overrides]]
category = "fs"
requirement = "education"
action = "remove"
editions = ["new"]
note = "No degree from 2025."

[[overrides]]
category = "fs"
requirement = "training"
action = "replace"
editions = ["old"]
note = "Fewer hours before 2025."
[overrides.with]
kind = "training"
section = "training"
text = "20 hours."
source = "https://example.org/"
hours = 20
`)}
	m, l := Load(fsys, "rules", testCatalog)
	if len(l) > 0 {
		t.Fatal(l.Err())
	}
	got := ""
	for _, e := range m.Category("fs").Editions {
		got += e.ID + ":"
		for _, r := range e.Tree {
			if p, ok := r.Params.(*model.Training); ok {
				got += " training=" + strconv.Itoa(int(p.Hours))
			} else {
				got += " " + r.ID
			}
		}
		got += "\n"
	}
	if want := "old: education training=20\nnew: training=30 path\n"; got != want {
		t.Errorf("editions:\n%s\nwant:\n%s", got, want)
	}
}

// TestSchemaDocumented: doc.go (the schema RULES-DATA follows) names every
// requirement kind and every parameter key the decoder accepts.
func TestSchemaDocumented(t *testing.T) {
	src, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(src)
	kinds := []string{"degree", "credential", "training", "work", "rsc_received", "rsc_provided", "leadership",
		"references", "exam", "code_of_ethics", "membership", "endorsement", "courses", "attestation", "any_of", "all_of"}
	for _, k := range kinds {
		params, known := model.NewParams(k)
		if !known {
			t.Fatalf("model does not know kind %q", k)
		}
		if !strings.Contains(doc, "// "+k+" —") {
			t.Errorf("doc.go does not describe kind %q", k)
		}
		if params == nil {
			continue
		}
		typ := reflect.TypeOf(params).Elem()
		for i := range typ.NumField() {
			if key := typ.Field(i).Tag.Get("json"); !strings.Contains(doc, key+" =") {
				t.Errorf("doc.go does not document %s parameter %q", k, key)
			}
		}
	}
	for _, s := range model.Sections {
		if !strings.Contains(doc, s) {
			t.Errorf("doc.go does not list section %q", s)
		}
	}
}

// TestLoadInPlacesCourseProblems (issue 9, defect 10): a problem the rules
// find in a course file of the catalog (an unknown topic) is reported at
// its line and column in content/courses/<id>.toml; Load, which has no
// project, names the field.
func TestLoadInPlacesCourseProblems(t *testing.T) {
	rulesFS, _ := fixture(t, "base.txtar")
	project := fstest.MapFS{"content/courses/intro.toml": {Data: []byte("title = \"Intro\"\nclock_hours = 12\n  topics = [\"imh\", \"cooking\"]\n")}}
	for name, f := range rulesFS {
		project["rules/"+name] = f
	}
	catalog := []model.Course{{ID: "intro", Title: "Intro", ClockHours: 12, Topics: []string{"imh", "cooking"}}}
	_, l := LoadIn(project, catalog)
	want := `content/courses/intro.toml:3:3: topics: unknown topic "cooking" (not in rules/vocabulary.toml)`
	if err := l.Err(); err == nil || err.Error() != want {
		t.Errorf("LoadIn: %v\nwant %s", err, want)
	}
	_, l = Load(rulesFS, "rules", catalog)
	want = `content/courses/intro.toml: topics: unknown topic "cooking" (not in rules/vocabulary.toml)`
	if err := l.Err(); err == nil || err.Error() != want {
		t.Errorf("Load: %v\nwant %s", err, want)
	}
}

// TestCatalogSignupInRulesJSON: what the checker's plan proposes about a
// course (its page, registration address, price in the site's currency,
// next run) reaches rules.json from content/courses/*.toml and
// site.toml, and decodes in the browser to the same values.
func TestCatalogSignupInRulesJSON(t *testing.T) {
	project := fstest.MapFS{
		"content/site.toml": {Data: []byte("title = \"T\"\nbase_url = \"https://ex.org/\"\nlanguage = \"en\"\ncurrency = \"EUR\"\n")},
		"content/courses/intro.toml": {Data: []byte(`title = "Intro"
credential = true
sequence = 1
clock_hours = 12
topics = ["imh"]
summary = "S."
register = "https://learn.example.org/intro"
[price]
member = 60
non_member = 90
[[sessions]]
start = 2027-09-01
[[sessions]]
start = 2027-02-01
end = 2027-02-20
note = "Tuesdays"
`)},
	}
	rulesFS, _ := fixture(t, "base.txtar")
	for name, f := range rulesFS {
		project["rules/"+name] = f
	}
	m, l := LoadProject(project)
	if err := l.Err(); err != nil {
		t.Fatal(err)
	}
	js, _ := m.MarshalJSON()
	browser, err := model.DecodeModel(js)
	if err != nil {
		t.Fatal(err)
	}
	c := browser.Course("intro")
	want := model.CoursePrice{Currency: "EUR", Member: 60, NonMember: 90}
	if c.URL != "/courses/intro/" || c.Register != "https://learn.example.org/intro" || c.Price != want || c.SelfPaced {
		t.Errorf("course in rules.json = %+v", c)
	}
	next := c.NextSession(model.NewDate(2027, 1, 15))
	if next == nil || next.Start != model.NewDate(2027, 2, 1) || next.End != model.NewDate(2027, 2, 20) || next.Note != "Tuesdays" {
		t.Errorf("next session on 15 January 2027 = %+v", next)
	}
	if next := c.NextSession(model.NewDate(2027, 2, 2)); next == nil || next.Start != model.NewDate(2027, 9, 1) {
		t.Errorf("next session on 2 February 2027 = %+v", next)
	}
	if next := c.NextSession(model.NewDate(2027, 9, 2)); next != nil {
		t.Errorf("next session after the last = %+v", next)
	}
}

// TestCourseLevelsChecked: a course's levels name category levels; a typo
// is reported at its line and column in the course file.
func TestCourseLevelsChecked(t *testing.T) {
	rulesFS, _ := fixture(t, "base.txtar")
	project := fstest.MapFS{"content/courses/intro.toml": {Data: []byte("title = \"Intro\"\nclock_hours = 12\nlevels = [\"associate\", \"specalist\"]\n")}}
	for name, f := range rulesFS {
		project["rules/"+name] = f
	}
	catalog := []model.Course{{ID: "intro", Title: "Intro", ClockHours: 12, Levels: []string{"associate", "specalist"}}}
	_, l := LoadIn(project, catalog)
	want := `content/courses/intro.toml:3:1: levels: "specalist" is not one of associate, specialist`
	if err := l.Err(); err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("LoadIn: %v\nwant %s…", err, want)
	}
}

// TestCoordinatorChecked: association.toml's [coordinator] is checked at
// its keys' lines and columns (an email that is none, a url that is no web
// address, a name alone); a good one reaches the model for the checker.
func TestCoordinatorChecked(t *testing.T) {
	fsys, _ := fixture(t, "base.txtar")
	fsys["association.toml"] = &fstest.MapFile{Data: []byte(`id = "demo"
name = "Demo"

[coordinator]
name = "Dana"
email = "dana at demo.org"
url = "/contact/"
`)}
	_, l := Load(fsys, "rules", testCatalog)
	got := ""
	if err := l.Err(); err != nil {
		got = err.Error()
	}
	for _, want := range []string{
		`rules/association.toml:6:1: coordinator.email: "dana at demo.org" is not an email address (name@host)`,
		`rules/association.toml:7:1: coordinator.url: "/contact/" is not a web address (https://…)`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("diagnostics lack %q:\n%s", want, got)
		}
	}
	fsys["association.toml"] = &fstest.MapFile{Data: []byte("id = \"demo\"\nname = \"Demo\"\n[coordinator]\nname = \"Dana\"\n")}
	if _, l = Load(fsys, "rules", testCatalog); l.Err() == nil || !strings.Contains(l.Err().Error(), "coordinator: give an email, a phone or a url") {
		t.Errorf("a name alone: %v", l.Err())
	}
	fsys["association.toml"] = &fstest.MapFile{Data: []byte("id = \"demo\"\nname = \"Demo\"\n[coordinator]\nemail = \"dana@demo.org\"\nphone = \"555\"\n")}
	m, l := Load(fsys, "rules", testCatalog)
	if l.Err() != nil || m.Association.Coordinator.Email != "dana@demo.org" || m.Association.Coordinator.Phone != "555" {
		t.Errorf("a good coordinator: %v, %+v", l.Err(), m)
	}
}

// openLog is a file system that notes every name opened.
type openLog struct {
	fs.FS
	opened []string
}

func (o *openLog) Open(name string) (fs.File, error) {
	o.opened = append(o.opened, name)
	return o.FS.Open(name)
}

// TestLoadProjectReadsNoPage: the CLI's evaluation reads the course
// catalog without reading (or parsing) a single page of the site, and a
// broken page is none of its business.
func TestLoadProjectReadsNoPage(t *testing.T) {
	project := fstest.MapFS{
		"content/site.toml":          {Data: []byte("title = \"T\"\nbase_url = \"https://ex.org/\"\n")},
		"content/about.md":           {Data: []byte("+++\ntitle = \n+++\nbroken front matter\n")},
		"content/courses/intro.toml": {Data: []byte("title = \"Intro\"\ncredential = true\nsequence = 1\nsummary = \"S.\"\n")},
	}
	rulesFS, _ := fixture(t, "base.txtar")
	for name, f := range rulesFS {
		project["rules/"+name] = f
	}
	log := &openLog{FS: project}
	m, l := LoadProject(log)
	if err := l.Err(); err != nil {
		t.Fatal(err)
	}
	if m.Course("intro") == nil {
		t.Error("course intro not loaded")
	}
	for _, name := range log.opened {
		if strings.HasSuffix(name, ".md") {
			t.Errorf("LoadProject opened the page %s", name)
		}
	}
}
