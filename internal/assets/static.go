package assets

import (
	"errors"
	"io/fs"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/iecmh/endorse/internal/diag"
	"github.com/iecmh/endorse/internal/inputfs"
)

// entry is one esbuild entry point.
type entry struct {
	Name string // logical output name, e.g. "js/checker.js"
	Src  string // slash path relative to static/, e.g. "js/checker/main.js"
}

// layout is what a static/ tree contains, sorted.
type layout struct {
	Entries []entry  // bundled by esbuild
	Files   []string // copied (through the minifier when applicable)
}

// moduleExts are script and style sources: under js/ and css/ they are
// inlined by the entries that import them and never copied on their own.
var moduleExts = map[string]bool{".js": true, ".mjs": true, ".cjs": true, ".ts": true, ".jsx": true, ".tsx": true, ".css": true}

// scanStatic classifies the files of dir (the project's static/):
//   - js/<name>.js          → entry "js/<name>.js"
//   - js/<name>/main.js     → entry "js/<name>.js" (a multi-file script)
//   - css/<name>.css        → entry "css/<name>.css"
//   - other .js/.css/.ts… under js/ or css/, and any such file whose name
//     starts with "_" (css/_base.css) → modules, only imported
//   - everything else (images, fonts, svg, json) → copied as "<path>"
//
// Dot files and dot directories are skipped. A missing dir is empty.
func scanStatic(in *inputfs.FS, dir string) (layout, diag.List) {
	var lay layout
	var ds diag.List
	root := in.Root()
	rel, inside := in.Rel(dir)
	if !inside {
		real, _ := filepath.EvalSymlinks(dir)
		ds.Add(relPath(root, dir), 0, 0, "cannot read: "+(&inputfs.LinkError{Target: real}).Error())
		return lay, ds
	}
	if _, err := in.Stat(rel); errors.Is(err, fs.ErrNotExist) {
		return lay, ds
	}
	err := fs.WalkDir(in, rel, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			ds.Add(p, 0, 0, "cannot read: "+inputfs.Cause(err))
			return nil
		}
		if p == rel {
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") {
			return skip(d)
		}
		if d.IsDir() {
			return nil
		}
		if !d.Type().IsRegular() { // a link, a pipe, a device: the policy decides now
			f, err := in.Open(p)
			if err != nil {
				ds.Add(p, 0, 0, "cannot read: "+inputfs.Cause(err))
				return nil
			}
			f.Close()
		}
		lay.classify(strings.TrimPrefix(p, rel+"/"))
		return nil
	})
	if err != nil {
		ds.Add(relPath(root, dir), 0, 0, err.Error())
	}
	ds.Merge(lay.checkDuplicates(rel))
	lay.sort()
	return lay, ds
}

func skip(d fs.DirEntry) error {
	if d.IsDir() {
		return filepath.SkipDir
	}
	return nil
}

// classify files one static-relative path.
func (l *layout) classify(rel string) {
	parts := strings.Split(rel, "/")
	ext := strings.ToLower(path.Ext(rel))
	switch {
	case strings.HasPrefix(path.Base(rel), "_") && moduleExts[ext]:
		// a partial ("_base.css"): inlined by an entry
	case len(parts) == 2 && parts[0] == "js" && ext == ".js":
		l.Entries = append(l.Entries, entry{Name: rel, Src: rel})
	case len(parts) == 3 && parts[0] == "js" && parts[2] == "main.js":
		l.Entries = append(l.Entries, entry{Name: "js/" + parts[1] + ".js", Src: rel})
	case len(parts) == 2 && parts[0] == "css" && ext == ".css":
		l.Entries = append(l.Entries, entry{Name: rel, Src: rel})
	case (parts[0] == "js" || parts[0] == "css") && moduleExts[ext]:
		// a module: inlined by an entry
	default:
		l.Files = append(l.Files, rel)
	}
}

// checkDuplicates reports two sources that publish one logical name, such
// as js/checker.js next to js/checker/main.js, and keeps only the first.
func (l *layout) checkDuplicates(dir string) diag.List {
	var ds diag.List
	seen := map[string]string{}
	for _, f := range l.Files {
		seen[f] = f
	}
	kept := l.Entries[:0]
	for _, e := range l.Entries {
		if prev, ok := seen[e.Name]; ok {
			ds.Add(dir+"/"+e.Src, 0, 0, "publishes "+e.Name+" like "+dir+"/"+prev+"; remove one of them")
			continue
		}
		seen[e.Name] = e.Src
		kept = append(kept, e)
	}
	l.Entries = kept
	return ds
}

func (l *layout) sort() {
	sort.Slice(l.Entries, func(i, j int) bool { return l.Entries[i].Src < l.Entries[j].Src })
	sort.Strings(l.Files)
}
