package content

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParsePage: front matter parsing (TOML, YAML or JSON) never panics,
// and every problem it reports names the page and a position in it (line
// and column ≥ 1), so a user can always jump to the mistake. Seeds: every
// page of the example site and the corners of the three formats.
func FuzzParsePage(f *testing.F) {
	_ = filepath.WalkDir(filepath.Join("..", "..", "content"), func(p string, d os.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".md") {
			src, _ := os.ReadFile(p)
			f.Add(src)
		}
		return err
	})
	for _, s := range []string{"+++\n", "+++\n+++", "+++\r\ntitle = \"x\"\r\n+++\r\n", "+++\ntitle = \"a\nb\"\n+++\n",
		"+++\naliases = [\"/../x\"]\n+++\n", "+++\ndate = 2024-13-45\n+++\n", "---\ntitle: x\n---\n", "\ufeff+++\n+++\n",
		"---\ntitle: x\ntags: [a, b]\nparams:\n  Code: 1\n---\n", "{\"title\": \"x\"}\n", "{\n\"a\": {\"b\": \"}\\\"\"}\n}\nBody\n",
		"+++\ntilte = 1\n[params]\nx.y = 2\n+++\n", "\n\n---\ndate: 2024-05-01T10:00:00+02:00\n---\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		_, l := parsePage("fuzz.md", src, configOf(nil))
		for _, d := range l {
			if d.File != "content/fuzz.md" || d.Line < 1 || d.Col < 1 || d.Message == "" {
				t.Fatalf("diagnostic without its place: %+v (%s)", d, d)
			}
		}
	})
}

// FuzzLoad: loading a whole content tree never panics whatever site.toml
// and a course file hold, and every problem names a file of content/.
func FuzzLoad(f *testing.F) {
	base := tree(nil)
	f.Add([]byte(siteTOML), base["content/courses/a.toml"].Data)
	f.Add([]byte("title = 1\n[[nav]]\nurl = 5\n"), []byte("sequence = -1\nclock_hours = 1e400\n"))
	f.Add([]byte("[contact]\nemail = \"\"\n"), []byte("[[modules]]\n[[modules]]\ntitle = []\n"))
	f.Fuzz(func(t *testing.T, site, course []byte) {
		fsys := tree(nil)
		fsys["content/site.toml"].Data = site
		fsys["content/courses/a.toml"].Data = course
		_, l := Load(fsys)
		for _, d := range l {
			if !strings.HasPrefix(d.File, "content/") || d.Message == "" {
				t.Fatalf("diagnostic without its file: %+v", d)
			}
		}
	})
}
