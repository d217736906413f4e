package site

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/iecmh/endorse/internal/content"
	"github.com/iecmh/endorse/internal/diag"
)

// escapeCases are front matter values that try to name a file outside the
// output directory (issue 9, defect 2), for the key they are tried under,
// with the one diagnostic a user sees, or "" for values that normalize to
// a path inside the output (they must stay inside it).
var escapeCases = []struct{ key, value, want string }{
	{"aliases", `/../content/about.md`, `content/about.md:3:1: alias "/../content/about.md" contains a ".." segment: a path must stay inside the site`},
	{"aliases", `../../../x`, `content/about.md:3:1: alias "/../../../x" contains a ".." segment: a path must stay inside the site`},
	{"aliases", `/a/./b`, `content/about.md:3:1: alias "/a/./b" contains a "." segment: a path must stay inside the site`},
	{"aliases", `/%2e%2e/%2E%2e/%2e%2E/x`, `content/about.md:3:1: alias "/%2e%2e/%2E%2e/%2e%2E/x" contains a ".." segment: a path must stay inside the site`},
	{"aliases", `/a%2f..%2f..%2f..%2fx`, `content/about.md:3:1: alias "/a%2f..%2f..%2f..%2fx" contains a ".." segment: a path must stay inside the site`},
	{"aliases", `..\\..\\..\\x`, `content/about.md:3:1: alias "/..\\..\\..\\x" contains a backslash (\): use / between segments`},
	{"aliases", `/a%5c..%5c..%5cx`, `content/about.md:3:1: alias "/a%5c..%5c..%5cx" contains a backslash (\): use / between segments`},
	{"aliases", `C:\\Windows\\x`, `content/about.md:3:1: alias "/C:\\Windows\\x" contains a backslash (\): use / between segments`},
	{"aliases", `/a\u0000/../../x`, `content/about.md:3:1: alias "/a\x00/../../x" contains a NUL character`},
	{"aliases", `/a%00b`, `content/about.md:3:1: alias "/a%00b" contains a NUL character`},
	{"aliases", `/a\nb`, `content/about.md:3:1: alias "/a\nb" contains a control character`},
	{"aliases", `/a?b=../../x`, `content/about.md:3:1: alias "/a?b=../../x" contains ? or #: a query or fragment names no file`},
	{"aliases", `/a//b`, `content/about.md:3:1: alias "/a//b" contains an empty segment (//)`},
	{"aliases", "/" + strings.Repeat("a", 300), `content/about.md:3:1: alias "/` + strings.Repeat("a", 300) + `" has a segment of 300 bytes; at most 255 are allowed (a file name)`},
	{"aliases", strings.Repeat("/aaaaaaaaa", 120), `content/about.md:3:1: alias "` + strings.Repeat("/aaaaaaaaa", 120) + `" is 1200 bytes long; at most 1024 are allowed`},
	{"aliases", `/%2f`, `content/about.md:3:1: alias "/%2f" contains an empty segment (//)`},
	{"aliases", `/etc/passwd`, ""},      // an absolute path is a path on the site
	{"aliases", `//evil.example/x`, ""}, // leading slashes collapse to one
	{"url", `/../../../x/`, `content/about.md:3:1: url makes the page URL "/../../../x/", which contains a ".." segment: a path must stay inside the site`},
	{"url", `%2e%2e/%2e%2e/%2e%2e/x`, `content/about.md:3:1: url makes the page URL "/%2e%2e/%2e%2e/%2e%2e/x/", which contains a ".." segment: a path must stay inside the site`},
	{"url", `\\..\\..\\x`, `content/about.md:3:1: url makes the page URL "/\\..\\..\\x/", which contains a backslash (\): use / between segments`},
	{"url", `/a\u0000b/`, `content/about.md:3:1: url makes the page URL "/a\x00b/", which contains a NUL character`},
	{"url", "/" + strings.Repeat("b", 256) + "/", `content/about.md:3:1: url makes the page URL "/` + strings.Repeat("b", 256) + `/", which has a segment of 256 bytes; at most 255 are allowed (a file name)`},
	{"url", `//evil.example/x/`, ""},
	{"slug", `../../../x`, `content/about.md:3:1: slug makes the page URL "/../../../x/", which contains a ".." segment: a path must stay inside the site`},
	{"slug", `%2E%2E`, `content/about.md:3:1: slug makes the page URL "/%2E%2E/", which contains a ".." segment: a path must stay inside the site`},
	{"slug", `..\\x`, `content/about.md:3:1: slug makes the page URL "/..\\x/", which contains a backslash (\): use / between segments`},
}

