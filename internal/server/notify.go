package server

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sync"

	"github.com/fsnotify/fsnotify"
)

// notify watches root/watch with the OS's file notifications (inotify,
// kqueue, ReadDirectoryChangesW, through fsnotify) and returns a notifier
// whose channel receives (coalesced) soon after something changes there,
// or nil when notifications are unavailable. Polling still runs beside it:
// it catches what notifications miss (watch limits, network file systems).
// The watch ends when ctx is done.
//
// Entries of watch may be directories (watched with every directory below
// them, dot and ignored ones skipped like scan does) or files such as
// go.mod, watched through their parent directory: editors save by writing
// a temporary file and renaming it over the old one, which replaces the
// file's inode, so a watch on the file itself would be lost at the first
// save.
func notify(ctx context.Context, root string, watch []string) *notifier {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return nil
	}
	n := &notifier{c: make(chan struct{}, 1), w: w, root: root, files: map[string]bool{}, trees: map[string]bool{}}
	for _, entry := range watch {
		n.addTree(filepath.Join(root, filepath.FromSlash(entry)))
	}
	go func() { <-ctx.Done(); w.Close() }()
	go n.readEvents()
	return n
}

// notifier is a running watch.
type notifier struct {
	c     chan struct{}
	w     *fsnotify.Watcher
	root  string
	files map[string]bool // watched files (go.mod), through their parent directory
	trees map[string]bool // watched directories, every file in them an input (readEvents only, after notify)

	mu    sync.Mutex
	dirs  map[string]bool // directories whose files changed since the last take
	whole bool            // something take cannot describe by directories happened
}

// changes is the notifier's channel (nil for a nil notifier: never ready).
func (n *notifier) changes() <-chan struct{} {
	if n == nil {
		return nil
	}
	return n.c
}

// take returns the directories (relative slash paths) whose files changed
// since the last take, and resets; nil means "rescan everything" (a
// directory was created, removed or renamed, or events were lost).
func (n *notifier) take() []string {
	n.mu.Lock()
	defer n.mu.Unlock()
	dirs, whole := n.dirs, n.whole
	n.dirs, n.whole = nil, false
	if whole || len(dirs) == 0 {
		return nil
	}
	out := make([]string, 0, len(dirs))
	for d := range dirs {
		out = append(out, d)
	}
	return out
}

// addTree watches p and every directory below it, or p's parent directory
// when p is a file (adding a watch twice is harmless). A missing p is
// skipped: polling finds it once it exists.
func (n *notifier) addTree(p string) {
	_ = filepath.WalkDir(p, func(q string, e fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return nil
		case !e.IsDir():
			if q == p {
				n.files[q] = true
				_ = n.w.Add(filepath.Dir(q))
			}
			return nil
		case q != p && ignored(e.Name()):
			return filepath.SkipDir
		}
		if n.w.Add(q) == nil {
			n.trees[q] = true
		}
		return nil
	})
}

// readEvents records and signals every event until the watcher closes.
func (n *notifier) readEvents() {
	for {
		select {
		case ev, ok := <-n.w.Events:
			if !ok {
				return
			}
			if dir, whole, ok := n.classify(ev); ok {
				n.record(dir, whole)
			}
		case err, ok := <-n.w.Errors:
			if !ok {
				return
			}
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				n.record("", true)
			}
		}
	}
}

// classify says what an event means for the next scan: the directory
// (relative slash path) whose files to stat again, or whole for a change
// to the tree itself (a directory created, removed or renamed; a new
// directory is watched at once). ok is false for events that change no
// input: an ignored name (editor swap files), another file in a directory
// watched only for a file in it (the project root holds go.mod and much
// else), a change of mode.
func (n *notifier) classify(ev fsnotify.Event) (dir string, whole, ok bool) {
	parent := filepath.Dir(ev.Name)
	switch {
	case ev.Op == fsnotify.Chmod || ignored(filepath.Base(ev.Name)):
		return "", false, false
	case n.files[ev.Name]:
		return n.rel(parent), false, true
	case !n.trees[parent]:
		return "", false, false
	case ev.Has(fsnotify.Create) && isDir(ev.Name):
		n.addTree(ev.Name)
		return "", true, true
	case (ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename)) && n.trees[ev.Name]:
		delete(n.trees, ev.Name)
		return "", true, true
	}
	return n.rel(parent), false, true
}

// record notes a changed directory (or a whole-tree change) and signals.
func (n *notifier) record(dir string, whole bool) {
	n.mu.Lock()
	n.whole = n.whole || whole
	if !whole {
		if n.dirs == nil {
			n.dirs = map[string]bool{}
		}
		n.dirs[dir] = true
	}
	n.mu.Unlock()
	select {
	case n.c <- struct{}{}:
	default:
	}
}

// rel is p relative to the project root, as a slash path.
func (n *notifier) rel(p string) string {
	r, err := filepath.Rel(n.root, p)
	if err != nil {
		return filepath.ToSlash(p)
	}
	return path.Clean(filepath.ToSlash(r))
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}
