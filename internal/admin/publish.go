package admin

import (
	"bytes"
	_ "embed"
	"errors"
	"html/template"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/iecmh/endorse/internal/content"
)

// Prefix is the URL path of the editor.
const Prefix = "/admin/"

// DistDir is where `make cms` installs Decap CMS's prebuilt files (npm
// decap-cms, version pinned in .cms/package-lock.json), relative to the
// project.
const DistDir = ".cms/node_modules/decap-cms/dist"

// MainScript is Decap CMS's bundle in DistDir; the other files it loads
// sit next to it.
const MainScript = "decap-cms.js"

// InstallHint tells a person how to install the CMS.
const InstallHint = "run `make cms` (it needs npm) to install it from .cms/package-lock.json"

// ErrNotInstalled is returned when DistDir has no MainScript.
var ErrNotInstalled = errors.New("Decap CMS is not installed (" + DistDir + "/" + MainScript + " is missing): " + InstallHint)

// DistFiles lists the files of DistDir the editor needs, as paths of
// fsys (rooted at the project): the bundle, the chunks it loads by name
// (<n>.decap-cms.js, from the same folder), its wasm and its license
// notice; not the source maps, nor the copies named cms.js.
func DistFiles(fsys fs.FS) ([]string, error) {
	if _, err := fs.Stat(fsys, DistDir+"/"+MainScript); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, ErrNotInstalled
		}
		return nil, err
	}
	entries, err := fs.ReadDir(fsys, DistDir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		n := e.Name()
		if !e.IsDir() && (strings.HasSuffix(n, "decap-cms.js") || strings.HasSuffix(n, ".wasm") || n == MainScript+".LICENSE.txt") {
			out = append(out, DistDir+"/"+n)
		}
	}
	slices.Sort(out)
	return out, nil
}

// OutDir is the editor's directory in the output.
const OutDir = "admin/"

// OutPath is where a file of DistFiles is published, below the output.
func OutPath(distFile string) string { return OutDir + path.Base(distFile) }

//go:embed admin.js
var script []byte

// Script is admin.js, published as /admin/admin.js.
func Script() []byte { return script }

// Page is what the editor's page shows besides the CMS.
type Page struct {
	Lang       string // the site's language
	Title      string // the site's title
	Icon       string // URL of the site's icon, or ""
	PreviewCSS string // URL of the site's stylesheet, for the preview, or ""
}

var pageTmpl = template.Must(template.New("admin").Parse(`<!doctype html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Edit · {{.Title}}</title>
{{if .Icon}}<link rel="icon" href="{{.Icon}}">{{else}}<link rel="icon" href="data:,">{{end}}
</head>
<body>
<script src="admin.js"{{with .PreviewCSS}} data-preview-css="{{.}}"{{end}}></script>
<script src="` + MainScript + `"></script>
</body>
</html>
`))

// HTML is /admin/index.html.
func (p Page) HTML() []byte {
	var b bytes.Buffer
	if err := pageTmpl.Execute(&b, p); err != nil {
		panic("admin: page template: " + err.Error()) // plain strings only: cannot happen
	}
	return b.Bytes()
}

// CSP is the Content-Security-Policy of /admin/ for a: the site's,
// loosened only where Decap CMS needs it.
//   - script-src 'unsafe-eval': Decap compiles its configuration schema
//     with ajv, which builds functions from strings; without it the
//     editor stops with "Error loading the CMS configuration".
//   - style-src 'unsafe-inline': its components style themselves by
//     inserting <style> elements (emotion).
//   - img-src blob: for previews of uploaded images, and the git host's
//     avatar images.
//   - connect-src: the git host's API, and the sign-in service where
//     the browser fetches the token itself (PKCE).
//
// Everything else stays as on the site: no other origin may run scripts
// or frame the editor, and forms post nowhere.
func CSP(a *content.Admin) string {
	connect := []string{"'self'"}
	for _, o := range []string{a.APIOrigin(), a.SignInOrigin()} {
		if o != "" && !slices.Contains(connect, o) {
			connect = append(connect, o)
		}
	}
	return "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
		"img-src 'self' data: blob:" + avatars(a) + "; connect-src " + strings.Join(connect, " ") +
		"; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
}

// avatars are the origins of the signed-in person's picture.
func avatars(a *content.Admin) string {
	if a.BackendName() == content.BackendGitHub {
		return " https://avatars.githubusercontent.com"
	}
	return " " + a.APIOrigin() + " https://secure.gravatar.com"
}

// OpenerPolicy is /admin/'s Cross-Origin-Opener-Policy: the sign-in
// window of GitHub's or GitLab's OAuth client hands the token back to the
// editor through window.opener, which the site's "same-origin" would cut.
const OpenerPolicy = "same-origin-allow-popups"