// TestNoWriteLeavesTheOutput tries every escape form as an alias, a url
// and a slug: an escape fails the build with its diagnostic at the key
// and nothing is written (no output, no file anywhere else changed); a
// value that normalizes inside the site changes nothing outside the
// output either.
func TestNoWriteLeavesTheOutput(t *testing.T) {
	for _, tc := range escapeCases {
		t.Run(tc.key+" "+shorten(tc.value), func(t *testing.T) {
			// The project sits three levels down, so any escape of up to
			// three ".." from the staging directory lands inside top.
			top := t.TempDir()
			root := filepath.Join(top, "a", "b", "proj")
			val := tc.value
			if tc.key == "aliases" {
				val = "[\"" + val + "\"]"
			} else {
				val = "\"" + val + "\""
			}
			page := "+++\ntitle = \"About\"\n" + tc.key + " = " + val + "\n+++\n## Team\n"
			copyTree(t, project(t, "minimal", map[string]string{"content/about.md": page}), root)
			out := filepath.Join(root, "public")
			before := snapshot(t, top, out, lockName(out))
			_, err := Build(Options{Root: root, NoWasm: true})
			if after := snapshot(t, top, out, lockName(out)); after != before {
				t.Fatalf("files outside the output changed:\nbefore:\n%s\nafter:\n%s", before, after)
			}
			if tc.want == "" {
				return
			}
			var de *diag.Error
			if !errors.As(err, &de) || err.Error() != tc.want {
				t.Fatalf("err =\n%v\nwant\n%s", err, tc.want)
			}
			if _, err := os.Stat(filepath.Join(root, "public")); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("a failed build left an output: %v", err)
			}
		})
	}
}

// TestWriterRefusesEscapes: the one write function refuses any output
// path that is not a plain relative path below the output, whatever
// produced it (defence in depth behind content.CleanPath).
func TestWriterRefusesEscapes(t *testing.T) {
	top := t.TempDir()
	out := filepath.Join(top, "out")
	w := newWriter(out)
	for _, rel := range []string{"../x", "a/../../x", "/abs", "a//b", "./a", `a\..\..\x`, "a\x00b", "", ".", strings.Repeat("c", 256)} {
		w.write(rel, "content/src.md", []byte("x"))
	}
	w.write("ok/index.html", "content/ok.md", []byte("ok"))
	w.write("ok/index.html", "content/ok/index.html", []byte("twice"))
	err := w.result()
	got := err.Error()
	for _, want := range []string{
		`content/src.md: would be published at "../x", which is not a plain relative path`,
		`content/src.md: would be published at "a\\..\\..\\x", which contains a backslash or a control character`,
		`content/src.md: would be published at "` + strings.Repeat("c", 256) + `", which has a segment longer than 255 bytes`,
		`content/ok/index.html: publishes /ok/index.html, which content/ok.md publishes too`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("writer errors lack %q:\n%s", want, got)
		}
	}
	if n := strings.Count(got, "\n") + 1; n != 11 {
		t.Errorf("%d diagnostics, want 11 (10 refused paths, 1 clash):\n%s", n, got)
	}
	entries, _ := os.ReadDir(top)
	if len(entries) != 1 || entries[0].Name() != "out" {
		t.Errorf("the writer wrote outside its directory: %v", entries)
	}
	if data, _ := os.ReadFile(filepath.Join(out, "ok", "index.html")); string(data) != "ok" {
		t.Errorf("a clashing write replaced the first file: %q", data)
	}
}

