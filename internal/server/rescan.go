package server

import (
	"os"
	"path"
	"path/filepath"
)

// rescan returns a copy of s with the files directly in dirs (relative
// slash paths) stat'ed again: the cheap update after a notification named the
// directories that changed. Subdirectories are left as they were (a
// directory event makes the notifier ask for a full scan instead).
func (s snapshot) rescan(root string, dirs []string) snapshot {
	out := make(snapshot, len(s)+1)
	in := map[string]bool{}
	for _, d := range dirs {
		in[d] = true
	}
	for p, st := range s {
		if !in[path.Dir(p)] {
			out[p] = st
		}
	}
	for _, d := range dirs {
		entries, _ := os.ReadDir(filepath.Join(root, filepath.FromSlash(d)))
		for _, e := range entries {
			if !e.IsDir() && !ignored(e.Name()) {
				out.add(path.Join(d, e.Name()), filepath.Join(root, filepath.FromSlash(d), e.Name()), e)
			}
		}
	}
	return out
}

// checkDirs is checkChanges after notifications reported changes in dirs (nil:
// anywhere): only those directories are stat'ed before the rebuild; a
// full scan follows it, to catch edits made meanwhile.
func (s *Server) checkDirs(dirs []string) {
	if dirs == nil {
		s.checkChanges()
		return
	}
	now := s.prev.rescan(s.opts.Root, dirs)
	changed := now.diff(s.prev)
	if len(changed) == 0 {
		return
	}
	s.prev = now
	s.rebuild(changed, s.settled)
	s.checkChanges()
}
