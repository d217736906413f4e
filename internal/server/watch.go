package server

import (
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// snapshot maps project-relative slash paths to a size+mtime stamp.
type snapshot map[string]stamp

type stamp struct {
	size  int64
	mtime int64
}

// scan stats every file below root/dirs (missing dirs are empty; dot files
// and dot directories, e.g. editor swap files, are ignored). It watches
// what the build reads: a linked directory named in dirs (content/ →
// elsewhere in the project) is walked where it points, and a linked file
// is stamped by its target, so an edit of the target is a change.
func scan(root string, dirs []string) snapshot {
	s := snapshot{}
	for _, d := range dirs {
		base := filepath.Join(root, d)
		if real, err := filepath.EvalSymlinks(base); err == nil {
			base = real
		}
		_ = filepath.WalkDir(base, func(p string, e fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if p != base && ignored(e.Name()) {
				return skipDir(e)
			}
			if !e.IsDir() {
				rel, _ := filepath.Rel(base, p)
				s.add(path.Join(d, filepath.ToSlash(rel)), p, e)
			}
			return nil
		})
	}
	return s
}

// add stamps the file at full under the project path rel; a link is
// stamped by what it points to.
func (s snapshot) add(rel, full string, e fs.DirEntry) {
	fi, err := e.Info()
	if e.Type()&fs.ModeSymlink != 0 {
		fi, err = os.Stat(full)
	}
	if err != nil {
		return
	}
	s[rel] = stamp{size: fi.Size(), mtime: fi.ModTime().UnixNano()}
}

// ignored reports names editors and tools create next to real files, and
// the Go test files and testdata directories under wasm/ and internal/,
// which no build reads.
func ignored(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~") || strings.HasPrefix(name, "#") ||
		strings.HasSuffix(name, "_test.go") || name == "testdata"
}

func skipDir(e fs.DirEntry) error {
	if e.IsDir() {
		return filepath.SkipDir
	}
	return nil
}

// diff lists the paths added, removed or modified between old and s, sorted.
func (s snapshot) diff(old snapshot) []string {
	var out []string
	for p, st := range s {
		if o, ok := old[p]; !ok || o != st {
			out = append(out, p)
		}
	}
	for p := range old {
		if _, ok := s[p]; !ok {
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}

// exists reports whether a path exists.
func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
