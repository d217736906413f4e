package server

import (
	"io/fs"
	"os"
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
// and dot directories, e.g. editor swap files, are ignored).
func scan(root string, dirs []string) snapshot {
	s := snapshot{}
	for _, d := range dirs {
		base := filepath.Join(root, d)
		_ = filepath.WalkDir(base, func(p string, e fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if p != base && ignored(e.Name()) {
				return skipDir(e)
			}
			if !e.IsDir() {
				s.add(root, p, e)
			}
			return nil
		})
	}
	return s
}

func (s snapshot) add(root, p string, e fs.DirEntry) {
	fi, err := e.Info()
	if err != nil {
		return
	}
	rel, _ := filepath.Rel(root, p)
	s[filepath.ToSlash(rel)] = stamp{size: fi.Size(), mtime: fi.ModTime().UnixNano()}
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
