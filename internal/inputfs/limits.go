package inputfs

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"strconv"
	"strings"
)

// Limits are the largest files a project may hold, in bytes; zero fields
// take the defaults. They are set in content/site.toml, table [limits].
type Limits struct {
	// Text bounds the files the build parses: Markdown pages, TOML data
	// and rules, templates, stylesheets and scripts.
	Text int64
	// File bounds the files published as they are: images, PDFs, fonts.
	File int64
	// Profile bounds an applicant profile read by `endorse eval`.
	Profile int64
}

// Defaults: generous for any real page, course, image or profile (a
// 10,000-entry profile is about 2 MB), small enough that a mistake (a
// link to a disk image, a runaway generator) fails at once instead of
// exhausting memory.
const (
	DefaultText    = 10 << 20
	DefaultFile    = 100 << 20
	DefaultProfile = 32 << 20
)

// Default is the policy when site.toml sets no limits.
var Default = Limits{Text: DefaultText, File: DefaultFile, Profile: DefaultProfile}

func (l Limits) withDefaults() Limits {
	if l.Text <= 0 {
		l.Text = DefaultText
	}
	if l.File <= 0 {
		l.File = DefaultFile
	}
	if l.Profile <= 0 {
		l.Profile = DefaultProfile
	}
	return l
}

// textExts are the extensions of files the build parses.
var textExts = map[string]bool{
	".md": true, ".markdown": true, ".toml": true, ".html": true, ".htm": true,
	".css": true, ".js": true, ".mjs": true, ".cjs": true, ".ts": true, ".tsx": true, ".jsx": true,
}

// For returns the limit of the file name (a slash path).
func (l Limits) For(name string) int64 {
	if textExts[strings.ToLower(path.Ext(name))] {
		return l.Text
	}
	return l.File
}

// key is the site.toml key of the limit that applies to name.
func (l Limits) key(name string) (key string, limit int64) {
	if textExts[strings.ToLower(path.Ext(name))] {
		return "text", l.Text
	}
	return "file", l.File
}

// TooLargeError is a file over its limit.
type TooLargeError struct {
	Size  int64  // bytes; -1 when not known (it grew while read, or has no size)
	Limit int64  // bytes
	Key   string // "text", "file" or "profile": the [limits] key that sets it
}

func (e *TooLargeError) Error() string {
	size, limit := FormatSize(e.Size), FormatSize(e.Limit)
	if size == limit { // just over: rounding would hide the difference
		size, limit = strconv.FormatInt(e.Size, 10)+" bytes", strconv.FormatInt(e.Limit, 10)+" bytes"
	}
	what := "it is " + size + ", over the limit of "
	if e.Size < 0 { // a file that grew while read, a device such as /dev/zero
		what = "it is over the limit of "
	}
	return what + limit + " for " + keyText[e.Key] + " (limits." + e.Key + " in content/site.toml)"
}

var keyText = map[string]string{"text": "pages, data, templates, styles and scripts", "file": "published files", "profile": "profiles"}

func (l Limits) tooLarge(name string, size int64) error {
	key, limit := l.key(name)
	return &TooLargeError{Size: size, Limit: limit, Key: key}
}

// units are the size suffixes ParseSize accepts, 1024-based.
var units = []struct {
	name string
	n    int64
}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"B", 1}}

// ErrSize is the problem of a size ParseSize cannot read.
var ErrSize = errors.New(`must be a size such as "10 MB", "512 KB" or "1 GB" (above 0)`)

// ParseSize reads a size such as "10 MB", "512KB", "1.5 GB" or "2000"
// (bytes). Units are 1024-based and case-insensitive.
func ParseSize(s string) (int64, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range units {
		if strings.HasSuffix(t, u.name) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.name)), u.n
			break
		}
	}
	f, err := strconv.ParseFloat(t, 64)
	if err != nil || f <= 0 || f*float64(mult) >= 1<<62 {
		return 0, ErrSize
	}
	return int64(f * float64(mult)), nil
}

// FormatSize writes a byte count the way ParseSize reads it: "10 MB",
// "1.5 KB", "300 B".
func FormatSize(n int64) string {
	for _, u := range units[:3] {
		if n >= u.n {
			v := float64(n) / float64(u.n)
			return strings.TrimSuffix(strings.TrimSuffix(fmt.Sprintf("%.1f", v), "0"), ".") + " " + u.name
		}
	}
	return strconv.FormatInt(n, 10) + " B"
}

// ReadLimited reads the file at path (as given on a command line: a
// regular file, or a pipe such as /dev/stdin) up to limit bytes; more is a
// *TooLargeError for the [limits] key. A regular file over the limit is
// refused before it is read.
func ReadLimited(path string, limit int64, key string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return nil, &fs.PathError{Op: "read", Path: path, Err: errIsDir}
	}
	if info.Mode().IsRegular() && info.Size() > limit {
		return nil, &fs.PathError{Op: "read", Path: path, Err: &TooLargeError{Size: info.Size(), Limit: limit, Key: key}}
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, &fs.PathError{Op: "read", Path: path, Err: &TooLargeError{Size: -1, Limit: limit, Key: key}}
	}
	return data, nil
}
