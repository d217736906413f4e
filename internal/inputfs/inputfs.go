// Package inputfs is the file system a build reads its project through.
//
// It is an fs.FS rooted at the project directory that enforces one input
// policy for every reader (content, rules, templates, static assets, the
// CLI), so that no input can hang, exhaust memory or pull in a file from
// elsewhere on the machine (issue 9, defect 5):
//
//   - Only regular files are read. A named pipe, device or socket is an
//     error, found by lstat before anything is opened, so a FIFO never
//     blocks the build.
//   - Every file has a size limit (Limits: one for text the build parses,
//     one for files it publishes as they are). The size is checked before
//     reading, and reads stop at the limit, so a file that grows while it
//     is read cannot go further.
//   - Symbolic links are followed only when they resolve inside the
//     project; a link to a directory is followed when a path names it (a
//     linked content/ or rules/ directory) but not when a directory walk
//     meets it, so a walk never loops.
//
// Problems are *fs.PathError values whose Err reads as the end of
// "cannot read: …" ("it is a named pipe; only regular files are read").
package inputfs

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
)

// FS reads the project at a root directory under the input policy. Safe for
// concurrent use.
type FS struct {
	root   string // absolute, symbolic links resolved
	limits Limits
	dirs   sync.Map // slash dir → error (nil: inside the project)
}

// New returns the input file system of the project at root (a relative
// root is taken from the working directory).
func New(root string, limits Limits) *FS {
	abs, err := filepath.Abs(root)
	if err == nil {
		root = abs
	}
	if real, err := filepath.EvalSymlinks(root); err == nil {
		root = real
	}
	return &FS{root: root, limits: limits.withDefaults()}
}

// Root is the project directory, absolute, with symbolic links resolved.
func (f *FS) Root() string { return f.root }

// Limits are the size limits in force.
func (f *FS) Limits() Limits { return f.limits }

// Rel maps an absolute path to its slash path in the project, or ok false
// when it is outside the project.
func (f *FS) Rel(abs string) (rel string, ok bool) {
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	}
	r, err := filepath.Rel(f.root, abs)
	if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) || filepath.IsAbs(r) {
		return "", false
	}
	return filepath.ToSlash(r), true
}

// Open opens a regular file (under its size limit) or a directory.
func (f *FS) Open(name string) (fs.File, error) {
	full, info, err := f.resolve("open", name)
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return os.Open(full)
	}
	if err := f.checkFile(name, info); err != nil {
		return nil, err
	}
	file, err := os.Open(full)
	if err != nil {
		return nil, pathErr("open", name, err)
	}
	return &limitedFile{File: file, name: name, left: f.limits.For(name) + 1, limits: f.limits}, nil
}

// ReadFile reads a whole regular file under its size limit.
func (f *FS) ReadFile(name string) ([]byte, error) {
	file, err := f.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	lf, ok := file.(*limitedFile)
	if !ok {
		if fi, err := os.Lstat(filepath.Join(f.root, filepath.FromSlash(name))); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
			return nil, &fs.PathError{Op: "read", Path: name, Err: &LinkError{Dir: true}}
		}
		return nil, &fs.PathError{Op: "read", Path: name, Err: errIsDir}
	}
	info, _ := file.Stat()
	buf := make([]byte, 0, info.Size()+1)
	for {
		n, err := lf.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
	}
}

// Stat returns what name is (the target of a link inside the project).
func (f *FS) Stat(name string) (fs.FileInfo, error) {
	_, info, err := f.resolve("stat", name)
	return info, err
}

// ReadDir lists a directory. Entries are as the directory holds them: a
// symbolic link is an entry of type ModeSymlink, which a walk does not
// enter, and that Open checks when it is read.
func (f *FS) ReadDir(name string) ([]fs.DirEntry, error) {
	full, info, err := f.resolve("readdir", name)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: errors.New("not a directory")}
	}
	return os.ReadDir(full)
}

