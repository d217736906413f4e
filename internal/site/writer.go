package site

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/iecmh/endorse/internal/assets"
)

// writer writes files below the staging directory and remembers every path
// (for the link checker) and the byte total. Safe for concurrent use; the
// first I/O error is kept in err and later writes are skipped.
type writer struct {
	dir   string
	mu    sync.Mutex
	files map[string]bool // slash paths relative to dir
	dirs  sync.Map        // directories already created
	bytes int64
	nAsst int
	err   error
	// mem, when not nil, receives every file instead of the disk (endorse
	// serve keeps its output in memory); data is copied.
	mem map[string][]byte
}

func newWriter(dir string) *writer {
	return &writer{dir: dir, files: map[string]bool{}}
}

// write stores data at the slash path rel, creating directories.
func (w *writer) write(rel string, data []byte) {
	if w.mem != nil {
		w.writeMem(rel, data)
		return
	}
	if w.failed() {
		return
	}
	p := filepath.Join(w.dir, filepath.FromSlash(rel))
	err := w.mkdir(filepath.Dir(p))
	if err == nil {
		err = os.WriteFile(p, data, 0o644)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if err != nil && w.err == nil {
		w.err = err
	}
	w.files[rel] = true
	w.bytes += int64(len(data))
}

// writeMem stores a copy of data at rel in w.mem.
func (w *writer) writeMem(rel string, data []byte) {
	c := bytes.Clone(data)
	w.mu.Lock()
	defer w.mu.Unlock()
	w.mem[rel] = c
	w.files[rel] = true
	w.bytes += int64(len(data))
}

// mkdir creates dir once per build.
func (w *writer) mkdir(dir string) error {
	if _, done := w.dirs.Load(dir); done {
		return nil
	}
	// One mkdir call when the parent exists (a page's own directory), the
	// walk of MkdirAll (stat, then parents) only when it does not.
	if err := os.Mkdir(dir, 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
	}
	w.dirs.Store(dir, true)
	return nil
}

func (w *writer) failed() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err != nil
}

// exists reports whether rel was written.
func (w *writer) exists(rel string) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.files[rel]
}

// noteAssets records the assets the manifest wrote itself.
func (w *writer) noteAssets(m *assets.Manifest) {
	for _, a := range m.All() {
		if w.mem != nil {
			w.mem[a.Path] = a.Bytes
		}
		w.files[a.Path] = true
		w.bytes += int64(a.Size)
		w.nAsst++
	}
}

func (w *writer) summary(pages int) Summary {
	return Summary{Pages: pages, Assets: w.nAsst, Bytes: w.bytes}
}

// outPath maps a site URL to its file: "/" → "index.html", "/about/" →
// "about/index.html", "/404.html" → "404.html".
func outPath(url string) string {
	rel := strings.TrimPrefix(url, "/")
	if rel == "" || strings.HasSuffix(rel, "/") {
		return rel + "index.html"
	}
	return rel
}
