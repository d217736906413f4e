package server

import (
	"net/http"
	"path/filepath"
	"strings"
	"testing"
)

// TestHandler checks what a browser gets for each kind of path.
func TestHandler(t *testing.T) {
	root := t.TempDir()
	mustPut(t, filepath.Join(root, "content/about.md"), "about")
	srv := startServer(t, Options{Root: root, Build: fakeBuild(root)})
	eventually(t, "first build", func() (bool, string) { return status(t, srv.URL()).OK, "not built" })
	tests := []struct {
		path, wantType, wantBody string
		wantCode                 int
	}{
		{"about/", "text/html; charset=utf-8", "<p>about</p>", 200},
		{"about/index.html", "text/html; charset=utf-8", "<p>about</p>", 200},
		{"nowhere/", "text/html; charset=utf-8", "not here", 404},
		{"assets/x.wasm", "application/wasm", "\x00asm", 200},
		{"_endorse/reload.js", "text/javascript; charset=utf-8", "EventSource", 200},
		{"_endorse/status", "application/json", `"ok":true`, 200},
		{"../../etc/passwd", "text/html; charset=utf-8", "not here", 404},
	}
	for _, tt := range tests {
		code, body, h := get(t, srv.URL()+tt.path)
		if code != tt.wantCode || h.Get("Content-Type") != tt.wantType || !strings.Contains(body, tt.wantBody) {
			t.Errorf("GET /%s = %d %q %q; want %d %q containing %q", tt.path, code, h.Get("Content-Type"), body, tt.wantCode, tt.wantType, tt.wantBody)
		}
		if h.Get("Cache-Control") != "no-store" || !strings.Contains(h.Get("Content-Security-Policy"), "script-src 'self'") {
			t.Errorf("GET /%s headers: Cache-Control %q, CSP %q", tt.path, h.Get("Cache-Control"), h.Get("Content-Security-Policy"))
		}
	}
}

// TestHandlerRedirectsDirectories: "/about" → 301 "/about/", like static hosts.
func TestHandlerRedirectsDirectories(t *testing.T) {
	root := t.TempDir()
	mustPut(t, filepath.Join(root, "content/about.md"), "about")
	srv := startServer(t, Options{Root: root, Build: fakeBuild(root)})
	eventually(t, "first build", func() (bool, string) { return status(t, srv.URL()).OK, "not built" })
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := c.Get(srv.URL() + "about")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 301 || resp.Header.Get("Location") != "/about/" {
		t.Errorf("GET /about = %d Location %q", resp.StatusCode, resp.Header.Get("Location"))
	}
}

// TestFirstBuildFails: with no good build yet, pages answer 503 with the
// diagnostics; fixing the file serves the site.
func TestFirstBuildFails(t *testing.T) {
	root := t.TempDir()
	mustPut(t, filepath.Join(root, "content/about.md"), "BROKEN")
	srv := startServer(t, Options{Root: root, Build: fakeBuild(root)})
	eventually(t, "first build", func() (bool, string) { return status(t, srv.URL()).Build > 0, "not built" })
	code, body, _ := get(t, srv.URL()+"about/")
	if code != 503 || !strings.Contains(body, "content/about.md:1:1: broken marker") {
		t.Fatalf("GET /about/ = %d %q", code, body)
	}
	mustPut(t, filepath.Join(root, "content/about.md"), "good")
	eventually(t, "recovery", func() (bool, string) {
		code, body, _ := get(t, srv.URL()+"about/")
		return code == 200 && strings.Contains(body, "good"), body
	})
}
