//go:build unix

package site

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestInputsBoundedAndRegular (issue 9, defect 5): a named pipe in
// content/ or static/ is an error, never a hang; links are followed only
// inside the project (a link to /etc/passwd is never published, a course
// linked to /dev/zero is never read); files over the limits site.toml sets
// are refused by name with the limit. Every problem is reported at once.
// Before, the pipe hung the build, the links were published or read
// without end.
func TestInputsBoundedAndRegular(t *testing.T) {
	root := project(t, "minimal", map[string]string{
		"content/site.toml":    "title = \"Mini\"\nbase_url = \"https://mini.example/\"\nlanguage = \"en\"\n\n[limits]\ntext = \"1 KB\"\nfile = \"50 B\"\n",
		"content/big.md":       "+++\ntitle = \"Big\"\n+++\n" + strings.Repeat("word ", 400),
		"static/img/photo.jpg": strings.Repeat("j", 60),
		"shared/note.md":       "+++\ntitle = \"Shared\"\n+++\nKept in shared/.\n",
	})
	for _, p := range []string{"content/pipe.md", "static/feed.xml"} {
		if err := syscall.Mkfifo(filepath.Join(root, p), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for link, target := range map[string]string{
		"content/passwd.txt":        "/etc/passwd",
		"static/passwd.txt":         "/etc/passwd",
		"content/courses/zero.toml": "/dev/zero",
		"content/note.md":           filepath.Join(root, "shared", "note.md"), // inside: followed
	} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(root, link)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(target, filepath.Join(root, link)); err != nil {
			t.Fatal(err)
		}
	}
	done := make(chan error)
	go func() { _, err := build(t, root, nil); done <- err }()
	var err error
	select {
	case err = <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("the build hangs")
	}
	outside := ", outside the project; links are followed only when they stay inside it"
	want := strings.Join([]string{
		"content/big.md: cannot read: it is 2 KB, over the limit of 1 KB for pages, data, templates, styles and scripts (limits.text in content/site.toml)",
		"content/courses/zero.toml: cannot read: it is a symbolic link to /dev/zero" + outside,
		"content/passwd.txt: cannot read: it is a symbolic link to /etc/passwd" + outside,
		"content/pipe.md: cannot read: it is a named pipe (FIFO); only regular files are read",
		"static/feed.xml: cannot read: it is a named pipe (FIFO); only regular files are read",
		"static/img/photo.jpg: cannot read: it is 60 B, over the limit of 50 B for published files (limits.file in content/site.toml)",
		"static/passwd.txt: cannot read: it is a symbolic link to /etc/passwd" + outside,
	}, "\n")
	if err == nil || err.Error() != want {
		t.Fatalf("err:\n%v\nwant:\n%s", err, want)
	}

	// Without the refused entries the same project builds, and the link
	// inside the project is followed.
	for _, p := range []string{"content/pipe.md", "static/feed.xml", "content/passwd.txt", "static/passwd.txt", "content/courses/zero.toml", "content/big.md", "static/img/photo.jpg"} {
		os.Remove(filepath.Join(root, p))
	}
	mustBuild(t, root, nil)
	if !strings.Contains(readOut(t, root, "note/index.html"), "Kept in shared/.") {
		t.Error("a link inside the project was not followed")
	}
}

// TestLimitsValidated: a limit site.toml gets wrong is reported at its key.
func TestLimitsValidated(t *testing.T) {
	root := project(t, "minimal", map[string]string{
		"content/site.toml": "title = \"Mini\"\nbase_url = \"https://mini.example/\"\nlanguage = \"en\"\n\n[limits]\ntext = \"lots\"\nfile = 0\nprofile = \"2 MB\"\n",
	})
	_, err := build(t, root, nil)
	want := `content/site.toml:6:1: must be a size such as "10 MB", "512 KB" or "1 GB" (above 0)` + "\n" +
		`content/site.toml:7:1: must be a size such as "10 MB", "512 KB" or "1 GB" (above 0)`
	if err == nil || err.Error() != want {
		t.Errorf("err:\n%v\nwant:\n%s", err, want)
	}
}
