//go:build unix

package inputfs

import (
	"errors"
	"io"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// tree makes a project with a page, a picture and every kind of special
// entry the policy must handle, and a directory outside it.
func tree(t *testing.T) (root, outside string) {
	t.Helper()
	top := t.TempDir()
	root, outside = filepath.Join(top, "proj"), filepath.Join(top, "outside")
	for _, d := range []string{"content/sub", "static", outside} {
		mkdir(t, filepath.Join(root, d))
	}
	mkdir(t, outside)
	write(t, filepath.Join(root, "content/page.md"), "+++\n+++\nhello\n")
	write(t, filepath.Join(root, "content/sub/deep.md"), "deep\n")
	write(t, filepath.Join(root, "static/logo.png"), strings.Repeat("x", 2000))
	write(t, filepath.Join(outside, "secret.md"), "secret\n")
	symlink(t, "page.md", filepath.Join(root, "content/inside.md"))
	symlink(t, filepath.Join(outside, "secret.md"), filepath.Join(root, "content/secret.md"))
	symlink(t, "/dev/zero", filepath.Join(root, "content/zero.toml"))
	symlink(t, "missing.md", filepath.Join(root, "content/broken.md"))
	symlink(t, "sub", filepath.Join(root, "content/loop"))
	symlink(t, outside, filepath.Join(root, "rules"))
	symlink(t, "content/sub", filepath.Join(root, "linked"))
	if err := syscall.Mkfifo(filepath.Join(root, "content/pipe.md"), 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("unix", filepath.Join(root, "content/sock"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	return root, outside
}

// TestPolicy reads each entry and checks what a user would be told.
func TestPolicy(t *testing.T) {
	root, outside := tree(t)
	in := New(root, Limits{Text: 100, File: 1000})
	for _, tc := range []struct{ name, want string }{
		{"content/page.md", ""},
		{"content/inside.md", ""},
		{"linked/deep.md", ""}, // a linked directory named by path, inside
		{"content/secret.md", "it is a symbolic link to " + filepath.Join(outside, "secret.md") + ", outside the project; links are followed only when they stay inside it"},
		{"content/zero.toml", "it is a symbolic link to /dev/zero, outside the project; links are followed only when they stay inside it"},
		{"content/broken.md", "it is a broken symbolic link"},
		{"content/loop", "it is a symbolic link to a directory; only links to files are followed here (a linked directory could make the walk loop)"},
		{"content/pipe.md", "it is a named pipe (FIFO); only regular files are read"},
		{"content/sock", "it is a socket; only regular files are read"},
		{"rules/secret.md", "it is a symbolic link to " + outside + ", outside the project; links are followed only when they stay inside it"},
		{"static/logo.png", "it is 2 KB, over the limit of 1000 B for published files (limits.file in content/site.toml)"},
		{"../outside/secret.md", "invalid argument"},
	} {
		done := make(chan struct{})
		var err error
		go func() { _, err = in.ReadFile(tc.name); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("%s: reading hangs", tc.name)
		}
		got := ""
		if err != nil {
			got = Cause(err)
		}
		if got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestWalkDoesNotFollowLinkedDirectories: a walk lists a linked directory
// as a link and does not enter it (no loop through content/loop → sub).
func TestWalkDoesNotFollowLinkedDirectories(t *testing.T) {
	root, _ := tree(t)
	var seen []string
	err := fs.WalkDir(New(root, Default), "content", func(p string, d fs.DirEntry, err error) error {
		seen = append(seen, p)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(seen, " ")
	want := "content content/broken.md content/inside.md content/loop content/page.md content/pipe.md content/secret.md content/sock content/sub content/sub/deep.md content/zero.toml"
	if got != want {
		t.Errorf("walk = %s\nwant   %s", got, want)
	}
}

// TestTextLimit: a page one byte over its limit is refused with both sizes
// in bytes (rounding would show equal sizes); one at the limit is read.
func TestTextLimit(t *testing.T) {
	root := t.TempDir()
	write(t, filepath.Join(root, "a.md"), strings.Repeat("a", 1<<20))
	write(t, filepath.Join(root, "b.md"), strings.Repeat("b", 1<<20+1))
	in := New(root, Limits{Text: 1 << 20})
	if data, err := in.ReadFile("a.md"); err != nil || len(data) != 1<<20 {
		t.Errorf("a.md at the limit: %d bytes, %v", len(data), err)
	}
	_, err := in.ReadFile("b.md")
	want := "it is 1048577 bytes, over the limit of 1048576 bytes for pages, data, templates, styles and scripts (limits.text in content/site.toml)"
	var tl *TooLargeError
	if !errors.As(err, &tl) || Cause(err) != want {
		t.Errorf("b.md: %v, want %q", err, want)
	}
}

// TestReadStopsAtLimit: a file that grows after it was opened is not read
// past its limit.
func TestReadStopsAtLimit(t *testing.T) {
	root := t.TempDir()
	p := filepath.Join(root, "grow.md")
	write(t, p, "small\n")
	in := New(root, Limits{Text: 64})
	f, err := in.Open("grow.md")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	write(t, p, strings.Repeat("x", 1000))
	data, err := io.ReadAll(f)
	if Cause(err) != "it is over the limit of 64 B for pages, data, templates, styles and scripts (limits.text in content/site.toml)" || len(data) > 65 {
		t.Errorf("read %d bytes, err %v", len(data), err)
	}
}

// TestReadLimited: endorse eval's read of a profile stops at the limit for
// a device that never ends and refuses a large file before reading it.
func TestReadLimited(t *testing.T) {
	_, err := ReadLimited("/dev/zero", 1<<20, "profile")
	if Cause(err) != "it is over the limit of 1 MB for profiles (limits.profile in content/site.toml)" {
		t.Errorf("/dev/zero: %v", err)
	}
	big := filepath.Join(t.TempDir(), "big.json")
	f, _ := os.Create(big)
	if err := f.Truncate(5 << 30); err != nil { // sparse: 5 GB that take no disk
		t.Fatal(err)
	}
	f.Close()
	_, err = ReadLimited(big, 1<<20, "profile")
	if Cause(err) != "it is 5 GB, over the limit of 1 MB for profiles (limits.profile in content/site.toml)" {
		t.Errorf("big file: %v", err)
	}
}

func TestParseAndFormatSize(t *testing.T) {
	for in, want := range map[string]int64{"10 MB": 10 << 20, "512kb": 512 << 10, "1.5 GB": 3 << 29, "2000": 2000, "7 B": 7} {
		if got, err := ParseSize(in); err != nil || got != want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "ten MB", "-1 MB", "0", "1e30 GB", "5 TB"} {
		if _, err := ParseSize(bad); err != ErrSize {
			t.Errorf("ParseSize(%q) = %v, want ErrSize", bad, err)
		}
	}
	for n, want := range map[int64]string{300: "300 B", 1536: "1.5 KB", 10 << 20: "10 MB", 5 << 30: "5 GB"} {
		if got := FormatSize(n); got != want {
			t.Errorf("FormatSize(%d) = %q, want %q", n, got, want)
		}
	}
}

func mkdir(t *testing.T, p string) {
	t.Helper()
	if err := os.MkdirAll(p, 0o755); err != nil {
		t.Fatal(err)
	}
}

func write(t *testing.T, p, s string) {
	t.Helper()
	if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
}
