package site

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/iecmh/endorse/internal/admin"
	"github.com/iecmh/endorse/internal/content"
)

// adminProject is the minimal project with an [admin] table and, when
// installed, stand-ins for Decap CMS's prebuilt files.
func adminProject(t *testing.T, installed bool, over map[string]string) string {
	t.Helper()
	files := map[string]string{
		"content/site.toml": "title = \"Mini\"\nbase_url = \"https://mini.example/\"\nlanguage = \"en\"\n\n[admin]\nrepo = \"mini/site\"\n",
	}
	if installed {
		files[admin.DistDir+"/decap-cms.js"] = "/* decap */"
		files[admin.DistDir+"/7.decap-cms.js"] = "/* chunk */"
		files[admin.DistDir+"/decap-cms.js.map"] = "{}"
	}
	for k, v := range over {
		files[k] = v
	}
	return project(t, "minimal", files)
}

// TestAdminPublished: with [admin] and the CMS installed, /admin/ has the
// page, our script, the generated configuration and Decap's files (no
// source maps), its own policy in _headers, and two builds are
// byte-identical.
func TestAdminPublished(t *testing.T) {
	root := adminProject(t, true, nil)
	sum := mustBuild(t, root, nil)
	if len(sum.Warnings) > 0 {
		t.Errorf("warnings: %q", sum.Warnings)
	}
	first := treeDigest(t, filepath.Join(root, "public"))
	for _, f := range []string{"admin/index.html", "admin/admin.js", "admin/config.json", "admin/decap-cms.js", "admin/7.decap-cms.js"} {
		if !strings.Contains("\n"+first, "\n"+f+" ") {
			t.Errorf("%s not published", f)
		}
	}
	if strings.Contains(first, "admin/decap-cms.js.map") {
		t.Error("source map published")
	}
	page := readOut(t, root, "admin/index.html")
	if !strings.Contains(page, `<script src="admin.js"`) || !strings.Contains(page, `<script src="decap-cms.js"></script>`) || strings.Contains(page, "https://") {
		t.Errorf("admin/index.html:\n%s", page)
	}
	if cfg := readOut(t, root, "admin/config.json"); !strings.Contains(cfg, `"repo": "mini/site"`) || !strings.Contains(cfg, `"folder": "content/apply"`) {
		t.Errorf("config.json:\n%s", cfg)
	}
	headers := readOut(t, root, "_headers")
	if !strings.Contains(headers, "/admin/*\n  Content-Security-Policy: "+admin.CSP(&content.Admin{Repo: "mini/site"})) {
		t.Errorf("_headers has no /admin/* policy:\n%s", headers)
	}
	mustBuild(t, root, nil)
	if second := treeDigest(t, filepath.Join(root, "public")); first != second {
		t.Errorf("two builds differ:\n%s\n---\n%s", first, second)
	}
}

// TestAdminNotInstalled: without the CMS the build succeeds, leaves
// /admin/ out and says how to install it.
func TestAdminNotInstalled(t *testing.T) {
	root := adminProject(t, false, nil)
	sum := mustBuild(t, root, nil)
	if len(sum.Warnings) != 1 || !strings.Contains(sum.Warnings[0], "make cms") {
		t.Errorf("warnings = %q, want one saying `make cms`", sum.Warnings)
	}
	if _, err := os.Stat(filepath.Join(root, "public", "admin")); !os.IsNotExist(err) {
		t.Errorf("admin/ published without the CMS: %v", err)
	}
}

// TestAdminPageClash: a page at /admin/ is an error naming its file.
func TestAdminPageClash(t *testing.T) {
	root := adminProject(t, true, map[string]string{"content/admin.md": "+++\ntitle = \"Admin\"\n+++\n"})
	_, err := build(t, root, nil)
	if err == nil || !strings.Contains(err.Error(), "content/admin.md: URL /admin/ is the editor's") {
		t.Errorf("err = %v", err)
	}
}