// resolve checks that name and every directory above it stay inside the
// project and returns its full path and what it is (a link's target).
func (f *FS) resolve(op, name string) (string, fs.FileInfo, error) {
	if !fs.ValidPath(name) {
		return "", nil, &fs.PathError{Op: op, Path: name, Err: fs.ErrInvalid}
	}
	if err := f.checkDir(op, path.Dir(name)); err != nil {
		return "", nil, err
	}
	full := filepath.Join(f.root, filepath.FromSlash(name))
	info, err := os.Lstat(full)
	if err != nil {
		return "", nil, pathErr(op, name, err)
	}
	if info.Mode()&fs.ModeSymlink == 0 {
		return full, info, nil
	}
	target, err := filepath.EvalSymlinks(full)
	if err != nil {
		return "", nil, &fs.PathError{Op: op, Path: name, Err: &LinkError{Broken: true}}
	}
	if _, inside := f.Rel(target); !inside {
		return "", nil, &fs.PathError{Op: op, Path: name, Err: &LinkError{Target: target}}
	}
	info, err = os.Stat(target)
	if err != nil {
		return "", nil, pathErr(op, name, err)
	}
	return target, info, nil
}

// checkDir checks, once per directory, that dir (a slash path) resolves
// inside the project: a path through a linked directory is read only when
// the link stays inside.
func (f *FS) checkDir(op, dir string) error {
	if dir == "." {
		return nil
	}
	if v, ok := f.dirs.Load(dir); ok {
		err, _ := v.(error)
		return err
	}
	var err error
	full := filepath.Join(f.root, filepath.FromSlash(dir))
	if real, e := filepath.EvalSymlinks(full); e == nil {
		if _, inside := f.Rel(real); !inside {
			err = &fs.PathError{Op: op, Path: dir, Err: &LinkError{Target: real}}
		}
	}
	f.dirs.Store(dir, err)
	return err
}

// checkFile refuses what is not a regular file, or is over its limit.
func (f *FS) checkFile(name string, info fs.FileInfo) error {
	if !info.Mode().IsRegular() {
		return &fs.PathError{Op: "open", Path: name, Err: NotRegularError{Mode: info.Mode()}}
	}
	if limit := f.limits.For(name); info.Size() > limit {
		return &fs.PathError{Op: "open", Path: name, Err: f.limits.tooLarge(name, info.Size())}
	}
	return nil
}

// limitedFile is an open regular file that refuses to read past its limit
// (a file that grows after the size check).
type limitedFile struct {
	*os.File
	name   string
	left   int64 // bytes that may still be read, limit + 1
	limits Limits
}

func (l *limitedFile) Read(p []byte) (int, error) {
	if int64(len(p)) > l.left {
		p = p[:l.left]
	}
	n, err := l.File.Read(p)
	l.left -= int64(n)
	if l.left <= 0 {
		return n, &fs.PathError{Op: "read", Path: l.name, Err: l.limits.tooLarge(l.name, -1)}
	}
	return n, err
}

func (l *limitedFile) Stat() (fs.FileInfo, error) { return l.File.Stat() }

var errIsDir = errors.New("it is a directory")

// NotRegularError is a named pipe, device, socket or other special file.
type NotRegularError struct{ Mode fs.FileMode }

func (e NotRegularError) Error() string {
	return "it is " + kindOf(e.Mode) + "; only regular files are read"
}

func kindOf(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "not a regular file"
}

// LinkError is a symbolic link the policy does not follow.
type LinkError struct {
	Target string // resolved target, outside the project
	Broken bool   // the link points nowhere
	Dir    bool   // a link to a directory, met as a file
}

func (e *LinkError) Error() string {
	switch {
	case e.Broken:
		return "it is a broken symbolic link"
	case e.Dir:
		return "it is a symbolic link to a directory; only links to files are followed here (a linked directory could make the walk loop)"
	}
	return "it is a symbolic link to " + e.Target + ", outside the project; links are followed only when they stay inside it"
}

// pathErr shortens an os error on name to the project-relative name.
func pathErr(op, name string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return &fs.PathError{Op: op, Path: name, Err: pe.Err}
	}
	return &fs.PathError{Op: op, Path: name, Err: err}
}

// Cause is the reason of an input error, for "cannot read: <cause>".
func Cause(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

var (
	_ fs.ReadFileFS = (*FS)(nil)
	_ fs.ReadDirFS  = (*FS)(nil)
	_ fs.StatFS     = (*FS)(nil)
)