// shorten keeps subtest names readable.
func shorten(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// snapshot lists every file and directory below dir, except the paths
// skip (the output and its lock file), with its mode and content hash.
func snapshot(t *testing.T, dir string, skip ...string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if slices.Contains(skip, p) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		b.WriteString(p + " " + d.Type().String())
		if d.Type().IsRegular() {
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			sum := sha256.Sum256(data)
			b.WriteString(" " + hex.EncodeToString(sum[:8]))
		}
		b.WriteString("\n")
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestURLsPercentEncoded (issue 9, defect 10): a page or alias whose URL
// has spaces or non-ASCII letters is written at its decoded name (the file
// a server looks up) and every URL the build emits for it — sitemap,
// og:url, canonical, links, _redirects, the alias page — is percent-
// encoded; an alias written encoded means the same page.
func TestURLsPercentEncoded(t *testing.T) {
	root := project(t, "minimal", map[string]string{
		"templates/base.html": `<!doctype html><html lang="{{.Site.Language}}"><head><title>{{.Page.Title}}</title>` +
			`<meta property="og:url" content="{{absURL .Page.URL}}"><link rel="canonical" href="{{absURL .Page.URL}}"></head>` +
			`<body><main id="main">{{template "main" .}}</main></body></html>`,
		"content/café crème.md": "+++\ntitle = \"Café\"\naliases = [\"/vieux café/\", \"/caf%C3%A9-old/\"]\n+++\nSee [about](/about/#team).\n",
		"content/about.md":      "+++\ntitle = \"About\"\n+++\n## Team\n\n[Café](/café%20crème/) and [again](/caf%C3%A9%20cr%C3%A8me/).\n",
	})
	mustBuild(t, root, nil)
	page := readOut(t, root, "café crème/index.html")
	for _, want := range []string{
		`<meta property="og:url" content="https://mini.example/caf%C3%A9%20cr%C3%A8me/">`,
		`<link rel=canonical href=https://mini.example/caf%C3%A9%20cr%C3%A8me/>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s:\n%s", want, page)
		}
	}
	if got := readOut(t, root, "sitemap.xml"); !strings.Contains(got, "<loc>https://mini.example/caf%C3%A9%20cr%C3%A8me/</loc>") {
		t.Errorf("sitemap:\n%s", got)
	}
	if got, want := readOut(t, root, "_redirects"), "/caf%C3%A9-old/ /caf%C3%A9%20cr%C3%A8me/ 301!\n/vieux%20caf%C3%A9/ /caf%C3%A9%20cr%C3%A8me/ 301!\n"; got != want {
		t.Errorf("_redirects = %q, want %q", got, want)
	}
	if got := readOut(t, root, "vieux café/index.html"); !strings.Contains(got, "url=/caf%C3%A9%20cr%C3%A8me/") {
		t.Errorf("alias page:\n%s", got)
	}
	readOut(t, root, "café-old/index.html") // the encoded alias, decoded
}

// FuzzOutputPathsStayInside: whatever a page URL or alias says, a path
// content.CleanPath accepts becomes an output path the writer accepts and
// that names a file strictly inside the output directory; a path it
// refuses is never written.
func FuzzOutputPathsStayInside(f *testing.F) {
	for _, tc := range escapeCases {
		f.Add(tc.value)
	}
	for _, s := range []string{"/", "/a/", "/a.html", "/caf%C3%A9/", "/%ZZ/", "/a/%2e/", "/..%2f", "/.hidden/x", "/%2f", "/a/%2F"} {
		f.Add(s)
	}
	out := filepath.Join(string(filepath.Separator), "out")
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range []string{s, "/" + strings.TrimLeft(s, "/")} {
			clean, why := content.CleanPath(p)
			if why != "" {
				continue
			}
			for _, rel := range []string{outPath(clean), aliasOut(clean)} {
				if why := checkOutPath(rel); why != "" {
					t.Fatalf("CleanPath accepted %q (%q) but the writer refuses %q: %s", p, clean, rel, why)
				}
				full := filepath.Join(out, filepath.FromSlash(rel))
				if full == out || !within(full, out) {
					t.Fatalf("%q → %q names %s, outside %s", p, rel, full, out)
				}
			}
		}
	})
}
