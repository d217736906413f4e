package site

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// memDigest is treeDigest of a Builder's in-memory output.
func memDigest(t *testing.T, fsys fs.FS) string {
	t.Helper()
	var lines []string
	for name, data := range fsys.(memFS).files {
		sum := sha256.Sum256(data)
		lines = append(lines, name+" "+hex.EncodeToString(sum[:8]))
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// fullDigest builds root from scratch on disk (sequentially) and digests it.
func fullDigest(t *testing.T, root string) string {
	t.Helper()
	mustBuild(t, root, func(o *Options) { o.Workers = 1; o.Out = "full" })
	return treeDigest(t, filepath.Join(root, "full"))
}

// edit is one step of an incremental scenario: files written (path →
// content), then Rebuild with their paths.
type edit struct {
	name    string
	files   map[string]string
	fail    string // substring of the expected error; "" = must succeed
	renders int    // pages re-rendered; -1 = all (a full build)
}

func TestIncrementalEqualsFull(t *testing.T) {
	root := project(t, "minimal", nil)
	bd := NewBuilder(Options{Root: root, NoWasm: true})
	if _, _, err := bd.Build(); err != nil {
		t.Fatal(err)
	}
	all := bd.last.renders
	const fees = "+++\ntitle = \"Fees\"\n+++\n## Cost\n\n![logo](/logo.png)\n"
	steps := []edit{
		{"body edit", map[string]string{"content/apply/fees.md": fees + "\nA new sentence.\n"}, "", 1},
		{"title edit", map[string]string{"content/apply/fees.md": strings.Replace(fees, `"Fees"`, `"Costs"`, 1)}, "", 2},
		{"section title edit", map[string]string{"content/apply/_index.md": "+++\ntitle = \"Applying\"\n+++\n"}, "", 3}, // the section, its page (breadcrumb), home (listing),
		{"broken anchor", map[string]string{"content/apply/fees.md": strings.Replace(fees, "## Cost", "## Price", 1)}, `no element with id "cost"`, 0},
		{"other page while broken", map[string]string{"content/about.md": "+++\ntitle = \"About\"\naliases = [\"/who/\"]\n+++\n## Team\n\nCosts are on [fees](../apply/fees/#cost), still.\n"}, `no element with id "cost"`, 0},
		{"fixed", map[string]string{"content/apply/fees.md": fees}, "", 3}, // fees (title back), apply (listing), about (pending since the failure),
		{"bad front matter", map[string]string{"content/apply/fees.md": "+++\ntitle = \n+++\n"}, "content/apply/fees.md:2", 0},
		{"fixed again", map[string]string{"content/apply/fees.md": fees}, "", 1},
		{"template edit", map[string]string{"templates/page.html": `{{define "main"}}<h2>{{.Page.Title}}</h2>{{.Page.Content}}{{end}}`}, "", -1},
		{"new page", map[string]string{"content/apply/dates.md": "+++\ntitle = \"Dates\"\n+++\nSoon.\n"}, "", -1},
	}
	for _, s := range steps {
		var changed []string
		for p, data := range s.files {
			writeFile(t, root, p, data)
			changed = append(changed, p)
		}
		prev := bd.last
		_, fsys, err := bd.Rebuild(changed)
		if s.fail != "" {
			if err == nil || !strings.Contains(err.Error(), s.fail) {
				t.Fatalf("%s: error %v, want one containing %q", s.name, err, s.fail)
			}
			if bd.last != prev {
				t.Fatalf("%s: a failed build replaced the last good one", s.name)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		if want := s.renders; (want == -1 && bd.last.renders != all+boolInt(s.name == "new page")) || (want >= 0 && bd.last.renders != want) {
			t.Errorf("%s: rendered %d pages, want %d (-1 = all %d)", s.name, bd.last.renders, want, all)
		}
		if got, want := memDigest(t, fsys), fullDigest(t, root); got != want {
			t.Errorf("%s: incremental output differs from a full build:\n%s\n---\n%s", s.name, got, want)
		}
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
