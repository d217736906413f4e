package assets

import (
	"errors"
	"fmt"
	"path"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
	"github.com/iecmh/endorse/internal/diag"
	"github.com/iecmh/endorse/internal/inputfs"
)

// urlAssets matches files a stylesheet may reference with url(): they are
// replaced by their hashed URL instead of being inlined.
var urlAssets = regexp.MustCompile(`(?i)\.(png|jpe?g|gif|webp|avif|ico|svg|woff2?|ttf|otf|eot)([?#].*)?$`)

// bundle runs esbuild on one entry point (absolute path) and returns the
// minified bundle. esbuild's CSS parser recovers from syntax errors and
// only warns, so a stylesheet with `a { color: ;` would ship with its rules
// silently dropped: every warning about a stylesheet is an error here. Imports are inlined; url() references to static files
// resolve through lookup (static-relative slash path → asset URL). Errors
// become diagnostics with paths relative to root and 1-based positions.
func bundle(root, entry string, lookup func(rel string) (string, bool), staticDir string, in *inputfs.FS) ([]byte, diag.List) {
	res := api.Build(buildOptions(root, entry, urlPlugin(staticDir, lookup, in)))
	var ds diag.List
	for _, m := range res.Errors {
		ds = append(ds, esbuildDiag(root, entry, m))
	}
	for _, m := range res.Warnings {
		if cssProblem(m) {
			ds = append(ds, esbuildDiag(root, entry, m))
		}
	}
	if len(ds) > 0 {
		return nil, ds
	}
	return pickOutput(res.OutputFiles, path.Ext(entry)), nil
}

// buildOptions is the fixed esbuild configuration: bundle, minify, ES2020,
// IIFE for scripts (loadable with a plain <script defer>), no source maps,
// no legal comments, nothing written to disk.
func buildOptions(root, entry string, plugin api.Plugin) api.BuildOptions {
	return api.BuildOptions{
		EntryPoints:       []string{entry},
		AbsWorkingDir:     root,
		Outdir:            filepath.Join(root, ".cache", "esbuild-out"),
		Bundle:            true,
		Write:             false,
		MinifyWhitespace:  true,
		MinifyIdentifiers: true,
		MinifySyntax:      true,
		Target:            api.ES2020,
		Format:            api.FormatIIFE,
		Sourcemap:         api.SourceMapNone,
		LegalComments:     api.LegalCommentsNone,
		Charset:           api.CharsetUTF8,
		LogLevel:          api.LogLevelSilent,
		Plugins:           []api.Plugin{plugin},
	}
}

// pickOutput returns the output file with the entry's extension.
func pickOutput(files []api.OutputFile, ext string) []byte {
	for _, f := range files {
		if strings.EqualFold(filepath.Ext(f.Path), ext) {
			return f.Contents
		}
	}
	if len(files) > 0 {
		return files[0].Contents
	}
	return nil
}

// urlPlugin resolves url(...) tokens in CSS to hashed asset URLs marked
// external, so fonts and images keep one copy under /assets/, and puts
// every file esbuild loads (entries and their imports) through the input
// policy: inside the project, a regular file, under its size limit.
func urlPlugin(staticDir string, lookup func(string) (string, bool), in *inputfs.FS) api.Plugin {
	return api.Plugin{Name: "endorse-assets", Setup: func(b api.PluginBuild) {
		b.OnLoad(api.OnLoadOptions{Filter: `.*`, Namespace: "file"}, func(a api.OnLoadArgs) (api.OnLoadResult, error) {
			if !strings.EqualFold(filepath.Ext(a.Path), ".css") {
				if err := checkInput(in, a.Path); err != nil {
					return api.OnLoadResult{}, errors.New("cannot read " + relPath(in.Root(), a.Path) + ": " + inputfs.Cause(err))
				}
				return api.OnLoadResult{}, nil // esbuild reads it
			}
			src, err := readInput(in, a.Path)
			if err != nil {
				return api.OnLoadResult{}, errors.New("cannot read " + relPath(in.Root(), a.Path) + ": " + inputfs.Cause(err))
			}
			css := string(src)
			// Reported as warnings, so esbuild still parses the file and
			// reports its own problems too; bundle fails on any CSS warning.
			return api.OnLoadResult{Contents: &css, Loader: api.LoaderCSS, ResolveDir: filepath.Dir(a.Path),
				Warnings: emptyDeclarations(a.Path, src)}, nil
		})
		b.OnResolve(api.OnResolveOptions{Filter: `.*`}, func(a api.OnResolveArgs) (api.OnResolveResult, error) {
			if a.Kind != api.ResolveCSSURLToken || !urlAssets.MatchString(a.Path) || isRemote(a.Path) {
				return api.OnResolveResult{}, nil
			}
			return resolveURL(staticDir, a, lookup)
		})
	}}
}

// resolveURL maps one url() path to its published URL, or reports it.
func resolveURL(staticDir string, a api.OnResolveArgs, lookup func(string) (string, bool)) (api.OnResolveResult, error) {
	clean := a.Path
	if i := strings.IndexAny(clean, "?#"); i >= 0 {
		clean = clean[:i]
	}
	abs := filepath.Join(a.ResolveDir, filepath.FromSlash(clean))
	if strings.HasPrefix(clean, "/") {
		abs = filepath.Join(staticDir, filepath.FromSlash(clean))
	}
	rel, err := filepath.Rel(staticDir, abs)
	if err == nil {
		if url, ok := lookup(filepath.ToSlash(rel)); ok {
			return api.OnResolveResult{Path: url, External: true}, nil
		}
	}
	return api.OnResolveResult{}, errNotFound(a.Path)
}

// cssProblem reports an esbuild warning located in a stylesheet (a syntax
// error, an unknown property, an unsupported at-rule).
func cssProblem(m api.Message) bool {
	return m.Location != nil && strings.EqualFold(path.Ext(m.Location.File), ".css")
}

type errNotFound string

func (e errNotFound) Error() string { return "no static file for url(" + string(e) + ")" }

func isRemote(p string) bool {
	return strings.HasPrefix(p, "data:") || strings.Contains(p, "://") || strings.HasPrefix(p, "//")
}

// esbuildDiag converts an esbuild message: Location.Line is 1-based and
// Column a 0-based byte offset; diag wants a 1-based rune column.
func esbuildDiag(root, entry string, m api.Message) diag.Diagnostic {
	text := m.Text
	if m.PluginName != "" && m.Location == nil {
		text = m.PluginName + ": " + text
	}
	if m.Location == nil {
		return diag.Diagnostic{File: relPath(root, entry), Message: text}
	}
	l := m.Location
	if l.Suggestion != "" && m.ID == "unsupported-css-property" {
		text += fmt.Sprintf(" (did you mean %q?)", l.Suggestion)
	}
	return diag.Diagnostic{File: relPath(root, l.File), Line: l.Line, Col: byteColToRune(l.LineText, l.Column), Message: text}
}

// byteColToRune turns a 0-based byte column into a 1-based rune column.
func byteColToRune(line string, col int) int {
	if col > len(line) {
		col = len(line)
	}
	return len([]rune(line[:col])) + 1
}

// relPath makes p (absolute or relative to root) slash-separated and
// relative to root.
func relPath(root, p string) string {
	if filepath.IsAbs(p) {
		if r, err := filepath.Rel(root, p); err == nil {
			p = r
		}
	}
	return filepath.ToSlash(p)
}
