package server

import (
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRefuseEdit: the local backend, which writes files, answers only the
// editor's own page at a loopback address, with JSON.
func TestRefuseEdit(t *testing.T) {
	cases := []struct {
		name, host, ctype, origin, site string
		refused                         bool
	}{
		{"the editor", "127.0.0.1:1313", "application/json", "http://127.0.0.1:1313", "same-origin", false},
		{"localhost, charset", "localhost:1313", "application/json; charset=utf-8", "", "", false},
		{"a tunnel's name", "preview.example.org", "application/json", "http://preview.example.org", "same-origin", true},
		{"a form post", "127.0.0.1:1313", "text/plain", "http://127.0.0.1:1313", "same-origin", true},
		{"another origin", "127.0.0.1:1313", "application/json", "http://127.0.0.1:8080", "same-site", true},
		{"another site", "127.0.0.1:1313", "application/json", "", "cross-site", true},
	}
	for _, c := range cases {
		r := httptest.NewRequest("POST", "http://"+c.host+EditAPI, strings.NewReader(`{"action":"info"}`))
		r.Host = c.host
		r.Header.Set("Content-Type", c.ctype)
		if c.origin != "" {
			r.Header.Set("Origin", c.origin)
		}
		if c.site != "" {
			r.Header.Set("Sec-Fetch-Site", c.site)
		}
		if why := refuseEdit(r); (why != "") != c.refused {
			t.Errorf("%s: refused %q, want refused %v", c.name, why, c.refused)
		}
	}
}

// TestCheckEditable: serve -edit says what is missing before it starts.
func TestCheckEditable(t *testing.T) {
	root := t.TempDir()
	site := "title = \"T\"\nbase_url = \"https://t.example/\"\nlanguage = \"en\"\n"
	write := func(name, data string) {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("content/site.toml", site)
	program := filepath.Join(root, filepath.FromSlash(DecapServer))
	if err := checkEditable(root, program); err == nil || !strings.Contains(err.Error(), "has no [admin] table") {
		t.Errorf("without [admin]: %v", err)
	}
	write("content/site.toml", site+"[admin]\nrepo = \"a/b\"\n")
	if err := checkEditable(root, program); err == nil || !strings.Contains(err.Error(), "make cms") {
		t.Errorf("without the CMS: %v", err)
	}
	write(".cms/node_modules/decap-cms/dist/decap-cms.js", "x")
	if err := checkEditable(root, program); err == nil || !strings.Contains(err.Error(), "decap-server is not installed") {
		t.Errorf("without decap-server: %v", err)
	}
}
