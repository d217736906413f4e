package server

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"unsafe"

	"golang.org/x/sys/unix"
)

// notifyMask is what makes a watched directory worth rescanning: a file
// written and closed, renamed in or out, created (directories only, see
// readEvents) or deleted.
const notifyMask = unix.IN_CLOSE_WRITE | unix.IN_MOVED_TO | unix.IN_MOVED_FROM |
	unix.IN_CREATE | unix.IN_DELETE | unix.IN_DELETE_SELF

// notify watches root/dirs with inotify and returns a notifier whose
// channel receives (coalesced) soon after something changes there, or nil
// when inotify is unavailable. Polling still runs beside it: it catches
// what inotify misses (a watched directory created later, watch limits).
// The watch ends when ctx is done.
func notify(ctx context.Context, root string, dirs []string) *notifier {
	fd, err := unix.InotifyInit1(unix.IN_CLOEXEC | unix.IN_NONBLOCK)
	if err != nil {
		return nil
	}
	n := &notifier{c: make(chan struct{}, 1), fd: fd, root: root, watch: dirs, paths: map[int32]string{}}
	f := os.NewFile(uintptr(fd), "inotify")
	n.addWatches()
	go func() { <-ctx.Done(); f.Close() }()
	go n.readEvents(f)
	return n
}

// notifier is a running inotify watch.
type notifier struct {
	c     chan struct{}
	fd    int
	root  string
	watch []string
	paths map[int32]string // watch descriptor → directory, relative slash path (readEvents only)

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

// addWatches watches every directory below root/dirs (adding a watch
// twice is harmless); dot directories are skipped like scan does.
func (n *notifier) addWatches() {
	for _, d := range n.watch {
		base := filepath.Join(n.root, d)
		_ = filepath.WalkDir(base, func(p string, e fs.DirEntry, err error) error {
			if err != nil || !e.IsDir() {
				return nil
			}
			if p != base && ignored(e.Name()) {
				return filepath.SkipDir
			}
			if wd, err := unix.InotifyAddWatch(n.fd, p, notifyMask); err == nil {
				rel, _ := filepath.Rel(n.root, p)
				n.paths[int32(wd)] = filepath.ToSlash(rel)
			}
			return nil
		})
	}
}

// readEvents records and signals every batch of events until f is closed;
// new directories are watched too.
func (n *notifier) readEvents(f *os.File) {
	buf := make([]byte, 64<<10)
	for {
		nr, err := f.Read(buf)
		if err != nil {
			return
		}
		dirs, whole := n.parse(buf[:nr])
		if whole {
			n.addWatches()
		}
		if len(dirs) == 0 && !whole {
			continue
		}
		n.mu.Lock()
		n.whole = n.whole || whole
		if n.dirs == nil {
			n.dirs = map[string]bool{}
		}
		for _, d := range dirs {
			n.dirs[d] = true
		}
		n.mu.Unlock()
		select {
		case n.c <- struct{}{}:
		default:
		}
	}
}

// parse returns the directories a batch of events touched; whole is true
// for events about directories themselves or lost events.
func (n *notifier) parse(buf []byte) (dirs []string, whole bool) {
	for off := 0; off+unix.SizeofInotifyEvent <= len(buf); {
		ev := (*unix.InotifyEvent)(unsafe.Pointer(&buf[off]))
		off += unix.SizeofInotifyEvent + int(ev.Len)
		dir, known := n.paths[ev.Wd]
		switch {
		case ev.Mask&(unix.IN_ISDIR|unix.IN_Q_OVERFLOW|unix.IN_DELETE_SELF|unix.IN_IGNORED) != 0 || !known:
			whole = true
		case ev.Mask&unix.IN_CREATE == 0: // a new file is looked at once written (IN_CLOSE_WRITE)
			dirs = append(dirs, dir)
		}
	}
	return dirs, whole
}
