package corpus

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/iecmh/endorse/internal/content"
)

// generate writes a corpus of pages pages (no repository files) into a
// fresh temporary directory and returns it.
func generate(t *testing.T, pages int) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "corpus")
	if _, err := Generate(Options{Pages: pages, Out: dir}); err != nil {
		t.Fatal(err)
	}
	return dir
}

// readTree returns every file below dir by slash path.
func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := fs.WalkDir(os.DirFS(dir), ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files[p], err = os.ReadFile(filepath.Join(dir, p))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func TestDeterministic(t *testing.T) {
	a, b := readTree(t, generate(t, 150)), readTree(t, generate(t, 150))
	if len(a) != len(b) {
		t.Fatalf("%d files, then %d", len(a), len(b))
	}
	for p, data := range a {
		if !bytes.Equal(data, b[p]) {
			t.Errorf("%s differs between two runs", p)
		}
	}
}

var linkRE = regexp.MustCompile(`\]\((/[^)]*)\)`)

// TestLinksResolve checks that every internal link names a generated page
// or section, as endorse's link checker will.
func TestLinksResolve(t *testing.T) {
	files := readTree(t, generate(t, 250))
	links := 0
	for p, data := range files {
		for _, m := range linkRE.FindAllSubmatch(data, -1) {
			links++
			if target := sourceOf(string(m[1])); files[target] == nil {
				t.Errorf("%s: link %s: no %s", p, m[1], target)
			}
		}
	}
	if links < 250*5 {
		t.Errorf("only %d links in 250 pages", links)
	}
}

// sourceOf maps a pretty URL to the content file that makes it.
func sourceOf(url string) string {
	rel := strings.Trim(url, "/")
	switch {
	case rel == "":
		return "content/_index.md"
	case strings.Contains(rel, "/"):
		return "content/" + rel + ".md"
	}
	return "content/" + rel + "/_index.md"
}

// TestPageShape checks the size, front matter and Markdown features of a
// page.
func TestPageShape(t *testing.T) {
	files := readTree(t, generate(t, 20))
	l := layout{pages: 20}
	words := 0
	for i := range 20 {
		page := string(files["content/"+l.pageFile(i)])
		opens := map[string]string{"toml": "+++\ntitle = ", "yaml": "---\ntitle: ", "json": "{\n\"title\": "}[l.formatOf(i)]
		body := page[strings.Index(page, "\n\n"):]
		words += len(strings.Fields(body))
		q := map[bool]string{true: `"`}[l.formatOf(i) == "json"]
		for _, want := range []string{opens, "\n" + q + "date", "\n" + q + "code", "\n" + q + "department", "\n" + q + "credits",
			"\n## ", "\n- ", "\n1. ", "|:---|---:|:---|",
			"{{< param code >}}", "{{< relref \"/section-001/page-"} {
			if !strings.Contains(page, want) {
				t.Fatalf("page %d lacks %q:\n%s", i, want, page)
			}
		}
	}
	if avg := words / 20; avg < 550 || avg > 700 {
		t.Errorf("pages average %d words, want about 600 (550 of prose, the rest shortcodes)", avg)
	}
	first, eleventh := string(files["content/"+l.pageFile(0)]), string(files["content/"+l.pageFile(10)])
	for _, want := range []string{"{{< note", "{{% credits %}}", "{{< figure", "{{< youtube"} {
		if !strings.Contains(first, want) {
			t.Errorf("page 1 lacks %q", want)
		}
	}
	if !strings.Contains(eleventh, "{{< figure") || strings.Contains(eleventh, "{{< youtube") {
		t.Errorf("page 11 should have a figure and no video:\n%s", eleventh)
	}
}

// TestFrontMatterFormats: a mixed corpus has pages in all three formats,
// a forced one in its format only, and endorse reads every page of them
// without a problem, custom keys as parameters.
func TestFrontMatterFormats(t *testing.T) {
	for _, format := range []string{"", "toml", "yaml", "json"} {
		dir := filepath.Join(t.TempDir(), "c")
		if _, err := Generate(Options{Pages: 40, Out: dir, FrontMatter: format}); err != nil {
			t.Fatal(err)
		}
		c, diags := content.Load(os.DirFS(dir))
		if len(diags) > 0 {
			t.Fatalf("%q corpus: %v", format, diags.Err())
		}
		seen := map[content.Format]int{}
		for _, p := range c.Pages {
			if strings.Contains(p.File, "/page-") {
				seen[p.Format]++
				if all := p.AllParams(); all["code"] == nil || all["credits"] == nil {
					t.Fatalf("%s: params %v", p.File, p.Params)
				}
			}
		}
		want := map[string]string{"": "map[json:2 toml:28 yaml:10]", "toml": "map[toml:40]", "yaml": "map[yaml:40]", "json": "map[json:40]"}[format]
		if got := fmt.Sprint(seen); got != want {
			t.Errorf("%q corpus formats: %s, want %s", format, got, want)
		}
	}
}

func TestRefusesForeignDirectory(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("mine"), 0o644)
	if _, err := Generate(Options{Pages: 3, Out: dir}); err == nil {
		t.Fatal("Generate wrote into a directory it did not make")
	}
	if _, err := os.Stat(filepath.Join(dir, "notes.txt")); err != nil {
		t.Fatal("Generate touched a foreign file:", err)
	}
}

func TestRegenerateReplaces(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "c")
	for _, n := range []int{250, 3} {
		if _, err := Generate(Options{Pages: n, Out: dir}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "content", "section-002")); err == nil {
		t.Fatal("pages of the larger corpus survived regeneration")
	}
}
