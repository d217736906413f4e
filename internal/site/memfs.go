package site

import (
	"bytes"
	"io"
	"io/fs"
	"path"
	"time"
)

// memFS is a finished build held in memory: read-only, safe for concurrent
// use. It implements fs.ReadFileFS and fs.StatFS; directories can be
// stat'ed but not listed.
type memFS struct {
	files map[string][]byte
	dirs  map[string]bool
}

func (st *state) fs() fs.FS { return memFS{files: st.files, dirs: st.dirs} }

// dirsOf returns every directory holding a file of files, "." included.
func dirsOf(files map[string][]byte) map[string]bool {
	dirs := map[string]bool{".": true}
	for p := range files {
		for d := path.Dir(p); !dirs[d]; d = path.Dir(d) {
			dirs[d] = true
		}
	}
	return dirs
}

func (m memFS) ReadFile(name string) ([]byte, error) {
	data, ok := m.files[name]
	if !ok {
		return nil, &fs.PathError{Op: "read", Path: name, Err: fs.ErrNotExist}
	}
	return bytes.Clone(data), nil
}

func (m memFS) Stat(name string) (fs.FileInfo, error) {
	if data, ok := m.files[name]; ok {
		return memInfo{name: path.Base(name), size: int64(len(data))}, nil
	}
	if m.dirs[name] {
		return memInfo{name: path.Base(name), dir: true}, nil
	}
	return nil, &fs.PathError{Op: "stat", Path: name, Err: fs.ErrNotExist}
}

func (m memFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	fi, err := m.Stat(name)
	if err != nil {
		return nil, err
	}
	return &memFile{info: fi.(memInfo), r: bytes.NewReader(m.files[name])}, nil
}

// memFile is an open file (or directory, which reads as empty).
type memFile struct {
	info memInfo
	r    *bytes.Reader
}

func (f *memFile) Stat() (fs.FileInfo, error) { return f.info, nil }
func (f *memFile) Read(p []byte) (int, error) {
	if f.info.dir {
		return 0, io.EOF
	}
	return f.r.Read(p)
}
func (f *memFile) Close() error { return nil }

// memInfo describes a file or directory of a memFS.
type memInfo struct {
	name string
	size int64
	dir  bool
}

func (i memInfo) Name() string       { return i.name }
func (i memInfo) Size() int64        { return i.size }
func (i memInfo) ModTime() time.Time { return time.Time{} }
func (i memInfo) IsDir() bool        { return i.dir }
func (i memInfo) Sys() any           { return nil }
func (i memInfo) Mode() fs.FileMode {
	if i.dir {
		return fs.ModeDir | 0o555
	}
	return 0o444
}
