package site

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/iecmh/endorse/internal/assets"
	"github.com/iecmh/endorse/internal/content"
	"github.com/iecmh/endorse/internal/diag"
)

// writer writes files below the staging directory and remembers every path
// (for the link checker) and the byte total. Safe for concurrent use.
//
// Every file a build produces goes through write, the one function that
// touches the output: it refuses a path that could leave the output
// directory and a path two sources publish. Refusals are diagnostics; the
// first I/O error is kept in err and later writes are skipped.
type writer struct {
	dir   string
	ctx   context.Context // when done, writes stop (the build was interrupted)
	mu    sync.Mutex
	files map[string]bool   // slash paths relative to dir
	from  map[string]string // path → the source that published it ("" = the build itself)
	dirs  sync.Map          // directories already created
	bytes int64
	nAsst int
	err   error
	diags diag.List
	// mem, when not nil, receives every file instead of the disk (endorse
	// serve keeps its output in memory); data is copied.
	mem map[string][]byte
}

func newWriter(dir string) *writer {
	return &writer{dir: dir, ctx: context.Background(), files: map[string]bool{}, from: map[string]string{}}
}

// write stores data at the slash path rel, creating directories. from is
// the project file that publishes it ("" for files the build generates),
// named in diagnostics.
func (w *writer) write(rel, from string, data []byte) {
	w.store(rel, from, data, false)
}

// store is write; owned data is immutable and kept without a copy in
// memory (assets).
func (w *writer) store(rel, from string, data []byte, owned bool) {
	if why := checkOutPath(rel); why != "" {
		w.refuse(from, "would be published at "+strconv.Quote(rel)+", which "+why)
		return
	}
	if !w.claim(rel, from) {
		return
	}
	if w.mem != nil {
		if !owned {
			data = bytes.Clone(data)
		}
		w.writeMem(rel, data)
		return
	}
	if w.failed() {
		return
	}
	if err := w.ctx.Err(); err != nil {
		w.fail(err)
		return
	}
	p := filepath.Join(w.dir, filepath.FromSlash(rel))
	err := w.mkdir(filepath.Dir(p))
	if err == nil {
		err = os.WriteFile(p, data, 0o644)
	}
	if err != nil {
		w.fail(&writeError{rel: rel, err: err})
		return
	}
	w.mu.Lock()
	w.bytes += int64(len(data))
	w.mu.Unlock()
}

// claim records that from publishes rel, or reports that another source
// already did (the later file would silently replace the earlier one).
func (w *writer) claim(rel, from string) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	prev, taken := w.from[rel]
	if !taken {
		w.from[rel] = from
		w.files[rel] = true
		return true
	}
	file, other := from, prev
	if file == "" {
		file, other = prev, ""
	}
	msg := "publishes /" + rel + ", which "
	if other == "" {
		msg += "the build itself writes: rename or remove this file"
	} else {
		msg += other + " publishes too"
	}
	w.diags.Add(fileOr(file), 0, 0, msg)
	return false
}

func (w *writer) refuse(from, msg string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.diags.Add(fileOr(from), 0, 0, msg)
}

// fileOr names a generated file's source: the build's own configuration.
func fileOr(from string) string {
	if from == "" {
		return content.SiteFile
	}
	return from
}

func (w *writer) fail(err error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.err == nil {
		w.err = err
	}
}

// checkOutPath reports why the output path rel (slash-separated, relative
// to the output directory) could name a file outside it or none at all;
// "" when it is safe. It is the last line of defence: page URLs and
// aliases are checked with positions before (content.CleanPath).
func checkOutPath(rel string) string {
	if len(rel) > content.MaxPathBytes+len("/index.html") {
		return "is too long (" + strconv.Itoa(len(rel)) + " bytes)"
	}
	if !fs.ValidPath(rel) || rel == "." {
		return "is not a plain relative path (empty, \".\" or \"..\" segments, or a leading /)"
	}
	for _, c := range []byte(rel) {
		if c < 0x20 || c == 0x7f || c == '\\' {
			return "contains a backslash or a control character"
		}
	}
	for _, seg := range strings.Split(rel, "/") {
		if len(seg) > content.MaxSegmentBytes {
			return "has a segment longer than " + strconv.Itoa(content.MaxSegmentBytes) + " bytes"
		}
	}
	return ""
}

// writeMem stores data at rel in w.mem.
func (w *writer) writeMem(rel string, data []byte) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.mem[rel] = data
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

// writeAssets writes every asset of the manifest.
func (w *writer) writeAssets(m *assets.Manifest) {
	for _, a := range m.All() {
		w.store(a.Path, "", a.Bytes, true)
		w.nAsst++
	}
}

// result returns the problems of the writes: the refused paths as
// diagnostics, else the first I/O error.
func (w *writer) result() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if err := w.diags.Err(); err != nil {
		return err
	}
	return w.err
}

func (w *writer) summary(pages int) Summary {
	return Summary{Pages: pages, Assets: w.nAsst, Bytes: w.bytes}
}

// writeError is an I/O error writing one output file.
type writeError struct {
	rel string
	err error
}

func (e *writeError) Error() string {
	return "cannot write " + e.rel + " in the output: " + ioCause(e.err)
}

func (e *writeError) Unwrap() error { return e.err }

// ioCause shortens an I/O error to its cause ("permission denied"), since
// the message names the file already.
func ioCause(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err.Error()
	}
	return err.Error()
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
